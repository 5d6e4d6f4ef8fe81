//! Review state against the frozen framework (which answers are accepted, what blocks
//! validation), and the review's actions: validate, send back, decide, reopen, post in a thread.
//!
//! A decision holds for the answer version it was made on: once the country changes an answer,
//! an earlier "accept" no longer counts and the reviewer decides again.

use std::collections::HashMap;

use cyberindex_engine::{Framework, QuestionStatus, Value, score_unit};
use cyberindex_store::{Answer, Decision, Message, Response, Review, Status, Store, User};

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

    async fn tell(&self, store: &Store, notifier: &impl Notifier, status: Status) {
        let event = Event::StatusChanged {
            edition: self.edition,
            country: self.country,
            status,
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
    at.tell(store, notifier, response.status).await;
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
    at.tell(store, notifier, response.status).await;
    Ok(response)
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
        at.tell(store, notifier, Status::InReview).await;
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
    at.tell(store, notifier, response.status).await;
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
