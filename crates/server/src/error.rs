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
use cyberindex_store::{Answer, Msg, Status, StoreError};
use cyberindex_workflow::WorkflowError;

use crate::i18n::{Render, Tr};
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
            Self::Conflict(_) | Self::Locked(_) | Self::Archived(_) | Self::Closed(_) => {
                StatusCode::CONFLICT
            }
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
            Self::Conflict(_) => "conflict",
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
    use cyberindex_store::msg;
    match e {
        WorkflowError::Transition { from, .. } => {
            msg!("error-locked-status", status = from.as_str())
        }
        WorkflowError::TextTooLong { field: "comment" } => msg!("error-comment-too-long"),
        WorkflowError::TextTooLong { .. } => msg!("error-message-too-long"),
        WorkflowError::EditionId => msg!("edition-error-id"),
        WorkflowError::EditionName => msg!("edition-error-name"),
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
    }
}

/// A workflow rule that was not met: a refused move is 409 `locked` (as the store says it), a
/// bad text 422 naming its field.
impl From<WorkflowError> for AppError {
    fn from(e: WorkflowError) -> Self {
        match e {
            WorkflowError::Transition { from, .. } => Self::Locked(from),
            WorkflowError::TextTooLong { field } => Self::bad(field, workflow_msg(&e)),
            other => Self::BadRequest {
                field: None,
                message: workflow_msg(&other),
            },
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
            StoreError::Closed(m) => Self::Closed(m),
            StoreError::Duplicate(m) | StoreError::Invalid(m) => Self::BadRequest {
                field: None,
                message: m,
            },
            StoreError::Unavailable(detail) => Self::Unavailable(detail),
            StoreError::Corrupt(detail) => Self::Corrupt(detail),
            other => Self::Internal(other.into()),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

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
        ];
        for e in all {
            let english = workflow_msg(&e).render(Tr::new("en"));
            let display = e.to_string();
            assert_eq!(english, display, "{e:?}");
        }
    }
}
