//! `POST /directory/teams/{id}/security-txt/fetch`: the secretariat fetches a team's
//! security.txt from its websites now (`service/security_txt.rs`), when
//! `directory.fetch_security_txt` is on; otherwise 409 says how to turn it on. The page then
//! shows what was found and the score counts it. Audited (`directory.security_txt`).

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let row = state.store.team(&id).await?;
    if !state.config.directory.fetch_security_txt {
        return Err(AppError::Closed(crate::msg!("directory-seen-fetch-off")));
    }
    let team = cyberindex_workflow::directory::read_team(&row)?;
    crate::service::security_txt::fetch(&state, &team, Some(secretariat.0.id))
        .await
        .map_err(AppError::Internal)?;
    Ok(see_other(&format!("/directory/teams/{id}/#sectxt-heading")))
}
