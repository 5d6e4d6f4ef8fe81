//! CyberDrill results offered as evidence on the assessment's page (issue 18, part 4): under
//! each parameter that an expectation of a finished drill is linked to, the team's result on
//! those expectations, if the team agreed to offer its results (`drill_teams.evidence_consent`).
//! Each offer is a one-click form for `drill_evidence.rs`, which attaches the team's copy of the
//! drill's after-action report as a file, dated the day the drill ended and valid for a year. A
//! drill whose report is already attached to the parameter is not offered again.

use std::collections::BTreeMap;

use cyberindex_store::{DrillStatus, MaturityEvidence};

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

/// The framework whose parameter ids the scenarios link to (SIM3's, in `cirt-maturity`).
pub const FRAMEWORK: &str = "cirt-maturity";

/// One drill result offered as evidence.
#[derive(Debug, Clone)]
pub struct Offer {
    /// Unique on the page (`{drill}`), for the form's id.
    pub drill: i64,
    pub label: String,
    pub title: String,
    pub issued: String,
    pub expires: String,
}

fn date(ms: i64) -> String {
    crate::present::iso(ms)
        .get(..10)
        .unwrap_or_default()
        .to_string()
}

/// The offers under each parameter, for team `team`'s assessment of framework `framework`.
pub async fn offers(
    state: &AppState,
    tr: Tr,
    framework: &str,
    team: &str,
    evidence: &[MaturityEvidence],
) -> AppResult<BTreeMap<String, Vec<Offer>>> {
    let mut out: BTreeMap<String, Vec<Offer>> = BTreeMap::new();
    if framework != FRAMEWORK {
        return Ok(out);
    }
    let store = &state.store;
    for drill in store.drills().await? {
        if !matches!(drill.status, DrillStatus::Ended | DrillStatus::Reported) {
            continue;
        }
        let Some(ended) = drill.ended_at else {
            continue;
        };
        let consented = store
            .drill_teams(drill.id)
            .await?
            .iter()
            .any(|t| t.team_id == team && t.evidence_consent);
        if !consented {
            continue;
        }
        let stored = store
            .scenario(&drill.scenario_id, &drill.scenario_version)
            .await?;
        let scenario = cyberindex_workflow::drill::scenario_of(&stored)?;
        let evaluations = store.drill_evaluations(drill.id, Some(team)).await?;
        let stem = crate::drills::report_stem(drill.id, Some(team));
        for (parameter, total) in
            cyberindex_workflow::drill::parameter_results(&scenario, team, &evaluations)
        {
            if evidence.iter().any(|e| {
                e.parameter == parameter
                    && e.file_name.as_deref().is_some_and(|n| n.starts_with(&stem))
            }) {
                continue;
            }
            let issued = date(ended);
            let args = [
                ("drill", drill.title.as_str()),
                ("date", issued.as_str()),
                ("score", &format!("{:.0}", total.score)),
                ("target", &format!("{:.0}", total.target)),
                ("count", &total.evaluated.to_string()),
            ];
            out.entry(parameter).or_default().push(Offer {
                drill: drill.id,
                label: tr.ta("maturity-drill-offer", &args),
                title: tr.ta("maturity-drill-evidence-title", &args),
                expires: date(ended + 365 * 86_400_000),
                issued,
            });
        }
    }
    Ok(out)
}
