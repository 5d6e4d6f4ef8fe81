//! `GET /editions/{edition}/countries/{country}/review`: the secretariat's review of one response.
//! Every question with its answer, evidence, comment and the changes since the last round; the
//! decision form; the thread the country sees; reviewer-only notes; and the response's actions
//! (send back, validate, reopen), assignments and both scores.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_engine::{Child, Framework, QuestionStatus, QuestionType, score_unit};
use cyberindex_store::{Evidence, Message, Review, Role, Status, evidence_snapshot};
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
use cyberindex_workflow::review::{Bulk, Holdings};

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
    /// The question's guidance and the evidence it expects, in the reader's language.
    pub guidance: String,
    pub evidence_text: String,
    /// The decision on the answer as it stands (`accept`, `clarify`, `reject`; empty when
    /// none), pre-selected in the form.
    pub decided: &'static str,
    /// Evidence required and none given, for an answered question.
    pub missing_evidence: bool,
    /// The options a proposed value is chosen from (none for open answers), and whether several
    /// may be ticked.
    pub options: Vec<(String, String)>,
    pub multiple: bool,
}

/// The questions of one indicator (or of the pillar itself, for questions directly under it).
#[derive(Debug)]
pub struct ReviewGroup {
    pub id: String,
    pub label: String,
    /// Whether this is the pillar's own group (its heading is the pillar's).
    pub is_pillar: bool,
    /// Answered questions with their evidence and no decision, under this indicator.
    pub bulk: usize,
    pub questions: Vec<ReviewQuestion>,
}

#[derive(Debug)]
pub struct ReviewPillar {
    pub id: String,
    pub label: String,
    /// Answered questions with their evidence and no decision, in this pillar.
    pub bulk: usize,
    pub groups: Vec<ReviewGroup>,
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
    /// Today (UTC), the earliest deadline a new round may have.
    today: String,
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
    /// What the two bulk decisions would accept in the whole response.
    bulk_evidenced: usize,
    bulk_unchanged: usize,
    /// "Answers accepted: 12." after a bulk decision.
    accepted_now: String,
    /// What sending back leaves to the country, and the warning when questions are undecided.
    sendback: Vec<String>,
    sendback_frozen: String,
    sendback_warning: String,
    /// A refused decision, shown beside its field with what was chosen and typed.
    problem: Problem,
    /// Reviewed a pillar at a time: the pillars, and the ones before and after the one shown.
    paged: bool,
    tabs: Vec<PillarTab>,
    prev_pillar: Option<(String, String)>,
    next_pillar: Option<(String, String)>,
}

impl ReviewPage {
    /// The decision shown chosen in a question's form: what was just sent when it came back
    /// refused, otherwise the decision on the answer as it stands.
    fn chosen<'a>(&'a self, q: &'a ReviewQuestion) -> &'a str {
        if self.problem.question == q.id {
            &self.problem.decision
        } else {
            q.decided
        }
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    /// `all` (default), `undecided` (no decision on the answer as it stands), `open` (not
    /// accepted), `changed` (changed since the last round), `missing` (evidence missing) or
    /// `thread` (with a discussion or notes).
    #[serde(default)]
    show: String,
    /// How many answers the bulk decision just accepted.
    #[serde(default, deserialize_with = "crate::web::lenient_count")]
    accepted: Option<usize>,
    /// Only this pillar (for reviewers assigned to one).
    #[serde(default)]
    pillar: String,
}

/// Past this many questions a response is reviewed one pillar per page.
const PAGE_AT: usize = 40;

/// A pillar in the review's pillar list: its page, and how many questions wait for a decision.
#[derive(Debug)]
pub struct PillarTab {
    pub href: String,
    pub label: String,
    pub undecided: usize,
    pub current: bool,
}

/// What the review page reads of a response, besides the framework.
struct Loaded<'a> {
    held: Holdings<'a>,
    messages: &'a [Message],
    round: i64,
}

