//! Review state against the frozen framework (which answers are accepted, what blocks
//! validation), and the review's actions: validate, send back, decide, reopen, post in a thread.
//!
//! A decision holds for the answer version it was made on: once the country changes an answer,
//! an earlier "accept" no longer counts and the reviewer decides again.

use std::collections::HashMap;

use cyberindex_engine::{Framework, QuestionStatus, Value, score_unit};
use cyberindex_store::{
    Answer, Decision, Evidence, Message, Response, Review, Snapshot, Status, Store, User,
    evidence_snapshot,
};

use crate::limits::check_text;
use crate::notify::{Event, Notifier, announce};
use crate::status::{Actor, allowed_from};
use crate::{ActionError, WorkflowError};

/// The engine's values for stored answers (a stored value that no longer parses is ignored).
pub fn values(framework: &Framework, answers: &[Answer]) -> Vec<Option<Value>> {
    let mut values = vec![None; framework.questions.len()];
    for a in answers {
        if let (Some(q), Some(text)) = (framework.question_index(&a.question_id), &a.value) {
            values[q] = cyberindex_answers::parse_value(framework, q, text)
                .ok()
                .flatten();
        }
    }
    values
}

/// The latest decision per question (`reviews` come ordered by question, then time).
pub fn latest(reviews: &[Review]) -> HashMap<&str, &Review> {
    reviews
        .iter()
        .map(|r| (r.question_id.as_str(), r))
        .collect()
}

fn version_of(answers: &[Answer], question: &str) -> i64 {
    answers
        .iter()
        .find(|a| a.question_id == question)
        .map_or(0, |a| a.version)
}

/// Whether a question's current answer is accepted.
pub fn accepted(latest: &HashMap<&str, &Review>, answers: &[Answer], question: &str) -> bool {
    latest.get(question).is_some_and(|r| {
        r.decision == Decision::Accept && r.answer_version == version_of(answers, question)
    })
}

/// The questions asked (given the answers) whose current answer is not accepted: what stands
/// between a response and validation, in framework order.
pub fn blockers(framework: &Framework, answers: &[Answer], reviews: &[Review]) -> Vec<String> {
    let latest = latest(reviews);
    let unit = score_unit(framework, &values(framework, answers));
    framework
        .questions
        .iter()
        .zip(&unit.questions)
        .filter(|(_, s)| s.status != QuestionStatus::NotRelevant)
        .filter(|(q, _)| !accepted(&latest, answers, &q.id))
        .map(|(q, _)| q.id.clone())
        .collect()
}

/// Whether the country may no longer change `question` while the response is returned: only an
/// answer accepted in its current version is frozen. Questions asked about, questions without a
/// decision and unanswered questions stay open (the store refuses writes by the same rule).
pub fn frozen(latest: &HashMap<&str, &Review>, answers: &[Answer], question: &str) -> bool {
    accepted(latest, answers, question)
}

/// What sending a response back leaves to the country, question by question (only the questions
/// asked, given the answers; in framework order).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RoundPlan {
    /// Accepted in their current version: they stay as they are.
    pub frozen: Vec<String>,
    /// The reviewers asked for clarification or rejected the answer: the country should act.
    pub asked: Vec<String>,
    /// Answered, with no decision on the current answer: the country may still change them.
    pub undecided: Vec<String>,
    /// Not answered yet: the country may still answer them.
    pub unanswered: Vec<String>,
}

impl RoundPlan {
    /// The questions the country will be able to change.
    pub fn open(&self) -> usize {
        self.asked.len() + self.undecided.len() + self.unanswered.len()
    }
}

/// Sorts the questions asked into frozen, asked about, undecided and unanswered.
pub fn round_plan(framework: &Framework, answers: &[Answer], reviews: &[Review]) -> RoundPlan {
    let latest = latest(reviews);
    let values = values(framework, answers);
    let unit = score_unit(framework, &values);
    let mut plan = RoundPlan::default();
    for ((q, s), value) in framework.questions.iter().zip(&unit.questions).zip(&values) {
        if s.status == QuestionStatus::NotRelevant {
            continue;
        }
        let id = q.id.clone();
        if frozen(&latest, answers, &q.id) {
            plan.frozen.push(id);
        } else if latest
            .get(q.id.as_str())
            .is_some_and(|r| r.decision != Decision::Accept)
        {
            plan.asked.push(id);
        } else if value.is_none() {
            plan.unanswered.push(id);
        } else {
            plan.undecided.push(id);
        }
    }
    plan
}

/// A decision taken on many answers at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bulk {
    /// Answered questions, never decided, with their evidence when the framework requires it.
    Evidenced,
    /// Answers accepted in an earlier version whose value, comment and evidence are now as they
    /// were when the response was submitted in the round of that acceptance.
    Unchanged,
}

impl Bulk {
    pub fn parse(kind: &str) -> Option<Self> {
        match kind {
            "evidenced" => Some(Self::Evidenced),
            "unchanged" => Some(Self::Unchanged),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Evidenced => "evidenced",
            Self::Unchanged => "unchanged",
        }
    }
}

