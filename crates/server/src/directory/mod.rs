//! The CIRT directory on the web (issue 16): the who's who pages, each team's page and the files
//! made from its record, and the API (`api/team_*.rs`, `api/teams_list.rs`). The record and
//! every format come from `cyberindex_directory`; saving goes through the workflow
//! (`cyberindex_workflow::directory`), which the store audits.
//!
//! ```text
//! /directory/                          who's who: every team, by country (?country=, ?q=)
//! /directory/teams/{id}/               a team's page
//! /directory/teams/{id}/edit           its form (the secretariat and the team's staff)
//! /directory/new                       a new team's form (the secretariat)
//! /directory/teams/{id}/security.txt   RFC 9116, from the public fields
//! /directory/teams/{id}/rfc2350.txt    RFC 2350 as text (.md: as Markdown)
//! /directory/teams/{id}/team.vcf       vCard 4.0 of the team
//! /directory/teams/{id}/rfc2350/sign   clear-sign the RFC 2350 with a key given once (secretariat)
//! /directory/teams.json, teams.csv     every team (JSON records; one spreadsheet row each)
//! /directory/teams.first.json, .ti.json  every team in FIRST's and Trusted Introducer's layouts
//! /directory/checks/                   reachability checks: schedule one, the list (secretariat)
//! /directory/checks/{n}/               one check, message by message; /cancel before it starts
//! /directory/checks.csv                every message's outcome (?run=N, ?team=ID)
//! /directory/ack/{token}               a team acknowledges a check (single-use link, no sign-in)
//! /directory/import                    upload a file, see its errors or a preview (secretariat)
//! /directory/import/apply              confirm a previewed import: all teams or none
//! /directory/teams.xlsx                every team as a workbook (the import template's columns)
//! /directory/template.csv, .xlsx       the empty import template
//! ```
//!
//! **Invariant:** every read goes through [`level`] (or [`level_for`] for one team) and
//! [`Team::view`]: an anonymous reader sees public fields, a signed-in member of the directory
//! also members' fields, and the secretariat everything (restricted, TLP:AMBER); a team's own
//! staff see everything of their team, and the rest of the directory as members. Files that leave the site for anyone
//! (security.txt) use the public view whoever asks.

pub mod ack;
pub mod check_cancel;
pub mod check_schedule;
pub mod check_show;
pub mod checks;
pub mod checks_export;
pub mod edit;
pub mod export;
pub mod import_apply;
pub mod import_form;
pub mod import_preview;
pub mod importing;
pub mod index;
pub mod new;
pub mod rfc2350;
pub mod rfc2350_sign;
pub mod security_txt;
pub mod team;
pub mod vcard;

use cyberindex_directory::{Team, Visibility};
use cyberindex_store::{Role, TeamRow, User};

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// What a reader may see of the directory: public without signing in, members' fields once
/// signed in, everything for the secretariat.
pub fn level(user: Option<&User>) -> Visibility {
    match user.map(|u| u.role) {
        None => Visibility::Public,
        Some(Role::Admin | Role::Reviewer) => Visibility::Restricted,
        Some(_) => Visibility::Members,
    }
}

/// What a reader may see of one team: as [`level`], and everything (restricted) of their own
/// team for its staff.
pub fn level_for(user: Option<&User>, team: &str) -> Visibility {
    match user {
        Some(u) if u.role == Role::TeamStaff && u.team.as_deref() == Some(team) => {
            Visibility::Restricted
        }
        _ => level(user),
    }
}

/// The signed-in reader, if any: a session that still owes its second factor reads as
/// anonymous.
pub fn reader(caller: &crate::auth::MaybeCaller) -> Option<&User> {
    caller
        .0
        .as_ref()
        .filter(|c| c.owed.is_none())
        .map(|c| &c.user)
}

/// A team as `level` may see it, with its stored row; an unknown id is 404.
pub async fn load(state: &AppState, id: &str, level: Visibility) -> AppResult<(TeamRow, Team)> {
    let row = state.store.team(id).await?;
    let team = cyberindex_workflow::directory::read_team(&row).map_err(AppError::from)?;
    Ok((row, team.view(level)))
}

/// Every team as `level` may see it, by country and name.
pub async fn load_all(state: &AppState, level: Visibility) -> AppResult<Vec<(TeamRow, Team)>> {
    state
        .store
        .teams()
        .await?
        .into_iter()
        .map(|row| {
            let team = cyberindex_workflow::directory::read_team(&row).map_err(AppError::from)?;
            Ok((row, team.view(level)))
        })
        .collect()
}

