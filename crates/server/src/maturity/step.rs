//! `POST /maturity/{id}/step`: submits (the team), returns or validates (the reviewer), or signs
//! off (the secretariat) an assessment, on the version the page showed (`version`), with an
//! optional reason kept in the round's snapshot and the audit trail. A return needs a reason or
//! a comment on some parameter.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct StepForm {
    #[serde(default)]
    pub step: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub reason: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let step = super::step_of(&form.step)?;
    let expected: i64 = form
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::bad("version", crate::msg!("maturity-error-page-version")))?;
    cyberindex_workflow::maturity::step(
        &state.store,
        &signed.0.user,
        id,
        expected,
        step,
        &form.reason,
    )
    .await?;
    Ok(see_other(&format!("/maturity/{id}/")))
}
