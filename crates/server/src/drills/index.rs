//! `GET /drills/`: the drills the reader runs (the secretariat: all; a team's staff: those
//! their team hosts), soonest first, with their status and number of teams.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_workflow::drill::{Access, Act};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

/// One drill in the list.
#[derive(Debug)]
pub struct Line {
    pub id: i64,
    pub title: String,
    pub host: String,
    pub start: String,
    pub status: String,
    pub teams: usize,
}

#[derive(Debug, Template)]
#[template(path = "drills/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub lines: Vec<Line>,
    /// The secretariat plans drills and sees the programme.
    pub plans: bool,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let mut lines = Vec::new();
    for d in state.store.drills().await? {
        if !Access::of_user(user, &d).may(Act::Run) {
            continue;
        }
        let teams = state.store.drill_teams(d.id).await?.len();
        lines.push(Line {
            id: d.id,
            title: d.title,
            host: d.host,
            start: when(d.start_at),
            status: tr.t(super::status_key(d.status)),
            teams,
        });
    }
    render(&IndexPage {
        page: Page::new(tr, Some(user), state.config.demo, &uri, tr.t("drill-title")),
        lines,
        plans: user.role.is_secretariat(),
    })
}
