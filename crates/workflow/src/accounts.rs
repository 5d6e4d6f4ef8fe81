//! Accounts: checking invitation details, invitations and password resets through single-use
//! links (sent through a [`Notifier`]), and API tokens.

use cyberindex_answers::countries;
use cyberindex_store::{LinkPurpose, NewUser, Role, Store, User, UserChange};

use crate::notify::Notifier;
use crate::secret::{hash_token, random_token};
use crate::{ActionError, WorkflowError};

/// Checks invitation details: the email, the role, the country a country role needs, the
/// countries an observer observes (separated by commas, spaces or semicolons) and the directory
/// team a team staff member belongs to (that the team exists is checked by the store, under its
/// write lock).
pub fn new_user(
    email: &str,
    name: &str,
    role: &str,
    country: &str,
    observed: &str,
    team: &str,
) -> Result<NewUser, WorkflowError> {
    let email = email.trim();
    // One `@` between a local part and a domain, both present (`name@` or `@org` would never
    // receive the invitation).
    let parts_present = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty() && !domain.is_empty() && !domain.contains('@')
    });
    if !parts_present || email.len() > 254 || email.contains(char::is_whitespace) {
        return Err(WorkflowError::Email {
            email: email.to_string(),
        });
    }
    let change = user_change(role, country, observed, team)?;
    Ok(NewUser {
        email: email.to_string(),
        name: name.trim().to_string(),
        role: change.role,
        country: change.country,
        observed: change.observed,
        team: change.team,
    })
}

/// Checks a role and its countries, for an invitation or an edit: the country a country role
/// needs, the countries an observer observes (separated by commas, spaces or semicolons), and
/// the directory team a team staff member needs (ignored for other roles).
pub fn user_change(
    role: &str,
    country: &str,
    observed: &str,
    team: &str,
) -> Result<UserChange, WorkflowError> {
    let role: Role = role.parse().map_err(|_| WorkflowError::Role {
        role: role.to_string(),
    })?;
    let country = country.trim().to_ascii_uppercase();
    let country = match (role.is_country_role(), country.is_empty()) {
        (true, true) => return Err(WorkflowError::RoleNeedsCountry { role }),
        (true, false) if countries::by_alpha3(&country).is_none() => {
            return Err(WorkflowError::Country {
                field: "country",
                country,
            });
        }
        (true, false) => Some(country),
        (false, _) => None,
    };
    let mut observed_codes = Vec::new();
    if role == Role::Observer {
        for code in observed.split([',', ' ', ';']).filter(|c| !c.is_empty()) {
            let code = code.trim().to_ascii_uppercase();
            if countries::by_alpha3(&code).is_none() {
                return Err(WorkflowError::Country {
                    field: "observed",
                    country: code,
                });
            }
            if !observed_codes.contains(&code) {
                observed_codes.push(code);
            }
        }
    }
    let team = team.trim();
    let team = match (role.is_team_role(), team.is_empty()) {
        (true, true) => return Err(WorkflowError::RoleNeedsTeam { role }),
        (true, false) => Some(team.to_string()),
        (false, _) => None,
    };
    Ok(UserChange {
        role,
        country,
        observed: observed_codes,
        team,
    })
}

/// Creates an account and its invitation (valid `invitation_days`); returns the user and the
/// invitation link, which is also sent through `notifier`. `by` is the administrator inviting
/// (`None` from the command line).
pub async fn invite(
    store: &Store,
    notifier: &impl Notifier,
    new: &NewUser,
    invitation_days: u32,
    by: Option<i64>,
) -> Result<(User, String), ActionError> {
    let user = store.create_user_by(new, by).await?;
    let link = issue_link(
        store,
        notifier,
        &user,
        LinkPurpose::Invitation,
        invitation_days,
        None,
    )
    .await?
    .unwrap_or_default();
    Ok((user, link))
}

/// Creates a single-use link (within `cap`, see `Store::create_link_capped`) and sends it; the
/// link, or `None` when the cap was reached. An invitation lasts `invitation_days`, a reset one
/// day.
pub async fn issue_link(
    store: &Store,
    notifier: &impl Notifier,
    user: &User,
    purpose: LinkPurpose,
    invitation_days: u32,
    cap: Option<(i64, i64)>,
) -> Result<Option<String>, ActionError> {
    let token = random_token();
    let days = link_days(purpose, invitation_days);
    let expires = cyberindex_store::now_ms() + days * 86_400_000;
    if !store
        .create_link_capped(user.id, purpose, &hash_token(&token), expires, cap)
        .await?
    {
        return Ok(None);
    }
    send_link(notifier, user, purpose, days, &token)
        .await
        .map(Some)
}

/// How many days a link of this purpose lasts: an invitation `invitation_days`, a reset one.
fn link_days(purpose: LinkPurpose, invitation_days: u32) -> i64 {
    match purpose {
        LinkPurpose::Invitation => i64::from(invitation_days),
        LinkPurpose::Reset => 1,
    }
}

/// Sends a stored link's token to its user; the link.
async fn send_link(
    notifier: &impl Notifier,
    user: &User,
    purpose: LinkPurpose,
    days: i64,
    token: &str,
) -> Result<String, ActionError> {
    let (path, subject, body) = match purpose {
        LinkPurpose::Invitation => (
            "invitation",
            "Your cyberindex invitation",
            "You have been invited to cyberindex. Open this link to set your password (it works once, for {days} days):",
        ),
        LinkPurpose::Reset => (
            "password/reset",
            "Reset your cyberindex password",
            "Open this link to choose a new password (it works once, for {days} day). If you did not ask for it, ignore this message:",
        ),
    };
    let link = format!("{}/{path}/{token}", notifier.public_url());
    let body = format!("{}\n\n{link}\n", body.replace("{days}", &days.to_string()));
    notifier
        .send_secret(&user.email, subject, &body, token)
        .await
        .map_err(ActionError::Notify)?;
    Ok(link)
}

/// Invites an existing, active account again: a new single-use invitation link (valid
/// `invitation_days`), every earlier link void. The user and the new link, also sent through
/// `notifier`.
pub async fn reinvite(
    store: &Store,
    notifier: &impl Notifier,
    user: i64,
    invitation_days: u32,
    by: Option<i64>,
) -> Result<(User, String), ActionError> {
    let user = store.user(user).await?;
    let token = random_token();
    let days = link_days(LinkPurpose::Invitation, invitation_days);
    let expires = cyberindex_store::now_ms() + days * 86_400_000;
    store
        .reinvite_user(user.id, &hash_token(&token), expires, by)
        .await?;
    let link = send_link(notifier, &user, LinkPurpose::Invitation, days, &token).await?;
    Ok((user, link))
}

/// Creates a personal API token and returns it; only its hash is kept.
pub async fn create_token(
    store: &Store,
    user: &User,
    name: &str,
) -> Result<String, cyberindex_store::StoreError> {
    let token = format!("cyx_{}", random_token());
    store
        .create_token(user.id, name, &hash_token(&token))
        .await?;
    Ok(token)
}
