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
use crate::web::{FormError, Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "set_password.html")]
pub struct SetPasswordPage {
    pub page: Page,
    pub heading: String,
    pub intro: String,
    pub action: String,
    /// A refusal, shown beside its field (`password` or `confirm`).
    pub error: Option<FormError>,
}

impl SetPasswordPage {
    /// The refusal's message when it belongs beside `field`.
    fn error_on(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.on(field))
            .map(|e| e.message.as_str())
    }
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
    error: Option<FormError>,
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
    let refused = error.is_some();
    let page = Page::new(tr, None, state.config.demo, uri, heading.clone());
    let mut response = render(&SetPasswordPage {
        page,
        heading,
        intro,
        action,
        error,
    })?;
    if refused {
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
    let problem = match auth::password_problem(&form.password) {
        Some(problem) => Some(("password", problem)),
        None if form.password != form.confirm => Some(("confirm", "password-mismatch")),
        None => None,
    };
    if let Some((field, problem)) = problem {
        let error = FormError {
            field: Some(field.to_string()),
            message: tr.t(problem),
        };
        return form_for(state, tr, uri, token, purpose, Some(error)).await;
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
