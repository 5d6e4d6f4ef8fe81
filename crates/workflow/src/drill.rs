//! CyberDrills (issue 18): who may do what in a drill, and the actions on the store.
//!
//! **Permissions as types.** A caller's [`Access`] to a drill comes from its account
//! ([`View::of_user`]: the secretariat, and the staff of the host team, facilitate) or from a
//! participant session opened by a magic link ([`View::of_session`]: a player of one team, an
//! observer or an evaluator). A [`View`] reads what its access covers; the changes are methods
//! of the handles only a `View` hands out after checking the access: [`Console`] (the
//! facilitator: teams, links, communications check, start, pause, end, the live timeline, the
//! improvement plan), [`Player`] (responses for its own team) and [`Evaluator`] (verdicts).
//! Importing scenarios and creating drills are for the [`Planner`]: the secretariat, or the
//! command line.
//!
//! **Invariant (isolation between teams):** a player reaches only its own team's released
//! injects, responses and scores; every read of another team's answers [`DrillError::NotFound`],
//! exactly as for a team that does not exist, never `Forbidden`.
//!
//! **Invariant:** a released inject never changes: editing, holding or skipping it is
//! [`DrillError::Released`] (and the store refuses it under the write lock too), so editing
//! offsets re-orders only what has not gone out ([`cyberindex_drill::timeline`]).
//!
//! Times are milliseconds since the epoch, passed in (`now`); nothing here reads the clock
//! except the store's own row times. Every change is audited by the store (`drill.*`).

use std::collections::{BTreeMap, BTreeSet};

use cyberindex_drill::score::{self, Total, Verdict};
use cyberindex_drill::timeline::Row;
use cyberindex_drill::{Audience, Scenario, Texts};
use cyberindex_store::{
    Drill, DrillEvaluation, DrillLevel, DrillLink, DrillMode, DrillResponse, DrillScenario,
    DrillStatus, DrillTeam, InjectStatus, LinkRefusal, LinkRole, NewDrill, NewScenario, Store,
    StoreError, User,
};

mod console;
mod report;
mod seat;

pub use console::{CommsStatus, Console, IssuedLink};
pub use report::{STRENGTHS_AND_GAPS, is_over, public_report};
pub use seat::{Evaluator, LESSON_QUESTIONS, Player, answer_lesson, answer_lessons};

use crate::{ActionError, secret};

/// How long after a drill ends its links and sessions still open (7 days), in milliseconds.
pub const LINK_GRACE_MS: i64 = 7 * 86_400_000;
/// How long after the planned start a link stays valid at most while the drill has not ended
/// (14 days), in milliseconds.
pub const LINK_MAX_MS: i64 = 14 * 86_400_000;
/// The answer window of a communications check, in hours.
pub const COMMS_WINDOW_HOURS: i64 = 24;
/// The longest title, host, label, owner or lessons question, in characters.
pub const MAX_SHORT_CHARS: usize = 300;

