//! `GET /maturity/establishment/{id}/`: one engagement: its phases as a stepper, each with its
//! deliverables (status, the secretariat's comment, approve or request changes), the form to
//! add a deliverable, the move to the next phase with what still blocks it, the linked team,
//! the planned services by FIRST service area, and the phase history.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::{DeliverableKind, DeliverableStatus, Phase};
use cyberindex_workflow::establishment::{self as e, Act};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

/// A deliverable as the page shows it.
#[derive(Debug)]
pub struct DeliverableLine {
    pub id: i64,
    pub title: String,
    pub kind: String,
    pub issued: String,
    pub status: String,
    pub submitted: bool,
    pub approved: bool,
    pub comment: String,
    /// The file's name, or the link's address.
    pub target: String,
    pub version: i64,
}

/// A phase of the stepper.
#[derive(Debug)]
pub struct StepLine {
    pub slug: &'static str,
    pub label: String,
    /// `done`, `current` or `todo`.
    pub state: &'static str,
    pub state_label: String,
    /// The phase's required deliverable, named, and whether one is approved.
    pub required: String,
    pub required_ok: bool,
    pub deliverables: Vec<DeliverableLine>,
}

#[derive(Debug)]
pub struct ServiceLine {
    pub id: &'static str,
    pub name: &'static str,
    pub checked: bool,
    pub phase: &'static str,
}

#[derive(Debug)]
pub struct AreaLine {
    pub id: &'static str,
    pub name: &'static str,
    pub services: Vec<ServiceLine>,
}

#[derive(Debug)]
pub struct HistoryLine {
    pub from: String,
    pub to: String,
    pub note: String,
    pub when: String,
    pub by: String,
}

