//! `GET /drills/{id}/`: the facilitator's console. The clock (exercise and simulated time),
//! the steps the drill's status allows, the teams with their communications check and score
//! beside the target, the participant links, the timeline with what each unreleased inject
//! allows (release, hold, resume, skip, move), and the responses waiting for a verdict.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_drill::timeline::State as RowState;
use cyberindex_store::{DrillStatus, InjectStatus};
use cyberindex_workflow::drill::View;

use super::{channel_key, clock, inject_status_key, result_key, role_key, status_key, text_in};
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

/// A team of the drill on the console.
#[derive(Debug)]
pub struct TeamLine {
    pub id: String,
    pub name: String,
    /// The communications check: messages sent, acknowledged, failed (none before it).
    pub comms: Option<(usize, usize, usize)>,
    pub score: String,
    pub target: String,
    pub evaluated: usize,
}

/// A participant link.
#[derive(Debug)]
pub struct LinkLine {
    pub id: i64,
    pub role: String,
    pub team: String,
    pub label: String,
    pub state: String,
    pub revocable: bool,
}

/// An inject on the timeline.
#[derive(Debug)]
pub struct InjectLine {
    pub id: String,
    pub move_number: u32,
    pub title: String,
    pub channel: String,
    pub at: String,
    pub minutes: i64,
    pub state: String,
    pub edited: bool,
    pub ready: bool,
    pub released: bool,
    pub held: bool,
    pub skipped: bool,
    pub version: i64,
}

/// A response, with its verdict form.
#[derive(Debug)]
pub struct ResponseLine {
    pub id: i64,
    pub team: String,
    pub inject: String,
    pub expectation: i64,
    pub expectation_name: String,
    pub text: String,
    pub file: String,
    pub at: String,
    pub verdict: String,
    pub version: i64,
}

/// An item of the improvement plan, with its edit form.
#[derive(Debug)]
pub struct ImprovementLine {
    pub id: i64,
    pub team: String,
    pub team_name: String,
    pub issue: String,
    pub action: String,
    pub owner: String,
    pub due_on: String,
    pub parameter: String,
    pub status: &'static str,
    pub status_label: String,
    pub version: i64,
}

/// An answer to the lessons questionnaire.
#[derive(Debug)]
pub struct LessonLine {
    pub question: String,
    pub answer: String,
    /// The team's name, or "anonymous".
    pub by: String,
}

