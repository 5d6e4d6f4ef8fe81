//! `GET /maturity/{id}/evidence/{e}/file`: downloads an evidence file of an assessment, for
//! those who may read the assessment (`cyberindex_workflow::maturity::read`: anyone else gets
//! 404), as an attachment with a safe name and the type found when it was uploaded, streamed
//! from the evidence blob store. A removed item, or an item of another assessment, is 404; a
//! link or check item has no file (404). Every read is in the audit trail
//! (`maturity.evidence.download`).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_store::AuditEvent;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::content_disposition;
use crate::state::AppState;

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, evidence)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    cyberindex_workflow::maturity::read(&state.store, user, id).await?;
    let item = state
        .store
        .maturity_evidence_item(evidence)
        .await
        .map_err(|e| match e {
            cyberindex_store::StoreError::NotFound(_) => AppError::NotFound,
            e => e.into(),
        })?;
    if item.assessment_id != id || item.deleted_at.is_some() {
        return Err(AppError::NotFound);
    }
    let Some(sha256) = item.sha256.clone() else {
        return Err(AppError::NotFound);
    };
    let blob = state
        .evidence
        .get(&sha256)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "maturity evidence file {sha256} is missing from {}",
                state.evidence
            ))
        })?;
    state
        .store
        .record(
            &AuditEvent::new(Some(user.id), "maturity.evidence.download")
                .object(format!("assessment {id}"))
                .question(&item.parameter)
                .after(&serde_json::json!({ "evidence": evidence, "sha256": sha256 })),
        )
        .await?;
    let name = item.file_name.clone().unwrap_or_default();
    Ok((
        [
            (
                header::CONTENT_TYPE,
                item.media_type
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
