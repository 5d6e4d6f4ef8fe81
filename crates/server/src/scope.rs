//! Permissions as types. A handler can only reach a country's data through a scope that the
//! permission check hands out, and the scopes' methods are the only way to change that data.
//!
//! - [`CountryRead`]: admins, reviewers, the country's focal point and contributors, and observers
//!   assigned to the country. Anyone else gets 404, as if the response did not exist.
//! - [`CountryWrite`]: the country's focal point and contributors, while the response is open.
//! - [`CountrySubmit`]: the country's focal point only.
//! - [`CountryReview`]: the secretariat (admins and reviewers) reviewing a country's response.
//! - [`CountryDiscuss`]: writing in a question's thread: the country's focal point and
//!   contributors, and the secretariat.
//! - [`Admin`] and [`Secretariat`]: secretariat pages and actions.
//! - [`TeamEdit`]: changing one directory team's record: the secretariat, and the team's own
//!   staff (who may neither create a team nor move theirs to another country). Team staff hold
//!   none of the country scopes above: the questionnaire is not theirs.

use cyberindex_store::{
    Answer, AnswerChange, Evidence, NewEvidence, Provenance, Response, Role, Status, Store, User,
};
use cyberindex_workflow::review::Acting;
use cyberindex_workflow::status::{Actor, allowed_from};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};

/// Read access to one country's response in one edition.
#[derive(Debug, Clone)]
pub struct CountryRead {
    pub user: User,
    pub edition: String,
    pub country: String,
}

/// Write access to one country's answers and evidence.
#[derive(Debug, Clone)]
pub struct CountryWrite {
    pub user: User,
    pub edition: String,
    pub country: String,
}

/// The right to submit one country's response.
#[derive(Debug, Clone)]
pub struct CountrySubmit {
    pub user: User,
    pub edition: String,
    pub country: String,
}

/// The secretariat reviewing one country's response.
#[derive(Debug, Clone)]
pub struct CountryReview {
    pub user: User,
    pub edition: String,
    pub country: String,
}

/// The right to write in one country's question threads.
#[derive(Debug, Clone)]
pub struct CountryDiscuss {
    pub user: User,
    pub edition: String,
    pub country: String,
}

/// A secretariat administrator.
#[derive(Debug, Clone)]
pub struct Admin(pub User);

/// Secretariat staff: an administrator or a reviewer.
#[derive(Debug, Clone)]
pub struct Secretariat(pub User);

/// The right to change one directory team's record (`team`: its id).
#[derive(Debug, Clone)]
pub struct TeamEdit {
    pub user: User,
    pub team: String,
}

fn may_read(user: &User, country: &str) -> bool {
    match user.role {
        Role::Admin | Role::Reviewer => true,
        Role::FocalPoint | Role::Contributor => user.country.as_deref() == Some(country),
        Role::Observer => user.observed.iter().any(|c| c == country),
        // Team staff work on their team's directory record, never on the questionnaire.
        Role::TeamStaff => false,
    }
}

impl SignedIn {
    pub fn user(&self) -> &User {
        &self.0.user
    }

    /// Read access, or 404.
    pub async fn read_country(
        &self,
        store: &Store,
        edition: &str,
        country: &str,
    ) -> AppResult<CountryRead> {
        if !may_read(self.user(), country) {
            return Err(AppError::NotFound);
        }
        store.response(edition, country).await?;
        Ok(CountryRead {
            user: self.user().clone(),
            edition: edition.into(),
            country: country.into(),
        })
    }

    /// Write access: 404 for those who may not read, 403 for readers who may not write. The
    /// response's existence is checked by the write itself (autosave is the hot path: one query
    /// less per save).
    pub async fn write_country(
        &self,
        _store: &Store,
        edition: &str,
        country: &str,
    ) -> AppResult<CountryWrite> {
        if !may_read(self.user(), country) {
            return Err(AppError::NotFound);
        }
        if !matches!(self.user().role, Role::FocalPoint | Role::Contributor) {
            return Err(AppError::Forbidden(crate::msg!("error-country-write")));
        }
        Ok(CountryWrite {
            user: self.user().clone(),
            edition: edition.into(),
            country: country.into(),
        })
    }

