//! `POST /directory/checks/`: the secretariat starts a reachability check now or schedules it
//! (`due`, a UTC date and time), for a team, a country, a region or every team, with an answer
//! window in hours and an optional repeat interval in days. A check due now is sent at once, in
//! the background; the scheduler (`service/reach.rs`) sends the others when their time comes.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct CheckForm {
    /// `all`, `team`, `country` or `region`.
    #[serde(default)]
    pub scope: String,
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub region: String,
    /// Empty: now; else `YYYY-MM-DDTHH:MM` in UTC (an `<input type="datetime-local">`).
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub window_hours: String,
    #[serde(default)]
    pub repeat_days: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<CheckForm>,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let scope = match form.scope.as_str() {
        "all" => "all".to_string(),
        "team" => format!("team:{}", form.team.trim()),
        "country" => format!("country:{}", form.country.trim()),
        "region" => format!("region:{}", form.region.trim()),
        other => other.to_string(),
    };
    let scope = cyberindex_workflow::reach::Scope::read(&scope)?;
    let window_hours = form.window_hours.trim().parse::<i64>().map_err(|_| {
        AppError::from(cyberindex_workflow::WorkflowError::CheckWindow {
            max: cyberindex_workflow::reach::MAX_WINDOW_HOURS,
        })
    })?;
    let repeat_days = match form.repeat_days.trim() {
        "" => None,
        text => Some(text.parse::<i64>().map_err(|_| {
            AppError::from(cyberindex_workflow::WorkflowError::CheckRepeat {
                max: cyberindex_workflow::reach::MAX_REPEAT_DAYS,
            })
        })?),
    };
    let due_at =
        match form.due.trim() {
            "" => None,
            text => Some(crate::service::reach::read_due(text).ok_or_else(|| {
                AppError::bad("due", crate::msg!("check-error-due", value = text))
            })?),
        };
    let plan = cyberindex_workflow::reach::Plan {
        scope,
        due_at,
        window_hours,
        repeat_days,
    };
    let id = crate::service::reach::schedule(&state, plan, secretariat.0.id, false).await?;
    Ok(see_other(&format!("/directory/checks/{id}/")))
}