/// Why a drill action was refused or failed. `Display` is the English text.
#[derive(Debug, thiserror::Error)]
pub enum DrillError {
    /// No such drill, team, inject or link, or one the caller may not see (not told apart).
    #[error("This page does not exist, or you do not have access to it.")]
    NotFound,
    /// The caller sees the drill but may not do this.
    #[error("You cannot {} in this drill.", .act.describe())]
    Forbidden { act: Act },
    /// The scenario does not read: every problem, each with where it is.
    #[error("The scenario has {} problem(s): {}", .problems.len(), .problems.join("; "))]
    Scenario { problems: Vec<String> },
    /// The same scenario id and version was imported before with other content.
    #[error(
        "Scenario {id} version {version} already exists with other content: give the changed scenario a new version."
    )]
    ScenarioChanged { id: String, version: String },
    /// The drill's status does not allow this.
    #[error("The drill is {}: you cannot {} now.", status_words(*.status), .act.describe())]
    Status { status: DrillStatus, act: Act },
    /// An inject that went out cannot change.
    #[error("Inject {inject} has been released: it can no longer be changed.")]
    Released { inject: String },
    /// An inject whose dependency does not hold yet.
    #[error("Inject {inject} waits for {depends_on} ({condition}).")]
    Dependency {
        inject: String,
        depends_on: String,
        condition: String,
    },
    #[error("Inject {inject} has no expectation {index}.")]
    UnknownExpectation { inject: String, index: i64 },
    /// A team that is not in the directory.
    #[error("The directory has no team “{team}”.")]
    UnknownTeam { team: String },
    /// A response with neither text nor document.
    #[error("Write a response or attach a document.")]
    EmptyResponse,
    /// A score outside 0–100.
    #[error("A score is a whole number from 0 to 100.")]
    Score,
    /// A text longer than its limit (`field`: `title`, `host`, `label`, `response`, `comment`,
    /// `answer`, `issue`, `action`, `owner`, `question`).
    #[error("The {field} is too long.")]
    TooLong { field: &'static str },
    /// A required text is empty (`field` as for `TooLong`).
    #[error("The {field} is empty.")]
    Empty { field: &'static str },
    /// `time_zone` is not `UTC` or `UTC±HH:MM`.
    #[error("“{value}” is not a time zone: write UTC or an offset such as UTC+03:00.")]
    TimeZone { value: String },
    /// A language code the scenario does not have.
    #[error("The scenario is not written in “{lang}”: choose among {available}.")]
    Language { lang: String, available: String },
    #[error("“{value}” is not a date: write it as YYYY-MM-DD, such as 2026-03-31.")]
    Date { value: String },
    #[error("This link was already used. Ask the facilitator for a new one.")]
    LinkUsed,
    #[error("This link has expired.")]
    LinkExpired,
    #[error("This link was withdrawn. Ask the facilitator for a new one.")]
    LinkRevoked,
    #[error("This link is not valid.")]
    LinkUnknown,
    /// A player link needs a team; the team must take part in the drill.
    #[error("A player link needs one of the drill's teams.")]
    LinkTeam,
    /// The communications check could not be sent (the reachability check's own error).
    #[error(transparent)]
    Comms(#[from] ActionError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A status in English words, as messages say it.
pub fn status_words(status: DrillStatus) -> &'static str {
    match status {
        DrillStatus::Planned => "planned",
        DrillStatus::CommsCheck => "in its communications check",
        DrillStatus::Running => "running",
        DrillStatus::Paused => "paused",
        DrillStatus::Ended => "ended",
        DrillStatus::Reported => "reported",
    }
}

/// What a caller is to a drill.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Access {
    None,
    /// A member of one team, by link.
    Player {
        team: String,
    },
    /// Watches one team or (`None`) all.
    Observer {
        team: Option<String>,
    },
    /// Scores one team or (`None`) all: an evaluator link.
    Evaluator {
        team: Option<String>,
    },
    /// The secretariat, or staff of the host team: runs the drill (and may score).
    Facilitator,
}

/// Something done in a drill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Act {
    /// See the drill and what the access covers.
    Read,
    /// Teams, links, the communications check, start, pause, end, the timeline, the
    /// improvement plan.
    Run,
    Respond,
    Evaluate,
    /// Answer the lessons questionnaire.
    Lessons,
}

impl Act {
    pub const ALL: [Act; 5] = [
        Act::Read,
        Act::Run,
        Act::Respond,
        Act::Evaluate,
        Act::Lessons,
    ];

    /// The English words for the refusal.
    pub fn describe(self) -> &'static str {
        match self {
            Act::Read => "read this",
            Act::Run => "run the drill",
            Act::Respond => "respond",
            Act::Evaluate => "evaluate responses",
            Act::Lessons => "answer the lessons questionnaire",
        }
    }
}

