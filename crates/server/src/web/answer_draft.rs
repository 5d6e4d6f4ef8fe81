//! Desk research. `POST /editions/{edition}/countries/{country}/answers/{question}/draft`: the
//! secretariat drafts an answer from public sources for a country that has not answered
//! (provenance "secretariat"; the comment names the source). `POST …/drafts/send` asks the
//! country to confirm or correct the drafts.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::forms::read_fields;
use crate::service::{answers, notify};
use crate::state::AppState;
use crate::web::see_other;

pub async fn draft(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    answers::limit_saves(&state, scope.user.id)?;
    let framework = state.framework(&edition).await?;
    let (values, comment, version) = read_fields(&fields)?;
    if comment.trim().is_empty() {
        return Err(AppError::bad("comment", crate::msg!("error-draft-source")));
    }
    let (_, value) = answers::check_value(&framework, &question, Some(&values.join(" ")))?;
    scope
        .draft_answer(&state.store, &question, value, comment, version)
        .await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review#q-{question}"
    )))
}

pub async fn send(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let drafts = state
        .store
        .answers(&edition, &country)
        .await?
        .into_iter()
        .filter(|a| !a.confirmed && a.outcome.is_none())
        .count();
    if drafts == 0 {
        return Err(AppError::Closed(crate::msg!("error-no-drafts")));
    }
    state
        .store
        .record(
            &cyberindex_store::AuditEvent::new(Some(scope.user.id), "answer.drafts-sent")
                .response(&edition, &country)
                .object("response")
                .after(&serde_json::json!({ "drafts": drafts })),
        )
        .await?;
    notify::drafts_sent(&state, &edition, &country, Some(scope.user.id)).await;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review"
    )))
}
