//! `POST /drills/play/respond`: a player's response to one expectation of an inject released
//! to its team, while the drill runs. Responses are kept, never replaced: a second one is
//! added beside the first.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::Seat;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ResponseForm {
    #[serde(default)]
    pub inject: String,
    #[serde(default)]
    pub expectation: String,
    #[serde(default)]
    pub text: String,
}

pub async fn submit(
    State(state): State<AppState>,
    Seat(view): Seat,
    Form(form): Form<ResponseForm>,
) -> AppResult<Response> {
    let expectation = super::number("expectation", &form.expectation)?;
    view.player()?
        .respond(
            &state.store,
            &form.inject,
            expectation,
            Some(&form.text),
            None,
        )
        .await?;
    state.drill_changed(view.drill.id);
    Ok(see_other(&format!("/drills/play/#inject-{}", form.inject)))
}
