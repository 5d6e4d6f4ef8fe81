//! The audit trail: `GET /editions/{edition}/audit` (filter by country, question, user and action;
//! `format=csv` downloads it) for the secretariat and, for its own response, the country; and
//! `GET /admin/audit` for the whole installation (accounts, logins, configuration).
//! Countries never see entries about reviewer-only notes. Every CSV export is itself recorded.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{Uri, header};
use axum::response::{IntoResponse, Response};
use cyberindex_store::{AuditEntry, AuditEvent, AuditFilter, Role};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, iso, render, when};

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub question: String,
    /// A user's email.
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub format: String,
}

#[derive(Debug)]
pub struct EntryView {
    pub id: i64,
    pub when: String,
    /// The same time for machines (`<time datetime>`).
    pub iso: String,
    pub actor: String,
    pub action: String,
    pub target: String,
    pub before: String,
    pub after: String,
    pub reason: String,
}

#[derive(Debug, Template)]
#[template(path = "audit.html")]
struct AuditPage {
    page: Page,
    heading: String,
    filters: Filters,
    show_country: bool,
    csv_link: String,
    caption: String,
    entries: Vec<EntryView>,
}

const PAGE_LIMIT: i64 = 500;

/// The trail as CSV (RFC 4180), with a header row.
pub fn to_csv(entries: &[AuditEntry]) -> AppResult<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let row_error = |e: csv::Error| AppError::Internal(e.into());
    w.write_record([
        "id",
        "at_utc",
        "actor",
        "action",
        "edition",
        "country",
        "question",
        "object",
        "before",
        "after",
        "reason",
        "prev_hash",
        "hash",
    ])
    .map_err(row_error)?;
    for e in entries {
        // Names, reasons and answers are typed by users: formulas are quoted for spreadsheets.
        w.write_record(cyberindex_answers::cell::neutralise_all([
            e.id.to_string().as_str(),
            &when(e.at),
            &e.actor,
            &e.action,
            e.edition.as_deref().unwrap_or(""),
            e.country.as_deref().unwrap_or(""),
            e.question.as_deref().unwrap_or(""),
            &e.object,
            e.before.as_deref().unwrap_or(""),
            e.after.as_deref().unwrap_or(""),
            &e.reason,
            &e.prev_hash,
            &e.hash,
        ]))
        .map_err(row_error)?;
    }
    w.into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("csv: {e}")))
}

async fn respond(
    state: &AppState,
    signed: &SignedIn,
    tr: Tr,
    uri: &Uri,
    heading: String,
    mut filter: AuditFilter,
    filters: Filters,
) -> AppResult<Response> {
    if !filters.user.is_empty() {
        filter.actor = Some(
            state
                .store
                .user_by_email(&filters.user)
                .await?
                .map_or(-1, |u| u.id),
        );
    }
    filter.question = Some(filters.question.clone()).filter(|q| !q.is_empty());
    filter.action_prefix = Some(filters.action.clone()).filter(|a| !a.is_empty());
    if filters.format == "csv" {
        let entries = state.store.audit(&filter).await?;
        state
            .store
            .record(
                &AuditEvent::new(Some(signed.user().id), "export.audit-csv")
                    .object(uri.to_string())
                    .after(&serde_json::json!({ "entries": entries.len() })),
            )
            .await?;
        let body = to_csv(&entries)?;
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"audit.csv\"",
                ),
            ],
            body,
        )
            .into_response());
    }
    filter.limit = Some(PAGE_LIMIT);
    let entries = state.store.audit(&filter).await?;
    let caption = tr.tn("audit-caption", "count", entries.len() as i64);
    let csv_link = format!(
        "{}?{}",
        uri.path(),
        query_string(&[
            ("country", &filters.country),
            ("question", &filters.question),
            ("user", &filters.user),
            ("action", &filters.action),
            ("format", "csv"),
        ])
    );
    let page = Page::new(
        tr,
        Some(signed.user()),
        state.config.demo,
        uri,
        heading.clone(),
    );
    render(&AuditPage {
        page,
        heading,
        show_country: filter.country.is_none() || signed.user().role.is_secretariat(),
        csv_link,
        caption,
        entries: entries
            .into_iter()
            .map(|e| EntryView {
                id: e.id,
                when: when(e.at),
                target: [
                    e.country.clone().unwrap_or_default(),
                    e.question.clone().unwrap_or_default(),
                    e.object.clone(),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
                actor: e.actor,
                action: e.action,
                before: readable(e.before.as_deref().unwrap_or_default()),
                after: readable(e.after.as_deref().unwrap_or_default()),
                iso: iso(e.at),
                reason: e.reason,
            })
            .collect(),
        filters,
    })
}

/// An entry's before or after as people read it: one `field: value` per line, times (the
/// `…_at` fields, Unix milliseconds) as dates, text without JSON quotes. What is not a JSON
/// object is shown as it is. The CSV and the API keep the stored JSON exactly.
fn readable(json: &str) -> String {
    let Ok(serde_json::Value::Object(fields)) = serde_json::from_str::<serde_json::Value>(json)
    else {
        return json.to_string();
    };
    fields
        .iter()
        .map(|(key, value)| {
            let shown = match value {
                serde_json::Value::Number(n) if key.ends_with("_at") => {
                    n.as_i64().map_or_else(|| n.to_string(), when)
                }
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Null => "—".to_string(),
                other => other.to_string(),
            };
            format!("{key}: {shown}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn query_string(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", crate::extract::urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub async fn edition(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let stored = state.store.edition(&edition).await?;
    let mut filter = AuditFilter {
        edition: Some(edition.clone()),
        ..AuditFilter::default()
    };
    match signed.user().role {
        Role::Admin | Role::Reviewer => {
            filter.country = Some(filters.country.clone()).filter(|c| !c.is_empty());
        }
        // A country reads its own response's trail, without reviewer-only notes.
        Role::FocalPoint | Role::Contributor => {
            let own = signed.user().country.clone().ok_or(AppError::NotFound)?;
            if !filters.country.is_empty() && filters.country != own {
                return Err(AppError::NotFound);
            }
            signed.read_country(&state.store, &edition, &own).await?;
            filter.country = Some(own);
            filter.hide_confidential = true;
        }
        Role::Observer | Role::TeamStaff => {
            return Err(AppError::Forbidden(crate::msg!("error-audit-readers")));
        }
    }
    let heading = format!("{} · {}", tr.t("audit-title"), stored.name);
    respond(&state, &signed, tr, &uri, heading, filter, filters).await
}

pub async fn installation(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    signed.admin()?;
    let filter = AuditFilter {
        country: Some(filters.country.clone()).filter(|c| !c.is_empty()),
        ..AuditFilter::default()
    };
    let heading = tr.t("audit-title");
    respond(&state, &signed, tr, &uri, heading, filter, filters).await
}
