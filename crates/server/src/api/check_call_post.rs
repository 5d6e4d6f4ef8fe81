//! `POST /api/v1/directory/checks/calls/{ping}`: the secretariat records a call of a check's
//! telephone channel, answered or not, with an optional note, as the check page's form does
//! (`directory/check_call.rs`). A call already answered, or a message that is not a call, is
//! 409 and changes nothing. Audited (`check.call`).

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CallBody {
    /// Whether someone answered.
    pub answered: bool,
    /// What the caller noted (at most 1,000 characters).
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CallRecorded {
    pub id: i64,
    /// The check it belongs to.
    pub run: i64,
    /// `acknowledged`, `late` or `no_reply`.
    pub outcome: String,
}

#[utoipa::path(post, operation_id = "postCheckCall", path = "/api/v1/directory/checks/calls/{ping}", tag = "directory",
    params(("ping" = i64, Path, description = "The call's id (`id` in the check's results)")),
    request_body = CallBody,
    responses((status = 200, description = "Recorded", body = CallRecorded),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not the secretariat", body = crate::error::ErrorBody),
              (status = 404, description = "No such message", body = crate::error::ErrorBody),
              (status = 409, description = "Already answered, or not a call", body = crate::error::ErrorBody),
              (status = 422, description = "The note is too long", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(ping): Path<i64>,
    ApiJson(body): ApiJson<CallBody>,
) -> AppResult<Json<CallRecorded>> {
    let secretariat = signed.secretariat()?;
    let p = cyberindex_workflow::reach::record_call(
        &state.store,
        ping,
        None,
        body.answered,
        &body.note,
        Some(secretariat.0.id),
    )
    .await?;
    let outcome = crate::directory::message_of(&p).outcome(cyberindex_store::now_ms());
    Ok(Json(CallRecorded {
        id: p.id,
        run: p.run_id,
        outcome: outcome.as_str().to_string(),
    }))
}
