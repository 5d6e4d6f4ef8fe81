//! `POST /drills/{id}/evaluate` (a facilitator) and `POST /drills/play/evaluate` (an evaluator
//! link): a verdict on one team's expectation (success, partial or failed, with a comment),
//! on the verdict's version the page showed, so that two evaluators do not overwrite each
//! other unseen.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_workflow::drill::View;
use serde::Deserialize;

use super::Seat;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct VerdictForm {
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub inject: String,
    #[serde(default)]
    pub expectation: String,
    #[serde(default)]
    pub result: String,
    #[serde(default)]
    pub comment: String,
    #[serde(default)]
    pub version: String,
}

async fn record(state: &AppState, view: &View, form: &VerdictForm) -> AppResult<()> {
    let result = super::result_of(&form.result)?;
    let expectation = super::number("expectation", &form.expectation)?;
    let version = if form.version.trim().is_empty() {
        0
    } else {
        super::number("version", &form.version)?
    };
    view.evaluator()?
        .evaluate(
            &state.store,
            &form.team,
            &form.inject,
            expectation,
            result,
            None,
            &form.comment,
            version,
        )
        .await?;
    state.drill_changed_for(view.drill.id, vec![form.team.clone()]);
    Ok(())
}

pub async fn by_facilitator(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<VerdictForm>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    record(&state, &view, &form).await?;
    Ok(see_other(&format!("/drills/{id}/#responses-h")))
}

pub async fn by_link(
    State(state): State<AppState>,
    Seat(view): Seat,
    Form(form): Form<VerdictForm>,
) -> AppResult<Response> {
    record(&state, &view, &form).await?;
    Ok(see_other("/drills/play/"))
}
