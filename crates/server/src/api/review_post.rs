//! `POST /api/v1/editions/{edition}/responses/{country}/answers/{question}/review`: a reviewer's
//! decision on one answer.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::Review;
use serde::Deserialize;

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::review::read_decision;
use crate::state::AppState;

/// A decision. `comment` is required for `clarify` and `reject`; `proposed_value` only with
/// `reject`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    /// accept, clarify or reject.
    pub decision: String,
    #[serde(default)]
    pub comment: String,
    /// The value the reviewer proposes, as an answer would be written.
    #[serde(default)]
    #[schema(value_type = Option<Object>)]
    pub proposed_value: Option<serde_json::Value>,
}

#[utoipa::path(post, operation_id = "reviewAnswer", path = "/api/v1/editions/{edition}/responses/{country}/answers/{question}/review", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path), ("question" = String, Path)),
    request_body = DecisionBody,
    responses((status = 200, description = "The decision recorded", body = Object),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not the secretariat", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "The response is not under review", body = crate::error::ErrorBody),
              (status = 422, description = "Unknown decision, missing comment or invalid proposed value", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> AppResult<Json<Review>> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let proposed = match &body.proposed_value {
        Some(v) => crate::service::answers::json_value_text(v)?,
        None => None,
    };
    let (decision, proposed) = read_decision(
        &framework,
        &question,
        &body.decision,
        &body.comment,
        proposed.as_deref(),
    )?;
    let review = crate::service::review::decide(
        &state,
        &scope,
        &question,
        decision,
        &body.comment,
        proposed.as_deref(),
    )
    .await?;
    Ok(Json(review))
}
