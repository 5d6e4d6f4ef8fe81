//! `POST /maturity/{id}/roadmap`: plans the team's roadmap from one profile's result of the
//! assessment (`profile`): one item per blocker of the next tier, from its level to the
//! minimum, with a suggested action in the reader's language, an owner and a due date for all
//! (both optional, each item can be changed after). A parameter with an open item for the same
//! tier is not added twice.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct PlanForm {
    #[serde(default)]
    pub profile: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Form(form): Form<PlanForm>,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let (assessment, _) = m::read(&state.store, &signed.0.user, id).await?;
    let framework = m::framework(&state.store, &assessment).await?;
    let results = m::results(&state.store, &assessment).await?;
    let result = results
        .iter()
        .find(|r| r.profile == form.profile)
        .ok_or_else(|| AppError::bad("profile", crate::msg!("maturity-error-profile")))?;
    let defaults = m::RoadmapDefaults {
        owner: form.owner.trim().to_string(),
        due_on: Some(form.due.trim().to_string()).filter(|d| !d.is_empty()),
        services: Default::default(),
    };
    m::plan_roadmap(
        &state.store,
        &signed.0.user,
        id,
        result,
        &defaults,
        |blocker, _| super::suggested_action(tr, &framework, &blocker.parameter, blocker.required),
    )
    .await?;
    Ok(see_other(&format!(
        "/maturity/teams/{}/roadmap",
        assessment.team_id
    )))
}
