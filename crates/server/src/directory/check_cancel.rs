//! `POST /directory/checks/{n}/cancel`: the secretariat removes a check that has not started
//! (a started check keeps its results: 409). Audited.

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
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    state.store.cancel_check(id, Some(secretariat.0.id)).await?;
    Ok(see_other("/directory/checks/"))
}
