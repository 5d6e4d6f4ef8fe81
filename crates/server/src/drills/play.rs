//! `GET /drills/play/`: the participant's seat. A player sees only its own team: the injects
//! released to it, the news feed apart, each inject's expectations with the team's responses
//! and a form to respond while the drill runs, and its score beside the target. An evaluator
//! link sees the teams it scores, with a verdict form per response; an observer link sees the
//! same without forms. Everything comes through the drill's view, which never hands out
//! another team's injects, responses or scores.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_drill::Channel;
use cyberindex_store::DrillStatus;
use cyberindex_workflow::drill::{Access, Act, View};

use super::{Seat, channel_key, clock, result_key, status_key, text_in};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{FormError, Page, render, when};

/// A response as its team and evaluators see it.
#[derive(Debug)]
pub struct ResponseView {
    pub id: i64,
    pub text: String,
    pub file: String,
    pub at: String,
}

/// One expectation of an inject, for one team.
#[derive(Debug)]
pub struct ExpectationView {
    pub index: usize,
    pub name: String,
    pub responses: Vec<ResponseView>,
    /// The verdict in words, if any, with its comment.
    pub verdict: String,
    pub comment: String,
    pub version: i64,
}

/// An inject as a team received it.
#[derive(Debug)]
pub struct InjectView {
    pub id: String,
    pub title: String,
    pub body: String,
    pub from: String,
    pub channel: String,
    pub news: bool,
    pub simulated_time: String,
    pub released: String,
    pub expectations: Vec<ExpectationView>,
}

/// One team's part of the drill.
#[derive(Debug)]
pub struct TeamView {
    pub id: String,
    pub name: String,
    pub injects: Vec<InjectView>,
    /// How many of them are news articles.
    pub news: usize,
    pub score: String,
    pub target: String,
}

#[derive(Debug, Template)]
#[template(path = "drills/play.html")]
pub struct PlayPage {
    pub page: Page,
    pub title: String,
    pub status: String,
    pub exercise_time: String,
    pub exercise_seconds: u32,
    /// Whether the clock runs.
    pub running: bool,
    pub fictional: bool,
    pub teams: Vec<TeamView>,
    /// Players of a running drill may respond.
    pub respond: bool,
    /// Evaluator links may record verdicts.
    pub evaluate: bool,
    pub role: String,
    /// A player's own copy of the after-action report, once the drill is over.
    pub report: bool,
    /// The lessons questionnaire: its questions as (field, label), once the drill has started.
    pub lessons: Vec<(&'static str, String)>,
    /// Whether answers were just sent.
    pub lessons_sent: bool,
    /// A response just refused, shown again beside its form with what was typed.
    pub failed: Option<Failed>,
}

/// A refused response: where it was typed, what, and why it was refused.
#[derive(Debug)]
pub struct Failed {
    pub inject: String,
    pub expectation: usize,
    pub text: String,
    pub error: FormError,
}

impl PlayPage {
    /// The refusal of a response typed in expectation `index` of `inject`, if that is where.
    pub fn failed_at(&self, inject: &str, index: &usize) -> Option<&Failed> {
        self.failed
            .as_ref()
            .filter(|f| f.inject == inject && f.expectation == *index)
    }

