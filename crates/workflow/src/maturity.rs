//! CIRT maturity assessments (issue 17, parts 3 and 4): the rules and the actions on the
//! store.
//!
//! **The rules, as pure functions:** who may read or change an assessment ([`Access::of`] and
//! [`Access::may`]), which step leads from which status to which ([`next`]), what changed
//! between two snapshots ([`diff`]), which parameters have evidence past its expiry
//! ([`expired`]), and the roadmap items a profile result calls for ([`roadmap_items`]).
//!
//! **The actions**, each given the acting [`User`] and checking its [`Access`] first: creating
//! an assessment ([`create`]), assigning the peer reviewer ([`assign_reviewer`]), taking a step
//! ([`step`]), saving a self-assessed or validated level ([`save_self`], [`save_validation`]),
//! adding and removing evidence ([`add_evidence`], [`remove_evidence`]), planning and updating
//! the roadmap ([`plan_roadmap`], [`update_roadmap`]). They fail with a [`MaturityError`].
//!
//! **Invariant (cross-team isolation):** a team's staff reach only their own team's
//! assessments; another team's staff reach one only as its assigned peer reviewer; a staff
//! member of the assessed team is never its reviewer. Every read a front end does goes through
//! [`read`] (or [`Access::of`]), which answers [`MaturityError::NotFound`] for an assessment
//! the user may not see, exactly as for one that does not exist.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use cyberindex_engine::{
    Blocker, Framework, ParameterValue, ProfileResult, QuestionType, Value, assess_unit,
};
use cyberindex_store::{
    Assessment, AssessmentKind, AssessmentSnapshot, AssessmentStatus, EvidenceSource, Level,
    LevelSave, MaturityEvidence, NewAssessment, NewMaturityEvidence, NewRoadmapItem,
    ParameterAnswer, RoadmapChange, RoadmapItem, Role, SnapshotEntry, Step, Store, StoreError,
    User,
};

use crate::limits::MAX_TEXT_CHARS;

/// The longest evidence title, roadmap owner or service id, in characters.
pub const MAX_SHORT_CHARS: usize = 300;

/// Why a maturity action was refused or failed. `Display` is the English text.
#[derive(Debug, thiserror::Error)]
pub enum MaturityError {
    /// No such assessment, evidence or roadmap item, or one the user may not see (the two are
    /// not told apart, so a team cannot probe another team's assessments).
    #[error("This page does not exist, or you do not have access to it.")]
    NotFound,
    /// The user may see the assessment but not do this.
    #[error("You cannot {} in this assessment.", .act.describe())]
    Forbidden { act: Act },
    /// No step `step` leads out of status `from`.
    #[error("The assessment is {}: it cannot be {} now.", status_words(*.from), step_words(*.step))]
    Transition { step: Step, from: AssessmentStatus },
    /// A change of levels, notes or evidence while the assessment is in a status that does not
    /// take it.
    #[error("The assessment is {}: this can no longer be changed.", status_words(*.status))]
    Closed { status: AssessmentStatus },
    /// Returning an assessment needs a reason or at least one reviewer comment.
    #[error("Say what the team should change: write a reason or a comment on a parameter.")]
    ReturnWithoutComment,
    /// The framework's TOML does not read (`count` problems).
    #[error("The framework has {count} error(s); no assessment was created.")]
    Framework { count: usize },
    /// The frozen framework has no such parameter.
    #[error("“{parameter}” is not a parameter of this assessment's framework.")]
    UnknownParameter { parameter: String },
    /// The reviewer is staff of the assessed team.
    #[error("A member of the assessed team cannot be its peer reviewer.")]
    ReviewerOwnTeam,
    /// The reviewer is neither staff of another team nor of the secretariat.
    #[error("A peer reviewer is staff of another team, or of the secretariat.")]
    ReviewerRole,
    #[error("The reviewer's account is deactivated.")]
    ReviewerInactive,
    /// A date that is not YYYY-MM-DD (`field`: `issued`, `expires`, `due`).
    #[error("“{value}” is not a date: write it as YYYY-MM-DD, such as 2026-03-31.")]
    Date { field: &'static str, value: String },
    #[error("The expiry date is before the date of the evidence.")]
    ExpiryBeforeIssue,
    #[error("“{value}” is not a web address: write an http:// or https:// address.")]
    Url { value: String },
    /// A file reference that is not a stored file's (a SHA-256 in lowercase hex, a name, a size).
    #[error("The file could not be attached: upload it again.")]
    File,
    #[error("Give the evidence a title.")]
    TitleMissing,
    /// A text longer than its limit (`field`: `note`, `comment`, `reason`, `action`, `title`,
    /// `owner`, `service`).
    #[error("The {field} is too long.")]
    TooLong { field: &'static str },
    /// A reachability check message of another team.
    #[error("This check message was sent to another team.")]
    CheckOtherTeam,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A status in English words, as error messages say it (`in peer review`).
pub fn status_words(status: AssessmentStatus) -> &'static str {
    match status {
        AssessmentStatus::SelfAssessment => "in self-assessment",
        AssessmentStatus::PeerReview => "in peer review",
        AssessmentStatus::Validated => "validated",
        AssessmentStatus::SignedOff => "signed off",
    }
}

/// A step in English words, as error messages say it (`submitted`).
pub fn step_words(step: Step) -> &'static str {
    match step {
        Step::Submit => "submitted",
        Step::Return => "returned",
        Step::Validate => "validated",
        Step::SignOff => "signed off",
    }
}

/// What a user may do with an assessment (and its team's roadmap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Nothing: not even that it exists.
    None,
    /// Staff of the assessed team.
    Team,
    /// The assigned peer reviewer (staff of another team, or any other account assigned).
    Reviewer,
    /// The secretariat (administrators and reviewers): everything.
    Secretariat,
}

/// Something done with an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Act {
    /// See the assessment, its levels, evidence, snapshots and roadmap.
    Read,
    /// Start an assessment of the team.
    Create,
    /// Save self-assessed levels and notes.
    SelfAssess,
    /// Add or remove evidence.
    Evidence,
    /// Save validated levels and comments.
    ValidateLevels,
    /// Take a step.
    Step(Step),
    /// Assign or remove the peer reviewer.
    AssignReviewer,
    /// Plan or change roadmap items.
    Roadmap,
    /// Choose what the team publishes of its maturity.
    Publish,
}

