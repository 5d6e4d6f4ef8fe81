//! Reachability checks of the directory, on the server: starting a check (the messages are
//! written in each team's language: the first of its languages that the site speaks, else
//! English) and the scheduler that starts checks when they are due. What a check is and how its
//! outcomes are told apart: `cyberindex_workflow::reach`, `cyberindex_directory::reach`.

use std::time::Duration;

use cyberindex_directory::Team;
use cyberindex_store::{CheckRun, StoreError};
use cyberindex_workflow::reach::Started;
use cyberindex_workflow::{ActionError, directory::read_team};

use crate::i18n::{LANGUAGES, Tr};
use crate::state::AppState;

/// Every team's whole record (a check writes to every channel, whatever its visibility).
pub async fn all_teams(state: &AppState) -> anyhow::Result<Vec<Team>> {
    state
        .store
        .teams()
        .await?
        .iter()
        .map(|row| read_team(row).map_err(anyhow::Error::from))
        .collect()
}

/// The language a team is written to in.
pub fn language_of(team: &Team) -> &'static str {
    team.languages
        .iter()
        .find_map(|l| {
            let code = l.value.trim().to_ascii_lowercase();
            LANGUAGES
                .iter()
                .find(|(c, _)| *c == code.get(..2).unwrap_or(""))
                .map(|(c, _)| *c)
        })
        .unwrap_or("en")
}

/// The check message for a team, in the team's language, with its acknowledgement link and
/// the `hours` it has to answer (reachability checks and drills' communications checks).
pub fn composer(state: &AppState, hours: i64) -> impl Fn(&Team, &str) -> (String, String) + use<> {
    let hours = hours.to_string();
    let site = state.config.public_url.clone();
    move |team: &Team, link: &str| {
        let tr = Tr::new(language_of(team));
        let name = &team.official_name.value;
        (
            tr.ta("check-mail-subject", &[("team", name)]),
            format!(
                "{}\n\n{}\n\n{link}\n\n{}\n{}\n",
                tr.ta("check-mail-intro", &[("team", name), ("site", &site)]),
                tr.t("check-mail-action"),
                tr.ta("check-mail-window", &[("hours", &hours)]),
                tr.t("check-mail-wrong-person"),
            ),
        )
    }
}

/// Sends check `run` (once: a run already started is `Stale`).
pub async fn start(state: &AppState, run: &CheckRun) -> Result<Started, ActionError> {
    let teams = all_teams(state)
        .await
        .map_err(|e| ActionError::Store(StoreError::Corrupt(e.to_string())))?;
    let compose = composer(state, run.window_seconds / 3600);
    let notifier = crate::service::notify::mailer(state);
    let started =
        cyberindex_workflow::reach::start(&state.store, &notifier, run, &teams, compose).await?;
    if let Some(scope) = cyberindex_workflow::reach::Scope::parse(&run.scope) {
        crate::service::security_txt::fetch_in_background(
            state,
            teams.iter().filter(|t| scope.covers(t)).cloned().collect(),
        );
    }
    tracing::info!(
        check = run.id,
        teams = started.teams,
        messages = started.messages,
        calls = started.calls,
        failed = started.failed,
        "reachability check sent"
    );
    Ok(started)
}

/// When a check is to start, as the form's `<input type="datetime-local">` writes it
/// (`YYYY-MM-DDTHH:MM`, seconds allowed, read as UTC) or as RFC 3339: milliseconds.
pub fn read_due(text: &str) -> Option<i64> {
    let text = text.trim();
    if let Ok(t) = time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
    {
        return Some(t.unix_timestamp() * 1000);
    }
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let with_seconds =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    let t = time::PrimitiveDateTime::parse(text, &format)
        .or_else(|_| time::PrimitiveDateTime::parse(text, &with_seconds))
        .ok()?;
    Some(t.assume_utc().unix_timestamp() * 1000)
}

/// Schedules `plan` for `by` (the workflow checks the scope and the bounds) and, when it is due
/// now, starts it: before returning with `wait` (the API, whose caller reads the results next),
/// else in the background (the page, which should not wait on a mail server). Its id.
pub async fn schedule(
    state: &AppState,
    plan: cyberindex_workflow::reach::Plan,
    by: i64,
    wait: bool,
) -> Result<i64, crate::error::AppError> {
    let now = cyberindex_store::now_ms();
    let teams = all_teams(state).await?;
    let id =
        cyberindex_workflow::reach::schedule(&state.store, &teams, &plan, now, Some(by)).await?;
    if plan.due_at.is_none_or(|at| at <= now) {
        let run = state.store.check_run(id).await?;
        if wait {
            start(state, &run).await?;
        } else {
            let state = state.clone();
            tokio::spawn(async move {
                if let Err(e) = start(&state, &run).await {
                    tracing::warn!(check = run.id, error = %e, "reachability check not started");
                }
            });
        }
    }
    Ok(id)
}

/// Starts every check whose time has come. How many were started.
pub async fn start_due(state: &AppState) -> anyhow::Result<usize> {
    let mut count = 0;
    for run in state.store.due_checks(cyberindex_store::now_ms()).await? {
        match start(state, &run).await {
            Ok(_) => count += 1,
            // Another instance started it first.
            Err(ActionError::Store(StoreError::Stale { .. })) => {}
            Err(e) => tracing::warn!(check = run.id, error = %e, "reachability check not started"),
        }
    }
    Ok(count)
}

/// Runs until the process ends: a pass every minute.
pub async fn run(state: AppState) {
    loop {
        if let Err(e) = start_due(&state).await {
            tracing::warn!(error = %e, "reachability scheduler pass failed");
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}
