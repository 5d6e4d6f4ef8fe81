//! `POST /drills/{id}/links/{link}/revoke`: the facilitator withdraws a participant link; a
//! seat opened with it closes at its next request.

use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_workflow::drill::View;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, link)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    view.console()?.revoke_link(&state.store, link).await?;
    Ok(see_other(&format!("/drills/{id}/")))
}
