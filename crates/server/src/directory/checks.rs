//! `GET /directory/checks/`: the secretariat's reachability checks: a form to start or schedule
//! one (a team, a country, a region or every team; the answer window; a repeat interval), and
//! every check with what became of its messages.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_directory::reach::{Outcome, Summary};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

/// One check in the list.
#[derive(Debug)]
pub struct RunLine {
    pub id: i64,
    pub scope: String,
    pub due: String,
    pub state: String,
    pub repeat: String,
    /// Each outcome's label and count, in `Outcome::ALL` order, for a started check.
    pub counts: Vec<(String, usize)>,
    pub median: String,
    pub cancellable: bool,
}

#[derive(Debug, Template)]
#[template(path = "directory/checks.html")]
pub struct ChecksPage {
    pub page: Page,
    pub runs: Vec<RunLine>,
    /// (id, name) of every team, for the form.
    pub teams: Vec<(String, String)>,
    /// (code, name) of every country with a team.
    pub countries: Vec<(String, String)>,
    /// (name as the country list gives it, label in the reader's language) of each region.
    pub regions: Vec<(String, String)>,
    pub sends: bool,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let now = cyberindex_store::now_ms();
    let pings = state.store.pings(None, None).await?;
    let mut by_run: std::collections::HashMap<i64, Vec<cyberindex_directory::reach::Message>> =
        std::collections::HashMap::new();
    for p in &pings {
        by_run
            .entry(p.run_id)
            .or_default()
            .push(super::message_of(p));
    }
    let runs = state
        .store
        .check_runs()
        .await?
        .into_iter()
        .map(|run| {
            let summary = Summary::of(by_run.get(&run.id).into_iter().flatten(), now);
            RunLine {
                id: run.id,
                scope: super::scope_label(tr, &run.scope),
                due: when(run.due_at),
                state: match run.started_at {
                    Some(at) => tr.ta("check-state-started", &[("when", &when(at))]),
                    None => tr.t("check-state-scheduled"),
                },
                repeat: run
                    .repeat_days
                    .map(|d| tr.ta("check-repeats", &[("days", &d.to_string())]))
                    .unwrap_or_default(),
                counts: if run.started_at.is_some() {
                    Outcome::ALL
                        .iter()
                        .map(|o| (super::outcome_label(tr, *o), summary.count(*o)))
                        .collect()
                } else {
                    Vec::new()
                },
                median: summary
                    .median_latency
                    .map(|ms| super::latency_text(tr, ms))
                    .unwrap_or_default(),
                cancellable: run.started_at.is_none(),
            }
        })
        .collect();
    let rows = state.store.teams().await?;
    let teams = rows
        .iter()
        .map(|r| (r.id.clone(), r.official_name.clone()))
        .collect();
    let mut countries: Vec<(String, String)> = rows
        .iter()
        .map(|r| {
            (
                r.country.clone(),
                cyberindex_answers::countries::name_of(&r.country, tr.lang),
            )
        })
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries.dedup();
    render(&ChecksPage {
        page: Page::new(
            tr,
            Some(&secretariat.0),
            state.config.demo,
            &uri,
            tr.t("check-title"),
        ),
        runs,
        teams,
        countries,
        regions: cyberindex_workflow::reach::regions()
            .into_iter()
            .map(|r| (r.to_string(), super::region_label(tr, r)))
            .collect(),
        sends: state.mailer.sends(),
    })
}
