//! `POST /editions/{edition}/countries/{country}/pillars/{pillar}/confirm`: the country confirms
//! every unchanged pre-filled answer in a pillar (carried forward, or drafted by the
//! secretariat) as one action. Each answer is audited as if confirmed on its own; the workspace
//! then says how many were confirmed.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::extract::urlencode;
use crate::state::AppState;
use crate::web::see_other;

pub async fn confirm(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, pillar)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let confirmed = write
        .confirm_pillar(&state.store, &framework, &pillar)
        .await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}?confirmed={}&pillar={}#pillar-{pillar}",
        confirmed.len(),
        urlencode(&pillar)
    )))
}
