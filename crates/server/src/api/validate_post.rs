//! `POST /api/v1/editions/{edition}/responses/{country}/validate`: validates the response once
//! every answer asked is accepted; it is then locked.

use axum::Json;
use axum::extract::{Path, State};

use crate::api::submit_post::Submitted;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::review;
use crate::state::AppState;

#[utoipa::path(post, operation_id = "validateResponse", path = "/api/v1/editions/{edition}/responses/{country}/validate", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path)),
    responses((status = 200, description = "Validated and locked", body = Submitted),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "Not under review, or answers not accepted yet (listed)", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Json<Submitted>> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    Ok(Json(Submitted::of(review::validate(&state, &scope).await?)))
}
