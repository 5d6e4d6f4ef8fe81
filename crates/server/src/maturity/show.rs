//! `GET /maturity/{id}/`: one assessment. At the top, each profile's tier and the blockers of
//! the next one (from the validated level where there is one, else the team's); then the
//! parameters by group, each with its guidance, the team's level and note, the reviewer's
//! level and comment side by side, and its evidence, flagged when past its expiry. What the
//! reader may change is a form; the rest is text.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::{AssessmentStatus, MaturityEvidenceKind, Role};
use cyberindex_workflow::maturity::{Access, Act, next};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::{Bidi, Tr};
use crate::state::AppState;
use crate::web::{Page, render, when};

/// A profile's result, in words.
#[derive(Debug)]
pub struct ProfileView {
    pub id: String,
    pub label: Bidi,
    /// The tier reached, or "none yet".
    pub reached: String,
    /// The next tier, empty at the top.
    pub next: String,
    pub blockers: Vec<BlockerView>,
}

#[derive(Debug)]
pub struct BlockerView {
    pub parameter: String,
    pub name: String,
    pub value: String,
    pub required: String,
}

#[derive(Debug)]
pub struct EvidenceView {
    pub id: i64,
    pub title: String,
    /// Where it leads: the link, the check page, or empty.
    pub href: String,
    pub kind: String,
    pub issued: String,
    pub expires: String,
    pub expired: bool,
}

/// One parameter with both levels.
#[derive(Debug)]
pub struct ParameterView {
    pub id: String,
    pub name: Bidi,
    pub guidance: Bidi,
    pub evidence_hint: Bidi,
    /// (option id, label).
    pub options: Vec<(String, String)>,
    pub self_level: String,
    pub self_text: String,
    pub note: String,
    pub validated_level: String,
    pub validated_text: String,
    pub comment: String,
    pub version: i64,
    pub evidence: Vec<EvidenceView>,
    pub expired: bool,
    /// Whether the validated level differs from the team's.
    pub differs: bool,
}

#[derive(Debug)]
pub struct GroupView {
    pub id: String,
    pub label: Bidi,
    pub parameters: Vec<ParameterView>,
}

#[derive(Debug, Template)]
#[template(path = "maturity/show.html")]
pub struct ShowPage {
    pub page: Page,
    pub id: i64,
    pub team: String,
    pub team_name: String,
    pub framework: String,
    pub kind: String,
    pub status: String,
    pub round: i64,
    pub version: i64,
    pub reviewer: String,
    pub profiles: Vec<ProfileView>,
    pub groups: Vec<GroupView>,
    pub answered: usize,
    pub total: usize,
    pub expired_count: usize,
    pub can_self: bool,
    pub can_validate: bool,
    pub can_evidence: bool,
    pub can_roadmap: bool,
    /// (step value, button label) the reader may take now.
    pub steps: Vec<(&'static str, String)>,
    /// For the secretariat: who may be the reviewer, as (id, label), and the current one.
    pub reviewers: Vec<(i64, String)>,
    pub reviewer_id: i64,
    pub can_assign: bool,
    /// Reachability messages to the team that can back a parameter, as (id, label).
    pub pings: Vec<(i64, String)>,
    /// The team's reachability checks offered under the parameters they can back.
    pub reach: BTreeMap<String, Vec<super::reach_offers::Offer>>,
    /// Drill results offered as evidence, per parameter (with the team's consent).
    pub drills: BTreeMap<String, Vec<super::drill_offers::Offer>>,
    /// The rounds with a snapshot, for the diff links.
    pub rounds: Vec<i64>,
    pub today: String,
    /// For the secretariat, once signed off: the open index editions of the team's country this
    /// assessment can pre-fill, as (edition id, name), and the country.
    pub prefill: Vec<(String, String)>,
    pub country: String,
    /// How many parameters the last save changed (`?saved=N`), to say so.
    pub saved: Option<usize>,
    /// The largest evidence file, in MB, for the upload's hint.
    pub upload_limit: String,
}

#[derive(Debug, serde::Deserialize)]
pub struct Shown {
    #[serde(default, deserialize_with = "crate::web::lenient_count")]
    pub saved: Option<usize>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
    Query(shown): Query<Shown>,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let user = &signed.0.user;
    let (assessment, access) = m::read(&state.store, user, id).await?;
    let framework = m::framework(&state.store, &assessment).await?;
    let answers: BTreeMap<String, cyberindex_store::ParameterAnswer> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| (a.parameter.clone(), a))
        .collect();
    let today = super::today();
    let evidence = state.store.maturity_evidence(id, false).await?;
    let expired = m::expired(&evidence, &today);
    let results = m::results(&state.store, &assessment).await?;
    let team = state.store.team(&assessment.team_id).await?;

