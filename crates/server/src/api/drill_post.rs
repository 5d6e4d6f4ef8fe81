//! The drill's console through the API: `POST /api/v1/drills/{id}/step` moves it on (start,
//! pause, resume, end, report; the communications check stays on the console, which sends
//! mail), and
//! `POST /api/v1/drills/{id}/injects/{inject}` releases an inject now, holds, resumes or skips
//! it, or moves an unreleased one to a minute from the start. Both answer the drill as
//! `GET /api/v1/drills/{id}` does. A step the status does not allow, or holding, skipping or
//! moving a released inject, is 409 (releasing one that went out meanwhile is not refused); a
//! bad body 422; a drill the caller does not run 404.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_workflow::drill::View;
use serde::Deserialize;

use super::ApiJson;
use super::drills_get::{DrillDoc, doc};
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// A step of the drill.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StepBody {
    /// `start`, `pause`, `resume`, `end` or `report` (the report issued, once ended).
    pub step: String,
}

/// What to do with an inject.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InjectBody {
    /// `release`, `hold`, `resume`, `skip` or `move`.
    pub act: String,
    /// For `move`: minutes from the start, 0 to 10080.
    #[serde(default)]
    pub minutes: Option<i64>,
}

#[utoipa::path(post, operation_id = "stepDrill", path = "/api/v1/drills/{id}/step", tag = "drills",
    params(("id" = i64, Path, description = "The drill's id")),
    request_body = StepBody,
    responses((status = 200, description = "The drill after the step", body = DrillDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such drill, or one the caller does not run", body = crate::error::ErrorBody),
              (status = 409, description = "The drill's status does not allow the step", body = crate::error::ErrorBody),
              (status = 422, description = "Not a step", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn step(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<StepBody>,
) -> AppResult<Json<DrillDoc>> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    let step = crate::drills::step::move_of(&body.step)?;
    crate::drills::step::take(&state, &console, id, step, cyberindex_store::now_ms()).await?;
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    Ok(Json(doc(&state, &view).await?))
}

#[utoipa::path(post, operation_id = "actOnInject", path = "/api/v1/drills/{id}/injects/{inject}", tag = "drills",
    params(("id" = i64, Path, description = "The drill's id"),
           ("inject" = String, Path, description = "The inject's id in the scenario (`I-01`)")),
    request_body = InjectBody,
    responses((status = 200, description = "The drill after the change", body = DrillDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such drill or inject, or a drill the caller does not run", body = crate::error::ErrorBody),
              (status = 409, description = "Held, skipped or moved after its release, or the drill's status or the inject's dependencies do not allow it", body = crate::error::ErrorBody),
              (status = 422, description = "Not an act, or minutes out of range", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn inject(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, inject)): Path<(i64, String)>,
    ApiJson(body): ApiJson<InjectBody>,
) -> AppResult<Json<DrillDoc>> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    crate::drills::inject_act::act(&state, &console, id, &inject, &body.act, body.minutes).await?;
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    Ok(Json(doc(&state, &view).await?))
}
