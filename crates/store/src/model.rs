//! The records the store keeps, as the rest of cyberindex sees them.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// What a user may do. Spelled as in `cyberindex user add --role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "kebab-case")]
#[sqlx(type_name = "text", rename_all = "kebab-case")]
pub enum Role {
    /// Secretariat administrator.
    Admin,
    /// Secretariat reviewer.
    Reviewer,
    /// The one accountable person per country, who may submit.
    FocalPoint,
    /// Answers for a country but cannot submit.
    Contributor,
    /// Reads the countries assigned to them.
    Observer,
    /// Staff of one CIRT of the directory: edits their own team's record, reads the rest of
    /// the directory as a member; no access to the index questionnaire.
    TeamStaff,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Admin,
        Role::Reviewer,
        Role::FocalPoint,
        Role::Contributor,
        Role::Observer,
        Role::TeamStaff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Reviewer => "reviewer",
            Role::FocalPoint => "focal-point",
            Role::Contributor => "contributor",
            Role::Observer => "observer",
            Role::TeamStaff => "team-staff",
        }
    }

    /// Whether the role belongs to one country (and so requires one).
    pub fn is_country_role(self) -> bool {
        matches!(self, Role::FocalPoint | Role::Contributor)
    }

    /// Whether the role belongs to one directory team (and so requires one).
    pub fn is_team_role(self) -> bool {
        matches!(self, Role::TeamStaff)
    }

    /// Whether the role is secretariat staff.
    pub fn is_secretariat(self) -> bool {
        matches!(self, Role::Admin | Role::Reviewer)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown role `{s}`: use admin, reviewer, focal-point, contributor, observer or team-staff"
                )
            })
    }
}

/// An account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The country of a focal point or contributor.
    pub country: Option<String>,
    /// The directory team (`teams.id`) of a team staff member.
    pub team: Option<String>,
    /// Countries an observer may read.
    #[sqlx(skip)]
    pub observed: Vec<String>,
    #[serde(skip)]
    pub password_hash: Option<String>,
    #[serde(skip)]
    pub totp_secret: Option<String>,
    pub totp_enabled: bool,
    pub language: String,
    pub active: bool,
    pub created_at: i64,
    pub last_login_at: Option<i64>,
    /// Unread notifications, counted for the pages a signed-in session opens (0 elsewhere).
    #[sqlx(skip)]
    #[serde(skip)]
    pub unread: i64,
}

/// Where a response stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord, sqlx::Type)]
#[serde(rename_all = "kebab-case")]
#[sqlx(type_name = "text", rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    Submitted,
    InReview,
    /// Sent back to the country for a new review round.
    Returned,
    Validated,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Submitted,
        Status::InReview,
        Status::Returned,
        Status::Validated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Submitted => "submitted",
            Status::InReview => "in-review",
            Status::Returned => "returned",
            Status::Validated => "validated",
        }
    }

    /// Whether the country may change its answers (when returned: those the review asks about).
    pub fn is_open_to_country(self) -> bool {
        matches!(
            self,
            Status::NotStarted | Status::InProgress | Status::Returned
        )
    }

    /// Whether the response is with the reviewers.
    pub fn is_under_review(self) -> bool {
        matches!(self, Status::Submitted | Status::InReview)
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|x| x.as_str() == s)
            .ok_or_else(|| format!("unknown status `{s}`"))
    }
}

/// Where an answer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, sqlx::Type)]
#[serde(rename_all = "kebab-case")]
#[sqlx(type_name = "text", rename_all = "kebab-case")]
pub enum Provenance {
    /// Given by the country.
    Country,
    /// Drafted by the secretariat from public sources.
    Secretariat,
    /// Carried forward from the previous edition.
    CarriedForward,
}

impl Provenance {
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::Country => "country",
            Provenance::Secretariat => "secretariat",
            Provenance::CarriedForward => "carried-forward",
        }
    }
}

impl FromStr for Provenance {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [
            Provenance::Country,
            Provenance::Secretariat,
            Provenance::CarriedForward,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
        .ok_or_else(|| format!("unknown provenance `{s}`"))
    }
}

