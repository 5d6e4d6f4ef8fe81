//! `GET /results/{edition}/v{n}/countries/{country}/`: a country's profile: overall score, tier
//! and rank; pillar bars and a radar against its region and the world; areas of relative
//! strength and of potential growth; computed recommendations with peers to learn from; the
//! indicator table; the evidence it made public; and its history across published editions.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_engine::NodeKind;
use cyberindex_publish::Site;
use cyberindex_publish::results::{PublicEvidence, PublishedUnit};
use cyberindex_publish::site::PeerReason;
use cyberindex_store::PublicationMeta;

use crate::error::{AppError, AppResult};
use crate::i18n::{Bidi, Tr};
use crate::public::{Frame, Mode, Published, region_name, score_text, tier_label, unit_name};
use crate::state::AppState;
use crate::web::render;

#[derive(Debug)]
pub struct PillarRow {
    pub name: String,
    pub score: String,
    pub max: String,
    pub region: String,
    pub world: String,
}

#[derive(Debug)]
pub struct AreaRow {
    pub name: Bidi,
    pub share: String,
    pub world: String,
}

#[derive(Debug)]
pub struct Link {
    pub href: String,
    pub text: String,
    pub external: bool,
    /// For a published file: the name to save it under (the `download` attribute).
    pub download: Option<String>,
}

#[derive(Debug)]
pub struct PeerView {
    pub name: String,
    pub href: String,
    pub reason: String,
    pub evidence: Vec<Link>,
}

#[derive(Debug)]
pub struct RecommendationView {
    /// What to do: the question's `action`, or its label when the framework has none.
    pub action: Bidi,
    /// The measure, as asked (shown under the action when the action exists).
    pub question: Option<Bidi>,
    pub pillar: Bidi,
    pub points: String,
    pub gain: String,
    pub peers: Vec<PeerView>,
}

#[derive(Debug)]
pub struct IndicatorRow {
    pub name: Bidi,
    /// 0 for pillars, 1 for indicators, 2 for sub-indicators.
    pub depth: u8,
    pub score: String,
    pub max: String,
    pub answered: u32,
    pub missing: u32,
}

#[derive(Debug)]
pub struct EvidenceRow {
    pub question: Bidi,
    pub link: Link,
}

/// One published edition in which the country appears.
#[derive(Debug, Clone)]
pub struct HistoryRow {
    pub edition: String,
    pub version: i64,
    pub href: String,
    pub score: String,
    pub tier: String,
    pub rank: String,
    pub current: bool,
}

#[derive(Debug, Template)]
#[template(path = "public/profile.html")]
pub struct ProfilePage {
    pub frame: Frame,
    pub name: String,
    pub code: String,
    pub overall: String,
    pub max: String,
    pub tier: String,
    pub rank: String,
    pub region: String,
    pub answered: u32,
    pub missing: u32,
    pub bars: String,
    pub radar: String,
    pub bars_tools: super::charts::Tools,
    pub radar_tools: super::charts::Tools,
    pub pillars: Vec<PillarRow>,
    pub strengths: Vec<AreaRow>,
    pub growth: Vec<AreaRow>,
    pub recommendations: Vec<RecommendationView>,
    pub indicators: Vec<IndicatorRow>,
    pub evidence: Vec<EvidenceRow>,
    pub history: Vec<HistoryRow>,
    /// The robustness of the rank and tier, in plain sentences (empty when the analysis could
    /// not run).
    pub certainty: Vec<String>,
    /// The link to this profile as PDF: on the server only (the static export has no PDFs yet).
    pub pdf: Option<String>,
}

/// What the robustness analysis says of one country, in plain sentences: the 90 % interval of
/// its rank over the rebuilds, and the chance of each tier it reached in any of them (the same
/// sentences as the PDF profile's).
pub fn certainty(site: &cyberindex_publish::Site, tr: Tr, unit: &PublishedUnit) -> Vec<String> {
    cyberindex_report::certainty(site, unit, tr.lang, &|key, args| tr.ta(key, args))
}

