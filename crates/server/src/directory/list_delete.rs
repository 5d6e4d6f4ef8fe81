//! `POST /directory/lists/{id}/delete`: the secretariat deletes a saved query (an unknown one
//! is 404). Audited (`directory.query.delete`).

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
    state
        .store
        .delete_saved_query(id, Some(secretariat.0.id))
        .await?;
    Ok(see_other("/directory/lists/"))
}
