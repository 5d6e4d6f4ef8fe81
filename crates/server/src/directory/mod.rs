//! The CIRT directory on the web (issue 16): the who's who pages, each team's page and the files
//! made from its record, and the API (`api/team_*.rs`, `api/teams_list.rs`). The record and
//! every format come from `cyberindex_directory`; saving goes through the workflow
//! (`cyberindex_workflow::directory`), which the store audits.
//!
//! ```text
//! /directory/                          who's who: every team, by country (?country=, ?q=)
//! /directory/teams/{id}/               a team's page
//! /directory/teams/{id}/security.txt   RFC 9116, from the public fields
//! /directory/teams/{id}/rfc2350.txt    RFC 2350 as text (.md: as Markdown)
//! /directory/teams/{id}/team.vcf       vCard 4.0 of the team
//! /directory/teams.json, teams.csv     every team (JSON records; one spreadsheet row each)
//! /directory/teams.first.json, .ti.json  every team in FIRST's and Trusted Introducer's layouts
//! ```
//!
//! **Invariant:** every read goes through [`level`] and [`Team::view`]: an anonymous reader
//! sees public fields, a signed-in member of the directory also members' fields, and the
//! secretariat everything (restricted, TLP:AMBER). Files that leave the site for anyone
//! (security.txt) use the public view whoever asks.

pub mod export;
pub mod index;
pub mod rfc2350;
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
