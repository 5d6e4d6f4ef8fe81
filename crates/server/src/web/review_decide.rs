//! `POST /editions/{edition}/countries/{country}/answers/{question}/review`: a reviewer accepts an
//! answer, requests clarification or rejects it (a comment is required for the last two; a
//! rejection may propose a value).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::review::read_decision;
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
