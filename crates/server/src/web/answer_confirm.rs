//! `POST /editions/{edition}/countries/{country}/answers/{question}/confirm`: the country confirms
//! a pre-filled answer (carried forward, or drafted by the secretariat) as it stands.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    version: String,
}

pub async fn confirm(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let version: i64 = form
        .version
        .parse()
        .map_err(|_| AppError::bad("version", crate::msg!("error-version-number")))?;
    write
        .confirm_answer(&state.store, &question, version)
        .await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}#q-{question}"
    )))
}
