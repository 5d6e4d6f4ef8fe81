//! `PUT /api/v1/editions/{edition}/responses/{country}/answers/{question}`: saves one answer.
//! The body names the version it started from; a stale version gets 409 with the current answer.

use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::present::Saved;
use crate::service::answers;
use crate::state::AppState;

/// A change to an answer.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerPut {
    /// An option id (`"in-place"`), a list of option ids for multiple choice, a number, a text, a
    /// URL, a date (`YYYY-MM-DD`), or `null` to clear the answer.
    #[schema(value_type = Object)]
    pub value: serde_json::Value,
    #[serde(default)]
    pub comment: Option<String>,
    /// The version the change started from: 0 when there was no answer.
    pub version: i64,
}

#[utoipa::path(put, operation_id = "putAnswer", path = "/api/v1/editions/{edition}/responses/{country}/answers/{question}", tag = "responses",
    params(("edition" = String, Path), ("country" = String, Path), ("question" = String, Path, description = "Question id")),
    request_body = AnswerPut,
    responses((status = 200, description = "Saved; the new version", body = Saved),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "The caller may read but not change this response", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "`version` is stale (`error.current` holds the answer as it stands), or the response is submitted", body = crate::error::ErrorBody),
              (status = 422, description = "The value does not fit the question", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn put(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<AnswerPut>,
) -> AppResult<Json<Saved>> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    answers::limit_saves(&state, write.user.id)?;
    let framework = state.framework(&edition).await?;
    let text = answers::json_value_text(&body.value)?;
    let (_, value) = answers::check_value(&framework, &question, text.as_deref())?;
    let comment = body.comment.unwrap_or_default();
    cyberindex_workflow::limits::check_text("comment", &comment)?;
    let saved = write
        .save_answer(&state.store, &question, value, comment, body.version)
        .await?;
    let summary = state.store.answer_summary(&edition, &country).await?;
    Ok(Json(Saved {
        question,
        version: saved.version,
        value: saved.value,
        progress: answers::progress_summary(&framework, &summary),
    }))
}