#[derive(Debug, Template)]
#[template(path = "establishment/show.html")]
pub struct ShowPage {
    pub page: Page,
    pub id: i64,
    pub version: i64,
    pub country: String,
    pub region: String,
    pub phase: String,
    pub closed: bool,
    pub days: i64,
    pub note: String,
    pub team: String,
    pub team_name: String,
    pub steps: Vec<StepLine>,
    pub can_decide: bool,
    pub can_upload: bool,
    /// Kinds offered for a new deliverable, as (value, label).
    pub kinds: Vec<(&'static str, String)>,
    /// Phases a deliverable of kind `other` may go to, as (value, label).
    pub phases: Vec<(&'static str, String)>,
    /// The next phase, as (value, label), when the reader may move the engagement.
    pub next: Option<(&'static str, String)>,
    /// What blocks the move, in words (empty: nothing).
    pub blocked: String,
    pub can_link: bool,
    pub teams: Vec<(String, String)>,
    pub can_plan: bool,
    pub areas: Vec<AreaLine>,
    /// Planned services as (id, name, phase label), for readers who cannot change them.
    pub planned: Vec<(String, String, String)>,
    pub working: Vec<(&'static str, String)>,
    pub history: Vec<HistoryLine>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let (engagement, access) = e::read(&state.store, user, id).await?;
    let deliverables = state.store.deliverables(Some(id)).await?;
    let open = engagement.phase != Phase::Closed;
    let can_decide = open && access.may(Act::Decide);
    let steps = Phase::ALL
        .into_iter()
        .map(|phase| {
            let state = if phase < engagement.phase {
                "done"
            } else if phase == engagement.phase {
                "current"
            } else {
                "todo"
            };
            let required = DeliverableKind::required_for(phase);
            StepLine {
                slug: phase.as_str(),
                label: tr.t(super::phase_key(phase)),
                state,
                state_label: tr.t(match state {
                    "done" => "establishment-step-done",
                    "current" => "establishment-step-current",
                    _ => "establishment-step-todo",
                }),
                required: required.map_or_else(String::new, |k| tr.t(super::kind_key(k))),
                required_ok: required.is_none_or(|k| {
                    deliverables
                        .iter()
                        .any(|d| d.kind == k && d.status == DeliverableStatus::Approved)
                }),
                deliverables: deliverables
                    .iter()
                    .filter(|d| d.phase == phase)
                    .map(|d| DeliverableLine {
                        id: d.id,
                        title: d.title.clone(),
                        kind: tr.t(super::kind_key(d.kind)),
                        issued: d.issued_on.clone(),
                        status: tr.t(super::status_key(d.status)),
                        submitted: d.status == DeliverableStatus::Submitted,
                        approved: d.status == DeliverableStatus::Approved,
                        comment: d.comment.clone(),
                        target: d
                            .file_name
                            .clone()
                            .or_else(|| d.url.clone())
                            .unwrap_or_default(),
                        version: d.version,
                    })
                    .collect(),
            }
        })
        .collect();
    let next = engagement
        .phase
        .next()
        .filter(|_| access.may(Act::Move))
        .map(|p| (p.as_str(), tr.t(super::phase_key(p))));
    let blocked = match next {
        Some(_) => match e::check_move(
            engagement.phase,
            engagement.phase.next().unwrap_or(Phase::Closed),
            &deliverables,
        ) {
            Err(e::EstablishmentError::DeliverableMissing { phase, kind }) => tr.ta(
                "establishment-blocked",
                &[
                    ("phase", &tr.t(super::phase_key(phase))),
                    ("deliverable", &tr.t(super::kind_key(kind))),
                ],
            ),
            _ => String::new(),
        },
        None => String::new(),
    };
    let reached: Vec<(&'static str, String)> = Phase::WORKING
        .into_iter()
        .filter(|p| *p <= engagement.phase)
        .map(|p| (p.as_str(), tr.t(super::phase_key(p))))
        .collect();
    let kinds = DeliverableKind::ALL
        .into_iter()
        .filter(|k| k.phase().is_none_or(|p| p <= engagement.phase))
        .map(|k| (k.as_str(), tr.t(super::kind_key(k))))
        .collect();
    let can_link = open && access.may(Act::LinkTeam);
    let all_teams = state.store.teams().await?;
    let team_name = engagement
        .team_id
        .as_deref()
        .and_then(|t| all_teams.iter().find(|r| r.id == t))
        .map(|r| r.official_name.clone())
        .unwrap_or_default();
    let teams = if can_link {
        all_teams
            .iter()
            .filter(|t| t.country == engagement.country)
            .map(|t| (t.id.clone(), format!("{} ({})", t.official_name, t.id)))
            .collect()
    } else {
        Vec::new()
    };
    let planned_rows = state.store.planned_services(id).await?;
    let planned_phase = |s: &str| planned_rows.iter().find(|p| p.service_id == s);
    let areas = e::SERVICES
        .iter()
        .filter(|(id, _)| !id.contains('.'))
        .map(|&(area, name)| AreaLine {
            id: area,
            name,
            services: e::SERVICES
                .iter()
                .filter(|(s, _)| s.split_once('.').is_some_and(|(a, _)| a == area))
                .map(|&(s, n)| ServiceLine {
                    id: s,
                    name: n,
                    checked: planned_phase(s).is_some(),
                    phase: planned_phase(s).map_or("design", |p| p.phase.as_str()),
                })
                .collect(),
        })
        .collect();
    let planned = planned_rows
        .iter()
        .map(|p| {
            let name = e::SERVICES
                .iter()
                .find(|(s, _)| *s == p.service_id)
                .map_or("", |&(_, n)| n);
            (
                p.service_id.clone(),
                name.to_string(),
                tr.t(super::phase_key(p.phase)),
            )
        })
        .collect();
    let users = state.store.users().await?;
    let name_of = |by: Option<i64>| {
        by.and_then(|b| users.iter().find(|u| u.id == b))
            .map(|u| u.name.clone())
            .unwrap_or_default()
    };
    let phase_label =
        |p: &str| Phase::parse(p).map_or_else(String::new, |p| tr.t(super::phase_key(p)));
    let history = state
        .store
        .phase_changes(id)
        .await?
        .into_iter()
        .map(|c| HistoryLine {
            from: phase_label(&c.from_phase),
            to: phase_label(&c.to_phase),
            note: c.note,
            when: when(c.changed_at),
            by: name_of(c.changed_by),
        })
        .collect();
    let country_name = cyberindex_answers::countries::name_of(&engagement.country, tr.lang);
    let region = cyberindex_answers::countries::by_alpha3(&engagement.country)
        .map(|c| crate::directory::region_label(tr, &c.itu_region))
        .unwrap_or_default();
    render(&ShowPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.ta("establishment-heading", &[("country", &country_name)]),
        ),
        id,
        version: engagement.version,
        country: engagement.country.clone(),
        region,
        phase: tr.t(super::phase_key(engagement.phase)),
        closed: !open,
        days: super::days_since(engagement.phase_since),
        note: engagement.note.clone(),
        team: engagement.team_id.clone().unwrap_or_default(),
        team_name,
        steps,
        can_decide,
        can_upload: open && access.may(Act::Upload),
        kinds,
        phases: reached,
        next,
        blocked,
        can_link,
        teams,
        can_plan: open && access.may(Act::Services),
        areas,
        planned,
        working: Phase::WORKING
            .into_iter()
            .map(|p| (p.as_str(), tr.t(super::phase_key(p))))
            .collect(),
        history,
    })
}