/// An edition: one round of the questionnaire with a frozen framework.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Edition {
    pub id: String,
    /// The default name, shown in every language that has none of its own in `names`.
    pub name: String,
    /// The name in other languages, by UN language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`);
    /// stored as a JSON object in `editions.names` and read by the store's queries.
    #[sqlx(skip)]
    pub names: BTreeMap<String, String>,
    pub framework_id: String,
    pub framework_version: String,
    #[serde(skip)]
    pub framework_source: String,
    /// ISO date.
    pub opens_on: String,
    /// ISO date.
    pub deadline: String,
    pub archived_at: Option<i64>,
    pub created_at: i64,
    #[sqlx(skip)]
    pub countries: Vec<String>,
    /// What happens to secretariat drafts not confirmed by the deadline.
    pub desk_policy: DeskPolicy,
}

impl Edition {
    /// The name in `lang`, or the default name when the edition has none in that language.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names.get(lang).map_or(&self.name, String::as_str)
    }
}

/// What happens at the deadline to answers the secretariat drafted and the country did not
/// confirm or correct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, sqlx::Type)]
#[serde(rename_all = "kebab-case")]
#[sqlx(type_name = "text", rename_all = "kebab-case")]
pub enum DeskPolicy {
    /// The draft stands as the answer (outcome `kept-by-policy`).
    KeepDraft,
    /// The draft is removed and the question counts as unanswered (`dropped-by-policy`).
    DropDraft,
}

impl DeskPolicy {
    pub fn as_str(self) -> &'static str {
        match self {
            DeskPolicy::KeepDraft => "keep-draft",
            DeskPolicy::DropDraft => "drop-draft",
        }
    }
}

impl FromStr for DeskPolicy {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "keep-draft" => Ok(DeskPolicy::KeepDraft),
            "drop-draft" => Ok(DeskPolicy::DropDraft),
            _ => Err(format!(
                "unknown policy `{s}`: use keep-draft or drop-draft"
            )),
        }
    }
}

/// One country's response in an edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Response {
    pub edition_id: String,
    pub country: String,
    pub status: Status,
    pub submitted_at: Option<i64>,
    pub submitted_by: Option<i64>,
    pub last_activity_at: Option<i64>,
    /// The review round: 1 at the first submission, one more each time it is sent back.
    pub round: i64,
    /// ISO date by which the country should answer the current round.
    pub round_deadline: Option<String>,
    /// What the reviewers wrote to the country when they last sent the response back.
    pub round_message: Option<String>,
}

/// One stored answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Answer {
    pub question_id: String,
    /// As written; `None` when cleared. Never "0" for not answered.
    pub value: Option<String>,
    pub comment: String,
    /// Increases by one with every save; a save must name the version it started from.
    pub version: i64,
    pub provenance: Provenance,
    /// Whether the country has confirmed a pre-filled answer.
    pub confirmed: bool,
    /// What became of a pre-filled answer: `confirmed`, `corrected`, `kept-by-policy` or
    /// `dropped-by-policy`.
    pub outcome: Option<String>,
    pub updated_by: Option<i64>,
    pub updated_at: i64,
}

/// A change to an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerChange {
    pub value: Option<String>,
    pub comment: String,
    /// The version the editor started from (0 when there was no answer yet).
    pub expected_version: i64,
    pub provenance: Provenance,
}

/// Evidence attached to an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub id: i64,
    pub question_id: String,
    #[serde(flatten)]
    pub kind: EvidenceKind,
    pub title: String,
    /// Language code of the document.
    pub language: String,
    /// ISO date of the document.
    pub issued_on: String,
    pub public: bool,
    pub created_by: Option<i64>,
    pub created_at: i64,
    /// The edition this item was carried forward from with its answer (the same link, or the
    /// same stored file); `None` for evidence attached in this edition.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<String>,
}

impl Evidence {
    /// The evidence as one line of a [`Snapshot`]: `title <url>`, or
    /// `title <file name, sha256 hex>`. Built only here, for the stored snapshot and the
    /// reviewers' diff alike, so the two compare equal when nothing changed.
    pub fn snapshot_line(&self) -> String {
        match &self.kind {
            EvidenceKind::Url { url } => format!("{} <{url}>", self.title),
            EvidenceKind::File {
                file_name, sha256, ..
            } => format!("{} <{file_name}, sha256 {sha256}>", self.title),
        }
    }
}

