//! `POST /maturity/{id}/levels`: saves the team's levels and notes of the parameters the form
//! changed (`level.{P}`, `note.{P}`, `version.{P}` per parameter), only in self-assessment, for
//! the team's staff or the secretariat. Every field is checked before anything is written: a
//! bad level, a note too long or a parameter changed by someone else since the page was loaded
//! (409) saves none of them.

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
        super::levels_save_as(&state, &signed.0.user, id, &fields, super::Side::Team).await?;
    Ok(see_other(&format!(
        "/maturity/{id}/?saved={saved}#parameters"
    )))
}
