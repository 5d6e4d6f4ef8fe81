//! `GET /maturity/`: the assessments the reader may see (the secretariat: all; a team's staff:
//! their team's and those they review), newest first, with the form to start one.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_workflow::maturity::{Access, Act};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

/// One assessment in the list.
#[derive(Debug)]
pub struct Line {
    pub id: i64,
    pub team: String,
    pub team_name: String,
    pub framework: String,
    pub kind: String,
    pub status: String,
    pub round: i64,
    pub updated: String,
}

#[derive(Debug, Template)]
#[template(path = "maturity/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub lines: Vec<Line>,
    /// The teams the reader may start an assessment for, as (id, label).
    pub teams: Vec<(String, String)>,
    /// The frameworks offered, by file name.
    pub frameworks: Vec<&'static str>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let rows = state.store.teams().await?;
    let names: std::collections::HashMap<&str, &str> = rows
        .iter()
        .map(|t| (t.id.as_str(), t.official_name.as_str()))
        .collect();
    let mut lines: Vec<Line> = state
        .store
        .assessments(None)
        .await?
        .into_iter()
        .filter(|a| Access::of(user, a).may(Act::Read))
        .map(|a| Line {
            id: a.id,
            team_name: names.get(a.team_id.as_str()).unwrap_or(&"").to_string(),
            team: a.team_id,
            framework: format!("{} {}", a.framework_id, a.framework_version),
            kind: tr.t(super::kind_key(a.kind)),
            status: tr.t(super::status_key(a.status)),
            round: a.round,
            updated: when(a.updated_at),
        })
        .collect();
    lines.sort_by_key(|l| std::cmp::Reverse(l.id));
    let teams = rows
        .iter()
        .filter(|t| Access::of_team(user, &t.id, None).may(Act::Create))
        .map(|t| {
            (
                t.id.clone(),
                format!("{} ({}, {})", t.official_name, t.country, t.id),
            )
        })
        .collect();
    render(&IndexPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.t("maturity-title"),
        ),
        lines,
        teams,
        frameworks: super::FRAMEWORKS.iter().map(|(n, _)| *n).collect(),
    })
}