/// A question's evidence as a [`Snapshot`] keeps it: one [`Evidence::snapshot_line`] per item,
/// in the order given (the store's order: by id), joined by newlines; empty for none.
pub fn evidence_snapshot<'a>(evidence: impl IntoIterator<Item = &'a Evidence>) -> String {
    evidence
        .into_iter()
        .map(Evidence::snapshot_line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A link, or a stored file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum EvidenceKind {
    Url {
        url: String,
    },
    File {
        sha256: String,
        file_name: String,
        media_type: String,
        size: i64,
    },
}

/// Details of new evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvidence {
    pub question_id: String,
    pub kind: EvidenceKind,
    pub title: String,
    pub language: String,
    pub issued_on: String,
    pub public: bool,
}

/// A personal API token (the secret itself is never stored).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A message for email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct OutboxMessage {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
    pub error: Option<String>,
}

/// The purpose of a single-use link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "kebab-case")]
pub enum LinkPurpose {
    Invitation,
    Reset,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Invitation => "invitation",
            LinkPurpose::Reset => "reset",
        }
    }
}

/// A reviewer's decision on an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, sqlx::Type)]
#[serde(rename_all = "kebab-case")]
#[sqlx(type_name = "text", rename_all = "kebab-case")]
pub enum Decision {
    Accept,
    /// Request clarification (a comment is required).
    Clarify,
    /// Reject (a comment is required; a value may be proposed).
    Reject,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Accept => "accept",
            Decision::Clarify => "clarify",
            Decision::Reject => "reject",
        }
    }
}

impl FromStr for Decision {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "accept" => Ok(Decision::Accept),
            "clarify" => Ok(Decision::Clarify),
            "reject" => Ok(Decision::Reject),
            _ => Err(format!(
                "unknown decision `{s}`: use accept, clarify or reject"
            )),
        }
    }
}

/// One review decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Review {
    pub id: i64,
    pub question_id: String,
    pub round: i64,
    pub decision: Decision,
    pub comment: String,
    pub proposed_value: Option<String>,
    /// The answer version decided on (0: no answer).
    pub answer_version: i64,
    pub reviewer_id: Option<i64>,
    pub created_at: i64,
}

/// A message in a question's thread, or a reviewer-only note (`internal`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Message {
    pub id: i64,
    pub question_id: String,
    pub round: i64,
    pub internal: bool,
    pub body: String,
    pub author_id: Option<i64>,
    /// The author's email.
    pub author: String,
    pub created_at: i64,
}

/// An answer as it was submitted in a round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Snapshot {
    pub round: i64,
    pub question_id: String,
    pub value: Option<String>,
    pub comment: String,
    /// Evidence titles and targets, one per line: [`evidence_snapshot`].
    pub evidence: String,
}

/// A reviewer assigned to a country (the whole response when `pillar` is empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Assignment {
    pub country: String,
    pub pillar: String,
    pub reviewer_id: i64,
    pub reviewer: String,
}

/// An in-app notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Notification {
    pub id: i64,
    pub subject: String,
    pub link: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

/// A team of the CIRT directory as stored: its record (JSON of `cyberindex_directory::Team`)
/// and the copies of its country and name that lists use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct TeamRow {
    pub id: String,
    pub country: String,
    pub official_name: String,
    pub record: String,
    pub version: i64,
    pub updated_at: i64,
    pub updated_by: Option<i64>,
}

/// A team record to save: `expected` is `None` to create it, else the version it was read at.
#[derive(Debug, Clone, Copy)]
pub struct TeamSave<'a> {
    pub id: &'a str,
    pub country: &'a str,
    pub official_name: &'a str,
    pub record: &'a str,
    pub expected: Option<i64>,
}

/// A who's who filter the secretariat saved under a name, to download as a mailing list.
/// `query` is the page's URL query string (`region=africa&type=national&emergency=1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct SavedQuery {
    pub id: i64,
    pub name: String,
    pub query: String,
    pub created_by: Option<i64>,
    pub created_at: i64,
}

