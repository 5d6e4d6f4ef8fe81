//! `POST /maturity/establishment/{id}/deliverables` (multipart): adds a deliverable to a phase:
//! its `kind` (the phase's required deliverable, or `other` with a `phase`), a `title`, the date
//! of the document (`issued`, today when empty), and either a `file` or a `url`. The file takes
//! the index's evidence path (`service::evidence`): streamed to the staging folder while hashed,
//! refused past the upload limit or when its content is not a safe type, and kept in the
//! evidence blob store under its SHA-256 only once the deliverable is recorded, so a refusal
//! leaves nothing behind. The secretariat, the country's focal point or the linked team's staff.

use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use cyberindex_store::{DeliverableKind, DeliverableSource, NewDeliverable};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::PendingUpload;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Default)]
struct Fields {
    kind: String,
    phase: String,
    title: String,
    issued: String,
    url: String,
}

async fn read_form(
    state: &AppState,
    multipart: Multipart,
) -> AppResult<(Fields, Option<PendingUpload>)> {
    let mut fields = Fields::default();
    let file = crate::extract::read_upload_form(state, multipart, |name, text| {
        match name {
            "kind" => fields.kind = text,
            "phase" => fields.phase = text,
            "title" => fields.title = text,
            "issued" => fields.issued = text,
            "url" => fields.url = text,
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("establishment-error-field", field = other),
                ));
            }
        }
        Ok(())
    })
    .await?;
    Ok((fields, file))
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    use cyberindex_workflow::establishment as e;
    let user = &signed.0.user;
    let (engagement, access) = e::read(&state.store, user, id).await?;
    access.require(e::Act::Upload)?;
    let (fields, file) = read_form(&state, multipart).await?;
    let kind = DeliverableKind::parse(fields.kind.trim()).ok_or_else(|| {
        AppError::bad(
            "kind",
            crate::msg!("establishment-error-kind", value = fields.kind.trim()),
        )
    })?;
    let phase = match kind.phase() {
        Some(p) => p,
        None if fields.phase.trim().is_empty() => engagement.phase,
        None => super::phase_of("phase", &fields.phase)?,
    };
    let url = fields.url.trim();
    let source = match (&file, url.is_empty()) {
        (Some(f), true) => DeliverableSource::File {
            sha256: f.file.sha256.clone(),
            file_name: f.file.file_name.clone(),
            media_type: f.file.media_type.clone(),
            size: f.file.size,
        },
        (None, false) => DeliverableSource::Url(url.to_string()),
        _ => return Err(e::EstablishmentError::Source.into()),
    };
    let issued = match fields.issued.trim() {
        "" => crate::maturity::today(),
        d => d.to_string(),
    };
    let new = NewDeliverable {
        engagement_id: id,
        phase,
        kind,
        title: fields.title.trim().to_string(),
        issued_on: issued,
        source,
    };
    let deliverable = e::add_deliverable(&state.store, user, &new).await?;
    if let Some(file) = file {
        file.keep().await?;
    }
    Ok(see_other(&format!(
        "/maturity/establishment/{id}/#d-{}",
        deliverable.id
    )))
}
