//! `/account`: the password, two-factor authentication and personal API tokens. Changing the
//! password, turning two-factor authentication on or off and creating a token change how the
//! account can be entered: they need a browser session (never an API token) and the current
//! password, given again.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::{self, Caller, MaybeCaller, Owed, SignedIn, Via};
use crate::error::{AppError, AppResult};
use crate::extract::{ClientKey, limit_account};
use crate::i18n::Tr;
use crate::ratelimit;
use crate::service::{accounts, totp};
use crate::state::AppState;
use crate::web::{FormError, Page, render, role_key, see_other, when};

#[derive(Debug)]
struct TokenRow {
    id: i64,
    name: String,
    created: String,
    last_used: String,
    revoked: bool,
}

#[derive(Debug, Template)]
#[template(path = "account.html")]
struct AccountPage {
    page: Page,
    role_key: &'static str,
    /// A refused form: its message is shown beside the field (the element's id) and in the
    /// summary.
    error: Option<FormError>,
    /// The token name typed in a refused form (passwords are never kept).
    token_name: String,
    totp_enabled: bool,
    totp_required: bool,
    totp_owed: bool,
    secret: String,
    qr: String,
    tokens: Vec<TokenRow>,
    new_token: Option<String>,
}

impl AccountPage {
    /// The refusal's message when it belongs beside the field with this id.
    fn error_on(&self, field: &str) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|e| e.on(field))
            .map(|e| e.message.as_str())
    }
}

/// What a refused form typed that the page shows again: the token name, and the two-factor
/// secret being set up (a new one would void the QR code already scanned). Never a password.
#[derive(Debug, Default)]
struct Kept {
    token_name: String,
    secret: Option<String>,
}

/// A refusal beside the field with the id `field`.
fn beside(field: &str, message: String) -> FormError {
    FormError {
        field: Some(field.to_string()),
        message,
    }
}

/// Signed in, or signed in but owing TOTP enrolment (the one page such a user may use).
fn enrolling(caller: Option<Caller>) -> AppResult<Caller> {
    match caller {
        Some(c) if c.owed.is_none() || c.owed == Some(Owed::TotpEnrolment) => Ok(c),
        Some(_) => Err(AppError::Forbidden(crate::msg!("error-totp-code-first"))),
        None => Err(AppError::Unauthorized),
    }
}

/// Why a change to the account's security is refused: not a browser session (an error), or a
/// wrong password (`Ok(Some(refusal))`, shown beside `field`, the password input's id). Password attempts count against the
/// sign-in limits of the address and of the account.
async fn check_confirmation(
    state: &AppState,
    caller: &Caller,
    client: &ClientKey,
    tr: Tr,
    password: &str,
    field: &str,
) -> AppResult<Option<FormError>> {
    if caller.via == Via::Token {
        return Err(AppError::Forbidden(crate::msg!("error-session-only")));
    }
    client.limit(state, "sign-in", ratelimit::SIGN_IN).await?;
    limit_account(
        state,
        "sign-in",
        &caller.user.email,
        ratelimit::SIGN_IN_ACCOUNT,
    )
    .await?;
    if auth::check_password(state, password, caller.user.password_hash.as_deref()) {
        Ok(None)
    } else {
        tracing::info!(
            user = caller.user.id,
            "account change refused: wrong password"
        );
        Ok(Some(beside(field, tr.t("account-password-wrong"))))
    }
}

/// The account page with a refused form, as 422.
async fn refused(
    state: &AppState,
    caller: &Caller,
    tr: Tr,
    uri: &Uri,
    error: FormError,
    kept: Kept,
) -> AppResult<Response> {
    let mut response = page(state, caller, tr, uri, Some(error), kept, None).await?;
    *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}

