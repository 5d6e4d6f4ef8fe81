//! `GET /api/v1/maturity/assessments`: the CIRT maturity assessments the caller may read (the
//! secretariat: all; a team's staff: their team's and those they review as peer reviewer),
//! newest first, as the list page `/maturity/` shows them. Readers come from
//! `cyberindex_workflow::maturity::Access`, as on the pages.

use axum::Json;
use axum::extract::State;
use cyberindex_workflow::maturity::{Access, Act};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// One assessment, without its parameters.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AssessmentSummary {
    pub id: i64,
    /// The directory team assessed.
    pub team: String,
    pub framework_id: String,
    pub framework_version: String,
    /// `self`, `peer` or `audit`.
    pub kind: String,
    /// `self_assessment`, `peer_review`, `validated` or `signed_off`.
    pub status: String,
    /// 1 at first; each return by the reviewer begins the next.
    pub round: i64,
    /// The assigned peer reviewer's user id.
    pub reviewer: Option<i64>,
    /// The assessment's version (grows with each step and reviewer change).
    pub version: i64,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

impl AssessmentSummary {
    pub fn of(a: &cyberindex_store::Assessment) -> Self {
        Self {
            id: a.id,
            team: a.team_id.clone(),
            framework_id: a.framework_id.clone(),
            framework_version: a.framework_version.clone(),
            kind: a.kind.as_str().to_string(),
            status: a.status.as_str().to_string(),
            round: a.round,
            reviewer: a.reviewer_id,
            version: a.version,
            updated_at: crate::present::iso(a.updated_at),
        }
    }
}

#[utoipa::path(get, operation_id = "listAssessments", path = "/api/v1/maturity/assessments", tag = "maturity",
    responses((status = 200, description = "The assessments the caller may read, newest first", body = [AssessmentSummary]),
              (status = 401, body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
) -> AppResult<Json<Vec<AssessmentSummary>>> {
    let user = &signed.0.user;
    let mut out: Vec<AssessmentSummary> = state
        .store
        .assessments(None)
        .await?
        .iter()
        .filter(|a| Access::of(user, a).may(Act::Read))
        .map(AssessmentSummary::of)
        .collect();
    out.sort_by_key(|a| std::cmp::Reverse(a.id));
    Ok(Json(out))
}
