//! The review workflow's rules, as pure functions and data: who may move a response from which
//! status to which ([`status`]), how long a text may be ([`limits`]), what makes a new edition
//! valid ([`edition`]), and which answers are accepted and what blocks validation ([`review`]).
//!
//! This crate does no IO and knows nothing of HTTP: the server and the CLI call it, and the
//! server maps each [`WorkflowError`] to a Fluent message in one place (`error.rs`).

pub mod edition;
pub mod limits;
pub mod review;
pub mod status;

use cyberindex_store::{Role, Status};

/// A rule of the workflow was not met. `Display` gives the English text; the server shows the
/// matching Fluent message in the reader's language instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkflowError {
    /// No rule lets `role` (or the system, when `None`) move a response from `from` to `to`.
    #[error("The response is {} and can no longer be changed.", .from.as_str())]
    Transition {
        role: Option<Role>,
        from: Status,
        to: Status,
    },
    /// A comment, message or reason is longer than [`limits::MAX_TEXT_CHARS`].
    #[error("The {} is longer than 10,000 characters.", if *.field == "comment" { "comment" } else { "message" })]
    TextTooLong { field: &'static str },
    #[error("Edition id: use 1 to 40 lowercase letters, digits and dashes, such as 2026.")]
    EditionId,
    #[error("Name: give the edition a name.")]
    EditionName,
    /// `field` is `opens` or `deadline`.
    #[error("{}: write the date as YYYY-MM-DD.", if *.field == "opens" { "Opening date" } else { "Deadline" })]
    EditionDate { field: &'static str },
    #[error("Deadline: it must not be before the opening date.")]
    EditionDeadlineOrder,
    #[error("Countries: “{country}” is not an ISO 3166-1 alpha-3 code of the master list.")]
    EditionCountry { country: String },
    #[error("Framework: choose a shipped framework or upload one.")]
    EditionFrameworkMissing,
    #[error("Framework: {name} has {count} error(s); nothing was created.")]
    EditionFramework { name: String, count: usize },
    #[error("Carry forward: there is no edition “{edition}”.")]
    EditionCarryForward { edition: String },
}
