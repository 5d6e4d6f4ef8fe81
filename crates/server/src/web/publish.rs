//! `GET /editions/{edition}/publish`: the secretariat sees what would be published, as a preview
//! (every country included with its score and rank, and the changes from the previous version:
//! new and removed countries, score and rank changes), and every earlier version; `POST`
//! (administrators) confirms: it publishes the validated responses as the next version and goes
//! to its public overview. A refused publication comes back to this page with the error beside
//! its field and what was typed kept.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use cyberindex_answers::countries;
use cyberindex_publish::preview::{Change, Preview};
use cyberindex_store::{Status, User};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::service::publish::{self, DEFAULT_LICENCE, PublishRequest};
use crate::state::AppState;
use crate::web::{FormError, Page, render, see_other, when};

#[derive(Debug)]
pub struct VersionRow {
    pub version: i64,
    pub href: String,
    pub published: String,
    pub countries: i64,
    pub note: String,
}

/// One country of the preview, as shown.
#[derive(Debug)]
pub struct PreviewRow {
    pub country: String,
    pub score: String,
    pub rank: String,
    /// The change from the previous version, in words.
    pub change: String,
    /// Whether it changed (new, or a score or rank moved).
    pub changed: bool,
}

#[derive(Debug, Template)]
#[template(path = "publish.html")]
struct PublishPage {
    page: Page,
    preview: Vec<PreviewRow>,
    /// Countries of the previous version left out, as shown.
    removed: Vec<String>,
    previous_version: Option<u32>,
    changed: usize,
    error: Option<FormError>,
    change_note: String,
    edition_id: String,
    edition_name: String,
    validated: usize,
    total: usize,
    is_admin: bool,
    licence: String,
    needs_note: bool,
    versions: Vec<VersionRow>,
}

/// A score at the framework's precision, or "–".
fn score_text(x: Option<f64>, precision: u8) -> String {
    x.map_or_else(
        || "–".to_string(),
        |v| format!("{v:.*}", usize::from(precision)),
    )
}

/// A country's name in the reader's language, with its code.
fn country_name(tr: Tr, unit: &str) -> String {
    countries::by_alpha3(unit).map_or_else(
        || unit.to_string(),
        |c| format!("{} ({unit})", c.name(tr.lang)),
    )
}

fn preview_rows(tr: Tr, preview: &Preview) -> Vec<PreviewRow> {
    let p = preview.precision;
    let rank_text = |r: Option<u32>| r.map_or_else(|| "–".to_string(), |r| r.to_string());
    preview
        .rows
        .iter()
        .map(|r| {
            let (change, changed) = match &r.change {
                Change::First => (String::new(), false),
                Change::New => (tr.t("publish-preview-new"), true),
                Change::Same => (tr.t("publish-preview-same"), false),
                Change::Moved { overall, rank } => (
                    tr.ta(
                        "publish-preview-moved",
                        &[
                            ("from_score", &score_text(*overall, p)),
                            ("to_score", &score_text(r.overall, p)),
                            ("from_rank", &rank_text(*rank)),
                            ("to_rank", &rank_text(r.rank)),
                        ],
                    ),
                    true,
                ),
            };
            PreviewRow {
                country: country_name(tr, &r.unit),
                score: score_text(r.overall, p),
                rank: rank_text(r.rank),
                change,
                changed,
            }
        })
        .collect()
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let staff = signed.secretariat()?;
    page(&state, &staff.0, tr, &uri, &edition, None, None).await
}

/// The page, with a refusal and what was typed when a publication was refused.
async fn page(
    state: &AppState,
    staff: &User,
    tr: Tr,
    uri: &Uri,
    edition: &str,
    error: Option<FormError>,
    typed: Option<PublishForm>,
) -> AppResult<Response> {
    let stored = state.store.edition(edition).await?;
    let responses = state.store.responses(edition).await?;
    let versions = state.store.publications(Some(edition)).await?;
    let validated = responses
        .iter()
        .filter(|r| r.status == Status::Validated)
        .count();
    let preview = if validated > 0 {
        publish::preview(state, edition).await?
    } else {
        Preview::default()
    };
    let page = Page::new(
        tr,
        Some(staff),
        state.config.demo,
        uri,
        tr.t("publish-title"),
    );
    let rows = preview_rows(tr, &preview);
    let failed = error.is_some();
    let mut response = render(&PublishPage {
        page,
        changed: rows.iter().filter(|r| r.changed).count() + preview.removed.len(),
        preview: rows,
        removed: preview
            .removed
            .iter()
            .map(|r| {
                format!(
                    "{} · {} · {}",
                    country_name(tr, &r.unit),
                    score_text(r.overall, preview.precision),
                    r.rank.map_or_else(|| "–".to_string(), |r| r.to_string())
                )
            })
            .collect(),
        previous_version: preview.previous_version,
        error,
        change_note: typed
            .as_ref()
            .map(|t| t.change_note.clone())
            .unwrap_or_default(),
        edition_name: stored.name,
        validated,
        total: responses.len(),
        is_admin: staff.role == cyberindex_store::Role::Admin,
        licence: match typed {
            Some(t) => t.licence,
            None => versions
                .first()
                .map_or_else(|| DEFAULT_LICENCE.to_string(), |v| v.licence.clone()),
        },
        needs_note: !versions.is_empty(),
        versions: versions
            .iter()
            .map(|v| VersionRow {
                version: v.version,
                href: format!("/results/{edition}/v{}/", v.version),
                published: when(v.published_at),
                countries: v.countries,
                note: v.change_note.clone(),
            })
            .collect(),
        edition_id: edition.to_string(),
    })?;
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

#[derive(Debug, Deserialize)]
pub struct PublishForm {
    #[serde(default)]
    change_note: String,
    #[serde(default)]
    licence: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
    Form(form): Form<PublishForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let result = publish::publish(
        &state,
        &edition,
        &PublishRequest {
            change_note: form.change_note.clone(),
            licence: form.licence.clone(),
        },
        Some(admin.0.id),
    )
    .await;
    match result {
        // Back to the edition, which says what was published and links to it.
        Ok(meta) => Ok(see_other(&format!(
            "/editions/{edition}/dashboard?published={}",
            meta.version
        ))),
        Err(e) => {
            let error = FormError::from_app(e, tr)?;
            page(
                &state,
                &admin.0,
                tr,
                &uri,
                &edition,
                Some(error),
                Some(form),
            )
            .await
        }
    }
}
