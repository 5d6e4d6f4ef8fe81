//! `POST /editions/{edition}/countries/{country}/validate`: marks the response validated once
//! every answer asked is accepted; it is then locked.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::review;
use crate::state::AppState;
use crate::web::see_other;

pub async fn validate(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    review::validate(&state, &scope).await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review"
    )))
}
