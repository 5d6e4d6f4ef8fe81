//! Notifications of review events: in-app, and by email (SMTP when configured, otherwise the
//! outbox). Webhooks are queued by the store in the transaction of the change itself.

use cyberindex_store::{Role, Status, User};

use crate::i18n::Tr;
use crate::mail::MailNotifier;
use crate::state::AppState;
use crate::web::workspace::{country_name, status_key};

/// The workflow's notifier for this server: its mailer, its store's outbox and its public address.
pub fn mailer(state: &AppState) -> MailNotifier<'_> {
    MailNotifier {
        store: &state.store,
        mailer: &state.mailer,
        public_url: &state.config.public_url,
    }
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
    state: &AppState,
    users: &[User],
    edition: &str,
    country: &str,
) -> anyhow::Result<Vec<User>> {
    let assigned: Vec<i64> = state
        .store
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

async fn deliver(
    state: &AppState,
    to: &[User],
    actor: Option<i64>,
    link: &str,
    subject: impl Fn(Tr) -> String,
) -> anyhow::Result<()> {
    let to: Vec<&User> = to.iter().filter(|u| Some(u.id) != actor).collect();
    for user in &to {
        // Each person reads it in their own language.
        let tr = Tr::new(&user.language);
        let subject = subject(tr);
        state.store.notify(&[user.id], &subject, link).await?;
        let body = format!(
            "{subject}\n\n{}: {}{link}\n",
            tr.t("notify-open"),
            state.config.public_url
        );
        if let Err(e) = state
            .mailer
            .send(&state.store, &user.email, &subject, &body)
            .await
        {
            tracing::warn!(error = %e, "notification email not queued");
        }
    }
    Ok(())
}

/// A response changed status: the country hears of it, and the reviewers when it comes to them.
pub async fn status_changed(
    state: &AppState,
    edition: &str,
    country: &str,
    status: Status,
    actor: Option<i64>,
) {
    let result = async {
        // Everyone concerned, from one read of the accounts.
        let users = state.store.users().await?;
        let mut to = country_team(&users, country);
        if matches!(status, Status::Submitted | Status::Validated) {
            to.extend(reviewers(state, &users, edition, country).await?);
        }
        let link = if status == Status::Submitted {
            format!("/editions/{edition}/countries/{country}/review")
        } else {
            format!("/editions/{edition}/countries/{country}")
        };
        deliver(state, &to, actor, &link, |tr| {
            tr.ta(
                "notify-status",
                &[
                    ("country", &country_name(tr, country)),
                    ("status", &tr.t(status_key(status))),
                ],
            )
        })
        .await
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, edition, country, "status notification failed");
    }
}

/// A message in a question's thread: the other side hears of it. Reviewer-only notes reach the
/// other reviewers only.
pub async fn message_posted(
    state: &AppState,
    edition: &str,
    country: &str,
    question: &str,
    author: &User,
    internal: bool,
) {
    let result = async {
        let users = state.store.users().await?;
        let to = if internal || !author.role.is_secretariat() {
            reviewers(state, &users, edition, country).await?
        } else {
            country_team(&users, country)
        };
        let link = if author.role.is_secretariat() && !internal {
            format!("/editions/{edition}/countries/{country}#q-{question}")
        } else {
            format!("/editions/{edition}/countries/{country}/review#q-{question}")
        };
        deliver(state, &to, Some(author.id), &link, |tr| {
            tr.ta(
                "notify-message",
                &[
                    ("country", &country_name(tr, country)),
                    ("question", question),
                ],
            )
        })
        .await
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, edition, country, "message notification failed");
    }
}

/// The secretariat asks the country to confirm or correct drafted answers.
pub async fn drafts_sent(state: &AppState, edition: &str, country: &str, actor: Option<i64>) {
    let result = async {
        let to = country_team(&state.store.users().await?, country);
        let link = format!("/editions/{edition}/countries/{country}");
        deliver(state, &to, actor, &link, |tr| {
            tr.ta("notify-drafts", &[("country", &country_name(tr, country))])
        })
        .await
    }
    .await;
    if let Err(e) = result {
        tracing::warn!(error = %e, edition, country, "draft notification failed");
    }
}
