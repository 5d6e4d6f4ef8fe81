//! `GET /api/v1/directory/teams/{id}`: one team of the CIRT directory, with the fields the
//! caller may see.

use axum::Json;
use axum::extract::{Path, State};

use crate::api::teams_list::TeamDoc;
use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::state::AppState;

#[utoipa::path(get, operation_id = "getTeam", path = "/api/v1/directory/teams/{id}", tag = "directory",
    params(("id" = String, Path)),
    responses((status = 200, description = "The team, with the fields the caller may see", body = TeamDoc),
              (status = 404, description = "No such team", body = crate::error::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    caller: MaybeCaller,
    Path(id): Path<String>,
) -> AppResult<Json<TeamDoc>> {
    let level = crate::directory::level_for(crate::directory::reader(&caller), &id);
    let (row, team) = crate::directory::load(&state, &id, level).await?;
    Ok(Json(TeamDoc {
        id: row.id,
        version: row.version,
        team,
    }))
}
