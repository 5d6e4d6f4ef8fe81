//! `cyberindex publish --static OUT/`: the whole public site as static files that any web server
//! or CDN can serve. Pages are rendered by the same functions as on the server, once per
//! language (`OUT/{lang}/…`); data files and public evidence are written once
//! (`OUT/opendata/…`, evidence as `evidence/{id}.{extension of its type}`), and the stylesheet
//! and script to `OUT/static/`. Each version's pages in each language are one job
//! ([`version_pages`]), run on every core. The CIRT directory's public part is written by
//! `directory::site`: its pages under `OUT/{lang}/directory/`, its files once under
//! `OUT/directory/`, all at the public level. The PDF reports (each version's edition report and every
//! country's profile, per language) are typeset last, on every core ([`write_pdfs`]). `docs/publishing.md` says how to serve the evidence folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use askama::Template;
use cyberindex_publish::Site;
use cyberindex_publish::opendata::{self, FILES};
use cyberindex_store::{Edition, PublicationMeta, Store};

use crate::i18n::{LANGUAGES, Tr};
use crate::public::{
    Mode, Published, charts, compare, data, index, methodology, overview, profile, ranking,
    robustness, search,
};

/// What an export wrote.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ExportReport {
    pub editions: usize,
    pub versions: usize,
    pub pages: usize,
    pub profiles: usize,
    /// PDF reports: edition reports and country profiles, every language.
    pub pdfs: usize,
    pub files: usize,
    pub bytes: u64,
}

/// Everything an export needs, loaded from the store.
#[derive(Debug)]
pub struct Loaded {
    pub publications: Vec<PublicationMeta>,
    pub editions: Vec<Edition>,
    pub sites: HashMap<(String, i64), Arc<Site>>,
    /// The CIRT directory's teams (`directory::site` writes their public view only).
    pub teams: Vec<cyberindex_directory::Team>,
    /// The maturity tier each team agreed to publish, by team id (the team page shows it as
    /// the live one does); empty when the programme publishes nothing (`[maturity] publish`),
    /// which the caller applies.
    pub maturity: HashMap<String, cyberindex_workflow::maturity::PublishedTier>,
}

/// Loads every publication.
pub async fn load(store: &Store) -> anyhow::Result<Loaded> {
    let publications = store.publications(None).await?;
    let editions = store.editions().await?;
    let mut sites = HashMap::new();
    for meta in &publications {
        let p = store.publication(&meta.edition, meta.version).await?;
        let site = Site::load(&p.framework_source, &p.results_json, &p.answers_csv)?;
        sites.insert((meta.edition.clone(), meta.version), Arc::new(site));
    }
    let teams = store
        .teams()
        .await?
        .iter()
        .map(|row| {
            cyberindex_workflow::directory::read_team(row)
                .map_err(|e| anyhow::anyhow!("directory team {}: {e}", row.id))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let mut maturity = HashMap::new();
    for team in &teams {
        if let Some(tier) = cyberindex_workflow::maturity::published_tier(store, &team.id)
            .await
            .map_err(|e| anyhow::anyhow!("maturity tier of {}: {e}", team.id))?
        {
            maturity.insert(team.id.clone(), tier);
        }
    }
    Ok(Loaded {
        publications,
        editions,
        sites,
        teams,
        maturity,
    })
}

struct Writer {
    out: PathBuf,
    report: ExportReport,
}

impl Writer {
    fn write(&mut self, relative: &str, bytes: &[u8]) -> anyhow::Result<()> {
        let path = self.out.join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, bytes)
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
        self.report.files += 1;
        self.report.bytes += bytes.len() as u64;
        Ok(())
    }

    /// Writes a file from a stream of chunks, never holding it whole.
    async fn stream(
        &mut self,
        relative: &str,
        mut blob: cyberindex_blobs::Blob,
    ) -> anyhow::Result<()> {
        use futures_util::StreamExt;
        use tokio::io::AsyncWriteExt;
        let path = self.out.join(relative);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let failed = |e: std::io::Error| anyhow::anyhow!("cannot write {}: {e}", path.display());
        let mut file = tokio::fs::File::create(&path).await.map_err(failed)?;
        let mut bytes = 0u64;
        while let Some(chunk) = blob.stream.next().await {
            let chunk = chunk.map_err(|e| anyhow::anyhow!("cannot read evidence: {e}"))?;
            file.write_all(&chunk).await.map_err(failed)?;
            bytes += chunk.len() as u64;
        }
        file.flush().await.map_err(failed)?;
        self.report.files += 1;
        self.report.bytes += bytes;
        Ok(())
    }

    fn page(&mut self, relative: &str, page: &impl Template) -> anyhow::Result<()> {
        let html = page
            .render()
            .map_err(|e| anyhow::anyhow!("template for {relative}: {e}"))?;
        self.report.pages += 1;
        self.write(relative, html.as_bytes())
    }
}

/// A page that sends the reader on to `to` (a relative link), for folders with no page of their
/// own.
fn forward(to: &str, lang: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>cyberindex</title><meta http-equiv=\"refresh\" content=\"0; url={to}\"></head><body><p><a href=\"{to}\">{to}</a></p></body></html>\n"
    )
}

