//! `GET /drills/new`: the secretariat plans a drill: a stored scenario version, title, level,
//! mode, host (and the directory team whose staff facilitate), time zone, planned start in
//! that zone, languages among the scenario's, and whether the host agrees to publish the
//! aggregate results. `POST /drills/new` creates it through `Planner::create` (every inject
//! gets its row, pending) and opens its console; a refusal shows the form again (422) with
//! what was typed, the message beside its field and in the summary at the top. Only the
//! secretariat plans: anyone else gets 404, as for a page that does not exist.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use cyberindex_store::{DrillLevel, DrillMode};
use cyberindex_workflow::drill::{DrillForm, Planner, utc_offset_minutes};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{FormError, Page, render, see_other};

/// A scenario version to choose.
#[derive(Debug)]
pub struct ScenarioOption {
    /// `id@version`.
    pub value: String,
    pub label: String,
    pub languages: String,
}

/// What the form holds: its defaults, or what was typed when it was refused.
#[derive(Debug)]
pub struct Typed {
    pub scenario: String,
    pub title: String,
    pub level: String,
    pub mode: String,
    pub host: String,
    pub host_team: String,
    pub time_zone: String,
    pub start: String,
    pub languages: String,
    pub public_results: bool,
}

impl Default for Typed {
    fn default() -> Self {
        Self {
            scenario: String::new(),
            title: String::new(),
            level: "regional".into(),
            mode: "tabletop".into(),
            host: String::new(),
            host_team: String::new(),
            time_zone: "UTC".into(),
            start: String::new(),
            languages: String::new(),
            public_results: false,
        }
    }
}

impl Typed {
    fn of(form: &[(String, String)]) -> Self {
        Self {
            scenario: field(form, "scenario").into(),
            title: field(form, "title").into(),
            level: field(form, "level").into(),
            mode: field(form, "mode").into(),
            host: field(form, "host").into(),
            host_team: field(form, "host_team").into(),
            time_zone: field(form, "time_zone").into(),
            start: field(form, "start").into(),
            languages: form
                .iter()
                .filter(|(k, _)| k == "languages")
                .map(|(_, v)| v.trim())
                .collect::<Vec<_>>()
                .join(","),
            public_results: !field(form, "public_results").is_empty(),
        }
    }
}

#[derive(Debug, Template)]
#[template(path = "drills/new.html")]
pub struct NewPage {
    pub page: Page,
    pub scenarios: Vec<ScenarioOption>,
    /// Directory teams, as (id, name).
    pub teams: Vec<(String, String)>,
    pub typed: Typed,
    pub error: Option<FormError>,
}

impl NewPage {
    /// Whether the refusal is about `field`.
    pub fn invalid(&self, field: &str) -> bool {
        self.error.as_ref().is_some_and(|e| e.on(field))
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let user = &signed.0.user;
    Planner::of_user(user)?;
    page(&state, user, tr, &uri, Typed::default(), None).await
}

async fn page(
    state: &AppState,
    user: &cyberindex_store::User,
    tr: Tr,
    uri: &Uri,
    typed: Typed,
    error: Option<FormError>,
) -> AppResult<Response> {
    let failed = error.is_some();
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
    let mut response = render(&NewPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            uri,
            tr.t("drill-new-title"),
        ),
        scenarios,
        teams,
        typed,
        error,
    })?;
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
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
    tr: Tr,
    uri: Uri,
    Form(form): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let planner = Planner::of_user(user)?;
    let created = match read_form(&form) {
        Ok(read) => planner
            .create(&state.store, &read)
            .await
            .map_err(AppError::from),
        Err(e) => Err(e),
    };
    match created {
        Ok(drill) => Ok(see_other(&format!("/drills/{}/", drill.id))),
        Err(e) => {
            let error = FormError::from_app(e, tr)?;
            page(&state, user, tr, &uri, Typed::of(&form), Some(error)).await
        }
    }
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
