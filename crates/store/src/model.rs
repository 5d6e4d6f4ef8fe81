//! The records the store keeps, as the rest of cyberindex sees them.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// What a user may do. Spelled as in `cyberindex user add --role`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
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
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Reviewer,
        Role::FocalPoint,
        Role::Contributor,
        Role::Observer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Reviewer => "reviewer",
            Role::FocalPoint => "focal-point",
            Role::Contributor => "contributor",
            Role::Observer => "observer",
        }
    }

    /// Whether the role belongs to one country (and so requires one).
    pub fn is_country_role(self) -> bool {
        matches!(self, Role::FocalPoint | Role::Contributor)
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
                    "unknown role `{s}`: use admin, reviewer, focal-point, contributor or observer"
                )
            })
    }
}

/// An account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    /// The country of a focal point or contributor.
    pub country: Option<String>,
    /// Countries an observer may read.
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
}

/// Where a response stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    NotStarted,
    InProgress,
    Submitted,
    InReview,
    Validated,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Submitted,
        Status::InReview,
        Status::Validated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Submitted => "submitted",
            Status::InReview => "in-review",
            Status::Validated => "validated",
        }
    }

    /// Whether the country may still change its answers.
    pub fn is_open_to_country(self) -> bool {
        matches!(self, Status::NotStarted | Status::InProgress)
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edition {
    pub id: String,
    pub name: String,
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
    pub countries: Vec<String>,
}

/// One country's response in an edition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Response {
    pub edition_id: String,
    pub country: String,
    pub status: Status,
    pub submitted_at: Option<i64>,
    pub submitted_by: Option<i64>,
    pub last_activity_at: Option<i64>,
}

/// One stored answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A message for email.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
