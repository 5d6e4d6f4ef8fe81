//! `POST /maturity/establishment/{id}/phase`: moves an engagement to the next phase (`phase`)
//! on the version the page showed, with a note kept in the phase history and the audit trail;
//! the secretariat only, once the current phase's required deliverable is approved.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct PhaseForm {
    #[serde(default)]
    pub phase: String,
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub note: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<PhaseForm>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    // Access first: a user who may not see the engagement learns nothing from the form.
    cyberindex_workflow::establishment::read(&state.store, user, id).await?;
    let to = super::phase_of("phase", &form.phase)?;
    let expected = super::version_of(&form.version)?;
    cyberindex_workflow::establishment::move_phase(
        &state.store,
        user,
        id,
        expected,
        to,
        form.note.trim(),
    )
    .await?;
    Ok(see_other(&format!("/maturity/establishment/{id}/")))
}