impl Access {
    /// What account `user` is to `drill`: an active account of the secretariat, or of the
    /// staff of the drill's host team, facilitates; any other has no access (participants
    /// come by link).
    pub fn of_user(user: &User, drill: &Drill) -> Access {
        if !user.active {
            return Access::None;
        }
        if user.role.is_secretariat() {
            return Access::Facilitator;
        }
        if user.role == cyberindex_store::Role::TeamStaff
            && user.team.is_some()
            && user.team.as_deref() == drill.host_team_id.as_deref()
        {
            return Access::Facilitator;
        }
        Access::None
    }

    /// What a participant link is to `drill` (none for another drill's link).
    pub fn of_link(link: &DrillLink, drill: &Drill) -> Access {
        if link.drill_id != drill.id || link.revoked_at.is_some() {
            return Access::None;
        }
        match (link.role, &link.team_id) {
            (LinkRole::Player, Some(team)) => Access::Player { team: team.clone() },
            (LinkRole::Player, None) => Access::None,
            (LinkRole::Observer, team) => Access::Observer { team: team.clone() },
            (LinkRole::Evaluator, team) => Access::Evaluator { team: team.clone() },
        }
    }

    /// Whether this access allows `act`.
    pub fn may(&self, act: Act) -> bool {
        match act {
            Act::Read => *self != Access::None,
            Act::Run => *self == Access::Facilitator,
            Act::Respond => matches!(self, Access::Player { .. }),
            Act::Evaluate => matches!(self, Access::Evaluator { .. } | Access::Facilitator),
            Act::Lessons => *self != Access::None,
        }
    }

    /// [`Access::may`], or the error to answer: `NotFound` without read access, `Forbidden`
    /// with it.
    pub fn require(&self, act: Act) -> Result<(), DrillError> {
        if self.may(act) {
            Ok(())
        } else if self.may(Act::Read) {
            Err(DrillError::Forbidden { act })
        } else {
            Err(DrillError::NotFound)
        }
    }

    /// Whether this access reaches team `team`'s injects, responses and scores.
    pub fn sees_team(&self, team: &str) -> bool {
        match self {
            Access::None => false,
            Access::Facilitator => true,
            Access::Player { team: own } => own == team,
            Access::Observer { team: only } | Access::Evaluator { team: only } => {
                only.as_deref().is_none_or(|t| t == team)
            }
        }
    }
}

/// The status a drill moves to by `act` from `from`, if any:
///
/// | from | act | to |
/// |---|---|---|
/// | planned | comms check | comms_check |
/// | planned, comms_check | start | running |
/// | running | pause | paused |
/// | paused | resume | running |
/// | running, paused | end | ended |
/// | ended | report | reported |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Move {
    CommsCheck,
    Start,
    Pause,
    Resume,
    End,
    Report,
}

impl Move {
    pub const ALL: [Move; 6] = [
        Move::CommsCheck,
        Move::Start,
        Move::Pause,
        Move::Resume,
        Move::End,
        Move::Report,
    ];

    /// The statuses it starts from and the one it leads to.
    pub fn rule(self) -> (&'static [DrillStatus], DrillStatus) {
        use DrillStatus as S;
        match self {
            Move::CommsCheck => (&[S::Planned, S::CommsCheck], S::CommsCheck),
            Move::Start => (&[S::Planned, S::CommsCheck], S::Running),
            Move::Pause => (&[S::Running], S::Paused),
            Move::Resume => (&[S::Paused], S::Running),
            Move::End => (&[S::Running, S::Paused], S::Ended),
            Move::Report => (&[S::Ended], S::Reported),
        }
    }
}

