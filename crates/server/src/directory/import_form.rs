//! `GET /directory/import`: the secretariat's import page: upload a file (the spreadsheet
//! template as CSV or XLSX, exported records, FIRST's or Trusted Introducer's JSON, or one
//! team's RFC 2350 or security.txt), see every error or a preview, then confirm.

use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let page = Page::new(
        tr,
        Some(&secretariat.0),
        state.config.demo,
        &uri,
        tr.t("directory-import-title"),
    );
    render(&super::importing::ImportPage::new(&state, tr, page).await?)
}
