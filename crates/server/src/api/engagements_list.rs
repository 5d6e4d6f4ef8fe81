//! `GET /api/v1/maturity/engagements`: the establishment tracker's engagements the caller may
//! read (the secretariat: all; a focal point: their country's; a team's staff: those linked to
//! their team; `cyberindex_workflow::establishment::Access`, as on the pages), with the phase,
//! since when, and the required deliverables not yet approved.

use axum::Json;
use axum::extract::State;
use cyberindex_workflow::establishment::{Access, Act};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// One engagement.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EngagementDoc {
    pub id: i64,
    /// ISO 3166 alpha-3.
    pub country: String,
    /// The directory team, once linked.
    pub team: Option<String>,
    /// `assessment`, `design`, `establishment`, `enhancement` or `closed`.
    pub phase: String,
    /// When the phase began, RFC 3339 UTC.
    pub phase_since: String,
    /// The required deliverables of this phase and earlier ones not yet approved, as
    /// `phase/kind`.
    pub missing: Vec<String>,
    pub version: i64,
}

#[utoipa::path(get, operation_id = "listEngagements", path = "/api/v1/maturity/engagements", tag = "maturity",
    responses((status = 200, description = "The engagements the caller may read, by country", body = [EngagementDoc]),
              (status = 401, body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
) -> AppResult<Json<Vec<EngagementDoc>>> {
    let user = &signed.0.user;
    let deliverables = state.store.deliverables(None).await?;
    let mut out = Vec::new();
    for e in state.store.engagements().await? {
        if !Access::of(user, &e).may(Act::Read) {
            continue;
        }
        let own: Vec<_> = deliverables
            .iter()
            .filter(|d| d.engagement_id == e.id)
            .cloned()
            .collect();
        out.push(EngagementDoc {
            id: e.id,
            missing: cyberindex_workflow::establishment::missing(e.phase, &own)
                .into_iter()
                .map(|(p, k)| format!("{}/{}", p.as_str(), k.as_str()))
                .collect(),
            country: e.country,
            team: e.team_id,
            phase: e.phase.as_str().to_string(),
            phase_since: crate::present::iso(e.phase_since),
            version: e.version,
        });
    }
    out.sort_by(|a, b| a.country.cmp(&b.country).then(a.id.cmp(&b.id)));
    Ok(Json(out))
}