/// A time zone as a drill keeps it: `UTC` or `UTC±HH:MM`; its offset in minutes. (Named
/// zones need a time-zone database, which the stack does not carry.)
pub fn utc_offset_minutes(time_zone: &str) -> Option<i64> {
    let t = time_zone.trim();
    if t == "UTC" {
        return Some(0);
    }
    let rest = t.strip_prefix("UTC")?;
    let (sign, hm) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (h, m) = hm.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

/// The exercise clock of `drill` at `now`: seconds of play (pauses left out), 0 before it
/// starts.
pub fn exercise_seconds(drill: &Drill, now: i64) -> u32 {
    let Some(started) = drill.started_at else {
        return 0;
    };
    let end = drill.ended_at.unwrap_or(now).min(now);
    let paused_now = drill.paused_at.map_or(0, |p| (end - p).max(0));
    let played = end - started - drill.paused_ms - paused_now;
    u32::try_from((played / 1000).max(0)).unwrap_or(u32::MAX)
}

/// The minute after midnight, in the drill's time zone, that the drill starts (or started).
pub fn start_minute(drill: &Drill) -> u32 {
    let offset = utc_offset_minutes(&drill.time_zone).unwrap_or(0);
    let start = drill.started_at.unwrap_or(drill.start_at);
    let minutes = (start.div_euclid(60_000) + offset).rem_euclid(24 * 60);
    minutes as u32
}

/// Whether `inject` goes to `team` (with its roles).
pub fn targets(audience: &Audience, team: &DrillTeam) -> bool {
    match audience {
        Audience::All => true,
        Audience::Only(list) => list.iter().any(|who| {
            who == &team.team_id
                || team
                    .roles
                    .split(',')
                    .any(|r| !r.is_empty() && r.trim() == who)
        }),
    }
}

fn limit(field: &'static str, text: &str, max: usize) -> Result<(), DrillError> {
    if text.chars().count() > max {
        Err(DrillError::TooLong { field })
    } else {
        Ok(())
    }
}

fn required(field: &'static str, text: &str, max: usize) -> Result<(), DrillError> {
    if text.trim().is_empty() {
        return Err(DrillError::Empty { field });
    }
    limit(field, text, max)
}

/// A store `NotFound` is the drill's `NotFound` (the same answer as no access).
fn found<T>(r: Result<T, StoreError>) -> Result<T, DrillError> {
    r.map_err(|e| match e {
        StoreError::NotFound(_) => DrillError::NotFound,
        e => DrillError::Store(e),
    })
}

/// The format a scenario is imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioFormat {
    /// The scenario file (`scenarios/*.toml`).
    Toml,
    /// OpenAEV's JSON (`cyberindex_drill::openaev`).
    Json,
}

/// Reads a scenario in `format`: the scenario, or every problem with where it is.
pub fn read_scenario(source: &str, format: ScenarioFormat) -> Result<Scenario, DrillError> {
    let read = match format {
        ScenarioFormat::Toml => cyberindex_drill::file::read(source),
        ScenarioFormat::Json => match serde_json::from_str(source) {
            Ok(value) => cyberindex_drill::openaev::import(&value),
            Err(e) => Err(vec![cyberindex_drill::Problem {
                at: format!("line {}, column {}", e.line(), e.column()),
                message: e.to_string(),
            }]),
        },
    };
    read.map_err(|problems| DrillError::Scenario {
        problems: problems.iter().map(ToString::to_string).collect(),
    })
}

/// Who plans drills: the secretariat, or the command line (which holds the database itself
/// and acts as the system). Only this handle imports scenarios and creates drills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planner {
    by: Option<i64>,
}

impl Planner {
    /// An active account of the secretariat plans; anyone else learns nothing
    /// (`NotFound`).
    pub fn of_user(user: &User) -> Result<Planner, DrillError> {
        if user.active && user.role.is_secretariat() {
            Ok(Planner { by: Some(user.id) })
        } else {
            Err(DrillError::NotFound)
        }
    }

    /// The command line (`cyberindex drill …`), recorded in the audit trail as the system.
    pub fn command_line() -> Planner {
        Planner { by: None }
    }

    /// Imports a scenario version: checked whole, then kept as it was given. Importing the
    /// same version again with the same content returns it; with other content it is
    /// [`DrillError::ScenarioChanged`].
    pub async fn import_scenario(
        &self,
        store: &Store,
        source: &str,
        format: ScenarioFormat,
    ) -> Result<DrillScenario, DrillError> {
        import_scenario(store, self.by, source, format).await
    }

