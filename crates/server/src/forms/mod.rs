//! Form bodies that several pages read, so no handler file imports another: the fields of an
//! answer, and the set-password form of invitation and reset links.

pub(crate) mod password;

use crate::error::{AppError, AppResult};

/// The form fields of an answer: `value` (repeated for multiple choice), `comment`, `version`.
pub fn read_fields(fields: &[(String, String)]) -> AppResult<(Vec<String>, String, i64)> {
    let values: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "value")
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_empty())
        .collect();
    let comment = fields
        .iter()
        .find(|(k, _)| k == "comment")
        .map_or(String::new(), |(_, v)| v.clone());
    let version = match fields.iter().find(|(k, _)| k == "version") {
        Some((_, v)) => v
            .parse::<i64>()
            .map_err(|_| AppError::bad("version", crate::msg!("error-version-number")))?,
        None => {
            return Err(AppError::bad(
                "version",
                crate::msg!("error-version-missing"),
            ));
        }
    };
    cyberindex_workflow::limits::check_text("comment", &comment)?;
    Ok((values, comment, version))
}