fn question_view(
    tr: Tr,
    framework: &Framework,
    (edition, country): (&str, &str),
    loaded: &Loaded<'_>,
    latest: &HashMap<&str, &Review>,
    relevant: bool,
    q: usize,
) -> ReviewQuestion {
    let Loaded {
        held,
        messages,
        round,
    } = loaded;
    let question = &framework.questions[q];
    let id = question.id.as_str();
    let answer = held.answers.iter().find(|a| a.question_id == id);
    let version = answer.map_or(0, |a| a.version);
    let own_evidence: Vec<&Evidence> = held
        .evidence
        .iter()
        .filter(|e| e.question_id == id)
        .collect();
    let value = answer.and_then(|a| a.value.clone()).unwrap_or_default();
    let comment = answer.map(|a| a.comment.clone()).unwrap_or_default();
    // What changed since the answer was last submitted in an earlier round.
    let previous = held
        .snapshots
        .iter()
        .filter(|s| s.question_id == id && s.round < *round)
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
    let current = latest.get(id).filter(|r| r.answer_version == version);
    ReviewQuestion {
        shown: display_value(tr, question, &value),
        id: question.id.clone(),
        label: tr.pick(&question.label).to_string(),
        lang: if tr.has(&question.label) {
            tr.lang
        } else {
            "en"
        },
        relevant,
        missing_evidence: question.evidence_required
            && !value.is_empty()
            && own_evidence.is_empty(),
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
        history: held
            .reviews
            .iter()
            .filter(|r| r.question_id == id)
            .map(shown_decision)
            .collect(),
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
        accepted: review::accepted(latest, held.answers, id),
        guidance: tr.pick(&question.guidance).to_string(),
        evidence_text: tr.pick(&question.evidence).to_string(),
        decided: current.map_or("", |r| r.decision.as_str()),
        options: question
            .options
            .iter()
            .map(|o| (o.id.clone(), tr.pick(&o.label).to_string()))
            .collect(),
        multiple: question.kind == QuestionType::MultipleChoice,
    }
}

/// The questions directly under each node of a pillar, node by node in framework order.
fn groups_of(framework: &Framework, node: usize, out: &mut Vec<(usize, Vec<usize>)>) {
    let own: Vec<usize> = framework.nodes[node]
        .children
        .iter()
        .filter_map(|c| match c {
            Child::Question(q) => Some(*q),
            Child::Node(_) => None,
        })
        .collect();
    if !own.is_empty() {
        out.push((node, own));
    }
    for child in &framework.nodes[node].children {
        if let Child::Node(n) = child {
            groups_of(framework, *n, out);
        }
    }
}