    /// Creates a drill of a stored scenario version; every inject gets its row, pending.
    pub async fn create(&self, store: &Store, form: &DrillForm) -> Result<Drill, DrillError> {
        create(store, self.by, form).await
    }
}

async fn import_scenario(
    store: &Store,
    by: Option<i64>,
    source: &str,
    format: ScenarioFormat,
) -> Result<DrillScenario, DrillError> {
    let scenario = read_scenario(source, format)?;
    let title = scenario.text(&scenario.title, "en").to_string();
    let languages = scenario.languages.join(",");
    let (saved, _) = store
        .save_scenario(
            &NewScenario {
                id: &scenario.id,
                version: &scenario.version,
                format: match format {
                    ScenarioFormat::Toml => "toml",
                    ScenarioFormat::Json => "json",
                },
                source,
                title: &title,
                licence: &scenario.licence,
                tlp: &scenario.tlp,
                languages: &languages,
            },
            by,
        )
        .await?;
    if saved.sha256 != cyberindex_store::sha256_hex(source.as_bytes()) {
        return Err(DrillError::ScenarioChanged {
            id: scenario.id,
            version: scenario.version,
        });
    }
    Ok(saved)
}

/// The scenario a stored version holds.
pub fn scenario_of(stored: &DrillScenario) -> Result<Scenario, DrillError> {
    let format = if stored.format == "json" {
        ScenarioFormat::Json
    } else {
        ScenarioFormat::Toml
    };
    read_scenario(&stored.source, format)
}

/// A drill to create.
#[derive(Debug, Clone)]
pub struct DrillForm {
    pub scenario_id: String,
    pub scenario_version: String,
    pub title: String,
    pub level: DrillLevel,
    pub host: String,
    pub host_team: Option<String>,
    pub time_zone: String,
    /// The planned start, in milliseconds.
    pub start_at: i64,
    pub mode: DrillMode,
    /// Languages of the drill, each one of the scenario's (empty: all of them).
    pub languages: Vec<String>,
    pub public_results: bool,
}

async fn create(store: &Store, by: Option<i64>, form: &DrillForm) -> Result<Drill, DrillError> {
    required("title", &form.title, MAX_SHORT_CHARS)?;
    required("host", &form.host, MAX_SHORT_CHARS)?;
    if utc_offset_minutes(&form.time_zone).is_none() {
        return Err(DrillError::TimeZone {
            value: form.time_zone.clone(),
        });
    }
    let stored = found(
        store
            .scenario(&form.scenario_id, &form.scenario_version)
            .await,
    )?;
    let scenario = scenario_of(&stored)?;
    for lang in &form.languages {
        if !scenario.languages.contains(lang) {
            return Err(DrillError::Language {
                lang: lang.clone(),
                available: scenario.languages.join(", "),
            });
        }
    }
    if let Some(team) = &form.host_team
        && matches!(store.team(team).await, Err(StoreError::NotFound(_)))
    {
        return Err(DrillError::UnknownTeam { team: team.clone() });
    }
    let languages = if form.languages.is_empty() {
        scenario.languages.join(",")
    } else {
        form.languages.join(",")
    };
    let injects: Vec<&str> = scenario.injects.iter().map(|i| i.id.as_str()).collect();
    Ok(store
        .create_drill(
            &NewDrill {
                scenario_id: &stored.id,
                scenario_version: &stored.version,
                title: form.title.trim(),
                level: form.level,
                host: form.host.trim(),
                host_team_id: form.host_team.as_deref(),
                time_zone: form.time_zone.trim(),
                start_at: form.start_at,
                mode: form.mode,
                languages: &languages,
                public_results: form.public_results,
                injects: &injects,
            },
            by,
        )
        .await?)
}

