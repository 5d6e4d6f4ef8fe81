//! `GET /drills/{id}/report.pdf` and `GET /drills/{id}/report.xlsx`: the after-action report
//! for the console's readers (the secretariat, the host team's staff): the full report, or
//! with `?team=` one team's copy; `?lang=` one of the drill's languages (else the reader's
//! when the drill has it, else the drill's first). The contents come from
//! `View::report` with its access checks: a team that does not take part is 404. Never
//! cached by a shared cache.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_drill::report::AfterAction;
use cyberindex_workflow::drill::View;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct ReportQuery {
    pub team: Option<String>,
    pub lang: Option<String>,
}

/// The report's language: the one asked for, else the reader's when the drill has it, else
/// the drill's first. A language the drill does not have is refused by `View::report`.
pub fn language(view: &View, asked: Option<&str>, reader: &str) -> String {
    let languages: Vec<&str> = view.drill.languages.split(',').map(str::trim).collect();
    match asked.map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => l.to_string(),
        None if languages.contains(&reader) => reader.to_string(),
        None => languages.first().copied().unwrap_or("en").to_string(),
    }
}

/// The report typeset as PDF, off the async workers.
pub async fn pdf_bytes(report: AfterAction) -> AppResult<Vec<u8>> {
    let id = report.facts.id;
    tokio::task::spawn_blocking(move || {
        let fonts = crate::public::report_fonts()?;
        let tr = Tr::new(&report.lang);
        let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
        cyberindex_report::drill_pdf(&report, &report.lang, &labels, &fonts)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("the PDF task failed: {e}")))?
    .map_err(|e| AppError::Internal(anyhow::anyhow!("drill report {id}: {e}")))
}

/// A download that no shared cache keeps.
pub fn attachment(content_type: &str, name: String, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The file's name: `drill-ID-report[-TEAM]-LANG.EXT` (team ids are directory ids: letters,
/// digits and dashes).
pub fn file_name(report: &AfterAction, team: Option<&str>, ext: &str) -> String {
    let team: String = team
        .map(|t| {
            format!(
                "-{}",
                t.chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect::<String>()
            )
        })
        .unwrap_or_default();
    format!(
        "drill-{}-report{team}-{}.{ext}",
        report.facts.id, report.lang
    )
}

async fn compose(
    state: &AppState,
    signed: &SignedIn,
    tr: &Tr,
    id: i64,
    query: &ReportQuery,
) -> AppResult<AfterAction> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    view.console()?;
    let lang = language(&view, query.lang.as_deref(), tr.lang);
    Ok(view
        .report(&state.store, query.team.as_deref(), &lang)
        .await?)
}

pub async fn pdf(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = compose(&state, &signed, &tr, id, &query).await?;
    let name = file_name(&report, query.team.as_deref(), "pdf");
    Ok(attachment(
        "application/pdf",
        name,
        pdf_bytes(report).await?,
    ))
}

pub async fn xlsx(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = compose(&state, &signed, &tr, id, &query).await?;
    let labels_tr = Tr::new(&report.lang);
    let labels = |key: &str, args: &[(&str, &str)]| labels_tr.ta(key, args);
    let bytes = cyberindex_drill::report::write_xlsx(&report, &labels)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("drill report {id}: {e}")))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file_name(&report, query.team.as_deref(), "xlsx"),
        bytes,
    ))
}
