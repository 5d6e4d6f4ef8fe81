//! Every chart of the public pages as a file of its own, so that readers can reuse it:
//! `GET /results/{edition}/v{n}/charts/{id}.svg`, `.png` (rendered on the server with resvg and
//! the Noto fonts, the machine's or the shipped ones) and `.csv` (the numbers behind it), and `charts/{id}/`, a bare page
//! holding only the chart, for linking and for embedding in an `<iframe>` on any site.
//!
//! Chart ids: `tiers` (countries per tier), `map` (the world map by tier), `pillars-KEN` (a
//! country's pillar scores), `radar-KEN` (a country against its region and the world) and
//! `compare-KEN-FRA-BRA` (pillar scores side by side, up to six countries). The pages draw
//! their charts with the same functions, so a download is what the page shows.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_publish::Site;
use cyberindex_publish::results::PublishedUnit;
use cyberindex_publish::svg::{self, Bar, Group, Series};

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::public::{Mode, Published, region_name, score_text, unit_name};
use crate::state::AppState;
use crate::web::FrameableByAnyone;

/// A chart: its id (for its files' names), title, SVG and the numbers behind it.
#[derive(Debug, Clone)]
pub struct Chart {
    pub id: String,
    pub title: String,
    pub svg: String,
    /// CSV with a header row.
    pub csv: Vec<u8>,
}

fn csv(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = cyberindex_answers::cell::writer();
    let _ = w.write_record(cyberindex_answers::cell::neutralise_all(header));
    for row in rows {
        let _ = w.write_record(cyberindex_answers::cell::neutralise_all(row));
    }
    w.into_inner().unwrap_or_default()
}

fn number(site: &Site, x: Option<f64>) -> String {
    x.map_or_else(String::new, |v| {
        format!(
            "{:.*}",
            usize::from(site.framework.precision),
            site.framework.round(v)
        )
    })
}

/// Countries per tier.
pub fn tiers(site: &Site, tr: Tr) -> Chart {
    let counts = site.tier_counts();
    let data: Vec<(String, usize)> = site
        .framework
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| (tr.pick(&t.label).to_string(), counts[i]))
        .collect();
    let title = tr.t("public-tier-distribution");
    Chart {
        id: "tiers".into(),
        svg: svg::tier_counts(&title, &data),
        csv: csv(
            &[tr.t("public-col-tier"), tr.t("public-col-countries")],
            &data
                .iter()
                .map(|(t, n)| vec![t.clone(), n.to_string()])
                .collect::<Vec<_>>(),
        ),
        title,
    }
}

/// A country's pillar scores as bars.
pub fn pillars(site: &Site, tr: Tr, unit: &PublishedUnit) -> Chart {
    let name = unit_name(tr, unit);
    let (region_means, world_means) = site.pillar_means_around(unit);
    let pillars = site.pillars();
    let title = tr.ta("public-pillar-chart", &[("country", &name)]);
    let rounded = |x: Option<f64>| score_text(site, x.map(|v| site.framework.round(v)));
    let bars: Vec<Bar> = pillars
        .iter()
        .map(|i| Bar {
            label: tr.pick(&site.framework.nodes[*i].label).to_string(),
            value: site.score(unit, *i),
            max: site.framework.nodes[*i].max,
            text: format!(
                "{} / {}",
                rounded(site.score(unit, *i)),
                site.framework.nodes[*i].max
            ),
        })
        .collect();
    let rows: Vec<Vec<String>> = pillars
        .iter()
        .enumerate()
        .map(|(k, i)| {
            vec![
                tr.pick(&site.framework.nodes[*i].label).to_string(),
                number(site, site.score(unit, *i)),
                format!("{}", site.framework.nodes[*i].max),
                number(site, region_means[k]),
                number(site, world_means[k]),
            ]
        })
        .collect();
    Chart {
        id: format!("pillars-{}", unit.report.unit),
        svg: svg::bars(&title, &bars),
        csv: csv(
            &[
                tr.t("public-col-pillar"),
                name,
                tr.t("public-col-max"),
                tr.t("public-col-region-average"),
                tr.t("public-world-average"),
            ],
            &rows,
        ),
        title,
    }
}

