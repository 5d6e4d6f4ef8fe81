//! `GET /editions`: the editions, for the secretariat.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::Role;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub framework: String,
    pub opens_on: String,
    pub deadline: String,
    pub countries: usize,
    pub state: String,
    pub archived: bool,
}

#[derive(Debug, Template)]
#[template(path = "editions.html")]
struct EditionsPage {
    page: Page,
    is_admin: bool,
    rows: Vec<Row>,
}

pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let staff = signed.secretariat()?;
    let rows = state
        .store
        .editions()
        .await?
        .into_iter()
        .map(|e| Row {
            framework: format!("{} {}", e.framework_id, e.framework_version),
            countries: e.countries.len(),
            state: tr.t(if e.archived_at.is_some() {
                "edition-archived"
            } else {
                "edition-open"
            }),
            archived: e.archived_at.is_some(),
            id: e.id,
            name: e.name,
            opens_on: e.opens_on,
            deadline: e.deadline,
        })
        .collect();
    let page = Page::new(
        tr,
        Some(&staff.0),
        state.config.demo,
        &uri,
        tr.t("editions-title"),
    );
    render(&EditionsPage {
        page,
        is_admin: staff.0.role == Role::Admin,
        rows,
    })
}
