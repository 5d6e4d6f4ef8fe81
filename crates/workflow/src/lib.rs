//! The review workflow, between the store and its two front ends (the server and the CLI).
//!
//! The rules, as pure functions and data: who may move a response from which status to which
//! ([`status`]), how long a text may be ([`limits`]), whether a value fits its question
//! ([`answer`]), what makes a new edition valid ([`edition`]), who may be invited
//! ([`accounts::new_user`]), and which answers are accepted and what blocks validation
//! ([`review`]).
//!
//! The actions both front ends take, on a [`cyberindex_store::Store`] and, where a message goes
//! out, a [`Notifier`]: publishing ([`publish`]), carrying answers forward ([`carry`]) and
//! inviting ([`accounts`]), and saving a CIRT directory team ([`directory`]). They fail with an
//! [`ActionError`]. CIRT maturity assessments ([`maturity`]: access, steps, rounds, evidence,
//! roadmap) fail with their own [`maturity::MaturityError`].
//!
//! This crate knows nothing of HTTP, SQL or files: the server and the CLI call it, and the
//! server maps each [`WorkflowError`] to a Fluent message in one place (`error.rs`).

pub mod accounts;
pub mod answer;
pub mod carry;
pub mod crosswalk;
pub mod directory;
pub mod directory_import;
pub mod drill;
pub mod edition;
pub mod establishment;
pub mod limits;
pub mod maturity;
pub mod notify;
pub mod publish;
pub mod reach;
pub mod review;
pub mod secret;
pub mod status;

use cyberindex_store::{Role, Status, StoreError};

pub use notify::{Event, Notifier, NotifyError};

