//! `GET /admin/outbox`: messages that were, or would have been, emailed (admins).
//!
//! Single-use links are never shown here: stored copies have their secrets removed (see
//! `mail.rs`), and the page removes any it would still find. Every view is recorded in the audit
//! trail, since the page shows what other people were sent.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::AuditEvent;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::mail::redact_links;
use crate::state::AppState;
use crate::web::{Page, render, when};

#[derive(Debug)]
pub struct Row {
    pub created: String,
    pub to: String,
    pub subject: String,
    pub state: String,
    pub body: String,
}

#[derive(Debug, Template)]
#[template(path = "outbox.html")]
struct OutboxPage {
    page: Page,
    intro: String,
    messages: Vec<Row>,
}

pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let stored = state.store.outbox().await?;
    state
        .store
        .record(
            &AuditEvent::new(Some(admin.0.id), "outbox.view")
                .object("outbox")
                .after(&serde_json::json!({ "messages": stored.len() })),
        )
        .await?;
    let messages = stored
        .into_iter()
        .map(|m| Row {
            created: when(m.created_at),
            state: match (&m.sent_at, &m.error) {
                (Some(_), _) => tr.t("outbox-sent"),
                (None, Some(e)) => format!("{}: {e}", tr.t("outbox-failed")),
                (None, None) => tr.t("outbox-not-sent"),
            },
            to: m.to_address,
            subject: m.subject,
            body: redact_links(&m.body),
        })
        .collect();
    let intro = format!(
        "{} {}",
        tr.t(if state.mailer.sends() {
            "outbox-intro-smtp"
        } else {
            "outbox-intro-no-smtp"
        }),
        tr.t("outbox-links-removed")
    );
    let page = Page::new(
        tr,
        Some(&admin.0),
        state.config.demo,
        &uri,
        tr.t("outbox-title"),
    );
    render(&OutboxPage {
        page,
        intro,
        messages,
    })
}