/// A plain-text file of the directory, named for download.
pub fn text_file(
    content_type: &'static str,
    filename: String,
    body: String,
) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-cache".to_string()),
        ],
        body,
    )
        .into_response()
}

/// One message of a reachability check as the pages show it.
#[derive(Debug, Clone)]
pub struct PingView {
    pub id: i64,
    pub run: i64,
    pub team: String,
    pub address: String,
    pub sent: String,
    pub outcome: cyberindex_directory::reach::Outcome,
    pub outcome_label: String,
    pub latency: String,
    pub error: String,
}

/// What the store keeps of a ping, for `cyberindex_directory::reach`.
pub fn message_of(p: &cyberindex_store::Ping) -> cyberindex_directory::reach::Message {
    cyberindex_directory::reach::Message {
        sent_at: p.sent_at,
        acked_at: p.acked_at,
        bounced: p.error.is_some(),
        window_seconds: p.window_seconds,
    }
}

pub fn outcome_label(tr: crate::i18n::Tr, o: cyberindex_directory::reach::Outcome) -> String {
    use cyberindex_directory::reach::Outcome;
    tr.t(match o {
        Outcome::Acknowledged => "check-outcome-acknowledged",
        Outcome::Late => "check-outcome-late",
        Outcome::Pending => "check-outcome-pending",
        Outcome::NoReply => "check-outcome-no-reply",
        Outcome::Bounced => "check-outcome-bounced",
    })
}

/// A latency in milliseconds as minutes, hours and days (`3 h 05 min`, `2 d 4 h`).
pub fn latency_text(tr: crate::i18n::Tr, ms: i64) -> String {
    let minutes = ms / 60_000;
    let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    let n = |v: i64| v.to_string();
    if d > 0 {
        tr.ta("check-latency-days", &[("days", &n(d)), ("hours", &n(h))])
    } else if h > 0 {
        tr.ta(
            "check-latency-hours",
            &[("hours", &n(h)), ("minutes", &format!("{m:02}"))],
        )
    } else {
        tr.ta("check-latency-minutes", &[("minutes", &n(m.max(0)))])
    }
}

pub fn ping_view(tr: crate::i18n::Tr, p: &cyberindex_store::Ping, now: i64) -> PingView {
    let message = message_of(p);
    let outcome = message.outcome(now);
    PingView {
        id: p.id,
        run: p.run_id,
        team: p.team_id.clone(),
        address: p.address.clone(),
        sent: crate::web::when(p.sent_at),
        outcome,
        outcome_label: outcome_label(tr, outcome),
        latency: message
            .latency()
            .map(|ms| latency_text(tr, ms))
            .unwrap_or_default(),
        error: p.error.clone().unwrap_or_default(),
    }
}

/// A check's scope in words (`Kenya`, `Africa`, `ke-cirt`, `every team`).
pub fn scope_label(tr: crate::i18n::Tr, scope: &str) -> String {
    use cyberindex_workflow::reach::Scope;
    match Scope::parse(scope) {
        Some(Scope::All) => tr.t("check-scope-all"),
        Some(Scope::Country(code)) => cyberindex_answers::countries::name_of(&code, tr.lang),
        Some(Scope::Region(region)) => region,
        Some(Scope::Team(id)) => id,
        None => scope.to_string(),
    }
}

/// Each team's latest acknowledgement, by team id (milliseconds).
pub async fn last_acks(state: &AppState) -> AppResult<std::collections::HashMap<String, i64>> {
    Ok(state
        .store
        .last_acknowledgements()
        .await?
        .into_iter()
        .collect())
}

/// A team's staleness as of now, from its record and its latest acknowledgement.
pub fn staleness_of(
    team: &Team,
    last_ack: Option<i64>,
) -> cyberindex_directory::staleness::Staleness {
    use cyberindex_directory::staleness::{Inputs, Policy, SecurityTxtState, Staleness};
    Staleness::of(
        team,
        &Inputs {
            security_txt: SecurityTxtState::NotChecked,
            last_successful_check: last_ack
                .and_then(|ms| time::OffsetDateTime::from_unix_timestamp(ms / 1000).ok()),
        },
        time::OffsetDateTime::now_utc(),
        &Policy::default(),
    )
}