/// A UN language's English name, for the English text of an error about a field in that
/// language (the code itself for any other).
fn language_in_english(lang: &str) -> &str {
    match lang {
        "ar" => "Arabic",
        "zh" => "Chinese",
        "en" => "English",
        "fr" => "French",
        "ru" => "Russian",
        "es" => "Spanish",
        other => other,
    }
}

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
    /// A directory team's record has problems: each with its field path and what is wrong.
    #[error("The team record has {} problem(s): {}", .problems.len(), .problems.iter().map(|(p, m)| format!("{p}: {m}")).collect::<Vec<_>>().join("; "))]
    Team { problems: Vec<(String, String)> },
    #[error("Name: give the edition a name.")]
    EditionName,
    #[error("Name: use at most 200 characters.")]
    EditionNameTooLong,
    /// A name in another language under a code that is not one of the six UN languages.
    #[error("Names: “{lang}” is not a language code: use ar, zh, en, fr, ru or es.")]
    EditionNameLanguage { lang: String },
    /// The name in `lang` (a UN language code) is longer than `edition::NAME_MAX_CHARS`.
    #[error("Name in {}: use at most 200 characters.", language_in_english(lang))]
    EditionNameInTooLong { lang: String },
    /// The name in `lang` has a line break, a tab or another control character.
    #[error(
        "Name in {}: remove the line breaks, tabs and other control characters.",
        language_in_english(lang)
    )]
    EditionNameInControl { lang: String },
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
    /// A reachability check's scope names no known team, country or region.
    #[error("Check: “{scope}” is not a team, a country or a region of the directory.")]
    CheckScope { scope: String },
    #[error("Check: the answer window is 1 to {max} hours.")]
    CheckWindow { max: i64 },
    #[error("Check: repeat every 1 to {max} days, or leave it empty.")]
    CheckRepeat { max: i64 },
    #[error("Check: choose a time from now to {max_days} days ahead.")]
    CheckWhen { max_days: i64 },
    /// No team in the scope has an e-mail or telephone channel.
    #[error("Check: no team in “{scope}” has an e-mail or telephone channel.")]
    CheckNoChannel { scope: String },
    /// A call recorded on a message that is not a call, or on a call already answered.
    #[error("This call was already recorded as answered, or it is not a call.")]
    CheckCallClosed,
    /// A reachability link used after it closed.
    #[error("This check link closed {days} days after it was sent.")]
    CheckLinkClosed { days: i64 },
    /// The framework has no such question (the server answers 404).
    #[error("This page does not exist, or you do not have access to it.")]
    UnknownQuestion { question: String },
    /// The framework has no such pillar or indicator (the server answers 404).
    #[error("This page does not exist, or you do not have access to it.")]
    UnknownNode { node: String },
    /// An answer longer than its question type takes (`length` and `max` in characters).
    #[error(
        "This answer is too long: {length} characters, and this question takes at most {max}. Shorten it, or attach the full text as evidence."
    )]
    ValueTooLong { length: usize, max: usize },
    #[error("“{value}” is not a number: write it with a dot for decimals, such as 12 or 3.5.")]
    ValueNumber { value: String },
    /// A number below the question's `min` (written as the framework gives it).
    #[error("{value} is below {min}, the smallest value this question accepts.")]
    ValueBelow { value: String, min: String },
    /// A number above the question's `max`.
    #[error("{value} is above {max}, the largest value this question accepts.")]
    ValueAbove { value: String, max: String },
    /// A fraction where the question counts things.
    #[error("{value} is not a whole number: this question counts things.")]
    ValueWhole { value: String },
    #[error("“{value}” is not a web address: write an http:// or https:// address.")]
    ValueUrl { value: String },
    #[error("“{value}” is not a date: write it as YYYY-MM-DD, such as 2024-03-31.")]
    ValueDate { value: String },
    /// A multiple-choice answer holds something that is not an option (`options`: the ids).
    #[error(
        "“{value}” holds something that is not an option of this question: choose among {options}."
    )]
    ValueOptions { value: String, options: String },
    /// A single-choice answer is not an option (`options`: the ids).
    #[error(
        "“{value}” is not an option of this question: use one of {options}, or leave it empty."
    )]
    ValueOption { value: String, options: String },
    /// Questions asked whose current answer is not accepted (`questions`: the first ten ids).
    #[error("{count} question(s) asked are not accepted in their current version yet: {questions}")]
    NotAccepted { count: usize, questions: String },
    #[error("The deadline “{deadline}” is not a date: write it as YYYY-MM-DD.")]
    DeadlineNotDate { deadline: String },
    #[error("The deadline {deadline} has passed: choose today ({today}) or later.")]
    DeadlinePassed { deadline: String, today: String },
    #[error(
        "No question asks the country for anything: request clarification on, or reject, at least one answer first."
    )]
    NothingToReturn,
    #[error("Give the reason for reopening: it is kept in the audit trail.")]
    ReopenReason,
    #[error("The message is empty: write something first.")]
    MessageEmpty,
    #[error("Name the licence the data are published under.")]
    LicenceRequired,
    #[error("The licence or change note is too long.")]
    PublishTextTooLong,
    #[error("A correction needs a change note saying what changed.")]
    ChangeNoteRequired,
    #[error("Edition {edition} has no validated response to publish.")]
    NothingToPublish { edition: String },
    #[error("“{email}” is not an email address.")]
    Email { email: String },
    #[error(
        "Unknown role “{role}”: use admin, reviewer, focal-point, contributor, observer or team-staff."
    )]
    Role { role: String },
    #[error("A {role} needs a country.")]
    RoleNeedsCountry { role: Role },
    #[error("A {role} needs a directory team.")]
    RoleNeedsTeam { role: Role },
    /// `field` is `country` (a country role's country) or `observed` (an observer's list).
    #[error("“{country}” is not an ISO 3166-1 alpha-3 code of the master list.")]
    Country {
        field: &'static str,
        country: String,
    },
}

/// Why an action of the workflow failed: a rule was not met, the store refused or failed, or
/// a message could not be sent. `Display` is the English text of each.
#[derive(Debug, thiserror::Error)]
pub enum ActionError {
    #[error(transparent)]
    Rule(#[from] WorkflowError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Notify(NotifyError),
}
