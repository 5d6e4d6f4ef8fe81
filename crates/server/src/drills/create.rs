//! `GET /drills/new`: the secretariat plans a drill: a stored scenario version, title, level,
//! mode, host (and the directory team whose staff facilitate), time zone, planned start in
//! that zone, languages among the scenario's, and whether the host agrees to publish the
//! aggregate results. `POST /drills/new` creates it through `Planner::create` (every inject
//! gets its row, pending) and opens its console. Only the secretariat plans: anyone else gets
//! 404, as for a page that does not exist.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::{DrillLevel, DrillMode};
use cyberindex_workflow::drill::{DrillForm, Planner, utc_offset_minutes};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

/// A scenario version to choose.
#[derive(Debug)]
pub struct ScenarioOption {
    /// `id@version`.
    pub value: String,
    pub label: String,
    pub languages: String,
}

#[derive(Debug, Template)]
#[template(path = "drills/new.html")]
pub struct NewPage {
    pub page: Page,
    pub scenarios: Vec<ScenarioOption>,
    /// Directory teams, as (id, name).
    pub teams: Vec<(String, String)>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let user = &signed.0.user;
    Planner::of_user(user)?;
    let mut scenarios = Vec::new();
    for s in state.store.scenarios().await? {
        scenarios.push(ScenarioOption {
            value: format!("{}@{}", s.id, s.version),
            label: format!("{} {} ({})", s.title, s.version, s.tlp),
            languages: s.languages.replace(',', ", "),
        });
    }
    let mut teams: Vec<(String, String)> = state
        .store
        .teams()
        .await?
        .into_iter()
        .map(|t| (t.id, t.official_name))
        .collect();
    teams.sort_by(|a, b| a.1.cmp(&b.1));
    render(&NewPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.t("drill-new-title"),
        ),
        scenarios,
        teams,
    })
}

/// The value of form field `name` (the last one given), trimmed.
fn field<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter()
        .rev()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.trim())
}

/// Reads the form whole: the first field that does not read is the error, and nothing is
/// created.
pub fn read_form(form: &[(String, String)]) -> AppResult<DrillForm> {
    const KNOWN: [&str; 10] = [
        "scenario",
        "title",
        "level",
        "mode",
        "host",
        "host_team",
        "time_zone",
        "start",
        "languages",
        "public_results",
    ];
    if let Some((k, _)) = form.iter().find(|(k, _)| !KNOWN.contains(&k.as_str())) {
        return Err(AppError::bad(
            k,
            crate::msg!("drill-error-new-field", field = k.clone()),
        ));
    }
    let (scenario_id, scenario_version) = field(form, "scenario")
        .split_once('@')
        .ok_or_else(|| AppError::bad("scenario", crate::msg!("drill-error-new-scenario")))?;
    let level: DrillLevel = field(form, "level")
        .parse()
        .map_err(|_| AppError::bad("level", crate::msg!("drill-error-new-level")))?;
    let mode: DrillMode = field(form, "mode")
        .parse()
        .map_err(|_| AppError::bad("mode", crate::msg!("drill-error-new-mode")))?;
    let time_zone = field(form, "time_zone").to_string();
    let offset = utc_offset_minutes(&time_zone).ok_or_else(|| {
        AppError::bad(
            "time_zone",
            crate::msg!("drill-error-time-zone", value = time_zone.clone()),
        )
    })?;
    let start_text = field(form, "start");
    let start = time::PrimitiveDateTime::parse(
        start_text,
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]"),
    )
    .map_err(|_| {
        AppError::bad(
            "start",
            crate::msg!("drill-error-new-start", value = start_text.to_string()),
        )
    })?;
    let start_at = (start.assume_utc().unix_timestamp() - offset * 60) * 1000;
    let languages = form
        .iter()
        .filter(|(k, _)| k == "languages")
        .flat_map(|(_, v)| v.split(','))
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    Ok(DrillForm {
        scenario_id: scenario_id.to_string(),
        scenario_version: scenario_version.to_string(),
        title: field(form, "title").to_string(),
        level,
        host: field(form, "host").to_string(),
        host_team: Some(field(form, "host_team"))
            .filter(|t| !t.is_empty())
            .map(str::to_string),
        time_zone,
        start_at,
        mode,
        languages,
        public_results: !field(form, "public_results").is_empty(),
    })
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let planner = Planner::of_user(&signed.0.user)?;
    let form = read_form(&form)?;
    let drill = planner.create(&state.store, &form).await?;
    Ok(see_other(&format!("/drills/{}/", drill.id)))
}

/// The roles the scenario's injects are addressed to, for the form that adds a team.
pub fn scenario_roles(scenario: &cyberindex_drill::Scenario) -> Vec<String> {
    let mut roles: Vec<String> = scenario
        .injects
        .iter()
        .flat_map(|i| match &i.audience {
            cyberindex_drill::Audience::All => Vec::new(),
            cyberindex_drill::Audience::Only(r) => r.clone(),
        })
        .collect();
    roles.sort();
    roles.dedup();
    roles
}