impl Act {
    /// The English words for the refusal.
    pub fn describe(self) -> &'static str {
        match self {
            Act::Read => "read this",
            Act::Create => "start an assessment",
            Act::SelfAssess => "change the self-assessment",
            Act::Evidence => "change the evidence",
            Act::ValidateLevels => "record validated levels",
            Act::Step(Step::Submit) => "submit the assessment",
            Act::Step(Step::Return) => "return the assessment",
            Act::Step(Step::Validate) => "validate the assessment",
            Act::Step(Step::SignOff) => "sign off the assessment",
            Act::AssignReviewer => "assign the reviewer",
            Act::Roadmap => "change the roadmap",
            Act::Publish => "choose what is published",
        }
    }
}

impl Access {
    /// What `user` may do with `assessment`.
    pub fn of(user: &User, assessment: &Assessment) -> Access {
        Access::of_team(user, &assessment.team_id, assessment.reviewer_id)
    }

    /// What `user` may do with the assessments and roadmap of team `team`, whose reviewer (of
    /// one assessment) is `reviewer`. A deactivated account has no access; the secretariat
    /// has all; staff of the team are the team (even if wrongly assigned as reviewer); the
    /// assigned reviewer is the reviewer; anyone else has none.
    pub fn of_team(user: &User, team: &str, reviewer: Option<i64>) -> Access {
        if !user.active {
            return Access::None;
        }
        if user.role.is_secretariat() {
            return Access::Secretariat;
        }
        if user.role == Role::TeamStaff && user.team.as_deref() == Some(team) {
            return Access::Team;
        }
        if reviewer == Some(user.id) {
            return Access::Reviewer;
        }
        Access::None
    }

    /// Whether this access allows `act`.
    pub fn may(self, act: Act) -> bool {
        use Access as A;
        match act {
            Act::Read => self != A::None,
            Act::Create | Act::SelfAssess | Act::Evidence | Act::Roadmap | Act::Publish => {
                matches!(self, A::Team | A::Secretariat)
            }
            Act::Step(Step::Submit) => matches!(self, A::Team | A::Secretariat),
            Act::ValidateLevels | Act::Step(Step::Return | Step::Validate) => {
                matches!(self, A::Reviewer | A::Secretariat)
            }
            Act::Step(Step::SignOff) | Act::AssignReviewer => self == A::Secretariat,
        }
    }

    /// [`Access::may`], or the error to answer: `NotFound` without read access, `Forbidden`
    /// with it.
    pub fn require(self, act: Act) -> Result<(), MaturityError> {
        if self.may(act) {
            Ok(())
        } else if self.may(Act::Read) {
            Err(MaturityError::Forbidden { act })
        } else {
            Err(MaturityError::NotFound)
        }
    }
}

/// The status `step` leads to from `from`, if it is allowed:
///
/// | from | step | to |
/// |---|---|---|
/// | `self_assessment` | submit | `peer_review` |
/// | `peer_review` | return | `self_assessment` (next round) |
/// | `peer_review` | validate | `validated` |
/// | `validated` | sign off | `signed_off` |
pub fn next(from: AssessmentStatus, step: Step) -> Option<AssessmentStatus> {
    use AssessmentStatus as S;
    match (from, step) {
        (S::SelfAssessment, Step::Submit) => Some(S::PeerReview),
        (S::PeerReview, Step::Return) => Some(S::SelfAssessment),
        (S::PeerReview, Step::Validate) => Some(S::Validated),
        (S::Validated, Step::SignOff) => Some(S::SignedOff),
        _ => None,
    }
}

/// Whether `access` may take `step` from `from`: the status it leads to, or why not (access
/// first, so a user without it learns nothing of the status).
pub fn check_step(
    access: Access,
    from: AssessmentStatus,
    step: Step,
) -> Result<AssessmentStatus, MaturityError> {
    access.require(Act::Step(step))?;
    next(from, step).ok_or(MaturityError::Transition { step, from })
}

/// The level a parameter counts with: the validated level when there is one, else the
/// self-assessed one.
pub fn effective_level(answer: &ParameterAnswer) -> Option<Level> {
    answer.validated_level.or(answer.self_level)
}

/// The engine's answers for an assessment's parameters, one per question of `framework`: the
/// option whose id is the parameter's [`effective_level`] (`0`…`4`, or `na`, which also finds
/// an option marked `not_applicable`), or the level as a number for a number question; `None`
/// for a parameter unanswered, or whose level the question has no option for.
pub fn engine_answers(framework: &Framework, answers: &[ParameterAnswer]) -> Vec<Option<Value>> {
    let levels: BTreeMap<&str, Level> = answers
        .iter()
        .filter_map(|a| effective_level(a).map(|l| (a.parameter.as_str(), l)))
        .collect();
    framework
        .questions
        .iter()
        .map(|q| {
            let level = *levels.get(q.id.as_str())?;
            match q.kind {
                QuestionType::SingleChoice | QuestionType::ThreeState | QuestionType::YesNo => q
                    .options
                    .iter()
                    .position(|o| {
                        o.id == level.as_str()
                            || (level == Level::NotApplicable && o.not_applicable)
                    })
                    .map(|i| Value::Choice(i as u32)),
                QuestionType::Number => level.number().map(|n| Value::Number(f64::from(n))),
                _ => None,
            }
        })
        .collect()
}

/// An assessment's effective levels scored against each profile of its framework, in the
/// framework's order: the tier reached and the blockers of the next one (the input of
/// [`plan_roadmap`]).
pub async fn results(
    store: &Store,
    assessment: &Assessment,
) -> Result<Vec<ProfileResult>, MaturityError> {
    let framework = framework(store, assessment).await?;
    let answers = store.parameter_answers(assessment.id).await?;
    Ok(assess_unit(
        &framework,
        &framework.profiles,
        &engine_answers(&framework, &answers),
    ))
}

/// What changed in one parameter between two snapshots (`None`: not saved then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParameterChange {
    pub parameter: String,
    pub before: Option<SnapshotEntry>,
    pub after: Option<SnapshotEntry>,
}

impl ParameterChange {
    /// Whether the self-assessed level changed.
    pub fn self_level_changed(&self) -> bool {
        self.before.as_ref().and_then(|e| e.self_level)
            != self.after.as_ref().and_then(|e| e.self_level)
    }

    /// Whether the validated level changed.
    pub fn validated_level_changed(&self) -> bool {
        self.before.as_ref().and_then(|e| e.validated_level)
            != self.after.as_ref().and_then(|e| e.validated_level)
    }
}

