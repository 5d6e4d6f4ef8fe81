//! Who hears of what, and what the workflow needs of whoever delivers its messages.
//!
//! [`announce`] is the orchestration: from an [`Event`] of the review it picks the recipients
//! (the country's team, the reviewers assigned to the country or every reviewer when none is,
//! never the person who acted) and the page the notice links to, then hands each recipient to
//! the [`Notifier`]. The server implements the notifier with its mailer: it writes each notice
//! in the recipient's language, keeps it in-app and emails it (SMTP when configured, otherwise
//! the outbox). Webhooks are queued by the store in the transaction of the change itself.

use std::future::Future;

use cyberindex_store::{Role, Status, Store, StoreError, User};

/// Why a message could not be queued or sent.
pub type NotifyError = Box<dyn std::error::Error + Send + Sync>;

/// Something in the review that people must hear of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event<'a> {
    /// A response moved to `status`.
    StatusChanged {
        edition: &'a str,
        country: &'a str,
        status: Status,
        /// What the reviewers wrote to the country, when they send a response back.
        message: Option<&'a str>,
    },
    /// A message in a question's thread; `internal` is a note among reviewers.
    MessagePosted {
        edition: &'a str,
        country: &'a str,
        question: &'a str,
        internal: bool,
        by_secretariat: bool,
    },
    /// The secretariat asks the country to confirm or correct drafted answers.
    DraftsSent { edition: &'a str, country: &'a str },
}

/// Delivers the workflow's messages.
pub trait Notifier: Sync {
    /// The installation's public address, which links in messages start with (no trailing `/`).
    fn public_url(&self) -> &str;

    /// Queues, and sends when it can, a message to `to` that holds the single-use `secret`. Any
    /// copy that is kept must have the secret removed.
    fn send_secret(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> impl Future<Output = Result<(), NotifyError>> + Send;

    /// As [`Notifier::send_secret`], for a message whose delivery is itself the result (a
    /// reachability check): `Ok(Some(reason))` when the message was queued but could not be
    /// handed over. By default, a message that was queued counts as delivered.
    fn send_checked(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> impl Future<Output = Result<Option<String>, NotifyError>> + Send {
        async move {
            self.send_secret(to, subject, body, secret)
                .await
                .map(|()| None)
        }
    }

    /// Tells `to` of `event`, with a link to `link` (a path on this installation).
    fn notify(
        &self,
        to: &User,
        event: &Event<'_>,
        link: &str,
    ) -> impl Future<Output = Result<(), NotifyError>> + Send;
}

/// The page a notice of `event` links to: reviewers land on the review page, the country on its
/// workspace.
pub fn link(event: &Event<'_>) -> String {
    match *event {
        Event::StatusChanged {
            edition,
            country,
            status,
            ..
        } => {
            if status == Status::Submitted {
                format!("/editions/{edition}/countries/{country}/review")
            } else {
                format!("/editions/{edition}/countries/{country}")
            }
        }
        Event::MessagePosted {
            edition,
            country,
            question,
            internal,
            by_secretariat,
        } => {
            if by_secretariat && !internal {
                format!("/editions/{edition}/countries/{country}#q-{question}")
            } else {
                format!("/editions/{edition}/countries/{country}/review#q-{question}")
            }
        }
        Event::DraftsSent { edition, country } => {
            format!("/editions/{edition}/countries/{country}")
        }
    }
}

/// Who hears of `event`, among the active accounts (never `actor`, who caused it):
/// - a status change: the country's team; and the reviewers when the response comes to them
///   (submitted) or is settled (validated);
/// - a message: the reviewers when the country wrote it or it is a reviewers' note; the country's
///   team when the secretariat wrote to them;
/// - drafts sent: the country's team.
pub async fn recipients(
    store: &Store,
    event: &Event<'_>,
    actor: Option<i64>,
) -> Result<Vec<User>, StoreError> {
    let users = store.users().await?;
    let mut to = match *event {
        Event::StatusChanged {
            edition,
            country,
            status,
            ..
        } => {
            let mut to = country_team(&users, country);
            if matches!(status, Status::Submitted | Status::Validated) {
                to.extend(reviewers(store, &users, edition, country).await?);
            }
            to
        }
        Event::MessagePosted {
            edition,
            country,
            internal,
            by_secretariat,
            ..
        } => {
            if internal || !by_secretariat {
                reviewers(store, &users, edition, country).await?
            } else {
                country_team(&users, country)
            }
        }
        Event::DraftsSent { country, .. } => country_team(&users, country),
    };
    to.retain(|u| Some(u.id) != actor);
    Ok(to)
}

/// Tells everyone concerned of `event` through `notifier`. A notice that cannot be delivered is
/// logged and does not stop the others: the change it announces is already committed.
pub async fn announce(
    store: &Store,
    notifier: &impl Notifier,
    event: &Event<'_>,
    actor: Option<i64>,
) -> usize {
    let to = match recipients(store, event, actor).await {
        Ok(to) => to,
        Err(e) => {
            tracing::warn!(error = %e, ?event, "notification recipients not read");
            return 0;
        }
    };
    let link = link(event);
    let mut delivered = 0;
    for user in &to {
        match notifier.notify(user, event, &link).await {
            Ok(()) => delivered += 1,
            Err(e) => {
                tracing::warn!(error = %e, ?event, user = user.id, "notification not delivered")
            }
        }
    }
    delivered
}

/// The country's focal point and contributors, among `users`.
fn country_team(users: &[User], country: &str) -> Vec<User> {
    users
        .iter()
        .filter(|u| {
            u.active
                && u.country.as_deref() == Some(country)
                && matches!(u.role, Role::FocalPoint | Role::Contributor)
        })
        .cloned()
        .collect()
}

/// The reviewers assigned to the country, or every reviewer when none is.
async fn reviewers(
    store: &Store,
    users: &[User],
    edition: &str,
    country: &str,
) -> Result<Vec<User>, StoreError> {
    let assigned: Vec<i64> = store
        .assignments(edition)
        .await?
        .into_iter()
        .filter(|a| a.country == country)
        .map(|a| a.reviewer_id)
        .collect();
    Ok(users
        .iter()
        .filter(|u| {
            u.active
                && if assigned.is_empty() {
                    u.role == Role::Reviewer
                } else {
                    assigned.contains(&u.id)
                }
        })
        .cloned()
        .collect())
}
