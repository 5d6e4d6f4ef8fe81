//! `GET /api/v1/directory/teams`: every team of the CIRT directory, each record with the
//! fields the caller may see (public without a token, members' fields for any signed-in
//! caller, everything for the secretariat: `directory::level`).

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::state::AppState;

/// A team of the directory as the caller may see it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TeamDoc {
    pub id: String,
    /// Counts the saves: send it back as `expected_version` to change the record.
    pub version: i64,
    /// The record (docs/directory.md): every field with its `visibility` (public when left
    /// out) and `provenance` (source and time).
    #[schema(value_type = Object)]
    pub team: cyberindex_directory::Team,
}

#[utoipa::path(get, operation_id = "listTeams", path = "/api/v1/directory/teams", tag = "directory",
    responses((status = 200, description = "Every team, with the fields the caller may see", body = [TeamDoc])))]
pub async fn list(
    State(state): State<AppState>,
    caller: MaybeCaller,
) -> AppResult<Json<Vec<TeamDoc>>> {
    let level = crate::directory::level(crate::directory::reader(&caller));
    let teams = crate::directory::load_all(&state, level).await?;
    Ok(Json(
        teams
            .into_iter()
            .map(|(row, team)| TeamDoc {
                id: row.id,
                version: row.version,
                team,
            })
            .collect(),
    ))
}
