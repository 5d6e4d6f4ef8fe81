//! `GET /api/v1/drills`: the drills the caller runs (the secretariat: all; staff of a host
//! team: their team's), and `GET /api/v1/drills/{id}`: one drill as its console shows it: the
//! clock, its teams with their score beside the target, the timeline (each inject's time from
//! the start and state) and the improvement plan. A drill the caller does not run is 404, as
//! on the pages (`cyberindex_workflow::drill::View`).

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_drill::timeline::State as RowState;
use cyberindex_store::{Drill, InjectStatus};
use cyberindex_workflow::drill::{Access, Act, View};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// A drill, without its timeline.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DrillSummary {
    pub id: i64,
    pub title: String,
    pub scenario: String,
    pub scenario_version: String,
    /// `national`, `regional` or `global`.
    pub level: String,
    /// `tabletop`, `hybrid` or `strategy`.
    pub mode: String,
    pub host: String,
    pub host_team: Option<String>,
    /// `UTC` or `UTC±HH:MM`.
    pub time_zone: String,
    /// RFC 3339, UTC.
    pub start: String,
    /// `planned`, `comms_check`, `running`, `paused`, `ended` or `reported`.
    pub status: String,
    /// Language codes.
    pub languages: Vec<String>,
    /// Whether the host agrees to publish the aggregate results.
    pub public_results: bool,
    pub version: i64,
}

impl DrillSummary {
    pub fn of(d: &Drill) -> Self {
        Self {
            id: d.id,
            title: d.title.clone(),
            scenario: d.scenario_id.clone(),
            scenario_version: d.scenario_version.clone(),
            level: d.level.as_str().to_string(),
            mode: d.mode.as_str().to_string(),
            host: d.host.clone(),
            host_team: d.host_team_id.clone(),
            time_zone: d.time_zone.clone(),
            start: crate::present::iso(d.start_at),
            status: d.status.as_str().to_string(),
            languages: d.languages.split(',').map(str::to_string).collect(),
            public_results: d.public_results,
            version: d.version,
        }
    }
}

/// A team of a drill with its result so far.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DrillTeamDoc {
    pub team: String,
    /// Scenario roles it plays.
    pub roles: Vec<String>,
    /// Whether it offers its results as maturity evidence.
    pub evidence_consent: bool,
    /// Mean score over the expectations evaluated, and the mean target.
    pub score: f64,
    pub target: f64,
    pub evaluated: usize,
}

/// An inject on the timeline.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TimelineInject {
    pub inject: String,
    #[serde(rename = "move")]
    pub move_number: u32,
    /// Seconds from the start (as edited, if it was moved).
    pub at: u32,
    /// `pending`, `released`, `held` or `skipped`.
    pub status: String,
    /// Seconds from the start when it went out.
    pub released_at: Option<u32>,
    /// Due, with its dependencies met: the next release sends it.
    pub ready: bool,
    pub edited: bool,
    pub version: i64,
}

/// An item of the improvement plan.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ImprovementDoc {
    pub id: i64,
    pub team: Option<String>,
    pub issue: String,
    pub action: String,
    pub owner: String,
    pub due: Option<String>,
    pub parameter: Option<String>,
    /// `open`, `in_progress`, `done` or `dropped`.
    pub status: String,
    pub version: i64,
}

/// A drill as its console shows it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DrillDoc {
    pub drill: DrillSummary,
    /// Seconds of play, without the pauses.
    pub exercise_seconds: u32,
    pub simulated_time: String,
    pub teams: Vec<DrillTeamDoc>,
    pub timeline: Vec<TimelineInject>,
    pub improvements: Vec<ImprovementDoc>,
}

#[utoipa::path(get, operation_id = "listDrills", path = "/api/v1/drills", tag = "drills",
    responses((status = 200, description = "The drills the caller runs, soonest first", body = [DrillSummary]),
              (status = 401, body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
) -> AppResult<Json<Vec<DrillSummary>>> {
    let user = &signed.0.user;
    Ok(Json(
        state
            .store
            .drills()
            .await?
            .iter()
            .filter(|d| Access::of_user(user, d).may(Act::Run))
            .map(DrillSummary::of)
            .collect(),
    ))
}

#[utoipa::path(get, operation_id = "getDrill", path = "/api/v1/drills/{id}", tag = "drills",
    params(("id" = i64, Path, description = "The drill's id")),
    responses((status = 200, description = "The drill as its console shows it", body = DrillDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such drill, or one the caller does not run", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Json<DrillDoc>> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    Ok(Json(doc(&state, &view).await?))
}

/// The drill of `view` (which must run it) as the API gives it.
pub async fn doc(state: &AppState, view: &View) -> AppResult<DrillDoc> {
    let store = &state.store;
    let console = view.console()?;
    let now = cyberindex_store::now_ms();
    let mut teams = Vec::new();
    for t in view.teams(store).await? {
        let evaluations = view.team_evaluations(store, &t.team_id).await?;
        let score =
            cyberindex_workflow::drill::team_score(&view.scenario, &t.team_id, &evaluations);
        teams.push(DrillTeamDoc {
            roles: t
                .roles
                .split(',')
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect(),
            evidence_consent: t.evidence_consent,
            score: score.total.score,
            target: score.total.target,
            evaluated: score.total.evaluated,
            team: t.team_id,
        });
    }
    let due = console.due_injects(store, now).await?;
    let stored: std::collections::HashMap<String, (InjectStatus, i64)> = store
        .drill_injects(view.drill.id)
        .await?
        .into_iter()
        .map(|r| (r.inject_id, (r.status, r.version)))
        .collect();
    let timeline = due
        .rows
        .iter()
        .map(|row| {
            let (status, version) = stored
                .get(&row.inject)
                .copied()
                .unwrap_or((InjectStatus::Pending, 0));
            TimelineInject {
                inject: row.inject.clone(),
                move_number: view
                    .scenario
                    .inject(&row.inject)
                    .map_or(0, |i| i.move_number),
                at: row.at,
                status: status.as_str().to_string(),
                released_at: match row.state {
                    RowState::Released(at) => Some(at),
                    _ => None,
                },
                ready: matches!(row.state, RowState::Waiting { ready: true, .. }),
                edited: row.edited,
                version,
            }
        })
        .collect();
    let improvements = store
        .drill_improvements(view.drill.id)
        .await?
        .into_iter()
        .map(|i| ImprovementDoc {
            id: i.id,
            team: i.team_id,
            issue: i.issue,
            action: i.action,
            owner: i.owner,
            due: i.due_on,
            parameter: i.parameter,
            status: i.status.as_str().to_string(),
            version: i.version,
        })
        .collect();
    Ok(DrillDoc {
        drill: DrillSummary::of(&view.drill),
        exercise_seconds: due.exercise_seconds,
        simulated_time: due.simulated_time,
        teams,
        timeline,
        improvements,
    })
}
