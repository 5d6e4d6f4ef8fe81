//! `GET /results/{edition}/v{n}/` (map by tier) and `…/map-score/` (map by score): the edition's
//! overview: key figures, the world map with its table alternative, the tier distribution and
//! averages by ITU region, UN M49 region and LDC/SIDS/LLDC group.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_publish::site::GroupMean;
use cyberindex_publish::svg::{self, MapEntry};
use cyberindex_publish::world::world;

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::public::{Frame, Mode, Published, region_name, score_text, tier_label, unit_name};
use crate::state::AppState;
use crate::web::render;

/// A row of the map's table alternative.
#[derive(Debug)]
pub struct MapRow {
    pub name: String,
    pub href: String,
    pub rank: String,
    pub score: String,
    pub tier: String,
}

/// A legend entry.
#[derive(Debug)]
pub struct Legend {
    pub swatch: String,
    pub label: String,
    pub count: usize,
}

/// A row of an averages table.
#[derive(Debug)]
pub struct AverageRow {
    pub name: String,
    pub n: usize,
    pub mean: String,
}

#[derive(Debug, Template)]
#[template(path = "public/overview.html")]
pub struct OverviewPage {
    pub frame: Frame,
    pub by_score: bool,
    pub countries: usize,
    pub global: String,
    pub max: String,
    pub map: String,
    pub legend: Vec<Legend>,
    pub rows: Vec<MapRow>,
    pub tier_chart: String,
    pub tiers: Vec<Legend>,
    /// Caption and rows: by ITU region, by UN M49 region, by group.
    pub averages: Vec<(String, Vec<AverageRow>)>,
    pub other_map: String,
    pub map_tools: super::charts::Tools,
    pub tier_tools: super::charts::Tools,
}

/// The score class of a share of the maximum: 0 for 80 % and more, 4 below 20 %.
fn score_class(share: f64) -> usize {
    match share {
        s if s >= 0.8 => 0,
        s if s >= 0.6 => 1,
        s if s >= 0.4 => 2,
        s if s >= 0.2 => 3,
        _ => 4,
    }
}

fn averages(p: &Published, rows: Vec<GroupMean>, name: impl Fn(&str) -> String) -> Vec<AverageRow> {
    rows.into_iter()
        .map(|g| AverageRow {
            name: name(&g.key),
            n: g.mean.n,
            mean: score_text(p.site, g.mean.value.map(|v| p.site.framework.round(v))),
        })
        .collect()
}

/// Renders the overview; `by_score` colours the map by score instead of tier.
pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool, by_score: bool) -> OverviewPage {
    let site = p.site;
    let sub = if by_score { "map-score/" } else { "" };
    let frame = p.frame(
        tr,
        mode,
        demo,
        sub,
        "overview",
        format!(
            "{} · {}",
            super::isolate(site.results.edition.name_in(tr.lang)),
            tr.t("public-overview-title")
        ),
    );
    let to_root = if by_score { "../" } else { "" };
    let max = site.framework.root().max;
    let (map, legend) = map_and_legend(p, tr, by_score, to_root);
    let tier_counts = site.tier_counts();
    let rows = site
        .results
        .units
        .iter()
        .filter(|u| u.report.overall.is_some())
        .map(|u| MapRow {
            name: unit_name(tr, u),
            href: format!("{to_root}countries/{}/", u.report.unit),
            rank: u.report.rank.map_or_else(String::new, |r| r.to_string()),
            score: score_text(site, u.report.overall),
            tier: tier_label(site, tr, site.tier_index(u)),
        })
        .collect();
    let tiers: Vec<Legend> = site
        .framework
        .tiers
        .iter()
        .enumerate()
        .map(|(i, t)| Legend {
            swatch: String::new(),
            label: tr.pick(&t.label).to_string(),
            count: tier_counts[i],
        })
        .collect();
    let tier_chart = super::charts::tiers(site, tr).svg;
    let base = to_root.to_string();
    OverviewPage {
        map_tools: super::charts::Tools::new("map", &base, mode),
        tier_tools: super::charts::Tools::new("tiers", &base, mode),
        countries: site.ranked(),
        global: score_text(
            site,
            site.mean_where(0, |_| true)
                .value
                .map(|v| site.framework.round(v)),
        ),
        max: format!("{max}"),
        map,
        legend,
        rows,
        tier_chart,
        tiers,
        averages: vec![
            (
                tr.t("public-by-itu-region"),
                averages(p, site.by_itu_region(), |k| region_name(tr, k)),
            ),
            (
                tr.t("public-by-m49-region"),
                averages(p, site.by_m49_region(), |k| region_name(tr, k)),
            ),
            (
                tr.t("public-by-group"),
                averages(p, site.by_group(), |k| region_name(tr, k)),
            ),
        ],
        other_map: if by_score {
            "../".into()
        } else {
            "map-score/".into()
        },
        by_score,
        frame,
    }
}

