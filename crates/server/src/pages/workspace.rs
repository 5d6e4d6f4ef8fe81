//! `GET /editions/{edition}/countries/{country}`: the country workspace, and
//! `POST …/answers/{question}`: saving one answer (a form post, or autosave from `app.js`).

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use cyberindex_engine::{Child, Framework, QuestionType};
use cyberindex_store::{Answer, Evidence, Provenance, Role, Status};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::forms::read_fields;
use crate::i18n::Tr;
use crate::present::{
    DecisionView, EvidenceView, MessageView, Saved, country_name, display_value, evidence_view,
    status_key,
};
use crate::service::answers::{self, PillarProgress, Progress};
use crate::state::AppState;
use crate::web::{Page, render, see_other, wants_json};

#[derive(Debug)]
pub struct OptionView {
    pub id: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Debug)]
pub struct QuestionView {
    pub id: String,
    /// Language of the framework texts shown (English when the reader's language is missing).
    pub lang: &'static str,
    pub label: String,
    pub guidance: String,
    pub evidence_text: String,
    pub evidence_required: bool,
    /// choice, multi, number, url, date or text.
    pub kind: &'static str,
    pub relevant: bool,
    pub value: String,
    pub comment: String,
    pub version: i64,
    pub provenance_note: Option<String>,
    /// The framework's limits as input attributes: `min`, `max` and `step` of a number, the most
    /// characters of a text.
    pub min: Option<String>,
    pub max: Option<String>,
    pub step: &'static str,
    pub max_length: usize,
    /// The limits in words, beside the input ("Whole number · 0 or more"); empty when the
    /// framework sets none.
    pub hint: String,
    /// The number's unit ("teams"), in `unit_lang` (English when the reader's language is
    /// missing, then isolated as such on the page).
    pub unit: String,
    pub unit_lang: &'static str,
    pub options: Vec<OptionView>,
    pub evidence: Vec<EvidenceView>,
    /// The latest review decision, once the response is with the reviewers or back.
    pub review: Option<DecisionView>,
    /// The reviewers ask the country about this question in the current round.
    pub needs_action: bool,
    /// The country may change this answer now.
    pub editable: bool,
    /// A pre-filled answer the country can confirm as it stands.
    pub confirmable: bool,
    pub thread: Vec<MessageView>,
    /// Why a save of the whole page refused this answer, shown beside it (empty: none).
    pub error: String,
}

#[derive(Debug)]
pub struct IndicatorView {
    pub id: String,
    pub label: String,
    pub depth: u8,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug)]
pub struct PillarView {
    pub id: String,
    pub label: String,
    pub progress: PillarProgress,
    pub indicators: Vec<IndicatorView>,
    /// How many pre-filled answers the country can confirm here in one action.
    pub confirmable: usize,
    /// The bulk confirm's button and the line that explains it.
    pub confirm_label: String,
    pub confirmable_hint: String,
    /// What the last bulk confirm in this pillar did, after its redirect.
    pub confirmed_notice: Option<String>,
}

#[derive(Debug, Template)]
#[template(path = "workspace.html")]
struct WorkspacePage {
    page: Page,
    /// With one pillar a page: the next pillar with answers to confirm (link, text).
    confirm_next: Option<(String, String)>,
    edition: cyberindex_store::Edition,
    country: String,
    country_name: String,
    status: &'static str,
    status_key: &'static str,
    writable: bool,
    can_submit: bool,
    readonly_note: String,
    upload_hint: String,
    progress: Progress,
    pillars: Vec<PillarView>,
    /// Every pillar's progress, with a link to it, also when one pillar is shown a page.
    progress_rows: Vec<ProgressRow>,
    round: i64,
    round_deadline: String,
    returned: bool,
    /// The questions asked about: link, id, label.
    needs_action: Vec<(String, String, String)>,
    index: Vec<IndexPillar>,
    /// Shown a pillar at a time: the pillar shown.
    paged: bool,
    next_unanswered: String,
    next_missing: String,
    /// The pillars before and after the one shown: link and label.
    prev_pillar: Option<(String, String)>,
    next_pillar: Option<(String, String)>,
    /// The filter applied (`unanswered`, `missing`, `thread`; empty for none), and the pillar
    /// parameter to keep with it.
    filter: String,
    pillar_param: String,
    /// The question just saved (without JavaScript), which says "Saved".
    saved_question: String,
    /// After a save of the whole page: what it did.
    page_saved: Option<String>,
    /// A refused evidence form, shown beside its field with what was typed.
    problem: Problem,
    /// What the reviewers wrote when they sent the response back.
    round_message: String,
    /// The round in numbers: asked about, still open, frozen.
    round_counts: Vec<String>,
    /// Just submitted: the confirmation and what happens next.
    just_submitted: bool,
    can_discuss: bool,
    show_review: bool,
    scores: crate::service::review::Scores,
}