/// A reachability check of the directory: one request of the secretariat, for a `scope` such
/// as `team:ke-cirt`, `country:KEN`, `region:Africa` or `all`. Times in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct CheckRun {
    pub id: i64,
    pub scope: String,
    pub due_at: i64,
    /// An acknowledgement later than this after the message is late.
    pub window_seconds: i64,
    /// When set, starting this run schedules the next one this many days later.
    pub repeat_days: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<i64>,
    /// `None` until its messages are sent.
    pub started_at: Option<i64>,
}

/// One message of a check to one channel of one team, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Ping {
    pub id: i64,
    pub run_id: i64,
    pub team_id: String,
    /// The channel's kind: `email` (a message with a link) or `phone` (a call the secretariat
    /// makes and records).
    pub channel: String,
    pub address: String,
    pub sent_at: i64,
    /// Why the message could not be delivered.
    pub error: Option<String>,
    /// When the link was used, or when a call was answered.
    pub acked_at: Option<i64>,
    /// The run's window, for telling a late acknowledgement.
    pub window_seconds: i64,
    /// What the caller noted of a call.
    pub note: Option<String>,
    /// Who recorded the call.
    pub called_by: Option<i64>,
    /// When a call went unanswered (a later answered call still counts).
    pub unanswered_at: Option<i64>,
}

/// What the directory last saw of a team's security.txt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct SecurityTxtSeen {
    pub team_id: String,
    /// `import` or `fetch`.
    pub source: String,
    /// Where it was read (a URL, or the imported file's name).
    pub url: String,
    /// Whether a file was there.
    pub found: bool,
    pub body: Option<String>,
    /// Why no file was read (an HTTP status, a refused connection).
    pub error: Option<String>,
    pub observed_at: i64,
    pub observed_by: Option<i64>,
}

/// A ping to record when a check starts: the link's hash, never the link.
#[derive(Debug, Clone, Copy)]
pub struct NewPing<'a> {
    pub team_id: &'a str,
    pub channel: &'a str,
    pub address: &'a str,
    pub token_hash: &'a str,
}

/// A message of a check that already ran, to record as it ended (`import_check`).
#[derive(Debug, Clone, Copy)]
pub struct PastPing<'a> {
    pub team_id: &'a str,
    pub channel: &'a str,
    pub address: &'a str,
    /// The hash of a link nobody holds (the demonstration) or of the original link.
    pub token_hash: &'a str,
    pub sent_at: i64,
    pub acked_at: Option<i64>,
    pub error: Option<&'a str>,
    /// For a call: when it went unanswered, and the caller's note.
    pub unanswered_at: Option<i64>,
    pub note: Option<&'a str>,
}

/// A webhook endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Webhook {
    pub id: i64,
    pub url: String,
    #[serde(skip)]
    pub secret: String,
    pub active: bool,
    pub created_at: i64,
}

/// One delivery of one event to one webhook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Delivery {
    pub id: i64,
    pub webhook_id: i64,
    pub url: String,
    #[serde(skip)]
    pub secret: String,
    pub event: String,
    pub payload: String,
    pub attempts: i64,
    pub next_attempt_at: Option<i64>,
    pub delivered_at: Option<i64>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
}

/// Which audit entries to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub edition: Option<String>,
    pub country: Option<String>,
    pub question: Option<String>,
    pub actor: Option<i64>,
    pub action_prefix: Option<String>,
    /// Leave out entries about reviewer-only notes.
    pub hide_confidential: bool,
    pub limit: Option<i64>,
}

/// A publication to write: the frozen inputs and the results document built from them.
#[derive(Debug, Clone)]
pub struct NewPublication {
    pub edition: String,
    pub change_note: String,
    pub licence: String,
    pub framework_source: String,
    /// Countries published.
    pub countries: i64,
}

/// The frozen texts of a publication, made once its version and time are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrozenTexts {
    pub answers_csv: String,
    pub results_json: String,
}

/// A publication's header, without its frozen texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct PublicationMeta {
    #[sqlx(rename = "edition_id")]
    pub edition: String,
    pub version: i64,
    pub published_at: i64,
    pub published_by: Option<i64>,
    pub change_note: String,
    pub licence: String,
    pub countries: i64,
}