/// Writes the whole public site into `out`. `evidence` is where evidence files are stored (each
/// public file is streamed from it); `demo` shows the demonstration banner.
pub async fn write(
    loaded: &Loaded,
    out: &Path,
    evidence: &cyberindex_blobs::Blobs,
    demo: bool,
) -> anyhow::Result<ExportReport> {
    let mut w = Writer {
        out: out.to_path_buf(),
        report: ExportReport::default(),
    };
    w.write(
        "static/app.css",
        include_str!("../../static/app.css").as_bytes(),
    )?;
    w.write(
        "static/favicon.svg",
        include_str!("../../static/favicon.svg").as_bytes(),
    )?;
    w.write(
        "static/public.js",
        include_str!("../../static/public.js").as_bytes(),
    )?;
    let mut languages = String::new();
    for (code, name) in LANGUAGES {
        languages.push_str(&format!(
            "<li><a href=\"{code}/\" lang=\"{code}\" hreflang=\"{code}\">{name}</a></li>"
        ));
    }
    w.write(
        "index.html",
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>cyberindex</title><meta http-equiv=\"refresh\" content=\"0; url=en/\"><link rel=\"stylesheet\" href=\"static/app.css\"></head><body><main><h1>cyberindex</h1><ul>{languages}</ul></main></body></html>\n"
        )
        .as_bytes(),
    )?;
    // The latest version of each edition, newest first, for profile histories.
    let mut latest: Vec<&PublicationMeta> = Vec::new();
    for meta in &loaded.publications {
        if !latest.iter().any(|m| m.edition == meta.edition) {
            latest.push(meta);
        }
    }
    w.report.editions = latest.len();
    w.report.versions = loaded.publications.len();
    let site_of = |m: &PublicationMeta| loaded.sites[&(m.edition.clone(), m.version)].as_ref();
    let history_sources: Vec<(&PublicationMeta, &Site)> =
        latest.iter().map(|m| (*m, site_of(m))).collect();
    for meta in &loaded.publications {
        let site = site_of(meta);
        let dir = format!("opendata/{}/v{}/", meta.edition, meta.version);
        for file in FILES {
            let bytes = opendata::render(
                file.name,
                &site.results,
                &site.answers_csv,
                &site.framework_source,
            )?;
            w.write(&format!("{dir}{}", file.name), &bytes)?;
        }
        // Evidence goes out as `{id}.{extension of its type}`, never under the uploaded name:
        // a static host picks the type from the extension, and `report.html` would be served
        // as a page on the site's origin. Pages link it under its name (`download`).
        for e in &site.results.evidence {
            if let (Some(stored), Some(sha)) = (e.stored_name(), &e.sha256) {
                let missing = |why: String| {
                    anyhow::anyhow!(
                        "public evidence {} ({}) is missing from {evidence}: {why}",
                        e.id,
                        e.file_name.as_deref().unwrap_or("")
                    )
                };
                let blob = evidence
                    .get(sha)
                    .await
                    .map_err(|err| missing(err.to_string()))?
                    .ok_or_else(|| missing("no such file".into()))?;
                w.stream(&format!("{dir}evidence/{stored}"), blob).await?;
            }
        }
    }
    // The CIRT directory, at the public level only (`directory::site`).
    let directory_error = |e: crate::error::AppError| anyhow::anyhow!("directory: {e}");
    for (path, bytes) in
        crate::directory::site::files(&loaded.teams, time::OffsetDateTime::now_utc())
            .map_err(directory_error)?
    {
        w.write(&path, &bytes)?;
    }
    for (code, _) in LANGUAGES {
        let tr = Tr::new(code);
        for (path, html) in crate::directory::site::pages(&loaded.teams, &loaded.maturity, tr, demo)
            .map_err(directory_error)?
        {
            w.report.pages += 1;
            w.write(&format!("{code}/{path}index.html"), html.as_bytes())?;
        }
        w.page(
            &format!("{code}/index.html"),
            &index::page(
                tr,
                Mode::Static,
                demo,
                &loaded.publications,
                &loaded.editions,
            ),
        )?;
        for meta in &latest {
            w.write(
                &format!("{code}/{}/index.html", meta.edition),
                forward(&format!("v{}/", meta.version), code).as_bytes(),
            )?;
        }
    }
    // Each version's pages in each language, on every core (one job per language and version).
    let mut jobs = Vec::new();
    for (code, _) in LANGUAGES {
        for meta in &loaded.publications {
            jobs.push((code, meta));
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let parts = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<ExportReport> {
                    let mut w = Writer {
                        out: out.to_path_buf(),
                        report: ExportReport::default(),
                    };
                    while let Some((code, meta)) =
                        jobs.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                    {
                        version_pages(&mut w, loaded, &history_sources, code, meta, demo)?;
                    }
                    Ok(w.report)
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|worker| {
                worker
                    .join()
                    .map_err(|_| anyhow::anyhow!("a page worker panicked"))?
            })
            .collect::<anyhow::Result<Vec<_>>>()
    })?;
    for part in parts {
        w.report.pages += part.pages;
        w.report.profiles += part.profiles;
        w.report.files += part.files;
        w.report.bytes += part.bytes;
    }
    let (pdfs, bytes) = write_pdfs(loaded, out)?;
    w.report.pdfs = pdfs;
    w.report.files += pdfs;
    w.report.bytes += bytes;
    Ok(w.report)
}

