//! `POST /maturity/`: starts an assessment of a directory team against one of the offered
//! maturity frameworks (frozen into the assessment), for the team's staff or the secretariat.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use cyberindex_store::AssessmentKind;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct NewForm {
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub framework: String,
    /// `self`, `peer` or `audit`.
    #[serde(default)]
    pub kind: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let kind: AssessmentKind = form
        .kind
        .parse()
        .map_err(|_| AppError::bad("kind", crate::msg!("maturity-error-kind")))?;
    let source = super::framework_text(&state.config.frameworks, &form.framework)
        .ok_or_else(|| AppError::bad("framework", crate::msg!("maturity-error-framework-name")))?
        .map_err(|e| AppError::Internal(anyhow::anyhow!("framework {}: {e}", form.framework)))?;
    let assessment = cyberindex_workflow::maturity::create(
        &state.store,
        &signed.0.user,
        form.team.trim(),
        &source,
        kind,
    )
    .await?;
    Ok(see_other(&format!("/maturity/{}/", assessment.id)))
}
