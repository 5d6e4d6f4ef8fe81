//! Publishing: freezing an edition's validated responses into a numbered publication.
//!
//! Only validated responses are published, and of them only the answers whose current version is
//! accepted: the published scores are the official scores.

use cyberindex_engine::Framework;
use cyberindex_publish::preview::{Preview, compare};
use cyberindex_publish::results::{EditionRef, PublicEvidence, PublicationRef, Results};
use cyberindex_publish::{FrozenAnswer, Meta, results};
use cyberindex_store::{
    EvidenceKind, FrozenTexts, NewPublication, PublicationMeta, Status, Store, StoreError,
};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::review::{accepted, latest};
use crate::{ActionError, WorkflowError};

/// The licence offered when the secretariat names none.
pub const DEFAULT_LICENCE: &str = "Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/";

/// The longest licence, in characters.
pub const MAX_LICENCE_CHARS: usize = 2000;
/// The longest change note, in characters.
pub const MAX_CHANGE_NOTE_CHARS: usize = 4000;

/// What the secretariat asks for.
#[derive(Debug, Clone)]
pub struct PublishRequest {
    pub change_note: String,
    pub licence: String,
}

/// RFC 3339 (UTC, seconds) of a time in milliseconds.
pub fn rfc3339(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp(ms / 1000)
        .ok()
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// Publishes the next version of an edition from its validated responses; `framework` is the
/// edition's frozen framework. A licence is required, and a change note from the second version
/// on.
pub async fn publish(
    store: &Store,
    framework: &Framework,
    edition_id: &str,
    request: &PublishRequest,
    by: Option<i64>,
) -> Result<PublicationMeta, ActionError> {
    let licence = request.licence.trim();
    if licence.is_empty() {
        return Err(WorkflowError::LicenceRequired.into());
    }
    if licence.chars().count() > MAX_LICENCE_CHARS
        || request.change_note.chars().count() > MAX_CHANGE_NOTE_CHARS
    {
        return Err(WorkflowError::PublishTextTooLong.into());
    }
    let edition = store.edition(edition_id).await?;
    let earlier = store.publications(Some(edition_id)).await?;
    if !earlier.is_empty() && request.change_note.trim().is_empty() {
        return Err(WorkflowError::ChangeNoteRequired.into());
    }
    let (answers, evidence, countries) = validated(store, framework, edition_id).await?;
    if countries == 0 {
        return Err(WorkflowError::NothingToPublish {
            edition: edition_id.to_string(),
        }
        .into());
    }
    let new = NewPublication {
        edition: edition_id.to_string(),
        change_note: request.change_note.trim().to_string(),
        licence: licence.to_string(),
        framework_source: edition.framework_source.clone(),
        countries,
    };
    let meta = store
        .publish(&new, by, |version, at| {
            let meta = Meta {
                edition: EditionRef {
                    id: edition.id.clone(),
                    name: edition.name.clone(),
                    names: edition.names.clone(),
                },
                publication: PublicationRef {
                    version: version as u32,
                    published_at: rfc3339(at),
                    change_note: new.change_note.clone(),
                },
                licence: new.licence.clone(),
            };
            let answers_csv = results::answers_csv(&meta, framework, &answers);
            // The store reports this as `Invalid::Freeze` with the first problem found.
            let built = results::build(framework, &meta, &answers_csv, evidence)
                .map_err(|e| e[0].to_string())?;
            Ok(FrozenTexts {
                answers_csv,
                results_json: String::from_utf8_lossy(&cyberindex_publish::opendata::json(&built))
                    .into_owned(),
            })
        })
        .await?;
    Ok(meta)
}

/// The accepted answers of the validated responses, their public evidence, and how many
/// responses are validated.
pub async fn validated(
    store: &Store,
    framework: &Framework,
    edition_id: &str,
) -> Result<(Vec<FrozenAnswer>, Vec<PublicEvidence>, i64), StoreError> {
    let mut answers = Vec::new();
    let mut evidence = Vec::new();
    let mut countries = 0;
    for response in store.responses(edition_id).await? {
        if response.status != Status::Validated {
            continue;
        }
        countries += 1;
        let country = &response.country;
        let stored = store.answers(edition_id, country).await?;
        let reviews = store.reviews(edition_id, country).await?;
        let decided = latest(&reviews);
        for a in &stored {
            let Some(value) = a.value.as_ref().filter(|v| !v.is_empty()) else {
                continue;
            };
            if !accepted(&decided, &stored, &a.question_id) {
                continue;
            }
            answers.push(FrozenAnswer {
                unit: country.clone(),
                question: a.question_id.clone(),
                value: value.clone(),
                comment: a.comment.clone(),
            });
        }
        for e in store.evidence(edition_id, country).await? {
            if !e.public || framework.question_index(&e.question_id).is_none() {
                continue;
            }
            let (url, file_name, sha256, media_type) = match e.kind {
                EvidenceKind::Url { url } => (Some(url), None, None, None),
                EvidenceKind::File {
                    sha256,
                    file_name,
                    media_type,
                    ..
                } => (None, Some(file_name), Some(sha256), Some(media_type)),
            };
            evidence.push(PublicEvidence {
                id: e.id,
                unit: country.clone(),
                question: e.question_id.clone(),
                title: e.title.clone(),
                url,
                file_name,
                sha256,
                media_type,
            });
        }
    }
    Ok((answers, evidence, countries))
}

/// What publishing now would publish, before anything is written: the validated responses'
/// accepted answers scored exactly as [`publish`] scores them, compared with the latest
/// published version ([`cyberindex_publish::preview::compare`]). `NothingToPublish` when no
/// response is validated.
pub async fn preview(
    store: &Store,
    framework: &Framework,
    edition_id: &str,
) -> Result<Preview, ActionError> {
    let edition = store.edition(edition_id).await?;
    let earlier = store.publications(Some(edition_id)).await?;
    let (answers, evidence, countries) = validated(store, framework, edition_id).await?;
    if countries == 0 {
        return Err(WorkflowError::NothingToPublish {
            edition: edition_id.to_string(),
        }
        .into());
    }
    let meta = Meta {
        edition: EditionRef {
            id: edition.id.clone(),
            name: edition.name.clone(),
            names: edition.names.clone(),
        },
        publication: PublicationRef {
            version: earlier.first().map_or(1, |p| p.version as u32 + 1),
            published_at: String::new(),
            change_note: String::new(),
        },
        licence: String::new(),
    };
    let answers_csv = results::answers_csv(&meta, framework, &answers);
    let next = results::build(framework, &meta, &answers_csv, evidence).map_err(|e| {
        StoreError::Invalid(cyberindex_store::Invalid::Freeze {
            detail: e[0].to_string(),
        })
    })?;
    let previous = match earlier.first() {
        Some(p) => {
            let stored = store.publication(edition_id, p.version).await?;
            let results: Results = serde_json::from_str(&stored.results_json).map_err(|e| {
                StoreError::Corrupt(format!(
                    "publication {edition_id} version {} no longer reads: {e}",
                    p.version
                ))
            })?;
            Some(results)
        }
        None => None,
    };
    Ok(compare(previous.as_ref(), &next))
}