/// A whole publication.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Publication {
    #[sqlx(flatten)]
    pub meta: PublicationMeta,
    pub framework_source: String,
    pub answers_csv: String,
    pub results_json: String,
}

// --- CIRT maturity assessments (issue 17) ---

/// A level of a maturity parameter: 0 to 4, or not applicable. Stored as `0`…`4` and `na`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    sqlx::Type,
)]
#[sqlx(type_name = "text")]
pub enum Level {
    #[serde(rename = "0")]
    #[sqlx(rename = "0")]
    L0,
    #[serde(rename = "1")]
    #[sqlx(rename = "1")]
    L1,
    #[serde(rename = "2")]
    #[sqlx(rename = "2")]
    L2,
    #[serde(rename = "3")]
    #[sqlx(rename = "3")]
    L3,
    #[serde(rename = "4")]
    #[sqlx(rename = "4")]
    L4,
    /// Not applicable to this team.
    #[serde(rename = "na")]
    #[sqlx(rename = "na")]
    NotApplicable,
}

impl Level {
    pub const ALL: [Level; 6] = [
        Level::L0,
        Level::L1,
        Level::L2,
        Level::L3,
        Level::L4,
        Level::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::L0 => "0",
            Level::L1 => "1",
            Level::L2 => "2",
            Level::L3 => "3",
            Level::L4 => "4",
            Level::NotApplicable => "na",
        }
    }

    /// The number of a level 0 to 4 (`None` for n/a).
    pub fn number(self) -> Option<u8> {
        match self {
            Level::L0 => Some(0),
            Level::L1 => Some(1),
            Level::L2 => Some(2),
            Level::L3 => Some(3),
            Level::L4 => Some(4),
            Level::NotApplicable => None,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Level {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        Level::ALL
            .into_iter()
            .find(|l| {
                l.as_str() == s || (s.eq_ignore_ascii_case("n/a") && *l == Level::NotApplicable)
            })
            .ok_or_else(|| format!("unknown level `{s}`: use 0, 1, 2, 3, 4 or n/a"))
    }
}

/// What an assessment is: the team's own, a peer's, or an audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum AssessmentKind {
    /// Stored as `self`.
    #[serde(rename = "self")]
    #[sqlx(rename = "self")]
    SelfAssessed,
    Peer,
    Audit,
}

impl AssessmentKind {
    pub const ALL: [AssessmentKind; 3] = [
        AssessmentKind::SelfAssessed,
        AssessmentKind::Peer,
        AssessmentKind::Audit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AssessmentKind::SelfAssessed => "self",
            AssessmentKind::Peer => "peer",
            AssessmentKind::Audit => "audit",
        }
    }
}

impl FromStr for AssessmentKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AssessmentKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("unknown assessment kind `{s}`: use self, peer or audit"))
    }
}

/// Where an assessment stands (see the workflow's `maturity` module for the steps between).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum AssessmentStatus {
    /// The team fills in its levels, notes and evidence.
    SelfAssessment,
    /// Submitted: the peer reviewer (or the secretariat) records validated levels.
    PeerReview,
    /// The reviewer validated it; waiting for the secretariat's sign-off.
    Validated,
    /// Signed off by the secretariat: nothing changes any more.
    SignedOff,
}

impl AssessmentStatus {
    pub const ALL: [AssessmentStatus; 4] = [
        AssessmentStatus::SelfAssessment,
        AssessmentStatus::PeerReview,
        AssessmentStatus::Validated,
        AssessmentStatus::SignedOff,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AssessmentStatus::SelfAssessment => "self_assessment",
            AssessmentStatus::PeerReview => "peer_review",
            AssessmentStatus::Validated => "validated",
            AssessmentStatus::SignedOff => "signed_off",
        }
    }
}

impl FromStr for AssessmentStatus {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AssessmentStatus::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown assessment status `{s}`: use self_assessment, peer_review, validated or signed_off"
                )
            })
    }
}

