//! `GET /notifications`: the signed-in user's in-app notifications; `POST /notifications/read`
//! marks them all read.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::extract::safe_next;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, see_other, when};

#[derive(Debug)]
pub struct NotificationView {
    pub subject: String,
    pub link: String,
    pub when: String,
    pub unread: bool,
}

#[derive(Debug, Template)]
#[template(path = "notifications.html")]
struct NotificationsPage {
    page: Page,
    unread: usize,
    items: Vec<NotificationView>,
}

pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let user = signed.user();
    let items: Vec<NotificationView> = state
        .store
        .notifications(user.id, 200)
        .await?
        .into_iter()
        .map(|n| NotificationView {
            subject: n.subject,
            link: safe_next(&state.config.public_url, &n.link),
            when: when(n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    let unread = items.iter().filter(|n| n.unread).count();
    let page = Page::new(
        tr,
        Some(user),
        state.config.demo,
        &uri,
        tr.t("notifications-title"),
    );
    render(&NotificationsPage {
        page,
        unread,
        items,
    })
}

pub async fn read(State(state): State<AppState>, signed: SignedIn) -> AppResult<Response> {
    state
        .store
        .mark_notifications_read(signed.user().id)
        .await?;
    Ok(see_other("/notifications"))
}
