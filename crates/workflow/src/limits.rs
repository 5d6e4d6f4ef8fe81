//! The text limits, in one place. Every text is counted in characters (Unicode scalar values).

use cyberindex_engine::QuestionType;

use crate::WorkflowError;

/// The longest comment on an answer, review comment, message or reason (sending back,
/// reopening), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;

/// The longest answer each question type takes, in characters after surrounding spaces are
/// trimmed. `docs/framework-format.md` states them; every answer is stored and audited in full,
/// so the caps bound what one save can add to the trail.
pub const fn max_chars(kind: QuestionType) -> usize {
    match kind {
        QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => 256,
        QuestionType::MultipleChoice => 4_096,
        QuestionType::Number => 64,
        QuestionType::Date => 10,
        QuestionType::Url => 2_048,
        QuestionType::Text => 20_000,
    }
}

/// Refuses a comment, message or reason in `field` longer than [`MAX_TEXT_CHARS`].
pub fn check_text(field: &'static str, text: &str) -> Result<(), WorkflowError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(WorkflowError::TextTooLong { field });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_limit_is_counted_in_characters() {
        assert_eq!(check_text("body", &"é".repeat(MAX_TEXT_CHARS)), Ok(()));
        assert_eq!(
            check_text("body", &"é".repeat(MAX_TEXT_CHARS + 1)),
            Err(WorkflowError::TextTooLong { field: "body" })
        );
    }
}