/// A country against its region and the world, as shares of each pillar's maximum.
pub fn radar(site: &Site, tr: Tr, unit: &PublishedUnit) -> Chart {
    let name = unit_name(tr, unit);
    let region = unit.groups.as_ref().map(|g| g.itu_region.clone());
    let (region_means, world_means) = site.pillar_means_around(unit);
    let pillars = site.pillars();
    let share = |x: Option<f64>, i: usize| x.map(|v| v / site.framework.nodes[i].max);
    let region_label = tr.ta(
        "public-region-average",
        &[(
            "region",
            &region
                .as_deref()
                .map_or(String::new(), |r| region_name(tr, r)),
        )],
    );
    let axes: Vec<String> = pillars
        .iter()
        .map(|i| tr.pick(&site.framework.nodes[*i].label).to_string())
        .collect();
    let series = [
        Series {
            name: name.clone(),
            shares: pillars
                .iter()
                .map(|i| share(site.score(unit, *i), *i))
                .collect(),
        },
        Series {
            name: region_label.clone(),
            shares: pillars
                .iter()
                .zip(&region_means)
                .map(|(i, m)| share(*m, *i))
                .collect(),
        },
        Series {
            name: tr.t("public-world-average"),
            shares: pillars
                .iter()
                .zip(&world_means)
                .map(|(i, m)| share(*m, *i))
                .collect(),
        },
    ];
    let title = tr.ta("public-radar-chart", &[("country", &name)]);
    let percent = |x: Option<f64>| x.map_or_else(String::new, |v| format!("{:.1}", v * 100.0));
    let rows: Vec<Vec<String>> = axes
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let mut row = vec![a.clone()];
            row.extend(series.iter().map(|s| percent(s.shares[k])));
            row
        })
        .collect();
    let mut header = vec![tr.t("public-col-pillar")];
    header.extend(series.iter().map(|s| format!("{} (%)", s.name)));
    Chart {
        id: format!("radar-{}", unit.report.unit),
        svg: svg::radar(&title, &axes, &series),
        csv: csv(&header, &rows),
        title,
    }
}

/// Up to six countries' pillar scores side by side.
pub fn compare(site: &Site, tr: Tr, units: &[&PublishedUnit]) -> Chart {
    let pillars = site.pillars();
    let rounded = |x: Option<f64>| score_text(site, x.map(|v| site.framework.round(v)));
    let categories: Vec<(String, f64)> = pillars
        .iter()
        .map(|i| {
            (
                tr.pick(&site.framework.nodes[*i].label).to_string(),
                site.framework.nodes[*i].max,
            )
        })
        .collect();
    let groups: Vec<Group> = units
        .iter()
        .map(|u| Group {
            short: u.report.unit.clone(),
            name: unit_name(tr, u),
            values: pillars
                .iter()
                .map(|i| {
                    let x = site.score(u, *i);
                    (x, rounded(x))
                })
                .collect(),
        })
        .collect();
    let title = tr.t("public-compare-chart");
    let mut header = vec![tr.t("public-col-pillar")];
    header.extend(units.iter().map(|u| unit_name(tr, u)));
    let rows: Vec<Vec<String>> = pillars
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let mut row = vec![categories[k].0.clone()];
            row.extend(units.iter().map(|u| number(site, site.score(u, *i))));
            row
        })
        .collect();
    Chart {
        id: format!(
            "compare-{}",
            units
                .iter()
                .map(|u| u.report.unit.as_str())
                .collect::<Vec<_>>()
                .join("-")
        ),
        svg: svg::grouped_bars(&title, &categories, &groups),
        csv: csv(&header, &rows),
        title,
    }
}

/// The world map by tier; country links start with `prefix`.
pub fn map(p: &Published, tr: Tr, prefix: &str) -> Chart {
    let site = p.site;
    let (svg, _) = super::overview::map_and_legend(p, tr, false, prefix);
    let rows: Vec<Vec<String>> = site
        .results
        .units
        .iter()
        .map(|u| {
            vec![
                u.report.unit.clone(),
                unit_name(tr, u),
                number(site, u.report.overall),
                super::tier_label(site, tr, site.tier_index(u)),
            ]
        })
        .collect();
    Chart {
        id: "map".into(),
        title: tr.t("public-map-tier-title"),
        svg,
        csv: csv(
            &[
                "ISO3".to_string(),
                tr.t("public-col-country"),
                tr.t("public-col-score"),
                tr.t("public-col-tier"),
            ],
            &rows,
        ),
    }
}

/// The chart an id names, if it names one of this publication; country links in it start with
/// `prefix` (relative to where it is shown).
pub fn by_id(p: &Published, tr: Tr, id: &str, prefix: &str) -> Option<Chart> {
    let site = p.site;
    match id {
        "tiers" => Some(tiers(site, tr)),
        "map" => Some(map(p, tr, prefix)),
        _ => {
            let (kind, rest) = id.split_once('-')?;
            match kind {
                "pillars" => site.unit(rest).map(|u| pillars(site, tr, u)),
                "radar" => site.unit(rest).map(|u| radar(site, tr, u)),
                "compare" => {
                    let units: Vec<&PublishedUnit> = rest
                        .split('-')
                        .map(|c| site.unit(c))
                        .collect::<Option<Vec<_>>>()?;
                    let mut seen = std::collections::HashSet::new();
                    (!units.is_empty()
                        && units.len() <= super::compare::MAX
                        && units.iter().all(|u| seen.insert(u.report.unit.as_str())))
                    .then(|| compare(site, tr, &units))
                }
                _ => None,
            }
        }
    }
}