/// The parameters that differ between snapshot `a` and snapshot `b` (in any of the self level,
/// note, validated level or comment), by parameter id. A parameter saved in one and not in the
/// other differs unless the one saved is empty.
pub fn diff(
    a: &BTreeMap<String, SnapshotEntry>,
    b: &BTreeMap<String, SnapshotEntry>,
) -> Vec<ParameterChange> {
    let empty = SnapshotEntry {
        self_level: None,
        note: String::new(),
        validated_level: None,
        comment: String::new(),
    };
    let mut ids: Vec<&String> = a.keys().chain(b.keys()).collect();
    ids.sort();
    ids.dedup();
    ids.into_iter()
        .filter(|id| a.get(*id).unwrap_or(&empty) != b.get(*id).unwrap_or(&empty))
        .map(|id| ParameterChange {
            parameter: id.clone(),
            before: a.get(id).cloned(),
            after: b.get(id).cloned(),
        })
        .collect()
}

/// Round `round` as it ended: its latest snapshot (the return or sign-off that closed it, or
/// the latest step of the round still open).
pub fn round_snapshot(snapshots: &[AssessmentSnapshot], round: i64) -> Option<&AssessmentSnapshot> {
    snapshots
        .iter()
        .filter(|s| s.round == round)
        .max_by_key(|s| (s.taken_at, s.id))
}

/// What changed from round `a` to round `b`, each as it ended ([`round_snapshot`]); `None` when
/// either round has no snapshot.
pub fn diff_rounds(
    snapshots: &[AssessmentSnapshot],
    a: i64,
    b: i64,
) -> Option<Vec<ParameterChange>> {
    Some(diff(
        &round_snapshot(snapshots, a)?.parameters,
        &round_snapshot(snapshots, b)?.parameters,
    ))
}

/// The parameters with evidence past its expiry on `today` (YYYY-MM-DD): each with the ids of
/// its expired items, by parameter. Removed items do not count; an item expires the day after
/// its expiry date.
pub fn expired(evidence: &[MaturityEvidence], today: &str) -> BTreeMap<String, Vec<i64>> {
    let mut out: BTreeMap<String, Vec<i64>> = BTreeMap::new();
    for item in evidence {
        if item.deleted_at.is_some() {
            continue;
        }
        if let Some(expires) = &item.expires_on
            && expires.as_str() < today
        {
            out.entry(item.parameter.clone()).or_default().push(item.id);
        }
    }
    out
}

/// A level as a roadmap item writes it: `""` unanswered, `na`, or the number (`2`, `2.5`).
pub fn level_text(value: ParameterValue) -> String {
    match value {
        ParameterValue::Value(x) => number_text(x),
        ParameterValue::NotApplicable => "na".into(),
        ParameterValue::Missing => String::new(),
    }
}

fn number_text(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// What a planned roadmap item gets besides its parameter and levels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoadmapDefaults {
    pub owner: String,
    /// YYYY-MM-DD.
    pub due_on: Option<String>,
    /// FIRST CSIRT Services Framework service ids by parameter.
    pub services: BTreeMap<String, String>,
}

/// One roadmap item per blocker of `result`'s next level for the team of `assessment`: from
/// the blocker's value to the level required, with the action `action` writes for the blocker
/// and the level id. Nothing when the highest level is reached.
pub fn roadmap_items(
    assessment: &Assessment,
    result: &ProfileResult,
    defaults: &RoadmapDefaults,
    action: impl Fn(&Blocker, &str) -> String,
) -> Vec<NewRoadmapItem> {
    let Some(level) = &result.next else {
        return Vec::new();
    };
    result
        .blockers
        .iter()
        .map(|b| NewRoadmapItem {
            team_id: assessment.team_id.clone(),
            assessment_id: Some(assessment.id),
            profile_id: result.profile.clone(),
            level_id: level.clone(),
            parameter: b.parameter.clone(),
            from_level: level_text(b.value),
            to_level: number_text(b.required),
            action: action(b, level),
            owner: defaults.owner.clone(),
            due_on: defaults.due_on.clone(),
            service_id: defaults.services.get(&b.parameter).cloned(),
        })
        .collect()
}

/// The parameter ids (question ids) of a framework's TOML, in framework order.
pub fn parameters(framework_source: &str) -> Result<Vec<String>, MaturityError> {
    let framework = cyberindex_framework::read(framework_source).map_err(|errors| {
        MaturityError::Framework {
            count: errors.len(),
        }
    })?;
    Ok(framework.questions.into_iter().map(|q| q.id).collect())
}

/// The TOML of the framework `assessment` was made against.
pub async fn framework_source(
    store: &Store,
    assessment: &Assessment,
) -> Result<String, MaturityError> {
    Ok(store
        .maturity_framework(&assessment.framework_sha256)
        .await?)
}

/// The parsed framework `assessment` was made against. A frozen framework never changes under
/// its SHA-256, so parsed ones are kept (the last [`FRAMEWORK_CACHE`] distinct ones) and a save
/// does not parse 190 KB of TOML to check one parameter id.
pub async fn framework(
    store: &Store,
    assessment: &Assessment,
) -> Result<Arc<Framework>, MaturityError> {
    let key = &assessment.framework_sha256;
    if let Some(found) = cached_framework(key) {
        return Ok(found);
    }
    let source = framework_source(store, assessment).await?;
    let parsed = Arc::new(cyberindex_framework::read(&source).map_err(|errors| {
        MaturityError::Framework {
            count: errors.len(),
        }
    })?);
    let mut cache = frameworks().lock().unwrap_or_else(|e| e.into_inner());
    if cache.len() >= FRAMEWORK_CACHE && !cache.iter().any(|(k, _)| k == key) {
        cache.remove(0);
    }
    cache.retain(|(k, _)| k != key);
    cache.push((key.clone(), parsed.clone()));
    Ok(parsed)
}

/// How many parsed frameworks [`framework`] keeps (a programme runs one or two at a time).
pub const FRAMEWORK_CACHE: usize = 8;

type FrameworkCache = Mutex<Vec<(String, Arc<Framework>)>>;

fn frameworks() -> &'static FrameworkCache {
    static CACHE: OnceLock<FrameworkCache> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(Vec::new()))
}

fn cached_framework(sha256: &str) -> Option<Arc<Framework>> {
    let cache = frameworks().lock().unwrap_or_else(|e| e.into_inner());
    cache
        .iter()
        .find(|(k, _)| k == sha256)
        .map(|(_, f)| f.clone())
}

async fn known_parameter(
    store: &Store,
    assessment: &Assessment,
    parameter: &str,
) -> Result<(), MaturityError> {
    if framework(store, assessment)
        .await?
        .questions
        .iter()
        .any(|q| q.id == parameter)
    {
        Ok(())
    } else {
        Err(MaturityError::UnknownParameter {
            parameter: parameter.to_string(),
        })
    }
}

fn limit(field: &'static str, text: &str, max: usize) -> Result<(), MaturityError> {
    if text.chars().count() > max {
        Err(MaturityError::TooLong { field })
    } else {
        Ok(())
    }
}