/// What a response holds, as the bulk decisions read it.
#[derive(Debug, Clone, Copy)]
pub struct Holdings<'a> {
    pub answers: &'a [Answer],
    pub evidence: &'a [Evidence],
    pub reviews: &'a [Review],
    pub snapshots: &'a [Snapshot],
}

/// Whether question `q` lies under node `scope` (any node: a pillar, an indicator).
pub fn under(framework: &Framework, q: usize, scope: usize) -> bool {
    let mut node = Some(framework.questions[q].parent);
    while let Some(n) = node {
        if n == scope {
            return true;
        }
        node = framework.nodes[n].parent;
    }
    false
}

/// The answers a bulk decision of `kind` would accept, as `(question, version)`, in framework
/// order; only questions asked (given the answers) and under `scope` when one is given.
pub fn bulk_candidates(
    framework: &Framework,
    held: Holdings<'_>,
    kind: Bulk,
    scope: Option<usize>,
) -> Vec<(String, i64)> {
    let latest = latest(held.reviews);
    let values = values(framework, held.answers);
    let unit = score_unit(framework, &values);
    let mut out = Vec::new();
    for (q, question) in framework.questions.iter().enumerate() {
        if unit.questions[q].status == QuestionStatus::NotRelevant
            || scope.is_some_and(|n| !under(framework, q, n))
        {
            continue;
        }
        let Some(answer) = held.answers.iter().find(|a| a.question_id == question.id) else {
            continue;
        };
        if values[q].is_none() {
            continue;
        }
        let evidence: Vec<&Evidence> = held
            .evidence
            .iter()
            .filter(|e| e.question_id == question.id)
            .collect();
        let take = match (kind, latest.get(question.id.as_str())) {
            (Bulk::Evidenced, None) => !question.evidence_required || !evidence.is_empty(),
            (Bulk::Evidenced, Some(_)) => false,
            (Bulk::Unchanged, Some(r))
                if r.decision == Decision::Accept && r.answer_version != answer.version =>
            {
                held.snapshots
                    .iter()
                    .find(|s| s.question_id == question.id && s.round == r.round)
                    .is_some_and(|s| {
                        s.value == answer.value
                            && s.comment == answer.comment
                            && s.evidence == evidence_snapshot(evidence.iter().copied())
                    })
            }
            (Bulk::Unchanged, _) => false,
        };
        if take {
            out.push((question.id.clone(), answer.version));
        }
    }
    out
}

/// The answers whose current version is accepted: what the official score counts.
pub fn accepted_answers(answers: &[Answer], reviews: &[Review]) -> Vec<Answer> {
    let latest = latest(reviews);
    answers
        .iter()
        .filter(|a| accepted(&latest, answers, &a.question_id))
        .cloned()
        .collect()
}

// --- the review's actions, on the store, telling those concerned through the notifier ---

/// A response and who acts on it; the caller has checked that `by` may (the server's permission
/// types).
#[derive(Debug, Clone, Copy)]
pub struct Acting<'a> {
    pub edition: &'a str,
    pub country: &'a str,
    pub by: &'a User,
}

impl Acting<'_> {
    fn actor(&self) -> Actor {
        Actor::User(self.by.role)
    }

    async fn tell(
        &self,
        store: &Store,
        notifier: &impl Notifier,
        status: Status,
        message: Option<&str>,
    ) {
        let event = Event::StatusChanged {
            edition: self.edition,
            country: self.country,
            status,
            message,
        };
        announce(store, notifier, &event, Some(self.by.id)).await;
    }
}

/// The most questions a refusal names before it says "…".
const SHOWN: usize = 10;

/// Validates a response once every answer asked is accepted in its current version, and tells
/// those concerned.
pub async fn validate(
    store: &Store,
    notifier: &impl Notifier,
    framework: &Framework,
    at: Acting<'_>,
) -> Result<Response, ActionError> {
    let answers = store.answers(at.edition, at.country).await?;
    let reviews = store.reviews(at.edition, at.country).await?;
    let blocking = blockers(framework, &answers, &reviews);
    if !blocking.is_empty() {
        let mut questions = blocking[..blocking.len().min(SHOWN)].join(", ");
        if blocking.len() > SHOWN {
            questions.push_str(", …");
        }
        return Err(WorkflowError::NotAccepted {
            count: blocking.len(),
            questions,
        }
        .into());
    }
    let response = store
        .validate_response(
            at.edition,
            at.country,
            allowed_from(at.actor(), "validate"),
            Some(at.by.id),
        )
        .await?;
    at.tell(store, notifier, response.status, None).await;
    Ok(response)
}

