//! The establishment tracker of the National CIRT programme (issue 17, part 6): the
//! programme's engagement with a country goes through the phases assessment → design →
//! establishment → enhancement (→ closed); each phase has its deliverables, which the
//! secretariat approves or sends back, and the CIRT's planned services are chosen from the
//! FIRST CSIRT Services Framework v2.1 ([`SERVICES`]) with the phase each starts in.
//!
//! **The rules, as pure functions:** who may read or change an engagement ([`Access::of`],
//! [`Access::may`]), which phase may follow which ([`check_move`]: one step forward, and only
//! once the phase's required deliverable is approved), and what a new deliverable must hold
//! ([`check_deliverable`]).
//!
//! **The actions**, each given the acting [`User`] and checking its [`Access`] first:
//! [`create`], [`move_phase`], [`link_team`], [`add_deliverable`], [`decide`],
//! [`set_services`]. They fail with an [`EstablishmentError`], and every write is audited by
//! the store (`establishment.*`).
//!
//! **Invariant:** a user without access to an engagement gets [`EstablishmentError::NotFound`],
//! the same as for one that does not exist; reads go through [`read`].

use cyberindex_store::{
    Deliverable, DeliverableKind, DeliverableSource, DeliverableStatus, Engagement, NewDeliverable,
    Phase, PlannedService, Role, Store, StoreError, User,
};

use crate::limits::MAX_TEXT_CHARS;

/// The longest deliverable title, in characters.
pub const MAX_TITLE_CHARS: usize = 300;

/// The service areas and services of the FIRST CSIRT Services Framework v2.1
/// (https://www.first.org/standards/frameworks/csirts/csirt_services_framework_v2.1): ids and
/// short names only, which are facts; the framework's descriptions are not copied. An id
/// without a dot is a service area.
pub const SERVICES: &[(&str, &str)] = &[
    ("1", "Information Security Event Management"),
    ("1.1", "Monitoring and detection"),
    ("1.2", "Event analysis"),
    ("2", "Information Security Incident Management"),
    ("2.1", "Information security incident report acceptance"),
    ("2.2", "Information security incident analysis"),
    ("2.3", "Artifact and forensic evidence analysis"),
    ("2.4", "Mitigation and recovery"),
    ("2.5", "Information security incident coordination"),
    ("2.6", "Crisis management support"),
    ("3", "Vulnerability Management"),
    ("3.1", "Vulnerability discovery/research"),
    ("3.2", "Vulnerability report intake"),
    ("3.3", "Vulnerability analysis"),
    ("3.4", "Vulnerability coordination"),
    ("3.5", "Vulnerability disclosure"),
    ("3.6", "Vulnerability response"),
    ("4", "Situational Awareness"),
    ("4.1", "Data acquisition"),
    ("4.2", "Analysis and synthesis"),
    ("4.3", "Communication"),
    ("5", "Knowledge Transfer"),
    ("5.1", "Awareness building"),
    ("5.2", "Training and education"),
    ("5.3", "Exercises"),
    ("5.4", "Technical and policy advisory"),
];

/// Whether `id` is a service (not a service area) of [`SERVICES`].
pub fn is_service(id: &str) -> bool {
    id.contains('.') && SERVICES.iter().any(|(s, _)| *s == id)
}