/// Puts back what was typed in a refused save of the whole page, with each refusal's message.
fn keep_typed(pillars: &mut [PillarView], typed: &BTreeMap<String, Typed>) {
    let questions = pillars
        .iter_mut()
        .flat_map(|p| &mut p.indicators)
        .flat_map(|i| &mut i.questions);
    for q in questions {
        let Some(t) = typed.get(&q.id) else { continue };
        q.value = t.values.join(" ");
        for o in &mut q.options {
            o.checked = t.values.contains(&o.id);
        }
        q.comment.clone_from(&t.comment);
        q.version = t.version;
        q.error = t.message.clone().unwrap_or_default();
    }
}

/// A pillar's line in the progress table.
#[derive(Debug)]
pub struct ProgressRow {
    pub id: String,
    pub label: String,
    pub href: String,
    pub progress: PillarProgress,
}

/// Past this many questions the questionnaire is shown one pillar per page.
const PAGE_AT: usize = 40;

/// A pillar in the question index, with a mark per question asked.
#[derive(Debug)]
pub struct IndexPillar {
    pub label: String,
    pub href: String,
    /// The pillar shown, when the questionnaire is shown a pillar at a time.
    pub current: bool,
    pub entries: Vec<IndexEntry>,
}

#[derive(Debug)]
pub struct IndexEntry {
    pub id: String,
    pub href: String,
    /// `done`, `todo` (not answered), `missing` (evidence missing) or `action` (asked about).
    pub state: &'static str,
    pub state_label: String,
}

impl QuestionView {
    /// Where the question stands, for the index and the "next" links.
    pub fn state(&self) -> &'static str {
        if self.needs_action {
            "action"
        } else if self.value.is_empty() {
            "todo"
        } else if self.evidence_required && self.evidence.is_empty() {
            "missing"
        } else {
            "done"
        }
    }
}

impl Shown {
    /// One pillar of the questionnaire (all of it when empty and the questionnaire is short).
    pub fn pillar(pillar: &str) -> Self {
        Self {
            pillar: pillar.to_string(),
            ..Self::default()
        }
    }

    /// The page that holds `question`: its pillar, when the questionnaire is long.
    pub fn for_question(framework: &Framework, question: &str) -> Self {
        let pillar = framework
            .question_index(question)
            .map(|q| {
                let node = framework.pillar_of(framework.questions[q].parent);
                framework.nodes[node].id.clone()
            })
            .unwrap_or_default();
        Self {
            pillar,
            ..Self::default()
        }
    }
}

/// What the address asks the workspace to show and say.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Shown {
    /// One pillar (the questionnaire is long), or `all`.
    #[serde(default)]
    pillar: String,
    /// Only the questions `unanswered`, with evidence `missing`, or with a `thread`.
    #[serde(default)]
    show: String,
    /// The question just saved without JavaScript.
    #[serde(default)]
    saved: String,
    /// After a save of the whole page without JavaScript: how many answers it changed.
    #[serde(default, deserialize_with = "crate::web::lenient_count")]
    changed: Option<usize>,
    /// Set after the focal point submits: the page confirms it and says what happens next.
    #[serde(default)]
    submitted: Option<String>,
    /// After a bulk confirm in `pillar`: how many answers it confirmed.
    #[serde(default, deserialize_with = "crate::web::lenient_count")]
    confirmed: Option<usize>,
}

