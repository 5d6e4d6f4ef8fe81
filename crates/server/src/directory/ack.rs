//! `GET/POST /directory/ack/{token}`: a team acknowledges a reachability check through the
//! single-use link of its message, without signing in. The link opens a page with one button:
//! mail scanners that fetch every link in a message do not acknowledge by themselves, a person
//! does. Using the link twice changes nothing; an unknown link is 404, and a link past
//! `LINK_DAYS` is 409.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;

use crate::error::AppResult;
use crate::extract::ClientKey;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

#[derive(Debug, Template)]
#[template(path = "directory/ack.html")]
pub struct AckPage {
    pub page: Page,
    pub team: String,
    pub address: String,
    pub sent: String,
    /// `None` before the button; then whether this visit recorded it and the latency.
    pub done: Option<(bool, String)>,
}

async fn team_name(state: &AppState, id: &str) -> String {
    state
        .store
        .team(id)
        .await
        .map(|r| r.official_name)
        .unwrap_or_else(|_| id.to_string())
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Path(token): Path<String>,
) -> AppResult<Response> {
    client
        .limit(&state, "link", crate::ratelimit::LINKS)
        .await?;
    let ping =
        cyberindex_workflow::reach::ping_of_link(&state.store, &token, cyberindex_store::now_ms())
            .await?;
    let done = ping
        .acked_at
        .map(|at| (false, super::latency_text(tr, (at - ping.sent_at).max(0))));
    render(&AckPage {
        page: Page::new(tr, None, state.config.demo, &uri, tr.t("check-ack-title")),
        team: team_name(&state, &ping.team_id).await,
        address: ping.address,
        sent: when(ping.sent_at),
        done,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Path(token): Path<String>,
) -> AppResult<Response> {
    client
        .limit(&state, "link", crate::ratelimit::LINKS)
        .await?;
    let (ping, recorded) =
        cyberindex_workflow::reach::acknowledge(&state.store, &token, cyberindex_store::now_ms())
            .await?;
    let latency = ping
        .acked_at
        .map(|at| super::latency_text(tr, (at - ping.sent_at).max(0)))
        .unwrap_or_default();
    render(&AckPage {
        page: Page::new(tr, None, state.config.demo, &uri, tr.t("check-ack-title")),
        team: team_name(&state, &ping.team_id).await,
        address: ping.address,
        sent: when(ping.sent_at),
        done: Some((recorded, latency)),
    })
}
