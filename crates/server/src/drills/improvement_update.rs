//! `POST /drills/{id}/improvements/{item}`: the facilitator changes an item of the drill's
//! improvement plan (its fields and status) on the version it was read at; a change made
//! meanwhile by someone else is a conflict, not overwritten.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_workflow::drill::View;

use super::improvement_add::{ImprovementForm, team_ids};
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, item)): Path<(i64, i64)>,
    Form(form): Form<ImprovementForm>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    let expected = super::number("version", &form.version)?;
    let teams = team_ids(&state, &view).await?;
    let fields = form.fields(&view, &teams)?;
    console
        .update_improvement(&state.store, item, expected, &fields)
        .await?;
    state.drill_changed_for(id, Vec::new());
    Ok(see_other(&format!("/drills/{id}/#improvement-{item}")))
}
