//! `GET /admin/outbox`: messages that were, or would have been, emailed (admins).

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
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
    let messages = state
        .store
        .outbox()
        .await?
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
            body: m.body,
        })
        .collect();
    let intro = tr.t(if state.mailer.sends() {
        "outbox-intro-smtp"
    } else {
        "outbox-intro-no-smtp"
    });
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