    let profiles = results
        .iter()
        .filter_map(|r| {
            let profile = framework.profiles.iter().find(|p| p.id == r.profile)?;
            let level_label = |lid: &Option<String>| {
                lid.as_ref()
                    .and_then(|l| profile.levels.iter().find(|x| &x.id == l))
                    .map(|l| tr.pick(&l.label).to_string())
            };
            Some(ProfileView {
                id: profile.id.clone(),
                label: tr.bidi(&profile.label),
                reached: level_label(&r.level).unwrap_or_else(|| tr.t("maturity-tier-none")),
                next: level_label(&r.next).unwrap_or_default(),
                blockers: r
                    .blockers
                    .iter()
                    .map(|b| BlockerView {
                        parameter: b.parameter.clone(),
                        name: super::parameter_name(tr, &framework, &b.parameter),
                        value: super::value_text(tr, b.value),
                        required: cyberindex_workflow::maturity::level_text(
                            cyberindex_engine::ParameterValue::Value(b.required),
                        ),
                    })
                    .collect(),
            })
        })
        .collect();

    // Groups are the framework's pillars (O, H, T, P), keyed by node index.
    let mut groups: Vec<(usize, GroupView)> = framework
        .pillars()
        .map(|(i, p)| {
            (
                i,
                GroupView {
                    id: p.id.clone(),
                    label: tr.bidi(&p.label),
                    parameters: Vec::new(),
                },
            )
        })
        .collect();
    let mut answered = 0;
    for q in &framework.questions {
        let pillar = framework.pillar_of(q.parent);
        let a = answers.get(&q.id);
        let self_level = a.and_then(|a| a.self_level);
        let validated = a.and_then(|a| a.validated_level);
        if self_level.is_some() {
            answered += 1;
        }
        let items: Vec<EvidenceView> = evidence
            .iter()
            .filter(|e| e.parameter == q.id)
            .map(|e| EvidenceView {
                id: e.id,
                title: e.title.clone(),
                href: match e.kind {
                    MaturityEvidenceKind::Url => e.url.clone().unwrap_or_default(),
                    MaturityEvidenceKind::Check => String::new(),
                    MaturityEvidenceKind::File => format!("/maturity/{id}/evidence/{}/file", e.id),
                },
                kind: tr.t(match e.kind {
                    MaturityEvidenceKind::Url => "maturity-evidence-url",
                    MaturityEvidenceKind::File => "maturity-evidence-file",
                    MaturityEvidenceKind::Check => "maturity-evidence-check",
                }),
                issued: e.issued_on.clone(),
                expires: e.expires_on.clone().unwrap_or_default(),
                expired: expired.get(&q.id).is_some_and(|ids| ids.contains(&e.id)),
            })
            .collect();
        let view = ParameterView {
            id: q.id.clone(),
            name: tr.bidi(&q.label),
            guidance: tr.bidi(&q.guidance),
            evidence_hint: tr.bidi(&q.evidence),
            options: q
                .options
                .iter()
                .map(|o| (o.id.clone(), tr.pick(&o.label).to_string()))
                .collect(),
            self_level: self_level
                .map(|l| l.as_str().to_string())
                .unwrap_or_default(),
            self_text: option_label(tr, q, self_level),
            note: a.map(|a| a.note.clone()).unwrap_or_default(),
            validated_level: validated
                .map(|l| l.as_str().to_string())
                .unwrap_or_default(),
            validated_text: option_label(tr, q, validated),
            comment: a.map(|a| a.comment.clone()).unwrap_or_default(),
            version: a.map_or(0, |a| a.version),
            expired: expired.contains_key(&q.id),
            evidence: items,
            differs: validated.is_some() && validated != self_level,
        };
        if let Some((_, g)) = groups.iter_mut().find(|(i, _)| *i == pillar) {
            g.parameters.push(view);
        }
    }
    let groups: Vec<GroupView> = groups.into_iter().map(|(_, g)| g).collect();
    let total = framework.questions.len();

    let status = assessment.status;
    let steps = [
        (
            "submit",
            cyberindex_store::Step::Submit,
            "maturity-do-submit",
        ),
        (
            "return",
            cyberindex_store::Step::Return,
            "maturity-do-return",
        ),
        (
            "validate",
            cyberindex_store::Step::Validate,
            "maturity-do-validate",
        ),
        (
            "sign_off",
            cyberindex_store::Step::SignOff,
            "maturity-do-sign-off",
        ),
    ]
    .into_iter()
    .filter(|(_, s, _)| access.may(Act::Step(*s)) && next(status, *s).is_some())
    .map(|(v, _, key)| (v, tr.t(key)))
    .collect();

