//! `POST /maturity/establishment/deliverables/{d}/decision`: the secretariat approves a
//! submitted deliverable (`decision=approved`) or requests changes with a comment
//! (`decision=changes_requested`), on the deliverable's version the page showed.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::DeliverableStatus;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct DecisionForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub comment: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<DecisionForm>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let (_, engagement, _) =
        cyberindex_workflow::establishment::read_deliverable(&state.store, user, id).await?;
    let status = match form.decision.trim() {
        "approved" => DeliverableStatus::Approved,
        "changes_requested" => DeliverableStatus::ChangesRequested,
        other => {
            return Err(AppError::bad(
                "decision",
                crate::msg!("establishment-error-decision", value = other),
            ));
        }
    };
    let expected = super::version_of(&form.version)?;
    cyberindex_workflow::establishment::decide(
        &state.store,
        user,
        id,
        expected,
        status,
        &form.comment,
    )
    .await?;
    Ok(see_other(&format!(
        "/maturity/establishment/{}/#d-{id}",
        engagement.id
    )))
}
