//! `GET /directory/teams.json` and `/directory/teams.csv`: the whole directory as the reader may
//! see it: the records as JSON (as the API gives them), or one spreadsheet row per team with
//! its names, country, types, websites, channels by use, key fingerprints and memberships (the
//! list cells joined with "; "). `teams.first.json` and `teams.ti.json` give the same teams in
//! the field layouts of FIRST's team directory and of Trusted Introducer's team list
//! (`cyberindex_directory::exchange`). Anyone may download them; each reader gets their level.

use axum::extract::State;
use axum::response::Response;
use cyberindex_directory::{ChannelKind, Team, Usage};

use crate::auth::MaybeCaller;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// The spreadsheet's columns.
pub const COLUMNS: [&str; 13] = [
    "id",
    "official_name",
    "short_name",
    "country",
    "host_organisation",
    "types",
    "websites",
    "emails",
    "phones",
    "emergency",
    "abuse",
    "key_fingerprints",
    "memberships",
];

/// One team as a spreadsheet row, in the order of [`COLUMNS`].
pub fn row(team: &Team) -> Vec<String> {
    let join = |items: Vec<String>| items.join("; ");
    let channels = |keep: &dyn Fn(&cyberindex_directory::Channel) -> bool| {
        join(
            team.channels
                .iter()
                .filter(|c| keep(&c.value))
                .map(|c| c.value.value.clone())
                .collect(),
        )
    };
    vec![
        team.id.clone(),
        team.official_name.value.clone(),
        team.short_name
            .as_ref()
            .map_or_else(String::new, |f| f.value.clone()),
        team.country.value.clone(),
        team.host_organisation
            .as_ref()
            .map_or_else(String::new, |f| f.value.clone()),
        join(
            team.types
                .iter()
                .map(|t| super::index::type_key(&t.value).to_string())
                .collect(),
        ),
        join(team.websites.iter().map(|w| w.value.clone()).collect()),
        channels(&|c| c.kind == ChannelKind::Email),
        channels(&|c| c.kind == ChannelKind::Phone),
        channels(&|c| c.usages.contains(&Usage::Emergency)),
        channels(&|c| c.usages.contains(&Usage::Abuse)),
        join(
            team.keys
                .iter()
                .map(|k| k.value.fingerprint.clone())
                .collect(),
        ),
        join(
            team.memberships
                .iter()
                .map(|m| {
                    serde_json::to_value(&m.value)
                        .ok()
                        .and_then(|v| {
                            let network = v.get("network")?.to_string();
                            let status = v.get("status")?.to_string();
                            Some(format!("{network} {status}").replace('"', ""))
                        })
                        .unwrap_or_default()
                })
                .collect(),
        ),
    ]
}

/// The teams as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the
/// accents and scripts right), a header row first.
pub fn csv(teams: &[Team]) -> AppResult<String> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let failed = |e: csv::Error| AppError::Internal(anyhow::anyhow!("directory CSV: {e}"));
    out.write_record(COLUMNS).map_err(failed)?;
    for team in teams {
        out.write_record(row(team)).map_err(failed)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("directory CSV: {e}")))?;
    Ok(format!("\u{feff}{}", String::from_utf8_lossy(&bytes)))
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
