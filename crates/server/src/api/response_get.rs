//! `GET /api/v1/editions/{edition}/responses/{country}`: a country's response, every answer with
//! its version, the review decisions, the threads (and, for the secretariat, the reviewer-only
//! notes), and the provisional and official scores.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::{Answer, Evidence, Message, Review};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::answers::{self, Progress};
use crate::service::review::{self, Scores};
use crate::state::AppState;

/// A response with its answers, evidence and progress.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResponseDoc {
    pub edition: String,
    pub country: String,
    /// not-started, in-progress, submitted, in-review, returned or validated.
    pub status: String,
    /// The review round (1 at the first submission).
    pub round: i64,
    /// ISO date by which the country should answer the current round, once sent back.
    pub round_deadline: Option<String>,
    /// What the reviewers wrote to the country when they last sent the response back.
    pub round_message: Option<String>,
    /// Unix milliseconds.
    pub submitted_at: Option<i64>,
    /// Every stored answer. `version` must be sent back when changing it.
    #[schema(value_type = Vec<Object>)]
    pub answers: Vec<Answer>,
    #[schema(value_type = Vec<Object>)]
    pub evidence: Vec<Evidence>,
    pub progress: Progress,
    /// Every review decision, oldest first per question; the latest counts, for the answer
    /// version it names.
    #[schema(value_type = Vec<Object>)]
    pub reviews: Vec<Review>,
    /// Thread messages; reviewer-only notes (`internal`) only for the secretariat.
    #[schema(value_type = Vec<Object>)]
    pub messages: Vec<Message>,
    /// Questions asked whose current answer is not accepted yet.
    pub not_accepted: Vec<String>,
    pub scores: Scores,
}

#[utoipa::path(get, operation_id = "getResponse", path = "/api/v1/editions/{edition}/responses/{country}", tag = "responses",
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
    let read = signed
        .read_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let response = state.store.response(&edition, &country).await?;
    let answers_list = state.store.answers(&edition, &country).await?;
    let evidence = state.store.evidence(&edition, &country).await?;
    let progress = answers::progress(&framework, &answers_list, &evidence);
    let reviews = state.store.reviews(&edition, &country).await?;
    let messages = state
        .store
        .messages(&edition, &country, read.user.role.is_secretariat())
        .await?;
    Ok(Json(ResponseDoc {
        status: response.status.as_str().to_string(),
        round: response.round,
        round_deadline: response.round_deadline,
        round_message: response.round_message,
        submitted_at: response.submitted_at,
        not_accepted: review::blockers(&framework, &answers_list, &reviews),
        scores: review::scores(&framework, &answers_list, &reviews),
        reviews,
        messages,
        edition,
        country,
        answers: answers_list,
        evidence,
        progress,
    }))
}
