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

/// Reads `YYYY-MM-DDTHH:MM` (seconds allowed) as UTC milliseconds.
pub fn read_due(text: &str) -> Option<i64> {
    let text = text.trim();
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let with_seconds =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let t = time::PrimitiveDateTime::parse(text, &format)
        .or_else(|_| time::PrimitiveDateTime::parse(text, &with_seconds))
        .ok()?;
    Some(t.assume_utc().unix_timestamp() * 1000)
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
    let scope = cyberindex_workflow::reach::Scope::parse(&scope).ok_or_else(|| {
        AppError::from(cyberindex_workflow::WorkflowError::CheckScope {
            scope: scope.clone(),
        })
    })?;
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
            text => Some(read_due(text).ok_or_else(|| {
                AppError::bad("due", crate::msg!("check-error-due", value = text))
            })?),
        };
    let now = cyberindex_store::now_ms();
    let teams = crate::service::reach::all_teams(&state).await?;
    let id = cyberindex_workflow::reach::schedule(
        &state.store,
        &teams,
        &cyberindex_workflow::reach::Plan {
            scope,
            due_at,
            window_hours,
            repeat_days,
        },
        now,
        Some(secretariat.0.id),
    )
    .await?;
    if due_at.is_none_or(|at| at <= now) {
        let run = state.store.check_run(id).await?;
        let state = state.clone();
        tokio::spawn(async move {
            if let Err(e) = crate::service::reach::start(&state, &run).await {
                tracing::warn!(check = run.id, error = %e, "reachability check not started");
            }
        });
    }
    Ok(see_other(&format!("/directory/checks/{id}/")))
}
