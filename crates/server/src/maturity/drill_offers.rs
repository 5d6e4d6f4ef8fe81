//! CyberDrill results offered as evidence on the assessment's page (issue 18, part 4): under
//! each parameter that an expectation of a finished drill is linked to, the team's result on
//! those expectations, if the team agreed to offer its results (`drill_teams.evidence_consent`).
//! Each offer is a one-click form for `evidence_add` with the team's copy of the drill's
//! after-action report as the address, dated the day the drill ended and valid for a year. An
//! offer already attached to the parameter (same address) is not offered again.

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
    pub url: String,
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
        let url = format!(
            "{}/drills/{}/report.pdf?team={team}",
            state.config.public_url.trim_end_matches('/'),
            drill.id
        );
        for (parameter, total) in
            cyberindex_workflow::drill::parameter_results(&scenario, team, &evaluations)
        {
            if evidence
                .iter()
                .any(|e| e.parameter == parameter && e.url.as_deref() == Some(url.as_str()))
            {
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
                url: url.clone(),
                expires: date(ended + 365 * 86_400_000),
                issued,
            });
        }
    }
    Ok(out)
}
