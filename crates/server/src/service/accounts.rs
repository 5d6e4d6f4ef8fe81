//! Accounts: invitations and password resets through single-use links, sent by email (or kept in
//! the outbox), and API tokens. The rules and the links are `cyberindex_workflow::accounts`;
//! these are its server entry points, with the server's mailer as the notifier.

use cyberindex_store::{Deactivated, LinkPurpose, NewUser, User, UserChange};
use cyberindex_workflow::accounts::issue_link;

use crate::error::AppResult;
use crate::ratelimit;
use crate::service::notify::mailer;
use crate::state::AppState;

/// Creates an account and its invitation; returns the user and the invitation link, which is
/// also emailed (or kept in the outbox).
/// `by` is the administrator inviting (`None` from the command line).
pub async fn invite(state: &AppState, new: &NewUser, by: Option<i64>) -> AppResult<(User, String)> {
    Ok(cyberindex_workflow::accounts::invite(
        &state.store,
        &mailer(state),
        new,
        state.config.invitation_days,
        by,
    )
    .await?)
}

/// Creates a single-use link for a user and emails it; returns the link.
pub async fn send_link(state: &AppState, user: &User, purpose: LinkPurpose) -> AppResult<String> {
    Ok(link(state, user, purpose, None).await?.unwrap_or_default())
}

/// Sends a reset link, unless the account already had [`ratelimit::RESET_EMAILS_PER_HOUR`] in
/// the last hour (counted in the database, so across restarts and server instances). Whether a
/// link was sent; the requester is never told.
pub async fn request_reset(state: &AppState, user: &User) -> AppResult<bool> {
    let hour_ago = cyberindex_store::now_ms() - 3_600_000;
    let cap = Some((hour_ago, ratelimit::RESET_EMAILS_PER_HOUR));
    let sent = link(state, user, LinkPurpose::Reset, cap).await?;
    if sent.is_none() {
        tracing::info!(user = user.id, "reset link not sent: hourly limit reached");
    }
    Ok(sent.is_some())
}

/// [`issue_link`] with the server's mailer and configuration.
async fn link(
    state: &AppState,
    user: &User,
    purpose: LinkPurpose,
    cap: Option<(i64, i64)>,
) -> AppResult<Option<String>> {
    let invitation_days = state.config.invitation_days;
    Ok(issue_link(
        &state.store,
        &mailer(state),
        user,
        purpose,
        invitation_days,
        cap,
    )
    .await?)
}

/// Creates a personal API token and returns it; only its hash is kept.
pub async fn create_token(state: &AppState, user: &User, name: &str) -> AppResult<String> {
    Ok(cyberindex_workflow::accounts::create_token(&state.store, user, name).await?)
}

/// Checks invitation details ([`cyberindex_workflow::accounts::new_user`]).
pub fn new_user(
    email: &str,
    name: &str,
    role: &str,
    country: &str,
    observed: &str,
    team: &str,
) -> AppResult<NewUser> {
    Ok(cyberindex_workflow::accounts::new_user(
        email, name, role, country, observed, team,
    )?)
}

/// Checks a new role and its countries ([`cyberindex_workflow::accounts::user_change`]).
pub fn user_change(role: &str, country: &str, observed: &str, team: &str) -> AppResult<UserChange> {
    Ok(cyberindex_workflow::accounts::user_change(
        role, country, observed, team,
    )?)
}

/// Invites an existing account again: a new single-use link, every earlier one void; returns
/// the user and the link, which is also emailed (or kept in the outbox).
pub async fn reinvite(state: &AppState, user: i64, by: i64) -> AppResult<(User, String)> {
    Ok(cyberindex_workflow::accounts::reinvite(
        &state.store,
        &mailer(state),
        user,
        state.config.invitation_days,
        Some(by),
    )
    .await?)
}

/// Deactivates an account: its sessions, API tokens and links end at once (this instance's
/// session cache is cleared; other instances follow the store's announcement).
pub async fn deactivate(state: &AppState, user: i64, by: i64) -> AppResult<Deactivated> {
    let done = state.store.deactivate_user(user, Some(by)).await?;
    state.auth_cache.clear();
    tracing::info!(admin = by, user, "user deactivated");
    Ok(done)
}

/// Changes an account's role and countries; the new permissions apply at once.
pub async fn update(state: &AppState, user: i64, change: &UserChange, by: i64) -> AppResult<User> {
    let updated = state.store.update_user(user, change, Some(by)).await?;
    state.auth_cache.clear();
    tracing::info!(
        admin = by,
        user,
        role = updated.role.as_str(),
        "user changed"
    );
    Ok(updated)
}

/// Reactivates a deactivated account.
pub async fn reactivate(state: &AppState, user: i64, by: i64) -> AppResult<()> {
    state.store.reactivate_user(user, Some(by)).await?;
    state.auth_cache.clear();
    tracing::info!(admin = by, user, "user reactivated");
    Ok(())
}