impl fmt::Display for AssessmentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A step of an assessment from one status to another. Which steps exist, from where and by
/// whom is the workflow's rule; the store applies a step it is given, on the version it was
/// decided on. Audited as `maturity.<step>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The team submits its self-assessment for peer review.
    Submit,
    /// The reviewer sends it back with comments: a new round begins.
    Return,
    /// The reviewer validates it.
    Validate,
    /// The secretariat signs it off.
    SignOff,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Submit, Step::Return, Step::Validate, Step::SignOff];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Submit => "submit",
            Step::Return => "return",
            Step::Validate => "validate",
            Step::SignOff => "sign_off",
        }
    }
}

/// An assessment of one directory team against a framework frozen when it was created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Assessment {
    pub id: i64,
    /// The directory team (`teams.id`).
    pub team_id: String,
    pub framework_id: String,
    pub framework_version: String,
    /// The SHA-256 of the framework's TOML as it was when the assessment was created (read it
    /// with `Store::maturity_framework`).
    pub framework_sha256: String,
    pub kind: AssessmentKind,
    pub status: AssessmentStatus,
    /// 1 at first; each return by the reviewer begins the next.
    pub round: i64,
    /// The assigned peer reviewer (a user id).
    pub reviewer_id: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub updated_at: i64,
    pub signed_off_at: Option<i64>,
    pub signed_off_by: Option<i64>,
    /// Grows with each step and reviewer change.
    pub version: i64,
}

/// A new assessment (`create_assessment`).
#[derive(Debug, Clone, Copy)]
pub struct NewAssessment<'a> {
    pub team_id: &'a str,
    pub framework_id: &'a str,
    pub framework_version: &'a str,
    pub framework_source: &'a str,
    pub kind: AssessmentKind,
}

/// One parameter of an assessment: the self-assessed level and the validated one side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ParameterAnswer {
    pub assessment_id: i64,
    /// The question id in the framework, such as `O-6`.
    pub parameter: String,
    /// `None` while unanswered.
    pub self_level: Option<Level>,
    pub note: String,
    pub self_by: Option<i64>,
    pub self_at: Option<i64>,
    pub validated_level: Option<Level>,
    pub comment: String,
    pub validated_by: Option<i64>,
    pub validated_at: Option<i64>,
    /// Grows with each save of either side; 0 for a parameter never saved.
    pub version: i64,
}

/// One parameter's change in a batch of level saves (`Store::save_levels`): the level
/// (`None`: unanswered), the note (team) or comment (reviewer), and the answer's version the
/// change was decided on (0: never saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelSave {
    pub parameter: String,
    pub level: Option<Level>,
    pub text: String,
    pub expected: i64,
}

/// What a snapshot keeps of one parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct SnapshotEntry {
    #[serde(rename = "self")]
    pub self_level: Option<Level>,
    pub note: String,
    #[serde(rename = "validated")]
    pub validated_level: Option<Level>,
    pub comment: String,
}

/// Every parameter of an assessment when a step was taken (or when it was created).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentSnapshot {
    pub id: i64,
    pub assessment_id: i64,
    /// The round the step closed (a `return` closes round N; the next begins at N+1).
    pub round: i64,
    /// `create`, or a [`Step`]'s name.
    pub step: String,
    /// The status the step led to.
    pub status: AssessmentStatus,
    pub reason: String,
    pub parameters: BTreeMap<String, SnapshotEntry>,
    pub taken_at: i64,
    pub taken_by: Option<i64>,
}

/// What kind of evidence an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum MaturityEvidenceKind {
    Url,
    /// A stored file, by SHA-256 (the same blob folder as the index's evidence).
    File,
    /// A reachability check message of the directory (`team_pings.id`).
    Check,
}

impl MaturityEvidenceKind {
    pub const ALL: [MaturityEvidenceKind; 3] = [
        MaturityEvidenceKind::Url,
        MaturityEvidenceKind::File,
        MaturityEvidenceKind::Check,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MaturityEvidenceKind::Url => "url",
            MaturityEvidenceKind::File => "file",
            MaturityEvidenceKind::Check => "check",
        }
    }
}

/// Where a new evidence item points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceSource {
    Url(String),
    /// A file already stored in the blob folder under its SHA-256.
    File {
        sha256: String,
        file_name: String,
        media_type: String,
        size: i64,
    },
    /// A reachability check message (`team_pings.id`).
    Check(i64),
}

