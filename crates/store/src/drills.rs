//! The records of CyberDrills (issue 18): scenario versions, drills, their teams, participant
//! links and sessions, the live timeline's injects, responses, evaluations, lessons and the
//! improvement plan. The rules (who may do what, which status follows which) are the
//! workflow's (`cyberindex_workflow::drill`); the store keeps the rows and checks under the
//! write lock only what must hold there: the version a change was decided on, that a released
//! inject never changes, that a link opens one session.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// `as_str`, `ALL`, `FromStr` and `Display` of a text enum stored as its snake_case name.
macro_rules! text_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let s = s.trim();
                $name::ALL.iter().copied().find(|v| v.as_str() == s).ok_or_else(|| {
                    format!(
                        "unknown {} `{s}`: use {}",
                        stringify!($name),
                        [$($text),+].join(", ")
                    )
                })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// Where a drill is played: one country, a region, or worldwide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum DrillLevel {
    National,
    Regional,
    Global,
}
text_enum!(DrillLevel { National => "national", Regional => "regional", Global => "global" });

/// How a drill is played.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum DrillMode {
    Tabletop,
    Hybrid,
    /// A ministry-level strategy exercise.
    Strategy,
}
text_enum!(DrillMode { Tabletop => "tabletop", Hybrid => "hybrid", Strategy => "strategy" });

/// Where a drill stands: planned → comms_check → running ↔ paused → ended → reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum DrillStatus {
    Planned,
    /// The communications check was sent; the drill has not started.
    CommsCheck,
    Running,
    Paused,
    Ended,
    /// The after-action report was issued.
    Reported,
}
text_enum!(DrillStatus {
    Planned => "planned",
    CommsCheck => "comms_check",
    Running => "running",
    Paused => "paused",
    Ended => "ended",
    Reported => "reported",
});

/// What a participant link lets its holder be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum LinkRole {
    /// A member of one team: sees its team's injects, responds for it.
    Player,
    /// Watches (one team, or every team).
    Observer,
    /// Scores responses (one team's, or every team's).
    Evaluator,
}
text_enum!(LinkRole { Player => "player", Observer => "observer", Evaluator => "evaluator" });

/// Where an inject of a drill stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum InjectStatus {
    Pending,
    Released,
    Held,
    Skipped,
}
text_enum!(InjectStatus { Pending => "pending", Released => "released", Held => "held", Skipped => "skipped" });

/// An evaluator's verdict on an expectation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, sqlx::Type)]
#[serde(rename_all = "snake_case")]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum EvaluationResult {
    Success,
    Partial,
    Failed,
}
text_enum!(EvaluationResult { Success => "success", Partial => "partial", Failed => "failed" });

/// One version of a scenario, as imported. Immutable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillScenario {
    pub id: String,
    pub version: String,
    /// `toml` or `json` (OpenAEV's shape).
    pub format: String,
    pub source: String,
    pub sha256: String,
    pub title: String,
    pub licence: String,
    pub tlp: String,
    /// Comma-separated language codes.
    pub languages: String,
    pub created_at: i64,
    pub created_by: Option<i64>,
}

/// A scenario version to keep (`save_scenario`).
#[derive(Debug, Clone, Copy)]
pub struct NewScenario<'a> {
    pub id: &'a str,
    pub version: &'a str,
    pub format: &'a str,
    pub source: &'a str,
    pub title: &'a str,
    pub licence: &'a str,
    pub tlp: &'a str,
    pub languages: &'a str,
}

/// A drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Drill {
    pub id: i64,
    pub scenario_id: String,
    pub scenario_version: String,
    pub title: String,
    pub level: DrillLevel,
    pub host: String,
    /// The directory team whose staff facilitate, besides the secretariat.
    pub host_team_id: Option<String>,
    /// An IANA time zone name (`Africa/Nairobi`).
    pub time_zone: String,
    /// The planned start, in milliseconds.
    pub start_at: i64,
    pub mode: DrillMode,
    pub status: DrillStatus,
    /// Comma-separated language codes.
    pub languages: String,
    /// Whether the host agrees to publish the aggregate results.
    pub public_results: bool,
    pub started_at: Option<i64>,
    /// When the current pause began.
    pub paused_at: Option<i64>,
    /// Milliseconds spent paused before the current pause.
    pub paused_ms: i64,
    pub ended_at: Option<i64>,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub updated_at: i64,
    /// Grows with every change of the drill's row.
    pub version: i64,
}

/// A new drill (`create_drill`), with its scenario's inject ids in scenario order.
#[derive(Debug, Clone, Copy)]
pub struct NewDrill<'a> {
    pub scenario_id: &'a str,
    pub scenario_version: &'a str,
    pub title: &'a str,
    pub level: DrillLevel,
    pub host: &'a str,
    pub host_team_id: Option<&'a str>,
    pub time_zone: &'a str,
    pub start_at: i64,
    pub mode: DrillMode,
    pub languages: &'a str,
    pub public_results: bool,
    pub injects: &'a [&'a str],
}

/// What changes with a drill's status (`set_drill_status`): the clock's columns as the
/// workflow computed them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DrillClock {
    pub started_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub paused_ms: i64,
    pub ended_at: Option<i64>,
}

