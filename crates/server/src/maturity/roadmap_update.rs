//! `POST /maturity/roadmap/{item}`: changes a roadmap item's action, owner, due date, status
//! and FIRST CSIRT Services Framework service id, on the version the page showed. The team's
//! staff or the secretariat.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::{RoadmapChange, RoadmapStatus};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ItemForm {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub service: String,
    #[serde(default)]
    pub version: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(item): Path<i64>,
    Form(form): Form<ItemForm>,
) -> AppResult<Response> {
    let status = RoadmapStatus::parse(form.status.trim())
        .ok_or_else(|| AppError::bad("status", crate::msg!("maturity-error-roadmap-status")))?;
    let expected: i64 = form
        .version
        .trim()
        .parse()
        .map_err(|_| AppError::bad("version", crate::msg!("maturity-error-page-version")))?;
    let change = RoadmapChange {
        action: form.action.trim().to_string(),
        owner: form.owner.trim().to_string(),
        due_on: Some(form.due.trim().to_string()).filter(|d| !d.is_empty()),
        status,
        service_id: Some(form.service.trim().to_string()).filter(|s| !s.is_empty()),
    };
    let saved = cyberindex_workflow::maturity::update_roadmap(
        &state.store,
        &signed.0.user,
        item,
        expected,
        &change,
    )
    .await?;
    Ok(see_other(&format!(
        "/maturity/teams/{}/roadmap#item-{item}",
        saved.team_id
    )))
}
