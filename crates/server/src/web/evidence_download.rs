//! `GET /editions/{edition}/countries/{country}/evidence/{id}`: downloads an evidence file, as an
//! attachment with a safe name and the type found when it was uploaded, streamed from the
//! evidence store (never read whole into memory). With `?inline=1` an image or a PDF is served
//! for the review page's preview instead (inline, and frameable by this site's own pages only);
//! any other type stays an attachment. Every file read is recorded in the audit trail
//! (`evidence.download`).

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use cyberindex_store::{AuditEvent, EvidenceKind};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::{Preview, content_disposition, inline_disposition};
use crate::state::AppState;
use crate::web::FrameableBySelf;

/// `?inline=1`: shown in the page, when the type allows it.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Shown {
    #[serde(default)]
    inline: Option<String>,
}

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, id)): Path<(String, String, i64)>,
    Query(shown): Query<Shown>,
) -> AppResult<Response> {
    let read = signed
        .read_country(&state.store, &edition, &country)
        .await?;
    let item = state.store.evidence_item(&edition, &country, id).await?;
    match item.kind {
        EvidenceKind::Url { url } => Ok(Redirect::to(&url).into_response()),
        EvidenceKind::File {
            sha256,
            file_name,
            media_type,
            size,
        } => {
            let blob = state
                .evidence
                .get(&sha256)
                .await
                .map_err(|e| AppError::Internal(e.into()))?
                .ok_or_else(|| {
                    AppError::Internal(anyhow::anyhow!(
                        "evidence file {sha256} is missing from {}",
                        state.evidence
                    ))
                })?;
            // Who read a country's evidence is part of the trail, like who changed it.
            state
                .store
                .record(
                    &AuditEvent::new(Some(read.user.id), "evidence.download")
                        .response(&edition, &country)
                        .question(&item.question_id)
                        .object(format!("evidence {id}"))
                        .after(&serde_json::json!({ "sha256": sha256, "size": size })),
                )
                .await?;
            let body = Body::from_stream(blob.stream);
            let inline = shown.inline.as_deref() == Some("1") && Preview::of(&media_type).is_some();
            let disposition = if inline {
                inline_disposition(&file_name)
            } else {
                content_disposition(&file_name)
            };
            let mut response = (
                [
                    (header::CONTENT_TYPE, media_type),
                    (header::CONTENT_DISPOSITION, disposition),
                    (header::CONTENT_LENGTH, blob.size.to_string()),
                    (header::CACHE_CONTROL, "private, no-store".to_string()),
                ],
                body,
            )
                .into_response();
            if inline {
                response.extensions_mut().insert(FrameableBySelf);
            }
            Ok(response)
        }
    }
}
