//! `DELETE /api/v1/editions/{edition}/responses/{country}/evidence/{id}`: removes evidence from an
//! answer (the record is kept, marked deleted, and the removal is in the audit trail).
//! `GET` on the same path (`web/evidence_download.rs`) downloads a file as an attachment, or sends
//! the reader on to a link.

use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[utoipa::path(delete, operation_id = "deleteEvidence", path = "/api/v1/editions/{edition}/responses/{country}/evidence/{id}", tag = "responses",
    params(("edition" = String, Path), ("country" = String, Path), ("id" = i64, Path)),
    responses((status = 204, description = "Removed"),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "The response is not open to change", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, id)): Path<(String, String, i64)>,
) -> AppResult<StatusCode> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    write.delete_evidence(&state.store, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
