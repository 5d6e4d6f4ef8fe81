//! `GET /editions/{edition}/archive`: what archiving does, and the button that confirms it;
//! `POST` archives (admins) only with that confirmation, so that no single click closes an
//! edition. `POST /editions/{edition}/unarchive` opens an archived edition again. Both are
//! audited by the store.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "edition_archive.html")]
struct ConfirmPage {
    page: Page,
    edition_id: String,
    edition_name: String,
}

pub async fn confirm(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let stored = state.store.edition(&edition).await?;
    if stored.archived_at.is_some() {
        return Ok(see_other("/editions"));
    }
    let title = tr.ta("archive-confirm-title", &[("edition", &stored.name)]);
    render(&ConfirmPage {
        page: Page::new(tr, Some(&admin.0), state.config.demo, &uri, title),
        edition_id: stored.id,
        edition_name: stored.name,
    })
}

pub async fn archive(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
    body: Bytes,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    // `confirm=yes` comes from the confirmation page's form; a bare request is sent there.
    let confirmed = body
        .split(|b| *b == b'&')
        .any(|pair| pair == b"confirm=yes");
    if !confirmed {
        return Ok(see_other(&format!("/editions/{edition}/archive")));
    }
    state
        .store
        .archive_edition(&edition, Some(admin.0.id))
        .await?;
    tracing::info!(user = admin.0.id, edition, "edition archived");
    Ok(see_other("/editions"))
}

pub async fn unarchive(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    state
        .store
        .unarchive_edition(&edition, Some(admin.0.id))
        .await?;
    tracing::info!(user = admin.0.id, edition, "edition unarchived");
    Ok(see_other("/editions"))
}