fn percent(x: f64) -> String {
    format!("{:.0} %", x * 100.0)
}

fn evidence_link(data_dir: &str, e: &PublicEvidence) -> Link {
    match &e.url {
        Some(url) => Link {
            href: url.clone(),
            text: e.title.clone(),
            external: true,
            download: None,
        },
        None => Link {
            href: format!("{data_dir}{}", e.href()),
            text: e.title.clone(),
            external: false,
            download: e.download_name(),
        },
    }
}

/// The rows of the history table for `country`, from the latest version of every published
/// edition (`editions`: newest first), linked from a profile page at depth 4 below the root.
pub fn history(
    editions: &[(&PublicationMeta, &Site)],
    country: &str,
    current: &PublicationMeta,
    tr: Tr,
) -> Vec<HistoryRow> {
    editions
        .iter()
        .filter_map(|(meta, site)| {
            let u = site.unit(country)?;
            Some(HistoryRow {
                edition: site.results.edition.name_in(tr.lang).to_string(),
                version: meta.version,
                href: format!(
                    "../../../../{}/v{}/countries/{country}/",
                    meta.edition, meta.version
                ),
                score: format!(
                    "{} / {}",
                    score_text(site, u.report.overall),
                    site.framework.root().max
                ),
                tier: tier_label(site, tr, site.tier_index(u)),
                rank: u.report.rank.map_or_else(String::new, |r| r.to_string()),
                current: meta.edition == current.edition && meta.version == current.version,
            })
        })
        .collect()
}

