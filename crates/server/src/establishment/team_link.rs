//! `POST /maturity/establishment/{id}/team`: links the engagement to the country's directory
//! team once it exists (or unlinks it, with an empty `team`); the secretariat only.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct TeamForm {
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub version: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<TeamForm>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    cyberindex_workflow::establishment::read(&state.store, user, id).await?;
    let expected = super::version_of(&form.version)?;
    let team = Some(form.team.trim()).filter(|t| !t.is_empty());
    cyberindex_workflow::establishment::link_team(&state.store, user, id, expected, team).await?;
    Ok(see_other(&format!("/maturity/establishment/{id}/")))
}
