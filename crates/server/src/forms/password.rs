//! The set-password form that invitation and reset links share: the page, the form it posts,
//! and using the link to set the password.

use askama::Template;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::LinkPurpose;
use serde::Deserialize;

use crate::auth;
use crate::error::{AppError, AppResult};
use crate::extract::ClientKey;
use crate::i18n::Tr;
use crate::ratelimit;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordPage {
    pub page: Page,
    pub heading: String,
    pub intro: String,
    pub action: String,
    pub error: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct PasswordForm {
    pub password: String,
    pub confirm: String,
}

/// Shows the set-password form for a valid link, or 404.
pub async fn form_for(
    state: &AppState,
    tr: Tr,
    uri: &Uri,
    token: &str,
    purpose: LinkPurpose,
    error: Option<String>,
) -> AppResult<Response> {
    if state
        .store
        .peek_link(&auth::hash_token(token), purpose)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    let (heading, intro, action) = match purpose {
        LinkPurpose::Invitation => (
            tr.t("invitation-title"),
            tr.t("invitation-intro"),
            format!("/invitation/{token}"),
        ),
        LinkPurpose::Reset => (
            tr.t("reset-confirm-title"),
            tr.t("reset-confirm-intro"),
            format!("/password/reset/{token}"),
        ),
    };
    let page = Page::new(tr, None, state.config.demo, uri, heading.clone());
    let mut response = render(&SetPasswordPage {
        page,
        heading,
        intro,
        action,
        error: error.clone(),
    })?;
    if error.is_some() {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

/// Uses a link to set a password.
pub async fn redeem(
    state: &AppState,
    tr: Tr,
    uri: &Uri,
    client: &ClientKey,
    token: &str,
    purpose: LinkPurpose,
    form: &PasswordForm,
) -> AppResult<Response> {
    client.limit(state, "link", ratelimit::LINKS).await?;
    let problem = if form.password != form.confirm {
        Some("password-mismatch")
    } else {
        auth::password_problem(&form.password)
    };
    if let Some(problem) = problem {
        return form_for(state, tr, uri, token, purpose, Some(tr.t(problem))).await;
    }
    match state
        .store
        .redeem_link_counted(
            &auth::hash_token(token),
            purpose,
            &auth::hash_password(&form.password),
        )
        .await?
    {
        Some((user, tokens_revoked)) => {
            state.auth_cache.clear();
            tracing::info!(
                user,
                purpose = purpose.as_str(),
                tokens_revoked,
                "password set through a link"
            );
            // Every other link of the account is void now; after a reset its API tokens are
            // revoked too, which the sign-in page then says. Someone who has just accepted an
            // invitation is signed in straight away (a new account has no second factor yet).
            match purpose {
                LinkPurpose::Reset => Ok(see_other("/login?done=reset&next=/")),
                LinkPurpose::Invitation => {
                    crate::web::login::open_session(state, user, false, "/".to_string()).await
                }
            }
        }
        None => Err(AppError::NotFound),
    }
}
