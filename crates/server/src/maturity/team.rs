//! `GET /maturity/teams/{team}/`: a team's maturity over time: every assessment with the tier
//! each profile gives it, a radar of the four groups (the mean level of each, latest assessment
//! against the one before), what changed in each parameter between those two, and what the
//! team agrees to publish. For the team's staff and the secretariat.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_engine::Framework;
use cyberindex_store::{Assessment, Level, ParameterAnswer};
use cyberindex_workflow::maturity::{self as m, Access, Act};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug)]
pub struct AssessmentLine {
    pub id: i64,
    pub started: String,
    pub signed_off: String,
    pub kind: String,
    pub status: String,
    pub round: i64,
    /// The tier of each profile, in the order of `profiles`.
    pub tiers: Vec<String>,
}

#[derive(Debug)]
pub struct GroupLine {
    pub id: String,
    pub label: String,
    pub latest: String,
    pub previous: String,
}

#[derive(Debug)]
pub struct ChangeLine {
    pub parameter: String,
    pub name: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug, Template)]
#[template(path = "maturity/team.html")]
pub struct TeamPage {
    pub page: Page,
    pub team: String,
    pub team_name: String,
    /// Profile labels, the columns of the timeline.
    pub profiles: Vec<String>,
    pub lines: Vec<AssessmentLine>,
    pub radar: String,
    pub groups: Vec<GroupLine>,
    pub latest: i64,
    pub previous: i64,
    pub changes: Vec<ChangeLine>,
    /// The team's choice: `yes`, `no`, or empty when it has not chosen.
    pub show_tier: &'static str,
    /// Whether the reader may change it.
    pub can_publish: bool,
    /// Whether the programme publishes tiers at all.
    pub programme_publishes: bool,
    /// What the public site shows now, in words (empty: nothing).
    pub published: String,
}

/// Each parameter's effective level (validated, else the team's).
fn levels(answers: &[ParameterAnswer]) -> BTreeMap<String, Level> {
    answers
        .iter()
        .filter_map(|a| m::effective_level(a).map(|l| (a.parameter.clone(), l)))
        .collect()
}