/// One version's pages, charts and search file in one language (`OUT/{code}/{edition}/v{n}/`).
fn version_pages(
    w: &mut Writer,
    loaded: &Loaded,
    history_sources: &[(&PublicationMeta, &Site)],
    code: &'static str,
    meta: &PublicationMeta,
    demo: bool,
) -> anyhow::Result<()> {
    let tr = Tr::new(code);
    let site_of = |m: &PublicationMeta| loaded.sites[&(m.edition.clone(), m.version)].as_ref();
    let versions: Vec<PublicationMeta> = loaded
        .publications
        .iter()
        .filter(|m| m.edition == meta.edition)
        .cloned()
        .collect();
    let p = Published {
        site: site_of(meta),
        meta,
        versions: &versions,
    };
    let base = format!("{code}/{}", p.path());
    w.page(
        &format!("{base}index.html"),
        &overview::page(&p, tr, Mode::Static, demo, false),
    )?;
    w.page(
        &format!("{base}map-score/index.html"),
        &overview::page(&p, tr, Mode::Static, demo, true),
    )?;
    w.page(
        &format!("{base}ranking/index.html"),
        &ranking::page(&p, tr, Mode::Static, demo, &ranking::Filter::default()),
    )?;
    w.page(
        &format!("{base}compare/index.html"),
        &compare::page(&p, tr, Mode::Static, demo, compare::Choice::default()),
    )?;
    w.page(
        &format!("{base}methodology/index.html"),
        &methodology::page(&p, tr, Mode::Static, demo),
    )?;
    w.page(
        &format!("{base}robustness/index.html"),
        &robustness::page(&p, tr, Mode::Static, demo, &robustness::Focus::default()),
    )?;
    w.page(
        &format!("{base}data/index.html"),
        &data::page(&p, tr, Mode::Static, demo),
    )?;
    // The charts as files (SVG and the numbers as CSV), as the pages link them.
    let mut charts = vec![charts::tiers(p.site, tr), charts::map(&p, tr, "../")];
    for unit in &p.site.results.units {
        charts.push(charts::pillars(p.site, tr, unit));
        charts.push(charts::radar(p.site, tr, unit));
    }
    for chart in &charts {
        w.write(
            &format!("{base}charts/{}.svg", chart.id),
            chart.svg.as_bytes(),
        )?;
        w.write(&format!("{base}charts/{}.csv", chart.id), &chart.csv)?;
    }
    w.page(
        &format!("{base}search/index.html"),
        &search::page(&p, tr, Mode::Static, demo, ""),
    )?;
    w.write(&format!("{base}search/countries.json"), &search::json(&p))?;
    w.write(
        &format!("{base}countries/index.html"),
        forward("../ranking/", code).as_bytes(),
    )?;
    for unit in &p.site.results.units {
        let history = profile::history(history_sources, &unit.report.unit, meta, tr);
        w.page(
            &format!("{base}countries/{}/index.html", unit.report.unit),
            &profile::page(&p, tr, Mode::Static, demo, unit, history),
        )?;
        w.report.profiles += 1;
    }
    Ok(())
}