/// Why an establishment action was refused or failed. `Display` is the English text.
#[derive(Debug, thiserror::Error)]
pub enum EstablishmentError {
    /// No such engagement or deliverable, or one the user may not see.
    #[error("This page does not exist, or you do not have access to it.")]
    NotFound,
    /// The user may see the engagement but not do this.
    #[error("You cannot {} in this engagement.", .act.describe())]
    Forbidden { act: Act },
    #[error("“{value}” is not a country code: use ISO 3166 alpha-3, such as KEN.")]
    Country { value: String },
    /// The country already has an engagement that is not closed (its id).
    #[error("{country} already has an open engagement (number {id}): close it first.")]
    Open { country: String, id: i64 },
    #[error("The directory has no team “{team}”.")]
    UnknownTeam { team: String },
    /// The engagement is closed: nothing changes any more.
    #[error("The engagement is closed: it can no longer be changed.")]
    Closed,
    /// A move to a phase that is not the next one.
    #[error("The engagement is in {}: it can only move to the next phase, not to {}.", .from.as_str(), .to.as_str())]
    PhaseOrder { from: Phase, to: Phase },
    /// The phase's required deliverable is not approved yet.
    #[error("The {} phase cannot end before its {} is approved.", .phase.as_str(), kind_words(*.kind))]
    DeliverableMissing { phase: Phase, kind: DeliverableKind },
    /// A deliverable of a kind that belongs to another phase.
    #[error("A {} belongs to the {} phase.", kind_words(*.kind), .phase.as_str())]
    KindPhase { kind: DeliverableKind, phase: Phase },
    /// A deliverable for a phase the engagement has not reached.
    #[error("The engagement has not reached the {} phase yet.", .phase.as_str())]
    PhaseNotReached { phase: Phase },
    #[error("Give the deliverable a title.")]
    TitleMissing,
    /// A date that is not YYYY-MM-DD (`field`: `issued`).
    #[error("“{value}” is not a date: write it as YYYY-MM-DD, such as 2026-03-31.")]
    Date { field: &'static str, value: String },
    #[error("“{value}” is not a web address: write an http:// or https:// address.")]
    Url { value: String },
    /// Neither a file nor a link, or both.
    #[error("Upload a file or give a link (one of the two).")]
    Source,
    #[error("The file could not be attached: upload it again.")]
    File,
    /// The deliverable was already decided.
    #[error("This deliverable was already decided.")]
    Decided,
    #[error("Say what should change: a comment is required to request changes.")]
    CommentRequired,
    #[error("“{id}” is not a service of the FIRST CSIRT Services Framework v2.1.")]
    UnknownService { id: String },
    /// A text longer than its limit (`field`: `note`, `comment`, `title`).
    #[error("The {field} is too long.")]
    TooLong { field: &'static str },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A deliverable kind in English words (`readiness report`).
pub fn kind_words(kind: DeliverableKind) -> &'static str {
    match kind {
        DeliverableKind::ReadinessReport => "readiness report",
        DeliverableKind::DesignDocument => "design document",
        DeliverableKind::Procedures => "procedures",
        DeliverableKind::Handover => "handover",
        DeliverableKind::Other => "document",
    }
}

/// What a user may do with an engagement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Nothing: not even that it exists.
    None,
    /// The country's focal point, or staff of the linked directory team: read and upload.
    Country,
    /// The secretariat (administrators and reviewers): everything.
    Secretariat,
}

/// Something done with an engagement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Act {
    Read,
    /// Start an engagement.
    Create,
    /// Move it to the next phase.
    Move,
    /// Link or unlink the directory team.
    LinkTeam,
    /// Upload a deliverable.
    Upload,
    /// Approve a deliverable or request changes.
    Decide,
    /// Choose the planned services.
    Services,
}

impl Act {
    pub fn describe(self) -> &'static str {
        match self {
            Act::Read => "read this",
            Act::Create => "start an engagement",
            Act::Move => "change the phase",
            Act::LinkTeam => "link the team",
            Act::Upload => "add a deliverable",
            Act::Decide => "decide on a deliverable",
            Act::Services => "plan the services",
        }
    }
}

impl Access {
    /// What `user` may do with the engagement of `country` linked to `team`: the secretariat
    /// all; the focal point of the country, and the staff of the linked team, read and upload;
    /// anyone else (and any deactivated account) nothing.
    pub fn of_country(user: &User, country: &str, team: Option<&str>) -> Access {
        if !user.active {
            return Access::None;
        }
        if user.role.is_secretariat() {
            return Access::Secretariat;
        }
        if user.role == Role::FocalPoint && user.country.as_deref() == Some(country) {
            return Access::Country;
        }
        if user.role == Role::TeamStaff && team.is_some() && user.team.as_deref() == team {
            return Access::Country;
        }
        Access::None
    }

    pub fn of(user: &User, engagement: &Engagement) -> Access {
        Access::of_country(user, &engagement.country, engagement.team_id.as_deref())
    }