/// The mean level (0–4) of each group's rated parameters, n/a left out.
fn group_means(framework: &Framework, levels: &BTreeMap<String, Level>) -> Vec<Option<f64>> {
    framework
        .pillars()
        .map(|(g, _)| {
            let values: Vec<f64> = framework
                .questions
                .iter()
                .filter(|q| framework.pillar_of(q.parent) == g)
                .filter_map(|q| levels.get(&q.id).and_then(|l| l.number()))
                .map(f64::from)
                .collect();
            (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
        })
        .collect()
}

fn mean_text(x: Option<f64>) -> String {
    x.map_or_else(|| "–".into(), |v| format!("{v:.1}"))
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(team): Path<String>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let access = Access::of_team(user, &team, None);
    access
        .require(Act::Read)
        .map_err(crate::error::AppError::from)?;
    let show_tier = match state.store.maturity_publication(&team).await? {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    let programme_publishes = state.config.maturity.publish == crate::config::MaturityPublish::Tier;
    let published = if programme_publishes {
        super::public_tier(&state, tr, &team)
            .await?
            .unwrap_or_default()
    } else {
        String::new()
    };
    let row = state.store.team(&team).await?;
    let mut assessments: Vec<Assessment> = state.store.assessments(Some(&team)).await?;
    assessments.sort_by_key(|a| a.id);
    let mut profiles: Vec<(String, String)> = Vec::new();
    let mut lines = Vec::new();
    // (assessment, framework, levels) of those with any level, oldest first.
    let mut rated: Vec<(i64, std::sync::Arc<Framework>, BTreeMap<String, Level>)> = Vec::new();
    for a in &assessments {
        let framework = m::framework(&state.store, a).await?;
        for p in &framework.profiles {
            if !profiles.iter().any(|(id, _)| id == &p.id) {
                profiles.push((p.id.clone(), tr.pick(&p.label).to_string()));
            }
        }
        let results = m::results(&state.store, a).await?;
        let tiers = profiles
            .iter()
            .map(|(pid, _)| {
                let profile = framework.profiles.iter().find(|p| &p.id == pid);
                let result = results.iter().find(|r| &r.profile == pid);
                match (profile, result) {
                    (Some(p), Some(r)) => r
                        .level
                        .as_ref()
                        .and_then(|l| p.levels.iter().find(|x| &x.id == l))
                        .map_or_else(
                            || tr.t("maturity-tier-none"),
                            |l| tr.pick(&l.label).to_string(),
                        ),
                    _ => "–".into(),
                }
            })
            .collect();
        lines.push(AssessmentLine {
            id: a.id,
            started: crate::present::iso(a.created_at)
                .get(..10)
                .unwrap_or_default()
                .to_string(),
            signed_off: a
                .signed_off_at
                .map(|t| {
                    crate::present::iso(t)
                        .get(..10)
                        .unwrap_or_default()
                        .to_string()
                })
                .unwrap_or_default(),
            kind: tr.t(super::kind_key(a.kind)),
            status: tr.t(super::status_key(a.status)),
            round: a.round,
            tiers,
        });
        let levels = levels(&state.store.parameter_answers(a.id).await?);
        if !levels.is_empty() {
            rated.push((a.id, framework, levels));
        }
    }
    // Tiers of profiles added by a later framework stay "–" on earlier lines.
    for line in &mut lines {
        line.tiers.resize(profiles.len(), "–".into());
    }

    let mut radar = String::new();
    let mut groups = Vec::new();
    let mut changes = Vec::new();
    let (mut latest, mut previous) = (0, 0);
    if let Some((id, framework, now)) = rated.last() {
        latest = *id;
        let before = rated.len().checked_sub(2).and_then(|i| rated.get(i));
        let means_now = group_means(framework, now);
        let means_before = before
            .map(|(_, _, l)| group_means(framework, l))
            .unwrap_or_default();
        let axes: Vec<String> = framework
            .pillars()
            .map(|(_, p)| tr.pick(&p.label).to_string())
            .collect();
        let share = |x: &Option<f64>| x.map(|v| v / 4.0);
        let mut series = vec![cyberindex_publish::svg::Series {
            name: tr.ta("maturity-assessment-n", &[("id", &id.to_string())]),
            shares: means_now.iter().map(share).collect(),
        }];
        if let Some((pid, _, _)) = before {
            previous = *pid;
            series.push(cyberindex_publish::svg::Series {
                name: tr.ta("maturity-assessment-n", &[("id", &pid.to_string())]),
                shares: means_before.iter().map(share).collect(),
            });
        }
        radar = cyberindex_publish::svg::radar(
            &tr.ta("maturity-radar-title", &[("team", &row.official_name)]),
            &axes,
            &series,
        );
        groups = framework
            .pillars()
            .enumerate()
            .map(|(k, (_, p))| GroupLine {
                id: p.id.clone(),
                label: tr.pick(&p.label).to_string(),
                latest: mean_text(means_now.get(k).copied().flatten()),
                previous: mean_text(means_before.get(k).copied().flatten()),
            })
            .collect();
        if let Some((_, _, then)) = before {
            for q in &framework.questions {
                let (b, a) = (then.get(&q.id).copied(), now.get(&q.id).copied());
                if a != b {
                    changes.push(ChangeLine {
                        parameter: q.id.clone(),
                        name: tr.pick(&q.label).to_string(),
                        before: super::level_text(tr, b),
                        after: super::level_text(tr, a),
                    });
                }
            }
        }
    }
    render(&TeamPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.ta("maturity-team-title", &[("team", &row.official_name)]),
        ),
        team,
        team_name: row.official_name,
        profiles: profiles.into_iter().map(|(_, l)| l).collect(),
        lines,
        radar,
        groups,
        latest,
        previous,
        changes,
        show_tier,
        can_publish: access.may(Act::Publish),
        programme_publishes,
        published,
    })
}
