//! The answer rule: whether a value fits its question, and how it is stored.

use cyberindex_answers::ValueError;
use cyberindex_engine::{Framework, LimitBreach, QuestionType, Value};

use crate::WorkflowError;
use crate::limits::max_chars;

/// Checks a value for a question; returns the question's index and the value as stored
/// (options in framework order, separated by spaces). `None` (or only spaces) clears the answer.
/// A value longer than its type's cap ([`max_chars`]) is refused before it is parsed.
pub fn check_value(
    framework: &Framework,
    question: &str,
    value: Option<&str>,
) -> Result<(usize, Option<String>), WorkflowError> {
    let q = framework
        .question_index(question)
        .ok_or_else(|| WorkflowError::UnknownQuestion {
            question: question.to_string(),
        })?;
    let Some(text) = value.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok((q, None));
    };
    let max = max_chars(framework.questions[q].kind);
    // Counting stops past the cap, so a huge value costs no more than a long one.
    let length = text.chars().take(max + 1).count();
    if length > max {
        return Err(WorkflowError::ValueTooLong {
            length: text.chars().count(),
            max,
        });
    }
    let question = &framework.questions[q];
    let value = text.to_string();
    let parsed = cyberindex_answers::parse_value(framework, q, text).map_err(|e| match e {
        ValueError::NotNumber { .. } => WorkflowError::ValueNumber { value },
        ValueError::NotUrl { .. } => WorkflowError::ValueUrl { value },
        ValueError::NotDate { .. } => WorkflowError::ValueDate { value },
        ValueError::NotOptions { options, .. } => WorkflowError::ValueOptions { value, options },
        ValueError::NotAnOption { options, .. } => WorkflowError::ValueOption { value, options },
    })?;
    // The framework's limits apply to what is saved from now on; answers already stored (and
    // answer files read by `score` and `publish`) are not refused for them.
    let breach = match parsed {
        Some(Value::Number(x)) => question.limits.check_number(x),
        Some(Value::Given) if question.kind == QuestionType::Text => {
            question.limits.check_text(text)
        }
        _ => None,
    };
    if let Some(breach) = breach {
        let value = text.to_string();
        return Err(match breach {
            LimitBreach::Below(min) => WorkflowError::ValueBelow {
                value,
                min: min.to_string(),
            },
            LimitBreach::Above(max) => WorkflowError::ValueAbove {
                value,
                max: max.to_string(),
            },
            LimitBreach::NotWhole => WorkflowError::ValueWhole { value },
            LimitBreach::TooLong(length, max) => WorkflowError::ValueTooLong {
                length,
                max: max as usize,
            },
        });
    }
    let stored = match parsed {
        Some(Value::Choice(i)) => question.options[i as usize].id.clone(),
        Some(Value::Choices(set)) => question
            .options
            .iter()
            .enumerate()
            .filter(|(i, _)| set & (1 << i) != 0)
            .map(|(_, o)| o.id.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        _ => text.to_string(),
    };
    Ok((q, Some(stored)))
}