/// A drill as one caller may see it: the drill, its scenario and the caller's access.
#[derive(Debug, Clone)]
pub struct View {
    pub drill: Drill,
    pub scenario: Scenario,
    pub access: Access,
    /// The account acting, if any.
    pub user: Option<i64>,
    /// The participant link acting, if any.
    pub link: Option<DrillLink>,
}

/// An inject as a team receives it: the facilitator's texts where edited.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamInject {
    pub id: String,
    pub title: Texts,
    pub body: Texts,
    pub channel: cyberindex_drill::Channel,
    pub from: String,
    pub simulated_time: String,
    /// The exercise second it went out.
    pub released_offset: i64,
    pub expectations: usize,
}

/// A team's score beside the official target.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamScore {
    pub team: String,
    pub total: Total,
    /// Per inject: its expectations' mean score, when evaluated.
    pub injects: BTreeMap<String, f64>,
}

/// The clock and what is ready to go out.
#[derive(Debug, Clone, PartialEq)]
pub struct Due {
    /// Seconds of play.
    pub exercise_seconds: u32,
    /// The situation's own time: that of the last inject released, else of the first move.
    pub simulated_time: String,
    /// Injects ready to release, in timeline order.
    pub ready: Vec<String>,
    /// Every inject's row (released, held, skipped, waiting).
    pub rows: Vec<Row>,
}

impl View {
    async fn load(store: &Store, drill: Drill, access: Access) -> Result<View, DrillError> {
        let stored = found(
            store
                .scenario(&drill.scenario_id, &drill.scenario_version)
                .await,
        )?;
        let scenario = scenario_of(&stored)?;
        Ok(View {
            drill,
            scenario,
            access,
            user: None,
            link: None,
        })
    }

    /// Drill `id` as account `user` sees it (`NotFound` without access).
    pub async fn of_user(store: &Store, user: &User, id: i64) -> Result<View, DrillError> {
        let drill = found(store.drill(id).await)?;
        let access = Access::of_user(user, &drill);
        access.require(Act::Read)?;
        let mut view = View::load(store, drill, access).await?;
        view.user = Some(user.id);
        Ok(view)
    }

    /// Drill `id` for the command line, which holds the database and facilitates as the
    /// system.
    pub async fn of_command_line(store: &Store, id: i64) -> Result<View, DrillError> {
        let drill = found(store.drill(id).await)?;
        View::load(store, drill, Access::Facilitator).await
    }

    /// The drill of a participant session (its secret as the browser holds it) open at `now`.
    pub async fn of_session(store: &Store, session: &str, now: i64) -> Result<View, DrillError> {
        let link = found(store.drill_session(&secret::hash_token(session), now).await)?;
        let drill = found(store.drill(link.drill_id).await)?;
        if drill.ended_at.is_some_and(|e| now > e + LINK_GRACE_MS) {
            return Err(DrillError::NotFound);
        }
        let access = Access::of_link(&link, &drill);
        access.require(Act::Read)?;
        let mut view = View::load(store, drill, access).await?;
        view.link = Some(link);
        Ok(view)
    }

