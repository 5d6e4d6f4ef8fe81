//! `GET /api/v1/maturity/teams/{team}/roadmap`: a team's roadmap (its staff and the
//! secretariat; anyone else 404), and `PATCH /api/v1/maturity/roadmap/{item}`: changes one
//! item's action, owner, due date, status and FIRST service on the version read, as the
//! roadmap page's form does (`cyberindex_workflow::maturity::update_roadmap`). A stale version
//! is 409; a bad status, date or over-long text 422.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::{RoadmapChange, RoadmapItem, RoadmapStatus};
use serde::{Deserialize, Serialize};

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// One roadmap item.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RoadmapItemDoc {
    pub id: i64,
    pub team: String,
    /// The assessment it was planned from.
    pub assessment: Option<i64>,
    pub profile: String,
    /// The tier (level id) it leads to.
    pub tier: String,
    pub parameter: String,
    /// The level now and the level to reach (`""` unanswered, `na`, or the number).
    pub from_level: String,
    pub to_level: String,
    pub action: String,
    pub owner: String,
    /// YYYY-MM-DD.
    pub due: Option<String>,
    /// `open`, `in_progress`, `done` or `dropped`.
    pub status: String,
    /// A FIRST CSIRT Services Framework service id.
    pub service: Option<String>,
    /// Send it back as `expected_version` to change the item.
    pub version: i64,
}

impl RoadmapItemDoc {
    fn of(i: RoadmapItem) -> Self {
        Self {
            id: i.id,
            team: i.team_id,
            assessment: i.assessment_id,
            profile: i.profile_id,
            tier: i.level_id,
            parameter: i.parameter,
            from_level: i.from_level,
            to_level: i.to_level,
            action: i.action,
            owner: i.owner,
            due: i.due_on,
            status: i.status.as_str().to_string(),
            service: i.service_id,
            version: i.version,
        }
    }
}

#[utoipa::path(get, operation_id = "getRoadmap", path = "/api/v1/maturity/teams/{team}/roadmap", tag = "maturity",
    params(("team" = String, Path, description = "The directory team's id")),
    responses((status = 200, description = "The team's roadmap", body = [RoadmapItemDoc]),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such team, or one the caller may not read", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(team): Path<String>,
) -> AppResult<Json<Vec<RoadmapItemDoc>>> {
    let items = cyberindex_workflow::maturity::roadmap(&state.store, &signed.0.user, &team).await?;
    Ok(Json(items.into_iter().map(RoadmapItemDoc::of).collect()))
}

/// The item's new fields; what is left out keeps its value.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoadmapPatch {
    /// The item's `version` as read.
    pub expected_version: i64,
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub owner: Option<String>,
    /// YYYY-MM-DD; `""` removes it.
    #[serde(default)]
    pub due: Option<String>,
    /// `open`, `in_progress`, `done` or `dropped`.
    #[serde(default)]
    pub status: Option<String>,
    /// `""` removes it.
    #[serde(default)]
    pub service: Option<String>,
}

#[utoipa::path(patch, operation_id = "patchRoadmapItem", path = "/api/v1/maturity/roadmap/{item}", tag = "maturity",
    params(("item" = i64, Path, description = "The roadmap item's id")),
    request_body = RoadmapPatch,
    responses((status = 200, description = "Changed", body = RoadmapItemDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "The caller may read the roadmap but not change it", body = crate::error::ErrorBody),
              (status = 404, description = "No such item, or one the caller may not read", body = crate::error::ErrorBody),
              (status = 409, description = "Changed since it was read", body = crate::error::ErrorBody),
              (status = 422, description = "A bad status or date, or a text too long", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn patch(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(item): Path<i64>,
    ApiJson(body): ApiJson<RoadmapPatch>,
) -> AppResult<Json<RoadmapItemDoc>> {
    use cyberindex_workflow::maturity as m;
    let user = &signed.0.user;
    // Read through the team's access first: an item of another team is 404 before any check
    // of the body.
    let current = state.store.roadmap_item(item).await.map_err(|e| match e {
        cyberindex_store::StoreError::NotFound(_) => AppError::NotFound,
        e => e.into(),
    })?;
    m::Access::of_team(user, &current.team_id, None)
        .require(m::Act::Read)
        .map_err(AppError::from)?;
    let status = match body.status.as_deref().map(str::trim) {
        None => current.status,
        Some(s) => RoadmapStatus::parse(s)
            .ok_or_else(|| AppError::bad("status", crate::msg!("maturity-error-roadmap-status")))?,
    };
    let keep = |new: Option<String>, old: Option<String>| match new {
        None => old,
        Some(v) => Some(v.trim().to_string()).filter(|v| !v.is_empty()),
    };
    let change = RoadmapChange {
        action: body
            .action
            .map_or(current.action.clone(), |a| a.trim().to_string()),
        owner: body
            .owner
            .map_or(current.owner.clone(), |o| o.trim().to_string()),
        due_on: keep(body.due, current.due_on.clone()),
        status,
        service_id: keep(body.service, current.service_id.clone()),
    };
    let saved = m::update_roadmap(&state.store, user, item, body.expected_version, &change).await?;
    Ok(Json(RoadmapItemDoc::of(saved)))
}
