//! Review state against the frozen framework: which answers are accepted and what blocks
//! validation.
//!
//! A decision holds for the answer version it was made on: once the country changes an answer,
//! an earlier "accept" no longer counts and the reviewer decides again.

use std::collections::HashMap;

use cyberindex_engine::{Framework, QuestionStatus, Value, score_unit};
use cyberindex_store::{Answer, Decision, Review};

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
