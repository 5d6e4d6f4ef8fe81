//! A country's profile as PDF: the data of the HTML profile gathered into [`Profile`] and
//! typeset with `profile.typ`.

use cyberindex_answers::countries::name_of as country_name;
use cyberindex_engine::text;
use cyberindex_publish::Site;
use cyberindex_publish::results::PublishedUnit;
use cyberindex_publish::site::{PeerReason, region_key, score_text};
use serde::Serialize;

use crate::{Fonts, LANGUAGES, Labels, ReportError, typeset};

const TEMPLATE: &str = concat!(include_str!("parts.typ"), include_str!("profile.typ"));

/// Everything the template shows, already in the reader's language and formatted.
#[derive(Debug, Serialize)]
pub struct Profile {
    pub lang: String,
    /// `rtl` for Arabic, else `ltr`.
    pub dir: &'static str,
    pub title: String,
    pub edition: String,
    pub source: String,
    pub name: String,
    pub code: String,
    pub overall: String,
    pub max: String,
    pub tier: String,
    pub rank: String,
    pub region: String,
    pub pillars: Vec<PillarRow>,
    pub strengths: Vec<AreaRow>,
    pub growth: Vec<AreaRow>,
    pub recommendations: Vec<RecommendationRow>,
    pub certainty: Vec<String>,
    /// The characters no font has, as `U+XXXX c` (filled by [`profile_pdf`]): the report says
    /// so at its end rather than showing empty boxes without a word.
    pub uncovered: Vec<String>,
    /// The headings and captions.
    pub labels: std::collections::BTreeMap<&'static str, String>,
}

#[derive(Debug, Serialize)]
pub struct PillarRow {
    pub name: String,
    pub score: String,
    pub max: String,
    pub region: String,
    pub world: String,
    /// Shares of the maximum (0–1) for the bars; `None` when there is no score.
    pub share: Option<f64>,
    pub region_share: Option<f64>,
    pub world_share: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct AreaRow {
    pub name: String,
    pub share: String,
    pub world: String,
}

#[derive(Debug, Serialize)]
pub struct RecommendationRow {
    pub action: String,
    pub question: Option<String>,
    pub pillar: String,
    pub gain: String,
    pub points: String,
    pub peers: Vec<String>,
}

/// The headings and captions the template uses, by its name for them and the Fluent key.
const LABELS: [(&str, &str); 22] = [
    ("overall", "public-overall-score"),
    ("tier", "public-col-tier"),
    ("rank", "public-col-rank"),
    ("region", "public-col-itu-region"),
    ("pillars", "public-pillar-scores"),
    ("pillar", "public-col-pillar"),
    ("score", "public-col-score"),
    ("region_average", "public-col-region-average"),
    ("world_average", "public-world-average"),
    ("max", "public-col-max"),
    ("areas", "public-areas"),
    ("areas_hint", "public-areas-hint"),
    ("strengths", "public-strengths"),
    ("growth", "public-growth"),
    ("none", "public-none"),
    ("recommendations", "public-recommendations"),
    ("recommendations_hint", "public-recommendations-hint"),
    ("no_recommendations", "public-no-recommendations"),
    ("measure", "public-recommendation-measure"),
    ("peers", "public-peers"),
    ("certainty", "public-certainty-heading"),
    ("method", "report-method-heading"),
];

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

/// What the robustness analysis says of one country, in plain sentences: the 90 % interval of
/// its rank over the rebuilds, and the chance of each tier it reached in any of them. Empty
/// when the analysis could not run. The HTML profile shows the same sentences.
pub fn certainty(site: &Site, unit: &PublishedUnit, lang: &str, labels: Labels) -> Vec<String> {
    let Ok(analysis) = site.robustness() else {
        return Vec::new();
    };
    let Some(r) = analysis.units.iter().find(|r| r.unit == unit.report.unit) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(rank) = r.nominal_rank {
        let (low, high) = (r.rank_p05.round() as i64, r.rank_p95.round() as i64);
        out.push(if low == high {
            labels(
                "public-certainty-rank-fixed",
                &[("rank", &rank.to_string())],
            )
        } else {
            labels(
                "public-certainty-rank",
                &[
                    ("rank", &rank.to_string()),
                    ("low", &low.to_string()),
                    ("high", &high.to_string()),
                ],
            )
        });
    }
    let tiers: Vec<String> = r
        .tiers
        .iter()
        .filter(|(_, p)| *p >= 0.005)
        .map(|(id, p)| {
            let label = site
                .framework
                .tiers
                .iter()
                .find(|t| &t.id == id)
                .map_or_else(|| id.clone(), |t| text(&t.label, lang).to_string());
            format!("{label} {:.0} %", p * 100.0)
        })
        .collect();
    if !tiers.is_empty() {
        out.push(labels(
            "public-certainty-tiers",
            &[("tiers", &tiers.join(", "))],
        ));
    }
    out
}

/// The text direction of `lang`: `rtl` for Arabic, else `ltr`.
pub(crate) fn direction(lang: &str) -> &'static str {
    if lang == "ar" { "rtl" } else { "ltr" }
}

/// The edition's name in `lang`, and the footer line of every page naming the edition, the
/// version, its date and the licence.
pub(crate) fn edition_and_source(site: &Site, lang: &str, labels: Labels) -> (String, String) {
    let results = &site.results;
    let edition = results.edition.name_in(lang).to_string();
    let date = results
        .publication
        .published_at
        .get(..10)
        .unwrap_or(&results.publication.published_at);
    let source = labels(
        "report-source",
        &[
            ("edition", &edition),
            ("version", &results.publication.version.to_string()),
            ("date", date),
            ("licence", &results.licence),
        ],
    );
    (edition, source)
}

