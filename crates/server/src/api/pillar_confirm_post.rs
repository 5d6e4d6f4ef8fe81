//! `POST /api/v1/editions/{edition}/responses/{country}/pillars/{pillar}/confirm`: the country
//! confirms every unchanged pre-filled answer in a pillar as one action, audited per answer, as
//! `…/answers/{question}/confirm` does for one.

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PillarConfirmed {
    /// How many answers were confirmed (0 when none was left to confirm).
    pub confirmed: usize,
    /// The questions whose answers were confirmed, in framework order.
    pub questions: Vec<String>,
}

#[utoipa::path(post, operation_id = "confirmPillar", path = "/api/v1/editions/{edition}/responses/{country}/pillars/{pillar}/confirm", tag = "responses",
    params(("edition" = String, Path), ("country" = String, Path), ("pillar" = String, Path)),
    responses((status = 200, description = "The pre-filled answers the country had neither confirmed nor corrected, and may still change, are confirmed (outcome `confirmed`), one audit entry each", body = PillarConfirmed),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, description = "No such response or pillar", body = crate::error::ErrorBody),
              (status = 409, description = "The response is not open to the country", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, pillar)): Path<(String, String, String)>,
) -> AppResult<Json<PillarConfirmed>> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let confirmed = write
        .confirm_pillar(&state.store, &framework, &pillar)
        .await?;
    Ok(Json(PillarConfirmed {
        confirmed: confirmed.len(),
        questions: confirmed.into_iter().map(|a| a.question_id).collect(),
    }))
}
