//! The edition report as PDF: a summary with the headline figures and the world map, the
//! countries of each tier, the regional averages, an annex on the method and one on robustness,
//! and then every country's profile (the same pages as [`crate::profile_pdf`]), typeset with
//! `edition.typ`.

use cyberindex_answers::countries::name_of as country_name;
use cyberindex_engine::{MissingPolicy, text};
use cyberindex_publish::Site;
use cyberindex_publish::site::{region_key, score_text};
use cyberindex_publish::svg::{self, MapEntry};
use cyberindex_publish::world::world;
use serde::Serialize;

use crate::profile::{Profile, direction, edition_and_source, profile};
use crate::{Fonts, LANGUAGES, Labels, ReportError, typeset};

const TEMPLATE: &str = concat!(include_str!("parts.typ"), include_str!("edition.typ"));

/// Everything the edition template shows, in the reader's language and formatted.
#[derive(Debug, Serialize)]
pub struct Edition {
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub edition: String,
    pub source: String,
    /// The headline figures: label and value.
    pub figures: Vec<(String, String)>,
    pub summary: String,
    /// The world map by tier, as SVG text.
    pub map: String,
    /// Per tier (highest first): name, legend colour class, its countries by rank.
    pub tiers: Vec<TierTable>,
    pub pillar_names: Vec<String>,
    /// Per ITU region, then the world: name, number of countries, overall and pillar averages.
    pub regions: Vec<RegionRow>,
    pub method: Vec<String>,
    /// Pillars with weight and maximum; tiers with their lowest score.
    pub method_pillars: Vec<(String, String, String)>,
    pub method_tiers: Vec<(String, String)>,
    /// The robustness annex: its summary sentence and one row per ranked country; empty when
    /// the analysis could not run.
    pub robustness_summary: String,
    pub robustness: Vec<RobustnessRow>,
    pub profiles: Vec<Profile>,
    pub uncovered: Vec<String>,
    pub labels: std::collections::BTreeMap<&'static str, String>,
}

#[derive(Debug, Serialize)]
pub struct TierTable {
    pub name: String,
    pub threshold: String,
    pub class: usize,
    pub rows: Vec<CountryRow>,
}

#[derive(Debug, Serialize)]
pub struct CountryRow {
    pub rank: String,
    pub name: String,
    pub score: String,
}

#[derive(Debug, Serialize)]
pub struct RegionRow {
    pub name: String,
    pub count: String,
    pub overall: String,
    pub pillars: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct RobustnessRow {
    pub name: String,
    pub rank: String,
    pub interval: String,
    pub likely: String,
}

/// The headings of the edition report by the template's name for them, and the Fluent key.
const LABELS: [(&str, &str); 21] = [
    ("summary", "report-summary"),
    ("map", "public-map-tier-title"),
    ("tiers", "report-tier-tables"),
    ("regions", "public-by-itu-region"),
    ("region", "public-col-itu-region"),
    ("countries", "public-col-countries"),
    ("overall", "public-overall-score"),
    ("rank", "public-col-rank"),
    ("country", "public-col-country"),
    ("score", "public-col-score"),
    ("tier", "public-col-tier"),
    ("pillar", "public-col-pillar"),
    ("weight", "public-col-weight"),
    ("max", "public-col-max"),
    ("threshold", "public-col-threshold"),
    ("annex_method", "report-annex-method"),
    ("annex_robustness", "report-annex-robustness"),
    ("interval", "robustness-col-interval"),
    ("likely", "report-col-likely-tier"),
    ("profiles", "report-profiles"),
    ("world", "public-world-average"),
];

/// The data of the edition report in `lang`.
pub fn edition(site: &Site, lang: &str, labels: Labels) -> Result<Edition, ReportError> {
    if !LANGUAGES.contains(&lang) {
        return Err(ReportError::UnknownLanguage(lang.to_string()));
    }
    let fw = &site.framework;
    let results = &site.results;
    let (edition, source) = edition_and_source(site, lang, labels);
    let max = format!("{}", fw.root().max);
    let round = |x: Option<f64>| score_text(site, x.map(|v| fw.round(v)));
    let tier_name = |t: usize| text(&fw.tiers[t].label, lang).to_string();

    // Countries by rank, then by name among the unranked.
    let mut units: Vec<_> = results.units.iter().collect();
    units.sort_by(|a, b| {
        (a.report.rank.is_none(), a.report.rank)
            .cmp(&(b.report.rank.is_none(), b.report.rank))
            .then_with(|| {
                country_name(&a.report.unit, lang).cmp(&country_name(&b.report.unit, lang))
            })
    });
    let row = |u: &cyberindex_publish::results::PublishedUnit| CountryRow {
        rank: u.report.rank.map_or_else(String::new, |r| r.to_string()),
        name: country_name(&u.report.unit, lang),
        score: score_text(site, u.report.overall),
    };

    let tier_counts = site.tier_counts();
    let world_mean = site.mean_where(0, |_| true);
    let top = fw
        .tiers
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.min.total_cmp(&b.1.min));
    let summary = labels(
        "report-summary-text",
        &[
            ("count", &results.units.len().to_string()),
            ("ranked", &site.ranked().to_string()),
            ("average", &round(world_mean.value)),
            ("max", &max),
            ("top", &top.map_or(0, |(i, _)| tier_counts[i]).to_string()),
            ("tier", &top.map_or_else(String::new, |(i, _)| tier_name(i))),
        ],
    );
    let figures = vec![
        (
            labels("public-countries-published", &[]),
            results.units.len().to_string(),
        ),
        (
            labels("public-global-average", &[]),
            format!("{} / {max}", round(world_mean.value)),
        ),
    ]
    .into_iter()
    .chain(
        fw.tiers
            .iter()
            .enumerate()
            .map(|(i, _)| (tier_name(i), tier_counts[i].to_string())),
    )
    .collect();

