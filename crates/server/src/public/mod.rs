//! The public results site: pages anyone can read without signing in, rendered from a
//! publication ([`cyberindex_publish::Site`]) by the server (`/results/…`) and by the static
//! export (`cyberindex publish --static OUT/`) through the same functions.
//!
//! Links between public pages are relative, so the same HTML works under `/results/` on the
//! server and under `OUT/{lang}/` in a static copy. Paths below the site root:
//!
//! ```text
//! ./                                  published editions
//! {edition}/v{n}/                     overview and map by tier
//! {edition}/v{n}/map-score/           map by score
//! {edition}/v{n}/ranking/             ranking and tier table
//! {edition}/v{n}/countries/{A3}/      country profile
//! {edition}/v{n}/countries/{A3}/profile.pdf   the same as PDF
//! {edition}/v{n}/report.pdf           the edition report as PDF (every country's profile)
//! {edition}/v{n}/compare/             comparison of up to five countries
//! {edition}/v{n}/methodology/         the framework, weights and tiers
//! {edition}/v{n}/robustness/          rank intervals, tier probabilities, sensitivity
//! {edition}/v{n}/data/                open-data downloads
//! {edition}/v{n}/search/              country search (`?q=`), and `countries.json` for its box
//! {edition}/v{n}/charts/{id}.svg|png|csv  a chart as a file; `charts/{id}/` the chart alone
//! ../opendata/{edition}/v{n}/{file}   the data files (one copy, shared by every language)
//! ../static/{file}                    stylesheet and script
//! ```

pub mod caching;
pub mod charts;
pub mod compare;
pub mod data;
pub mod export;
pub mod index;
pub mod methodology;
pub mod overview;
pub mod profile;
pub mod profile_pdf;
pub mod ranking;
pub mod report_pdf;
pub mod robustness;
pub mod search;

use std::sync::Arc;

use cyberindex_publish::Site;
use cyberindex_publish::results::PublishedUnit;
use cyberindex_store::PublicationMeta;

use crate::error::{AppError, AppResult};
use crate::service::publish::site;
use crate::state::AppState;

use crate::i18n::{LANGUAGES, Tr};
use crate::present::country_name;

/// Where the pages will be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Served by cyberindex under `/results/`; the language comes from the reader's choice.
    Live,
    /// Written to files under `OUT/{lang}/`; each language is its own folder.
    Static,
}

/// A language switcher entry.
#[derive(Debug, Clone)]
pub struct LangLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The navigation of an edition's pages.
#[derive(Debug, Clone)]
pub struct EditionNav {
    pub name: String,
    pub version: i64,
    pub latest: i64,
    /// "Version 2 of 3".
    pub version_text: String,
    /// Link to the latest version's overview, when this is an older one.
    pub latest_href: Option<String>,
    pub published: String,
    pub change_note: String,
    /// Which item is the current page: `overview`, `ranking`, `compare`, `methodology`, `data`.
    pub current: &'static str,
    /// Relative path to this version's root.
    pub base: String,
}

/// What every public page shows around its content.
#[derive(Debug, Clone)]
pub struct Frame {
    pub tr: Tr,
    pub title: String,
    /// Relative path to the site root (`/results/`, or `OUT/{lang}/`).
    pub root: String,
    pub languages: Vec<LangLink>,
    pub demo: bool,
    pub mode: Mode,
    pub nav: Option<EditionNav>,
    /// What the country search box holds (the query, on the search page).
    pub search: String,
}

impl Frame {
    /// A frame for the page at `path` (relative to the site root, ending in `/` or empty).
    pub fn new(tr: Tr, mode: Mode, demo: bool, path: &str, title: String) -> Self {
        let depth = path.matches('/').count();
        let root = "../".repeat(depth);
        let languages = LANGUAGES
            .iter()
            .map(|(code, name)| LangLink {
                code,
                name,
                href: match mode {
                    Mode::Live => format!("/language/{code}?next=/results/{path}"),
                    Mode::Static => format!("{root}../{code}/{path}"),
                },
                current: *code == tr.lang,
            })
            .collect();
        Self {
            tr,
            title,
            root,
            languages,
            demo,
            mode,
            nav: None,
            search: String::new(),
        }
    }

    /// The folder of the static files.
    pub fn statics(&self) -> String {
        format!("{}../static/", self.root)
    }
}

/// One publication, with what its pages need to link to the others.
#[derive(Debug, Clone)]
pub struct Published<'a> {
    pub site: &'a Site,
    pub meta: &'a PublicationMeta,
    /// Every version of this edition, newest first.
    pub versions: &'a [PublicationMeta],
}

