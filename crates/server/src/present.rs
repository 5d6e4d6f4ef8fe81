//! View and JSON shapes that pages and the API both return, so neither imports the other's
//! handler modules, and the view helpers several pages share (country names, status and decision
//! labels, evidence, review decisions and messages, ITU regions), so no page imports another.

use cyberindex_answers::countries;
use cyberindex_store::{Decision, Evidence, EvidenceKind, Message, Review, Status};
use serde::Serialize;

use crate::i18n::Tr;
use crate::service::answers::Progress;
use crate::web::when;

/// What an autosave returns.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Saved {
    pub question: String,
    pub version: i64,
    pub value: Option<String>,
    pub progress: Progress,
}

pub const ITU_REGIONS: [&str; 6] = [
    "Africa",
    "Americas",
    "Arab States",
    "Asia-Pacific",
    "CIS",
    "Europe",
];

/// The message key of a status.
pub fn status_key(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "status-not-started",
        Status::InProgress => "status-in-progress",
        Status::Submitted => "status-submitted",
        Status::InReview => "status-in-review",
        Status::Returned => "status-returned",
        Status::Validated => "status-validated",
    }
}

/// A country's name in the reader's language.
pub fn country_name(tr: Tr, code: &str) -> String {
    countries::name_of(code, tr.lang)
}

#[derive(Debug)]
pub struct EvidenceView {
    pub id: i64,
    pub title: String,
    pub href: String,
    pub external: bool,
    pub detail: String,
    pub public: bool,
    /// The edition the item was carried forward from with its answer, and the mark that says so
    /// ("Carried from 2025").
    pub carried: Option<(String, String)>,
    /// A file the review page can show in place: `image` or `pdf`, with its address.
    pub preview: Option<(&'static str, String)>,
}

pub fn evidence_view(tr: Tr, edition: &str, country: &str, e: &Evidence) -> EvidenceView {
    let (href, external, detail) = match &e.kind {
        EvidenceKind::Url { url } => (url.clone(), true, tr.t("evidence-link")),
        EvidenceKind::File {
            file_name, size, ..
        } => (
            format!("/editions/{edition}/countries/{country}/evidence/{}", e.id),
            false,
            format!("{file_name}, {} KB", (size + 1023) / 1024),
        ),
    };
    let mut detail = detail;
    if !e.language.is_empty() {
        detail.push_str(&format!(" · {}", e.language));
    }
    if !e.issued_on.is_empty() {
        detail.push_str(&format!(" · {}", e.issued_on));
    }
    let preview = match &e.kind {
        EvidenceKind::File { media_type, .. } => crate::service::evidence::Preview::of(media_type)
            .map(|kind| {
                let kind = match kind {
                    crate::service::evidence::Preview::Image => "image",
                    crate::service::evidence::Preview::Pdf => "pdf",
                };
                (kind, format!("{href}?inline=1"))
            }),
        EvidenceKind::Url { .. } => None,
    };
    EvidenceView {
        preview,
        id: e.id,
        title: e.title.clone(),
        href,
        external,
        detail,
        public: e.public,
        carried: e.carried_from.as_ref().map(|from| {
            (
                from.clone(),
                tr.ta("evidence-carried-from", &[("edition", from.as_str())]),
            )
        }),
    }
}

#[derive(Debug)]
pub struct MessageView {
    pub author: String,
    pub when: String,
    pub round: i64,
    pub body: String,
}

impl MessageView {
    pub fn new(m: &Message) -> Self {
        Self {
            author: m.author.clone(),
            when: when(m.created_at),
            round: m.round,
            body: m.body.clone(),
        }
    }
}

#[derive(Debug)]
pub struct DecisionView {
    pub round: i64,
    pub decision: &'static str,
    pub label: String,
    pub comment: String,
    pub proposed: String,
    pub when: String,
    /// Made on the answer as it stands now.
    pub current: bool,
}

impl DecisionView {
    /// A decision on `question`, whose answer is now at `answer_version`; a proposed value is
    /// shown with option labels.
    pub fn new(
        tr: Tr,
        question: &cyberindex_engine::Question,
        r: &Review,
        answer_version: i64,
    ) -> Self {
        Self {
            round: r.round,
            decision: r.decision.as_str(),
            label: tr.t(decision_key(r.decision)),
            comment: r.comment.clone(),
            proposed: display_value(
                tr,
                question,
                r.proposed_value.as_deref().unwrap_or_default(),
            ),
            when: when(r.created_at),
            current: r.answer_version == answer_version,
        }
    }
}

pub fn decision_key(d: Decision) -> &'static str {
    match d {
        Decision::Accept => "decision-accept",
        Decision::Clarify => "decision-clarify",
        Decision::Reject => "decision-reject",
    }
}

/// An answer as readers see it: option labels instead of option ids.
pub fn display_value(tr: Tr, question: &cyberindex_engine::Question, value: &str) -> String {
    if question.options.is_empty() || value.is_empty() {
        return value.to_string();
    }
    value
        .split(' ')
        .map(|id| {
            question
                .options
                .iter()
                .find(|o| o.id == id)
                .map_or(id.to_string(), |o| tr.pick(&o.label).to_string())
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The message key of an account's state: deactivated, invited and not yet accepted (no password
/// set yet), or active.
pub fn user_state_key(user: &cyberindex_store::User) -> &'static str {
    if !user.active {
        "users-state-deactivated"
    } else if user.password_hash.is_none() {
        "users-state-invited"
    } else {
        "users-state-active"
    }
}

/// A timestamp (Unix ms) as RFC 3339, UTC (for `<time datetime>`, exports and the API).
pub fn iso(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}
