//! `GET/POST /login/totp`: the second factor of a sign-in. Each code works once; wrong codes are
//! counted per pending session (it ends after `ratelimit::TOTP_SESSION_FAILURES`) and per account
//! (a growing wait, `ratelimit::totp_wait_ms`), and recorded in the audit trail. The sign-in is
//! recorded (`user.login`) only when the code is accepted.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::http::header;
use axum::response::Response;
use cyberindex_store::TotpAttempt;
use serde::Deserialize;

use crate::auth::{self, MaybeCaller, Owed, Via};
use crate::error::{AppError, AppResult};
use crate::extract::{ClientKey, safe_next, urlencode};
use crate::i18n::Tr;
use crate::ratelimit;
use crate::service::totp;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "totp_code.html")]
struct CodePage {
    page: Page,
    error: Option<String>,
    next: String,
}

pub async fn show(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    match caller {
        Some(c) if c.owed == Some(Owed::TotpCode) => {
            let page = Page::new(tr, None, state.config.demo, &uri, tr.t("totp-code-title"));
            render(&CodePage {
                page,
                error: None,
                next: q.next,
            })
        }
        Some(_) => Ok(see_other(&safe_next(&state.config.public_url, &q.next))),
        None => Ok(see_other("/login")),
    }
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let Some(caller) = caller.filter(|c| c.owed == Some(Owed::TotpCode)) else {
        return Ok(see_other("/login"));
    };
    client.limit(&state, "totp", ratelimit::SIGN_IN).await?;
    let user = &caller.user;
    let token_hash = match &caller.via {
        Via::Session { token_hash } => Some(token_hash.as_str()),
        Via::Token => None,
    };
    match state
        .store
        .claim_totp_attempt(
            token_hash,
            user.id,
            ratelimit::TOTP_SESSION_FAILURES,
            ratelimit::totp_wait_ms,
        )
        .await?
    {
        TotpAttempt::Allowed => {}
        TotpAttempt::Wait => return Err(AppError::TooManyRequests),
        TotpAttempt::SessionOver => {
            state.auth_cache.clear();
            return Ok(sign_in_again(&state, &form.next));
        }
    }
    let secret = user.totp_secret.clone().unwrap_or_default();
    let accepted = match totp::matched_step(&secret, &user.email, form.code.trim()) {
        // A code of a step already used (or earlier) is refused: each code works once.
        Some(step) => state.store.accept_totp_step(user.id, step).await?,
        None => false,
    };
    if accepted {
        if let Some(token_hash) = token_hash {
            state.store.complete_session_totp(token_hash).await?;
            state.auth_cache.clear();
        }
        state.store.record_login(user.id).await?;
        tracing::info!(user = user.id, "signed in");
        return Ok(see_other(&safe_next(&state.config.public_url, &form.next)));
    }
    tracing::info!(user = user.id, "failed TOTP code");
    let ended = state
        .store
        .record_totp_failure(token_hash, user.id, ratelimit::TOTP_SESSION_FAILURES)
        .await?;
    if ended {
        state.auth_cache.clear();
        return Ok(sign_in_again(&state, &form.next));
    }
    let page = Page::new(tr, None, state.config.demo, &uri, tr.t("totp-code-title"));
    let mut response = render(&CodePage {
        page,
        error: Some(tr.t("totp-code-wrong")),
        next: form.next,
    })?;
    *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
    Ok(response)
}

/// The pending sign-in is over (too many wrong codes): back to the password, which says why.
fn sign_in_again(state: &AppState, next: &str) -> Response {
    let next = safe_next(&state.config.public_url, next);
    let mut response = see_other(&format!("/login?done=totp&next={}", urlencode(&next)));
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::session_cookie("", 0, state.config.secure_cookies())
            .parse()
            .expect("valid header"),
    );
    response
}
