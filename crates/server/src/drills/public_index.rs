//! `GET /drills/results/`: the public list of CyberDrill results: every drill that is over
//! and whose host agreed to publish its aggregate results, latest first, each linking to its
//! public page. Nobody needs to sign in; no team is named anywhere in it.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

/// One published drill.
#[derive(Debug)]
pub struct Row {
    pub id: i64,
    pub title: String,
    pub level: String,
    pub host: String,
    /// The day it started (`YYYY-MM-DD`, UTC).
    pub date: String,
    pub teams: usize,
}

#[derive(Debug, Template)]
#[template(path = "drills/public_index.html")]
pub struct PublicIndexPage {
    pub page: Page,
    pub rows: Vec<Row>,
}

/// The drills whose aggregate results are public, latest first.
pub async fn published(state: &AppState) -> AppResult<Vec<cyberindex_store::Drill>> {
    let mut drills: Vec<_> = state
        .store
        .drills()
        .await?
        .into_iter()
        .filter(|d| d.public_results && cyberindex_workflow::drill::is_over(d))
        .collect();
    drills.sort_by_key(|d| std::cmp::Reverse(d.started_at.unwrap_or(d.start_at)));
    Ok(drills)
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let mut rows = Vec::new();
    for d in published(&state).await? {
        rows.push(Row {
            teams: state.store.drill_teams(d.id).await?.len(),
            id: d.id,
            level: tr.t(&format!("drill-report-level-{}", d.level.as_str())),
            host: d.host,
            date: crate::present::iso(d.started_at.unwrap_or(d.start_at))
                .get(..10)
                .unwrap_or_default()
                .to_string(),
            title: d.title,
        });
    }
    render(&PublicIndexPage {
        page: Page::new(
            tr,
            crate::directory::reader(&caller),
            state.config.demo,
            &uri,
            tr.t("drill-public-title"),
        ),
        rows,
    })
}
