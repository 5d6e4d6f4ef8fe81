//! `PUT /api/v1/editions/{edition}/responses/{country}/answers/{question}/draft`: desk research.
//! The secretariat drafts an answer from public sources for a country that has not submitted;
//! the comment names the source. The country then confirms or corrects it.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::Answer;

use crate::api::ApiJson;
use crate::api::answer_put::AnswerPut;
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::answers;
use crate::state::AppState;

#[utoipa::path(put, operation_id = "draftAnswer", path = "/api/v1/editions/{edition}/responses/{country}/answers/{question}/draft", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path), ("question" = String, Path)),
    request_body = AnswerPut,
    responses((status = 200, description = "The draft (provenance `secretariat`, unconfirmed)", body = Object),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not the secretariat", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "Stale version, or the response was submitted", body = crate::error::ErrorBody),
              (status = 422, description = "Bad value, or no source named in the comment", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn put(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<AnswerPut>,
) -> AppResult<Json<Answer>> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    answers::limit_saves(&state, scope.user.id)?;
    let framework = state.framework(&edition).await?;
    let text = answers::json_value_text(&body.value)?;
    let (_, value) = answers::check_value(&framework, &question, text.as_deref())?;
    let comment = body.comment.unwrap_or_default();
    if comment.trim().is_empty() {
        return Err(AppError::bad("comment", crate::msg!("error-draft-source")));
    }
    cyberindex_workflow::limits::check_text("comment", &comment)?;
    Ok(Json(
        scope
            .draft_answer(&state.store, &question, value, comment, body.version)
            .await?,
    ))
}