    pub fn may(self, act: Act) -> bool {
        match act {
            Act::Read | Act::Upload => self != Access::None,
            Act::Create | Act::Move | Act::LinkTeam | Act::Decide | Act::Services => {
                self == Access::Secretariat
            }
        }
    }

    /// [`Access::may`], or the error to answer: `NotFound` without read access, `Forbidden`
    /// with it.
    pub fn require(self, act: Act) -> Result<(), EstablishmentError> {
        if self.may(act) {
            Ok(())
        } else if self.may(Act::Read) {
            Err(EstablishmentError::Forbidden { act })
        } else {
            Err(EstablishmentError::NotFound)
        }
    }
}

/// Whether an engagement in `from` may move to `to`, given its deliverables: only to the next
/// phase, and only when the required deliverable of `from` is approved.
pub fn check_move(
    from: Phase,
    to: Phase,
    deliverables: &[Deliverable],
) -> Result<(), EstablishmentError> {
    if from == Phase::Closed {
        return Err(EstablishmentError::Closed);
    }
    if from.next() != Some(to) {
        return Err(EstablishmentError::PhaseOrder { from, to });
    }
    if let Some(kind) = DeliverableKind::required_for(from)
        && !deliverables
            .iter()
            .any(|d| d.kind == kind && d.status == DeliverableStatus::Approved)
    {
        return Err(EstablishmentError::DeliverableMissing { phase: from, kind });
    }
    Ok(())
}

/// The required deliverables of the phases up to `phase` (included) that are not approved:
/// `(phase, kind)` in phase order.
pub fn missing(phase: Phase, deliverables: &[Deliverable]) -> Vec<(Phase, DeliverableKind)> {
    Phase::WORKING
        .into_iter()
        .filter(|p| *p <= phase)
        .filter_map(|p| DeliverableKind::required_for(p).map(|k| (p, k)))
        .filter(|(_, k)| {
            !deliverables
                .iter()
                .any(|d| d.kind == *k && d.status == DeliverableStatus::Approved)
        })
        .collect()
}

fn limit(field: &'static str, text: &str, max: usize) -> Result<(), EstablishmentError> {
    if text.chars().count() > max {
        Err(EstablishmentError::TooLong { field })
    } else {
        Ok(())
    }
}

/// Checks a new deliverable on its own (and against the engagement's phase): a kind of its
/// phase, a phase reached, a title, a date, a link's address or a stored file's reference.
pub fn check_deliverable(current: Phase, new: &NewDeliverable) -> Result<(), EstablishmentError> {
    if let Some(phase) = new.kind.phase()
        && phase != new.phase
    {
        return Err(EstablishmentError::KindPhase {
            kind: new.kind,
            phase,
        });
    }
    if new.phase == Phase::Closed {
        return Err(EstablishmentError::Closed);
    }
    if new.phase > current {
        return Err(EstablishmentError::PhaseNotReached { phase: new.phase });
    }
    if new.title.trim().is_empty() {
        return Err(EstablishmentError::TitleMissing);
    }
    limit("title", &new.title, MAX_TITLE_CHARS)?;
    if !cyberindex_answers::is_date(&new.issued_on) {
        return Err(EstablishmentError::Date {
            field: "issued",
            value: new.issued_on.clone(),
        });
    }
    match &new.source {
        DeliverableSource::Url(url) => {
            let lower = url.to_ascii_lowercase();
            if !(lower.starts_with("https://") || lower.starts_with("http://"))
                || url.len() > 2_048
                || url.chars().any(char::is_whitespace)
            {
                return Err(EstablishmentError::Url { value: url.clone() });
            }
        }
        DeliverableSource::File {
            sha256,
            file_name,
            size,
            ..
        } => {
            if sha256.len() != 64
                || !sha256
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                || file_name.trim().is_empty()
                || *size < 0
            {
                return Err(EstablishmentError::File);
            }
        }
    }
    Ok(())
}

/// A store `NotFound` is the workflow's `NotFound` (the same answer as no access).
fn found<T>(r: Result<T, StoreError>) -> Result<T, EstablishmentError> {
    r.map_err(|e| match e {
        StoreError::NotFound(_) => EstablishmentError::NotFound,
        e => EstablishmentError::Store(e),
    })
}