async fn page(
    state: &AppState,
    caller: &Caller,
    tr: Tr,
    uri: &Uri,
    error: Option<FormError>,
    kept: Kept,
    new_token: Option<String>,
) -> AppResult<Response> {
    let user = &caller.user;
    let secret = kept.secret.unwrap_or_else(totp::new_secret);
    let url = totp::url(&secret, &user.email);
    let tokens = state
        .store
        .tokens(user.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            created: when(t.created_at),
            last_used: t.last_used_at.map(when).unwrap_or_else(|| "—".into()),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let page = Page::new(
        tr,
        Some(user),
        state.config.demo,
        uri,
        tr.t("account-title"),
    );
    render(&AccountPage {
        page,
        role_key: role_key(user.role),
        error,
        token_name: kept.token_name,
        totp_enabled: user.totp_enabled,
        totp_required: state
            .config
            .require_totp
            .iter()
            .any(|r| r == user.role.as_str()),
        totp_owed: caller.owed.is_some(),
        qr: totp::qr_data_uri(&url),
        secret,
        tokens,
        new_token,
    })
}

pub async fn show(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let caller = enrolling(caller)?;
    page(&state, &caller, tr, &uri, None, Kept::default(), None).await
}

#[derive(Debug, Deserialize)]
pub struct EnableForm {
    secret: String,
    code: String,
    /// The current password, given again.
    #[serde(default)]
    password: String,
}

pub async fn enable_totp(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<EnableForm>,
) -> AppResult<Response> {
    let caller = enrolling(caller)?;
    // The secret shown stays the one the authenticator app has scanned (when it is one this
    // page could have made: 20 bytes in base32).
    let kept = || Kept {
        secret: Some(form.secret.clone())
            .filter(|s| s.len() == 32 && !totp::url(s, &caller.user.email).is_empty()),
        ..Kept::default()
    };
    if let Some(error) = check_confirmation(
        &state,
        &caller,
        &client,
        tr,
        &form.password,
        "enable-password",
    )
    .await?
    {
        return refused(&state, &caller, tr, &uri, error, kept()).await;
    }
    let Some(step) = totp::matched_step(&form.secret, &caller.user.email, form.code.trim()) else {
        let error = beside("code", tr.t("totp-code-wrong"));
        return refused(&state, &caller, tr, &uri, error, kept()).await;
    };
    state
        .store
        .set_totp(caller.user.id, Some(&form.secret), true)
        .await?;
    // The code that turned it on cannot sign in as well.
    state.store.accept_totp_step(caller.user.id, step).await?;
    state.auth_cache.clear();
    tracing::info!(user = caller.user.id, "two-factor authentication enabled");
    Ok(see_other("/account"))
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    /// The current password, given again.
    #[serde(default)]
    password: String,
}

pub async fn disable_totp(
    State(state): State<AppState>,
    SignedIn(caller): SignedIn,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    if state
        .config
        .require_totp
        .iter()
        .any(|r| r == caller.user.role.as_str())
    {
        return Err(AppError::Forbidden(crate::msg!("error-totp-required")));
    }
    if let Some(error) = check_confirmation(
        &state,
        &caller,
        &client,
        tr,
        &form.password,
        "disable-password",
    )
    .await?
    {
        return refused(&state, &caller, tr, &uri, error, Kept::default()).await;
    }
    state.store.set_totp(caller.user.id, None, false).await?;
    state.auth_cache.clear();
    tracing::info!(user = caller.user.id, "two-factor authentication disabled");
    Ok(see_other("/account"))
}

#[derive(Debug, Deserialize)]
pub struct PasswordChange {
    /// The current password.
    #[serde(default)]
    current: String,
    password: String,
    confirm: String,
}

/// A new password: the account's outstanding reset and invitation links are void and its other
/// sessions end; this session and the API tokens stay.
pub async fn change_password(
    State(state): State<AppState>,
    SignedIn(caller): SignedIn,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<PasswordChange>,
) -> AppResult<Response> {
    if let Some(error) = check_confirmation(
        &state,
        &caller,
        &client,
        tr,
        &form.current,
        "current-password",
    )
    .await?
    {
        return refused(&state, &caller, tr, &uri, error, Kept::default()).await;
    }
    let problem = match auth::password_problem(&form.password) {
        Some(problem) => Some(("new-password", problem)),
        None if form.password != form.confirm => Some(("confirm-password", "password-mismatch")),
        None => None,
    };
    if let Some((field, problem)) = problem {
        let error = beside(field, tr.t(problem));
        return refused(&state, &caller, tr, &uri, error, Kept::default()).await;
    }
    let Via::Session { token_hash } = &caller.via else {
        return Err(AppError::Forbidden(crate::msg!("error-session-only")));
    };
    state
        .store
        .change_password(
            caller.user.id,
            &auth::hash_password(&form.password),
            token_hash,
        )
        .await?;
    state.auth_cache.clear();
    tracing::info!(user = caller.user.id, "password changed");
    Ok(see_other("/account"))
}

#[derive(Debug, Deserialize)]
pub struct TokenForm {
    name: String,
    /// The current password, given again.
    #[serde(default)]
    password: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    SignedIn(caller): SignedIn,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    client.limit(&state, "token", ratelimit::TOKENS).await?;
    let name = form.name.trim();
    let kept = || Kept {
        token_name: form.name.clone(),
        ..Kept::default()
    };
    if name.is_empty() || name.chars().count() > 80 {
        let error = FormError::from_app(
            AppError::bad("token-name", crate::msg!("error-token-name")),
            tr,
        )?;
        return refused(&state, &caller, tr, &uri, error, kept()).await;
    }
    if let Some(error) = check_confirmation(
        &state,
        &caller,
        &client,
        tr,
        &form.password,
        "token-password",
    )
    .await?
    {
        return refused(&state, &caller, tr, &uri, error, kept()).await;
    }
    let token = accounts::create_token(&state, &caller.user, name).await?;
    page(
        &state,
        &caller,
        tr,
        &uri,
        None,
        Kept::default(),
        Some(token),
    )
    .await
}

pub async fn revoke_token(
    State(state): State<AppState>,
    SignedIn(caller): SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    state.store.revoke_token(caller.user.id, id).await?;
    state.auth_cache.clear();
    Ok(see_other("/account"))
}