/// The world map coloured by tier (or by score) with its legend; country links start with
/// `prefix` (relative to the version's root, or absolute on the start page).
pub fn map_and_legend(
    p: &Published,
    tr: Tr,
    by_score: bool,
    prefix: &str,
) -> (String, Vec<Legend>) {
    let site = p.site;
    let max = site.framework.root().max;
    let class_of = |u: &cyberindex_publish::results::PublishedUnit| -> Option<usize> {
        if by_score {
            u.report.overall.map(|s| score_class(s / max))
        } else {
            site.tier_index(u).map(|t| t.min(svg::CLASSES - 1))
        }
    };
    let entry = |code: &str| -> Option<MapEntry> {
        let u = site.unit(code)?;
        let class = class_of(u)?;
        let tier = tier_label(site, tr, site.tier_index(u));
        Some(MapEntry {
            href: format!("{prefix}countries/{code}/"),
            label: tr.ta(
                "public-map-country",
                &[
                    ("country", &unit_name(tr, u)),
                    ("score", &score_text(site, u.report.overall)),
                    ("tier", &tier),
                ],
            ),
            class,
        })
    };
    let title = if by_score {
        tr.t("public-map-score-title")
    } else {
        tr.t("public-map-tier-title")
    };
    let map = svg::map(world(), &entry, &title, &tr.t("public-map-desc"));
    let tier_counts = site.tier_counts();
    let legend: Vec<Legend> = if by_score {
        let bands = ["80–100 %", "60–80 %", "40–60 %", "20–40 %", "0–20 %"];
        bands
            .iter()
            .enumerate()
            .map(|(i, band)| Legend {
                swatch: svg::swatch(i),
                label: tr.ta("public-legend-score", &[("band", band)]),
                count: site
                    .results
                    .units
                    .iter()
                    .filter(|u| u.report.overall.is_some() && class_of(u) == Some(i))
                    .count(),
            })
            .collect()
    } else {
        site.framework
            .tiers
            .iter()
            .enumerate()
            .map(|(i, t)| Legend {
                swatch: svg::swatch(i.min(svg::CLASSES - 1)),
                label: format!("{} (≥ {})", tr.pick(&t.label), t.min),
                count: tier_counts[i],
            })
            .collect()
    };
    (map, legend)
}

/// What the start page (`/`) shows of the latest publication: its headline figures, the map by
/// tier and where to search, with absolute links.
#[derive(Debug)]
pub struct Front {
    pub name: String,
    /// The version's root, such as `/results/gci-2026/v2/`.
    pub href: String,
    pub countries: usize,
    pub global: String,
    pub max: String,
    pub map: String,
    pub legend: Vec<Legend>,
}

pub fn front(p: &Published, tr: Tr) -> Front {
    let site = p.site;
    let href = format!("/results/{}", p.path());
    let (map, legend) = map_and_legend(p, tr, false, &href);
    Front {
        name: site.results.edition.name_in(tr.lang).to_string(),
        countries: site.ranked(),
        global: score_text(
            site,
            site.mean_where(0, |_| true)
                .value
                .map(|v| site.framework.round(v)),
        ),
        max: format!("{}", site.framework.root().max),
        map,
        legend,
        href,
    }
}

/// `/results/{edition}/{version}/`.
pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    respond(state, tr, edition, version, false).await
}

/// `/results/{edition}/{version}/map-score/`.
pub async fn show_by_score(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    respond(state, tr, edition, version, true).await
}

async fn respond(
    state: AppState,
    tr: Tr,
    edition: String,
    version: String,
    by_score: bool,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
        by_score,
    ))
}