/// The data of `unit`'s profile in `lang`.
pub fn profile(
    site: &Site,
    unit: &str,
    lang: &str,
    labels: Labels,
) -> Result<Profile, ReportError> {
    if !LANGUAGES.contains(&lang) {
        return Err(ReportError::UnknownLanguage(lang.to_string()));
    }
    let unit = site
        .unit(unit)
        .ok_or_else(|| ReportError::UnknownUnit(unit.to_string()))?;
    let fw = &site.framework;
    let code = unit.report.unit.clone();
    let name = country_name(&code, lang);
    let round = |x: Option<f64>| score_text(site, x.map(|v| fw.round(v)));
    let region = unit.groups.as_ref().map(|g| g.itu_region.clone());
    let pillars = site.pillars();
    let (region_means, world_means) = site.pillar_means_around(unit);
    let share = |x: Option<f64>, i: usize| {
        x.filter(|_| fw.nodes[i].max > 0.0)
            .map(|v| (v / fw.nodes[i].max).clamp(0.0, 1.0))
    };
    let pillar_rows = pillars
        .iter()
        .enumerate()
        .map(|(k, &i)| PillarRow {
            name: text(&fw.nodes[i].label, lang).to_string(),
            score: round(site.score(unit, i)),
            max: format!("{}", fw.nodes[i].max),
            region: round(region_means[k]),
            world: round(world_means[k]),
            share: share(site.score(unit, i), i),
            region_share: share(region_means[k], i),
            world_share: share(world_means[k], i),
        })
        .collect();
    let (strengths, growth) = site.areas(unit, 3);
    let areas = |list: Vec<cyberindex_publish::site::Area>| -> Vec<AreaRow> {
        list.into_iter()
            .map(|a| AreaRow {
                name: text(&fw.nodes[a.node].label, lang).to_string(),
                share: percent(a.share),
                world: percent(a.world),
            })
            .collect()
    };
    let recommendations = site
        .recommendations(unit, 10)
        .into_iter()
        .map(|r| {
            let q = &fw.questions[r.question];
            let has_action = !q.action.is_empty();
            RecommendationRow {
                action: text(if has_action { &q.action } else { &q.label }, lang).to_string(),
                question: has_action.then(|| text(&q.label, lang).to_string()),
                pillar: text(&fw.nodes[fw.pillar_of(q.parent)].label, lang).to_string(),
                gain: labels(
                    "public-recommendation-gain",
                    &[("gain", &format!("+{:.2}", r.gain))],
                ),
                points: labels(
                    "public-recommendation-points",
                    &[
                        ("points", &format!("{}", r.points)),
                        ("max", &format!("{}", r.max_points)),
                    ],
                ),
                peers: r
                    .peers
                    .iter()
                    .map(|peer| {
                        let reason = match peer.reason {
                            PeerReason::SameRegion => labels("public-peer-same-region", &[]),
                            PeerReason::NextTier => labels("public-peer-next-tier", &[]),
                        };
                        format!("{} ({reason})", country_name(peer.unit, lang))
                    })
                    .collect(),
            }
        })
        .collect();
    let (edition, source) = edition_and_source(site, lang, labels);
    let mut label_texts: std::collections::BTreeMap<&'static str, String> = LABELS
        .iter()
        .map(|(name, key)| (*name, labels(key, &[])))
        .collect();
    label_texts.insert("method_note", labels("report-method-note", &[]));
    label_texts.insert("uncovered", labels("report-missing-glyphs", &[]));
    Ok(Profile {
        lang: lang.to_string(),
        dir: direction(lang),
        title: labels("report-profile-title", &[("country", &name)]),
        source,
        edition,
        overall: score_text(site, unit.report.overall),
        max: format!("{}", fw.root().max),
        tier: site
            .tier_index(unit)
            .map_or_else(String::new, |t| text(&fw.tiers[t].label, lang).to_string()),
        rank: unit.report.rank.map_or_else(String::new, |r| {
            labels(
                "public-rank-of",
                &[
                    ("rank", &r.to_string()),
                    ("count", &site.ranked().to_string()),
                ],
            )
        }),
        region: region
            .as_deref()
            .map_or_else(String::new, |r| labels(&region_key(r), &[])),
        pillars: pillar_rows,
        strengths: areas(strengths),
        growth: areas(growth),
        recommendations,
        certainty: certainty(site, unit, lang, labels),
        uncovered: Vec::new(),
        labels: label_texts,
        name,
        code,
    })
}

/// `unit`'s published profile as a PDF in `lang` (one of [`LANGUAGES`]), with the words from
/// `labels` and the faces of `fonts`.
pub fn profile_pdf(
    site: &Site,
    unit: &str,
    lang: &str,
    labels: Labels,
    fonts: &Fonts,
) -> Result<Vec<u8>, ReportError> {
    let mut data = profile(site, unit, lang, labels)?;
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    data.uncovered = uncovered_list(fonts, &json);
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    typeset(TEMPLATE, json, fonts)
}

/// The characters of `text` no face of `fonts` has, as `U+XXXX c`.
pub(crate) fn uncovered_list(fonts: &Fonts, text: &str) -> Vec<String> {
    fonts
        .uncovered(text)
        .into_iter()
        .map(|c| format!("U+{:04X} {c}", c as u32))
        .collect()
}
