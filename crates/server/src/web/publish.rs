//! `GET /editions/{edition}/publish`: the secretariat sees what would be published and every
//! earlier version; `POST` (administrators) publishes the validated responses as the next version
//! and goes to its public overview.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::Status;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::service::publish::{self, DEFAULT_LICENCE, PublishRequest};
use crate::state::AppState;
use crate::web::{Page, render, see_other, when};

#[derive(Debug)]
pub struct VersionRow {
    pub version: i64,
    pub href: String,
    pub published: String,
    pub countries: i64,
    pub note: String,
}

#[derive(Debug, Template)]
#[template(path = "publish.html")]
struct PublishPage {
    page: Page,
    edition_id: String,
    edition_name: String,
    validated: usize,
    total: usize,
    is_admin: bool,
    licence: String,
    needs_note: bool,
    versions: Vec<VersionRow>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let staff = signed.secretariat()?;
    let stored = state.store.edition(&edition).await?;
    let responses = state.store.responses(&edition).await?;
    let versions = state.store.publications(Some(&edition)).await?;
    let page = Page::new(
        tr,
        Some(&staff.0),
        state.config.demo,
        &uri,
        tr.t("publish-title"),
    );
    render(&PublishPage {
        page,
        edition_name: stored.name,
        validated: responses
            .iter()
            .filter(|r| r.status == Status::Validated)
            .count(),
        total: responses.len(),
        is_admin: staff.0.role == cyberindex_store::Role::Admin,
        licence: versions
            .first()
            .map_or_else(|| DEFAULT_LICENCE.to_string(), |v| v.licence.clone()),
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
        edition_id: edition,
    })
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
    Path(edition): Path<String>,
    Form(form): Form<PublishForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let meta = publish::publish(
        &state,
        &edition,
        &PublishRequest {
            change_note: form.change_note,
            licence: form.licence,
        },
        Some(admin.0.id),
    )
    .await?;
    Ok(see_other(&format!("/results/{edition}/v{}/", meta.version)))
}
