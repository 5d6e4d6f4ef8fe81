//! CyberDrills on the web (issue 18): the facilitator's console and the participants' seat.
//! Every rule and every write is the workflow's (`cyberindex_workflow::drill`); the handlers
//! here only read forms and render.
//!
//! ```text
//! /drills/                          the drills the reader runs (secretariat, host team staff)
//! /drills/new                       plan a drill (GET form, POST; the secretariat)
//! /drills/programme                 every drill by region, year and country (the secretariat)
//! /drills/{id}/                     the console: clock, steps, teams, links, timeline, scores
//! /drills/{id}/step                 communications check, start, pause, resume, end (POST)
//! /drills/{id}/injects/{inject}     release, hold, resume, skip, move an unreleased inject (POST)
//! /drills/{id}/links                issue a participant link, shown once (POST)
//! /drills/{id}/links/{link}/revoke  withdraw one (POST)
//! /drills/{id}/evaluate             record a verdict as facilitator (POST)
//! /drills/{id}/teams                add a directory team, its roles and consent (POST)
//! /drills/{id}/improvements[/{item}] add or change an item of the improvement plan (POST)
//! /drills/{id}/responses/{r}/file   a response's document
//! /drills/{id}/events               server-sent events: the drill changed
//! /drills/{id}/report.pdf           the after-action report (`?team=` a team's copy, `?lang=`)
//! /drills/{id}/report.xlsx          the same as a workbook
//! /drills/join/{token}              a participant link: what it opens (GET), join (POST)
//! /drills/play/                     the participant's seat: a team's injects by channel, its
//!                                   responses and score; an evaluator's queue
//! /drills/play/respond              a team's response (POST)
//! /drills/play/evaluate             an evaluator link's verdict (POST)
//! /drills/play/lessons              the lessons questionnaire's answers (POST)
//! /drills/play/responses/{r}/file   a response's document, for a seat that sees its team
//! /drills/play/events               server-sent events for the seat's drill
//! /drills/play/report.pdf           the seat's own team's copy of the report, once ended
//! /drills/results/                  public: the drills whose host published the aggregate
//! /drills/results/{id}/             public: one drill's aggregate results and timeline
//! /drills/results/{id}/report.pdf   public: the public copy of the report (`?lang=`)
//! /drills/results/{id}/report.xlsx  public: the same as a workbook
//! ```
//!
//! What the report's handlers share (`ReportQuery`, `console_report`, `language`,
//! `pdf_download`, `xlsx_download`, `pdf_bytes`, `attachment`, `file_name`, `report_stem`) lives here, as the other shared
//! helpers do; the API's report and the maturity evidence use them too.
//!
//! Participants have no accounts: joining by a single-use link sets the `cyberindex_drill`
//! cookie (its secret is kept hashed), and every seat request reads the drill through
//! `View::of_session`. **Invariant:** every handler reads the drill through `View::of_user` or
//! `View::of_session`, and a team's injects, responses and scores through the view, so a team
//! never sees another's, and a drill the reader has no part in is the same 404 as one that
//! does not exist. The public pages (`public_*`) read only `workflow::drill::public_report`,
//! which names no team and exists only for an ended drill whose host agreed.

pub mod console;
pub mod create;
pub mod evaluate;
pub mod events;
pub mod improvement_add;
pub mod improvement_update;
pub mod index;
pub mod inject_act;
pub mod join;
pub mod lessons;
pub mod link_issue;
pub mod link_revoke;
pub mod play;
pub mod play_report;
pub mod programme;
pub mod public_download;
pub mod public_index;
pub mod public_show;
pub mod report_download;
pub mod respond;
pub mod response_file;
pub mod step;
pub mod team_add;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::IntoResponse;
use cyberindex_drill::{Channel, Texts};
use cyberindex_store::{DrillStatus, EvaluationResult, InjectStatus, LinkRole};
use cyberindex_workflow::drill::View;

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The cookie of a participant's seat.
pub const SEAT_COOKIE: &str = "cyberindex_drill";

/// The message key of a drill's status.
pub fn status_key(status: DrillStatus) -> &'static str {
    match status {
        DrillStatus::Planned => "drill-status-planned",
        DrillStatus::CommsCheck => "drill-status-comms-check",
        DrillStatus::Running => "drill-status-running",
        DrillStatus::Paused => "drill-status-paused",
        DrillStatus::Ended => "drill-status-ended",
        DrillStatus::Reported => "drill-status-reported",
    }
}

/// The message key of an inject's channel.
pub fn channel_key(channel: Channel) -> &'static str {
    match channel {
        Channel::Portal => "drill-channel-portal",
        Channel::Email => "drill-channel-email",
        Channel::News => "drill-channel-news",
        Channel::Document => "drill-channel-document",
    }
}

/// The message key of an inject's state on the timeline.
pub fn inject_status_key(status: InjectStatus) -> &'static str {
    match status {
        InjectStatus::Pending => "drill-inject-pending",
        InjectStatus::Released => "drill-inject-released",
        InjectStatus::Held => "drill-inject-held",
        InjectStatus::Skipped => "drill-inject-skipped",
    }
}

/// The message key of a link's role.
pub fn role_key(role: LinkRole) -> &'static str {
    match role {
        LinkRole::Player => "drill-role-player",
        LinkRole::Observer => "drill-role-observer",
        LinkRole::Evaluator => "drill-role-evaluator",
    }
}

/// The message key of a verdict.
pub fn result_key(result: EvaluationResult) -> &'static str {
    match result {
        EvaluationResult::Success => "drill-result-success",
        EvaluationResult::Partial => "drill-result-partial",
        EvaluationResult::Failed => "drill-result-failed",
    }
}

