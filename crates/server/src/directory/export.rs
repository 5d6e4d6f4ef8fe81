//! `GET /directory/teams.json`, `/directory/teams.csv` and `/directory/teams.xlsx`: the whole
//! directory as the reader may see it: the records as JSON (as the API gives them), or one
//! spreadsheet row per team in the import template's columns (`cyberindex_directory::table`).
//! `teams.first.json` and `teams.ti.json` give the same teams in the field layouts of FIRST's
//! team directory and of Trusted Introducer's team list (`cyberindex_directory::exchange`).
//! Anyone may download them; each reader gets their level. `/directory/template.csv` and
//! `template.xlsx` are the empty import template, with one example row to delete.

use axum::extract::State;
use axum::response::Response;
use cyberindex_directory::Team;

use crate::auth::MaybeCaller;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The teams as CSV in the import template's layout (`cyberindex_directory::table`: UTF-8
/// with a byte-order mark, one row per team, visibility marks on members' and restricted
/// values), so that a downloaded file can be edited and imported back.
pub fn csv(teams: &[Team]) -> AppResult<String> {
    Ok(cyberindex_directory::table::write_csv(teams))
}

/// A workbook download (also the maturity assessment's and roadmap's): private to its reader,
/// since what it holds depends on who asked.
pub(crate) fn workbook(filename: &str, bytes: Vec<u8>) -> Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (
                header::CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
            ),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "private, no-cache".to_string()),
        ],
        bytes,
    )
        .into_response()
}

async fn teams(state: &AppState, caller: &MaybeCaller) -> AppResult<Vec<Team>> {
    let level = super::level(super::reader(caller));
    Ok(super::load_all(state, level)
        .await?
        .into_iter()
        .map(|(_, team)| team)
        .collect())
}

/// `GET /directory/teams.json`.
pub async fn json(State(state): State<AppState>, caller: MaybeCaller) -> AppResult<Response> {
    let teams = teams(&state, &caller).await?;
    Ok(super::text_file(
        "application/json",
        "directory.json".into(),
        serde_json::to_string_pretty(&teams)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("directory JSON: {e}")))?,
    ))
}

/// `GET /directory/teams.csv`.
pub async fn spreadsheet(
    State(state): State<AppState>,
    caller: MaybeCaller,
) -> AppResult<Response> {
    let teams = teams(&state, &caller).await?;
    Ok(super::text_file(
        "text/csv; charset=utf-8",
        "directory.csv".into(),
        csv(&teams)?,
    ))
}

/// `GET /directory/teams.xlsx`: the same rows as `teams.csv`, with a "read me" sheet.
pub async fn xlsx(State(state): State<AppState>, caller: MaybeCaller) -> AppResult<Response> {
    let teams = teams(&state, &caller).await?;
    let bytes = cyberindex_directory::table::write_xlsx(&teams)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("directory XLSX: {e}")))?;
    Ok(workbook("directory.xlsx", bytes))
}

/// `GET /directory/template.csv` and `/directory/template.xlsx`: the import template.
pub async fn template(uri: axum::http::Uri) -> AppResult<Response> {
    match uri.path().rsplit('/').next().unwrap_or("") {
        "template.csv" => Ok(super::text_file(
            "text/csv; charset=utf-8",
            "directory-template.csv".into(),
            cyberindex_directory::table::template_csv(),
        )),
        "template.xlsx" => {
            let bytes = cyberindex_directory::table::template_xlsx()
                .map_err(|e| AppError::Internal(anyhow::anyhow!("directory template: {e}")))?;
            Ok(workbook("directory-template.xlsx", bytes))
        }
        _ => Err(AppError::NotFound),
    }
}

/// A country's ISO alpha-2 code from its alpha-3 (the exchange shapes use alpha-2).
pub fn alpha2(alpha3: &str) -> Option<String> {
    cyberindex_answers::countries::by_alpha3(alpha3).map(|c| c.alpha2.clone())
}

/// `GET /directory/teams.first.json`: `{"data": [...]}` as FIRST's API answers.
pub async fn first(State(state): State<AppState>, caller: MaybeCaller) -> AppResult<Response> {
    let level = super::level(super::reader(&caller));
    let teams = teams(&state, &caller).await?;
    let data: Vec<serde_json::Value> = teams
        .iter()
        .map(|t| cyberindex_directory::exchange::to_first(t, level, &alpha2))
        .collect();
    Ok(super::text_file(
        "application/json",
        "directory-first.json".into(),
        serde_json::to_string_pretty(&serde_json::json!({ "data": data }))
            .map_err(|e| AppError::Internal(anyhow::anyhow!("directory JSON: {e}")))?,
    ))
}

/// `GET /directory/teams.ti.json`: a list as Trusted Introducer's `teams.json`.
pub async fn ti(State(state): State<AppState>, caller: MaybeCaller) -> AppResult<Response> {
    let level = super::level(super::reader(&caller));
    let teams = teams(&state, &caller).await?;
    let data: Vec<serde_json::Value> = teams
        .iter()
        .map(|t| cyberindex_directory::exchange::to_ti(t, level, &alpha2))
        .collect();
    Ok(super::text_file(
        "application/json",
        "directory-ti.json".into(),
        serde_json::to_string_pretty(&data)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("directory JSON: {e}")))?,
    ))
}
