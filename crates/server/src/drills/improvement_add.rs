//! `POST /drills/{id}/improvements`: the facilitator adds an item to the drill's improvement
//! plan: the issue, the action, its owner and due date, the team it is for (or every team) and
//! the maturity parameter it serves. `POST /drills/{id}/improvements/{item}` changes one on
//! the version it was read at (`improvement_update.rs`).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::{ImprovementFields, RoadmapStatus};
use cyberindex_workflow::drill::View;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImprovementForm {
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub issue: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due_on: String,
    #[serde(default)]
    pub parameter: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub version: String,
}

impl ImprovementForm {
    /// The fields, checked against the drill: the team must take part in it and the parameter
    /// must be one the scenario's expectations name.
    pub fn fields(&self, view: &View, teams: &[String]) -> AppResult<ImprovementFields> {
        let team = Some(self.team.trim())
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        if let Some(t) = &team
            && !teams.contains(t)
        {
            return Err(AppError::bad(
                "team",
                crate::msg!("drill-error-improvement-team", team = t.clone()),
            ));
        }
        let parameter = Some(self.parameter.trim())
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        if let Some(p) = &parameter {
            let known = parameters(view);
            if !known.contains(p) {
                return Err(AppError::bad(
                    "parameter",
                    crate::msg!(
                        "drill-error-improvement-parameter",
                        parameter = p.clone(),
                        parameters = known.join(", ")
                    ),
                ));
            }
        }
        let status = match self.status.trim() {
            "" => RoadmapStatus::Open,
            s => RoadmapStatus::parse(s).ok_or_else(|| {
                AppError::bad("status", crate::msg!("maturity-error-roadmap-status"))
            })?,
        };
        Ok(ImprovementFields {
            team_id: team,
            issue: self.issue.clone(),
            action: self.action.clone(),
            owner: self.owner.trim().to_string(),
            due_on: Some(self.due_on.trim())
                .filter(|d| !d.is_empty())
                .map(str::to_string),
            parameter,
            status,
        })
    }
}

/// The maturity parameters the scenario's expectations are linked to, sorted.
pub fn parameters(view: &View) -> Vec<String> {
    let mut out: Vec<String> = view
        .scenario
        .injects
        .iter()
        .flat_map(|i| i.expectations.iter())
        .flat_map(|e| e.parameters.iter().cloned())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The ids of the drill's teams.
pub async fn team_ids(state: &AppState, view: &View) -> AppResult<Vec<String>> {
    Ok(view
        .teams(&state.store)
        .await?
        .into_iter()
        .map(|t| t.team_id)
        .collect())
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ImprovementForm>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    let teams = team_ids(&state, &view).await?;
    let fields = form.fields(&view, &teams)?;
    let item = console.add_improvement(&state.store, &fields).await?;
    state.drill_changed_for(id, Vec::new());
    Ok(see_other(&format!("/drills/{id}/#improvement-{}", item.id)))
}