fn date(field: &'static str, value: &str) -> Result<(), MaturityError> {
    if cyberindex_answers::is_date(value) {
        Ok(())
    } else {
        Err(MaturityError::Date {
            field,
            value: value.to_string(),
        })
    }
}

/// A store `NotFound` is the workflow's `NotFound` (the same answer as no access).
fn found<T>(r: Result<T, StoreError>) -> Result<T, MaturityError> {
    r.map_err(|e| match e {
        StoreError::NotFound(_) => MaturityError::NotFound,
        e => MaturityError::Store(e),
    })
}

/// The assessment `id` if `user` may read it, with the user's access.
pub async fn read(
    store: &Store,
    user: &User,
    id: i64,
) -> Result<(Assessment, Access), MaturityError> {
    let assessment = found(store.assessment(id).await)?;
    let access = Access::of(user, &assessment);
    access.require(Act::Read)?;
    Ok((assessment, access))
}

/// Loads the assessment and checks that `user` may do `act` with it.
async fn allowed(
    store: &Store,
    user: &User,
    id: i64,
    act: Act,
) -> Result<(Assessment, Access), MaturityError> {
    let (assessment, access) = read(store, user, id).await?;
    access.require(act)?;
    Ok((assessment, access))
}

/// Starts an assessment of directory team `team` against the framework whose TOML is
/// `framework_source` (frozen in the assessment). The team's staff or the secretariat.
pub async fn create(
    store: &Store,
    user: &User,
    team: &str,
    framework_source: &str,
    kind: AssessmentKind,
) -> Result<Assessment, MaturityError> {
    Access::of_team(user, team, None).require(Act::Create)?;
    found(store.team(team).await)?;
    let framework = cyberindex_framework::read(framework_source).map_err(|errors| {
        MaturityError::Framework {
            count: errors.len(),
        }
    })?;
    Ok(store
        .create_assessment(
            &NewAssessment {
                team_id: team,
                framework_id: &framework.id,
                framework_version: &framework.version,
                framework_source,
                kind,
            },
            Some(user.id),
        )
        .await?)
}

/// Whether `reviewer` may review an assessment of `team`: an active account of the
/// secretariat, or of another team's staff.
pub fn check_reviewer(reviewer: &User, team: &str) -> Result<(), MaturityError> {
    if !reviewer.active {
        return Err(MaturityError::ReviewerInactive);
    }
    match reviewer.role {
        Role::Admin | Role::Reviewer => Ok(()),
        Role::TeamStaff if reviewer.team.as_deref() == Some(team) => {
            Err(MaturityError::ReviewerOwnTeam)
        }
        Role::TeamStaff => Ok(()),
        Role::FocalPoint | Role::Contributor | Role::Observer => Err(MaturityError::ReviewerRole),
    }
}

/// Assigns the peer reviewer (`None` removes them), on the assessment's version `expected`.
/// The secretariat only.
pub async fn assign_reviewer(
    store: &Store,
    user: &User,
    id: i64,
    expected: i64,
    reviewer: Option<i64>,
) -> Result<Assessment, MaturityError> {
    let (assessment, _) = allowed(store, user, id, Act::AssignReviewer).await?;
    if let Some(reviewer) = reviewer {
        let account = found(store.user(reviewer).await)?;
        check_reviewer(&account, &assessment.team_id)?;
    }
    Ok(store
        .set_assessment_reviewer(id, expected, reviewer, Some(user.id))
        .await?)
}

/// Takes `step` on the assessment's version `expected`, with `reason` kept in the snapshot and
/// the audit trail. A return needs a reason or a reviewer comment on some parameter.
pub async fn step(
    store: &Store,
    user: &User,
    id: i64,
    expected: i64,
    step: Step,
    reason: &str,
) -> Result<Assessment, MaturityError> {
    let (assessment, access) = read(store, user, id).await?;
    let to = check_step(access, assessment.status, step)?;
    limit("reason", reason, MAX_TEXT_CHARS)?;
    if step == Step::Return && reason.trim().is_empty() {
        let answers = store.parameter_answers(id).await?;
        if answers.iter().all(|a| a.comment.trim().is_empty()) {
            return Err(MaturityError::ReturnWithoutComment);
        }
    }
    Ok(store
        .step_assessment(id, expected, step, to, reason.trim(), Some(user.id))
        .await?)
}

/// Saves the team's level (`None`: unanswered) and note of `parameter`, on the answer's
/// version `expected` (0 when never saved). Only in `self_assessment`.
pub async fn save_self(
    store: &Store,
    user: &User,
    id: i64,
    parameter: &str,
    level: Option<Level>,
    note: &str,
    expected: i64,
) -> Result<ParameterAnswer, MaturityError> {
    let (assessment, _) = allowed(store, user, id, Act::SelfAssess).await?;
    if assessment.status != AssessmentStatus::SelfAssessment {
        return Err(MaturityError::Closed {
            status: assessment.status,
        });
    }
    known_parameter(store, &assessment, parameter).await?;
    limit("note", note, MAX_TEXT_CHARS)?;
    Ok(store
        .save_self_level(id, parameter, level, note, expected, Some(user.id))
        .await?)
}

/// Saves the reviewer's validated level and comment of `parameter`, as [`save_self`] does the
/// team's. Only in `peer_review`.
pub async fn save_validation(
    store: &Store,
    user: &User,
    id: i64,
    parameter: &str,
    level: Option<Level>,
    comment: &str,
    expected: i64,
) -> Result<ParameterAnswer, MaturityError> {
    let (assessment, _) = allowed(store, user, id, Act::ValidateLevels).await?;
    if assessment.status != AssessmentStatus::PeerReview {
        return Err(MaturityError::Closed {
            status: assessment.status,
        });
    }
    known_parameter(store, &assessment, parameter).await?;
    limit("comment", comment, MAX_TEXT_CHARS)?;
    Ok(store
        .save_validated_level(id, parameter, level, comment, expected, Some(user.id))
        .await?)
}

