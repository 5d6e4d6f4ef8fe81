//! HTML pages: one file per resource action. Every page is rendered on the server and works
//! without JavaScript; `static/app.js` only adds autosave and live relevance on top.

pub mod account;
pub mod answer_confirm;
pub mod answer_draft;
pub mod answers_save;
pub mod assignment;
pub mod audit;
pub mod dashboard;
pub mod desk_policy;
pub mod edition_archive;
pub mod edition_create;
pub mod editions;
pub mod evidence_add;
pub mod evidence_delete;
pub mod evidence_download;
pub mod home;
pub mod invitation;
pub mod language;
pub mod login;
pub mod logout;
pub mod message_post;
pub mod notifications;
pub mod outbox;
pub mod pillar_confirm;
pub mod publish;
pub mod reset;
pub mod response_reopen;
pub mod response_return;
pub mod response_validate;
pub mod review;
pub mod review_bulk;
pub mod review_decide;
pub mod review_queue;
pub mod robustness;
pub mod submit;
pub mod totp;
pub mod user_edit;
pub mod users;
pub mod webhooks;
pub mod workspace;

use askama::Template;
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Redirect, Response};
use cyberindex_store::User;

use crate::error::{AppError, AppResult};
use crate::i18n::{LANGUAGES, Tr};

/// What every page shows around its content.
#[derive(Debug, Clone)]
pub struct Page {
    pub tr: Tr,
    pub user: Option<User>,
    pub demo: bool,
    /// The current path, for the language switcher to come back to.
    pub path: String,
    pub title: String,
}

impl Page {
    pub fn new(
        tr: Tr,
        user: Option<&User>,
        demo: bool,
        uri: &Uri,
        title: impl Into<String>,
    ) -> Self {
        Self {
            tr,
            user: user.cloned(),
            demo,
            path: uri
                .path_and_query()
                .map_or("/".to_string(), |p| p.as_str().to_string()),
            title: title.into(),
        }
    }

    pub fn languages(&self) -> &'static [(&'static str, &'static str)] {
        &LANGUAGES
    }
}

/// Renders a template into a response.
pub fn render(template: &impl Template) -> AppResult<Response> {
    let html = template
        .render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))?;
    Ok(Html(html).into_response())
}

/// A redirect after a form post (303, so the browser follows with GET).
/// A count in an address (`?accepted=3`) that only says what just happened: anything but a
/// number is ignored rather than refused, so an edited address still opens the page.
pub fn lenient_count<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    let text: Option<String> = serde::Deserialize::deserialize(d)?;
    Ok(text.and_then(|t| t.trim().parse().ok()))
}

/// Whether the request asks for JSON (the page's scripts do; forms without JavaScript do not).
pub fn wants_json(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get(axum::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

#[derive(Debug, Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub page: Page,
    pub heading: String,
    pub message: String,
    /// "Reference: {id}", the request id a user can quote to support (`ops/request_id.rs`).
    pub reference: Option<String>,
}

/// A timestamp (Unix ms) as `YYYY-MM-DD HH:MM` UTC.
pub fn when(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .ok()
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute] UTC"
            ))
            .ok()
        })
        .unwrap_or_default()
}

/// The directory's teams as (id, "name (id)"), by country and name, for choosing a team staff
/// member's team.
pub async fn team_choices(
    state: &crate::state::AppState,
) -> crate::error::AppResult<Vec<(String, String)>> {
    Ok(state
        .store
        .teams()
        .await?
        .into_iter()
        .map(|t| {
            let label = format!("{} ({}, {})", t.official_name, t.country, t.id);
            (t.id, label)
        })
        .collect())
}

pub use crate::present::iso;

/// The message key naming a role.
pub fn role_key(role: cyberindex_store::Role) -> &'static str {
    match role {
        cyberindex_store::Role::Admin => "role-admin",
        cyberindex_store::Role::Reviewer => "role-reviewer",
        cyberindex_store::Role::FocalPoint => "role-focal-point",
        cyberindex_store::Role::Contributor => "role-contributor",
        cyberindex_store::Role::Observer => "role-observer",
        cyberindex_store::Role::TeamStaff => "role-team-staff",
    }
}

/// On a response: this site's own pages may show it in a frame (an evidence preview); every
/// other response refuses all framing.
#[derive(Debug, Clone, Copy)]
pub struct FrameableBySelf;

/// On a response: any site may show it in a frame (a public chart's own page, made to be
/// embedded). It holds only published data and no form.
#[derive(Debug, Clone, Copy)]
pub struct FrameableByAnyone;

/// A form's refusal, shown beside its field (and in the summary at the top) on the same page,
/// with what was typed kept: the message in the reader's language and the field it is about
/// (`None` when it is about the whole form).
#[derive(Debug, Clone)]
pub struct FormError {
    pub field: Option<String>,
    pub message: String,
}

impl FormError {
    /// The refusal of a request the form can show (422); any other error is the caller's.
    pub fn from_app(e: AppError, tr: Tr) -> Result<Self, AppError> {
        match e {
            AppError::BadRequest { field, message } => Ok(Self {
                field,
                message: crate::i18n::Render::render(&message, tr),
            }),
            other => Err(other),
        }
    }

    /// A refusal a form that holds long typed text shows again rather than lose it, with its
    /// status: a bad field (422, beside that field), a change no longer open (409, beside
    /// `field`), a file too large or of a refused type (413, 415, beside `file`). Any other
    /// error is the caller's.
    pub fn refusal(
        e: AppError,
        tr: Tr,
        field: &str,
    ) -> Result<(axum::http::StatusCode, Self), AppError> {
        let status = e.status();
        let (field, message) = match e {
            AppError::BadRequest { .. } => return Self::from_app(e, tr).map(|f| (status, f)),
            AppError::Closed(m) | AppError::Stale(m) => (field, m),
            AppError::TooLarge(m) | AppError::UnsupportedMedia(m) => ("file", m),
            other => return Err(other),
        };
        Ok((
            status,
            Self {
                field: Some(field.to_string()),
                message: crate::i18n::Render::render(&message, tr),
            },
        ))
    }

    /// Whether the message belongs beside `field`.
    pub fn on(&self, field: &str) -> bool {
        self.field.as_deref() == Some(field)
    }
}
