//! `GET /api/v1/maturity/assessments/{id}`: one CIRT maturity assessment as the caller may read
//! it (`cyberindex_workflow::maturity::read`: another team's assessment is 404, as one that does
//! not exist): its framework, round and status, each parameter of the framework with the team's
//! level and note, the reviewer's validated level and comment, and its evidence (expiry, and
//! whether it has passed), then each profile's tier with the parameters that block the next.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::{Assessment, Level, MaturityEvidenceKind, User};
use serde::Serialize;

use crate::api::maturity_list::AssessmentSummary;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// One assessment with every parameter and the tiers.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AssessmentDoc {
    #[serde(flatten)]
    pub assessment: AssessmentSummary,
    /// Every parameter of the framework, in framework order.
    pub parameters: Vec<ParameterDoc>,
    /// Each profile of the framework with the tier reached.
    pub tiers: Vec<TierDoc>,
}

/// One parameter with both sides.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ParameterDoc {
    /// Such as `O-6`.
    pub id: String,
    /// The group (pillar) id: `O`, `H`, `T` or `P` for SIM3.
    pub group: String,
    /// The short name, in English.
    pub name: String,
    /// The team's level: `0`…`4`, `na`, or null while unanswered.
    pub self_level: Option<String>,
    pub note: String,
    /// The reviewer's validated level, likewise.
    pub validated_level: Option<String>,
    pub comment: String,
    /// Send it back as `expected_version` to change this parameter (0: never saved).
    pub version: i64,
    pub evidence: Vec<EvidenceDoc>,
}

/// One evidence item of a parameter.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EvidenceDoc {
    pub id: i64,
    /// `url`, `file` or `check`.
    pub kind: String,
    pub title: String,
    /// The link, or for a file the address to download it from.
    pub url: Option<String>,
    pub file_name: Option<String>,
    /// The date of the evidence, YYYY-MM-DD.
    pub issued: String,
    /// YYYY-MM-DD, when it expires.
    pub expires: Option<String>,
    /// Whether the expiry date has passed (UTC).
    pub expired: bool,
}

/// A profile's result.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct TierDoc {
    pub profile: String,
    /// The tier (level id) reached; null when none is.
    pub reached: Option<String>,
    /// The next tier; null at the top.
    pub next: Option<String>,
    /// The parameters below what the next tier requires.
    pub blocking: Vec<BlockingDoc>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct BlockingDoc {
    pub parameter: String,
    /// The level it counts with now (`""` unanswered, `na`, or the number).
    pub current: String,
    /// The minimum the next tier requires.
    pub required: f64,
}

fn level(l: Option<Level>) -> Option<String> {
    l.map(|l| l.as_str().to_string())
}

/// The document of `assessment`, which `user` has been allowed to read.
pub async fn doc(state: &AppState, assessment: &Assessment) -> AppResult<AssessmentDoc> {
    use cyberindex_workflow::maturity as m;
    let id = assessment.id;
    let framework = m::framework(&state.store, assessment).await?;
    let answers: BTreeMap<String, cyberindex_store::ParameterAnswer> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| (a.parameter.clone(), a))
        .collect();
    let today = crate::maturity::today();
    let evidence = state.store.maturity_evidence(id, false).await?;
    let expired = m::expired(&evidence, &today);
    let parameters = framework
        .questions
        .iter()
        .map(|q| {
            let a = answers.get(&q.id);
            let group = framework.nodes[framework.pillar_of(q.parent)].id.clone();
            ParameterDoc {
                id: q.id.clone(),
                group,
                name: cyberindex_engine::text(&q.label, "en").to_string(),
                self_level: level(a.and_then(|a| a.self_level)),
                note: a.map(|a| a.note.clone()).unwrap_or_default(),
                validated_level: level(a.and_then(|a| a.validated_level)),
                comment: a.map(|a| a.comment.clone()).unwrap_or_default(),
                version: a.map_or(0, |a| a.version),
                evidence: evidence
                    .iter()
                    .filter(|e| e.parameter == q.id)
                    .map(|e| EvidenceDoc {
                        id: e.id,
                        kind: match e.kind {
                            MaturityEvidenceKind::Url => "url",
                            MaturityEvidenceKind::File => "file",
                            MaturityEvidenceKind::Check => "check",
                        }
                        .to_string(),
                        title: e.title.clone(),
                        url: match e.kind {
                            MaturityEvidenceKind::File => {
                                Some(format!("/maturity/{id}/evidence/{}/file", e.id))
                            }
                            _ => e.url.clone(),
                        },
                        file_name: e.file_name.clone(),
                        issued: e.issued_on.clone(),
                        expires: e.expires_on.clone(),
                        expired: expired.get(&q.id).is_some_and(|ids| ids.contains(&e.id)),
                    })
                    .collect(),
            }
        })
        .collect();
    let tiers = m::results(&state.store, assessment)
        .await?
        .into_iter()
        .map(|r| TierDoc {
            profile: r.profile,
            reached: r.level,
            next: r.next,
            blocking: r
                .blockers
                .into_iter()
                .map(|b| BlockingDoc {
                    parameter: b.parameter,
                    current: m::level_text(b.value),
                    required: b.required,
                })
                .collect(),
        })
        .collect();
    Ok(AssessmentDoc {
        assessment: AssessmentSummary::of(assessment),
        parameters,
        tiers,
    })
}

/// Reads assessment `id` for `user` and makes its document.
pub async fn read_doc(state: &AppState, user: &User, id: i64) -> AppResult<AssessmentDoc> {
    let (assessment, _) = cyberindex_workflow::maturity::read(&state.store, user, id).await?;
    doc(state, &assessment).await
}

#[utoipa::path(get, operation_id = "getAssessment", path = "/api/v1/maturity/assessments/{id}", tag = "maturity",
    params(("id" = i64, Path, description = "The assessment's id")),
    responses((status = 200, description = "The assessment", body = AssessmentDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such assessment, or one the caller may not read", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Json<AssessmentDoc>> {
    Ok(Json(read_doc(&state, &signed.0.user, id).await?))
}
