//! `GET /results/{edition}/v{n}/robustness/`: how much the published ranks and tiers depend on
//! the methodological assumptions: the audit verdicts, a rank-interval plot, tier probabilities
//! and the sensitivity chart, each with its table. The secretariat's page before publishing
//! (`web/robustness.rs`) shows the same view of the validated responses.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_publish::analysis::Analysis;
use cyberindex_publish::svg::{self, RankInterval, SensitivityBar};

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::present::country_name;
use crate::public::{Frame, Mode, Published};
use crate::state::AppState;
use crate::web::render;

#[derive(Debug)]
pub struct UnitRow {
    pub name: String,
    pub code: String,
    pub nominal: String,
    pub median: String,
    pub interval: String,
    /// Probability of each tier, as percentages.
    pub tiers: Vec<String>,
}

#[derive(Debug)]
pub struct InputRow {
    pub label: String,
    pub first: String,
    pub total: String,
    pub converged: bool,
}

/// What both robustness pages show.
#[derive(Debug)]
pub struct RobustnessView {
    pub verdict: String,
    pub settings: String,
    pub assumptions: Vec<String>,
    pub notes: Vec<String>,
    pub intervals: String,
    pub sensitivity: String,
    pub tiers: Vec<String>,
    pub units: Vec<UnitRow>,
    pub inputs: Vec<InputRow>,
    pub converged: bool,
}

fn rank(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// Builds the view; `tier_label` names a tier id in the reader's language.
pub fn view(analysis: &Analysis, tr: Tr, tier_label: impl Fn(&str) -> String) -> RobustnessView {
    let mut ranked: Vec<&cyberindex_publish::analysis::UnitRobustness> = analysis
        .units
        .iter()
        .filter(|u| u.nominal_rank.is_some())
        .collect();
    ranked.sort_by_key(|u| (u.nominal_rank, u.unit.clone()));
    let count = ranked.len() as f64;
    let intervals = svg::rank_intervals(
        &tr.t("robustness-intervals-title"),
        &ranked
            .iter()
            .map(|u| RankInterval {
                label: country_name(tr, &u.unit),
                nominal: f64::from(u.nominal_rank.unwrap_or(0)),
                median: u.median_rank,
                low: u.rank_p05,
                high: u.rank_p95,
            })
            .collect::<Vec<_>>(),
        count.max(2.0),
    );
    let sensitivity = svg::sensitivity(
        &tr.t("robustness-sensitivity-title"),
        &analysis
            .sensitivity
            .iter()
            .map(|s| SensitivityBar {
                label: s.input.clone(),
                first: (s.first_order.value, s.first_order.low, s.first_order.high),
                total: (s.total.value, s.total.low, s.total.high),
            })
            .collect::<Vec<_>>(),
        &tr.t("robustness-first-order"),
        &tr.t("robustness-total"),
    );
    let estimate = |e: &cyberindex_lab::sensitivity::Estimate| {
        format!("{:.2} [{:.2}, {:.2}]", e.value, e.low, e.high)
    };
    RobustnessView {
        verdict: tr.ta(
            "robustness-verdict",
            &[
                ("share", &format!("{:.0}", analysis.share_within_3 * 100.0)),
                ("shift", &format!("{:.1}", analysis.mean_abs_rank_shift)),
            ],
        ),
        settings: tr.ta(
            "robustness-settings",
            &[
                ("runs", &analysis.settings.runs.to_string()),
                (
                    "samples",
                    &analysis.settings.sensitivity_samples.to_string(),
                ),
                ("seed", &analysis.settings.seed.to_string()),
            ],
        ),
        assumptions: analysis.assumptions.clone(),
        notes: analysis.notes.clone(),
        intervals,
        sensitivity,
        tiers: analysis
            .units
            .first()
            .map(|u| u.tiers.iter().map(|(t, _)| tier_label(t)).collect())
            .unwrap_or_default(),
        units: ranked
            .iter()
            .map(|u| UnitRow {
                name: country_name(tr, &u.unit),
                code: u.unit.clone(),
                nominal: u.nominal_rank.map_or_else(String::new, |r| r.to_string()),
                median: rank(u.median_rank),
                interval: format!("{}–{}", rank(u.rank_p05), rank(u.rank_p95)),
                tiers: u
                    .tiers
                    .iter()
                    .map(|(_, p)| format!("{:.0} %", p * 100.0))
                    .collect(),
            })
            .collect(),
        inputs: analysis
            .sensitivity
            .iter()
            .map(|s| InputRow {
                label: s.input.clone(),
                first: estimate(&s.first_order),
                total: estimate(&s.total),
                converged: s.first_order.converged && s.total.converged,
            })
            .collect(),
        converged: analysis.converged,
    }
}

#[derive(Debug, Template)]
#[template(path = "public/robustness.html")]
pub struct RobustnessPage {
    pub frame: Frame,
    pub view: Option<RobustnessView>,
    pub error: String,
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool) -> RobustnessPage {
    let site = p.site;
    let frame = p.frame(
        tr,
        mode,
        demo,
        "robustness/",
        "robustness",
        format!(
            "{} · {}",
            site.results.edition.name_in(tr.lang),
            tr.t("robustness-title")
        ),
    );
    let tier_label = |id: &str| {
        site.framework
            .tiers
            .iter()
            .find(|t| t.id == id)
            .map_or_else(|| id.to_string(), |t| tr.pick(&t.label).to_string())
    };
    match site.robustness() {
        Ok(analysis) => RobustnessPage {
            view: Some(view(analysis, tr, tier_label)),
            error: String::new(),
            frame,
        },
        Err(e) => RobustnessPage {
            view: None,
            error: e.clone(),
            frame,
        },
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    // The first reader of a publication computes its robustness (about a second); others wait
    // for it, off the async workers.
    let site = loaded.site.clone();
    tokio::task::spawn_blocking(move || {
        let _ = site.robustness();
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("robustness: {e}")))?;
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
    ))
}
