//! `GET /maturity/teams/{team}/roadmap`: a team's roadmap, open items first, each editable by
//! the team's staff and the secretariat; `GET /maturity/teams/{team}/roadmap.xlsx`: the same
//! as a workbook (one row per item, texts neutralised so that no cell runs as a formula).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::RoadmapStatus;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug)]
pub struct ItemView {
    pub id: i64,
    pub parameter: String,
    pub profile: String,
    pub level: String,
    pub from: String,
    pub to: String,
    pub action: String,
    pub owner: String,
    pub due: String,
    pub status: &'static str,
    pub status_label: String,
    pub service: String,
    pub version: i64,
    pub assessment: i64,
}

#[derive(Debug, Template)]
#[template(path = "maturity/roadmap.html")]
pub struct RoadmapPage {
    pub page: Page,
    pub team: String,
    pub team_name: String,
    pub items: Vec<ItemView>,
    /// (value, label) of every status.
    pub statuses: Vec<(&'static str, String)>,
}

async fn items(
    state: &AppState,
    user: &cyberindex_store::User,
    tr: Tr,
    team: &str,
) -> AppResult<Vec<ItemView>> {
    let mut items: Vec<ItemView> = cyberindex_workflow::maturity::roadmap(&state.store, user, team)
        .await?
        .into_iter()
        .map(|i| ItemView {
            id: i.id,
            parameter: i.parameter,
            profile: i.profile_id,
            level: i.level_id,
            from: if i.from_level.is_empty() {
                tr.t("maturity-missing")
            } else if i.from_level == "na" {
                tr.t("maturity-na")
            } else {
                i.from_level
            },
            to: i.to_level,
            action: i.action,
            owner: i.owner,
            due: i.due_on.unwrap_or_default(),
            status: i.status.as_str(),
            status_label: tr.t(super::roadmap_status_key(i.status)),
            service: i.service_id.unwrap_or_default(),
            version: i.version,
            assessment: i.assessment_id.unwrap_or(0),
        })
        .collect();
    // Open and in-progress items first, then by due date and parameter.
    items.sort_by(|a, b| {
        let done = |s: &str| !RoadmapStatus::parse(s).is_some_and(RoadmapStatus::is_active);
        (done(a.status), a.due.is_empty(), &a.due, &a.parameter).cmp(&(
            done(b.status),
            b.due.is_empty(),
            &b.due,
            &b.parameter,
        ))
    });
    Ok(items)
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(team): Path<String>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let items = items(&state, user, tr, &team).await?;
    let row = state.store.team(&team).await?;
    render(&RoadmapPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.ta("maturity-roadmap-title", &[("team", &row.official_name)]),
        ),
        team_name: row.official_name,
        team,
        items,
        statuses: RoadmapStatus::ALL
            .into_iter()
            .map(|s| (s.as_str(), tr.t(super::roadmap_status_key(s))))
            .collect(),
    })
}

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(team): Path<String>,
) -> AppResult<Response> {
    use rust_xlsxwriter::{Format, Workbook};
    let items = items(&state, &signed.0.user, tr, &team).await?;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let fail =
        |e: rust_xlsxwriter::XlsxError| AppError::Internal(anyhow::anyhow!("roadmap XLSX: {e}"));
    let bold = Format::new().set_bold();
    let headers = [
        "maturity-col-parameter",
        "maturity-col-profile",
        "maturity-col-tier",
        "maturity-col-from",
        "maturity-col-to",
        "maturity-col-action",
        "maturity-col-owner",
        "maturity-col-due",
        "maturity-col-status",
        "maturity-col-service",
    ];
    for (c, key) in headers.iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, tr.t(key), &bold)
            .map_err(fail)?;
    }
    for (r, i) in items.iter().enumerate() {
        let row = r as u32 + 1;
        let cells = [
            &i.parameter,
            &i.profile,
            &i.level,
            &i.from,
            &i.to,
            &i.action,
            &i.owner,
            &i.due,
            &i.status_label,
            &i.service,
        ];
        for (c, text) in cells.iter().enumerate() {
            sheet
                .write_string(row, c as u16, text.as_str())
                .map_err(fail)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    sheet.set_column_width(5, 60).map_err(fail)?;
    let bytes = book.save_to_buffer().map_err(fail)?;
    Ok(crate::directory::export::workbook(
        &format!("roadmap-{team}.xlsx"),
        bytes,
    ))
}