    /// The facilitator's console.
    pub fn console(&self) -> Result<Console<'_>, DrillError> {
        self.access.require(Act::Run)?;
        Ok(Console { view: self })
    }

    /// The player's seat.
    pub fn player(&self) -> Result<Player<'_>, DrillError> {
        self.access.require(Act::Respond)?;
        match (&self.access, &self.link) {
            (Access::Player { team }, Some(link)) => Ok(Player {
                view: self,
                team: team.clone(),
                link: link.id,
            }),
            _ => Err(DrillError::NotFound),
        }
    }

    /// The evaluator's seat.
    pub fn evaluator(&self) -> Result<Evaluator<'_>, DrillError> {
        self.access.require(Act::Evaluate)?;
        Ok(Evaluator { view: self })
    }

    fn by(&self) -> Option<i64> {
        self.user
    }

    /// The drill's teams the caller sees.
    pub async fn teams(&self, store: &Store) -> Result<Vec<DrillTeam>, DrillError> {
        Ok(store
            .drill_teams(self.drill.id)
            .await?
            .into_iter()
            .filter(|t| self.access.sees_team(&t.team_id))
            .collect())
    }

    /// Team `team` of the drill, if the caller sees it (`NotFound` otherwise, or when the
    /// team does not take part).
    pub async fn team(&self, store: &Store, team: &str) -> Result<DrillTeam, DrillError> {
        if !self.access.sees_team(team) {
            return Err(DrillError::NotFound);
        }
        store
            .drill_teams(self.drill.id)
            .await?
            .into_iter()
            .find(|t| t.team_id == team)
            .ok_or(DrillError::NotFound)
    }

    /// The injects released to `team`, in the order they went out.
    pub async fn team_injects(
        &self,
        store: &Store,
        team: &str,
    ) -> Result<Vec<TeamInject>, DrillError> {
        let team = self.team(store, team).await?;
        let rows = store.drill_injects(self.drill.id).await?;
        let mut out: Vec<TeamInject> = rows
            .iter()
            .filter(|r| r.status == InjectStatus::Released)
            .filter_map(|r| {
                let inject = self.scenario.inject(&r.inject_id)?;
                targets(&inject.audience, &team).then(|| TeamInject {
                    id: inject.id.clone(),
                    title: texts_of(r.title.as_deref()).unwrap_or_else(|| inject.title.clone()),
                    body: texts_of(r.body.as_deref()).unwrap_or_else(|| inject.body.clone()),
                    channel: inject.channel,
                    from: inject.from.clone(),
                    simulated_time: inject.simulated_time.clone(),
                    released_offset: r.released_offset.unwrap_or(0),
                    expectations: inject.expectations.len(),
                })
            })
            .collect();
        out.sort_by_key(|i| i.released_offset);
        Ok(out)
    }

    /// `team`'s responses.
    pub async fn team_responses(
        &self,
        store: &Store,
        team: &str,
    ) -> Result<Vec<DrillResponse>, DrillError> {
        let team = self.team(store, team).await?;
        Ok(store
            .drill_responses(self.drill.id, Some(&team.team_id))
            .await?)
    }

    /// `team`'s verdicts.
    pub async fn team_evaluations(
        &self,
        store: &Store,
        team: &str,
    ) -> Result<Vec<DrillEvaluation>, DrillError> {
        let team = self.team(store, team).await?;
        Ok(store
            .drill_evaluations(self.drill.id, Some(&team.team_id))
            .await?)
    }

    /// `team`'s score beside the official target (`cyberindex_drill::score`).
    pub async fn team_score(&self, store: &Store, team: &str) -> Result<TeamScore, DrillError> {
        let evaluations = self.team_evaluations(store, team).await?;
        Ok(team_score(&self.scenario, team, &evaluations))
    }
}

fn texts_of(json: Option<&str>) -> Option<Texts> {
    json.and_then(|j| serde_json::from_str(j).ok())
}

/// A team's score from its verdicts: each evaluated expectation's score, totalled against the
/// expected scores.
pub fn team_score(scenario: &Scenario, team: &str, evaluations: &[DrillEvaluation]) -> TeamScore {
    let mut pairs = Vec::new();
    let mut per_inject: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for e in evaluations.iter().filter(|e| e.team_id == team) {
        let Some(expectation) = scenario
            .inject(&e.inject_id)
            .and_then(|i| i.expectations.get(usize::try_from(e.expectation).ok()?))
        else {
            continue;
        };
        if let Some(s) = score::expectation_score(expectation, &[Verdict::Score(e.score as f64)]) {
            pairs.push((expectation, s));
            per_inject.entry(e.inject_id.clone()).or_default().push(s);
        }
    }
    TeamScore {
        team: team.to_string(),
        total: score::total(pairs),
        injects: per_inject
            .into_iter()
            .map(|(k, v)| (k, v.iter().sum::<f64>() / v.len() as f64))
            .collect(),
    }
}

