//! `GET /editions/{edition}/countries/{country}/review`: the secretariat's review of one response.
//! Every question with its answer, evidence, comment and the changes since the last round; the
//! decision form; the thread the country sees; reviewer-only notes; and the response's actions
//! (send back, validate, reopen), assignments and both scores.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_engine::{Child, Framework, QuestionStatus, score_unit};
use cyberindex_store::{Answer, Evidence, Message, Review, Role, Status, evidence_snapshot};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::present::{
    DecisionView, EvidenceView, MessageView, country_name, display_value, evidence_view, status_key,
};
use crate::service::answers::values;
use crate::service::review::{self, Scores};
use crate::state::AppState;
use crate::web::{Page, render};

/// One changed field between the previous round and now.
#[derive(Debug)]
pub struct Change {
    pub field: String,
    pub before: String,
    pub after: String,
}

#[derive(Debug)]
pub struct ReviewQuestion {
    pub id: String,
    /// The answer with option labels.
    pub shown: String,
    pub label: String,
    pub lang: &'static str,
    pub relevant: bool,
    pub value: String,
    pub comment: String,
    pub version: i64,
    pub provenance: String,
    pub evidence: Vec<EvidenceView>,
    pub evidence_required: bool,
    pub latest: Option<DecisionView>,
    pub history: Vec<DecisionView>,
    pub changes: Vec<Change>,
    pub changes_since: i64,
    pub thread: Vec<MessageView>,
    pub notes: Vec<MessageView>,
    pub accepted: bool,
}

#[derive(Debug)]
pub struct ReviewPillar {
    pub id: String,
    pub label: String,
    pub questions: Vec<ReviewQuestion>,
}

#[derive(Debug, Template)]
#[template(path = "review.html")]
struct ReviewPage {
    page: Page,
    edition_id: String,
    edition_name: String,
    country: String,
    country_name: String,
    status: &'static str,
    status_label: String,
    round: i64,
    round_deadline: String,
    deadline_default: String,
    under_review: bool,
    open_to_country: bool,
    validated: bool,
    is_admin: bool,
    blockers: Vec<String>,
    summary: String,
    scores: Scores,
    assigned: Vec<(String, String, i64, String)>,
    reviewers: Vec<(i64, String)>,
    pillar_choices: Vec<(String, String)>,
    show: String,
    pillar: String,
    pillars: Vec<ReviewPillar>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    /// `all` (default), `open` (not accepted) or `changed` (changed since the last round).
    #[serde(default)]
    show: String,
    /// Only this pillar (for reviewers assigned to one).
    #[serde(default)]
    pillar: String,
}

