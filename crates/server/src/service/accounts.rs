//! Accounts: invitations and password resets through single-use links, sent by email (or kept in
//! the outbox), and API tokens.

use cyberindex_answers::countries;
use cyberindex_store::{LinkPurpose, NewUser, Role, User};

use crate::auth;
use crate::error::{AppError, AppResult};
use crate::ratelimit;
use crate::state::AppState;

/// Creates an account and its invitation; returns the user and the invitation link, which is
/// also emailed (or kept in the outbox).
/// `by` is the administrator inviting (`None` from the command line).
pub async fn invite(state: &AppState, new: &NewUser, by: Option<i64>) -> AppResult<(User, String)> {
    let user = state.store.create_user_by(new, by).await?;
    let link = send_link(state, &user, LinkPurpose::Invitation).await?;
    Ok((user, link))
}

/// Creates a single-use link for a user and emails it; returns the link.
pub async fn send_link(state: &AppState, user: &User, purpose: LinkPurpose) -> AppResult<String> {
    Ok(issue_link(state, user, purpose, None)
        .await?
        .unwrap_or_default())
}

/// Sends a reset link, unless the account already had [`ratelimit::RESET_EMAILS_PER_HOUR`] in
/// the last hour (counted in the database, so across restarts and server instances). Whether a
/// link was sent; the requester is never told.
pub async fn request_reset(state: &AppState, user: &User) -> AppResult<bool> {
    let hour_ago = cyberindex_store::now_ms() - 3_600_000;
    let cap = Some((hour_ago, ratelimit::RESET_EMAILS_PER_HOUR));
    let sent = issue_link(state, user, LinkPurpose::Reset, cap).await?;
    if sent.is_none() {
        tracing::info!(user = user.id, "reset link not sent: hourly limit reached");
    }
    Ok(sent.is_some())
}

/// Creates a link (within `cap`, see `Store::create_link_capped`) and emails it; the link, or
/// `None` when the cap was reached.
async fn issue_link(
    state: &AppState,
    user: &User,
    purpose: LinkPurpose,
    cap: Option<(i64, i64)>,
) -> AppResult<Option<String>> {
    let token = auth::random_token();
    let (path, days, subject, body) = match purpose {
        LinkPurpose::Invitation => (
            "invitation",
            i64::from(state.config.invitation_days),
            "Your cyberindex invitation",
            "You have been invited to cyberindex. Open this link to set your password (it works once, for {days} days):",
        ),
        LinkPurpose::Reset => (
            "password/reset",
            1,
            "Reset your cyberindex password",
            "Open this link to choose a new password (it works once, for {days} day). If you did not ask for it, ignore this message:",
        ),
    };
    let expires = cyberindex_store::now_ms() + days * 86_400_000;
    if !state
        .store
        .create_link_capped(user.id, purpose, &auth::hash_token(&token), expires, cap)
        .await?
    {
        return Ok(None);
    }
    let link = format!("{}/{path}/{token}", state.config.public_url);
    let body = format!("{}\n\n{link}\n", body.replace("{days}", &days.to_string()));
    state
        .mailer
        .send_secret(&state.store, &user.email, subject, &body, &token)
        .await?;
    Ok(Some(link))
}

/// Creates a personal API token and returns it; only its hash is kept.
pub async fn create_token(state: &AppState, user: &User, name: &str) -> AppResult<String> {
    let token = format!("cyx_{}", auth::random_token());
    state
        .store
        .create_token(user.id, name, &auth::hash_token(&token))
        .await?;
    Ok(token)
}

/// Checks invitation details.
pub fn new_user(
    email: &str,
    name: &str,
    role: &str,
    country: &str,
    observed: &str,
) -> AppResult<NewUser> {
    let email = email.trim();
    if !email.contains('@') || email.len() > 254 || email.contains(char::is_whitespace) {
        return Err(AppError::bad(
            "email",
            cyberindex_store::msg!("error-email-invalid", email = email),
        ));
    }
    let role: Role = role.parse().map_err(|_| {
        AppError::bad(
            "role",
            cyberindex_store::msg!("error-role-unknown", role = role),
        )
    })?;
    let country = country.trim().to_ascii_uppercase();
    let country = match (role.is_country_role(), country.is_empty()) {
        (true, true) => {
            return Err(AppError::bad(
                "country",
                cyberindex_store::msg!("store-role-needs-country", role = role),
            ));
        }
        (true, false) if countries::by_alpha3(&country).is_none() => {
            return Err(AppError::bad(
                "country",
                cyberindex_store::msg!("error-country-unknown", country = country),
            ));
        }
        (true, false) => Some(country),
        (false, _) => None,
    };
    let mut observed_codes = Vec::new();
    if role == Role::Observer {
        for code in observed.split([',', ' ', ';']).filter(|c| !c.is_empty()) {
            let code = code.trim().to_ascii_uppercase();
            if countries::by_alpha3(&code).is_none() {
                return Err(AppError::bad(
                    "observed",
                    cyberindex_store::msg!("error-country-unknown", country = code),
                ));
            }
            observed_codes.push(code);
        }
    }
    Ok(NewUser {
        email: email.to_string(),
        name: name.trim().to_string(),
        role,
        country,
        observed: observed_codes,
    })
}