    let can_assign = access.may(Act::AssignReviewer)
        && matches!(
            status,
            AssessmentStatus::SelfAssessment | AssessmentStatus::PeerReview
        );
    let mut reviewer = String::new();
    let mut reviewers = Vec::new();
    if can_assign || assessment.reviewer_id.is_some() {
        let users = state.store.users().await?;
        if let Some(r) = assessment.reviewer_id {
            reviewer = users
                .iter()
                .find(|u| u.id == r)
                .map(display_name)
                .unwrap_or_default();
        }
        if can_assign {
            reviewers = users
                .iter()
                .filter(|u| m::check_reviewer(u, &assessment.team_id).is_ok())
                .map(|u| {
                    let role = match (u.role, &u.team) {
                        (Role::TeamStaff, Some(t)) => t.clone(),
                        (r, _) => tr.t(crate::web::role_key(r)),
                    };
                    (u.id, format!("{} ({role})", display_name(u)))
                })
                .collect();
        }
    }
    let can_evidence = access.may(Act::Evidence)
        && !matches!(
            status,
            AssessmentStatus::Validated | AssessmentStatus::SignedOff
        );
    let pings = if can_evidence {
        state
            .store
            .pings(None, Some(&assessment.team_id))
            .await?
            .into_iter()
            // The store gives the latest first: offer the 20 latest.
            .take(20)
            .map(|p| {
                let outcome = if p.acked_at.is_some() {
                    tr.t("maturity-ping-acked")
                } else {
                    tr.t("maturity-ping-not-acked")
                };
                (
                    p.id,
                    format!("{} · {} · {outcome}", when(p.sent_at), p.address),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    let reach = if can_evidence {
        let pings = state.store.pings(None, Some(&assessment.team_id)).await?;
        super::reach_offers::offers(tr, &assessment.framework_id, &pings, &evidence)
    } else {
        BTreeMap::new()
    };
    let drills = if can_evidence {
        super::drill_offers::offers(
            &state,
            tr,
            &assessment.framework_id,
            &assessment.team_id,
            &evidence,
        )
        .await?
    } else {
        BTreeMap::new()
    };
    let mut rounds: Vec<i64> = state
        .store
        .assessment_snapshots(id)
        .await?
        .iter()
        .map(|s| s.round)
        .collect();
    rounds.dedup();
    let expired_count = expired.len();
    let mut prefill = Vec::new();
    if access == Access::Secretariat && status == AssessmentStatus::SignedOff {
        for e in state.store.editions().await? {
            if e.archived_at.is_none() && e.countries.contains(&team.country) {
                prefill.push((e.id.clone(), e.name_in(tr.lang).to_string()));
            }
        }
    }
    render(&ShowPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.ta(
                "maturity-assessment-title",
                &[("team", &team.official_name)],
            ),
        ),
        id,
        team: assessment.team_id.clone(),
        team_name: team.official_name.clone(),
        framework: format!(
            "{} {}",
            assessment.framework_id, assessment.framework_version
        ),
        kind: tr.t(super::kind_key(assessment.kind)),
        status: tr.t(super::status_key(status)),
        round: assessment.round,
        version: assessment.version,
        reviewer,
        profiles,
        groups,
        answered,
        total,
        expired_count,
        can_self: access.may(Act::SelfAssess) && status == AssessmentStatus::SelfAssessment,
        can_validate: access.may(Act::ValidateLevels) && status == AssessmentStatus::PeerReview,
        can_evidence,
        can_roadmap: access.may(Act::Roadmap) && access != Access::Reviewer,
        steps,
        reviewers,
        reviewer_id: assessment.reviewer_id.unwrap_or(0),
        can_assign,
        pings,
        reach,
        drills,
        rounds,
        today,
        prefill,
        country: team.country.clone(),
        saved: shown.saved,
        upload_limit: (state.config.max_upload_bytes / (1024 * 1024)).to_string(),
    })
}

/// The label of the option a level picks, or "not answered".
fn option_label(
    tr: Tr,
    q: &cyberindex_engine::Question,
    level: Option<cyberindex_store::Level>,
) -> String {
    match level {
        None => tr.t("maturity-unanswered"),
        Some(l) => q
            .options
            .iter()
            .find(|o| o.id == l.as_str())
            .map(|o| tr.pick(&o.label).to_string())
            .unwrap_or_else(|| super::level_text(tr, Some(l))),
    }
}

/// A user as the page names them: their name, or their e-mail address when they have none.
fn display_name(user: &cyberindex_store::User) -> String {
    if user.name.trim().is_empty() {
        user.email.clone()
    } else {
        user.name.clone()
    }
}
