//! Who is calling: a session cookie (browser) or a personal API token (`Authorization: Bearer`).
//!
//! Secrets (session cookies, API tokens, single-use links) are random 256-bit values; only their
//! SHA-256 is stored, so a copy of the database gives no one a way in. Passwords are argon2id
//! hashes (`password-auth`).

use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use cyberindex_store::{Role, User};

use crate::error::AppError;
use crate::state::AppState;

pub const SESSION_COOKIE: &str = "cyberindex_session";

/// The value of a cookie.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// New random secrets and their stored form (one definition, in the workflow crate).
pub use cyberindex_workflow::secret::{hash_token, random_token};

/// How the caller proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// A browser session; its hash identifies it.
    Session { token_hash: String },
    /// A personal API token.
    Token,
}

/// What a signed-in session still owes before it may do anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owed {
    /// The TOTP code of this login.
    TotpCode,
    /// Setting up two-factor authentication, which the user's role requires.
    TotpEnrolment,
}

/// The authenticated caller, possibly with a step still owed.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user: User,
    pub via: Via,
    pub owed: Option<Owed>,
}

impl Caller {
    pub fn role(&self) -> Role {
        self.user.role
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
}

/// Resolves the caller of a request, if any. Cached in the request extensions.
pub async fn caller(parts: &mut Parts, state: &AppState) -> Result<Option<Caller>, AppError> {
    if let Some(cached) = parts.extensions.get::<Option<Caller>>() {
        return Ok(cached.clone());
    }
    let caller = if let Some(token) = bearer(parts) {
        // A bad token is an error, not an anonymous request: scripts should hear about it.
        let key = format!("t:{}", hash_token(token));
        let user = match state.auth_cache.get(&key) {
            Some((user, _)) => user,
            None => {
                let user = state
                    .store
                    .token_user(&key[2..])
                    .await?
                    .ok_or(AppError::Unauthorized)?;
                state.auth_cache.put(key, user.clone(), false);
                user
            }
        };
        let owed = None; // API tokens are created after any second factor, and stand alone.
        Some(Caller {
            user,
            via: Via::Token,
            owed,
        })
    } else if let Some(token) = cookie(&parts.headers, SESSION_COOKIE) {
        let token_hash = hash_token(&token);
        let key = format!("s:{token_hash}");
        let found = match state.auth_cache.get(&key) {
            Some(hit) => Some(hit),
            None => {
                let found = state.store.session(&token_hash).await?;
                if let Some((user, pending)) = &found {
                    state.auth_cache.put(key, user.clone(), *pending);
                }
                found
            }
        };
        match found {
            Some((mut user, pending_totp)) => {
                // Pages show the unread count beside "Notifications"; it is never cached. The
                // API and the pages' scripts (which ask for JSON) show no navigation: no count.
                let json = parts
                    .headers
                    .get(axum::http::header::ACCEPT)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|v| v.contains("application/json"));
                if parts.method == axum::http::Method::GET
                    && !parts.uri.path().starts_with("/api/")
                    && !json
                {
                    user.unread = state.store.unread_notifications(user.id).await?;
                }
                let owed = if pending_totp {
                    Some(Owed::TotpCode)
                } else if !user.totp_enabled
                    && state
                        .config
                        .require_totp
                        .iter()
                        .any(|r| r == user.role.as_str())
                {
                    Some(Owed::TotpEnrolment)
                } else {
                    None
                };
                Some(Caller {
                    user,
                    via: Via::Session { token_hash },
                    owed,
                })
            }
            None => None,
        }
    } else {
        None
    };
    parts.extensions.insert(caller.clone());
    Ok(caller)
}

/// A fully signed-in caller (no step owed). Anonymous callers get 401 (pages: the login page).
#[derive(Debug, Clone)]
pub struct SignedIn(pub Caller);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match caller(parts, state).await? {
            Some(c) if c.owed.is_none() => Ok(SignedIn(c)),
            Some(c) => Err(AppError::Forbidden(match c.owed {
                Some(Owed::TotpCode) => crate::msg!("error-totp-code-first"),
                _ => crate::msg!("error-totp-enrol-first"),
            })),
            None => Err(AppError::Unauthorized),
        }
    }
}

/// Any caller, signed in or not, with a step possibly owed.
#[derive(Debug, Clone)]
pub struct MaybeCaller(pub Option<Caller>);

impl FromRequestParts<AppState> for MaybeCaller {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(MaybeCaller(caller(parts, state).await?))
    }
}

/// Who a session or token belongs to, remembered for a few seconds so that autosave, the hot
/// path, does not read the database for it on every keystroke. Every change to sessions,
/// tokens or two-factor settings made through this server clears it at once; a change made by
/// another process (the command line) takes effect within [`AuthCache::TTL`].
#[derive(Debug, Default)]
pub struct AuthCache {
    entries: std::sync::Mutex<std::collections::HashMap<String, (User, bool, std::time::Instant)>>,
    /// How many password hashes this server has verified: sign-in and reset requests verify
    /// exactly one whatever the account, so that their timing says nothing about it. Tests read
    /// it through [`AuthCache::password_checks`].
    password_checks: std::sync::atomic::AtomicU64,
}

impl AuthCache {
    pub const TTL: std::time::Duration = std::time::Duration::from_secs(5);

    fn get(&self, key: &str) -> Option<(User, bool)> {
        let entries = self.entries.lock().expect("not poisoned");
        entries
            .get(key)
            .filter(|(_, _, at)| at.elapsed() < Self::TTL)
            .map(|(u, p, _)| (u.clone(), *p))
    }

    fn put(&self, key: String, user: User, pending: bool) {
        let mut entries = self.entries.lock().expect("not poisoned");
        if entries.len() > 50_000 {
            entries.retain(|_, (_, _, at)| at.elapsed() < Self::TTL);
        }
        entries.insert(key, (user, pending, std::time::Instant::now()));
    }

    /// Forgets everything: called on every sign-out, second-factor step, token revocation and
    /// password change.
    pub fn clear(&self) {
        self.entries.lock().expect("not poisoned").clear();
    }

    /// How many password hashes this server has verified since it started.
    pub fn password_checks(&self) -> u64 {
        self.password_checks
            .load(std::sync::atomic::Ordering::Relaxed)
    }
}

/// Checks a password against an account's hash with one argon2id verification, whether or not
/// there is a hash: without one (an unknown account, an invitation not yet used) the check runs
/// against [`DUMMY_HASH`] and fails, so the answer takes the same time in every case.
pub fn check_password(state: &AppState, password: &str, hash: Option<&str>) -> bool {
    state
        .auth_cache
        .password_checks
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let valid = verify_password(password, hash.unwrap_or(&DUMMY_HASH));
    valid && hash.is_some()
}

/// An email as a key for per-account limits: trimmed and lower-cased, whether or not the
/// account exists, so that the limits do not tell which accounts do.
pub fn account_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A hash to check against when the account does not exist, so that the answer takes as long.
pub static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password("no such account"));

/// Hashes a password with argon2id.
pub fn hash_password(password: &str) -> String {
    password_auth::generate_hash(password)
}

/// Checks a password against its hash, in constant time.
pub fn verify_password(password: &str, hash: &str) -> bool {
    password_auth::verify_password(password, hash).is_ok()
}

/// Checks a new password (see `passwords`): the Fluent key of the reason it is refused.
pub fn password_problem(password: &str) -> Option<&'static str> {
    crate::passwords::problem(password)
}

/// The `Set-Cookie` value for a session.
pub fn session_cookie(token: &str, max_age_secs: i64, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    )
}