/// A directory team taking part in a drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillTeam {
    pub drill_id: i64,
    pub team_id: String,
    /// Comma-separated scenario roles (`national-cirt,health-cert`).
    pub roles: String,
    /// Whether the team agrees to offer its results as maturity evidence.
    pub evidence_consent: bool,
    /// The reachability check of the communications check.
    pub check_run_id: Option<i64>,
    pub added_at: i64,
    pub added_by: Option<i64>,
}

/// A participant's magic link (its secret is kept only as a hash, never read back).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillLink {
    pub id: i64,
    pub drill_id: i64,
    /// The team of a player (and of an observer or evaluator limited to one team).
    pub team_id: Option<String>,
    pub role: LinkRole,
    /// Who it is for, in words (a name or an address).
    pub label: String,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub expires_at: i64,
    /// When it opened its session: a link is used once.
    pub used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

/// A link to issue (`issue_drill_link`).
#[derive(Debug, Clone, Copy)]
pub struct NewDrillLink<'a> {
    pub drill_id: i64,
    pub team_id: Option<&'a str>,
    pub role: LinkRole,
    pub label: &'a str,
    pub token_hash: &'a str,
    pub expires_at: i64,
}

/// Why a link opened no session (`redeem_drill_link`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefusal {
    Unknown,
    Used,
    Expired,
    Revoked,
}

/// One inject of a drill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillInject {
    pub drill_id: i64,
    pub inject_id: String,
    /// Its place in the scenario (0, 1, …).
    pub position: i64,
    pub status: InjectStatus,
    /// The facilitator's new time, in seconds from the start (`None`: the scenario's).
    pub offset_seconds: Option<i64>,
    /// The facilitator's new title and body, as JSON by language (`None`: the scenario's).
    pub title: Option<String>,
    pub body: Option<String>,
    /// When it went out, in milliseconds, and at which second of the exercise.
    pub released_at: Option<i64>,
    pub released_offset: Option<i64>,
    pub edited_by: Option<i64>,
    pub edited_at: Option<i64>,
    pub version: i64,
}

/// What the facilitator does to an inject that has not gone out (`change_drill_inject`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InjectChange {
    /// Releases it at this second of the exercise.
    Release {
        offset: i64,
    },
    Hold,
    /// Lifts a hold (back to pending).
    Resume,
    Skip,
    /// New time and/or texts (`None` keeps the current value).
    Edit {
        offset_seconds: Option<i64>,
        title: Option<String>,
        body: Option<String>,
    },
}

/// A team's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillResponse {
    pub id: i64,
    pub drill_id: i64,
    pub team_id: String,
    pub inject_id: String,
    /// The expectation's index in the inject.
    pub expectation: i64,
    pub text: Option<String>,
    /// A stored document (content-addressed, as evidence files).
    pub blob_sha256: Option<String>,
    pub file_name: Option<String>,
    /// The player link it came through.
    pub link_id: Option<i64>,
    pub submitted_at: i64,
}

/// A response to record (`add_drill_response`).
#[derive(Debug, Clone, Copy)]
pub struct NewDrillResponse<'a> {
    pub drill_id: i64,
    pub team_id: &'a str,
    pub inject_id: &'a str,
    pub expectation: i64,
    pub text: Option<&'a str>,
    pub blob_sha256: Option<&'a str>,
    pub file_name: Option<&'a str>,
    pub link_id: Option<i64>,
}

/// An evaluator's verdict on a team's expectation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillEvaluation {
    pub drill_id: i64,
    pub team_id: String,
    pub inject_id: String,
    pub expectation: i64,
    pub result: EvaluationResult,
    /// 0–100.
    pub score: i64,
    pub comment: String,
    /// The evaluator: an account, or an evaluator link.
    pub user_id: Option<i64>,
    pub link_id: Option<i64>,
    pub evaluated_at: i64,
    pub version: i64,
}

/// A verdict to save (`save_drill_evaluation`) on the version `expected` (0: none yet).
#[derive(Debug, Clone, Copy)]
pub struct NewDrillEvaluation<'a> {
    pub drill_id: i64,
    pub team_id: &'a str,
    pub inject_id: &'a str,
    pub expectation: i64,
    pub result: EvaluationResult,
    pub score: i64,
    pub comment: &'a str,
    pub user_id: Option<i64>,
    pub link_id: Option<i64>,
    pub expected: i64,
}

/// An answer to the lessons questionnaire (anonymous ones keep no team and no author).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillLesson {
    pub id: i64,
    pub drill_id: i64,
    pub question: String,
    pub answer: String,
    pub anonymous: bool,
    pub team_id: Option<String>,
    pub link_id: Option<i64>,
    pub user_id: Option<i64>,
    pub submitted_at: i64,
}

/// An item of a drill's improvement plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DrillImprovement {
    pub id: i64,
    pub drill_id: i64,
    /// The team it is for (`None`: every team).
    pub team_id: Option<String>,
    pub issue: String,
    pub action: String,
    pub owner: String,
    /// YYYY-MM-DD.
    pub due_on: Option<String>,
    /// The maturity parameter it serves (`P-9`).
    pub parameter: Option<String>,
    pub status: crate::RoadmapStatus,
    pub created_at: i64,
    pub created_by: Option<i64>,
    pub updated_at: i64,
    pub updated_by: Option<i64>,
    pub version: i64,
}

/// The fields of an improvement item, new or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImprovementFields {
    pub team_id: Option<String>,
    pub issue: String,
    pub action: String,
    pub owner: String,
    pub due_on: Option<String>,
    pub parameter: Option<String>,
    pub status: crate::RoadmapStatus,
}
