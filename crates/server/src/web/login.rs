//! `GET /login` and `POST /login`: password sign-in, then the TOTP code when enabled.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::{Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::{self, MaybeCaller};
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::ratelimit;
use crate::state::AppState;
use crate::web::{Page, local_path, render, see_other};

#[derive(Debug, Template)]
#[template(path = "login.html")]
struct LoginPage {
    page: Page,
    error: Option<String>,
    email: String,
    next: String,
}

#[derive(Debug, Deserialize)]
pub struct Next {
    #[serde(default)]
    next: String,
}

impl Next {
    pub fn next(&self) -> &str {
        &self.next
    }
}

pub async fn show(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    Query(q): Query<Next>,
) -> AppResult<Response> {
    if caller.as_ref().is_some_and(|c| c.owed.is_none()) {
        return Ok(see_other(local_path(&q.next)));
    }
    let page = Page::new(tr, None, state.config.demo, &uri, tr.t("login-title"));
    render(&LoginPage {
        page,
        error: None,
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

/// The client address, used to key rate limits: the peer address, or the first
/// `X-Forwarded-For` entry when the server is configured to trust it.
#[derive(Debug, Clone)]
pub struct ClientKey(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientKey {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if state.config.trust_forwarded_for
            && let Some(forwarded) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
        {
            return Ok(ClientKey(
                forwarded.split(',').next().unwrap_or("").trim().to_string(),
            ));
        }
        let peer = parts
            .extensions
            .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
            .map(|c| c.0.ip().to_string());
        Ok(ClientKey(peer.unwrap_or_else(|| "local".to_string())))
    }
}

impl ClientKey {
    /// Takes one attempt at `action` under `rule`, or refuses with 429.
    pub fn limit(&self, state: &AppState, action: &str, rule: ratelimit::Rule) -> AppResult<()> {
        if state.limiter.allow(&format!("{}:{action}", self.0), rule) {
            Ok(())
        } else {
            Err(AppError::TooManyRequests)
        }
    }
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    client.limit(&state, "sign-in", ratelimit::SIGN_IN)?;
    let email = form.email.trim().to_string();
    let user = state.store.user_by_email(&email).await?;
    let valid = match &user {
        Some(u) if u.active => u
            .password_hash
            .as_deref()
            .is_some_and(|h| auth::verify_password(&form.password, h)),
        _ => {
            // Spend the same time as a real check, so timing does not reveal which emails exist.
            let _ = auth::verify_password(&form.password, &auth::DUMMY_HASH);
            false
        }
    };
    let known = user.as_ref().map(|u| u.id);
    let Some(user) = user.filter(|_| valid) else {
        tracing::info!(email = %email, "failed sign-in");
        // The address tried is kept (capped), never the password.
        let tried: String = email.chars().take(320).collect();
        state.store.record_failed_login(&tried, known).await?;
        let page = Page::new(tr, None, state.config.demo, &uri, tr.t("login-title"));
        let mut response = render(&LoginPage {
            page,
            error: Some(tr.t("login-failed")),
            email,
            next: form.next,
        })?;
        *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
        return Ok(response);
    };
    let token = auth::random_token();
    let days = i64::from(state.config.session_days);
    let expires = cyberindex_store::now_ms() + days * 86_400_000;
    state
        .store
        .create_session(
            &auth::hash_token(&token),
            user.id,
            expires,
            user.totp_enabled,
        )
        .await?;
    state.store.record_login(user.id).await?;
    tracing::info!(user = user.id, "signed in");
    let next = local_path(&form.next).to_string();
    let to = if user.totp_enabled {
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

/// Percent-encodes a query value.
pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
