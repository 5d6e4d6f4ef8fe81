//! The CIRT directory's actions: saving a team's record (checked first, then written with the
//! version it was read at, and audited by the store) and removing it. Who may do them is the
//! front end's check (`scope.rs` in the server: the secretariat); what a record must hold is
//! [`cyberindex_directory::Team::validate`] and the id rule here.

use cyberindex_directory::Team;
use cyberindex_store::{Store, TeamSave};

use crate::{ActionError, WorkflowError};

/// The longest team id, in characters.
pub const MAX_TEAM_ID: usize = 60;

/// A team id: 1 to 60 lowercase letters, digits and dashes, not starting or ending with a
/// dash (it appears in addresses such as `/directory/teams/ke-cirt/`).
pub fn team_id_ok(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_TEAM_ID
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Everything wrong with a record, each with its field path, the id first; empty when it may
/// be saved.
pub fn check_team(team: &Team) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    if !team_id_ok(&team.id) {
        problems.push((
            "id".to_string(),
            "use 1 to 60 lowercase letters, digits and dashes, such as ke-cirt".to_string(),
        ));
    }
    problems.extend(team.validate().into_iter().map(|p| (p.path, p.message)));
    problems
}

/// Creates the team (`expected` is `None`) or replaces its record (`expected` is the version
/// it was read at). A record with problems is refused whole ([`WorkflowError::Team`]); a stale
/// version is the store's `Stale`. Returns the new version.
pub async fn save_team(
    store: &Store,
    team: &Team,
    expected: Option<i64>,
    by: Option<i64>,
) -> Result<i64, ActionError> {
    let problems = check_team(team);
    if !problems.is_empty() {
        return Err(WorkflowError::Team { problems }.into());
    }
    let record = serde_json::to_string(team)
        .map_err(|e| ActionError::Store(cyberindex_store::StoreError::Corrupt(e.to_string())))?;
    let version = store
        .save_team(
            &TeamSave {
                id: &team.id,
                country: &team.country.value,
                official_name: &team.official_name.value,
                record: &record,
                expected,
            },
            by,
        )
        .await?;
    Ok(version)
}

/// Saves several teams at once (an import): every record is checked first and any problem
/// refuses them all (each problem's path starts with the record's place and id, such as
/// `[3] ke-cirt: channels[0].value`); then all are written in one transaction, so a stale
/// version or a database failure leaves the directory as it was. The new versions, in order.
pub async fn save_teams(
    store: &Store,
    teams: &[(Team, Option<i64>)],
    by: Option<i64>,
) -> Result<Vec<i64>, ActionError> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, (team, _)) in teams.iter().enumerate() {
        if !seen.insert(team.id.as_str()) {
            problems.push((
                format!("[{i}] {}", team.id),
                "the same id appears earlier in the file".to_string(),
            ));
        }
        problems.extend(
            check_team(team)
                .into_iter()
                .map(|(path, message)| (format!("[{i}] {}: {path}", team.id), message)),
        );
    }
    if !problems.is_empty() {
        return Err(WorkflowError::Team { problems }.into());
    }
    let records: Vec<String> = teams
        .iter()
        .map(|(team, _)| serde_json::to_string(team))
        .collect::<Result<_, _>>()
        .map_err(|e| ActionError::Store(cyberindex_store::StoreError::Corrupt(e.to_string())))?;
    let saves: Vec<TeamSave<'_>> = teams
        .iter()
        .zip(&records)
        .map(|((team, expected), record)| TeamSave {
            id: &team.id,
            country: &team.country.value,
            official_name: &team.official_name.value,
            record,
            expected: *expected,
        })
        .collect();
    Ok(store.save_teams(&saves, by).await?)
}

/// A stored team's record, read back. A record this version cannot read is the store's
/// `Corrupt` (a damaged database or a bug).
pub fn read_team(row: &cyberindex_store::TeamRow) -> Result<Team, cyberindex_store::StoreError> {
    serde_json::from_str(&row.record)
        .map_err(|e| cyberindex_store::StoreError::Corrupt(format!("team record {}: {e}", row.id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_ids_are_short_lowercase_words() {
        for ok in ["ke-cirt", "cert-fr", "a", "x1"] {
            assert!(team_id_ok(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "KE-CIRT", "ke cirt", "ké", &"a".repeat(61)] {
            assert!(!team_id_ok(bad), "{bad}");
        }
    }
}