/// A team's results per maturity parameter: for each parameter the scenario's expectations
/// are linked to, the total over those of its expectations that were evaluated for the team
/// (an expectation linked to two parameters counts under both). What a drill offers as
/// evidence to the team's next maturity assessment, with its consent.
pub fn parameter_results(
    scenario: &Scenario,
    team: &str,
    evaluations: &[DrillEvaluation],
) -> BTreeMap<String, Total> {
    let mut pairs: BTreeMap<String, Vec<(&cyberindex_drill::Expectation, f64)>> = BTreeMap::new();
    for e in evaluations.iter().filter(|e| e.team_id == team) {
        let Some(expectation) = scenario
            .inject(&e.inject_id)
            .and_then(|i| i.expectations.get(usize::try_from(e.expectation).ok()?))
        else {
            continue;
        };
        if let Some(s) = score::expectation_score(expectation, &[Verdict::Score(e.score as f64)]) {
            for p in &expectation.parameters {
                pairs.entry(p.clone()).or_default().push((expectation, s));
            }
        }
    }
    pairs
        .into_iter()
        .map(|(p, v)| (p, score::total(v)))
        .collect()
}

/// Uses a magic link at `now`: once only, within its time. The session's secret (for the
/// browser's cookie) and the link. A used, expired, withdrawn or unknown link is its own error.
pub async fn redeem_link(
    store: &Store,
    token: &str,
    now: i64,
) -> Result<(String, DrillLink), DrillError> {
    let session = secret::random_token();
    let link = store
        .redeem_drill_link(
            &secret::hash_token(token),
            &secret::hash_token(&session),
            now,
            now + LINK_MAX_MS,
            LINK_GRACE_MS,
        )
        .await?;
    match link {
        Ok(link) => Ok((session, link)),
        Err(LinkRefusal::Unknown) => Err(DrillError::LinkUnknown),
        Err(LinkRefusal::Used) => Err(DrillError::LinkUsed),
        Err(LinkRefusal::Expired) => Err(DrillError::LinkExpired),
        Err(LinkRefusal::Revoked) => Err(DrillError::LinkRevoked),
    }
}

/// Which teams a scenario's inject goes to among a drill's.
pub fn recipients<'t>(
    scenario: &Scenario,
    inject: &str,
    teams: &'t [DrillTeam],
) -> BTreeSet<&'t str> {
    scenario.inject(inject).map_or_else(BTreeSet::new, |i| {
        teams
            .iter()
            .filter(|t| targets(&i.audience, t))
            .map(|t| t.team_id.as_str())
            .collect()
    })
}

/// The formats a stored scenario is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The scenario file: the source as imported when it was imported as TOML.
    Toml,
    /// OpenAEV's JSON (`cyberindex_drill::openaev::export`).
    Json,
    /// The MSEL workbook (`cyberindex_drill::msel::write_xlsx`).
    Xlsx,
}

impl Planner {
    /// Stored scenario `id` version `version` in `format`.
    pub async fn export_scenario(
        &self,
        store: &Store,
        id: &str,
        version: &str,
        format: ExportFormat,
    ) -> Result<Vec<u8>, DrillError> {
        let stored = found(store.scenario(id, version).await)?;
        if format == ExportFormat::Toml && stored.format == "toml" {
            return Ok(stored.source.into_bytes());
        }
        let scenario = scenario_of(&stored)?;
        let failed = |message: String| DrillError::Scenario {
            problems: vec![message],
        };
        match format {
            ExportFormat::Toml => cyberindex_drill::file::write(&scenario)
                .map(String::into_bytes)
                .map_err(failed),
            ExportFormat::Json => {
                serde_json::to_vec_pretty(&cyberindex_drill::openaev::export(&scenario))
                    .map_err(|e| failed(e.to_string()))
            }
            ExportFormat::Xlsx => cyberindex_drill::msel::write_xlsx(&scenario).map_err(failed),
        }
    }
}