impl Published<'_> {
    pub fn edition(&self) -> &str {
        &self.meta.edition
    }

    /// The version's path below the site root.
    pub fn path(&self) -> String {
        format!("{}/v{}/", self.meta.edition, self.meta.version)
    }

    /// The frame of a page of this version at `sub` (below the version root).
    pub fn frame(
        &self,
        tr: Tr,
        mode: Mode,
        demo: bool,
        sub: &str,
        current: &'static str,
        title: String,
    ) -> Frame {
        let path = format!("{}{sub}", self.path());
        let mut frame = Frame::new(tr, mode, demo, &path, title);
        let base = "../".repeat(sub.matches('/').count());
        let latest = self
            .versions
            .first()
            .map_or(self.meta.version, |m| m.version);
        frame.nav = Some(EditionNav {
            name: self.site.results.edition.name_in(tr.lang).to_string(),
            version: self.meta.version,
            latest,
            latest_href: (latest != self.meta.version).then(|| format!("{base}../v{latest}/")),
            version_text: tr.ta(
                "public-version-of",
                &[
                    ("version", &self.meta.version.to_string()),
                    ("latest", &latest.to_string()),
                ],
            ),
            published: tr.ta(
                "public-published-on",
                &[("date", &crate::web::when(self.meta.published_at))],
            ),
            change_note: self.meta.change_note.clone(),
            current,
            base,
        });
        frame
    }

    /// The data files' folder, relative to a page at `sub` below the version root.
    pub fn data_dir(&self, sub: &str) -> String {
        let depth = 2 + sub.matches('/').count();
        format!(
            "{}../opendata/{}/v{}/",
            "../".repeat(depth),
            self.meta.edition,
            self.meta.version
        )
    }
}

pub use cyberindex_publish::site::{region_key, score_text};

/// A tier's label in the reader's language.
pub fn tier_label(site: &Site, tr: Tr, tier: Option<usize>) -> String {
    tier.map_or_else(String::new, |t| {
        tr.pick(&site.framework.tiers[t].label).to_string()
    })
}

/// A country's name in the reader's language.
pub fn unit_name(tr: Tr, unit: &PublishedUnit) -> String {
    country_name(tr, &unit.report.unit)
}

/// A region's or group's name in the reader's language.
pub fn region_name(tr: Tr, name: &str) -> String {
    tr.t(&region_key(name))
}

/// A publication loaded for a request.
#[derive(Debug)]
pub struct Loaded {
    pub site: Arc<Site>,
    pub meta: PublicationMeta,
    pub versions: Vec<PublicationMeta>,
}

impl Loaded {
    pub fn published(&self) -> Published<'_> {
        Published {
            site: &self.site,
            meta: &self.meta,
            versions: &self.versions,
        }
    }
}

/// Loads version `v{n}` of an edition's publication; anything else is "not found".
pub async fn load(state: &AppState, edition: &str, version: &str) -> AppResult<Loaded> {
    let version: i64 = version
        .strip_prefix('v')
        .and_then(|v| v.parse().ok())
        .ok_or(AppError::NotFound)?;
    let versions = state.store.publications(Some(edition)).await?;
    let meta = versions
        .iter()
        .find(|m| m.version == version)
        .cloned()
        .ok_or(AppError::NotFound)?;
    Ok(Loaded {
        site: site(state, edition, version).await?,
        meta,
        versions,
    })
}

impl Loaded {
    /// Computes the publication's robustness analysis, if no reader has yet (about a second,
    /// on a blocking thread, off the async workers); other readers wait for the first.
    /// Once computed, this costs nothing: no task is spawned on the hot path of every profile.
    pub async fn robustness_ready(&self) -> AppResult<()> {
        if self.site.robustness_computed() {
            return Ok(());
        }
        let site = self.site.clone();
        tokio::task::spawn_blocking(move || {
            let _ = site.robustness();
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("robustness: {e}")))
    }
}

/// The fonts of the PDF reports: the machine's Noto fonts where it has them, else the ones
/// shipped in the binary; found once. A failure (an unreadable font file) is not kept, so
/// that mending the file is enough.
pub fn report_fonts() -> Result<cyberindex_report::Fonts, cyberindex_report::ReportError> {
    static FONTS: std::sync::Mutex<Option<cyberindex_report::Fonts>> = std::sync::Mutex::new(None);
    let mut fonts = FONTS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = fonts.as_ref() {
        return Ok(found.clone());
    }
    let found = cyberindex_report::Fonts::discover()?;
    for (family, source) in found.sources() {
        tracing::info!(family, %source, "font for the PDF reports");
    }
    *fonts = Some(found.clone());
    Ok(found)
}

/// `text` between the Unicode isolates FSI and PDI, so that a name in another direction (an
/// English edition name on an Arabic page) keeps its own order inside a sentence or a title,
/// where HTML's `<bdi>` cannot go (`<title>`, a formatted heading).
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}
