//! The document of a response, as an attachment (`application/octet-stream`, a safe name,
//! never shown inline), streamed from the evidence blob store:
//! `GET /drills/{id}/responses/{response}/file` for the drill's facilitators and
//! `GET /drills/play/responses/{response}/file` for a seat that sees the response's team (its
//! own team's player, an evaluator or observer of that team or of all). Anyone else, another
//! drill's response or a response without a document is 404. Every read is in the audit trail
//! (`drill.response.download`).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_store::AuditEvent;
use cyberindex_workflow::drill::View;

use super::Seat;
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::content_disposition;
use crate::state::AppState;

/// Response `response` of the drill of `view`, if the view sees its team.
async fn serve(state: &AppState, view: &View, response: i64) -> AppResult<Response> {
    // One read of the drill's responses; a team the view does not see is as absent.
    let Some(r) = state
        .store
        .drill_responses(view.drill.id, None)
        .await?
        .into_iter()
        .find(|r| r.id == response && view.access.sees_team(&r.team_id))
    else {
        return Err(AppError::NotFound);
    };
    let (Some(sha256), Some(name)) = (r.blob_sha256.clone(), r.file_name.clone()) else {
        return Err(AppError::NotFound);
    };
    let blob = state
        .evidence
        .get(&sha256)
        .await
        .map_err(|e| AppError::Internal(e.into()))?
        .ok_or_else(|| {
            AppError::Internal(anyhow::anyhow!(
                "drill response file {sha256} is missing from {}",
                state.evidence
            ))
        })?;
    state
        .store
        .record(
            &AuditEvent::new(view.user, "drill.response.download")
                .object(format!("drill {}", view.drill.id))
                .after(&serde_json::json!({
                    "response": r.id,
                    "team": r.team_id,
                    "link": view.link.as_ref().map(|l| l.id),
                })),
        )
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (header::CONTENT_DISPOSITION, content_disposition(&name)),
            (header::CONTENT_LENGTH, blob.size.to_string()),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
        ],
        Body::from_stream(blob.stream),
    )
        .into_response())
}

pub async fn by_facilitator(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, response)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    view.console()?;
    serve(&state, &view, response).await
}

pub async fn by_seat(
    State(state): State<AppState>,
    Seat(view): Seat,
    Path(response): Path<i64>,
) -> AppResult<Response> {
    serve(&state, &view, response).await
}
