//! `GET /maturity/{id}/rounds?from=R&to=S`: what changed in each parameter between two rounds
//! of an assessment (the snapshot taken at each round's last step), or between a round and the
//! levels saved now (`to=now`, the default, from the latest round).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::SnapshotEntry;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Deserialize)]
pub struct Rounds {
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug)]
pub struct ChangeView {
    pub parameter: String,
    pub name: String,
    pub before_self: String,
    pub after_self: String,
    pub before_validated: String,
    pub after_validated: String,
    pub before_text: String,
    pub after_text: String,
}

#[derive(Debug, Template)]
#[template(path = "maturity/diff.html")]
pub struct DiffPage {
    pub page: Page,
    pub id: i64,
    pub team_name: String,
    pub rounds: Vec<i64>,
    pub from: String,
    pub to: String,
    pub changes: Vec<ChangeView>,
}

/// A round from the address: a number among `rounds`, or `now`.
fn round_of(field: &str, value: &str, rounds: &[i64]) -> AppResult<Option<i64>> {
    if value == "now" {
        return Ok(None);
    }
    match value.parse::<i64>() {
        Ok(r) if rounds.contains(&r) => Ok(Some(r)),
        _ => Err(AppError::bad(
            field,
            crate::msg!("maturity-error-round", value = value),
        )),
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
    Query(q): Query<Rounds>,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let (assessment, _) = m::read(&state.store, &signed.0.user, id).await?;
    let framework = m::framework(&state.store, &assessment).await?;
    let snapshots = state.store.assessment_snapshots(id).await?;
    let mut rounds: Vec<i64> = snapshots.iter().map(|s| s.round).collect();
    rounds.dedup();
    let from_text = q
        .from
        .clone()
        .or_else(|| rounds.last().map(i64::to_string))
        .unwrap_or_else(|| "now".into());
    let to_text = q.to.clone().unwrap_or_else(|| "now".into());
    let now: BTreeMap<String, SnapshotEntry> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| {
            (
                a.parameter,
                SnapshotEntry {
                    self_level: a.self_level,
                    note: a.note,
                    validated_level: a.validated_level,
                    comment: a.comment,
                },
            )
        })
        .collect();
    let side = |r: Option<i64>| -> &BTreeMap<String, SnapshotEntry> {
        r.and_then(|r| m::round_snapshot(&snapshots, r))
            .map_or(&now, |s| &s.parameters)
    };
    let from = round_of("from", &from_text, &rounds)?;
    let to = round_of("to", &to_text, &rounds)?;
    let changes = m::diff(side(from), side(to))
        .into_iter()
        .map(|c| {
            let lv = |e: &Option<SnapshotEntry>, validated: bool| {
                super::level_text(
                    tr,
                    e.as_ref().and_then(|e| {
                        if validated {
                            e.validated_level
                        } else {
                            e.self_level
                        }
                    }),
                )
            };
            let text = |e: &Option<SnapshotEntry>| {
                e.as_ref()
                    .map(|e| {
                        [e.note.as_str(), e.comment.as_str()]
                            .into_iter()
                            .filter(|t| !t.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ")
                    })
                    .unwrap_or_default()
            };
            ChangeView {
                name: super::parameter_name(tr, &framework, &c.parameter),
                before_self: lv(&c.before, false),
                after_self: lv(&c.after, false),
                before_validated: lv(&c.before, true),
                after_validated: lv(&c.after, true),
                before_text: text(&c.before),
                after_text: text(&c.after),
                parameter: c.parameter,
            }
        })
        .collect();
    let team = state.store.team(&assessment.team_id).await?;
    render(&DiffPage {
        page: Page::new(
            tr,
            Some(&signed.0.user),
            state.config.demo,
            &uri,
            tr.t("maturity-diff-title"),
        ),
        id,
        team_name: team.official_name,
        rounds,
        from: from_text,
        to: to_text,
        changes,
    })
}