/// A new evidence item of a parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMaturityEvidence {
    pub assessment_id: i64,
    pub parameter: String,
    pub source: EvidenceSource,
    pub title: String,
    /// YYYY-MM-DD.
    pub issued_on: String,
    /// YYYY-MM-DD; the parameter is flagged once this date has passed.
    pub expires_on: Option<String>,
}

/// An evidence item of a parameter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct MaturityEvidence {
    pub id: i64,
    pub assessment_id: i64,
    pub parameter: String,
    pub kind: MaturityEvidenceKind,
    pub url: Option<String>,
    pub sha256: Option<String>,
    pub file_name: Option<String>,
    pub media_type: Option<String>,
    pub size: Option<i64>,
    pub ping_id: Option<i64>,
    pub title: String,
    pub issued_on: String,
    pub expires_on: Option<String>,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub deleted_at: Option<i64>,
}

/// Where a roadmap item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum RoadmapStatus {
    Open,
    InProgress,
    Done,
    Dropped,
}

impl RoadmapStatus {
    pub const ALL: [RoadmapStatus; 4] = [
        RoadmapStatus::Open,
        RoadmapStatus::InProgress,
        RoadmapStatus::Done,
        RoadmapStatus::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RoadmapStatus::Open => "open",
            RoadmapStatus::InProgress => "in_progress",
            RoadmapStatus::Done => "done",
            RoadmapStatus::Dropped => "dropped",
        }
    }

    /// Reads `open`, `in_progress`, `done` or `dropped`.
    pub fn parse(s: &str) -> Option<Self> {
        RoadmapStatus::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether the item still needs work (`open` or `in_progress`).
    pub fn is_active(self) -> bool {
        matches!(self, RoadmapStatus::Open | RoadmapStatus::InProgress)
    }
}

/// A new roadmap item: one blocking parameter of a profile's next level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRoadmapItem {
    pub team_id: String,
    pub assessment_id: Option<i64>,
    pub profile_id: String,
    pub level_id: String,
    pub parameter: String,
    /// The parameter's level now (`""` when unanswered, `na`, or a number).
    pub from_level: String,
    /// The level the next tier requires.
    pub to_level: String,
    pub action: String,
    pub owner: String,
    /// YYYY-MM-DD.
    pub due_on: Option<String>,
    /// A FIRST CSIRT Services Framework service id.
    pub service_id: Option<String>,
}

/// An item of a team's roadmap.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct RoadmapItem {
    pub id: i64,
    pub team_id: String,
    pub assessment_id: Option<i64>,
    pub profile_id: String,
    pub level_id: String,
    pub parameter: String,
    pub from_level: String,
    pub to_level: String,
    pub action: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub status: RoadmapStatus,
    pub service_id: Option<String>,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub updated_at: i64,
    pub updated_by: Option<i64>,
    pub version: i64,
}

/// The editable fields of a roadmap item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapChange {
    pub action: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub status: RoadmapStatus,
    pub service_id: Option<String>,
}

// --- The establishment tracker (issue 17, part 6) ---

