//! `POST /maturity/{id}/evidence`: adds evidence to a parameter: a web address (`url`), a
//! reachability check message sent to the team (`ping`) or an uploaded `file`, with a title,
//! the date of the evidence and an optional expiry (after which the parameter is flagged). The
//! team's staff or the secretariat, until the assessment is validated.
//!
//! The page's form is `multipart/form-data` (it may carry a file); a plain URL-encoded form is
//! read too. A file takes the index's evidence path (`service::evidence::store_upload`, as the
//! establishment tracker's deliverables do): the permission check comes first, then the file
//! is streamed to the staging folder while hashed, refused past the upload limit or when its
//! content is not a safe type (markup is refused), and kept in the evidence blob store under
//! its SHA-256 only once the evidence is recorded, so a refusal leaves nothing behind.

use axum::Form;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::header;
use axum::response::Response;
use cyberindex_store::{EvidenceSource, NewMaturityEvidence};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::service::evidence::PendingUpload;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Default, Deserialize)]
pub struct EvidenceForm {
    #[serde(default)]
    pub parameter: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub url: String,
    /// A reachability check message's id (instead of `url`).
    #[serde(default)]
    pub ping: String,
    #[serde(default)]
    pub issued: String,
    #[serde(default)]
    pub expires: String,
}

/// The multipart form's fields and its file, staged (not yet kept).
async fn read_multipart(
    state: &AppState,
    multipart: Multipart,
) -> AppResult<(EvidenceForm, Option<PendingUpload>)> {
    let mut form = EvidenceForm::default();
    let file = crate::extract::read_upload_form(state, multipart, |name, text| {
        match name {
            "parameter" => form.parameter = text,
            "title" => form.title = text,
            "url" => form.url = text,
            "ping" => form.ping = text,
            "issued" => form.issued = text,
            "expires" => form.expires = text,
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("maturity-error-evidence-field", field = other),
                ));
            }
        }
        Ok(())
    })
    .await?;
    Ok((form, file))
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    request: Request,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let user = &signed.0.user;
    // Who may add evidence is known before any file is read.
    let (_, access) = m::read(&state.store, user, id).await?;
    access.require(m::Act::Evidence).map_err(AppError::from)?;
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let (form, file) = if multipart {
        let body = Multipart::from_request(request, &state)
            .await
            .map_err(|e| AppError::bad("file", crate::msg!("error-form-unreadable", detail = e)))?;
        read_multipart(&state, body).await?
    } else {
        let Form(form) = Form::<EvidenceForm>::from_request(request, &state)
            .await
            .map_err(|e| AppError::bad("url", crate::msg!("error-form-unreadable", detail = e)))?;
        (form, None)
    };
    let source =
        match (&file, form.url.trim(), form.ping.trim()) {
            (Some(f), "", "") => EvidenceSource::File {
                sha256: f.file.sha256.clone(),
                file_name: f.file.file_name.clone(),
                media_type: f.file.media_type.clone(),
                size: f.file.size,
            },
            (Some(_), _, _) => {
                return Err(AppError::bad(
                    "file",
                    crate::msg!("maturity-error-evidence-one-source"),
                ));
            }
            (None, "", "") => {
                return Err(AppError::bad(
                    "url",
                    crate::msg!("maturity-error-evidence-source"),
                ));
            }
            (None, "", ping) => EvidenceSource::Check(ping.parse().map_err(|_| {
                AppError::bad("ping", crate::msg!("maturity-error-evidence-source"))
            })?),
            (None, url, _) => EvidenceSource::Url(url.to_string()),
        };
    let issued = match form.issued.trim() {
        "" => super::today(),
        d => d.to_string(),
    };
    let new = NewMaturityEvidence {
        assessment_id: id,
        parameter: form.parameter.trim().to_string(),
        source,
        title: form.title.trim().to_string(),
        issued_on: issued,
        expires_on: Some(form.expires.trim().to_string()).filter(|d| !d.is_empty()),
    };
    m::add_evidence(&state.store, user, &new).await?;
    if let Some(file) = file {
        file.keep().await?;
    }
    Ok(see_other(&format!("/maturity/{id}/#p-{}", new.parameter)))
}
