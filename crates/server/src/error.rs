//! The one error policy of the server.
//!
//! Handlers return [`AppError`]. Its response carries a JSON body (`{"error": {"code", "message",
//! "field"}}`) that API clients read as it is; for pages, the `error_pages` middleware in
//! `app.rs` replaces it with an HTML page in the user's language (and sends anonymous visitors to
//! the login page). Messages say what is wrong and, where a field is at fault, which one.
//! Internal errors are logged and shown only as "something went wrong".
//!
//! Authorisation failures on country data are [`AppError::NotFound`], never "forbidden": a user
//! of one country cannot even learn whether another country's response exists.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use cyberindex_store::{Answer, Duplicate, Invalid, Status, StoreError};
use cyberindex_workflow::drill::DrillError;
use cyberindex_workflow::establishment::EstablishmentError;
use cyberindex_workflow::maturity::MaturityError;
use cyberindex_workflow::{ActionError, WorkflowError};

use crate::i18n::{Msg, Render, Tr};
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign in first")]
    Unauthorized,
    #[error("{0}")]
    Forbidden(Msg),
    #[error("{message}")]
    BadRequest { field: Option<String>, message: Msg },
    #[error("the answer was changed by someone else")]
    Conflict(Box<Answer>),
    /// A record other than an answer (a directory team) changed since it was read (409
    /// `conflict`); the message names its current version.
    #[error("{0}")]
    Stale(Msg),
    #[error("the response is {} and can no longer be changed", .0.as_str())]
    Locked(Status),
    /// The edition is archived: nothing in it changes any more (409 `locked`).
    #[error("the edition {0} is archived and can no longer be changed")]
    Archived(String),
    /// A part of the response not open to this change (such as an accepted question).
    #[error("{0}")]
    Closed(Msg),
    #[error("{0}")]
    TooLarge(Msg),
    #[error("{0}")]
    UnsupportedMedia(Msg),
    #[error("too many attempts; wait a minute and try again")]
    TooManyRequests,
    #[error("cross-site request refused")]
    CrossSite,
    /// The database failed; nothing was written and the request may succeed later (503
    /// `unavailable`). The detail goes to the log, never to the user.
    #[error("the database is unavailable")]
    Unavailable(String),
    /// Stored data no longer reads (500 `corrupt`). The detail goes to the log only.
    #[error("stored data could not be read")]
    Corrupt(String),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl AppError {
    pub fn bad(field: &str, message: Msg) -> Self {
        Self::BadRequest {
            field: Some(field.to_string()),
            message,
        }
    }

    /// The message, in no language yet, for the pages to render in the reader's language.
    pub fn msg(&self) -> Msg {
        match self {
            Self::Forbidden(m)
            | Self::BadRequest { message: m, .. }
            | Self::Closed(m)
            | Self::Stale(m)
            | Self::TooLarge(m)
            | Self::UnsupportedMedia(m) => m.clone(),
            Self::NotFound => Msg::new("error-not-found-text"),
            Self::Unauthorized => Msg::new("error-unauthorized-text"),
            Self::Conflict(_) => Msg::new("error-conflict-text"),
            Self::Locked(s) => Msg::new("error-locked-status").arg("status", s.as_str()),
            Self::Archived(e) => Msg::new("error-locked-archived").arg("edition", e.as_str()),
            Self::TooManyRequests => Msg::new("error-rate-limited-text"),
            Self::CrossSite => Msg::new("error-cross-site-text"),
            Self::Internal(_) => Msg::new("error-internal-text"),
            Self::Unavailable(_) => Msg::new("error-unavailable-text"),
            Self::Corrupt(_) => Msg::new("error-corrupt-text"),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) | Self::CrossSite => StatusCode::FORBIDDEN,
            Self::BadRequest { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Conflict(_)
            | Self::Stale(_)
            | Self::Locked(_)
            | Self::Archived(_)
            | Self::Closed(_) => StatusCode::CONFLICT,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::UnsupportedMedia(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal(_) | Self::Corrupt(_) => StatusCode::INTERNAL_SERVER_ERROR,
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::NotFound => "not-found",
            Self::Unauthorized => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::BadRequest { .. } => "invalid",
            Self::Conflict(_) | Self::Stale(_) => "conflict",
            Self::Locked(_) | Self::Archived(_) => "locked",
            Self::Closed(_) => "closed",
            Self::TooLarge(_) => "too-large",
            Self::UnsupportedMedia(_) => "unsupported-media-type",
            Self::TooManyRequests => "rate-limited",
            Self::CrossSite => "cross-site",
            Self::Internal(_) => "internal",
            Self::Unavailable(_) => "unavailable",
            Self::Corrupt(_) => "corrupt",
        }
    }
}

/// The JSON error body.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    /// Stable code: not-found, unauthorized, forbidden, invalid, conflict, locked, closed, too-large,
    /// unsupported-media-type, rate-limited, cross-site, internal, unavailable (503: the database
    /// failed, try again), corrupt (500: stored data could not be read).
    pub code: String,
    pub message: String,
    /// The field at fault, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// On a conflict: the answer as it now stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub current: Option<Answer>,
    /// The message in no language yet, for pages to show in the reader's language.
    #[serde(skip)]
    #[schema(ignore)]
    pub msg: Option<Msg>,
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        // Details are logged, never sent: database errors can name tables, columns and files.
        match &self {
            Self::Internal(e) => tracing::error!(error = %e, "request failed"),
            Self::Unavailable(detail) => {
                tracing::warn!(error = %detail, "request failed: the database is unavailable");
            }
            Self::Corrupt(detail) => {
                tracing::error!(error = %detail, "request failed: stored data could not be read");
            }
            _ => {}
        }
        let detail = ErrorDetail {
            code: self.code().to_string(),
            // API clients read English; pages re-render `msg` in the reader's language.
            message: self.msg().render(Tr::new("en")),
            msg: Some(self.msg()),
            field: match &self {
                Self::BadRequest { field, .. } => field.clone(),
                _ => None,
            },
            current: match &self {
                Self::Conflict(a) => Some((**a).clone()),
                _ => None,
            },
        };
        let mut response = (
            self.status(),
            Json(ErrorBody {
                error: detail.clone(),
            }),
        )
            .into_response();
        if let Self::Unavailable(_) = &self {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from_static("2"),
            );
        }
        response.extensions_mut().insert(detail);
        response
    }
}

