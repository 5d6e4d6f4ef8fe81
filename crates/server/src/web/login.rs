//! `GET /login` and `POST /login`: password sign-in, then the TOTP code when enabled.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::{self, MaybeCaller};
use crate::error::AppResult;
use crate::extract::{ClientKey, Next, limit_account, safe_next, urlencode};
use crate::i18n::Tr;
use crate::ratelimit;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    error: Option<String>,
    notice: Option<String>,
    email: String,
    next: String,
}

pub async fn show(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    Query(q): Query<Next>,
) -> AppResult<Response> {
    if caller.as_ref().is_some_and(|c| c.owed.is_none()) {
        return Ok(see_other(&safe_next(&state.config.public_url, &q.next)));
    }
    let page = Page::new(tr, None, state.config.demo, &uri, tr.t("login-title"));
    render(&LoginPage {
        page,
        error: None,
        notice: match q.done.as_str() {
            "reset" => Some(tr.t("reset-done-tokens-revoked")),
            "totp" => Some(tr.t("totp-session-ended")),
            _ => None,
        },
        email: String::new(),
        next: q.next,
    })
}

#[derive(Debug, Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    client.limit(&state, "sign-in", ratelimit::SIGN_IN).await?;
    let email = form.email.trim().to_string();
    limit_account(&state, "sign-in", &email, ratelimit::SIGN_IN_ACCOUNT).await?;
    let user = state.store.user_by_email(&email).await?;
    // One argon2id verification in every case (an unknown, inactive or invited-but-unused
    // account is checked against a dummy hash), so timing does not reveal which emails exist.
    let hash = user
        .as_ref()
        .filter(|u| u.active)
        .and_then(|u| u.password_hash.as_deref());
    let valid = auth::check_password(&state, &form.password, hash);
    let known = user.as_ref().map(|u| u.id);
    let Some(user) = user.filter(|_| valid) else {
        // The address typed is not logged: people sometimes type a password there. The audit
        // trail keeps it (capped), for the administrators.
        tracing::info!(user = ?known, "failed sign-in");
        // The address tried is kept (capped), never the password.
        let tried: String = email.chars().take(320).collect();
        state.store.record_failed_login(&tried, known).await?;
        let page = Page::new(tr, None, state.config.demo, &uri, tr.t("login-title"));
        let mut response = render(&LoginPage {
            page,
            error: Some(tr.t("login-failed")),
            notice: None,
            email,
            next: form.next,
        })?;
        *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    let next = safe_next(&state.config.public_url, &form.next);
    open_session(&state, user.id, user.totp_enabled, next).await
}

/// Signs a user in: a new session, its cookie, and the way on to `next` (through the second
/// factor first when the account has one). Also used straight after an invitation is accepted.
pub async fn open_session(
    state: &AppState,
    user: i64,
    totp_enabled: bool,
    next: String,
) -> AppResult<Response> {
    let token = auth::random_token();
    let days = i64::from(state.config.session_days);
    let expires = cyberindex_store::now_ms() + days * 86_400_000;
    state
        .store
        .create_session(&auth::hash_token(&token), user, expires, totp_enabled)
        .await?;
    // The sign-in is recorded once it is complete: after the second factor when there is one.
    if !totp_enabled {
        state.store.record_login(user).await?;
        tracing::info!(user, "signed in");
    }
    let to = if totp_enabled {
        format!("/login/totp?next={}", urlencode(&next))
    } else {
        next
    };
    let mut response = see_other(&to);
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::session_cookie(&token, days * 86_400, state.config.secure_cookies())
            .parse()
            .expect("valid header"),
    );
    Ok(response.into_response())
}