    let map_entry = |code: &str| -> Option<MapEntry> {
        let u = site.unit(code)?;
        let t = site.tier_index(u)?;
        Some(MapEntry {
            href: format!("#{code}"),
            label: country_name(code, lang),
            class: t.min(svg::CLASSES - 1),
        })
    };
    let map = svg::map(
        world(),
        &map_entry,
        &labels("public-map-tier-title", &[]),
        "",
    );

    // Tiers from the highest threshold down.
    let mut tier_order: Vec<usize> = (0..fw.tiers.len()).collect();
    tier_order.sort_by(|&a, &b| fw.tiers[b].min.total_cmp(&fw.tiers[a].min));
    let tiers = tier_order
        .iter()
        .map(|&t| TierTable {
            name: tier_name(t),
            threshold: format!("≥ {}", fw.tiers[t].min),
            class: t.min(svg::CLASSES - 1),
            rows: units
                .iter()
                .filter(|u| site.tier_index(u) == Some(t))
                .map(|u| row(u))
                .collect(),
        })
        .collect();

    let pillars = site.pillars();
    let pillar_names = pillars
        .iter()
        .map(|&i| text(&fw.nodes[i].label, lang).to_string())
        .collect();
    let region_of = |u: &cyberindex_publish::results::PublishedUnit| {
        u.groups.as_ref().map(|g| g.itu_region.clone())
    };
    let mut regions: Vec<RegionRow> = site
        .by_itu_region()
        .into_iter()
        .map(|g| RegionRow {
            name: labels(&region_key(&g.key), &[]),
            count: g.mean.n.to_string(),
            overall: round(g.mean.value),
            pillars: site
                .pillar_means(|u| region_of(u).as_deref() == Some(g.key.as_str()))
                .into_iter()
                .map(round)
                .collect(),
        })
        .collect();
    regions.push(RegionRow {
        name: labels("public-world-average", &[]),
        count: world_mean.n.to_string(),
        overall: round(world_mean.value),
        pillars: site.pillar_means(|_| true).into_iter().map(round).collect(),
    });

    let method = vec![
        labels("report-method-note", &[]),
        match fw.missing {
            MissingPolicy::Zero => labels("public-missing-zero", &[]),
            MissingPolicy::Exclude => labels("public-missing-exclude", &[]),
        },
        labels("public-rounding-text", &[]),
    ];
    let method_pillars = pillars
        .iter()
        .map(|&i| {
            let n = &fw.nodes[i];
            (
                text(&n.label, lang).to_string(),
                format!("{}", n.weight),
                format!("{}", n.max),
            )
        })
        .collect();
    let method_tiers = tier_order
        .iter()
        .map(|&t| (tier_name(t), format!("{}", fw.tiers[t].min)))
        .collect();

    let (robustness_summary, robustness) = match site.robustness() {
        Ok(analysis) => {
            let summary = [
                labels("robustness-intro", &[]),
                labels(
                    "robustness-verdict",
                    &[
                        ("share", &format!("{:.0}", analysis.share_within_3 * 100.0)),
                        ("shift", &format!("{:.1}", analysis.mean_abs_rank_shift)),
                    ],
                ),
            ]
            .join(" ");
            let rows = units
                .iter()
                .filter_map(|u| {
                    let r = analysis.units.iter().find(|r| r.unit == u.report.unit)?;
                    let rank = r.nominal_rank?;
                    let (low, high) = (r.rank_p05.round() as i64, r.rank_p95.round() as i64);
                    let likely =
                        r.tiers
                            .iter()
                            .max_by(|a, b| a.1.total_cmp(&b.1))
                            .map(|(id, p)| {
                                let name = fw.tiers.iter().find(|t| &t.id == id).map_or_else(
                                    || id.clone(),
                                    |t| text(&t.label, lang).to_string(),
                                );
                                format!("{name} ({:.0} %)", p * 100.0)
                            })
                            .unwrap_or_default();
                    Some(RobustnessRow {
                        name: country_name(&u.report.unit, lang),
                        rank: rank.to_string(),
                        interval: format!("{low}–{high}"),
                        likely,
                    })
                })
                .collect();
            (summary, rows)
        }
        Err(_) => (String::new(), Vec::new()),
    };

    let profiles = units
        .iter()
        .map(|u| profile(site, &u.report.unit, lang, labels))
        .collect::<Result<Vec<_>, _>>()?;

    let mut label_texts: std::collections::BTreeMap<&'static str, String> = LABELS
        .iter()
        .map(|(name, key)| (*name, labels(key, &[])))
        .collect();
    label_texts.insert("uncovered", labels("report-missing-glyphs", &[]));
    Ok(Edition {
        lang: lang.to_string(),
        dir: direction(lang),
        title: labels("report-edition-title", &[("edition", &edition)]),
        source,
        edition,
        figures,
        summary,
        map,
        tiers,
        pillar_names,
        regions,
        method,
        method_pillars,
        method_tiers,
        robustness_summary,
        robustness,
        profiles,
        uncovered: Vec::new(),
        labels: label_texts,
    })
}

/// The whole edition's report as a PDF in `lang` (one of [`LANGUAGES`]).
pub fn edition_pdf(
    site: &Site,
    lang: &str,
    labels: Labels,
    fonts: &Fonts,
) -> Result<Vec<u8>, ReportError> {
    let mut data = edition(site, lang, labels)?;
    // The map is drawn, not read: its text needs no glyph check.
    let map = std::mem::take(&mut data.map);
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    data.uncovered = crate::profile::uncovered_list(fonts, &json);
    data.map = map;
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    typeset(TEMPLATE, json, fonts)
}
