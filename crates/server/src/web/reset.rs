//! `/password/reset`: ask for a reset link (the answer never reveals whether the email exists),
//! then set a new password through it.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::LinkPurpose;
use serde::Deserialize;

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::ratelimit;
use crate::service::accounts;
use crate::state::AppState;
use crate::web::invitation::{PasswordForm, form_for, redeem};
use crate::web::login::ClientKey;
use crate::web::{Page, render};

#[derive(Debug, Template)]
#[template(path = "reset_request.html")]
struct RequestPage {
    page: Page,
    sent: bool,
}

pub async fn show(State(state): State<AppState>, tr: Tr, uri: Uri) -> AppResult<Response> {
    let page = Page::new(tr, None, state.config.demo, &uri, tr.t("reset-title"));
    render(&RequestPage { page, sent: false })
}

#[derive(Debug, Deserialize)]
pub struct RequestForm {
    email: String,
}

pub async fn request(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<RequestForm>,
) -> AppResult<Response> {
    client.limit(&state, "link", ratelimit::LINKS)?;
    if let Some(user) = state
        .store
        .user_by_email(form.email.trim())
        .await?
        .filter(|u| u.active)
    {
        accounts::send_link(&state, &user, LinkPurpose::Reset).await?;
    }
    let page = Page::new(tr, None, state.config.demo, &uri, tr.t("reset-title"));
    render(&RequestPage { page, sent: true })
}

pub async fn show_confirm(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    Path(token): Path<String>,
) -> AppResult<Response> {
    form_for(&state, tr, &uri, &token, LinkPurpose::Reset, None).await
}

pub async fn confirm(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    redeem(&state, tr, &uri, &client, &token, LinkPurpose::Reset, &form).await
}
