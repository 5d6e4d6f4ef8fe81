//! `POST /maturity/{id}/validation`: saves the reviewer's validated levels and comments of the
//! parameters the form changed (`level.{P}`, `comment.{P}`, `version.{P}`), only in peer
//! review, for the assigned peer reviewer or the secretariat; all or nothing, as
//! `levels_save` does for the team.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let saved =
        super::levels_save_as(&state, &signed.0.user, id, &fields, super::Side::Reviewer).await?;
    Ok(see_other(&format!(
        "/maturity/{id}/?saved={saved}#parameters"
    )))
}