/// A phase of an engagement to establish a national CIRT, in order; `Closed` ends it.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    sqlx::Type,
)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum Phase {
    Assessment,
    Design,
    Establishment,
    Enhancement,
    Closed,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Assessment,
        Phase::Design,
        Phase::Establishment,
        Phase::Enhancement,
        Phase::Closed,
    ];

    /// The four working phases (every phase but `Closed`), in order.
    pub const WORKING: [Phase; 4] = [
        Phase::Assessment,
        Phase::Design,
        Phase::Establishment,
        Phase::Enhancement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Assessment => "assessment",
            Phase::Design => "design",
            Phase::Establishment => "establishment",
            Phase::Enhancement => "enhancement",
            Phase::Closed => "closed",
        }
    }

    /// Reads a phase's name (`assessment` … `closed`).
    pub fn parse(s: &str) -> Option<Self> {
        Phase::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The phase after this one (`None` after `Closed`).
    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::Assessment => Some(Phase::Design),
            Phase::Design => Some(Phase::Establishment),
            Phase::Establishment => Some(Phase::Enhancement),
            Phase::Enhancement => Some(Phase::Closed),
            Phase::Closed => None,
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a deliverable is. Each working phase has one required kind; `Other` belongs to any phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum DeliverableKind {
    ReadinessReport,
    DesignDocument,
    Procedures,
    Handover,
    Other,
}

impl DeliverableKind {
    pub const ALL: [DeliverableKind; 5] = [
        DeliverableKind::ReadinessReport,
        DeliverableKind::DesignDocument,
        DeliverableKind::Procedures,
        DeliverableKind::Handover,
        DeliverableKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliverableKind::ReadinessReport => "readiness_report",
            DeliverableKind::DesignDocument => "design_document",
            DeliverableKind::Procedures => "procedures",
            DeliverableKind::Handover => "handover",
            DeliverableKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        DeliverableKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The phase whose required deliverable this is (`None` for `Other`).
    pub fn phase(self) -> Option<Phase> {
        match self {
            DeliverableKind::ReadinessReport => Some(Phase::Assessment),
            DeliverableKind::DesignDocument => Some(Phase::Design),
            DeliverableKind::Procedures => Some(Phase::Establishment),
            DeliverableKind::Handover => Some(Phase::Enhancement),
            DeliverableKind::Other => None,
        }
    }

    /// The deliverable a working phase requires before the engagement moves on.
    pub fn required_for(phase: Phase) -> Option<DeliverableKind> {
        DeliverableKind::ALL
            .into_iter()
            .find(|k| k.phase() == Some(phase))
    }
}

/// Where a deliverable stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum DeliverableStatus {
    Submitted,
    Approved,
    ChangesRequested,
}

impl DeliverableStatus {
    pub const ALL: [DeliverableStatus; 3] = [
        DeliverableStatus::Submitted,
        DeliverableStatus::Approved,
        DeliverableStatus::ChangesRequested,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliverableStatus::Submitted => "submitted",
            DeliverableStatus::Approved => "approved",
            DeliverableStatus::ChangesRequested => "changes_requested",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        DeliverableStatus::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The programme's engagement with one country to establish its national CIRT.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Engagement {
    pub id: i64,
    /// ISO 3166 alpha-3.
    pub country: String,
    /// The directory team (`teams.id`), once it exists.
    pub team_id: Option<String>,
    pub phase: Phase,
    /// When the current phase began (Unix milliseconds).
    pub phase_since: i64,
    pub note: String,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub updated_at: i64,
    /// Grows with each phase change and each change of the linked team.
    pub version: i64,
}

/// A phase change of an engagement (its creation has `from_phase` empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct PhaseChange {
    pub id: i64,
    pub engagement_id: i64,
    pub from_phase: String,
    pub to_phase: String,
    pub note: String,
    pub changed_at: i64,
    pub changed_by: Option<i64>,
}

/// Where a new deliverable points: a link, or a file already in the blob folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliverableSource {
    Url(String),
    File {
        sha256: String,
        file_name: String,
        media_type: String,
        size: i64,
    },
}

/// A new deliverable of an engagement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDeliverable {
    pub engagement_id: i64,
    pub phase: Phase,
    pub kind: DeliverableKind,
    pub title: String,
    /// YYYY-MM-DD.
    pub issued_on: String,
    pub source: DeliverableSource,
}

/// A deliverable of an engagement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Deliverable {
    pub id: i64,
    pub engagement_id: i64,
    pub phase: Phase,
    pub kind: DeliverableKind,
    pub title: String,
    pub issued_on: String,
    pub url: Option<String>,
    pub sha256: Option<String>,
    pub file_name: Option<String>,
    pub media_type: Option<String>,
    pub size: Option<i64>,
    pub status: DeliverableStatus,
    pub comment: String,
    pub decided_at: Option<i64>,
    pub decided_by: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub version: i64,
}

/// A service planned for the CIRT: a FIRST CSIRT Services Framework service id and the phase
/// it starts in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct PlannedService {
    pub engagement_id: i64,
    pub service_id: String,
    pub phase: Phase,
    pub updated_at: i64,
    pub updated_by: Option<i64>,
}
