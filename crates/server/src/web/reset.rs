//! `/password/reset`: ask for a reset link (the answer never reveals whether the email exists,
//! nor that the account's hourly limit of reset emails was reached), then set a new password
//! through it. Every request does the same work before answering: one argon2id verification;
//! the link is made and sent afterwards, in the background.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::LinkPurpose;
use serde::Deserialize;

use crate::auth;
use crate::error::AppResult;
use crate::extract::ClientKey;
use crate::forms::password::{PasswordForm, form_for, redeem};
use crate::i18n::Tr;
use crate::ratelimit;
use crate::service::accounts;
use crate::state::AppState;
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
    client.limit(&state, "link", ratelimit::LINKS).await?;
    let user = state
        .store
        .user_by_email(form.email.trim())
        .await?
        .filter(|u| u.active);
    // The same work for every email, known or not: one password-hash verification (which
    // dominates), then the answer. The link is made and sent after, off the request's time.
    let _ = auth::check_password(&state, form.email.trim(), None);
    if let Some(user) = user {
        let state = state.clone();
        tokio::spawn(async move {
            if let Err(e) = accounts::request_reset(&state, &user).await {
                tracing::warn!(user = user.id, error = %e, "reset link not sent");
            }
        });
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
