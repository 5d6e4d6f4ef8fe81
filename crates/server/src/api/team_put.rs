//! `PUT /api/v1/directory/teams/{id}`: the secretariat creates a team (no `expected_version`)
//! or replaces its record (`expected_version`: the version it read); the team's own staff
//! replace their team's record, keeping its country (`scope::TeamEdit`). The whole record is
//! checked first and refused whole (422, every problem with its field); a record changed since
//! it was read is 409. Every save is in the audit trail with the record before and after.
//! `DELETE` removes the team (its history stays in the trail).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;

use crate::api::ApiJson;
use crate::api::teams_list::TeamDoc;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// A team's record to save.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TeamBody {
    /// The version the record was read at; leave it out to create the team.
    #[serde(default)]
    pub expected_version: Option<i64>,
    /// The whole record (docs/directory.md); its `id` must be the one in the address.
    #[schema(value_type = Object)]
    pub team: cyberindex_directory::Team,
}

#[utoipa::path(put, operation_id = "putTeam", path = "/api/v1/directory/teams/{id}", tag = "directory",
    params(("id" = String, Path)),
    request_body = TeamBody,
    responses((status = 200, description = "Saved", body = TeamDoc),
              (status = 201, description = "Created", body = TeamDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Neither the secretariat nor the team's own staff (who may not create a team)", body = crate::error::ErrorBody),
              (status = 404, description = "No such team to change", body = crate::error::ErrorBody),
              (status = 409, description = "Changed since it was read", body = crate::error::ErrorBody),
              (status = 422, description = "The record has problems, each named with its field, or the team's staff changed its country", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn put(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<TeamBody>,
) -> AppResult<(StatusCode, Json<TeamDoc>)> {
    let edit = signed.edit_team(&id)?;
    let created = body.expected_version.is_none();
    let version = edit
        .save(&state.store, &body.team, body.expected_version)
        .await?;
    Ok((
        if created {
            StatusCode::CREATED
        } else {
            StatusCode::OK
        },
        Json(TeamDoc {
            id,
            version,
            team: body.team,
        }),
    ))
}

#[utoipa::path(delete, operation_id = "deleteTeam", path = "/api/v1/directory/teams/{id}", tag = "directory",
    params(("id" = String, Path)),
    responses((status = 204, description = "Removed"),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not the secretariat", body = crate::error::ErrorBody),
              (status = 404, description = "No such team", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn delete(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<String>,
) -> AppResult<StatusCode> {
    let secretariat = signed.secretariat()?;
    state.store.delete_team(&id, Some(secretariat.0.id)).await?;
    Ok(StatusCode::NO_CONTENT)
}