/// The engagement `id` if `user` may read it, with the user's access.
pub async fn read(
    store: &Store,
    user: &User,
    id: i64,
) -> Result<(Engagement, Access), EstablishmentError> {
    let engagement = found(store.engagement(id).await)?;
    let access = Access::of(user, &engagement);
    access.require(Act::Read)?;
    Ok((engagement, access))
}

async fn allowed(
    store: &Store,
    user: &User,
    id: i64,
    act: Act,
) -> Result<Engagement, EstablishmentError> {
    let (engagement, access) = read(store, user, id).await?;
    access.require(act)?;
    if engagement.phase == Phase::Closed {
        return Err(EstablishmentError::Closed);
    }
    Ok(engagement)
}

async fn known_team(store: &Store, team: Option<&str>) -> Result<(), EstablishmentError> {
    if let Some(team) = team {
        match store.team(team).await {
            Ok(_) => {}
            Err(StoreError::NotFound(_)) => {
                return Err(EstablishmentError::UnknownTeam {
                    team: team.to_string(),
                });
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Starts an engagement of `country` (ISO 3166 alpha-3, upper case) in the assessment phase,
/// optionally linked to a directory team; the secretariat only. A country has one open
/// engagement at a time.
pub async fn create(
    store: &Store,
    user: &User,
    country: &str,
    team: Option<&str>,
    note: &str,
) -> Result<Engagement, EstablishmentError> {
    Access::of_country(user, country, team).require(Act::Create)?;
    if cyberindex_answers::countries::by_alpha3(country).is_none() {
        return Err(EstablishmentError::Country {
            value: country.to_string(),
        });
    }
    limit("note", note, MAX_TEXT_CHARS)?;
    known_team(store, team).await?;
    store
        .create_engagement(country, team, note, Some(user.id))
        .await?
        .map_err(|id| EstablishmentError::Open {
            country: country.to_string(),
            id,
        })
}

/// Moves an engagement to phase `to` (the next one) on the version the page showed, with a
/// note; the secretariat only, and only once the current phase's required deliverable is
/// approved.
pub async fn move_phase(
    store: &Store,
    user: &User,
    id: i64,
    expected: i64,
    to: Phase,
    note: &str,
) -> Result<Engagement, EstablishmentError> {
    let engagement = allowed(store, user, id, Act::Move).await?;
    limit("note", note, MAX_TEXT_CHARS)?;
    let deliverables = store.deliverables(Some(id)).await?;
    check_move(engagement.phase, to, &deliverables)?;
    Ok(store
        .move_engagement(id, expected, to, note, Some(user.id))
        .await?)
}

/// Links the engagement to a directory team (or unlinks it); the secretariat only.
pub async fn link_team(
    store: &Store,
    user: &User,
    id: i64,
    expected: i64,
    team: Option<&str>,
) -> Result<Engagement, EstablishmentError> {
    allowed(store, user, id, Act::LinkTeam).await?;
    known_team(store, team).await?;
    Ok(store
        .set_engagement_team(id, expected, team, Some(user.id))
        .await?)
}

/// Adds a deliverable; the secretariat, the country's focal point or the linked team's staff,
/// while the engagement is open. A file must already be in the blob folder under its SHA-256
/// (the front end stores it after this succeeds, as for the index's evidence).
pub async fn add_deliverable(
    store: &Store,
    user: &User,
    new: &NewDeliverable,
) -> Result<Deliverable, EstablishmentError> {
    let engagement = allowed(store, user, new.engagement_id, Act::Upload).await?;
    check_deliverable(engagement.phase, new)?;
    Ok(store.add_deliverable(new, Some(user.id)).await?)
}

/// The deliverable `id` if `user` may read its engagement, with the engagement and the access.
pub async fn read_deliverable(
    store: &Store,
    user: &User,
    id: i64,
) -> Result<(Deliverable, Engagement, Access), EstablishmentError> {
    let deliverable = found(store.deliverable(id).await)?;
    let (engagement, access) = read(store, user, deliverable.engagement_id).await?;
    Ok((deliverable, engagement, access))
}

/// Approves a submitted deliverable, or requests changes with a comment; the secretariat
/// only, on the deliverable's version the page showed.
pub async fn decide(
    store: &Store,
    user: &User,
    id: i64,
    expected: i64,
    status: DeliverableStatus,
    comment: &str,
) -> Result<Deliverable, EstablishmentError> {
    let deliverable = found(store.deliverable(id).await)?;
    allowed(store, user, deliverable.engagement_id, Act::Decide).await?;
    if deliverable.status != DeliverableStatus::Submitted || status == DeliverableStatus::Submitted
    {
        return Err(EstablishmentError::Decided);
    }
    let comment = comment.trim();
    if status == DeliverableStatus::ChangesRequested && comment.is_empty() {
        return Err(EstablishmentError::CommentRequired);
    }
    limit("comment", comment, MAX_TEXT_CHARS)?;
    Ok(store
        .decide_deliverable(id, expected, status, comment, Some(user.id))
        .await?)
}

/// Replaces the planned services: each a service of [`SERVICES`] with the working phase it
/// starts in; the secretariat only. Every id is checked before anything is written.
pub async fn set_services(
    store: &Store,
    user: &User,
    id: i64,
    services: &[(String, Phase)],
) -> Result<Vec<PlannedService>, EstablishmentError> {
    allowed(store, user, id, Act::Services).await?;
    for (service, phase) in services {
        if !is_service(service) || *phase == Phase::Closed {
            return Err(EstablishmentError::UnknownService {
                id: service.clone(),
            });
        }
    }
    Ok(store
        .set_planned_services(id, services, Some(user.id))
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn approved(kind: DeliverableKind) -> Deliverable {
        Deliverable {
            id: 1,
            engagement_id: 1,
            phase: kind.phase().unwrap_or(Phase::Assessment),
            kind,
            title: "t".into(),
            issued_on: "2026-01-01".into(),
            url: Some("https://example.org".into()),
            sha256: None,
            file_name: None,
            media_type: None,
            size: None,
            status: DeliverableStatus::Approved,
            comment: String::new(),
            decided_at: None,
            decided_by: None,
            created_at: 0,
            created_by: None,
            version: 2,
        }
    }

    #[test]
    fn phases_move_one_step_forward_once_the_deliverable_is_approved() {
        use Phase as P;
        assert!(matches!(
            check_move(P::Assessment, P::Design, &[]),
            Err(EstablishmentError::DeliverableMissing {
                phase: P::Assessment,
                kind: DeliverableKind::ReadinessReport
            })
        ));
        let report = approved(DeliverableKind::ReadinessReport);
        assert!(check_move(P::Assessment, P::Design, std::slice::from_ref(&report)).is_ok());
        assert!(matches!(
            check_move(
                P::Assessment,
                P::Establishment,
                std::slice::from_ref(&report)
            ),
            Err(EstablishmentError::PhaseOrder { .. })
        ));
        assert!(matches!(
            check_move(P::Design, P::Assessment, &[]),
            Err(EstablishmentError::PhaseOrder { .. })
        ));
        assert!(matches!(
            check_move(P::Closed, P::Assessment, &[]),
            Err(EstablishmentError::Closed)
        ));
        let mut other = approved(DeliverableKind::Other);
        other.phase = P::Enhancement;
        assert!(matches!(
            check_move(P::Enhancement, P::Closed, &[other]),
            Err(EstablishmentError::DeliverableMissing {
                kind: DeliverableKind::Handover,
                ..
            })
        ));
        assert_eq!(
            missing(P::Design, &[report]),
            vec![(P::Design, DeliverableKind::DesignDocument)]
        );
    }

    #[test]
    fn the_services_list_has_21_services_in_5_areas() {
        assert_eq!(SERVICES.iter().filter(|(id, _)| is_service(id)).count(), 21);
        assert_eq!(
            SERVICES.iter().filter(|(id, _)| !id.contains('.')).count(),
            5
        );
        assert!(is_service("5.1") && !is_service("5") && !is_service("6.1"));
    }
}
