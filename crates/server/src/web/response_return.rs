//! `POST /editions/{edition}/countries/{country}/return`: sends the response back to the country,
//! opening a new numbered round with a deadline.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::review;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ReturnForm {
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    message: String,
}

pub async fn send_back(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    Form(form): Form<ReturnForm>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    review::send_back(&state, &scope, &form.deadline, &form.message).await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review"
    )))
}
