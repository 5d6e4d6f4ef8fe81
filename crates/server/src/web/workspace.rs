//! `GET /editions/{edition}/countries/{country}`: the country workspace, and
//! `POST …/answers/{question}`: saving one answer (a form post, or autosave from `app.js`).

use std::collections::HashMap;

use askama::Template;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri, header};
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
use crate::web::{Page, render, see_other};

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

/// What the page was sent back with: `?confirmed=N&pillar=P` after a bulk confirm.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Notice {
    confirmed: Option<usize>,
    pillar: Option<String>,
}

#[derive(Debug, Template)]
#[template(path = "workspace.html")]
struct WorkspacePage {
    page: Page,
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
    round: i64,
    round_deadline: String,
    returned: bool,
    needs_action: Vec<(String, String)>,
    can_discuss: bool,
    show_review: bool,
    scores: crate::service::review::Scores,
}

/// What the workspace shows of the review.
struct ReviewContext<'a> {
    reviews: &'a [cyberindex_store::Review],
    messages: &'a [cyberindex_store::Message],
    status: Status,
    writable: bool,
    notice: &'a Notice,
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
        let editable = context.writable && (context.status != Status::Returned || needs_action);
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
        let confirmed_notice = match (context.notice.confirmed, &context.notice.pillar) {
            (Some(n), Some(pillar)) if *pillar == node.id => Some(tr.tna(
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
    axum::extract::Query(notice): axum::extract::Query<Notice>,
) -> AppResult<Response> {
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
        notice: &notice,
    };
    let pillars = build_views(
        tr, &framework, &edition, &country, &answers, &evidence, &progress, &context,
    );
    let needs_action = pillars
        .iter()
        .flat_map(|p| p.indicators.iter())
        .flat_map(|i| i.questions.iter())
        .filter(|q| q.needs_action)
        .map(|q| (q.id.clone(), q.label.clone()))
        .collect();
    let scores = crate::service::review::scores(&framework, &answers, &reviews);
    let name = country_name(tr, &country);
    let page = Page::new(
        tr,
        Some(&read.user),
        state.config.demo,
        &uri,
        format!("{name} · {}", stored.name),
    );
    render(&WorkspacePage {
        page,
        round: response.round,
        round_deadline: response.round_deadline.clone().unwrap_or_default(),
        returned: response.status == Status::Returned,
        needs_action,
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
        edition: stored,
        country,
    })
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
async fn changed_note(tr: Tr, state: &AppState, current: &Answer) -> String {
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

fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
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
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}#q-{question}"
    )))
}