/// A verdict from its form value.
pub fn result_of(value: &str) -> AppResult<EvaluationResult> {
    match value {
        "success" => Ok(EvaluationResult::Success),
        "partial" => Ok(EvaluationResult::Partial),
        "failed" => Ok(EvaluationResult::Failed),
        _ => Err(AppError::bad("result", crate::msg!("drill-error-result"))),
    }
}

/// A scenario text in language `lang`, else in English, else in its first language.
pub fn text_in(texts: &Texts, lang: &str) -> String {
    texts
        .get(lang)
        .or_else(|| texts.get("en"))
        .or_else(|| texts.values().next())
        .cloned()
        .unwrap_or_default()
}

/// `seconds` of play as `H:MM:SS`.
pub fn clock(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// A number read from form field `field`.
pub fn number(field: &'static str, value: &str) -> AppResult<i64> {
    value
        .trim()
        .parse()
        .map_err(|_| AppError::bad(field, crate::msg!("drill-error-number", value = value)))
}

/// The `Set-Cookie` value of a seat (`max_age_secs` 0 clears it).
pub fn seat_cookie(token: &str, max_age_secs: i64, secure: bool) -> String {
    format!(
        "{SEAT_COOKIE}={token}; Path=/drills/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{}",
        if secure { "; Secure" } else { "" }
    )
}

/// A participant's seat: the drill as its link sees it (a request without a valid seat
/// cookie is 404, as a drill it has no part in).
#[derive(Debug)]
pub struct Seat(pub View);

impl FromRequestParts<AppState> for Seat {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = crate::auth::cookie(&parts.headers, SEAT_COOKIE).ok_or(AppError::NotFound)?;
        let view = View::of_session(&state.store, &token, cyberindex_store::now_ms()).await?;
        Ok(Seat(view))
    }
}

/// The after-action report's query: `?team=` one team's copy, `?lang=` its language.
#[derive(Debug, Default, serde::Deserialize)]
pub struct ReportQuery {
    pub team: Option<String>,
    pub lang: Option<String>,
}

/// The report's language: the one asked for, else the reader's when the drill has it, else
/// the drill's first. A language the drill does not have is refused by `View::report`.
pub fn language(view: &View, asked: Option<&str>, reader: &str) -> String {
    language_of(&view.drill.languages, asked, reader)
}

/// [`language`] for a drill's `languages` (`en,fr`).
pub fn language_of(languages: &str, asked: Option<&str>, reader: &str) -> String {
    let languages: Vec<&str> = languages.split(',').map(str::trim).collect();
    match asked.map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) => l.to_string(),
        None if languages.contains(&reader) => reader.to_string(),
        None => languages.first().copied().unwrap_or("en").to_string(),
    }
}

/// The after-action report for one who runs drill `id` (the console's readers): the full
/// report, or `query.team`'s copy, in `query.lang` or the nearest of the drill's languages.
/// The console's downloads and the API's report share it.
pub async fn console_report(
    state: &AppState,
    signed: &crate::auth::SignedIn,
    tr: &crate::i18n::Tr,
    id: i64,
    query: &ReportQuery,
) -> AppResult<cyberindex_drill::report::AfterAction> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    view.console()?;
    let lang = language(&view, query.lang.as_deref(), tr.lang);
    Ok(view
        .report(&state.store, query.team.as_deref(), &lang)
        .await?)
}

/// The report typeset as PDF, off the async workers.
pub async fn pdf_bytes(report: cyberindex_drill::report::AfterAction) -> AppResult<Vec<u8>> {
    let id = report.facts.id;
    tokio::task::spawn_blocking(move || {
        let fonts = crate::public::report_fonts()?;
        let tr = crate::i18n::Tr::new(&report.lang);
        let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
        cyberindex_report::drill_pdf(&report, &report.lang, &labels, &fonts)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("the PDF task failed: {e}")))?
    .map_err(|e| AppError::Internal(anyhow::anyhow!("drill report {id}: {e}")))
}

/// The report as a PDF download named `name`.
pub async fn pdf_download(
    report: cyberindex_drill::report::AfterAction,
    name: String,
) -> AppResult<axum::response::Response> {
    Ok(attachment(
        "application/pdf",
        name,
        pdf_bytes(report).await?,
    ))
}

/// The report as a workbook download named `name`, its labels in the report's language.
pub fn xlsx_download(
    report: &cyberindex_drill::report::AfterAction,
    name: String,
) -> AppResult<axum::response::Response> {
    let tr = crate::i18n::Tr::new(&report.lang);
    let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
    let bytes = cyberindex_drill::report::write_xlsx(report, &labels).map_err(|e| {
        AppError::Internal(anyhow::anyhow!("drill {} workbook: {e}", report.facts.id))
    })?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        name,
        bytes,
    ))
}

/// A download that no shared cache keeps.
pub fn attachment(content_type: &str, name: String, bytes: Vec<u8>) -> axum::response::Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, content_type.to_string()),
            (
                axum::http::header::CACHE_CONTROL,
                "private, no-store".to_string(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                crate::service::evidence::content_disposition(&name),
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The file's name: `drill-ID-report[-TEAM]-LANG.EXT` (team ids are directory ids: letters,
/// digits and dashes).
pub fn file_name(
    report: &cyberindex_drill::report::AfterAction,
    team: Option<&str>,
    ext: &str,
) -> String {
    format!(
        "{}{}.{ext}",
        report_stem(report.facts.id, team),
        report.lang
    )
}

/// The start of the report's file names for drill `id` (and one team's copy), before the
/// language: `drill-7-report-ken-cirt-`.
pub fn report_stem(id: i64, team: Option<&str>) -> String {
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
    format!("drill-{id}-report{team}-")
}