/// Sends a response back to the country for a new round, when at least one question asks for
/// action; `deadline` is an ISO date, `today` or later.
pub async fn send_back(
    store: &Store,
    notifier: &impl Notifier,
    at: Acting<'_>,
    deadline: &str,
    reason: &str,
    today: &str,
) -> Result<Response, ActionError> {
    let deadline = deadline.trim();
    if !cyberindex_answers::is_date(deadline) {
        return Err(WorkflowError::DeadlineNotDate {
            deadline: deadline.to_string(),
        }
        .into());
    }
    if deadline < today {
        return Err(WorkflowError::DeadlinePassed {
            deadline: deadline.to_string(),
            today: today.to_string(),
        }
        .into());
    }
    let reviews = store.reviews(at.edition, at.country).await?;
    if latest(&reviews)
        .values()
        .all(|r| r.decision == Decision::Accept)
    {
        return Err(WorkflowError::NothingToReturn.into());
    }
    check_text("reason", reason)?;
    let response = store
        .return_response(
            at.edition,
            at.country,
            allowed_from(at.actor(), "send-back"),
            deadline,
            reason.trim(),
            Some(at.by.id),
        )
        .await?;
    at.tell(store, notifier, response.status, Some(reason.trim()))
        .await;
    Ok(response)
}

/// Accepts at once every answer a bulk decision of `kind` takes under `scope` (a node id; the
/// whole response when empty), each with its own audit entry; returns how many. The first
/// decision on a submitted response moves it into review, and those concerned are told.
pub async fn bulk_accept(
    store: &Store,
    notifier: &impl Notifier,
    framework: &Framework,
    at: Acting<'_>,
    kind: Bulk,
    scope: &str,
) -> Result<usize, ActionError> {
    let scope = match scope.trim() {
        "" => None,
        id => Some(
            framework
                .node_index(id)
                .ok_or_else(|| WorkflowError::UnknownNode {
                    node: id.to_string(),
                })?,
        ),
    };
    // Refused outside review even when there is nothing to take, as a single decision is.
    let status = store.response(at.edition, at.country).await?.status;
    if !status.is_under_review() {
        return Err(cyberindex_store::StoreError::Locked(status).into());
    }
    let answers = store.answers(at.edition, at.country).await?;
    let evidence = store.evidence(at.edition, at.country).await?;
    let reviews = store.reviews(at.edition, at.country).await?;
    let snapshots = store.snapshots(at.edition, at.country).await?;
    let held = Holdings {
        answers: &answers,
        evidence: &evidence,
        reviews: &reviews,
        snapshots: &snapshots,
    };
    let chosen = bulk_candidates(framework, held, kind, scope);
    if chosen.is_empty() {
        return Ok(0);
    }
    let (accepted, started) = store
        .accept_answers(
            at.edition,
            at.country,
            &chosen,
            &format!("bulk: {}", kind.as_str()),
            allowed_from(at.actor(), "start-review"),
            Some(at.by.id),
        )
        .await?;
    if started {
        at.tell(store, notifier, Status::InReview, None).await;
    }
    Ok(accepted.len())
}

/// Records a decision (checked by the caller: see the server's `read_decision`); the first
/// decision on a submitted response moves it into review, and those concerned are told.
pub async fn decide(
    store: &Store,
    notifier: &impl Notifier,
    at: Acting<'_>,
    question: &str,
    decision: Decision,
    comment: &str,
    proposed: Option<&str>,
) -> Result<Review, ActionError> {
    let (review, started) = store
        .review_answer(
            at.edition,
            at.country,
            question,
            decision,
            comment,
            proposed,
            allowed_from(at.actor(), "start-review"),
            Some(at.by.id),
        )
        .await?;
    if started {
        at.tell(store, notifier, Status::InReview, None).await;
    }
    Ok(review)
}

/// Reopens a validated response, with a reason kept in the audit trail, and tells those
/// concerned. Only the actors of the table's `reopen` row may (administrators): for anyone
/// else the store refuses the move.
pub async fn reopen(
    store: &Store,
    notifier: &impl Notifier,
    at: Acting<'_>,
    reason: &str,
) -> Result<Response, ActionError> {
    if reason.trim().is_empty() {
        return Err(WorkflowError::ReopenReason.into());
    }
    check_text("reason", reason)?;
    let response = store
        .reopen_response(
            at.edition,
            at.country,
            allowed_from(at.actor(), "reopen"),
            reason.trim(),
            Some(at.by.id),
        )
        .await?;
    at.tell(store, notifier, response.status, None).await;
    Ok(response)
}

/// Posts in a question's thread (or, `internal`, a reviewer-only note: the caller checks that
/// `by` is of the secretariat), and tells the other side.
pub async fn post_message(
    store: &Store,
    notifier: &impl Notifier,
    framework: &Framework,
    at: Acting<'_>,
    question: &str,
    body: &str,
    internal: bool,
) -> Result<Message, ActionError> {
    if framework.question_index(question).is_none() {
        return Err(WorkflowError::UnknownQuestion {
            question: question.to_string(),
        }
        .into());
    }
    if body.trim().is_empty() {
        return Err(WorkflowError::MessageEmpty.into());
    }
    check_text("body", body)?;
    let message = store
        .post_message(
            at.edition,
            at.country,
            question,
            internal,
            body,
            Some(at.by.id),
        )
        .await?;
    let event = Event::MessagePosted {
        edition: at.edition,
        country: at.country,
        question,
        internal,
        by_secretariat: at.by.role.is_secretariat(),
    };
    announce(store, notifier, &event, Some(at.by.id)).await;
    Ok(message)
}
