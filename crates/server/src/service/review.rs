//! Review state against the frozen framework: the provisional and official scores, and the
//! review actions (validate, send back, decide, reopen) with their notifications.
//!
//! Which answers are accepted and what blocks validation are pure rules of
//! `cyberindex_workflow::review`, re-exported here for the pages and the API.

use cyberindex_engine::{Framework, Texts, score_unit};
use cyberindex_store::{Answer, Decision, Message, Response, Review};
use cyberindex_workflow::review;

use crate::error::AppResult;
use crate::scope::{CountryDiscuss, CountryReview};
use crate::service::notify::mailer;
use crate::state::AppState;
use serde::Serialize;

use crate::service::answers::values;

pub use cyberindex_workflow::review::{accepted, blockers, bulk_candidates, latest, round_plan};

/// One pillar's score.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PillarScore {
    pub id: String,
    #[schema(value_type = Object)]
    pub label: Texts,
    pub score: Option<f64>,
}

/// A score of a response, rounded to the framework's precision.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ScoreView {
    /// `provisional` or `official`.
    pub kind: &'static str,
    pub overall: Option<f64>,
    /// Tier id, when there is an overall score.
    pub tier: Option<String>,
    /// The tier's label, by language.
    #[schema(value_type = Option<Object>)]
    pub tier_label: Option<Texts>,
    pub pillars: Vec<PillarScore>,
    /// Answers the score counts.
    pub answers_counted: u32,
}

/// The two scores of a response, kept apart everywhere.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Scores {
    /// From the current answers, whatever their review state.
    pub provisional: ScoreView,
    /// From accepted answers only; other questions count as unanswered.
    pub official: ScoreView,
}

fn round(framework: &Framework, x: f64) -> f64 {
    let factor = 10f64.powi(i32::from(framework.precision));
    (x * factor).round() / factor
}

/// A score from `answers`. With no answer to count there is no score (never a 0 that would read
/// as a result).
fn score_view(framework: &Framework, kind: &'static str, answers: &[Answer]) -> ScoreView {
    let values = values(framework, answers);
    let counted = values.iter().filter(|v| v.is_some()).count() as u32;
    let unit = score_unit(framework, &values);
    let scored = |s: Option<f64>| s.filter(|_| counted > 0).map(|s| round(framework, s));
    let overall = scored(unit.overall());
    let tier = overall.and_then(|s| framework.tier_of(s));
    ScoreView {
        kind,
        overall,
        tier: tier.map(|t| t.id.clone()),
        tier_label: tier.map(|t| t.label.clone()),
        pillars: framework
            .pillars()
            .map(|(i, node)| PillarScore {
                id: node.id.clone(),
                label: node.label.clone(),
                score: scored(unit.nodes[i].score),
            })
            .collect(),
        answers_counted: counted,
    }
}

pub fn scores(framework: &Framework, answers: &[Answer], reviews: &[Review]) -> Scores {
    let official = cyberindex_workflow::review::accepted_answers(answers, reviews);
    Scores {
        provisional: score_view(framework, "provisional", answers),
        official: score_view(framework, "official", &official),
    }
}

/// Validates a response once every answer asked is accepted, and tells those concerned.
pub async fn validate(state: &AppState, scope: &CountryReview) -> AppResult<Response> {
    let framework = state.framework(&scope.edition).await?;
    Ok(review::validate(&state.store, &mailer(state), &framework, scope.acting()).await?)
}

/// Sends a response back to the country for a new round, when at least one question asks for
/// action; the deadline is an ISO date, today or later.
pub async fn send_back(
    state: &AppState,
    scope: &CountryReview,
    deadline: &str,
    reason: &str,
) -> AppResult<Response> {
    let today = time::OffsetDateTime::now_utc().date().to_string();
    Ok(review::send_back(
        &state.store,
        &mailer(state),
        scope.acting(),
        deadline,
        reason,
        &today,
    )
    .await?)
}

/// Records a reviewer's decision; the first decision on a submitted response moves it into
/// review, and those concerned are told.
pub async fn decide(
    state: &AppState,
    scope: &CountryReview,
    question: &str,
    decision: Decision,
    comment: &str,
    proposed: Option<&str>,
) -> AppResult<Review> {
    Ok(review::decide(
        &state.store,
        &mailer(state),
        scope.acting(),
        question,
        decision,
        comment,
        proposed,
    )
    .await?)
}

/// Accepts at once what a bulk decision of `kind` takes under `scope` (a node id, or empty for
/// the whole response); returns how many answers were accepted.
pub async fn bulk_accept(
    state: &AppState,
    scope: &CountryReview,
    kind: review::Bulk,
    node: &str,
) -> AppResult<usize> {
    let framework = state.framework(&scope.edition).await?;
    Ok(review::bulk_accept(
        &state.store,
        &mailer(state),
        &framework,
        scope.acting(),
        kind,
        node,
    )
    .await?)
}

/// Reopens a validated response (administrators, with a reason), and tells those concerned.
pub async fn reopen(state: &AppState, scope: &CountryReview, reason: &str) -> AppResult<Response> {
    scope.may_reopen()?;
    Ok(review::reopen(&state.store, &mailer(state), scope.acting(), reason).await?)
}

/// Posts in a question's thread (or, `internal`, a reviewer-only note), and tells the other side.
pub async fn post_message(
    state: &AppState,
    scope: &CountryDiscuss,
    question: &str,
    body: &str,
    internal: bool,
) -> AppResult<Message> {
    let framework = state.framework(&scope.edition).await?;
    Ok(review::post_message(
        &state.store,
        &mailer(state),
        &framework,
        scope.acting(internal)?,
        question,
        body,
        internal,
    )
    .await?)
}

/// Checks a decision as the page and the API receive it.
pub fn read_decision(
    framework: &cyberindex_engine::Framework,
    question: &str,
    decision: &str,
    comment: &str,
    proposed: Option<&str>,
) -> crate::error::AppResult<(Decision, Option<String>)> {
    let decision: Decision = decision.parse().map_err(|_| {
        crate::error::AppError::bad(
            "decision",
            crate::msg!("error-decision-unknown", decision = decision),
        )
    })?;
    cyberindex_workflow::limits::check_text("comment", comment)?;
    if decision != Decision::Accept && comment.trim().is_empty() {
        return Err(crate::error::AppError::bad(
            "comment",
            crate::msg!("error-comment-required"),
        ));
    }
    let proposed = match proposed.map(str::trim).filter(|p| !p.is_empty()) {
        Some(_) if decision != Decision::Reject => {
            return Err(crate::error::AppError::bad(
                "proposed",
                crate::msg!("error-proposed-only-reject"),
            ));
        }
        Some(p) => {
            crate::service::answers::check_value(framework, question, Some(p))
                .map_err(|e| match e {
                    crate::error::AppError::BadRequest { message, .. } => {
                        crate::error::AppError::bad("proposed", message)
                    }
                    other => other,
                })?
                .1
        }
        None => {
            crate::service::answers::check_value(framework, question, None)?;
            None
        }
    };
    Ok((decision, proposed))
}
