//! `POST /editions/{edition}/archive`: archives an edition (admins).

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

pub async fn archive(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    state
        .store
        .archive_edition(&edition, Some(admin.0.id))
        .await?;
    tracing::info!(user = admin.0.id, edition, "edition archived");
    Ok(see_other("/editions"))
}