#[derive(Debug, Template)]
#[template(path = "drills/console.html")]
pub struct ConsolePage {
    pub page: Page,
    pub id: i64,
    pub title: String,
    pub scenario: String,
    pub tlp: String,
    pub host: String,
    pub status: String,
    pub start: String,
    pub time_zone: String,
    pub exercise_time: String,
    pub exercise_seconds: u32,
    pub simulated_time: String,
    /// The steps the status allows, as (form value, label key).
    pub steps: Vec<(&'static str, &'static str)>,
    pub teams: Vec<TeamLine>,
    pub links: Vec<LinkLine>,
    pub injects: Vec<InjectLine>,
    pub responses: Vec<ResponseLine>,
    pub running: bool,
    /// Whether the drill still takes changes to its teams and links.
    pub open: bool,
    /// Directory teams not in the drill yet, as (id, name), for the form that adds one.
    pub other_teams: Vec<(String, String)>,
    /// The roles the scenario addresses injects to.
    pub roles: Vec<String>,
    pub improvements: Vec<ImprovementLine>,
    /// The maturity parameters the scenario's expectations serve.
    pub parameters: Vec<String>,
    /// Improvement statuses, as (form value, label).
    pub statuses: Vec<(&'static str, String)>,
    pub lessons: Vec<LessonLine>,
}

/// The steps a drill in `status` may take.
fn steps(status: DrillStatus) -> Vec<(&'static str, &'static str)> {
    match status {
        DrillStatus::Planned => vec![
            ("comms_check", "drill-step-comms-check"),
            ("start", "drill-step-start"),
        ],
        DrillStatus::CommsCheck => vec![("start", "drill-step-start")],
        DrillStatus::Running => vec![("pause", "drill-step-pause"), ("end", "drill-step-end")],
        DrillStatus::Paused => vec![("resume", "drill-step-resume"), ("end", "drill-step-end")],
        DrillStatus::Ended => vec![("report", "drill-step-report")],
        DrillStatus::Reported => Vec::new(),
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let now = cyberindex_store::now_ms();
    let view = View::of_user(&state.store, user, id).await?;
    let console = view.console()?;
    let drill = &view.drill;
    let scenario = &view.scenario;
    let lang = tr.lang;
    let directory = state.store.teams().await?;
    let names: HashMap<String, String> = directory
        .iter()
        .map(|t| (t.id.clone(), t.official_name.clone()))
        .collect();
    let name_of = |team: &str| names.get(team).cloned().unwrap_or_else(|| team.to_string());
    let comms: HashMap<String, (usize, usize, usize)> = console
        .comms_status(&state.store)
        .await?
        .into_iter()
        .filter(|c| c.check.is_some())
        .map(|c| (c.team, (c.messages, c.acknowledged, c.failed)))
        .collect();
    let drill_teams = view.teams(&state.store).await?;
    let mut teams = Vec::new();
    let mut responses = Vec::new();
    for t in &drill_teams {
        // One read of the team's verdicts gives both its score and the responses' verdicts.
        let evaluations = view.team_evaluations(&state.store, &t.team_id).await?;
        let score = cyberindex_workflow::drill::team_score(scenario, &t.team_id, &evaluations);
        teams.push(TeamLine {
            id: t.team_id.clone(),
            name: name_of(&t.team_id),
            comms: comms.get(&t.team_id).copied(),
            score: format!("{:.0}", score.total.score),
            target: format!("{:.0}", score.total.target),
            evaluated: score.total.evaluated,
        });
        let verdicts: BTreeMap<(String, i64), (String, i64)> = evaluations
            .into_iter()
            .map(|e| {
                (
                    (e.inject_id, e.expectation),
                    (
                        format!("{} ({})", tr.t(result_key(e.result)), e.score),
                        e.version,
                    ),
                )
            })
            .collect();
        for r in view.team_responses(&state.store, &t.team_id).await? {
            let expectation_name = scenario
                .inject(&r.inject_id)
                .and_then(|i| i.expectations.get(usize::try_from(r.expectation).ok()?))
                .map(|e| text_in(&e.name, lang))
                .unwrap_or_default();
            let (verdict, version) = verdicts
                .get(&(r.inject_id.clone(), r.expectation))
                .cloned()
                .unwrap_or_default();
            responses.push(ResponseLine {
                id: r.id,
                team: t.team_id.clone(),
                inject: r.inject_id,
                expectation: r.expectation,
                expectation_name,
                text: r.text.unwrap_or_default(),
                file: r.file_name.unwrap_or_default(),
                at: when(r.submitted_at),
                verdict,
                version,
            });
        }
    }
    let links = console
        .links(&state.store)
        .await?
        .into_iter()
        .map(|l| LinkLine {
            id: l.id,
            role: tr.t(role_key(l.role)),
            team: l.team_id.as_deref().map(&name_of).unwrap_or_default(),
            label: l.label,
            state: if l.revoked_at.is_some() {
                tr.t("drill-link-revoked")
            } else if let Some(used) = l.used_at {
                tr.ta("drill-link-used", &[("when", &when(used))])
            } else if l.expires_at < now {
                tr.t("drill-link-expired")
            } else {
                tr.ta("drill-link-open", &[("when", &when(l.expires_at))])
            },
            revocable: l.revoked_at.is_none(),
        })
        .collect();
    let due = console.due_injects(&state.store, now).await?;
    let stored: HashMap<String, (InjectStatus, i64)> = state
        .store
        .drill_injects(drill.id)
        .await?
        .into_iter()
        .map(|r| (r.inject_id, (r.status, r.version)))
        .collect();
    let injects = due
        .rows
        .iter()
        .filter_map(|row| {
            let inject = scenario.inject(&row.inject)?;
            let (status, version) = stored
                .get(&row.inject)
                .copied()
                .unwrap_or((InjectStatus::Pending, 0));
            let (state_text, ready) = match row.state {
                RowState::Released(at) => (
                    tr.ta("drill-inject-released-at", &[("at", &clock(at.into()))]),
                    false,
                ),
                RowState::Waiting { ready: true, .. } => (tr.t("drill-inject-ready"), true),
                _ => (tr.t(inject_status_key(status)), false),
            };
            Some(InjectLine {
                id: inject.id.clone(),
                move_number: inject.move_number,
                title: text_in(&inject.title, lang),
                channel: tr.t(channel_key(inject.channel)),
                at: clock(row.at.into()),
                minutes: i64::from(row.at) / 60,
                state: state_text,
                edited: row.edited,
                ready,
                released: status == InjectStatus::Released,
                held: status == InjectStatus::Held,
                skipped: status == InjectStatus::Skipped,
                version,
            })
        })
        .collect();
    let mut other_teams: Vec<(String, String)> = directory
        .into_iter()
        .filter(|t| !drill_teams.iter().any(|d| d.team_id == t.id))
        .map(|t| (t.id, t.official_name))
        .collect();
    other_teams.sort_by(|a, b| a.1.cmp(&b.1));
    let improvements = state
        .store
        .drill_improvements(drill.id)
        .await?
        .into_iter()
        .map(|i| ImprovementLine {
            id: i.id,
            team_name: i
                .team_id
                .as_deref()
                .map_or_else(|| tr.t("drill-link-all-teams"), &name_of),
            team: i.team_id.unwrap_or_default(),
            issue: i.issue,
            action: i.action,
            owner: i.owner,
            due_on: i.due_on.unwrap_or_default(),
            parameter: i.parameter.unwrap_or_default(),
            status: i.status.as_str(),
            status_label: tr.t(crate::maturity::roadmap_status_key(i.status)),
            version: i.version,
        })
        .collect();
    let lessons = state
        .store
        .drill_lessons(drill.id)
        .await?
        .into_iter()
        .map(|l| LessonLine {
            question: super::lessons::question_key(&l.question)
                .map_or_else(|| l.question.clone(), |k| tr.t(k)),
            answer: l.answer,
            by: match (&l.team_id, l.anonymous) {
                (Some(team), false) => name_of(team),
                _ => tr.t("drill-lesson-anonymous"),
            },
        })
        .collect();
    render(&ConsolePage {
        page: Page::new(tr, Some(user), state.config.demo, &uri, drill.title.clone()),
        id: drill.id,
        title: drill.title.clone(),
        scenario: format!(
            "{} {}",
            text_in(&scenario.title, lang),
            drill.scenario_version
        ),
        tlp: scenario.tlp.clone(),
        host: drill.host.clone(),
        status: tr.t(status_key(drill.status)),
        start: when(drill.start_at),
        time_zone: drill.time_zone.clone(),
        exercise_time: clock(due.exercise_seconds.into()),
        exercise_seconds: due.exercise_seconds,
        simulated_time: due.simulated_time.clone(),
        steps: steps(drill.status),
        teams,
        links,
        injects,
        responses,
        running: drill.status == DrillStatus::Running,
        open: !matches!(drill.status, DrillStatus::Ended | DrillStatus::Reported),
        other_teams,
        roles: super::create::scenario_roles(scenario),
        improvements,
        parameters: super::improvement_add::parameters(&view),
        statuses: cyberindex_store::RoadmapStatus::ALL
            .into_iter()
            .map(|s| (s.as_str(), tr.t(crate::maturity::roadmap_status_key(s))))
            .collect(),
        lessons,
    })
}
