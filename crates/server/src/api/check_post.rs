//! `POST /api/v1/directory/checks`: the secretariat schedules a reachability check (`scope`:
//! `all`, `team:ID`, `country:ISO3` or `region:NAME`), sent at once when `due_at` is left out
//! or past, else by the scheduler when its time comes. Audited.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckBody {
    /// `all`, `team:ID`, `country:ISO3` or `region:NAME` (an ITU region).
    pub scope: String,
    /// When to send: RFC 3339, or `YYYY-MM-DDTHH:MM` read as UTC; leave it out to send now.
    #[serde(default)]
    pub due_at: Option<String>,
    /// Hours the teams have to answer before an answer counts as late (1 to 720).
    #[serde(default = "default_window")]
    pub window_hours: i64,
    /// Schedule the next check this many days after this one starts (1 to 366).
    #[serde(default)]
    pub repeat_days: Option<i64>,
}

fn default_window() -> i64 {
    24
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CheckCreated {
    pub id: i64,
    /// Where its results are: `GET /api/v1/directory/checks?run={id}`.
    pub results: String,
}

#[utoipa::path(post, operation_id = "postCheck", path = "/api/v1/directory/checks", tag = "directory",
    request_body = CheckBody,
    responses((status = 201, description = "Scheduled (and sent, when due now)", body = CheckCreated),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not the secretariat", body = crate::error::ErrorBody),
              (status = 422, description = "Unknown scope, no e-mail channel in it, or a window, repeat or time out of bounds", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    ApiJson(body): ApiJson<CheckBody>,
) -> AppResult<(StatusCode, Json<CheckCreated>)> {
    let secretariat = signed.secretariat()?;
    let scope = cyberindex_workflow::reach::Scope::read(&body.scope)?;
    let due_at = match &body.due_at {
        None => None,
        Some(text) => Some(crate::service::reach::read_due(text).ok_or_else(|| {
            AppError::bad("due_at", crate::msg!("check-error-due", value = text))
        })?),
    };
    let plan = cyberindex_workflow::reach::Plan {
        scope,
        due_at,
        window_hours: body.window_hours,
        repeat_days: body.repeat_days,
    };
    let id = crate::service::reach::schedule(&state, plan, secretariat.0.id, true).await?;
    Ok((
        StatusCode::CREATED,
        Json(CheckCreated {
            id,
            results: format!("/api/v1/directory/checks?run={id}"),
        }),
    ))
}
