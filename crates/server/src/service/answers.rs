//! Answers against the edition's frozen framework: checking values (the same parser as answer
//! files, and a length cap per question type), the per-user save allowance, relevance, and
//! progress per pillar.

use std::collections::HashMap;

use cyberindex_engine::{Framework, QuestionStatus, Texts, Value, score_unit};
use cyberindex_store::{Answer, AnswerSummary, Evidence};
use serde::Serialize;

use crate::error::{AppError, AppResult};
use crate::ratelimit;
use crate::state::AppState;

/// Progress of one pillar, or of the whole response.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PillarProgress {
    pub id: String,
    #[schema(value_type = Object)]
    pub label: Texts,
    /// Questions asked, given the answers so far.
    pub relevant: u32,
    pub answered: u32,
    /// Answered questions that require evidence and have none.
    pub evidence_missing: u32,
    pub percent: u32,
}

/// Progress of a response.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Progress {
    pub relevant: u32,
    pub answered: u32,
    pub evidence_missing: u32,
    /// Answered relevant questions, as a whole percentage.
    pub percent: u32,
    pub pillars: Vec<PillarProgress>,
    /// Ids of the questions asked, given the answers so far.
    pub relevant_questions: Vec<String>,
}

fn percent(answered: u32, relevant: u32) -> u32 {
    (answered * 100).checked_div(relevant).unwrap_or(100)
}

/// The engine's values for stored answers (a stored value that no longer parses is ignored).
pub fn values(framework: &Framework, answers: &[Answer]) -> Vec<Option<Value>> {
    values_of(
        framework,
        answers
            .iter()
            .map(|a| (a.question_id.as_str(), a.value.as_deref())),
    )
}

fn values_of<'a>(
    framework: &Framework,
    answers: impl Iterator<Item = (&'a str, Option<&'a str>)>,
) -> Vec<Option<Value>> {
    let mut values = vec![None; framework.questions.len()];
    for (question, value) in answers {
        if let (Some(q), Some(text)) = (framework.question_index(question), value) {
            values[q] = cyberindex_answers::parse_value(framework, q, text)
                .ok()
                .flatten();
        }
    }
    values
}

/// Progress of a response and which questions are asked.
pub fn progress(framework: &Framework, answers: &[Answer], evidence: &[Evidence]) -> Progress {
    let mut with_evidence: HashMap<&str, u32> = HashMap::new();
    for e in evidence {
        *with_evidence.entry(e.question_id.as_str()).or_default() += 1;
    }
    progress_of(framework, values(framework, answers), |q| {
        with_evidence.contains_key(q)
    })
}

/// Progress from the one-query summary (the autosave path).
pub fn progress_summary(framework: &Framework, summary: &[AnswerSummary]) -> Progress {
    let values = values_of(
        framework,
        summary
            .iter()
            .map(|a| (a.question_id.as_str(), a.value.as_deref())),
    );
    let with_evidence: HashMap<&str, u32> = summary
        .iter()
        .map(|a| (a.question_id.as_str(), a.evidence))
        .collect();
    progress_of(framework, values, |q| {
        with_evidence.get(q).is_some_and(|n| *n > 0)
    })
}

fn progress_of(
    framework: &Framework,
    values: Vec<Option<Value>>,
    has_evidence: impl Fn(&str) -> bool,
) -> Progress {
    let unit = score_unit(framework, &values);
    let mut pillars = Vec::new();
    let mut totals = (0, 0, 0);
    for (pillar, node) in framework.pillars() {
        let (mut relevant, mut answered, mut missing_evidence) = (0, 0, 0);
        for (q, question) in framework.questions.iter().enumerate() {
            if framework.pillar_of(question.parent) != pillar {
                continue;
            }
            match unit.questions[q].status {
                QuestionStatus::NotRelevant => continue,
                QuestionStatus::Answered => {
                    answered += 1;
                    if question.evidence_required && !has_evidence(&question.id) {
                        missing_evidence += 1;
                    }
                }
                QuestionStatus::Missing => {}
            }
            relevant += 1;
        }
        totals = (
            totals.0 + relevant,
            totals.1 + answered,
            totals.2 + missing_evidence,
        );
        pillars.push(PillarProgress {
            id: node.id.clone(),
            label: node.label.clone(),
            relevant,
            answered,
            evidence_missing: missing_evidence,
            percent: percent(answered, relevant),
        });
    }
    Progress {
        relevant: totals.0,
        answered: totals.1,
        evidence_missing: totals.2,
        percent: percent(totals.1, totals.0),
        pillars,
        relevant_questions: framework
            .questions
            .iter()
            .zip(&unit.questions)
            .filter(|(_, s)| s.status != QuestionStatus::NotRelevant)
            .map(|(q, _)| q.id.clone())
            .collect(),
    }
}

pub use cyberindex_workflow::limits::max_chars;

/// Takes one save (an answer, or a secretariat draft) from `user`'s allowance, or refuses with
/// 429. The allowance (`ratelimit::SAVES`) is far above what autosave sends in normal use.
pub fn limit_saves(state: &AppState, user: i64) -> AppResult<()> {
    if state
        .limiter
        .allow(&format!("user:{user}:save"), ratelimit::SAVES)
    {
        Ok(())
    } else {
        Err(AppError::TooManyRequests)
    }
}

/// Checks a value for a question; returns the question's index and the value as stored
/// ([`cyberindex_workflow::answer::check_value`]). An unknown question is 404, a value that does
/// not fit 422 on `value`.
pub fn check_value(
    framework: &Framework,
    question: &str,
    value: Option<&str>,
) -> AppResult<(usize, Option<String>)> {
    Ok(cyberindex_workflow::answer::check_value(
        framework, question, value,
    )?)
}

/// A JSON value (`"yes"`, `12`, `["a", "b"]`, `null`) as answer text.
pub fn json_value_text(value: &serde_json::Value) -> AppResult<Option<String>> {
    match value {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::String(s) => Ok(Some(s.clone())),
        serde_json::Value::Number(n) => Ok(Some(n.to_string())),
        serde_json::Value::Array(items) => {
            let words: Option<Vec<&str>> = items.iter().map(serde_json::Value::as_str).collect();
            words
                .map(|w| Some(w.join(" ")))
                .ok_or_else(|| AppError::bad("value", crate::msg!("error-value-list")))
        }
        serde_json::Value::Bool(_) | serde_json::Value::Object(_) => {
            Err(AppError::bad("value", crate::msg!("error-value-type")))
        }
    }
}
