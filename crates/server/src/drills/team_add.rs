//! `POST /drills/{id}/teams`: the facilitator adds a directory team to a drill that has not
//! ended, with the scenario roles it plays (an inject addressed to a role goes to the teams
//! that play it) and its consent to offer its results as evidence in its next maturity
//! assessment. Adding a team again changes its roles and consent.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_workflow::drill::View;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    let mut team = "";
    let mut roles = Vec::new();
    let mut consent = false;
    for (k, v) in &form {
        match k.as_str() {
            "team" => team = v.trim(),
            "roles" => roles.extend(v.split(',').map(str::trim).filter(|r| !r.is_empty())),
            "consent" => consent = !v.is_empty(),
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("drill-error-team-field", field = other.to_string()),
                ));
            }
        }
    }
    if team.is_empty() {
        return Err(AppError::bad(
            "team",
            crate::msg!("drill-error-team-missing"),
        ));
    }
    let known = super::create::scenario_roles(&view.scenario);
    if let Some(role) = roles.iter().find(|r| !known.iter().any(|k| k == *r)) {
        return Err(AppError::bad(
            "roles",
            crate::msg!(
                "drill-error-team-role",
                role = role.to_string(),
                roles = known.join(", ")
            ),
        ));
    }
    console
        .add_team(&state.store, team, &roles, consent)
        .await?;
    state.drill_changed(id);
    Ok(see_other(&format!("/drills/{id}/#teams-h")))
}