    /// Submit right: only the focal point.
    pub async fn submit_country(
        &self,
        store: &Store,
        edition: &str,
        country: &str,
    ) -> AppResult<CountrySubmit> {
        let write = self.write_country(store, edition, country).await?;
        if self.user().role != Role::FocalPoint {
            return Err(AppError::Forbidden(crate::msg!("error-submit-focal")));
        }
        Ok(CountrySubmit {
            user: write.user,
            edition: write.edition,
            country: write.country,
        })
    }

    /// Review right: the secretariat; 404 for those who may not read, 403 for other readers.
    pub async fn review_country(
        &self,
        store: &Store,
        edition: &str,
        country: &str,
    ) -> AppResult<CountryReview> {
        let read = self.read_country(store, edition, country).await?;
        if !read.user.role.is_secretariat() {
            return Err(AppError::Forbidden(crate::msg!("error-review-secretariat")));
        }
        Ok(CountryReview {
            user: read.user,
            edition: read.edition,
            country: read.country,
        })
    }

    /// Thread right: the country's team and the secretariat (observers only read).
    pub async fn discuss_country(
        &self,
        store: &Store,
        edition: &str,
        country: &str,
    ) -> AppResult<CountryDiscuss> {
        let read = self.read_country(store, edition, country).await?;
        if read.user.role == Role::Observer {
            return Err(AppError::Forbidden(crate::msg!(
                "error-observers-read-only"
            )));
        }
        Ok(CountryDiscuss {
            user: read.user,
            edition: read.edition,
            country: read.country,
        })
    }

    pub fn admin(&self) -> AppResult<Admin> {
        match self.user().role {
            Role::Admin => Ok(Admin(self.user().clone())),
            _ => Err(AppError::Forbidden(crate::msg!("error-admins-only"))),
        }
    }

    pub fn secretariat(&self) -> AppResult<Secretariat> {
        match self.user().role {
            Role::Admin | Role::Reviewer => Ok(Secretariat(self.user().clone())),
            _ => Err(AppError::Forbidden(crate::msg!("error-secretariat-only"))),
        }
    }

    /// The right to change the record of the directory team `team`: the secretariat, or the
    /// team's own staff; 403 for anyone else.
    pub fn edit_team(&self, team: &str) -> AppResult<TeamEdit> {
        let user = self.user();
        let own = user.role == Role::TeamStaff && user.team.as_deref() == Some(team);
        if !(user.role.is_secretariat() || own) {
            return Err(AppError::Forbidden(crate::msg!("error-team-edit")));
        }
        Ok(TeamEdit {
            user: user.clone(),
            team: team.to_string(),
        })
    }

    /// The countries this user may read, or `None` for all.
    pub fn readable_countries(&self) -> Option<Vec<String>> {
        let user = self.user();
        match user.role {
            Role::Admin | Role::Reviewer => None,
            Role::FocalPoint | Role::Contributor => Some(user.country.iter().cloned().collect()),
            Role::Observer => Some(user.observed.clone()),
            Role::TeamStaff => Some(Vec::new()),
        }
    }
}

impl CountryWrite {
    /// Saves an answer as the country.
    pub async fn save_answer(
        &self,
        store: &Store,
        question: &str,
        value: Option<String>,
        comment: String,
        expected_version: i64,
    ) -> AppResult<Answer> {
        let change = AnswerChange {
            value,
            comment,
            expected_version,
            provenance: Provenance::Country,
        };
        Ok(store
            .save_answer(
                &self.edition,
                &self.country,
                question,
                &change,
                Some(self.user.id),
                true,
            )
            .await?)
    }

    pub async fn add_evidence(&self, store: &Store, evidence: &NewEvidence) -> AppResult<Evidence> {
        Ok(store
            .add_evidence(&self.edition, &self.country, evidence, Some(self.user.id))
            .await?)
    }

    pub async fn delete_evidence(&self, store: &Store, id: i64) -> AppResult<()> {
        Ok(store
            .delete_evidence(&self.edition, &self.country, id, Some(self.user.id))
            .await?)
    }

