//! `POST /api/v1/editions/{edition}/responses/{country}/submit`: the focal point submits the
//! response; it becomes read-only for the country.

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// The response after submission.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Submitted {
    pub edition: String,
    pub country: String,
    pub status: String,
    pub submitted_at: Option<i64>,
}

#[utoipa::path(post, path = "/api/v1/editions/{edition}/responses/{country}/submit", tag = "responses",
    params(("edition" = String, Path), ("country" = String, Path)),
    responses((status = 200, body = Submitted),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Only the focal point submits", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "Already submitted", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Json<Submitted>> {
    let scope = signed
        .submit_country(&state.store, &edition, &country)
        .await?;
    let response = scope.submit(&state.store).await?;
    tracing::info!(
        user = scope.user.id,
        edition,
        country,
        "response submitted through the API"
    );
    Ok(Json(Submitted {
        edition,
        country,
        status: response.status.as_str().to_string(),
        submitted_at: response.submitted_at,
    }))
}
