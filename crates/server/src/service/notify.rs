//! Notifications of review events. Who hears of what is the workflow's rule
//! (`cyberindex_workflow::notify`); this module names each event for the server's callers, and
//! writes a notice in its reader's language for the mailer, which keeps it in-app and emails it
//! (SMTP when configured, otherwise the outbox).

use cyberindex_store::{Status, User};
use cyberindex_workflow::Event;
use cyberindex_workflow::notify::announce;

use crate::i18n::Tr;
use crate::mail::MailNotifier;
use crate::present::{country_name, status_key};
use crate::state::AppState;

/// The workflow's notifier for this server: its mailer, its store's outbox and its public address.
pub fn mailer(state: &AppState) -> MailNotifier<'_> {
    MailNotifier {
        store: &state.store,
        mailer: &state.mailer,
        public_url: &state.config.public_url,
    }
}

/// The subject of a notice of `event`, in `tr`'s language.
pub fn subject(tr: Tr, event: &Event<'_>) -> String {
    match *event {
        Event::StatusChanged {
            country, status, ..
        } => tr.ta(
            "notify-status",
            &[
                ("country", &country_name(tr, country)),
                ("status", &tr.t(status_key(status))),
            ],
        ),
        Event::MessagePosted {
            country, question, ..
        } => tr.ta(
            "notify-message",
            &[
                ("country", &country_name(tr, country)),
                ("question", question),
            ],
        ),
        Event::DraftsSent { country, .. } => {
            tr.ta("notify-drafts", &[("country", &country_name(tr, country))])
        }
    }
}

/// Tells everyone concerned of `event` (a failure is logged by `announce`, never the caller's
/// error: the change itself is already committed).
async fn tell(state: &AppState, event: Event<'_>, actor: Option<i64>) {
    announce(&state.store, &mailer(state), &event, actor).await;
}

/// A response changed status: the country hears of it, and the reviewers when it comes to them.
pub async fn status_changed(
    state: &AppState,
    edition: &str,
    country: &str,
    status: Status,
    actor: Option<i64>,
) {
    let event = Event::StatusChanged {
        edition,
        country,
        status,
        message: None,
    };
    tell(state, event, actor).await;
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
    let event = Event::MessagePosted {
        edition,
        country,
        question,
        internal,
        by_secretariat: author.role.is_secretariat(),
    };
    tell(state, event, Some(author.id)).await;
}

/// The secretariat asks the country to confirm or correct drafted answers.
pub async fn drafts_sent(state: &AppState, edition: &str, country: &str, actor: Option<i64>) {
    tell(state, Event::DraftsSent { edition, country }, actor).await;
}
