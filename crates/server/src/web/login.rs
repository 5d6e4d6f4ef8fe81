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

#[derive(Debug, Deserialize)]
pub struct Next {
    #[serde(default)]
    next: String,
    /// `reset` after a password reset, `totp` after too many wrong codes: the page explains.
    #[serde(default)]
    done: String,
}

/// Where to go after signing in, the second factor or choosing a language: `next` when it is a
/// path on this site, else `/`. It must start with a single `/` and hold only visible ASCII
/// without backslashes; percent-decoded (repeatedly), it must hold no control character or
/// backslash and not start with `//`; and it must resolve against the public URL to the public
/// URL's own origin.
pub fn safe_next(public_url: &str, next: &str) -> String {
    fn decode(s: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(s.len());
        let mut i = 0;
        while i < s.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match (
                s[i],
                s.get(i + 1).copied().and_then(hex),
                s.get(i + 2).copied().and_then(hex),
            ) {
                (b'%', Some(hi), Some(lo)) => {
                    out.push(u8::try_from(hi * 16 + lo).unwrap_or(0));
                    i += 3;
                }
                (b, _, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        out
    }
    let plain = next.starts_with('/')
        && !next.starts_with("//")
        && next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    if !plain {
        return "/".to_string();
    }
    // Decoded until nothing changes (a few rounds at most), so that encoding hides nothing.
    let mut bytes = next.as_bytes().to_vec();
    let mut settled = false;
    for _ in 0..4 {
        let decoded = decode(&bytes);
        if decoded.starts_with(b"//") || decoded.iter().any(|b| b.is_ascii_control() || *b == b'\\')
        {
            return "/".to_string();
        }
        if decoded == bytes {
            settled = true;
            break;
        }
        bytes = decoded;
    }
    if !settled {
        return "/".to_string();
    }
    let Ok(base) = reqwest::Url::parse(public_url) else {
        return "/".to_string();
    };
    match base.join(next) {
        Ok(target) if target.origin() == base.origin() && target.path().starts_with('/') => {
            next.to_string()
        }
        _ => "/".to_string(),
    }
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
    /// Takes one attempt at `action` under `rule`, or refuses with 429. The bucket is shared by
    /// every instance on the database.
    pub async fn limit(
        &self,
        state: &AppState,
        action: &str,
        rule: ratelimit::Rule,
    ) -> AppResult<()> {
        shared_limit(state, &format!("{}:{action}", self.0), rule).await
    }
}

/// Takes one attempt at `action` for the account named by `email` (normalised, whether or not
/// it exists), from any address, or refuses with 429. Shared by every instance.
pub async fn limit_account(
    state: &AppState,
    action: &str,
    email: &str,
    rule: ratelimit::Rule,
) -> AppResult<()> {
    let key = format!("account:{}:{action}", auth::account_key(email));
    shared_limit(state, &key, rule).await
}

/// One attempt for `key`: from this instance's bucket first, then from the database's bucket,
/// which every instance shares (behind several instances a client gets one allowance, not one
/// per instance). The local bucket has the same rule, so an attempt it refuses would be refused
/// anyway; checking it first keeps a flood of refused attempts in memory, away from the write
/// lock that answer saves queue on.
async fn shared_limit(state: &AppState, key: &str, rule: ratelimit::Rule) -> AppResult<()> {
    if !state.limiter.allow(key, rule) {
        return Err(AppError::TooManyRequests);
    }
    let now = cyberindex_store::now_ms();
    if state
        .store
        .take_attempt(key, rule.burst, rule.per_minute, now)
        .await?
    {
        Ok(())
    } else {
        Err(AppError::TooManyRequests)
    }
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
    // The sign-in is recorded once it is complete: after the second factor when there is one.
    if !user.totp_enabled {
        state.store.record_login(user.id).await?;
        tracing::info!(user = user.id, "signed in");
    }
    let next = safe_next(&state.config.public_url, &form.next);
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