/// Saves many parameters of one side at once (`validated`: the reviewer's levels and comments,
/// else the team's levels and notes), in one store transaction with one audit entry per
/// parameter: the rights and status of [`save_self`] or [`save_validation`], every parameter
/// known and every text within its limit are checked before anything is written, and a stale
/// version anywhere writes none. The answers as they now are.
pub async fn save_levels(
    store: &Store,
    user: &User,
    id: i64,
    validated: bool,
    changes: &[LevelSave],
) -> Result<Vec<ParameterAnswer>, MaturityError> {
    let (act, open, field) = if validated {
        (Act::ValidateLevels, AssessmentStatus::PeerReview, "comment")
    } else {
        (Act::SelfAssess, AssessmentStatus::SelfAssessment, "note")
    };
    let (assessment, _) = allowed(store, user, id, act).await?;
    if assessment.status != open {
        return Err(MaturityError::Closed {
            status: assessment.status,
        });
    }
    let framework = framework(store, &assessment).await?;
    for change in changes {
        if !framework.questions.iter().any(|q| q.id == change.parameter) {
            return Err(MaturityError::UnknownParameter {
                parameter: change.parameter.clone(),
            });
        }
        limit(field, &change.text, MAX_TEXT_CHARS)?;
    }
    if changes.is_empty() {
        return Ok(Vec::new());
    }
    Ok(store
        .save_levels(id, validated, changes, Some(user.id))
        .await?)
}

/// Checks a new evidence item on its own: title, dates (the expiry not before the date of the
/// evidence), and a link's address.
pub fn check_evidence(new: &NewMaturityEvidence) -> Result<(), MaturityError> {
    if new.title.trim().is_empty() {
        return Err(MaturityError::TitleMissing);
    }
    limit("title", &new.title, MAX_SHORT_CHARS)?;
    date("issued", &new.issued_on)?;
    if let Some(expires) = &new.expires_on {
        date("expires", expires)?;
        if expires < &new.issued_on {
            return Err(MaturityError::ExpiryBeforeIssue);
        }
    }
    if let EvidenceSource::File {
        sha256,
        file_name,
        size,
        ..
    } = &new.source
        && (sha256.len() != 64
            || !sha256
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            || file_name.trim().is_empty()
            || *size < 0)
    {
        return Err(MaturityError::File);
    }
    if let EvidenceSource::Url(url) = &new.source {
        let lower = url.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://"))
            || url.len() > 2_048
            || url.chars().any(char::is_whitespace)
        {
            return Err(MaturityError::Url { value: url.clone() });
        }
    }
    Ok(())
}

/// Adds an evidence item to a parameter, while the assessment is not validated or signed off.
/// A reachability check message must be one sent to the assessed team. A file must already be
/// in the blob folder under its SHA-256 (the front end stores it first, as for the index's
/// evidence).
pub async fn add_evidence(
    store: &Store,
    user: &User,
    new: &NewMaturityEvidence,
) -> Result<MaturityEvidence, MaturityError> {
    let (assessment, _) = allowed(store, user, new.assessment_id, Act::Evidence).await?;
    if matches!(
        assessment.status,
        AssessmentStatus::Validated | AssessmentStatus::SignedOff
    ) {
        return Err(MaturityError::Closed {
            status: assessment.status,
        });
    }
    known_parameter(store, &assessment, &new.parameter).await?;
    check_evidence(new)?;
    if let EvidenceSource::Check(ping) = &new.source {
        let pings = store.pings(None, Some(&assessment.team_id)).await?;
        if !pings.iter().any(|p| p.id == *ping) {
            return Err(MaturityError::CheckOtherTeam);
        }
    }
    Ok(store.add_maturity_evidence(new, Some(user.id)).await?)
}

/// Removes an evidence item, on the same terms as adding one.
pub async fn remove_evidence(
    store: &Store,
    user: &User,
    evidence: i64,
) -> Result<(), MaturityError> {
    let item = found(store.maturity_evidence_item(evidence).await)?;
    let (assessment, _) = allowed(store, user, item.assessment_id, Act::Evidence).await?;
    if matches!(
        assessment.status,
        AssessmentStatus::Validated | AssessmentStatus::SignedOff
    ) {
        return Err(MaturityError::Closed {
            status: assessment.status,
        });
    }
    if item.deleted_at.is_some() {
        return Err(MaturityError::NotFound);
    }
    found(
        store
            .remove_maturity_evidence(evidence, Some(user.id))
            .await,
    )
}

/// The parameters of assessment `id` with evidence past its expiry on `today` (YYYY-MM-DD),
/// each with its expired items' ids (see [`expired`]). No access check: the front end reads the
/// assessment with [`read`] first, or is the secretariat's portfolio.
pub async fn expired_evidence(
    store: &Store,
    id: i64,
    today: &str,
) -> Result<BTreeMap<String, Vec<i64>>, MaturityError> {
    let evidence = store.maturity_evidence(id, false).await?;
    Ok(expired(&evidence, today))
}

fn check_roadmap_texts(
    action: &str,
    owner: &str,
    due_on: Option<&str>,
    service: Option<&str>,
) -> Result<(), MaturityError> {
    limit("action", action, MAX_TEXT_CHARS)?;
    limit("owner", owner, MAX_SHORT_CHARS)?;
    if let Some(service) = service {
        limit("service", service, MAX_SHORT_CHARS)?;
    }
    if let Some(due) = due_on {
        date("due", due)?;
    }
    Ok(())
}

/// Plans the roadmap from `result` (the profile result of assessment `id`'s levels): one item
/// per blocker of the next level (see [`roadmap_items`]), each added once, since a parameter
/// with an open or in-progress item for the same profile and level is skipped. The items
/// added.
pub async fn plan_roadmap(
    store: &Store,
    user: &User,
    id: i64,
    result: &ProfileResult,
    defaults: &RoadmapDefaults,
    action: impl Fn(&Blocker, &str) -> String,
) -> Result<Vec<RoadmapItem>, MaturityError> {
    let (assessment, _) = allowed(store, user, id, Act::Roadmap).await?;
    let items = roadmap_items(&assessment, result, defaults, action);
    for item in &items {
        check_roadmap_texts(
            &item.action,
            &item.owner,
            item.due_on.as_deref(),
            item.service_id.as_deref(),
        )?;
    }
    Ok(store.add_roadmap_items(&items, Some(user.id)).await?)
}

/// A team's roadmap, for its staff and the secretariat.
pub async fn roadmap(
    store: &Store,
    user: &User,
    team: &str,
) -> Result<Vec<RoadmapItem>, MaturityError> {
    Access::of_team(user, team, None).require(Act::Read)?;
    Ok(store.roadmap(team).await?)
}

/// Changes a roadmap item on its version `expected`: its team's staff or the secretariat.
pub async fn update_roadmap(
    store: &Store,
    user: &User,
    item: i64,
    expected: i64,
    change: &RoadmapChange,
) -> Result<RoadmapItem, MaturityError> {
    let current = found(store.roadmap_item(item).await)?;
    Access::of_team(user, &current.team_id, None).require(Act::Roadmap)?;
    check_roadmap_texts(
        &change.action,
        &change.owner,
        change.due_on.as_deref(),
        change.service_id.as_deref(),
    )?;
    Ok(store
        .update_roadmap_item(item, expected, change, Some(user.id))
        .await?)
}

