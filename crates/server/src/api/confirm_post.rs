//! `POST /api/v1/editions/{edition}/responses/{country}/answers/{question}/confirm`: the country
//! confirms a pre-filled answer (carried forward, or drafted by the secretariat) as it stands.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::Answer;
use serde::Deserialize;

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmBody {
    /// The version of the pre-filled answer being confirmed.
    pub version: i64,
}

#[utoipa::path(post, operation_id = "confirmAnswer", path = "/api/v1/editions/{edition}/responses/{country}/answers/{question}/confirm", tag = "responses",
    params(("edition" = String, Path), ("country" = String, Path), ("question" = String, Path)),
    request_body = ConfirmBody,
    responses((status = 200, description = "Confirmed (outcome `confirmed`)", body = Object),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, description = "No such answer", body = crate::error::ErrorBody),
              (status = 409, description = "Stale version, or the response is not open", body = crate::error::ErrorBody),
              (status = 422, description = "Already confirmed", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<ConfirmBody>,
) -> AppResult<Json<Answer>> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    Ok(Json(
        write
            .confirm_answer(&state.store, &question, body.version)
            .await?,
    ))
}
