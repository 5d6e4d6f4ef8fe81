//! `GET /directory/checks/{n}/`: one reachability check, message by message: the team, the
//! address, when it was sent, what became of it and how fast the answer came. Each message has
//! an anchor (`#ping-{id}`) that maturity evidence can cite. Calls to telephone channels not
//! answered yet have a form to record the call (`check_call.rs`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_directory::reach::{Outcome, Summary};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

#[derive(Debug, Template)]
#[template(path = "directory/check.html")]
pub struct CheckPage {
    pub page: Page,
    pub id: i64,
    pub scope: String,
    pub due: String,
    pub started: Option<String>,
    pub window_hours: i64,
    pub counts: Vec<(String, usize)>,
    pub median: String,
    pub pings: Vec<super::PingView>,
    /// Team names by id, for the table.
    pub names: std::collections::HashMap<String, String>,
    /// Whether any message is a call (the table then has a column to record calls).
    pub calls: bool,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let run = state.store.check_run(id).await?;
    let now = cyberindex_store::now_ms();
    let pings = state.store.pings(Some(id), None).await?;
    let summary = Summary::of(
        pings
            .iter()
            .map(super::message_of)
            .collect::<Vec<_>>()
            .iter(),
        now,
    );
    let names = state
        .store
        .teams()
        .await?
        .into_iter()
        .map(|r| (r.id, r.official_name))
        .collect();
    let mut views: Vec<super::PingView> =
        pings.iter().map(|p| super::ping_view(tr, p, now)).collect();
    views.sort_by(|a, b| a.team.cmp(&b.team).then(a.id.cmp(&b.id)));
    render(&CheckPage {
        page: Page::new(
            tr,
            Some(&secretariat.0),
            state.config.demo,
            &uri,
            tr.ta("check-heading", &[("id", &id.to_string())]),
        ),
        id,
        scope: super::scope_label(tr, &run.scope),
        due: when(run.due_at),
        started: run.started_at.map(when),
        window_hours: run.window_seconds / 3600,
        counts: Outcome::ALL
            .iter()
            .map(|o| (super::outcome_label(tr, *o), summary.count(*o)))
            .collect(),
        median: summary
            .median_latency
            .map(|ms| super::latency_text(tr, ms))
            .unwrap_or_default(),
        calls: views.iter().any(|v| v.call_open),
        pings: views,
        names,
    })
}