pub fn page(
    p: &Published,
    tr: Tr,
    mode: Mode,
    demo: bool,
    unit: &PublishedUnit,
    history: Vec<HistoryRow>,
) -> ProfilePage {
    let site = p.site;
    let code = unit.report.unit.clone();
    let name = unit_name(tr, unit);
    let sub = format!("countries/{code}/");
    let frame = p.frame(
        tr,
        mode,
        demo,
        &sub,
        "",
        format!(
            "{name} · {}",
            super::isolate(site.results.edition.name_in(tr.lang))
        ),
    );
    let data_dir = p.data_dir(&sub);
    let round = |x: Option<f64>| score_text(site, x.map(|v| site.framework.round(v)));
    let region = unit.groups.as_ref().map(|g| g.itu_region.clone());
    let pillars = site.pillars();
    let (region_means, world_means) = site.pillar_means_around(unit);
    let pillar_rows: Vec<PillarRow> = pillars
        .iter()
        .enumerate()
        .map(|(k, i)| PillarRow {
            name: tr.pick(&site.framework.nodes[*i].label).to_string(),
            score: round(site.score(unit, *i)),
            max: format!("{}", site.framework.nodes[*i].max),
            region: round(region_means[k]),
            world: round(world_means[k]),
        })
        .collect();
    let bars = super::charts::pillars(site, tr, unit).svg;
    let radar = super::charts::radar(site, tr, unit).svg;
    let base = "../".repeat(sub.matches('/').count());
    let bars_tools = super::charts::Tools::new(format!("pillars-{code}"), &base, mode);
    let radar_tools = super::charts::Tools::new(format!("radar-{code}"), &base, mode);
    let (strengths, growth) = site.areas(unit, 3);
    let area_rows = |list: Vec<cyberindex_publish::site::Area>| -> Vec<AreaRow> {
        list.into_iter()
            .map(|a| AreaRow {
                name: tr.bidi(&site.framework.nodes[a.node].label),
                share: percent(a.share),
                world: percent(a.world),
            })
            .collect()
    };
    let recommendations = site
        .recommendations(unit, 10)
        .into_iter()
        .map(|r| {
            let q = &site.framework.questions[r.question];
            RecommendationView {
                action: if q.action.is_empty() {
                    tr.bidi(&q.label)
                } else {
                    tr.bidi(&q.action)
                },
                question: (!q.action.is_empty()).then(|| tr.bidi(&q.label)),
                pillar: tr.bidi(&site.framework.nodes[site.framework.pillar_of(q.parent)].label),
                points: tr.ta(
                    "public-recommendation-points",
                    &[
                        ("points", &format!("{}", r.points)),
                        ("max", &format!("{}", r.max_points)),
                    ],
                ),
                gain: tr.ta(
                    "public-recommendation-gain",
                    &[("gain", &format!("+{:.2}", r.gain))],
                ),
                peers: r
                    .peers
                    .iter()
                    .map(|peer| PeerView {
                        name: cyberindex_answers::countries::by_alpha3(peer.unit)
                            .map_or_else(|| peer.unit.to_string(), |c| c.name(tr.lang).to_string()),
                        href: format!("../{}/", peer.unit),
                        reason: match peer.reason {
                            PeerReason::SameRegion => tr.t("public-peer-same-region"),
                            PeerReason::NextTier => tr.t("public-peer-next-tier"),
                        },
                        evidence: peer
                            .evidence
                            .iter()
                            .map(|e| evidence_link(&data_dir, e))
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    let indicators = site
        .framework
        .nodes
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, n)| IndicatorRow {
            name: tr.bidi(&n.label),
            depth: match n.kind {
                NodeKind::Pillar | NodeKind::Framework => 0,
                NodeKind::Indicator => 1,
                NodeKind::SubIndicator => 2,
            },
            score: round(site.score(unit, i)),
            max: format!("{}", n.max),
            answered: unit.report.nodes[i - 1].answered,
            missing: unit.report.nodes[i - 1].missing,
        })
        .collect();
    let evidence = site
        .evidence_of(&code)
        .into_iter()
        .map(|e| EvidenceRow {
            question: site.framework.question_index(&e.question).map_or_else(
                || Bidi::new(e.question.clone(), false),
                |q| tr.bidi(&site.framework.questions[q].label),
            ),
            link: evidence_link(&data_dir, e),
        })
        .collect();
    ProfilePage {
        bars_tools,
        radar_tools,
        certainty: certainty(site, tr, unit),
        pdf: Some("profile.pdf".to_string()),
        overall: score_text(site, unit.report.overall),
        max: format!("{}", site.framework.root().max),
        tier: tier_label(site, tr, site.tier_index(unit)),
        rank: unit.report.rank.map_or_else(String::new, |r| {
            tr.ta(
                "public-rank-of",
                &[
                    ("rank", &r.to_string()),
                    ("count", &site.ranked().to_string()),
                ],
            )
        }),
        region: region
            .as_deref()
            .map_or_else(String::new, |r| region_name(tr, r)),
        answered: unit.report.answered,
        missing: unit.report.missing,
        bars,
        radar,
        pillars: pillar_rows,
        strengths: area_rows(strengths),
        growth: area_rows(growth),
        recommendations,
        indicators,
        evidence,
        history,
        name,
        code,
        frame,
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version, country)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let unit = loaded.site.unit(&country).ok_or(AppError::NotFound)?;
    // The profile's certainty sentences need the robustness analysis.
    loaded.robustness_ready().await?;
    let mut latest: Vec<PublicationMeta> = Vec::new();
    for meta in state.store.publications(None).await? {
        if !latest.iter().any(|m| m.edition == meta.edition) {
            latest.push(meta);
        }
    }
    let mut sites = Vec::new();
    for meta in &latest {
        sites.push(crate::service::publish::site(&state, &meta.edition, meta.version).await?);
    }
    let editions: Vec<(&PublicationMeta, &Site)> = latest
        .iter()
        .zip(sites.iter().map(|s| s.as_ref()))
        .collect();
    let history = history(&editions, &country, &loaded.meta, tr);
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
        unit,
        history,
    ))
}
