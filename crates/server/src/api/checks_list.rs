//! `GET /api/v1/directory/checks`: the messages of the directory's reachability checks with
//! their outcome and latency, for the secretariat: every check, one (`?run=`), or one team's
//! (`?team=`), the latest first. A message's `id` and `run` name it for good: a maturity
//! assessment cites them as evidence.

use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::present::iso;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ChecksQuery {
    /// Only this check's messages.
    pub run: Option<i64>,
    /// Only this team's messages.
    pub team: Option<String>,
}

/// One message of a reachability check and what became of it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PingDoc {
    pub id: i64,
    /// The check it belongs to.
    pub run: i64,
    pub team: String,
    pub channel: String,
    pub address: String,
    /// RFC 3339, UTC.
    pub sent_at: String,
    pub acknowledged_at: Option<String>,
    pub window_hours: i64,
    pub latency_seconds: Option<i64>,
    /// `acknowledged`, `late`, `pending`, `no_reply` or `bounced`.
    pub outcome: String,
    /// Why the message could not be delivered.
    pub error: Option<String>,
    /// For a call (`channel` `phone`): what the caller noted.
    pub note: Option<String>,
    /// For a call: when a call went unanswered (RFC 3339, UTC).
    pub unanswered_at: Option<String>,
}

#[utoipa::path(get, operation_id = "listChecks", path = "/api/v1/directory/checks", tag = "directory",
    params(ChecksQuery),
    responses((status = 200, description = "Messages of reachability checks, the latest first", body = [PingDoc]),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not the secretariat", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<ChecksQuery>,
) -> AppResult<Json<Vec<PingDoc>>> {
    signed.secretariat()?;
    let now = cyberindex_store::now_ms();
    let pings = state.store.pings(query.run, query.team.as_deref()).await?;
    Ok(Json(
        pings
            .into_iter()
            .map(|p| {
                let m = crate::directory::message_of(&p);
                PingDoc {
                    id: p.id,
                    run: p.run_id,
                    outcome: m.outcome(now).as_str().to_string(),
                    latency_seconds: m.latency().map(|l| l / 1000),
                    team: p.team_id,
                    channel: p.channel,
                    address: p.address,
                    sent_at: iso(p.sent_at),
                    acknowledged_at: p.acked_at.map(iso),
                    window_hours: p.window_seconds / 3600,
                    error: p.error,
                    note: p.note,
                    unanswered_at: p.unanswered_at.map(iso),
                }
            })
            .collect(),
    ))
}
