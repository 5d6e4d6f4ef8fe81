//! `POST /api/v1/editions/{edition}/responses/{country}/return`: sends the response back to the
//! country, opening a new round with a deadline.

use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;

use crate::api::ApiJson;
use crate::api::submit_post::Submitted;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::review;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReturnBody {
    /// ISO date (YYYY-MM-DD), today or later.
    pub deadline: String,
    /// A message to the country, kept in the audit trail.
    #[serde(default)]
    pub message: String,
}

#[utoipa::path(post, operation_id = "returnResponse", path = "/api/v1/editions/{edition}/responses/{country}/return", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path)),
    request_body = ReturnBody,
    responses((status = 200, description = "Sent back: status `returned`, a new round", body = Submitted),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "Not under review, or no question asks for action", body = crate::error::ErrorBody),
              (status = 422, description = "Bad deadline", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    ApiJson(body): ApiJson<ReturnBody>,
) -> AppResult<Json<Submitted>> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let response = review::send_back(&state, &scope, &body.deadline, &body.message).await?;
    Ok(Json(Submitted::of(response)))
}
