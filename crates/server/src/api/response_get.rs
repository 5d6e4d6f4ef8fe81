//! `GET /api/v1/editions/{edition}/responses/{country}`: a country's response, every answer with
//! its version.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::{Answer, Evidence};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::answers::{self, Progress};
use crate::state::AppState;

/// A response with its answers, evidence and progress.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResponseDoc {
    pub edition: String,
    pub country: String,
    /// not-started, in-progress, submitted, in-review or validated.
    pub status: String,
    /// Unix milliseconds.
    pub submitted_at: Option<i64>,
    /// Every stored answer. `version` must be sent back when changing it.
    #[schema(value_type = Vec<Object>)]
    pub answers: Vec<Answer>,
    #[schema(value_type = Vec<Object>)]
    pub evidence: Vec<Evidence>,
    pub progress: Progress,
}

#[utoipa::path(get, path = "/api/v1/editions/{edition}/responses/{country}", tag = "responses",
    params(("edition" = String, Path, description = "Edition id"), ("country" = String, Path, description = "ISO 3166-1 alpha-3")),
    responses((status = 200, body = ResponseDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such response, or not visible to the caller", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Json<ResponseDoc>> {
    signed
        .read_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let response = state.store.response(&edition, &country).await?;
    let answers_list = state.store.answers(&edition, &country).await?;
    let evidence = state.store.evidence(&edition, &country).await?;
    let progress = answers::progress(&framework, &answers_list, &evidence);
    Ok(Json(ResponseDoc {
        edition,
        country,
        status: response.status.as_str().to_string(),
        submitted_at: response.submitted_at,
        answers: answers_list,
        evidence,
        progress,
    }))
}
