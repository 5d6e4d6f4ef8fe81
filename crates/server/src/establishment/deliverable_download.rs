//! `GET /maturity/establishment/deliverables/{d}/file`: downloads a deliverable's file, as an
//! attachment with a safe name and the type found when it was uploaded, streamed from the
//! evidence blob store; a link deliverable redirects to its address. Every file read is
//! recorded in the audit trail (`establishment.deliverable.download`).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use cyberindex_store::AuditEvent;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::content_disposition;
use crate::state::AppState;

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let (deliverable, engagement, _) =
        cyberindex_workflow::establishment::read_deliverable(&state.store, user, id).await?;
    let Some(sha256) = deliverable.sha256.clone() else {
        let url = deliverable.url.clone().unwrap_or_default();
        return Ok(Redirect::to(&url).into_response());
    };
    let blob = state
        .evidence
        .get(&sha256)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "deliverable file {sha256} is missing from {}",
                state.evidence
            ))
        })?;
    let mut event = AuditEvent::new(Some(user.id), "establishment.deliverable.download")
        .object(format!("engagement {}", engagement.id))
        .after(&serde_json::json!({ "deliverable": id, "sha256": sha256 }));
    event.country = Some(engagement.country.clone());
    state.store.record(&event).await?;
    let name = deliverable.file_name.clone().unwrap_or_default();
    Ok((
        [
            (
                header::CONTENT_TYPE,
                deliverable
                    .media_type
                    .clone()
                    .unwrap_or_else(|| "application/octet-stream".into()),
            ),
            (header::CONTENT_DISPOSITION, content_disposition(&name)),
            (header::CONTENT_LENGTH, blob.size.to_string()),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        Body::from_stream(blob.stream),
    )
        .into_response())
}
