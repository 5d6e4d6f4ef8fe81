//! `GET /editions/{edition}/robustness`: before publishing, the secretariat sees how robust the
//! ranks and tiers of the validated responses are to the methodological assumptions (the
//! framework's uncertainty spec), with the statistical coherence checks.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_lab::coherence::CoherenceReport;
use cyberindex_publish::analysis::{self, LEVELS};
use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::site::ROBUSTNESS_SETTINGS;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::public::robustness::{RobustnessView, view};
use crate::service::publish::validated;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug)]
pub struct ConsistencyRow {
    pub level: String,
    pub code: String,
    pub children: usize,
    pub alpha: String,
    pub pc1: String,
}

#[derive(Debug)]
pub struct EffectRow {
    pub code: String,
    pub weight: String,
    pub effect: String,
    pub r2: String,
}

#[derive(Debug)]
pub struct Checks {
    pub low_questions: Vec<String>,
    pub low_countries: Vec<String>,
    pub skewed: Vec<String>,
    pub collinear: Vec<String>,
    pub consistency: Vec<ConsistencyRow>,
    pub effects: Vec<EffectRow>,
}

#[derive(Debug, Template)]
#[template(path = "robustness.html")]
struct RobustnessPage {
    page: Page,
    frame_tr: Tr,
    edition_id: String,
    edition_name: String,
    countries: i64,
    view: Option<RobustnessView>,
    checks: Option<Checks>,
}

fn fixed(x: f64, d: usize) -> String {
    if x.is_finite() {
        format!("{x:.d$}")
    } else {
        "–".into()
    }
}

fn checks(report: &CoherenceReport, model: &analysis::Model, units: &[String]) -> Checks {
    let h = &model.hierarchy;
    let code = |level: usize, c: usize| h.levels[level].components[c].code.clone();
    Checks {
        low_questions: report
            .availability
            .low_indicators
            .iter()
            .map(|j| {
                format!(
                    "{} ({:.0} %)",
                    model.questions[*j],
                    report.availability.per_indicator[*j] * 100.0
                )
            })
            .collect(),
        low_countries: report
            .availability
            .low_units
            .iter()
            .map(|i| {
                format!(
                    "{} ({:.0} %)",
                    units[*i],
                    report.availability.per_unit[*i] * 100.0
                )
            })
            .collect(),
        skewed: report
            .distributions
            .iter()
            .filter(|d| d.outlier_rule_holds)
            .map(|d| {
                format!(
                    "{} (skew {:.1}, kurtosis {:.1})",
                    model.questions[d.indicator], d.skew, d.kurtosis
                )
            })
            .collect(),
        collinear: report
            .collinear
            .iter()
            .map(|c| {
                format!(
                    "{} ~ {} (r = {:.2})",
                    code(c.level, c.a),
                    code(c.level, c.b),
                    c.r
                )
            })
            .collect(),
        consistency: report
            .groups
            .iter()
            .filter(|g| g.level >= 1)
            .map(|g| ConsistencyRow {
                level: LEVELS[g.level.min(3)].to_string(),
                code: g.code.clone(),
                children: g.children,
                alpha: fixed(g.cronbach_alpha, 2),
                pc1: fixed(g.pc1_share * 100.0, 0),
            })
            .collect(),
        effects: report
            .main_effects
            .iter()
            .filter(|e| e.level == 2)
            .map(|e| EffectRow {
                code: e.code.clone(),
                weight: fixed(e.weight_share * 100.0, 0),
                effect: fixed(e.effect_share * 100.0, 0),
                r2: fixed(e.pearson_r2, 2),
            })
            .collect(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let staff = signed.secretariat()?;
    let stored = state.store.edition(&edition).await?;
    let framework = state.framework(&edition).await?;
    let (answers, _, countries) = validated(&state.store, &framework, &edition).await?;
    let page = Page::new(
        tr,
        Some(&staff.0),
        state.config.demo,
        &uri,
        tr.t("robustness-title"),
    );
    let (view, checks) = if countries >= 2 {
        let meta = cyberindex_publish::Meta {
            edition: EditionRef {
                id: edition.clone(),
                name: stored.name.clone(),
                names: stored.names.clone(),
            },
            publication: PublicationRef {
                version: 0,
                published_at: String::new(),
                change_note: String::new(),
            },
            licence: String::new(),
        };
        let csv = results::answers_csv(&meta, &framework, &answers);
        let file = results::read_answers(&framework, &csv)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("{}", e[0])))?;
        let framework = framework.clone();
        let plain_spec = analysis::default_spec(&framework);
        let analysed = tokio::task::spawn_blocking(move || {
            let mut spec = analysis::default_spec(&framework);
            spec.settings = ROBUSTNESS_SETTINGS;
            let (model, lab, labels) = spec.prepare(
                &framework,
                &file,
                |unit| {
                    cyberindex_answers::countries::by_alpha3(unit)
                        .map_or_else(String::new, |c| c.itu_region.clone())
                },
                None,
                None,
            )?;
            let result = analysis::analyse(&model, &lab, &labels, &spec.settings, true, &|_| {})
                .map_err(|e| e.to_string())?;
            let tiers: Vec<(String, cyberindex_engine::Texts)> = framework
                .tiers
                .iter()
                .map(|t| (t.id.clone(), t.label.clone()))
                .collect();
            let units: Vec<String> = file.units.iter().map(|u| u.unit.clone()).collect();
            Ok::<_, String>((result, model, tiers, units))
        })
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("robustness: {e}")))?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("robustness: {e}")))?;
        let (result, model, tiers, units) = analysed;
        let label = |id: &str| {
            tiers
                .iter()
                .find(|(t, _)| t == id)
                .map_or_else(|| id.to_string(), |(_, l)| tr.pick(l).to_string())
        };
        let checks = result.coherence.as_ref().map(|c| checks(c, &model, &units));
        let plain = crate::public::robustness::plain_assumptions(&plain_spec, tr);
        (
            Some(view(
                &result,
                tr,
                label,
                &plain,
                &crate::public::robustness::Focus {
                    country: String::new(),
                    all: Some(String::new()),
                },
            )),
            checks,
        )
    } else {
        (None, None)
    };
    render(&RobustnessPage {
        page,
        frame_tr: tr,
        edition_id: edition,
        edition_name: stored.name,
        countries,
        view,
        checks,
    })
}