/// What the workspace shows of the review.
struct ReviewContext<'a> {
    reviews: &'a [cyberindex_store::Review],
    messages: &'a [cyberindex_store::Message],
    status: Status,
    writable: bool,
    shown: &'a Shown,
}

/// A question's limits in words, in the reader's language: "Whole number · 0 or more" for a
/// number (its unit is shown apart, in the framework's language), "At most 500 characters" for
/// a text; empty when the framework sets none.
fn limits_hint(tr: Tr, question: &cyberindex_engine::Question) -> String {
    let limits = &question.limits;
    let mut parts = Vec::new();
    if limits.integer {
        parts.push(tr.t("number-hint-whole"));
    }
    let (min, max) = (
        limits.min.map(|m| m.to_string()),
        limits.max.map(|m| m.to_string()),
    );
    match (&min, &max) {
        (Some(min), Some(max)) => parts.push(tr.ta(
            "number-hint-range",
            &[("min", min.as_str()), ("max", max.as_str())],
        )),
        (Some(min), None) => parts.push(tr.ta("number-hint-min", &[("min", min.as_str())])),
        (None, Some(max)) => parts.push(tr.ta("number-hint-max", &[("max", max.as_str())])),
        (None, None) => {}
    }
    if let Some(max) = limits.max_length {
        parts.push(tr.ta("text-hint-max-length", &[("max", max.to_string().as_str())]));
    }
    parts.join(" · ")
}