/// One PDF of the export: a version's edition report, or a country's profile.
struct PdfJob<'a> {
    site: &'a Site,
    lang: &'static str,
    /// The country; the edition report when `None`.
    unit: Option<&'a str>,
    path: PathBuf,
}

/// Typesets every PDF report of the export in `OUT/{lang}/{edition}/v{n}/report.pdf` and
/// `…/countries/{A3}/profile.pdf` (the links of the pages), on as many threads as the machine
/// has cores, each taking the next job. Returns the number of files and their bytes; the
/// first failure stops the export.
fn write_pdfs(loaded: &Loaded, out: &Path) -> anyhow::Result<(usize, u64)> {
    use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
    let fonts = super::report_fonts()?;
    let mut jobs = Vec::new();
    for (code, _) in LANGUAGES {
        for meta in &loaded.publications {
            let site = loaded.sites[&(meta.edition.clone(), meta.version)].as_ref();
            let base = out
                .join(code)
                .join(&meta.edition)
                .join(format!("v{}", meta.version));
            jobs.push(PdfJob {
                site,
                lang: code,
                unit: None,
                path: base.join("report.pdf"),
            });
            for unit in &site.results.units {
                jobs.push(PdfJob {
                    site,
                    lang: code,
                    unit: Some(&unit.report.unit),
                    path: base
                        .join("countries")
                        .join(&unit.report.unit)
                        .join("profile.pdf"),
                });
            }
        }
    }
    // The edition reports are the longest jobs: first, so that no core idles at the end.
    jobs.sort_by_key(|job| job.unit.is_some());
    let next = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> anyhow::Result<()> {
                    loop {
                        let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) else {
                            return Ok(());
                        };
                        let tr = Tr::new(job.lang);
                        let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
                        let pdf = match job.unit {
                            Some(unit) => cyberindex_report::profile_pdf(
                                job.site, unit, job.lang, &labels, &fonts,
                            ),
                            None => {
                                cyberindex_report::edition_pdf(job.site, job.lang, &labels, &fonts)
                            }
                        }
                        .map_err(|e| anyhow::anyhow!("{}: {e}", job.path.display()))?;
                        if let Some(dir) = job.path.parent() {
                            std::fs::create_dir_all(dir)?;
                        }
                        std::fs::write(&job.path, &pdf).map_err(|e| {
                            anyhow::anyhow!("cannot write {}: {e}", job.path.display())
                        })?;
                        bytes.fetch_add(pdf.len() as u64, Ordering::Relaxed);
                    }
                })
            })
            .collect();
        for worker in workers {
            worker
                .join()
                .map_err(|_| anyhow::anyhow!("a PDF worker panicked"))??;
        }
        Ok::<(), anyhow::Error>(())
    })?;
    Ok((jobs.len(), bytes.into_inner()))
}
