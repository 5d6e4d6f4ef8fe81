//! `POST /maturity/{id}/reviewer`: the secretariat assigns the peer reviewer (`reviewer`: a
//! user id; empty removes them), on the assessment's version the page showed. The reviewer is
//! staff of another team or of the secretariat, never of the assessed team.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ReviewerForm {
    #[serde(default)]
    pub reviewer: String,
    #[serde(default)]
    pub version: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ReviewerForm>,
) -> AppResult<Response> {
    let expected: i64 = form
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::bad("version", crate::msg!("maturity-error-page-version")))?;
    let reviewer = match form.reviewer.trim() {
        "" | "0" => None,
        text => Some(
            text.parse::<i64>()
                .map_err(|_| AppError::bad("reviewer", crate::msg!("maturity-error-reviewer")))?,
        ),
    };
    cyberindex_workflow::maturity::assign_reviewer(
        &state.store,
        &signed.0.user,
        id,
        expected,
        reviewer,
    )
    .await?;
    Ok(see_other(&format!("/maturity/{id}/")))
}
