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
    /// The review round.
    pub round: i64,
    /// ISO date by which the country should answer the current round, once sent back.
    pub round_deadline: Option<String>,
}

impl Submitted {
    pub fn of(r: cyberindex_store::Response) -> Self {
        Self {
            status: r.status.as_str().to_string(),
            submitted_at: r.submitted_at,
            round: r.round,
            round_deadline: r.round_deadline,
            edition: r.edition_id,
            country: r.country,
        }
    }
}

#[utoipa::path(post, operation_id = "submitResponse", path = "/api/v1/editions/{edition}/responses/{country}/submit", tag = "responses",
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
    crate::service::notify::status_changed(
        &state,
        &edition,
        &country,
        response.status,
        Some(scope.user.id),
    )
    .await;
    Ok(Json(Submitted::of(response)))
}