#[allow(clippy::too_many_arguments)]
fn build_views(
    tr: Tr,
    framework: &Framework,
    edition: &str,
    country: &str,
    answers: &[Answer],
    evidence: &[Evidence],
    progress: &Progress,
    context: &ReviewContext,
) -> Vec<PillarView> {
    let latest = crate::service::review::latest(context.reviews);
    let by_question: HashMap<&str, &Answer> = answers
        .iter()
        .map(|a| (a.question_id.as_str(), a))
        .collect();
    let relevant: std::collections::HashSet<&str> = progress
        .relevant_questions
        .iter()
        .map(String::as_str)
        .collect();
    let question_view = |q: usize| {
        let question = &framework.questions[q];
        let answer = by_question.get(question.id.as_str());
        let value = answer.and_then(|a| a.value.clone()).unwrap_or_default();
        let selected: Vec<&str> = value.split(' ').collect();
        let kind = match question.kind {
            QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => "choice",
            QuestionType::MultipleChoice => "multi",
            QuestionType::Number => "number",
            QuestionType::Url => "url",
            QuestionType::Date => "date",
            QuestionType::Text => "text",
        };
        let provenance_note = answer.filter(|a| !a.confirmed).map(|a| match a.provenance {
            Provenance::Secretariat => tr.t("prefilled-secretariat"),
            _ => tr.t("prefilled-carried-forward"),
        });
        let version = answer.map_or(0, |a| a.version);
        let limits = &question.limits;
        let decision = latest.get(question.id.as_str()).copied();
        let needs_action = context.status == Status::Returned
            && decision.is_some_and(|r| r.decision != cyberindex_store::Decision::Accept);
        // In a returned response only answers accepted in their current version are frozen.
        let editable = context.writable
            && (context.status != Status::Returned
                || !cyberindex_workflow::review::frozen(&latest, answers, &question.id));
        QuestionView {
            review: decision
                .filter(|_| {
                    context.status != Status::NotStarted && context.status != Status::InProgress
                })
                .map(|r| DecisionView::new(tr, question, r, version)),
            needs_action,
            editable,
            confirmable: editable
                && answer.is_some_and(|a| cyberindex_workflow::carry::confirmable(a)),
            error: String::new(),
            thread: context
                .messages
                .iter()
                .filter(|m| m.question_id == question.id && !m.internal)
                .map(MessageView::new)
                .collect(),
            id: question.id.clone(),
            lang: if tr.has(&question.label) {
                tr.lang
            } else {
                "en"
            },
            label: tr.pick(&question.label).to_string(),
            guidance: tr.pick(&question.guidance).to_string(),
            evidence_text: tr.pick(&question.evidence).to_string(),
            evidence_required: question.evidence_required,
            kind,
            relevant: relevant.contains(question.id.as_str()),
            options: question
                .options
                .iter()
                .map(|o| OptionView {
                    id: o.id.clone(),
                    label: tr.pick(&o.label).to_string(),
                    checked: selected.contains(&o.id.as_str()),
                })
                .collect(),
            comment: answer.map(|a| a.comment.clone()).unwrap_or_default(),
            version: answer.map_or(0, |a| a.version),
            provenance_note,
            min: limits.min.map(|m| m.to_string()),
            max: limits.max.map(|m| m.to_string()),
            step: if limits.integer { "1" } else { "any" },
            max_length: limits
                .max_length
                .map_or(crate::service::answers::max_chars(question.kind), |m| {
                    m as usize
                }),
            hint: limits_hint(tr, question),
            unit: tr.pick(&limits.unit).to_string(),
            unit_lang: if tr.has(&limits.unit) { tr.lang } else { "en" },
            evidence: evidence
                .iter()
                .filter(|e| e.question_id == question.id)
                .map(|e| evidence_view(tr, edition, country, e))
                .collect(),
            value,
        }
    };
    let mut pillars = Vec::new();
    for ((index, node), p) in framework.pillars().zip(&progress.pillars) {
        let mut indicators = Vec::new();
        fn walk(framework: &Framework, node: usize, depth: u8, out: &mut Vec<(usize, u8)>) {
            for child in &framework.nodes[node].children {
                if let Child::Node(n) = child {
                    out.push((*n, depth));
                    walk(framework, *n, depth + 1, out);
                }
            }
        }
        let mut nodes = Vec::new();
        walk(framework, index, 0, &mut nodes);
        for (n, depth) in nodes {
            let questions = framework.nodes[n]
                .children
                .iter()
                .filter_map(|c| match c {
                    Child::Question(q) => Some(question_view(*q)),
                    Child::Node(_) => None,
                })
                .collect();
            indicators.push(IndicatorView {
                id: framework.nodes[n].id.clone(),
                label: tr.pick(&framework.nodes[n].label).to_string(),
                depth,
                questions,
            });
        }
        let confirmable = indicators
            .iter()
            .flat_map(|i| i.questions.iter())
            .filter(|q| q.confirmable)
            .count();
        let label = tr.pick(&node.label).to_string();
        let confirmed_notice = match (context.shown.confirmed, &context.shown.pillar) {
            (Some(n), pillar) if *pillar == node.id => Some(tr.tna(
                "confirm-pillar-done",
                "count",
                n,
                &[("pillar", label.as_str())],
            )),
            _ => None,
        };
        pillars.push(PillarView {
            id: node.id.clone(),
            progress: p.clone(),
            indicators,
            confirmable,
            confirm_label: tr.tna(
                "confirm-pillar-button",
                "count",
                confirmable,
                &[("pillar", label.as_str())],
            ),
            confirmable_hint: tr.tn("confirm-pillar-hint", "count", confirmable),
            confirmed_notice,
            label,
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
    Query(shown): Query<Shown>,
) -> AppResult<Response> {
    page(&state, signed, tr, &uri, (&edition, &country), shown, None).await
}

/// A form of the workspace that came back refused: which question, the field at fault, the
/// message in the reader's language, and what was typed.
#[derive(Debug, Clone, Default)]
pub struct Problem {
    pub question: String,
    pub field: String,
    pub message: String,
    pub title: String,
    pub url: String,
    pub issued_on: String,
    /// A refused save of the whole page: what was typed for each question, kept on the page, with
    /// the message beside each answer refused.
    pub answers: BTreeMap<String, Typed>,
    /// Whether the other answers of that save were written (a refusal after the checks passed,
    /// such as a change made by someone else meanwhile), or none was.
    pub partly_saved: bool,
}

/// An answer as typed in a save of the whole page.
#[derive(Debug, Clone, Default)]
pub struct Typed {
    pub values: Vec<String>,
    pub comment: String,
    pub version: i64,
    /// Why it was refused; `None` for an answer kept only because the save was refused.
    pub message: Option<String>,
}

/// The workspace, with `problem` shown beside its field (then answered 422).
pub async fn page(
    state: &AppState,
    signed: SignedIn,
    tr: Tr,
    uri: &Uri,
    (edition, country): (&str, &str),
    shown: Shown,
    problem: Option<Problem>,
) -> AppResult<Response> {
    let (edition, country) = (edition.to_string(), country.to_string());
    let read = signed
        .read_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let stored = state.store.edition(&edition).await?;
    let response = state.store.response(&edition, &country).await?;
    let answers = state.store.answers(&edition, &country).await?;
    let evidence = state.store.evidence(&edition, &country).await?;
    let progress = answers::progress(&framework, &answers, &evidence);
    let role = read.user.role;
    let own = matches!(role, Role::FocalPoint | Role::Contributor);
    let writable = own && response.status.is_open_to_country() && stored.archived_at.is_none();
    let readonly_note = if own && !response.status.is_open_to_country() {
        tr.t("readonly-submitted")
    } else {
        tr.t("readonly-viewer")
    };
    let reviews = state.store.reviews(&edition, &country).await?;
    // Reviewer-only notes never reach this page.
    let messages = state.store.messages(&edition, &country, false).await?;
    let context = ReviewContext {
        reviews: &reviews,
        messages: &messages,
        status: response.status,
        writable,
        shown: &shown,
    };
    let mut pillars = build_views(
        tr, &framework, &edition, &country, &answers, &evidence, &progress, &context,
    );
    if let Some(problem) = &problem {
        keep_typed(&mut pillars, &problem.answers);
    }
    // A long questionnaire is shown one pillar at a time (the one with work left first);
    // `?pillar=all` shows it whole.
    let paged = framework.questions.len() > PAGE_AT && shown.pillar != "all";
    let current = if !paged {
        String::new()
    } else if pillars.iter().any(|p| p.id == shown.pillar) {
        shown.pillar.clone()
    } else {
        // Answers carried forward and not yet confirmed are work left too, before new ones.
        ["action", "confirm", "todo", "missing"]
            .iter()
            .find_map(|state| {
                pillars.iter().find(|p| {
                    *state == "confirm" && p.confirmable > 0
                        || p.indicators
                            .iter()
                            .flat_map(|i| &i.questions)
                            .any(|q| q.relevant && q.state() == *state)
                })
            })
            .or(pillars.first())
            .map(|p| p.id.clone())
            .unwrap_or_default()
    };
    let href = |pillar: &str, question: &str| {
        if paged {
            format!("?pillar={pillar}#q-{question}")
        } else {
            format!("#q-{question}")
        }
    };
    let index: Vec<IndexPillar> = pillars
        .iter()
        .map(|p| IndexPillar {
            href: if paged {
                format!("?pillar={}", p.id)
            } else {
                format!("#pillar-{}", p.id)
            },
            current: p.id == current,
            label: p.label.clone(),
            entries: p
                .indicators
                .iter()
                .flat_map(|i| &i.questions)
                .filter(|q| q.relevant)
                .map(|q| IndexEntry {
                    href: href(&p.id, &q.id),
                    id: q.id.clone(),
                    state: q.state(),
                    state_label: tr.t(&format!("index-{}", q.state())),
                })
                .collect(),
        })
        .collect();
    let first = |state: &str| {
        index.iter().find_map(|p| {
            p.entries
                .iter()
                .find(|e| e.state == state)
                .map(|e| e.href.clone())
        })
    };
    let at = index.iter().position(|p| p.current);
    let pillar_link = |i: usize| index.get(i).map(|p| (p.href.clone(), p.label.clone()));
    let prev_pillar = at.and_then(|i| i.checked_sub(1)).and_then(pillar_link);
    let next_pillar = at.and_then(|i| pillar_link(i + 1));
    let next_unanswered = first("todo").unwrap_or_default();
    let next_missing = first("missing").unwrap_or_default();
    let needs_action = pillars
        .iter()
        .flat_map(|p| {
            p.indicators
                .iter()
                .flat_map(|i| &i.questions)
                .map(move |q| (p.id.as_str(), q))
        })
        .filter(|(_, q)| q.needs_action)
        .map(|(p, q)| (href(p, &q.id), q.id.clone(), q.label.clone()))
        .collect();
    // One pillar a page: the next pillar that still has answers to confirm is one click away.
    let confirm_next = if paged {
        let at = pillars.iter().position(|p| p.id == current).unwrap_or(0);
        pillars
            .iter()
            .cycle()
            .skip(at + 1)
            .take(pillars.len().saturating_sub(1))
            .find(|p| p.confirmable > 0)
            .map(|p| {
                (
                    format!("?pillar={}#pillar-{}", p.id, p.id),
                    tr.tna(
                        "confirm-pillar-next",
                        "count",
                        p.confirmable,
                        &[("pillar", p.label.as_str())],
                    ),
                )
            })
    } else {
        None
    };
    let progress_rows = pillars
        .iter()
        .map(|p| ProgressRow {
            id: p.id.clone(),
            label: p.label.clone(),
            href: if paged {
                format!("?pillar={}#pillar-{}", p.id, p.id)
            } else {
                format!("#pillar-{}", p.id)
            },
            progress: p.progress.clone(),
        })
        .collect();
    if paged {
        pillars.retain(|p| p.id == current);
    }
    let filter = match shown.show.as_str() {
        "unanswered" | "missing" | "thread" => shown.show.clone(),
        _ => String::new(),
    };
    if !filter.is_empty() {
        for p in &mut pillars {
            for i in &mut p.indicators {
                i.questions.retain(|q| match filter.as_str() {
                    "unanswered" => q.relevant && q.value.is_empty(),
                    "missing" => q.relevant && q.state() == "missing",
                    _ => !q.thread.is_empty(),
                });
            }
        }
    }
    let scores = crate::service::review::scores(&framework, &answers, &reviews);
    let plan = cyberindex_workflow::review::round_plan(&framework, &answers, &reviews);
    let name = country_name(tr, &country);
    let page = Page::new(
        tr,
        Some(&read.user),
        state.config.demo,
        uri,
        format!("{name} · {}", stored.name),
    );
    let refused = problem.is_some();
    let mut response = render(&WorkspacePage {
        problem: problem.unwrap_or_default(),
        page,
        confirm_next,
        round: response.round,
        round_deadline: response.round_deadline.clone().unwrap_or_default(),
        returned: response.status == Status::Returned,
        just_submitted: shown.submitted.is_some() && response.status == Status::Submitted,
        needs_action,
        index,
        paged,
        next_unanswered,
        next_missing,
        prev_pillar,
        next_pillar,
        filter,
        pillar_param: if paged { current } else { shown.pillar.clone() },
        saved_question: shown.saved.clone(),
        page_saved: shown.changed.map(|n| tr.tna("page-saved", "count", n, &[])),
        round_message: response.round_message.clone().unwrap_or_default(),
        round_counts: [
            ("round-asked", plan.asked.len()),
            ("round-open", plan.undecided.len() + plan.unanswered.len()),
            ("round-frozen", plan.frozen.len()),
        ]
        .iter()
        .map(|(key, n)| tr.ta(key, &[("count", &n.to_string())]))
        .collect(),
        can_discuss: role != Role::Observer,
        show_review: !matches!(response.status, Status::NotStarted | Status::InProgress),
        scores,
        country_name: name,
        status: response.status.as_str(),
        status_key: status_key(response.status),
        can_submit: writable && role == Role::FocalPoint,
        upload_hint: tr.ta(
            "evidence-upload-hint",
            &[(
                "size",
                &(state.config.max_upload_bytes / (1024 * 1024)).to_string(),
            )],
        ),
        writable,
        readonly_note,
        progress,
        pillars,
        progress_rows,
        edition: stored,
        country,
    })?;
    if refused {
        *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

#[derive(Debug, Template)]
#[template(path = "conflict.html")]
struct ConflictPage {
    page: Page,
    /// The values as the reader sees them: option labels, not ids.
    theirs: String,
    mine: String,
    /// Who saved the other change, and when.
    changed: String,
    mine_values: Vec<String>,
    mine_comment: String,
    current_version: i64,
    action: String,
    back: String,
}

/// "Changed by Name (email) on 2026-12-04 17:40 UTC." for the conflict chooser; the time alone
/// when no user made the change (an import) or the user can no longer be read.
pub(crate) async fn changed_note(tr: Tr, state: &AppState, current: &Answer) -> String {
    let when = crate::web::when(current.updated_at);
    let who = match current.updated_by {
        Some(id) => state.store.user(id).await.ok().map(|u| {
            if u.name.is_empty() || u.name == u.email {
                u.email
            } else {
                format!("{} ({})", u.name, u.email)
            }
        }),
        None => None,
    };
    match who {
        Some(who) => tr.ta(
            "conflict-changed-by",
            &[("who", who.as_str()), ("when", when.as_str())],
        ),
        None => tr.ta("conflict-changed-at", &[("when", when.as_str())]),
    }
}

pub async fn save(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    headers: HeaderMap,
    Path((edition, country, question)): Path<(String, String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    answers::limit_saves(&state, write.user.id)?;
    let framework = state.framework(&edition).await?;
    let (values, comment, version) = read_fields(&fields)?;
    let joined = values.join(" ");
    let (_, value) = answers::check_value(&framework, &question, Some(&joined))?;
    let saved = match write
        .save_answer(&state.store, &question, value, comment.clone(), version)
        .await
    {
        Ok(saved) => saved,
        Err(AppError::Conflict(current)) if wants_json(&headers) => {
            // The chooser in app.js shows labels from the form itself; who changed the answer
            // and when only the server knows.
            let changed = changed_note(tr, &state, &current).await;
            let response = AppError::Conflict(current).into_response();
            let (parts, _) = response.into_parts();
            let detail = parts.extensions.get::<crate::error::ErrorDetail>().cloned();
            let body = serde_json::json!({ "error": detail, "changed": changed });
            return Ok(Response::from_parts(
                parts,
                axum::body::Body::from(body.to_string()),
            ));
        }
        Err(AppError::Conflict(current)) => {
            let shown = framework.questions.iter().find(|q| q.id == question);
            let label = |value: &str| match shown {
                Some(q) => display_value(tr, q, value),
                None => value.to_string(),
            };
            let changed = changed_note(tr, &state, &current).await;
            let page = Page::new(
                tr,
                Some(&write.user),
                state.config.demo,
                &uri,
                tr.t("conflict-title"),
            );
            let mut response = render(&ConflictPage {
                page,
                theirs: label(current.value.as_deref().unwrap_or_default()),
                mine: label(&joined),
                changed,
                mine_values: values,
                mine_comment: comment,
                current_version: current.version,
                action: uri.path().to_string(),
                back: format!("/editions/{edition}/countries/{country}#q-{question}"),
            })?;
            *response.status_mut() = axum::http::StatusCode::CONFLICT;
            return Ok(response);
        }
        Err(e) => return Err(e),
    };
    if wants_json(&headers) {
        let summary = state.store.answer_summary(&edition, &country).await?;
        let progress = answers::progress_summary(&framework, &summary);
        return Ok(Json(Saved {
            question,
            version: saved.version,
            value: saved.value,
            progress,
        })
        .into_response());
    }
    // Without JavaScript the page comes back at the question, on its pillar, and says "Saved".
    let pillar = Shown::for_question(&framework, &question).pillar;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}?pillar={pillar}&saved={question}#q-{question}"
    )))
}
