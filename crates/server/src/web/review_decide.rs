//! `POST /editions/{edition}/countries/{country}/answers/{question}/review`: a reviewer accepts an
//! answer, requests clarification or rejects it (a comment is required for the last two; a
//! rejection may propose a value).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::Decision;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::answers::check_value;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    comment: String,
    #[serde(default)]
    proposed: String,
}

/// Checks a decision as the page and the API receive it.
pub fn read_decision(
    framework: &cyberindex_engine::Framework,
    question: &str,
    decision: &str,
    comment: &str,
    proposed: Option<&str>,
) -> AppResult<(Decision, Option<String>)> {
    let decision: Decision = decision.parse().map_err(|_| {
        AppError::bad(
            "decision",
            cyberindex_store::msg!("error-decision-unknown", decision = decision),
        )
    })?;
    cyberindex_workflow::limits::check_text("comment", comment)?;
    if decision != Decision::Accept && comment.trim().is_empty() {
        return Err(AppError::bad(
            "comment",
            cyberindex_store::msg!("error-comment-required"),
        ));
    }
    let proposed = match proposed.map(str::trim).filter(|p| !p.is_empty()) {
        Some(_) if decision != Decision::Reject => {
            return Err(AppError::bad(
                "proposed",
                cyberindex_store::msg!("error-proposed-only-reject"),
            ));
        }
        Some(p) => {
            check_value(framework, question, Some(p))
                .map_err(|e| match e {
                    AppError::BadRequest { message, .. } => AppError::bad("proposed", message),
                    other => other,
                })?
                .1
        }
        None => {
            check_value(framework, question, None)?;
            None
        }
    };
    Ok((decision, proposed))
}

pub async fn decide(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let (decision, proposed) = read_decision(
        &framework,
        &question,
        &form.decision,
        &form.comment,
        Some(&form.proposed),
    )?;
    crate::service::review::decide(
        &state,
        &scope,
        &question,
        decision,
        &form.comment,
        proposed.as_deref(),
    )
    .await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review#q-{question}"
    )))
}