/// The Fluent message for a workflow rule that was not met: the one place where the workflow's
/// errors get their keys.
pub fn workflow_msg(e: &WorkflowError) -> Msg {
    use crate::msg;
    match e {
        WorkflowError::Transition { from, .. } => {
            msg!("error-locked-status", status = from.as_str())
        }
        WorkflowError::TextTooLong { field: "comment" } => msg!("error-comment-too-long"),
        WorkflowError::TextTooLong { .. } => msg!("error-message-too-long"),
        WorkflowError::EditionId => msg!("edition-error-id"),
        WorkflowError::EditionName => msg!("edition-error-name"),
        WorkflowError::EditionNameTooLong => msg!("edition-error-name-long"),
        WorkflowError::EditionNameLanguage { lang } => {
            msg!("edition-error-name-language", lang = lang)
        }
        WorkflowError::EditionNameInTooLong { lang } => {
            msg!("edition-error-name-in-long", lang = lang)
        }
        WorkflowError::EditionNameInControl { lang } => {
            msg!("edition-error-name-in-control", lang = lang)
        }
        WorkflowError::EditionDate { field } => msg!("edition-error-date", field = field),
        WorkflowError::EditionDeadlineOrder => msg!("edition-error-deadline-order"),
        WorkflowError::EditionCountry { country } => {
            msg!("edition-error-country", country = country)
        }
        WorkflowError::EditionFrameworkMissing => msg!("edition-error-framework-missing"),
        WorkflowError::EditionFramework { name, count } => {
            msg!("edition-error-framework", name = name, count = count)
        }
        WorkflowError::EditionCarryForward { edition } => {
            msg!("edition-error-carry-forward", edition = edition)
        }
        WorkflowError::UnknownQuestion { .. } | WorkflowError::UnknownNode { .. } => {
            msg!("error-not-found-text")
        }
        WorkflowError::ValueTooLong { length, max } => {
            msg!("error-value-too-long", length = length, max = max)
        }
        WorkflowError::ValueNumber { value } => msg!("error-value-number", value = value),
        WorkflowError::ValueBelow { value, min } => {
            msg!("error-value-below", value = value, min = min)
        }
        WorkflowError::ValueAbove { value, max } => {
            msg!("error-value-above", value = value, max = max)
        }
        WorkflowError::ValueWhole { value } => msg!("error-value-whole", value = value),
        WorkflowError::ValueUrl { value } => msg!("error-value-url", value = value),
        WorkflowError::ValueDate { value } => msg!("error-value-date", value = value),
        WorkflowError::ValueOptions { value, options } => {
            msg!("error-value-options", value = value, options = options)
        }
        WorkflowError::ValueOption { value, options } => {
            msg!("error-value-option", value = value, options = options)
        }
        WorkflowError::NotAccepted { count, questions } => {
            msg!("error-not-accepted", count = count, questions = questions)
        }
        WorkflowError::DeadlineNotDate { deadline } => {
            msg!("error-deadline-not-date", deadline = deadline)
        }
        WorkflowError::DeadlinePassed { deadline, today } => {
            msg!("error-deadline-passed", deadline = deadline, today = today)
        }
        WorkflowError::NothingToReturn => msg!("error-nothing-to-return"),
        WorkflowError::ReopenReason => msg!("error-reopen-reason"),
        WorkflowError::MessageEmpty => msg!("error-message-empty"),
        WorkflowError::LicenceRequired => msg!("error-licence-required"),
        WorkflowError::PublishTextTooLong => msg!("error-publish-text-too-long"),
        WorkflowError::ChangeNoteRequired => msg!("error-change-note-required"),
        WorkflowError::NothingToPublish { edition } => {
            msg!("error-nothing-to-publish", edition = edition)
        }
        WorkflowError::Email { email } => msg!("error-email-invalid", email = email),
        WorkflowError::Role { role } => msg!("error-role-unknown", role = role),
        WorkflowError::RoleNeedsCountry { role } => {
            msg!("store-role-needs-country", role = role)
        }
        WorkflowError::RoleNeedsTeam { role } => msg!("store-role-needs-team", role = role),
        WorkflowError::Country { country, .. } => {
            msg!("error-country-unknown", country = country)
        }
        WorkflowError::CheckScope { scope } => msg!("check-error-scope", scope = scope),
        WorkflowError::CheckWindow { max } => msg!("check-error-window", max = max.to_string()),
        WorkflowError::CheckRepeat { max } => msg!("check-error-repeat", max = max.to_string()),
        WorkflowError::CheckWhen { max_days } => {
            msg!("check-error-when", days = max_days.to_string())
        }
        WorkflowError::CheckNoChannel { scope } => msg!("check-error-no-channel", scope = scope),
        WorkflowError::CheckLinkClosed { days } => {
            msg!("check-error-link-closed", days = days.to_string())
        }
        WorkflowError::CheckCallClosed => msg!("check-error-call-closed"),
        // The record's checks speak English (the directory crate has no translations yet): the
        // sentence around them is translated, the details are given as they are.
        WorkflowError::Team { problems } => msg!(
            "directory-error-record",
            problems = problems
                .iter()
                .map(|(path, message)| format!("{path}: {message}"))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

/// The Fluent message for a request the store refused: the one place where the store's errors
/// get their keys.
pub fn invalid_msg(e: &Invalid) -> Msg {
    use crate::msg;
    match e {
        Invalid::RoleNeedsCountry { role } => msg!("store-role-needs-country", role = role),
        Invalid::RoleHasNoCountry { role } => msg!("store-role-has-no-country", role = role),
        Invalid::RoleNeedsTeam { role } => msg!("store-role-needs-team", role = role),
        Invalid::RoleHasNoTeam { role } => msg!("store-role-has-no-team", role = role),
        Invalid::UnknownTeam { team } => msg!("store-unknown-team", team = team),
        Invalid::CommentRequired { decision } => {
            msg!("store-comment-required", decision = decision.as_str())
        }
        Invalid::MessageEmpty => msg!("error-message-empty"),
        Invalid::ReopenReason => msg!("error-reopen-reason"),
        Invalid::AlreadyConfirmed { question } => {
            msg!("store-already-confirmed", question = question)
        }
        Invalid::AssignRole => msg!("store-assign-role"),
        Invalid::Freeze { detail } => msg!("error-publish-unreadable", detail = detail),
        Invalid::UnsupportedUrl { scheme } => msg!("store-unsupported-url", scheme = scheme),
        Invalid::InMemory => msg!("store-in-memory"),
        Invalid::PasswordFile { path, error } => {
            msg!("store-password-file", path = path, error = error)
        }
        Invalid::CopyUnknownTable { table } => msg!("db-copy-unknown-table", table = table),
        Invalid::CopyColumns {
            table,
            found,
            expected,
        } => msg!(
            "db-copy-columns",
            table = table,
            found = found,
            expected = expected
        ),
        Invalid::CopyTargetNotEmpty { table, rows } => {
            msg!("db-copy-target-not-empty", table = table, rows = rows)
        }
        Invalid::LastAdmin => msg!("users-error-last-admin"),
        Invalid::Inactive => msg!("users-error-inactive"),
    }
}

/// The Fluent message for what already exists.
pub fn duplicate_msg(e: &Duplicate) -> Msg {
    match e {
        Duplicate::Account { email } => crate::msg!("store-duplicate-account", email = email),
        Duplicate::Edition { id } => crate::msg!("store-duplicate-edition", id = id),
        Duplicate::Team { id } => crate::msg!("store-duplicate-team", id = id),
    }
}

/// A workflow rule that was not met: a refused move is 409 `locked` (as the store says it), an
/// unknown question 404, a bad value or detail 422 naming its field.
impl From<WorkflowError> for AppError {
    fn from(e: WorkflowError) -> Self {
        // The field of a name in another language (`name_fr`…), named after the match.
        let name_in;
        let field = match &e {
            WorkflowError::Transition { from, .. } => return Self::Locked(*from),
            WorkflowError::UnknownQuestion { .. } | WorkflowError::UnknownNode { .. } => {
                return Self::NotFound;
            }
            // Nothing wrong with the request: the response is not ready for it (409 `closed`).
            WorkflowError::NotAccepted { .. } | WorkflowError::NothingToReturn => {
                return Self::Closed(workflow_msg(&e));
            }
            WorkflowError::DeadlineNotDate { .. } | WorkflowError::DeadlinePassed { .. } => {
                Some("deadline")
            }
            WorkflowError::ReopenReason => Some("reason"),
            // The check form's fields (`directory/check_schedule.rs`).
            WorkflowError::CheckScope { .. } | WorkflowError::CheckNoChannel { .. } => {
                Some("scope")
            }
            WorkflowError::CheckWindow { .. } => Some("window_hours"),
            WorkflowError::CheckRepeat { .. } => Some("repeat_days"),
            WorkflowError::CheckWhen { .. } => Some("due"),
            // A link past its time: nothing the visitor can change (409 `closed`).
            WorkflowError::CheckLinkClosed { .. } | WorkflowError::CheckCallClosed => {
                return Self::Closed(workflow_msg(&e));
            }
            WorkflowError::MessageEmpty => Some("body"),
            WorkflowError::RoleNeedsTeam { .. } => Some("team"),
            WorkflowError::TextTooLong { field } | WorkflowError::Country { field, .. } => {
                Some(*field)
            }
            WorkflowError::ValueTooLong { .. }
            | WorkflowError::ValueNumber { .. }
            | WorkflowError::ValueBelow { .. }
            | WorkflowError::ValueAbove { .. }
            | WorkflowError::ValueWhole { .. }
            | WorkflowError::ValueUrl { .. }
            | WorkflowError::ValueDate { .. }
            | WorkflowError::ValueOptions { .. }
            | WorkflowError::ValueOption { .. } => Some("value"),
            WorkflowError::LicenceRequired | WorkflowError::PublishTextTooLong => Some("licence"),
            WorkflowError::ChangeNoteRequired => Some("change_note"),
            WorkflowError::NothingToPublish { .. } => Some("edition"),
            WorkflowError::Email { .. } => Some("email"),
            WorkflowError::Role { .. } => Some("role"),
            WorkflowError::RoleNeedsCountry { .. } => Some("country"),
            // The new-edition form's fields (`web/edition_create.rs`).
            WorkflowError::EditionId => Some("id"),
            WorkflowError::EditionName | WorkflowError::EditionNameTooLong => Some("name"),
            WorkflowError::EditionNameLanguage { .. } => Some("names"),
            WorkflowError::EditionNameInTooLong { lang }
            | WorkflowError::EditionNameInControl { lang } => {
                name_in = format!("name_{lang}");
                Some(name_in.as_str())
            }
            WorkflowError::EditionDate { field } => Some(if *field == "opens" {
                "opens_on"
            } else {
                "deadline"
            }),
            WorkflowError::EditionDeadlineOrder => Some("deadline"),
            WorkflowError::EditionCountry { .. } => Some("countries"),
            WorkflowError::EditionFrameworkMissing | WorkflowError::EditionFramework { .. } => {
                Some("framework")
            }
            WorkflowError::EditionCarryForward { .. } => Some("carry_forward_from"),
            // The first field at fault; the message lists them all.
            WorkflowError::Team { problems } => problems.first().map(|(path, _)| path.as_str()),
        };
        Self::BadRequest {
            field: field.map(str::to_string),
            message: workflow_msg(&e),
        }
    }
}

/// An action of the workflow that failed: its rule or store error as above; a message that could
/// not be sent is internal (logged, never shown).
impl From<ActionError> for AppError {
    fn from(e: ActionError) -> Self {
        match e {
            ActionError::Rule(e) => e.into(),
            ActionError::Store(e) => e.into(),
            ActionError::Notify(e) => Self::Internal(anyhow::anyhow!("{e}")),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(_) => Self::NotFound,
            StoreError::Conflict(a) => Self::Conflict(a),
            StoreError::Locked(s) => Self::Locked(s),
            StoreError::Archived(e) => Self::Archived(e),
            StoreError::Closed(question) => {
                Self::Closed(crate::msg!("store-question-closed", question = question))
            }
            StoreError::Duplicate(e) => Self::BadRequest {
                field: Some(
                    match e {
                        Duplicate::Account { .. } => "email",
                        Duplicate::Edition { .. } | Duplicate::Team { .. } => "id",
                    }
                    .to_string(),
                ),
                message: duplicate_msg(&e),
            },
            StoreError::Invalid(e) => Self::BadRequest {
                field: match e {
                    Invalid::RoleNeedsCountry { .. } => Some("country".to_string()),
                    Invalid::RoleNeedsTeam { .. } | Invalid::UnknownTeam { .. } => {
                        Some("team".to_string())
                    }
                    Invalid::LastAdmin => Some("role".to_string()),
                    _ => None,
                },
                message: invalid_msg(&e),
            },
            StoreError::Stale { what: "check", .. } => {
                Self::Stale(crate::msg!("store-check-started"))
            }
            StoreError::Stale {
                what: what @ ("assessment" | "parameter" | "roadmap item"),
                version,
            } => Self::Stale(Msg {
                key: match what {
                    "assessment" => "store-assessment-stale",
                    "parameter" => "store-parameter-stale",
                    _ => "store-roadmap-stale",
                },
                args: vec![("version", version.to_string())],
            }),
            StoreError::Stale {
                what: "engagement" | "deliverable",
                ..
            } => Self::Stale(crate::msg!("establishment-stale")),
            StoreError::Stale { version, .. } => Self::Stale(crate::msg!(
                "store-team-stale",
                version = version.to_string()
            )),
            StoreError::Unavailable(detail) => Self::Unavailable(detail),
            StoreError::Corrupt(detail) => Self::Corrupt(detail),
            other => Self::Internal(other.into()),
        }
    }
}

/// The Fluent message for a maturity assessment's rule (`cyberindex_workflow::maturity`).
pub fn maturity_msg(e: &MaturityError) -> Option<Msg> {
    use crate::msg;
    use cyberindex_store::{AssessmentStatus, Step};
    use cyberindex_workflow::maturity::Act;
    let status = |s: AssessmentStatus| match s {
        AssessmentStatus::SelfAssessment => "maturity-status-self-assessment",
        AssessmentStatus::PeerReview => "maturity-status-peer-review",
        AssessmentStatus::Validated => "maturity-status-validated",
        AssessmentStatus::SignedOff => "maturity-status-signed-off",
    };
    let step = |s: Step| match s {
        Step::Submit => "maturity-step-submitted",
        Step::Return => "maturity-step-returned",
        Step::Validate => "maturity-step-validated",
        Step::SignOff => "maturity-step-signed-off",
    };
    Some(match e {
        MaturityError::NotFound | MaturityError::Store(_) => return None,
        MaturityError::Forbidden { act } => msg!(
            "maturity-error-forbidden",
            act = crate::i18n::key_arg(match act {
                Act::Read => "maturity-act-read",
                Act::Create => "maturity-act-create",
                Act::SelfAssess => "maturity-act-self-assess",
                Act::Evidence => "maturity-act-evidence",
                Act::ValidateLevels => "maturity-act-validate-levels",
                Act::Step(Step::Submit) => "maturity-act-submit",
                Act::Step(Step::Return) => "maturity-act-return",
                Act::Step(Step::Validate) => "maturity-act-validate",
                Act::Step(Step::SignOff) => "maturity-act-sign-off",
                Act::AssignReviewer => "maturity-act-assign-reviewer",
                Act::Roadmap => "maturity-act-roadmap",
                Act::Publish => "maturity-act-publish",
            })
        ),
        MaturityError::Transition { step: s, from } => msg!(
            "maturity-error-transition",
            status = crate::i18n::key_arg(status(*from)),
            step = crate::i18n::key_arg(step(*s))
        ),
        MaturityError::Closed { status: st } => {
            msg!(
                "maturity-error-closed",
                status = crate::i18n::key_arg(status(*st))
            )
        }
        MaturityError::ReturnWithoutComment => msg!("maturity-error-return-without-comment"),
        MaturityError::Framework { count } => {
            msg!("maturity-error-framework", count = count.to_string())
        }
        MaturityError::UnknownParameter { parameter } => {
            msg!("maturity-error-unknown-parameter", parameter = parameter)
        }
        MaturityError::ReviewerOwnTeam => msg!("maturity-error-reviewer-own-team"),
        MaturityError::ReviewerRole => msg!("maturity-error-reviewer-role"),
        MaturityError::ReviewerInactive => msg!("maturity-error-reviewer-inactive"),
        MaturityError::Date { value, .. } => msg!("maturity-error-date", value = value),
        MaturityError::ExpiryBeforeIssue => msg!("maturity-error-expiry-before-issue"),
        MaturityError::Url { value } => msg!("maturity-error-url", value = value),
        MaturityError::File => msg!("maturity-error-file"),
        MaturityError::TitleMissing => msg!("maturity-error-title-missing"),
        MaturityError::TooLong { field } => msg!("maturity-error-too-long", field = *field),
        MaturityError::CheckOtherTeam => msg!("maturity-error-check-other-team"),
    })
}

/// A maturity rule not met: what may not be seen is 404 (a team cannot probe another team's
/// assessments), what may be seen but not done 403, a step out of turn or a closed assessment
/// 409, a bad value 422 naming its field.
impl From<MaturityError> for AppError {
    fn from(e: MaturityError) -> Self {
        let Some(message) = maturity_msg(&e) else {
            return match e {
                MaturityError::Store(e) => e.into(),
                _ => Self::NotFound,
            };
        };
        let field = match &e {
            MaturityError::Forbidden { .. } => return Self::Forbidden(message),
            MaturityError::Transition { .. } | MaturityError::Closed { .. } => {
                return Self::Closed(message);
            }
            MaturityError::ReturnWithoutComment => Some("reason"),
            MaturityError::Framework { .. } => Some("framework"),
            MaturityError::UnknownParameter { .. } => Some("parameter"),
            MaturityError::ReviewerOwnTeam
            | MaturityError::ReviewerRole
            | MaturityError::ReviewerInactive => Some("reviewer"),
            MaturityError::Date { field, .. } | MaturityError::TooLong { field } => Some(*field),
            MaturityError::ExpiryBeforeIssue => Some("expires"),
            MaturityError::Url { .. } => Some("url"),
            MaturityError::File | MaturityError::CheckOtherTeam => Some("evidence"),
            MaturityError::TitleMissing => Some("title"),
            MaturityError::NotFound | MaturityError::Store(_) => None,
        };
        Self::BadRequest {
            field: field.map(str::to_string),
            message,
        }
    }
}

/// The Fluent message of an establishment error (`None`: not found, or the store's own error).
pub fn establishment_msg(e: &EstablishmentError) -> Option<Msg> {
    use crate::establishment::{kind_key, phase_key};
    use crate::i18n::key_arg;
    use crate::msg;
    use cyberindex_workflow::establishment::Act;
    Some(match e {
        EstablishmentError::NotFound | EstablishmentError::Store(_) => return None,
        EstablishmentError::Forbidden { act } => msg!(
            "establishment-error-forbidden",
            act = key_arg(match act {
                Act::Read => "establishment-act-read",
                Act::Create => "establishment-act-create",
                Act::Move => "establishment-act-move",
                Act::LinkTeam => "establishment-act-link-team",
                Act::Upload => "establishment-act-upload",
                Act::Decide => "establishment-act-decide",
                Act::Services => "establishment-act-services",
            })
        ),
        EstablishmentError::Country { value } => {
            msg!("establishment-error-country", value = value)
        }
        EstablishmentError::Open { country, id } => msg!(
            "establishment-error-open",
            country = country,
            id = id.to_string()
        ),
        EstablishmentError::UnknownTeam { team } => {
            msg!("establishment-error-unknown-team", team = team)
        }
        EstablishmentError::Closed => msg!("establishment-error-closed"),
        EstablishmentError::PhaseOrder { from, to } => msg!(
            "establishment-error-phase-order",
            from = key_arg(phase_key(*from)),
            to = key_arg(phase_key(*to))
        ),
        EstablishmentError::DeliverableMissing { phase, kind } => msg!(
            "establishment-error-deliverable-missing",
            phase = key_arg(phase_key(*phase)),
            deliverable = key_arg(kind_key(*kind))
        ),
        EstablishmentError::KindPhase { kind, phase } => msg!(
            "establishment-error-kind-phase",
            deliverable = key_arg(kind_key(*kind)),
            phase = key_arg(phase_key(*phase))
        ),
        EstablishmentError::PhaseNotReached { phase } => msg!(
            "establishment-error-phase-not-reached",
            phase = key_arg(phase_key(*phase))
        ),
        EstablishmentError::TitleMissing => msg!("establishment-error-title-missing"),
        EstablishmentError::Date { value, .. } => msg!("maturity-error-date", value = value),
        EstablishmentError::Url { value } => msg!("maturity-error-url", value = value),
        EstablishmentError::Source => msg!("establishment-error-source"),
        EstablishmentError::File => msg!("maturity-error-file"),
        EstablishmentError::Decided => msg!("establishment-error-decided"),
        EstablishmentError::CommentRequired => msg!("establishment-error-comment-required"),
        EstablishmentError::UnknownService { id } => {
            msg!("establishment-error-service", id = id)
        }
        EstablishmentError::TooLong { field } => {
            msg!("establishment-error-too-long", field = *field)
        }
    })
}

/// An establishment rule not met: what may not be seen is 404, what may be seen but not done
/// 403, a phase out of order, a missing approval or a closed engagement 409, a bad value 422
/// naming its field.
impl From<EstablishmentError> for AppError {
    fn from(e: EstablishmentError) -> Self {
        let Some(message) = establishment_msg(&e) else {
            return match e {
                EstablishmentError::Store(e) => e.into(),
                _ => Self::NotFound,
            };
        };
        let field = match &e {
            EstablishmentError::Forbidden { .. } => return Self::Forbidden(message),
            EstablishmentError::Closed
            | EstablishmentError::PhaseOrder { .. }
            | EstablishmentError::DeliverableMissing { .. }
            | EstablishmentError::Decided
            | EstablishmentError::Open { .. } => return Self::Closed(message),
            EstablishmentError::Country { .. } => "country",
            EstablishmentError::UnknownTeam { .. } => "team",
            EstablishmentError::KindPhase { .. } => "kind",
            EstablishmentError::PhaseNotReached { .. } => "phase",
            EstablishmentError::TitleMissing => "title",
            EstablishmentError::Date { field, .. } | EstablishmentError::TooLong { field } => {
                *field
            }
            EstablishmentError::Url { .. } => "url",
            EstablishmentError::Source | EstablishmentError::File => "file",
            EstablishmentError::CommentRequired => "comment",
            EstablishmentError::UnknownService { .. } => "service",
            EstablishmentError::NotFound | EstablishmentError::Store(_) => return Self::NotFound,
        };
        Self::bad(field, message)
    }
}

pub type AppResult<T> = Result<T, AppError>;

/// The Fluent message of a drill error (`None`: not found, or the store's own error).
pub fn drill_msg(e: &DrillError) -> Option<Msg> {
    use crate::i18n::key_arg;
    use crate::msg;
    use cyberindex_workflow::drill::Act;
    let act = |a: &Act| {
        key_arg(match a {
            Act::Read => "drill-act-read",
            Act::Run => "drill-act-run",
            Act::Respond => "drill-act-respond",
            Act::Evaluate => "drill-act-evaluate",
            Act::Lessons => "drill-act-lessons",
        })
    };
    Some(match e {
        DrillError::NotFound | DrillError::Store(_) | DrillError::Comms(_) => return None,
        DrillError::Forbidden { act: a } => msg!("drill-error-forbidden", act = act(a)),
        DrillError::Scenario { problems } => msg!(
            "drill-error-scenario",
            count = problems.len().to_string(),
            problems = problems.join("; ")
        ),
        DrillError::ScenarioChanged { id, version } => {
            msg!("drill-error-scenario-changed", id = id, version = version)
        }
        DrillError::Status { status, act: a } => msg!(
            "drill-error-status",
            status = key_arg(crate::drills::status_key(*status)),
            act = act(a)
        ),
        DrillError::Released { inject } => msg!("drill-error-released", inject = inject),
        DrillError::Dependency {
            inject, depends_on, ..
        } => msg!(
            "drill-error-dependency",
            inject = inject,
            depends = depends_on
        ),
        DrillError::UnknownExpectation { inject, index } => msg!(
            "drill-error-expectation",
            inject = inject,
            index = index.to_string()
        ),
        DrillError::UnknownTeam { team } => msg!("drill-error-unknown-team", team = team),
        DrillError::EmptyResponse => msg!("drill-error-empty-response"),
        DrillError::Score => msg!("drill-error-score"),
        DrillError::TooLong { field } => msg!("drill-error-too-long", field = *field),
        DrillError::Empty { field } => msg!("drill-error-empty", field = *field),
        DrillError::TimeZone { value } => msg!("drill-error-time-zone", value = value),
        DrillError::Language { lang, available } => {
            msg!("drill-error-language", lang = lang, available = available)
        }
        DrillError::Date { value } => msg!("drill-error-date", value = value),
        DrillError::LinkUsed => msg!("drill-error-link-used"),
        DrillError::LinkExpired => msg!("drill-error-link-expired"),
        DrillError::LinkRevoked => msg!("drill-error-link-revoked"),
        DrillError::LinkUnknown => msg!("drill-error-link-unknown"),
        DrillError::LinkTeam => msg!("drill-error-link-team"),
    })
}

/// A drill rule not met: what may not be seen is 404 (a team never learns of another team's
/// injects), what may be seen but not done 403, a step out of turn or a released inject 409,
/// a bad value 422 naming its field.
impl From<DrillError> for AppError {
    fn from(e: DrillError) -> Self {
        let Some(message) = drill_msg(&e) else {
            return match e {
                DrillError::Store(e) => e.into(),
                DrillError::Comms(e) => e.into(),
                _ => Self::NotFound,
            };
        };
        let field = match &e {
            DrillError::Forbidden { .. } => return Self::Forbidden(message),
            DrillError::Status { .. }
            | DrillError::Released { .. }
            | DrillError::Dependency { .. }
            | DrillError::LinkUsed
            | DrillError::LinkExpired
            | DrillError::LinkRevoked => return Self::Closed(message),
            DrillError::Scenario { .. } | DrillError::ScenarioChanged { .. } => Some("scenario"),
            DrillError::UnknownExpectation { .. } => Some("expectation"),
            DrillError::UnknownTeam { .. } | DrillError::LinkTeam => Some("team"),
            DrillError::EmptyResponse => Some("text"),
            DrillError::Score => Some("score"),
            DrillError::TooLong { field } | DrillError::Empty { field } => Some(*field),
            DrillError::TimeZone { .. } => Some("time_zone"),
            DrillError::Language { .. } => Some("languages"),
            DrillError::Date { .. } => Some("start"),
            DrillError::LinkUnknown => None,
            DrillError::NotFound | DrillError::Store(_) | DrillError::Comms(_) => None,
        };
        Self::BadRequest {
            field: field.map(str::to_string),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use cyberindex_store::Role;

    use super::*;

    /// Each workflow error's English `Display` is what its Fluent key says in English, so the CLI
    /// (which prints `Display`) and the pages (which render the key) say the same thing.
    #[test]
    fn every_workflow_error_maps_to_a_key_whose_english_is_its_display() {
        let all = [
            WorkflowError::Transition {
                role: Some(Role::Contributor),
                from: Status::Submitted,
                to: Status::Validated,
            },
            WorkflowError::TextTooLong { field: "comment" },
            WorkflowError::TextTooLong { field: "reason" },
            WorkflowError::EditionId,
            WorkflowError::EditionName,
            WorkflowError::EditionNameTooLong,
            WorkflowError::EditionNameLanguage { lang: "de".into() },
            WorkflowError::EditionNameInTooLong { lang: "ar".into() },
            WorkflowError::EditionNameInTooLong { lang: "zh".into() },
            WorkflowError::EditionNameInTooLong { lang: "en".into() },
            WorkflowError::EditionNameInTooLong { lang: "fr".into() },
            WorkflowError::EditionNameInControl { lang: "ru".into() },
            WorkflowError::EditionNameInControl { lang: "es".into() },
            WorkflowError::EditionDate { field: "opens" },
            WorkflowError::EditionDate { field: "deadline" },
            WorkflowError::EditionDeadlineOrder,
            WorkflowError::EditionCountry {
                country: "XXX".into(),
            },
            WorkflowError::EditionFrameworkMissing,
            WorkflowError::EditionFramework {
                name: "f.toml".into(),
                count: 3,
            },
            WorkflowError::EditionCarryForward {
                edition: "2025".into(),
            },
            WorkflowError::UnknownQuestion {
                question: "Q9".into(),
            },
            WorkflowError::UnknownNode { node: "P9".into() },
            WorkflowError::ValueTooLong {
                length: 12345,
                max: 10,
            },
            WorkflowError::ValueNumber {
                value: "twelve".into(),
            },
            WorkflowError::ValueBelow {
                value: "-5".into(),
                min: "0".into(),
            },
            WorkflowError::ValueAbove {
                value: "1200".into(),
                max: "1000".into(),
            },
            WorkflowError::ValueWhole {
                value: "2.5".into(),
            },
            WorkflowError::ValueUrl {
                value: "ftp:x".into(),
            },
            WorkflowError::ValueDate {
                value: "31/03/2024".into(),
            },
            WorkflowError::ValueOptions {
                value: "a z".into(),
                options: "a, b, c".into(),
            },
            WorkflowError::ValueOption {
                value: "maybe".into(),
                options: "yes, no".into(),
            },
            WorkflowError::NotAccepted {
                count: 12,
                questions: "Q1, Q2, …".into(),
            },
            WorkflowError::DeadlineNotDate {
                deadline: "next week".into(),
            },
            WorkflowError::DeadlinePassed {
                deadline: "2020-01-01".into(),
                today: "2026-12-04".into(),
            },
            WorkflowError::NothingToReturn,
            WorkflowError::ReopenReason,
            WorkflowError::MessageEmpty,
            WorkflowError::LicenceRequired,
            WorkflowError::PublishTextTooLong,
            WorkflowError::ChangeNoteRequired,
            WorkflowError::NothingToPublish {
                edition: "2026".into(),
            },
            WorkflowError::Email {
                email: "not-an-address".into(),
            },
            WorkflowError::Role {
                role: "king".into(),
            },
            WorkflowError::RoleNeedsCountry {
                role: Role::FocalPoint,
            },
            WorkflowError::RoleNeedsTeam {
                role: Role::TeamStaff,
            },
            WorkflowError::Country {
                field: "observed",
                country: "XXX".into(),
            },
        ];
        for e in all {
            let english = workflow_msg(&e).render(Tr::new("en"));
            let display = e.to_string();
            assert_eq!(english, display, "{e:?}");
        }
    }

    /// Each maturity error reads in English as its `Display` (what the CLI prints), and in every
    /// other language without a missing key; statuses, steps and actions are translated inside
    /// the sentence.
    #[test]
    fn every_maturity_error_maps_to_a_key_whose_english_is_its_display() {
        use cyberindex_store::{AssessmentStatus, Step};
        use cyberindex_workflow::maturity::Act;
        let mut all = vec![
            MaturityError::ReturnWithoutComment,
            MaturityError::Framework { count: 3 },
            MaturityError::UnknownParameter {
                parameter: "X-1".into(),
            },
            MaturityError::ReviewerOwnTeam,
            MaturityError::ReviewerRole,
            MaturityError::ReviewerInactive,
            MaturityError::Date {
                field: "expires",
                value: "soon".into(),
            },
            MaturityError::ExpiryBeforeIssue,
            MaturityError::Url {
                value: "ftp://x".into(),
            },
            MaturityError::File,
            MaturityError::TitleMissing,
            MaturityError::TooLong { field: "note" },
            MaturityError::CheckOtherTeam,
        ];
        let steps = [Step::Submit, Step::Return, Step::Validate, Step::SignOff];
        let statuses = [
            AssessmentStatus::SelfAssessment,
            AssessmentStatus::PeerReview,
            AssessmentStatus::Validated,
            AssessmentStatus::SignedOff,
        ];
        for status in statuses {
            all.push(MaturityError::Closed { status });
            for step in steps {
                all.push(MaturityError::Transition { step, from: status });
            }
        }
        for act in [
            Act::Read,
            Act::Create,
            Act::SelfAssess,
            Act::Evidence,
            Act::ValidateLevels,
            Act::AssignReviewer,
            Act::Roadmap,
        ]
        .into_iter()
        .chain(steps.map(Act::Step))
        {
            all.push(MaturityError::Forbidden { act });
        }
        for e in &all {
            let msg = maturity_msg(e).unwrap();
            assert_eq!(msg.render(Tr::new("en")), e.to_string(), "{e:?}");
            for lang in ["ar", "es", "fr", "ru", "zh"] {
                let text = msg.render(Tr::new(lang));
                assert!(
                    !text.contains("maturity-") && !text.contains('\u{1}'),
                    "{lang}: {text}"
                );
            }
        }
        assert!(maturity_msg(&MaturityError::NotFound).is_none());
        assert_eq!(
            AppError::from(MaturityError::NotFound).status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            AppError::from(MaturityError::Forbidden { act: Act::Roadmap }).status(),
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            AppError::from(MaturityError::Closed {
                status: AssessmentStatus::SignedOff
            })
            .status(),
            StatusCode::CONFLICT
        );
        assert_eq!(
            AppError::from(MaturityError::Store(StoreError::Stale {
                what: "parameter",
                version: 4
            }))
            .status(),
            StatusCode::CONFLICT
        );
    }
    /// The same for the store's errors, so the command line (which prints `Display`) and the
    /// pages say the same thing.
    #[test]
    fn every_store_error_maps_to_a_key_whose_english_is_its_display() {
        use cyberindex_store::Decision;
        let invalid = [
            Invalid::RoleNeedsCountry {
                role: Role::Contributor,
            },
            Invalid::RoleHasNoCountry { role: Role::Admin },
            Invalid::RoleNeedsTeam {
                role: Role::TeamStaff,
            },
            Invalid::RoleHasNoTeam {
                role: Role::Observer,
            },
            Invalid::UnknownTeam {
                team: "xx-cirt".into(),
            },
            Invalid::CommentRequired {
                decision: Decision::Clarify,
            },
            Invalid::MessageEmpty,
            Invalid::ReopenReason,
            Invalid::AlreadyConfirmed {
                question: "Q1".into(),
            },
            Invalid::AssignRole,
            Invalid::Freeze {
                detail: "row 3".into(),
            },
            Invalid::UnsupportedUrl {
                scheme: "mysql".into(),
            },
            Invalid::InMemory,
            Invalid::PasswordFile {
                path: "/run/secrets/db".into(),
                error: "permission denied".into(),
            },
            Invalid::CopyUnknownTable {
                table: "extra".into(),
            },
            Invalid::CopyColumns {
                table: "users".into(),
                found: "id, email".into(),
                expected: "id".into(),
            },
            Invalid::CopyTargetNotEmpty {
                table: "users".into(),
                rows: 3,
            },
            Invalid::LastAdmin,
            Invalid::Inactive,
        ];
        for e in invalid {
            assert_eq!(
                invalid_msg(&e).render(Tr::new("en")),
                e.to_string(),
                "{e:?}"
            );
        }
        for e in [
            Duplicate::Account {
                email: "a@example.org".into(),
            },
            Duplicate::Edition { id: "2026".into() },
        ] {
            assert_eq!(
                duplicate_msg(&e).render(Tr::new("en")),
                e.to_string(),
                "{e:?}"
            );
        }
        let closed = StoreError::Closed("Q7".into());
        let AppError::Closed(m) = AppError::from(StoreError::Closed("Q7".into())) else {
            panic!("not closed");
        };
        assert_eq!(m.render(Tr::new("en")), closed.to_string());
    }
}