    /// The id of the element the refusal is about, for the summary's link.
    pub fn failed_target(&self) -> String {
        self.failed.as_ref().map_or_else(String::new, |f| {
            let part = if f.error.on("file") { "file" } else { "text" };
            format!("{part}-{}-{}", f.inject, f.expectation)
        })
    }
}

#[derive(Debug, serde::Deserialize)]
pub struct PlayQuery {
    #[serde(default)]
    pub lessons: String,
}

/// Team `team`'s part as `view` may see it.
pub async fn team_view(
    state: &AppState,
    view: &View,
    team: &str,
    name: String,
    lang: &str,
    tr: Tr,
) -> AppResult<TeamView> {
    let store = &state.store;
    let mut responses: BTreeMap<(String, i64), Vec<ResponseView>> = BTreeMap::new();
    for r in view.team_responses(store, team).await? {
        responses
            .entry((r.inject_id, r.expectation))
            .or_default()
            .push(ResponseView {
                id: r.id,
                text: r.text.unwrap_or_default(),
                file: r.file_name.unwrap_or_default(),
                at: when(r.submitted_at),
            });
    }
    let evaluations = view.team_evaluations(store, team).await?;
    let score = cyberindex_workflow::drill::team_score(&view.scenario, team, &evaluations);
    let verdicts: BTreeMap<(String, i64), _> = evaluations
        .into_iter()
        .map(|e| ((e.inject_id.clone(), e.expectation), e))
        .collect();
    let mut injects = Vec::new();
    for i in view.team_injects(store, team).await?.into_iter().rev() {
        let Some(inject) = view.scenario.inject(&i.id) else {
            continue;
        };
        let expectations = inject
            .expectations
            .iter()
            .enumerate()
            .map(|(k, e)| {
                let key = (i.id.clone(), k as i64);
                let verdict = verdicts.get(&key);
                ExpectationView {
                    index: k,
                    name: text_in(&e.name, lang),
                    responses: responses.remove(&key).unwrap_or_default(),
                    verdict: verdict
                        .map(|v| format!("{} ({})", tr.t(result_key(v.result)), v.score))
                        .unwrap_or_default(),
                    comment: verdict.map(|v| v.comment.clone()).unwrap_or_default(),
                    version: verdict.map_or(0, |v| v.version),
                }
            })
            .collect();
        injects.push(InjectView {
            title: text_in(&i.title, lang),
            body: text_in(&i.body, lang),
            from: i.from.clone(),
            channel: tr.t(channel_key(i.channel)),
            news: i.channel == Channel::News,
            simulated_time: i.simulated_time.clone(),
            released: clock(i.released_offset),
            expectations,
            id: i.id,
        });
    }
    Ok(TeamView {
        id: team.to_string(),
        name,
        news: injects.iter().filter(|i| i.news).count(),
        injects,
        score: format!("{:.0}", score.total.score),
        target: format!("{:.0}", score.total.target),
    })
}

pub async fn show(
    State(state): State<AppState>,
    Seat(view): Seat,
    tr: Tr,
    uri: Uri,
    axum::extract::Query(query): axum::extract::Query<PlayQuery>,
) -> AppResult<Response> {
    page(&state, &view, tr, &uri, query.lessons == "sent", None).await
}

/// The seat's page; with `failed`, a refused response shown again (with the refusal's status).
pub async fn page(
    state: &AppState,
    view: &View,
    tr: Tr,
    uri: &Uri,
    lessons_sent: bool,
    failed: Option<(axum::http::StatusCode, Failed)>,
) -> AppResult<Response> {
    let names: BTreeMap<String, String> = state
        .store
        .teams()
        .await?
        .into_iter()
        .map(|t| (t.id, t.official_name))
        .collect();
    let mut teams = Vec::new();
    for t in view.teams(&state.store).await? {
        let name = names.get(&t.team_id).cloned().unwrap_or(t.team_id.clone());
        teams.push(team_view(state, view, &t.team_id, name, tr.lang, tr).await?);
    }
    let seconds =
        cyberindex_workflow::drill::exercise_seconds(&view.drill, cyberindex_store::now_ms());
    let role = match &view.access {
        Access::Player { .. } => "drill-role-player",
        Access::Evaluator { .. } => "drill-role-evaluator",
        _ => "drill-role-observer",
    };
    let (status, failed) = match failed {
        Some((status, f)) => (Some(status), Some(f)),
        None => (None, None),
    };
    let mut response = render(&PlayPage {
        page: Page::new(tr, None, state.config.demo, uri, view.drill.title.clone()),
        title: view.drill.title.clone(),
        status: tr.t(status_key(view.drill.status)),
        exercise_time: clock(seconds.into()),
        exercise_seconds: seconds,
        running: view.drill.status == DrillStatus::Running,
        fictional: view.scenario.fictional,
        respond: view.access.may(Act::Respond) && view.drill.status == DrillStatus::Running,
        evaluate: matches!(view.access, Access::Evaluator { .. }),
        role: tr.t(role),
        report: matches!(view.access, Access::Player { .. })
            && cyberindex_workflow::drill::is_over(&view.drill),
        lessons: if view.access.may(Act::Lessons)
            && !matches!(
                view.drill.status,
                DrillStatus::Planned | DrillStatus::CommsCheck
            ) {
            cyberindex_workflow::drill::LESSON_QUESTIONS
                .into_iter()
                .filter_map(|q| Some((q, tr.t(super::lessons::question_key(q)?))))
                .collect()
        } else {
            Vec::new()
        },
        lessons_sent,
        failed,
        teams,
    })?;
    if let Some(status) = status {
        *response.status_mut() = status;
    }
    Ok(response)
}