/// A PNG of an SVG chart at twice its size, drawn with resvg and the machine's Noto fonts, or
/// the shipped ones (`crates/report/fonts`) for the families it lacks.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    static FONTS: std::sync::OnceLock<std::sync::Arc<usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_system_fonts();
        // The shipped subsets for every family the machine lacks.
        for family in &cyberindex_report::FAMILIES {
            let has = db
                .faces()
                .any(|f| f.families.iter().any(|(name, _)| name == family.name));
            if !has {
                for (file, bytes) in &cyberindex_report::fonts::SHIPPED {
                    if family.files.contains(file) {
                        db.load_font_data(bytes.to_vec());
                    }
                }
            }
        }
        db.set_sans_serif_family("Noto Sans");
        std::sync::Arc::new(db)
    });
    let options = usvg::Options {
        fontdb: fonts.clone(),
        font_family: "Noto Sans".into(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let scale = 2.0;
    let mut pixmap = tiny_skia::Pixmap::new(
        (size.width() as f32 * scale).ceil() as u32,
        (size.height() as f32 * scale).ceil() as u32,
    )
    .ok_or("the chart has no size")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| e.to_string())
}

/// The bare page of one chart, for links and `<iframe>`s.
#[derive(Debug, Template)]
#[template(path = "public/chart.html")]
pub struct ChartPage {
    pub tr: Tr,
    pub chart: Chart,
    pub edition: String,
    /// The page the chart comes from, and the site root, relative to this page.
    pub source: String,
    pub statics: String,
    /// Demonstration data: said on the chart's page too, since it may be shown on other sites.
    pub demo: bool,
}

pub fn page(p: &Published, tr: Tr, chart: Chart, source: String, demo: bool) -> ChartPage {
    ChartPage {
        tr,
        demo,
        edition: p.site.results.edition.name_in(tr.lang).to_string(),
        chart,
        source,
        statics: "../../../../../static/".into(),
    }
}

/// Where the page that shows a chart is, relative to the chart's own page (`charts/{id}/`).
pub fn source_of(id: &str) -> String {
    match id.split_once('-') {
        Some(("pillars" | "radar", code)) => format!("../../countries/{code}/"),
        Some(("compare", codes)) => format!("../../compare/?c={}", codes.replace('-', ",")),
        _ => "../../".into(),
    }
}

/// `GET …/charts/{file}`: `{id}.svg`, `{id}.png` or `{id}.csv`.
pub async fn file(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version, file)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (id, extension) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let loaded = super::load(&state, &edition, &version).await?;
    let chart = by_id(&loaded.published(), tr, id, "../").ok_or(AppError::NotFound)?;
    let name = format!("{edition}-{version}-{}.{extension}", chart.id);
    let disposition = format!("attachment; filename=\"{name}\"");
    Ok(match extension {
        "svg" => (
            [
                (header::CONTENT_TYPE, "image/svg+xml".to_string()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}",
                chart
                    .svg
                    .replacen("<svg ", "<svg font-family=\"Noto Sans, sans-serif\" ", 1)
            ),
        )
            .into_response(),
        "csv" => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            chart.csv,
        )
            .into_response(),
        "png" => {
            let svg = chart.svg;
            let png = tokio::task::spawn_blocking(move || png(&svg))
                .await
                .map_err(|e| AppError::Internal(anyhow::anyhow!("chart: {e}")))?
                .map_err(|e| AppError::Internal(anyhow::anyhow!("chart: {e}")))?;
            (
                [
                    (header::CONTENT_TYPE, "image/png".to_string()),
                    (header::CONTENT_DISPOSITION, disposition),
                ],
                png,
            )
                .into_response()
        }
        _ => return Err(AppError::NotFound),
    })
}

/// `GET …/charts/{id}/`: the chart alone, which any site may frame.
pub async fn embed(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version, id)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let published = loaded.published();
    let chart = by_id(&published, tr, &id, "../../").ok_or(AppError::NotFound)?;
    let mut response = crate::web::render(&page(
        &published,
        tr,
        chart,
        source_of(&id),
        state.config.demo,
    ))?;
    response.extensions_mut().insert(FrameableByAnyone);
    Ok(response)
}

/// Links below a chart on a page: its files, its own page and the code to embed it. `base` is
/// the version's root relative to the page.
#[derive(Debug, Clone)]
pub struct Tools {
    pub id: String,
    pub base: String,
    pub live: bool,
}

impl Tools {
    pub fn new(id: impl Into<String>, base: &str, mode: Mode) -> Self {
        Self {
            id: id.into(),
            base: base.to_string(),
            live: mode == Mode::Live,
        }
    }
}