/// Records whether team `team` agrees that the public site shows the tier of its latest
/// signed-off assessment: its staff or the secretariat.
pub async fn set_publication(
    store: &Store,
    user: &User,
    team: &str,
    show_tier: bool,
) -> Result<(), MaturityError> {
    Access::of_team(user, team, None).require(Act::Publish)?;
    found(store.team(team).await)?;
    Ok(store
        .set_maturity_publication(team, show_tier, Some(user.id))
        .await?)
}

/// What the public site may show of a team's maturity: the tier its latest signed-off
/// assessment reaches on the framework's first profile.
#[derive(Debug, Clone)]
pub struct PublishedTier {
    pub assessment: Assessment,
    pub framework: Arc<Framework>,
    /// The first profile's result.
    pub result: ProfileResult,
}

/// The tier team `team` has agreed to publish, if it has and an assessment of it is signed
/// off; `None` otherwise. The programme's own setting (publish tiers or nothing) is the front
/// end's to apply. Nothing of the parameters is in it.
pub async fn published_tier(
    store: &Store,
    team: &str,
) -> Result<Option<PublishedTier>, MaturityError> {
    if store.maturity_publication(team).await? != Some(true) {
        return Ok(None);
    }
    let Some(assessment) = store
        .assessments(Some(team))
        .await?
        .into_iter()
        .filter(|a| a.status == AssessmentStatus::SignedOff)
        .max_by_key(|a| (a.signed_off_at, a.id))
    else {
        return Ok(None);
    };
    let framework = framework(store, &assessment).await?;
    let Some(result) = results(store, &assessment).await?.into_iter().next() else {
        return Ok(None);
    };
    Ok(Some(PublishedTier {
        assessment,
        framework,
        result,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use cyberindex_store::MaturityEvidenceKind;

    fn user(id: i64, role: Role, team: Option<&str>) -> User {
        User {
            id,
            email: format!("u{id}@example.org"),
            name: format!("User {id}"),
            role,
            country: role.is_country_role().then(|| "KEN".to_string()),
            team: team.map(str::to_string),
            observed: Vec::new(),
            password_hash: None,
            totp_secret: None,
            totp_enabled: false,
            language: "en".into(),
            active: true,
            created_at: 0,
            last_login_at: None,
            unread: 0,
        }
    }

    fn assessment(team: &str, reviewer: Option<i64>) -> Assessment {
        Assessment {
            id: 7,
            team_id: team.into(),
            framework_id: "cirt-maturity".into(),
            framework_version: "0.1.0".into(),
            framework_sha256: String::new(),
            kind: AssessmentKind::SelfAssessed,
            status: AssessmentStatus::SelfAssessment,
            round: 1,
            reviewer_id: reviewer,
            created_at: 0,
            created_by: None,
            updated_at: 0,
            signed_off_at: None,
            signed_off_by: None,
            version: 1,
        }
    }

    #[test]
    fn access_follows_the_role_the_team_and_the_assignment() {
        let a = assessment("ke-cirt", Some(50));
        let cases = [
            (user(1, Role::Admin, None), Access::Secretariat),
            (user(2, Role::Reviewer, None), Access::Secretariat),
            (user(3, Role::FocalPoint, None), Access::None),
            (user(4, Role::Contributor, None), Access::None),
            (user(5, Role::Observer, None), Access::None),
            (user(6, Role::TeamStaff, Some("ke-cirt")), Access::Team),
            (user(7, Role::TeamStaff, Some("gh-cert")), Access::None),
            // Another team's staff, assigned as the reviewer.
            (user(50, Role::TeamStaff, Some("gh-cert")), Access::Reviewer),
            // Any other account assigned stays what its role makes it, or the reviewer.
            (user(50, Role::Observer, None), Access::Reviewer),
            (user(50, Role::Reviewer, None), Access::Secretariat),
            // The team's own staff stays the team, even if wrongly assigned.
            (user(50, Role::TeamStaff, Some("ke-cirt")), Access::Team),
        ];
        for (u, want) in cases {
            assert_eq!(Access::of(&u, &a), want, "{:?} {:?}", u.role, u.team);
        }
        // Without an assignment, another team's staff has no access.
        let unassigned = assessment("ke-cirt", None);
        assert_eq!(
            Access::of(&user(50, Role::TeamStaff, Some("gh-cert")), &unassigned),
            Access::None
        );
        // A deactivated account has none, whatever its role.
        for role in Role::ALL {
            let mut u = user(50, role, role.is_team_role().then_some("ke-cirt"));
            u.active = false;
            assert_eq!(Access::of(&u, &a), Access::None, "{role}");
        }
    }

    #[test]
    fn each_access_may_do_exactly_its_acts() {
        let acts = [
            Act::Read,
            Act::Create,
            Act::SelfAssess,
            Act::Evidence,
            Act::ValidateLevels,
            Act::Step(Step::Submit),
            Act::Step(Step::Return),
            Act::Step(Step::Validate),
            Act::Step(Step::SignOff),
            Act::AssignReviewer,
            Act::Roadmap,
        ];
        let allowed =
            |access: Access| -> Vec<Act> { acts.into_iter().filter(|a| access.may(*a)).collect() };
        assert!(allowed(Access::None).is_empty());
        assert_eq!(
            allowed(Access::Team),
            [
                Act::Read,
                Act::Create,
                Act::SelfAssess,
                Act::Evidence,
                Act::Step(Step::Submit),
                Act::Roadmap,
            ]
        );
        assert_eq!(
            allowed(Access::Reviewer),
            [
                Act::Read,
                Act::ValidateLevels,
                Act::Step(Step::Return),
                Act::Step(Step::Validate),
            ]
        );
        assert_eq!(allowed(Access::Secretariat), acts);
        assert!(matches!(
            Access::None.require(Act::SelfAssess),
            Err(MaturityError::NotFound)
        ));
        assert!(matches!(
            Access::Reviewer.require(Act::SelfAssess),
            Err(MaturityError::Forbidden {
                act: Act::SelfAssess
            })
        ));
    }

    #[test]
    fn every_step_from_every_status() {
        use AssessmentStatus as S;
        for from in S::ALL {
            for step in Step::ALL {
                let want = match (from, step) {
                    (S::SelfAssessment, Step::Submit) => Some(S::PeerReview),
                    (S::PeerReview, Step::Return) => Some(S::SelfAssessment),
                    (S::PeerReview, Step::Validate) => Some(S::Validated),
                    (S::Validated, Step::SignOff) => Some(S::SignedOff),
                    _ => None,
                };
                assert_eq!(next(from, step), want, "{from} {}", step.as_str());
                // The secretariat may take every allowed step; a refused one is a transition
                // error naming the step and the status.
                match check_step(Access::Secretariat, from, step) {
                    Ok(to) => assert_eq!(Some(to), want),
                    Err(MaturityError::Transition { step: s, from: f }) => {
                        assert_eq!((s, f, want), (step, from, None))
                    }
                    Err(e) => panic!("{e}"),
                }
            }
        }
        // Nothing leads out of a sign-off.
        assert!(Step::ALL.iter().all(|s| next(S::SignedOff, *s).is_none()));
        // Access comes first: the team cannot validate, the reviewer cannot submit or sign
        // off, and a stranger learns nothing.
        assert!(matches!(
            check_step(Access::Team, S::PeerReview, Step::Validate),
            Err(MaturityError::Forbidden { .. })
        ));
        assert!(matches!(
            check_step(Access::Reviewer, S::SelfAssessment, Step::Submit),
            Err(MaturityError::Forbidden { .. })
        ));
        assert!(matches!(
            check_step(Access::Reviewer, S::Validated, Step::SignOff),
            Err(MaturityError::Forbidden { .. })
        ));
        assert!(matches!(
            check_step(Access::None, S::SelfAssessment, Step::Submit),
            Err(MaturityError::NotFound)
        ));
        assert_eq!(
            check_step(Access::Team, S::SelfAssessment, Step::Submit).unwrap(),
            S::PeerReview
        );
        assert_eq!(
            check_step(Access::Reviewer, S::PeerReview, Step::Return).unwrap(),
            S::SelfAssessment
        );
        assert!(matches!(
            check_step(Access::Team, S::PeerReview, Step::Submit),
            Err(MaturityError::Transition { .. })
        ));
    }

    fn entry(
        level: Option<Level>,
        note: &str,
        validated: Option<Level>,
        comment: &str,
    ) -> SnapshotEntry {
        SnapshotEntry {
            self_level: level,
            note: note.into(),
            validated_level: validated,
            comment: comment.into(),
        }
    }

    #[test]
    fn diff_names_each_parameter_that_changed() {
        let a: BTreeMap<String, SnapshotEntry> = [
            ("O-1".to_string(), entry(Some(Level::L2), "x", None, "")),
            ("O-2".to_string(), entry(Some(Level::L1), "", None, "")),
            ("O-3".to_string(), entry(None, "", None, "")),
            ("O-4".to_string(), entry(Some(Level::L3), "", None, "")),
        ]
        .into();
        let b: BTreeMap<String, SnapshotEntry> = [
            (
                "O-1".to_string(),
                entry(Some(Level::L2), "x", Some(Level::L1), "no"),
            ),
            ("O-2".to_string(), entry(Some(Level::L1), "", None, "")),
            (
                "H-1".to_string(),
                entry(Some(Level::NotApplicable), "", None, ""),
            ),
            (
                "O-4".to_string(),
                entry(Some(Level::L3), "updated", None, ""),
            ),
        ]
        .into();
        let changes = diff(&a, &b);
        let ids: Vec<&str> = changes.iter().map(|c| c.parameter.as_str()).collect();
        // O-2 is the same; O-3 was saved empty and is now absent: no change either.
        assert_eq!(ids, ["H-1", "O-1", "O-4"]);
        assert!(changes[0].before.is_none() && changes[0].self_level_changed());
        assert!(changes[1].validated_level_changed() && !changes[1].self_level_changed());
        assert!(!changes[2].self_level_changed() && !changes[2].validated_level_changed());
        assert!(diff(&a, &a).is_empty());
        assert_eq!(diff(&b, &a).len(), 3);
    }

    fn evidence(
        id: i64,
        parameter: &str,
        expires: Option<&str>,
        deleted: bool,
    ) -> MaturityEvidence {
        MaturityEvidence {
            id,
            assessment_id: 7,
            parameter: parameter.into(),
            kind: MaturityEvidenceKind::Url,
            url: Some("https://example.org".into()),
            sha256: None,
            file_name: None,
            media_type: None,
            size: None,
            ping_id: None,
            title: "t".into(),
            issued_on: "2025-03-01".into(),
            expires_on: expires.map(str::to_string),
            created_at: 0,
            created_by: None,
            deleted_at: deleted.then_some(1),
        }
    }

    #[test]
    fn evidence_expires_the_day_after_its_expiry_date() {
        let items = [
            evidence(1, "O-6", Some("2026-03-01"), false),
            evidence(2, "O-6", Some("2026-02-28"), false),
            evidence(3, "P-1", None, false),
            evidence(4, "P-2", Some("2025-01-01"), true),
            evidence(5, "P-3", Some("2026-03-02"), false),
        ];
        assert!(expired(&items, "2026-02-28").is_empty());
        assert_eq!(
            expired(&items, "2026-03-01"),
            BTreeMap::from([("O-6".to_string(), vec![2])])
        );
        assert_eq!(
            expired(&items, "2026-03-03"),
            BTreeMap::from([
                ("O-6".to_string(), vec![1, 2]),
                ("P-3".to_string(), vec![5]),
            ])
        );
    }

    fn blocker(parameter: &str, value: ParameterValue, required: f64) -> Blocker {
        Blocker {
            parameter: parameter.into(),
            question: 0,
            value,
            required,
            allow_na: false,
        }
    }

    #[test]
    fn the_roadmap_has_one_item_per_blocker_of_the_next_level() {
        let a = assessment("ke-cirt", None);
        let result = ProfileResult {
            profile: "example-tiers".into(),
            reached: Some(0),
            level: Some("basic".into()),
            next: Some("intermediate".into()),
            blockers: vec![
                blocker("O-1", ParameterValue::Value(1.0), 3.0),
                blocker("P-9", ParameterValue::Missing, 2.0),
                blocker("T-5", ParameterValue::NotApplicable, 2.5),
            ],
        };
        let defaults = RoadmapDefaults {
            owner: "Head of CIRT".into(),
            due_on: Some("2027-06-30".into()),
            services: BTreeMap::from([("P-9".to_string(), "incident-coordination".to_string())]),
        };
        let items = roadmap_items(&a, &result, &defaults, |b, level| {
            format!("{} for {level}", b.parameter)
        });
        let rows: Vec<(&str, &str, &str, &str, Option<&str>)> = items
            .iter()
            .map(|i| {
                (
                    i.parameter.as_str(),
                    i.from_level.as_str(),
                    i.to_level.as_str(),
                    i.action.as_str(),
                    i.service_id.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("O-1", "1", "3", "O-1 for intermediate", None),
                (
                    "P-9",
                    "",
                    "2",
                    "P-9 for intermediate",
                    Some("incident-coordination")
                ),
                ("T-5", "na", "2.5", "T-5 for intermediate", None),
            ]
        );
        assert!(items.iter().all(|i| i.team_id == "ke-cirt"
            && i.assessment_id == Some(7)
            && i.level_id == "intermediate"
            && i.profile_id == "example-tiers"
            && i.owner == "Head of CIRT"));
        // At the highest level there is nothing to plan.
        let top = ProfileResult {
            next: None,
            blockers: Vec::new(),
            ..result
        };
        assert!(roadmap_items(&a, &top, &defaults, |_, _| String::new()).is_empty());
    }

    #[test]
    fn a_reviewer_is_the_secretariat_or_another_teams_staff() {
        assert!(check_reviewer(&user(1, Role::Admin, None), "ke-cirt").is_ok());
        assert!(check_reviewer(&user(2, Role::Reviewer, None), "ke-cirt").is_ok());
        assert!(check_reviewer(&user(3, Role::TeamStaff, Some("gh-cert")), "ke-cirt").is_ok());
        assert!(matches!(
            check_reviewer(&user(4, Role::TeamStaff, Some("ke-cirt")), "ke-cirt"),
            Err(MaturityError::ReviewerOwnTeam)
        ));
        for role in [Role::FocalPoint, Role::Contributor, Role::Observer] {
            assert!(matches!(
                check_reviewer(&user(5, role, None), "ke-cirt"),
                Err(MaturityError::ReviewerRole)
            ));
        }
        let mut gone = user(6, Role::TeamStaff, Some("gh-cert"));
        gone.active = false;
        assert!(matches!(
            check_reviewer(&gone, "ke-cirt"),
            Err(MaturityError::ReviewerInactive)
        ));
    }

    #[test]
    fn evidence_is_checked_before_it_is_stored() {
        let good = NewMaturityEvidence {
            assessment_id: 7,
            parameter: "O-6".into(),
            source: EvidenceSource::Url("https://example.ke/sop".into()),
            title: "SOP".into(),
            issued_on: "2025-03-01".into(),
            expires_on: Some("2026-03-01".into()),
        };
        assert!(check_evidence(&good).is_ok());
        let with = |f: &dyn Fn(&mut NewMaturityEvidence)| {
            let mut e = good.clone();
            f(&mut e);
            check_evidence(&e).unwrap_err().to_string()
        };
        assert!(with(&|e| e.title = " ".into()).contains("title"));
        assert!(with(&|e| e.issued_on = "2025-3-1".into()).contains("not a date"));
        assert!(with(&|e| e.expires_on = Some("soon".into())).contains("not a date"));
        assert!(with(&|e| e.expires_on = Some("2025-02-01".into())).contains("before"));
        assert!(
            with(&|e| e.source = EvidenceSource::Url("ftp://x".into())).contains("web address")
        );
        assert!(with(&|e| e.title = "x".repeat(MAX_SHORT_CHARS + 1)).contains("too long"));
        let file = |sha256: &str, name: &str| EvidenceSource::File {
            sha256: sha256.into(),
            file_name: name.into(),
            media_type: "application/pdf".into(),
            size: 10,
        };
        let sha = "ab".repeat(32);
        let mut e = good.clone();
        e.source = file(&sha, "sop.pdf");
        assert!(check_evidence(&e).is_ok());
        assert!(with(&|e| e.source = file(&sha.to_uppercase(), "sop.pdf")).contains("upload"));
        assert!(with(&|e| e.source = file("abc", "sop.pdf")).contains("upload"));
        assert!(with(&|e| e.source = file(&sha, " ")).contains("upload"));
    }

    const FRAMEWORK: &str = include_str!("../../../frameworks/cirt-maturity.toml");

    fn answer(parameter: &str, level: Level) -> ParameterAnswer {
        ParameterAnswer {
            assessment_id: 7,
            parameter: parameter.into(),
            self_level: Some(level),
            note: String::new(),
            self_by: None,
            self_at: None,
            validated_level: None,
            comment: String::new(),
            validated_by: None,
            validated_at: None,
            version: 1,
        }
    }

    #[test]
    fn levels_become_the_engines_answers_and_score_against_the_profiles() {
        let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
        let top: Vec<ParameterAnswer> = framework
            .questions
            .iter()
            .map(|q| answer(&q.id, Level::L4))
            .collect();
        let values = engine_answers(&framework, &top);
        assert!(values.iter().all(Option::is_some));
        let results = assess_unit(&framework, &framework.profiles, &values);
        assert!(!results.is_empty());
        assert!(
            results
                .iter()
                .all(|r| r.next.is_none() && r.blockers.is_empty())
        );

        // Nothing answered but O-1 (n/a, validated over a self-assessed 4): no tier, and the
        // roadmap has one item per blocker of the first.
        let mut o1 = answer("O-1", Level::L4);
        o1.validated_level = Some(Level::NotApplicable);
        let values = engine_answers(&framework, &[o1, answer("unknown", Level::L2)]);
        assert_eq!(values.iter().filter(|v| v.is_some()).count(), 1);
        let o1_index = framework
            .questions
            .iter()
            .position(|q| q.id == "O-1")
            .unwrap();
        let na = framework.questions[o1_index]
            .options
            .iter()
            .position(|o| o.not_applicable)
            .unwrap();
        assert_eq!(values[o1_index], Some(Value::Choice(na as u32)));
        let results = assess_unit(&framework, &framework.profiles, &values);
        let first = &results[0];
        assert_eq!(first.reached, None);
        let items = roadmap_items(
            &assessment("ke-cirt", None),
            first,
            &RoadmapDefaults::default(),
            |_, _| "act".into(),
        );
        assert_eq!(items.len(), first.blockers.len());
        assert!(!items.is_empty());
        assert!(
            items
                .iter()
                .all(|i| i.from_level.is_empty() || i.from_level == "na")
        );
    }

    #[test]
    fn the_validated_level_counts_before_the_self_assessed_one() {
        let mut a = ParameterAnswer {
            assessment_id: 7,
            parameter: "O-1".into(),
            self_level: Some(Level::L3),
            note: String::new(),
            self_by: None,
            self_at: None,
            validated_level: None,
            comment: String::new(),
            validated_by: None,
            validated_at: None,
            version: 1,
        };
        assert_eq!(effective_level(&a), Some(Level::L3));
        a.validated_level = Some(Level::L2);
        assert_eq!(effective_level(&a), Some(Level::L2));
    }
}
