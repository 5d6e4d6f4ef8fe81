//! `GET /results/{edition}/v{n}/robustness/`: how much the published ranks and tiers depend on
//! the methodological assumptions: the audit verdicts, a rank-interval plot, tier probabilities
//! and the sensitivity chart, each with its table. The secretariat's page before publishing
//! (`web/robustness.rs`) shows the same view of the validated responses.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use cyberindex_publish::analysis::{Analysis, Assumption, LevelName, Spec};
use cyberindex_publish::svg::{self, RankInterval, SensitivityBar};
use serde::Deserialize;

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::present::country_name;
use crate::public::{Frame, Mode, Published};
use crate::state::AppState;
use crate::web::render;

#[derive(Debug)]
pub struct UnitRow {
    pub name: String,
    pub code: String,
    /// The country the chart is centred on.
    pub chosen: bool,
    pub nominal: String,
    pub median: String,
    pub interval: String,
    /// Probability of each tier, as percentages.
    pub tiers: Vec<String>,
}

#[derive(Debug)]
pub struct InputRow {
    /// What the assumption is, in plain words.
    pub label: String,
    /// The analysis's own name for it, for those who know the method.
    pub technical: String,
    pub first: String,
    pub total: String,
    pub converged: bool,
}

/// What both robustness pages show.
#[derive(Debug)]
pub struct RobustnessView {
    pub verdict: String,
    pub settings: String,
    /// Each assumption in plain words, with the analysis's own name for it.
    pub assumptions: Vec<(String, String)>,
    /// The countries of the chart: those ranked near the chosen one, or all.
    pub shown: usize,
    pub all: bool,
    /// Every ranked country, by name, for choosing the one to centre on.
    pub choices: Vec<(String, String, bool)>,
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

/// How many ranks either side of the chosen country the chart shows.
pub const NEAR: usize = 8;

/// Which countries the rank chart shows: those ranked near `country` (by default the first
/// ranked), or all of them.
#[derive(Debug, Default, Deserialize)]
pub struct Focus {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub all: Option<String>,
}

/// Each assumption of a spec in plain words, in the order of the analysis's labels.
pub fn plain_assumptions(spec: &Spec, tr: Tr) -> Vec<String> {
    let level = |l: &LevelName| {
        tr.t(match l {
            LevelName::Question => "robustness-level-question",
            LevelName::SubIndicator => "robustness-level-sub-indicator",
            LevelName::Indicator => "robustness-level-indicator",
            LevelName::Pillar => "robustness-level-pillar",
            LevelName::Index => "robustness-level-index",
        })
    };
    spec.assumptions
        .iter()
        .map(|a| match a {
            Assumption::Weights { level: l, noise } => tr.ta(
                "robustness-plain-weights",
                &[
                    ("level", &level(l)),
                    ("noise", &format!("{:.0}", noise * 100.0)),
                ],
            ),
            Assumption::Aggregation { level: l, options } => tr.ta(
                "robustness-plain-aggregation",
                &[
                    ("level", &level(l)),
                    (
                        "options",
                        &options
                            .iter()
                            .map(|o| tr.t(&format!("robustness-agg-{}", o.name())))
                            .collect::<Vec<_>>()
                            .join(" / "),
                    ),
                ],
            ),
            Assumption::Normalisation { options } => tr.ta(
                "robustness-plain-normalisation",
                &[("count", &options.len().to_string())],
            ),
            Assumption::Imputation { options } => tr.ta(
                "robustness-plain-imputation",
                &[(
                    "options",
                    &options
                        .iter()
                        .map(|o| tr.t(&format!("robustness-imp-{}", o.name().replace('_', "-"))))
                        .collect::<Vec<_>>()
                        .join(" / "),
                )],
            ),
            Assumption::Exclude { questions } => tr.ta(
                "robustness-plain-exclude",
                &[("count", &questions.len().to_string())],
            ),
            Assumption::Tiers { options } => tr.ta(
                "robustness-plain-tiers",
                &[("count", &options.len().saturating_sub(1).to_string())],
            ),
        })
        .collect()
}

/// Builds the view; `tier_label` names a tier id in the reader's language, `plain` says each
/// assumption in plain words (empty: the analysis's own names are shown), and `focus` picks the
/// countries of the rank chart.
pub fn view(
    analysis: &Analysis,
    tr: Tr,
    tier_label: impl Fn(&str) -> String,
    plain: &[String],
    focus: &Focus,
) -> RobustnessView {
    let mut ranked: Vec<&cyberindex_publish::analysis::UnitRobustness> = analysis
        .units
        .iter()
        .filter(|u| u.nominal_rank.is_some())
        .collect();
    ranked.sort_by_key(|u| (u.nominal_rank, u.unit.clone()));
    let all = focus.all.is_some();
    let centre = ranked
        .iter()
        .position(|u| u.unit.eq_ignore_ascii_case(focus.country.trim()))
        .unwrap_or(0);
    let window: &[&cyberindex_publish::analysis::UnitRobustness] = if all {
        &ranked
    } else {
        let start = centre.saturating_sub(NEAR);
        let end = (centre + NEAR + 1).min(ranked.len());
        &ranked[start..end]
    };
    let range = window
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), u| {
            (
                lo.min(u.rank_p05)
                    .min(f64::from(u.nominal_rank.unwrap_or(1))),
                hi.max(u.rank_p95)
                    .max(f64::from(u.nominal_rank.unwrap_or(1))),
            )
        });
    let range = if range.0.is_finite() {
        range
    } else {
        (1.0, 2.0)
    };
    let chosen_code = ranked
        .get(centre)
        .map(|u| u.unit.clone())
        .unwrap_or_default();
    let technical = |i: usize, fallback: &str| -> (String, String) {
        (
            plain
                .get(i)
                .cloned()
                .unwrap_or_else(|| fallback.to_string()),
            fallback.to_string(),
        )
    };
    let mut choices: Vec<(String, String, bool)> = ranked
        .iter()
        .map(|u| {
            (
                u.unit.clone(),
                country_name(tr, &u.unit),
                u.unit == chosen_code && !all,
            )
        })
        .collect();
    choices.sort_by(|a, b| a.1.cmp(&b.1));
    let intervals = svg::rank_intervals(
        &tr.t("robustness-intervals-title"),
        &window
            .iter()
            .map(|u| RankInterval {
                label: country_name(tr, &u.unit),
                nominal: f64::from(u.nominal_rank.unwrap_or(0)),
                median: u.median_rank,
                low: u.rank_p05,
                high: u.rank_p95,
            })
            .collect::<Vec<_>>(),
        range,
    );
    let sensitivity = svg::sensitivity(
        &tr.t("robustness-sensitivity-title"),
        &analysis
            .sensitivity
            .iter()
            .enumerate()
            .map(|(i, s)| SensitivityBar {
                label: technical(i, &s.input).0,
                first: (s.first_order.value, s.first_order.low, s.first_order.high),
                total: (s.total.value, s.total.low, s.total.high),
            })
            .collect::<Vec<_>>(),
        &tr.t("robustness-first-order"),
        &tr.t("robustness-total"),
    );
    let estimate = |e: &cyberindex_lab::sensitivity::Estimate| {
        format!(
            "{} [{}, {}]",
            svg::share(e.value),
            svg::share(e.low),
            svg::share(e.high)
        )
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
        assumptions: analysis
            .assumptions
            .iter()
            .enumerate()
            .map(|(i, a)| technical(i, a))
            .collect(),
        shown: window.len(),
        all,
        choices,
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
                chosen: u.unit == chosen_code && !all,
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
            .enumerate()
            .map(|(i, s)| InputRow {
                label: technical(i, &s.input).0,
                technical: s.input.clone(),
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

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool, focus: &Focus) -> RobustnessPage {
    let site = p.site;
    let frame = p.frame(
        tr,
        mode,
        demo,
        "robustness/",
        "robustness",
        format!(
            "{} · {}",
            super::isolate(site.results.edition.name_in(tr.lang)),
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
            view: Some(view(
                analysis,
                tr,
                tier_label,
                &plain_assumptions(&site.spec(), tr),
                focus,
            )),
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
    Query(focus): Query<Focus>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    loaded.robustness_ready().await?;
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
        &focus,
    ))
}