#[allow(clippy::too_many_arguments)]
fn question_views(
    tr: Tr,
    framework: &Framework,
    edition: &str,
    country: &str,
    round: i64,
    answers: &[Answer],
    evidence: &[Evidence],
    reviews: &[Review],
    messages: &[Message],
    snapshots: &[cyberindex_store::Snapshot],
) -> Vec<ReviewPillar> {
    let by_q: HashMap<&str, &Answer> = answers
        .iter()
        .map(|a| (a.question_id.as_str(), a))
        .collect();
    let latest = review::latest(reviews);
    let unit = score_unit(framework, &values(framework, answers));
    let mut pillars = Vec::new();
    for (pillar, node) in framework.pillars() {
        let mut questions = Vec::new();
        fn walk(framework: &Framework, node: usize, out: &mut Vec<usize>) {
            for child in &framework.nodes[node].children {
                match child {
                    Child::Question(q) => out.push(*q),
                    Child::Node(n) => walk(framework, *n, out),
                }
            }
        }
        let mut order = Vec::new();
        walk(framework, pillar, &mut order);
        for q in order {
            let question = &framework.questions[q];
            let id = question.id.as_str();
            let answer = by_q.get(id);
            let version = answer.map_or(0, |a| a.version);
            let own_evidence: Vec<&Evidence> =
                evidence.iter().filter(|e| e.question_id == id).collect();
            let value = answer.and_then(|a| a.value.clone()).unwrap_or_default();
            let comment = answer.map(|a| a.comment.clone()).unwrap_or_default();
            // What changed since the answer was last submitted in an earlier round.
            let previous = snapshots
                .iter()
                .filter(|s| s.question_id == id && s.round < round)
                .max_by_key(|s| s.round);
            let mut changes = Vec::new();
            let mut changes_since = 0;
            if let Some(prev) = previous {
                changes_since = prev.round;
                let now_evidence = evidence_snapshot(own_evidence.iter().copied());
                for (field, before, after) in [
                    (
                        tr.t("diff-value"),
                        display_value(tr, question, prev.value.as_deref().unwrap_or_default()),
                        display_value(tr, question, &value),
                    ),
                    (tr.t("diff-comment"), prev.comment.clone(), comment.clone()),
                    (tr.t("diff-evidence"), prev.evidence.clone(), now_evidence),
                ] {
                    if before != after {
                        changes.push(Change {
                            field,
                            before,
                            after,
                        });
                    }
                }
            }
            let shown_decision = |r: &Review| DecisionView::new(tr, question, r, version);
            let history: Vec<DecisionView> = reviews
                .iter()
                .filter(|r| r.question_id == id)
                .map(shown_decision)
                .collect();
            questions.push(ReviewQuestion {
                shown: display_value(tr, question, &value),
                id: question.id.clone(),
                label: tr.pick(&question.label).to_string(),
                lang: if tr.has(&question.label) {
                    tr.lang
                } else {
                    "en"
                },
                relevant: unit.questions[q].status != QuestionStatus::NotRelevant,
                value,
                comment,
                version,
                provenance: answer
                    .map(|a| {
                        let mut p = tr.t(&format!("provenance-{}", a.provenance.as_str()));
                        if let Some(outcome) = &a.outcome {
                            p.push_str(&format!(" · {}", tr.t(&format!("outcome-{outcome}"))));
                        } else if !a.confirmed {
                            p.push_str(&format!(" · {}", tr.t("outcome-unconfirmed")));
                        }
                        p
                    })
                    .unwrap_or_default(),
                evidence: own_evidence
                    .iter()
                    .map(|e| evidence_view(tr, edition, country, e))
                    .collect(),
                evidence_required: question.evidence_required,
                latest: latest.get(id).map(|r| shown_decision(r)),

                history,
                changes,
                changes_since,
                thread: messages
                    .iter()
                    .filter(|m| m.question_id == id && !m.internal)
                    .map(MessageView::new)
                    .collect(),
                notes: messages
                    .iter()
                    .filter(|m| m.question_id == id && m.internal)
                    .map(MessageView::new)
                    .collect(),
                accepted: review::accepted(&latest, answers, id),
            });
        }
        pillars.push(ReviewPillar {
            id: node.id.clone(),
            label: tr.pick(&node.label).to_string(),
            questions,
        });
    }
    pillars
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path((edition, country)): Path<(String, String)>,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let stored = state.store.edition(&edition).await?;
    let response = state.store.response(&edition, &country).await?;
    let answers = state.store.answers(&edition, &country).await?;
    let evidence = state.store.evidence(&edition, &country).await?;
    let reviews = state.store.reviews(&edition, &country).await?;
    let messages = state.store.messages(&edition, &country, true).await?;
    let snapshots = state.store.snapshots(&edition, &country).await?;
    let blockers = review::blockers(&framework, &answers, &reviews);
    let scores = review::scores(&framework, &answers, &reviews);
    let mut pillars = question_views(
        tr,
        &framework,
        &edition,
        &country,
        response.round,
        &answers,
        &evidence,
        &reviews,
        &messages,
        &snapshots,
    );
    let show = match filter.show.as_str() {
        "open" | "changed" => filter.show.clone(),
        _ => "all".to_string(),
    };
    if !filter.pillar.is_empty() {
        pillars.retain(|p| p.id == filter.pillar);
    }
    for p in &mut pillars {
        p.questions.retain(|q| match show.as_str() {
            "open" => q.relevant && !q.accepted,
            "changed" => !q.changes.is_empty(),
            _ => q.relevant || !q.value.is_empty(),
        });
    }
    let users = state.store.users().await?;
    let assigned = state
        .store
        .assignments(&edition)
        .await?
        .into_iter()
        .filter(|a| a.country == country)
        .map(|a| {
            let pillar = if a.pillar.is_empty() {
                tr.t("assign-whole")
            } else {
                a.pillar.clone()
            };
            (a.reviewer, pillar, a.reviewer_id, a.pillar)
        })
        .collect();
    let relevant_total = pillars.iter().map(|p| p.questions.len()).sum::<usize>();
    let summary = tr.ta(
        "review-summary",
        &[
            ("blocking", &blockers.len().to_string()),
            ("shown", &relevant_total.to_string()),
        ],
    );
    let name = country_name(tr, &country);
    let page = Page::new(
        tr,
        Some(&scope.user),
        state.config.demo,
        &uri,
        format!("{} · {name}", tr.t("review-title")),
    );
    let deadline_default = time::OffsetDateTime::now_utc()
        .checked_add(time::Duration::days(14))
        .map(|d| d.date().to_string())
        .unwrap_or_default();
    render(&ReviewPage {
        page,
        edition_id: edition,
        edition_name: stored.name,
        country_name: name,
        status: response.status.as_str(),
        status_label: tr.t(status_key(response.status)),
        round: response.round,
        round_deadline: response.round_deadline.clone().unwrap_or_default(),
        deadline_default,
        under_review: response.status.is_under_review(),
        open_to_country: matches!(response.status, Status::NotStarted | Status::InProgress),
        validated: response.status == Status::Validated,
        is_admin: scope.user.role == Role::Admin,
        blockers,
        summary,
        scores,
        assigned,
        reviewers: users
            .iter()
            .filter(|u| u.active && u.role.is_secretariat())
            .map(|u| (u.id, u.email.clone()))
            .collect(),
        pillar_choices: framework
            .pillars()
            .map(|(_, n)| (n.id.clone(), tr.pick(&n.label).to_string()))
            .collect(),
        show,
        pillar: filter.pillar,
        pillars,
        country,
    })
}
