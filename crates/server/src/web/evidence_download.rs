//! `GET /editions/{edition}/countries/{country}/evidence/{id}`: downloads an evidence file, always
//! as an attachment with a safe name and the type found when it was uploaded. Every file
//! download is recorded in the audit trail (`evidence.download`).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use cyberindex_store::{AuditEvent, EvidenceKind};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::{content_disposition, path_of};
use crate::state::AppState;

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, id)): Path<(String, String, i64)>,
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
            let file = tokio::fs::File::open(path_of(&state.config.evidence_dir(), &sha256))
                .await
                .map_err(|e| {
                    AppError::Internal(anyhow::anyhow!("evidence file {sha256} is missing: {e}"))
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
            let body = Body::from_stream(chunks(file));
            Ok((
                [
                    (header::CONTENT_TYPE, media_type),
                    (header::CONTENT_DISPOSITION, content_disposition(&file_name)),
                    (header::CONTENT_LENGTH, size.to_string()),
                    (header::CACHE_CONTROL, "private, no-store".to_string()),
                ],
                body,
            )
                .into_response())
        }
    }
}

/// A file as a stream of chunks. The stream is fused: a body wrapper (the compression layer) may
/// poll it again after its end, and then it says again that it has ended instead of panicking
/// mid-response, which cut downloads short.
fn chunks(file: tokio::fs::File) -> impl futures_util::Stream<Item = std::io::Result<Vec<u8>>> {
    use futures_util::StreamExt;
    use tokio::io::AsyncReadExt;
    futures_util::stream::unfold(file, |mut file| async move {
        let mut buf = vec![0u8; 64 * 1024];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(buf), file))
            }
            Err(e) => Some((Err(e), file)),
        }
    })
    .fuse()
}
