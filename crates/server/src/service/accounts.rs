//! Accounts: invitations and password resets through single-use links, sent by email (or kept in
//! the outbox), and API tokens.

use cyberindex_store::{LinkPurpose, NewUser, User};

use crate::auth;
use crate::error::AppResult;
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
    state
        .store
        .create_link(user.id, purpose, &auth::hash_token(&token), expires)
        .await?;
    let link = format!("{}/{path}/{token}", state.config.public_url);
    let body = format!("{}\n\n{link}\n", body.replace("{days}", &days.to_string()));
    state
        .mailer
        .send(&state.store, &user.email, subject, &body)
        .await?;
    Ok(link)
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
