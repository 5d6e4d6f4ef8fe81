//! `POST /maturity/establishment/`: starts an engagement of a country (ISO 3166 alpha-3) in the
//! assessment phase, optionally linked to a directory team; the secretariat only.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct NewForm {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub note: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<NewForm>,
) -> AppResult<Response> {
    let country = form.country.trim().to_ascii_uppercase();
    let team = Some(form.team.trim()).filter(|t| !t.is_empty());
    let engagement = cyberindex_workflow::establishment::create(
        &state.store,
        &signed.0.user,
        &country,
        team,
        form.note.trim(),
    )
    .await?;
    Ok(see_other(&format!(
        "/maturity/establishment/{}/",
        engagement.id
    )))
}