    /// Confirms a pre-filled answer as it stands.
    pub async fn confirm_answer(
        &self,
        store: &Store,
        question: &str,
        expected_version: i64,
    ) -> AppResult<Answer> {
        Ok(store
            .confirm_answer(
                &self.edition,
                &self.country,
                question,
                expected_version,
                Some(self.user.id),
            )
            .await?)
    }
}

impl CountryWrite {
    /// Confirms, in one write, every pre-filled answer under `pillar` that the country has
    /// neither confirmed nor corrected and may still change; one audit entry per answer.
    pub async fn confirm_pillar(
        &self,
        store: &Store,
        framework: &cyberindex_engine::Framework,
        pillar: &str,
    ) -> AppResult<Vec<Answer>> {
        Ok(cyberindex_workflow::carry::confirm_pillar(
            store,
            framework,
            &self.edition,
            &self.country,
            pillar,
            Some(self.user.id),
        )
        .await?)
    }
}

impl CountrySubmit {
    /// Submits the response; afterwards it is read-only for the country.
    pub async fn submit(&self, store: &Store) -> AppResult<Response> {
        Ok(store
            .set_status(
                &self.edition,
                &self.country,
                allowed_from(Actor::User(self.user.role), "submit"),
                Status::Submitted,
                Some(self.user.id),
            )
            .await?)
    }
}

impl CountryReview {
    /// The response and its reviewer, for the workflow's review actions.
    pub fn acting(&self) -> Acting<'_> {
        Acting {
            edition: &self.edition,
            country: &self.country,
            by: &self.user,
        }
    }

    /// Reopening a validated response is for administrators only.
    pub fn may_reopen(&self) -> AppResult<()> {
        if self.user.role != Role::Admin {
            return Err(AppError::Forbidden(crate::msg!("error-reopen-admin")));
        }
        Ok(())
    }

    /// Drafts an answer from public sources (provenance "secretariat"), for the country to
    /// confirm or correct.
    pub async fn draft_answer(
        &self,
        store: &Store,
        question: &str,
        value: Option<String>,
        comment: String,
        expected_version: i64,
    ) -> AppResult<Answer> {
        let change = AnswerChange {
            value,
            comment,
            expected_version,
            provenance: Provenance::Secretariat,
        };
        Ok(store
            .save_answer(
                &self.edition,
                &self.country,
                question,
                &change,
                Some(self.user.id),
                false,
            )
            .await?)
    }
}

impl CountryDiscuss {
    /// The thread's response and who writes in it, for the workflow's `post_message`; only the
    /// secretariat may post reviewer-only notes.
    pub fn acting(&self, internal: bool) -> AppResult<Acting<'_>> {
        if internal && !self.user.role.is_secretariat() {
            return Err(AppError::Forbidden(crate::msg!("error-notes-secretariat")));
        }
        Ok(Acting {
            edition: &self.edition,
            country: &self.country,
            by: &self.user,
        })
    }
}

impl TeamEdit {
    /// Whether the secretariat edits (who may create a team and change its country).
    pub fn is_secretariat(&self) -> bool {
        self.user.role.is_secretariat()
    }

    /// Saves the team's record, audited in the editor's name: creates it (`expected` `None`,
    /// the secretariat only) or replaces the version `expected`. The record's id must be the
    /// scope's; team staff keep the stored country. Returns the new version.
    pub async fn save(
        &self,
        store: &Store,
        record: &cyberindex_directory::Team,
        expected: Option<i64>,
    ) -> AppResult<i64> {
        if record.id != self.team {
            return Err(AppError::bad(
                "id",
                crate::msg!("directory-error-id-mismatch", id = self.team.clone()),
            ));
        }
        if !self.is_secretariat() {
            if expected.is_none() {
                return Err(AppError::Forbidden(crate::msg!("error-team-staff-create")));
            }
            // Read before the save; the save's version check refuses a record changed since.
            let stored = store.team(&self.team).await?;
            if record.country.value != stored.country {
                return Err(AppError::bad(
                    "country",
                    crate::msg!("error-team-staff-country"),
                ));
            }
        }
        Ok(
            cyberindex_workflow::directory::save_team(store, record, expected, Some(self.user.id))
                .await?,
        )
    }
}
