//! `POST /api/v1/editions/{edition}/responses/{country}/reopen`: a secretariat administrator
//! reopens a validated response for review, with a reason kept in the audit trail.

use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;

use crate::api::ApiJson;
use crate::api::submit_post::Submitted;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReopenBody {
    /// Why the validated response is reopened.
    pub reason: String,
}

#[utoipa::path(post, operation_id = "reopenResponse", path = "/api/v1/editions/{edition}/responses/{country}/reopen", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path)),
    request_body = ReopenBody,
    responses((status = 200, description = "Back in review", body = Submitted),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "Not validated", body = crate::error::ErrorBody),
              (status = 422, description = "No reason", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    ApiJson(body): ApiJson<ReopenBody>,
) -> AppResult<Json<Submitted>> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let response = crate::service::review::reopen(&state, &scope, &body.reason).await?;
    Ok(Json(Submitted::of(response)))
}
