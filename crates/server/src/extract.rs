//! Request bodies that pages and the API both read, so neither imports the other's handler
//! modules: the evidence form (multipart, streamed to a temporary file) and attaching what it
//! carried to an answer.

use axum::extract::Multipart;
use cyberindex_store::{Evidence, EvidenceKind, NewEvidence};

use crate::error::{AppError, AppResult};
use crate::scope::CountryWrite;
use crate::service::evidence::{PendingUpload, StoredFile, store_upload};
use crate::state::AppState;

/// Evidence details other than the file itself.
#[derive(Debug, Default, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct EvidenceFields {
    /// What the document is, e.g. "Cybercrime Act 2021, articles 4–9".
    pub title: String,
    /// A link to the evidence (instead of a file).
    #[serde(default)]
    pub url: Option<String>,
    /// Language code of the document (ar, zh, en, fr, ru, es or other).
    #[serde(default)]
    pub language: String,
    /// Date of the document, YYYY-MM-DD.
    #[serde(default)]
    pub issued_on: String,
    /// Whether the evidence may be published; confidential otherwise.
    #[serde(default)]
    pub public: bool,
}

/// Checks the fields and builds the evidence record; exactly one of `url` and `file`.
pub fn build(
    question: &str,
    fields: EvidenceFields,
    file: Option<StoredFile>,
) -> AppResult<NewEvidence> {
    let title = fields.title.trim().to_string();
    if title.is_empty() || title.chars().count() > 300 {
        return Err(AppError::bad("title", crate::msg!("error-evidence-title")));
    }
    let language = fields.language.trim().to_string();
    if !language.is_empty()
        && !["ar", "zh", "en", "fr", "ru", "es", "other"].contains(&language.as_str())
    {
        return Err(AppError::bad(
            "language",
            crate::msg!("error-evidence-language"),
        ));
    }
    let issued_on = fields.issued_on.trim().to_string();
    if !issued_on.is_empty() && !cyberindex_answers::is_date(&issued_on) {
        return Err(AppError::bad("issued_on", crate::msg!("error-date-format")));
    }
    let url = fields
        .url
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty());
    let kind = match (url, file) {
        (Some(_), Some(_)) => {
            return Err(AppError::bad("url", crate::msg!("error-link-or-file")));
        }
        (None, None) => {
            return Err(AppError::bad(
                "file",
                crate::msg!("error-link-or-file-missing"),
            ));
        }
        (Some(url), None) if !cyberindex_answers::is_url(&url) || url.len() > 2000 => {
            return Err(AppError::bad("url", crate::msg!("error-link-scheme")));
        }
        (Some(url), None) => EvidenceKind::Url { url },
        (None, Some(f)) => EvidenceKind::File {
            sha256: f.sha256,
            file_name: f.file_name,
            media_type: f.media_type,
            size: f.size,
        },
    };
    Ok(NewEvidence {
        question_id: question.to_string(),
        kind,
        title,
        language,
        issued_on,
        public: fields.public,
    })
}

/// Checks the fields, writes the evidence record, and only then keeps the uploaded file.
pub async fn attach(
    state: &AppState,
    write: &CountryWrite,
    question: &str,
    fields: EvidenceFields,
    file: Option<PendingUpload>,
) -> AppResult<Evidence> {
    let record = build(question, fields, file.as_ref().map(|f| f.file.clone()))?;
    let evidence = write.add_evidence(&state.store, &record).await?;
    if let Some(file) = file {
        file.keep().await?;
    }
    Ok(evidence)
}

/// Reads a multipart evidence form, streaming the file to a temporary file as it comes in. At
/// most one file part is taken; the upload is kept only by [`attach`], so any refusal (a second
/// file, an unknown field, a bad field, a locked response) leaves nothing on disk.
pub async fn read_multipart(
    state: &AppState,
    mut multipart: Multipart,
) -> AppResult<(EvidenceFields, Option<PendingUpload>)> {
    let mut fields = EvidenceFields::default();
    let mut file = None;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::bad("file", crate::msg!("error-form-unreadable", detail = e)))?
    {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            if field.file_name().unwrap_or("").is_empty() {
                continue; // the file input was left empty
            }
            if file.is_some() {
                return Err(AppError::bad(
                    "file",
                    crate::msg!("error-evidence-one-file"),
                ));
            }
            file = Some(
                store_upload(
                    &state.config.evidence_dir(),
                    field,
                    state.config.max_upload_bytes,
                )
                .await?,
            );
            continue;
        }
        let text = field
            .text()
            .await
            .map_err(|e| AppError::bad(&name, crate::msg!("error-form-unreadable", detail = e)))?;
        match name.as_str() {
            "title" => fields.title = text,
            "url" => fields.url = Some(text),
            "language" => fields.language = text,
            "issued_on" => fields.issued_on = text,
            "public" => fields.public = matches!(text.as_str(), "1" | "true" | "on"),
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("error-evidence-field-unknown", field = other),
                ));
            }
        }
    }
    Ok((fields, file))
}