/// Every pillar, its indicators and their questions, with what a bulk acceptance would take
/// there (counted from `evidenced`, the whole response's candidates, computed once).
fn pillar_views(
    tr: Tr,
    framework: &Framework,
    at: (&str, &str),
    loaded: &Loaded<'_>,
    evidenced: &[(String, i64)],
) -> Vec<ReviewPillar> {
    let latest = review::latest(loaded.held.reviews);
    let unit = score_unit(framework, &values(framework, loaded.held.answers));
    let evidenced: Vec<usize> = evidenced
        .iter()
        .filter_map(|(q, _)| framework.question_index(q))
        .collect();
    let bulk = |node: usize| {
        evidenced
            .iter()
            .filter(|&&q| cyberindex_workflow::review::under(framework, q, node))
            .count()
    };
    let mut pillars = Vec::new();
    for (pillar, node) in framework.pillars() {
        let mut nodes = Vec::new();
        groups_of(framework, pillar, &mut nodes);
        let groups = nodes
            .into_iter()
            .map(|(n, questions)| ReviewGroup {
                id: framework.nodes[n].id.clone(),
                label: tr.pick(&framework.nodes[n].label).to_string(),
                is_pillar: n == pillar,
                bulk: bulk(n),
                questions: questions
                    .into_iter()
                    .map(|q| {
                        let relevant = unit.questions[q].status != QuestionStatus::NotRelevant;
                        question_view(tr, framework, at, loaded, &latest, relevant, q)
                    })
                    .collect(),
            })
            .collect();
        pillars.push(ReviewPillar {
            id: node.id.clone(),
            label: tr.pick(&node.label).to_string(),
            bulk: bulk(pillar),
            groups,
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
    page(&state, signed, tr, &uri, (&edition, &country), filter, None).await
}

/// A decision form that came back refused: the question, the field at fault, the message in the
/// reader's language, and what was chosen and typed. The send-back form's refusal has no
/// question: its field is `deadline`, `message` or `send-back` (the whole form), and `comment`
/// and `deadline` hold what was typed.
#[derive(Debug, Clone, Default)]
pub struct Problem {
    pub question: String,
    pub field: String,
    pub message: String,
    pub decision: String,
    pub comment: String,
    pub deadline: String,
}

impl Problem {
    /// Whether this is the send-back form's refusal.
    pub fn sends_back(&self) -> bool {
        self.question.is_empty() && !self.field.is_empty()
    }
}

/// The review page, with `problem` shown beside its field (then answered 422).
pub async fn page(
    state: &AppState,
    signed: SignedIn,
    tr: Tr,
    uri: &Uri,
    (edition, country): (&str, &str),
    filter: Filter,
    problem: Option<Problem>,
) -> AppResult<Response> {
    let (edition, country) = (edition.to_string(), country.to_string());
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
    let held = Holdings {
        answers: &answers,
        evidence: &evidence,
        reviews: &reviews,
        snapshots: &snapshots,
    };
    let loaded = Loaded {
        held,
        messages: &messages,
        round: response.round,
    };
    let evidenced = review::bulk_candidates(&framework, held, Bulk::Evidenced, None);
    let mut pillars = pillar_views(tr, &framework, (&edition, &country), &loaded, &evidenced);
    let bulk_evidenced = evidenced.len();
    let bulk_unchanged = review::bulk_candidates(&framework, held, Bulk::Unchanged, None).len();
    let show = match filter.show.as_str() {
        "open" | "changed" | "undecided" | "missing" | "thread" => filter.show.clone(),
        _ => "all".to_string(),
    };
    // A long questionnaire is reviewed a pillar at a time: the one asked for, else the first
    // with a question still undecided; `pillar=all` shows every pillar.
    let undecided = |p: &ReviewPillar| {
        p.groups
            .iter()
            .flat_map(|g| &g.questions)
            .filter(|q| q.relevant && q.decided.is_empty())
            .count()
    };
    let paged = filter.pillar != "all"
        && (framework.questions.len() > PAGE_AT || !filter.pillar.is_empty());
    let current = if !paged {
        String::new()
    } else if pillars.iter().any(|p| p.id == filter.pillar) {
        filter.pillar.clone()
    } else {
        pillars
            .iter()
            .find(|p| undecided(p) > 0)
            .or(pillars.first())
            .map(|p| p.id.clone())
            .unwrap_or_default()
    };
    let tabs: Vec<PillarTab> = pillars
        .iter()
        .map(|p| PillarTab {
            href: format!("?pillar={}", p.id),
            label: p.label.clone(),
            undecided: undecided(p),
            current: p.id == current,
        })
        .collect();
    let at = tabs.iter().position(|t| t.current);
    let tab_link = |i: usize| tabs.get(i).map(|t| (t.href.clone(), t.label.clone()));
    let prev_pillar = at.and_then(|i| i.checked_sub(1)).and_then(tab_link);
    let next_pillar = at.and_then(|i| tab_link(i + 1));
    if paged {
        pillars.retain(|p| p.id == current);
    }
    for p in &mut pillars {
        for g in &mut p.groups {
            g.questions.retain(|q| match show.as_str() {
                "open" => q.relevant && !q.accepted,
                "undecided" => q.relevant && q.decided.is_empty(),
                "changed" => !q.changes.is_empty(),
                "missing" => q.missing_evidence,
                "thread" => !q.thread.is_empty() || !q.notes.is_empty(),
                _ => q.relevant || !q.value.is_empty(),
            });
        }
        p.groups.retain(|g| !g.questions.is_empty());
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
    let shown_total = pillars
        .iter()
        .flat_map(|p| &p.groups)
        .map(|g| g.questions.len())
        .sum::<usize>();
    let summary = tr.ta(
        "review-summary",
        &[
            ("blocking", &blockers.len().to_string()),
            ("shown", &shown_total.to_string()),
        ],
    );
    // What sending the response back would leave to the country.
    let plan = review::round_plan(&framework, &answers, &reviews);
    let count = |key: &str, n: usize| tr.ta(key, &[("count", &n.to_string())]);
    let sendback = vec![
        count("sendback-asked", plan.asked.len()),
        count("sendback-undecided", plan.undecided.len()),
        count("sendback-unanswered", plan.unanswered.len()),
    ];
    let undecided = plan.undecided.len() + plan.unanswered.len();
    let name = country_name(tr, &country);
    let page = Page::new(
        tr,
        Some(&scope.user),
        state.config.demo,
        uri,
        format!("{} · {name}", tr.t("review-title")),
    );
    let now = time::OffsetDateTime::now_utc();
    let deadline_default = now
        .checked_add(time::Duration::days(14))
        .map(|d| d.date().to_string())
        .unwrap_or_default();
    let today = now.date().to_string();
    let refused = problem.is_some();
    let mut response = render(&ReviewPage {
        problem: problem.unwrap_or_default(),
        page,
        edition_id: edition,
        edition_name: stored.name,
        country_name: name,
        status: response.status.as_str(),
        status_label: tr.t(status_key(response.status)),
        round: response.round,
        round_deadline: response.round_deadline.clone().unwrap_or_default(),
        deadline_default,
        today,
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
        pillar: if paged { current } else { filter.pillar },
        pillars,
        paged,
        tabs,
        prev_pillar,
        next_pillar,
        bulk_evidenced,
        bulk_unchanged,
        accepted_now: filter
            .accepted
            .map(|n| count("review-bulk-done", n))
            .unwrap_or_default(),
        sendback,
        sendback_frozen: count("sendback-frozen", plan.frozen.len()),
        sendback_warning: if undecided > 0 {
            count("sendback-warn-undecided", undecided)
        } else {
            String::new()
        },
        country,
    })?;
    if refused {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}
