//! `POST /editions/{edition}/countries/{country}/reopen`: a secretariat administrator reopens a
//! validated response for review, with a recorded reason.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ReopenForm {
    #[serde(default)]
    reason: String,
}

pub async fn reopen(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    Form(form): Form<ReopenForm>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    crate::service::review::reopen(&state, &scope, &form.reason).await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review"
    )))
}
