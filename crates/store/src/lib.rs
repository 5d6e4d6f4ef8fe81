//! Storage for cyberindex: accounts, sessions, editions, responses, answers and evidence.
//!
//! [`Store`] is the one API the server and the command line use. Behind it sits a backend per
//! database, chosen by the URL: SQLite (`sqlite.rs`, the embedded default) and PostgreSQL
//! (`postgres.rs`). Both compile the same portable SQL in `sql/`; what differs (connecting,
//! migrations, how a write takes the write lock, what a database error means) stays in the
//! backend's own file.
//!
//! **Invariant:** an answer save names the version it started from; a stale version is refused
//! with [`StoreError::Conflict`] carrying the current answer, so no save silently overwrites
//! another.

pub mod audit;
pub mod copy;
mod drills;
mod model;
mod postgres;
mod sqlite;
pub mod stats;
mod summaries;
#[doc(hidden)]
pub mod testing;

pub use audit::{AuditEntry, AuditEvent, ChainError};
pub use copy::{CopyError, CopyReport, Mismatch};
pub use drills::*;
pub use model::*;
pub use stats::{Migrations, Probe, SaveStats, StoreStats};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0} not found")]
    NotFound(&'static str),
    /// The answer changed since the editor loaded it.
    #[error("the answer was changed by someone else (now version {})", .0.version)]
    Conflict(Box<Answer>),
    /// The response no longer accepts changes from the country.
    #[error("the response is {} and can no longer be changed", .0.as_str())]
    Locked(Status),
    /// The edition is archived: nothing in it accepts changes any more (the edition's id).
    #[error("the edition {0} is archived and can no longer be changed")]
    Archived(String),
    /// In a returned response, the question (its id) is one the reviewers did not ask about, so
    /// the country cannot change it.
    #[error(
        "Question {0} needs no action in this review round: only the questions the reviewers asked about can change."
    )]
    Closed(String),
    /// A record (a directory team) changed since the editor loaded it: `version` is the
    /// current one.
    #[error("the {what} was changed by someone else (now version {version})")]
    Stale { what: &'static str, version: i64 },
    /// Already exists.
    #[error("{0}")]
    Duplicate(Duplicate),
    /// The request is not valid: the caller's fault, never the database's.
    #[error("{0}")]
    Invalid(Invalid),
    /// Stored data no longer reads (an unknown enum string, bad JSON, a column of the wrong type):
    /// a damaged database or a bug, never the caller's fault. The detail is for the log only.
    #[error("the database holds data this version cannot read: {0}")]
    Corrupt(String),
    /// The database failed (IO, a full disk, a lock held past the busy timeout, a pool timeout,
    /// the store closing): nothing was written, and the same request may succeed later. The
    /// detail is for the log only.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// Any other database error, such as a constraint the store did not expect: a bug.
    #[error("database error: {0}")]
    Database(sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What already exists. `Display` is the English text; the server shows the same message in the
/// reader's language (`error.rs` in the server maps each variant to its Fluent message).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Duplicate {
    #[error("An account for {email} already exists.")]
    Account { email: String },
    #[error("The edition “{id}” already exists.")]
    Edition { id: String },
    #[error("A team with the id “{id}” already exists.")]
    Team { id: String },
}

/// Why the store refused a request. `Display` is the English text; the server shows the same
/// message in the reader's language (`error.rs` in the server maps each variant to its Fluent
/// message), and the command line prints the English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("A {role} needs a country.")]
    RoleNeedsCountry { role: Role },
    #[error("A {role} has no country.")]
    RoleHasNoCountry { role: Role },
    #[error("A {role} needs a directory team.")]
    RoleNeedsTeam { role: Role },
    #[error("A {role} has no directory team.")]
    RoleHasNoTeam { role: Role },
    #[error("The directory has no team “{team}”.")]
    UnknownTeam { team: String },
    #[error("A comment is required for the decision “{}”.", .decision.as_str())]
    CommentRequired { decision: Decision },
    #[error("The message is empty: write something first.")]
    MessageEmpty,
    #[error("Give the reason for reopening: it is kept in the audit trail.")]
    ReopenReason,
    #[error("The answer to {question} is already confirmed.")]
    AlreadyConfirmed { question: String },
    #[error("Only reviewers and administrators can be assigned.")]
    AssignRole,
    /// The texts of a publication could not be made (`publish`'s `freeze` failed).
    #[error("The validated answers could not be read back: {detail}")]
    Freeze { detail: String },
    #[error(
        "Unsupported database URL “{scheme}”: use sqlite://PATH or postgres://USER@HOST/DATABASE."
    )]
    UnsupportedUrl { scheme: String },
    #[error("An in-memory database is not supported: give a file, such as sqlite://cyberindex.db.")]
    InMemory,
    #[error(
        "Cannot read the database password file {path} (named by CYBERINDEX_DB_PASSWORD_FILE): {error}. Check that the file exists and that the account running cyberindex can read it."
    )]
    PasswordFile { path: String, error: String },
    /// `db copy` found a table it does not know.
    #[error(
        "The database has a table, {table}, that db copy does not know, so it cannot copy the installation completely. Nothing was written. It was probably made by a newer version of cyberindex: run db copy with that version."
    )]
    CopyUnknownTable { table: String },
    /// `db copy` found a table whose columns differ from the ones it knows.
    #[error(
        "The table {table} has the columns {found}, but db copy knows the columns {expected}, so it cannot copy the installation completely. Nothing was written."
    )]
    CopyColumns {
        table: String,
        found: String,
        expected: String,
    },
    /// `db copy` writes only into an empty database.
    #[error(
        "The target database is not empty: its table {table} holds {rows} rows. db copy writes only into an empty database: create a new one (a new SQLite file, or CREATE DATABASE on PostgreSQL) and copy into that. Nothing was written."
    )]
    CopyTargetNotEmpty { table: String, rows: u64 },
    /// The change would leave no active administrator (demoting or deactivating the last one).
    #[error("This would leave no active administrator: make another user an administrator first.")]
    LastAdmin,
    /// The account is deactivated: reactivate it first.
    #[error("The account is deactivated: reactivate it first.")]
    Inactive,
}

/// Every `?` on a database call goes through here, so each sqlx error gets the kind that says
/// what happened. Constraint violations the store expects (a duplicate account or edition) are
/// matched before this, at their call sites.
impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        use sqlx::Error as E;
        match e {
            E::ColumnDecode { .. }
            | E::Decode(_)
            | E::ColumnNotFound(_)
            | E::ColumnIndexOutOfBounds { .. }
            | E::TypeNotFound { .. } => Self::Corrupt(e.to_string()),
            E::Io(_)
            | E::Tls(_)
            | E::Protocol(_)
            | E::PoolTimedOut
            | E::PoolClosed
            | E::WorkerCrashed => Self::Unavailable(e.to_string()),
            E::Database(ref db) => match database_failure(db.as_ref()) {
                Failure::Bug => Self::Database(e),
                Failure::Corrupt => Self::Corrupt(e.to_string()),
                Failure::Unavailable => Self::Unavailable(e.to_string()),
            },
            other => Self::Database(other),
        }
    }
}

enum Failure {
    Bug,
    Corrupt,
    Unavailable,
}

/// What an error the database itself returned means. Constraint violations (a trigger's
/// `RAISE` included) and SQL errors are the store's own bugs; a damaged file is corrupt data;
/// the rest (busy or locked past the busy timeout, out of memory, read-only, IO, a full disk, a
/// file that cannot be opened) is the database failing.
fn database_failure(db: &dyn sqlx::error::DatabaseError) -> Failure {
    if db.kind() != sqlx::error::ErrorKind::Other {
        return Failure::Bug;
    }
    if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
        return postgres_failure(pg.code());
    }
    // SQLite's extended result codes keep the primary code in their low byte.
    match db
        .code()
        .and_then(|c| c.parse::<i32>().ok())
        .map(|c| c & 0xff)
    {
        Some(5 | 6 | 7 | 8 | 9 | 10 | 13 | 14 | 15) => Failure::Unavailable,
        Some(11 | 26) => Failure::Corrupt,
        _ => Failure::Bug,
    }
}

/// What a PostgreSQL SQLSTATE means: lost connections, missing resources, an operator
/// shutting the server down or cancelling a statement, a serialisation failure or deadlock, a
/// lock not granted within `lock_timeout`, or a read-only server are the database failing;
/// `XX001`/`XX002` are damaged data; everything else is the store's own bug.
fn postgres_failure(sqlstate: &str) -> Failure {
    match sqlstate {
        "XX001" | "XX002" => Failure::Corrupt,
        "25006" | "55P03" => Failure::Unavailable,
        s if ["08", "40", "53", "57", "58"]
            .iter()
            .any(|c| s.starts_with(c)) =>
        {
            Failure::Unavailable
        }
        _ => Failure::Bug,
    }
}

impl StoreError {
    /// Whether the database failed and the same request may succeed later (HTTP 503).
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable(_))
    }
}

/// The SHA-256 of bytes, in hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

#[derive(Debug, Clone)]
enum Backend {
    Sqlite(sqlite::SqlStore),
    Postgres(postgres::SqlStore),
}

/// A change another app instance on the same database made, which this instance's own caches
/// (such as the server's session cache) must follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerChange {
    /// Sessions, tokens, passwords or second factors changed.
    Accounts,
}

/// The store. Cheap to clone: it holds a connection pool.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
}

/// New account details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub country: Option<String>,
    pub observed: Vec<String>,
    /// The directory team of a team staff member.
    pub team: Option<String>,
}

/// A user's new role and countries (the email and name stay).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserChange {
    pub role: Role,
    pub country: Option<String>,
    pub observed: Vec<String>,
    /// The directory team of a team staff member.
    pub team: Option<String>,
}

/// What deactivating an account ended at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Deactivated {
    pub sessions_ended: u64,
    pub tokens_revoked: u64,
    pub links_voided: u64,
}

/// New edition details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEdition {
    pub id: String,
    pub name: String,
    /// The name in other languages, by UN language code; checked by the workflow's edition
    /// check, never by the store.
    pub names: std::collections::BTreeMap<String, String>,
    pub framework_id: String,
    pub framework_version: String,
    pub framework_source: String,
    pub opens_on: String,
    pub deadline: String,
    pub countries: Vec<String>,
}

/// An answer as progress sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerSummary {
    pub question_id: String,
    pub value: Option<String>,
    /// Evidence items attached (deleted ones not counted).
    pub evidence: u32,
}

/// One answer of a bulk load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkAnswer {
    pub question: String,
    pub value: Option<String>,
    pub comment: String,
    pub provenance: Provenance,
    /// A link attached as public evidence.
    pub evidence_url: Option<String>,
}

macro_rules! dispatch {
    ($self:ident, $s:ident => $e:expr) => {
        match &$self.backend {
            Backend::Sqlite($s) => $e,
            Backend::Postgres($s) => $e,
        }
    };
}

/// The store's API, forwarded to the backend the URL chose: each method calls the backend's
/// method of the same name with the same arguments (both backends compile the same `sql/`
/// module, so both have every method, and its documentation is here).
macro_rules! api {
    ($( $(#[$meta:meta])* pub async fn $name:ident(&self $(, $arg:ident: $ty:ty)* $(,)?) -> $ret:ty; )*) => {
        impl Store {
            $(
                $(#[$meta])*
                pub async fn $name(&self $(, $arg: $ty)*) -> $ret {
                    dispatch!(self, s => s.$name($($arg),*).await)
                }
            )*
        }
    };
}

api! {
    pub async fn user(&self, id: i64) -> Result<User>;

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>>;

    pub async fn users(&self) -> Result<Vec<User>>;

    pub async fn set_password(&self, user: i64, hash: &str) -> Result<()>;

    pub async fn set_totp(&self, user: i64, secret: Option<&str>, enabled: bool) -> Result<()>;

    pub async fn record_login(&self, user: i64) -> Result<()>;

    pub async fn record_failed_login(&self, email: &str, user: Option<i64>) -> Result<()>;

    pub async fn create_link(
        &self,
        user: i64,
        purpose: LinkPurpose,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<()>;

    /// The user a valid (unused, unexpired) link belongs to, without using it.
    pub async fn peek_link(&self, token_hash: &str, purpose: LinkPurpose) -> Result<Option<i64>>;

    /// Uses a link and sets the user's password, in one transaction; `None` if the link is not
    /// valid (used, expired or unknown).
    pub async fn redeem_link(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        password_hash: &str,
    ) -> Result<Option<i64>>;

    pub async fn create_session(
        &self,
        token_hash: &str,
        user: i64,
        expires_at: i64,
        pending_totp: bool,
    ) -> Result<()>;

    /// The user of a live session and whether its second factor is still owed.
    pub async fn session(&self, token_hash: &str) -> Result<Option<(User, bool)>>;

    pub async fn complete_session_totp(&self, token_hash: &str) -> Result<()>;

    pub async fn delete_session(&self, token_hash: &str) -> Result<()>;

    pub async fn delete_user_sessions(&self, user: i64) -> Result<()>;

    /// Changes a user's role and countries, audited; refuses to leave no active administrator.
    pub async fn update_user(&self, id: i64, change: &UserChange, by: Option<i64>) -> Result<User>;

    /// Deactivates an account: its sessions end, its API tokens are revoked and its links voided
    /// in the same transaction, audited; refuses to leave no active administrator.
    pub async fn deactivate_user(&self, id: i64, by: Option<i64>) -> Result<Deactivated>;

    /// Reactivates a deactivated account, audited (its old sessions and tokens stay ended).
    pub async fn reactivate_user(&self, id: i64, by: Option<i64>) -> Result<()>;

    /// A new invitation for an active account: every outstanding link is voided and the new one
    /// stored, in one transaction, audited.
    pub async fn reinvite_user(
        &self,
        id: i64,
        token_hash: &str,
        expires_at: i64,
        by: Option<i64>,
    ) -> Result<()>;

    pub async fn create_token(&self, user: i64, name: &str, token_hash: &str) -> Result<i64>;

    pub async fn token_user(&self, token_hash: &str) -> Result<Option<User>>;

    pub async fn tokens(&self, user: i64) -> Result<Vec<ApiToken>>;

    pub async fn revoke_token(&self, user: i64, id: i64) -> Result<()>;

    /// Uses a link and sets the password; also voids every other outstanding link of the
    /// account and, for a reset, revokes its API tokens. The user and how many tokens were revoked.
    pub async fn redeem_link_counted(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        password_hash: &str,
    ) -> Result<Option<(i64, u64)>>;

    /// Accepts a TOTP time step if it is later than the last accepted one (a code works once).
    pub async fn accept_totp_step(&self, user: i64, step: i64) -> Result<bool>;

    /// Claims one attempt at a TOTP code (counted as a failure until accepted), within the
    /// pending session's `session_limit` and the account's wait of `wait_ms(failures)`.
    pub async fn claim_totp_attempt(
        &self,
        token_hash: Option<&str>,
        user: i64,
        session_limit: i64,
        wait_ms: fn(i64) -> i64,
    ) -> Result<TotpAttempt>;

    /// Records a wrong TOTP code; ends the pending session once it has had `session_limit`
    /// attempts. Whether the session ended.
    pub async fn record_totp_failure(
        &self,
        token_hash: Option<&str>,
        user: i64,
        session_limit: i64,
    ) -> Result<bool>;

    /// Sets a new password from the account page: voids the account's outstanding links and
    /// ends its other sessions, keeping `keep` (the session that made the change).
    pub async fn change_password(&self, user: i64, hash: &str, keep: &str) -> Result<()>;

    /// Ends a session on sign-out and records it; the session's user, if it was live.
    pub async fn end_session(&self, token_hash: &str) -> Result<Option<i64>>;

    /// Creates a link unless the user already has `max` links of this purpose made after
    /// `since` (`cap = Some((since, max))`), atomically. Whether the link was made.
    pub async fn create_link_capped(
        &self,
        user: i64,
        purpose: LinkPurpose,
        token_hash: &str,
        expires_at: i64,
        cap: Option<(i64, i64)>,
    ) -> Result<bool>;

    pub async fn create_edition(
        &self,
        edition: &NewEdition,
        created_by: Option<i64>,
    ) -> Result<Edition>;

    pub async fn editions(&self) -> Result<Vec<Edition>>;

    pub async fn edition(&self, id: &str) -> Result<Edition>;

    pub async fn archive_edition(&self, id: &str, by: Option<i64>) -> Result<()>;

    /// Opens an archived edition again, audited (`NotFound` when it is not archived).
    pub async fn unarchive_edition(&self, id: &str, by: Option<i64>) -> Result<()>;

    /// Writes the next version of an edition's publication; `freeze` makes the frozen texts
    /// from the version and time (ms) assigned in the transaction.
    pub async fn publish(
        &self,
        publication: &NewPublication,
        by: Option<i64>,
        freeze: impl FnOnce(i64, i64) -> std::result::Result<FrozenTexts, String>,
    ) -> Result<PublicationMeta>;

    /// Publication headers, newest first; `edition` narrows to one edition.
    pub async fn publications(&self, edition: Option<&str>) -> Result<Vec<PublicationMeta>>;

    /// A whole publication, its frozen documents included (counted by `document_reads`).
    pub async fn publication(&self, edition: &str, version: i64) -> Result<Publication>;

    pub async fn response(&self, edition: &str, country: &str) -> Result<Response>;

    pub async fn responses(&self, edition: &str) -> Result<Vec<Response>>;

    /// Moves a response to `to`, if it is currently in one of `from`.
    pub async fn set_status(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        to: Status,
        by: Option<i64>,
    ) -> Result<Response>;

    pub async fn answers(&self, edition: &str, country: &str) -> Result<Vec<Answer>>;

    /// Each answered question of a response with its value and how much evidence it has: what
    /// progress needs, in one query.
    pub async fn answer_summary(&self, edition: &str, country: &str) -> Result<Vec<AnswerSummary>>;

    /// Every answer of an edition, by country.
    pub async fn edition_answers(&self, edition: &str) -> Result<Vec<(String, Answer)>>;

    /// Saves an answer if `change.expected_version` is current, and marks the response in
    /// progress. `country_edit` saves made by the country are refused once it has submitted.
    pub async fn save_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        change: &AnswerChange,
        by: Option<i64>,
        country_edit: bool,
    ) -> Result<Answer>;

    pub async fn add_evidence(
        &self,
        edition: &str,
        country: &str,
        evidence: &NewEvidence,
        by: Option<i64>,
    ) -> Result<Evidence>;

    pub async fn evidence(&self, edition: &str, country: &str) -> Result<Vec<Evidence>>;

    pub async fn evidence_item(&self, edition: &str, country: &str, id: i64) -> Result<Evidence>;

    pub async fn delete_evidence(
        &self,
        edition: &str,
        country: &str,
        id: i64,
        by: Option<i64>,
    ) -> Result<()>;

    /// Loads a country's answers (and link evidence) in one transaction and sets its status:
    /// for the demonstration installation and bulk imports. Existing answers are replaced.
    pub async fn bulk_load(
        &self,
        edition: &str,
        country: &str,
        answers: &[BulkAnswer],
        status: Status,
        by: Option<i64>,
    ) -> Result<()>;

    /// Pre-fills answers that the country must confirm (carried forward from a previous edition,
    /// or drafted by the secretariat). Answers that already exist are left alone. Returns how many
    /// were added.
    /// With `evidence_from`, each added answer brings its evidence from that edition (the same
    /// links, the same stored files), marked as carried from it.
    pub async fn prefill(
        &self,
        edition: &str,
        answers: &[(String, BulkAnswer)],
        evidence_from: Option<&str>,
        by: Option<i64>,
    ) -> Result<u64>;

    /// Records a reviewer's decision on an answer; the first decision moves a submitted
    /// response into review (then the flag returned is true).
    #[allow(clippy::too_many_arguments)]
    pub async fn review_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        decision: Decision,
        comment: &str,
        proposed: Option<&str>,
        start_review_from: &[Status],
        by: Option<i64>,
    ) -> Result<(Review, bool)>;

    /// Accepts answers at once, each in the version the reviewer saw (a bulk decision of the
    /// review page), with one audit entry per answer; all or nothing.
    pub async fn accept_answers(
        &self,
        edition: &str,
        country: &str,
        answers: &[(String, i64)],
        reason: &str,
        start_review_from: &[Status],
        by: Option<i64>,
    ) -> Result<(Vec<Review>, bool)>;

    /// Many decisions at once, on the answers' current versions (imports, the demonstration).
    pub async fn bulk_review(
        &self,
        edition: &str,
        country: &str,
        decisions: &[(String, Decision, String)],
        by: Option<i64>,
    ) -> Result<()>;

    /// Every decision on a response, by question, oldest first.
    pub async fn reviews(&self, edition: &str, country: &str) -> Result<Vec<Review>>;

    /// Every decision of an edition, by country, then as [`Store::reviews`] orders them: what
    /// the review queue needs in one query instead of one per response.
    pub async fn edition_reviews(&self, edition: &str) -> Result<Vec<(String, Review)>>;

    /// Posts to a question's thread; `internal` makes it a reviewer-only note.
    pub async fn post_message(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        internal: bool,
        body: &str,
        by: Option<i64>,
    ) -> Result<Message>;

    /// Thread messages of a response; reviewer-only notes only when `include_internal`.
    pub async fn messages(
        &self,
        edition: &str,
        country: &str,
        include_internal: bool,
    ) -> Result<Vec<Message>>;

    /// Sends a response back to the country: a new round with a deadline.
    pub async fn return_response(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        deadline: &str,
        reason: &str,
        by: Option<i64>,
    ) -> Result<Response>;

    pub async fn validate_response(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        by: Option<i64>,
    ) -> Result<Response>;

    pub async fn reopen_response(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        reason: &str,
        by: Option<i64>,
    ) -> Result<Response>;

    /// The answers as submitted in each round.
    pub async fn snapshots(&self, edition: &str, country: &str) -> Result<Vec<Snapshot>>;

    pub async fn confirm_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        expected_version: i64,
        by: Option<i64>,
    ) -> Result<Answer>;

    /// Confirms every pre-filled answer to `questions` that the country has neither confirmed
    /// nor corrected, in one write with one audit entry per answer; questions closed in this
    /// round are skipped. Returns the confirmed answers.
    pub async fn confirm_answers(
        &self,
        edition: &str,
        country: &str,
        questions: &[String],
        by: Option<i64>,
    ) -> Result<Vec<Answer>>;

    pub async fn set_desk_policy(
        &self,
        edition: &str,
        policy: DeskPolicy,
        by: Option<i64>,
    ) -> Result<()>;

    /// Applies the edition's desk-research policy to unconfirmed drafts; returns (kept, dropped,
    /// the countries whose responses were submitted on their behalf).
    pub async fn apply_desk_policy(
        &self,
        edition: &str,
        from: &[Status],
        by: Option<i64>,
    ) -> Result<(u64, u64, Vec<String>)>;

    pub async fn assign(
        &self,
        edition: &str,
        country: &str,
        pillar: &str,
        reviewer: i64,
        by: Option<i64>,
    ) -> Result<()>;

    pub async fn unassign(
        &self,
        edition: &str,
        country: &str,
        pillar: &str,
        reviewer: i64,
        by: Option<i64>,
    ) -> Result<()>;

    pub async fn assignments(&self, edition: &str) -> Result<Vec<Assignment>>;

    pub async fn notify(&self, users: &[i64], subject: &str, link: &str) -> Result<()>;

    pub async fn notifications(&self, user: i64, limit: i64) -> Result<Vec<Notification>>;

    pub async fn mark_notifications_read(&self, user: i64) -> Result<()>;

    /// How many of a user's notifications are unread (the count beside "Notifications").
    pub async fn unread_notifications(&self, user: i64) -> Result<i64>;

    pub async fn create_webhook(&self, url: &str, secret: &str, by: Option<i64>) -> Result<i64>;

    pub async fn delete_webhook(&self, id: i64, by: Option<i64>) -> Result<()>;

    pub async fn webhooks(&self) -> Result<Vec<Webhook>>;

    /// The CIRT directory's teams, by country and name.
    pub async fn teams(&self) -> Result<Vec<TeamRow>>;

    pub async fn team(&self, id: &str) -> Result<TeamRow>;

    /// Creates or replaces a team's record (see the backend's `save_team`); the new version.
    pub async fn save_team(&self, save: &TeamSave<'_>, by: Option<i64>) -> Result<i64>;

    /// Saves several teams in one transaction: all or none.
    pub async fn save_teams(&self, saves: &[TeamSave<'_>], by: Option<i64>) -> Result<Vec<i64>>;

    pub async fn delete_team(&self, id: &str, by: Option<i64>) -> Result<()>;

    /// Schedules a reachability check of `scope` at `due_at` (milliseconds). Its id.
    pub async fn schedule_check(
        &self,
        scope: &str,
        due_at: i64,
        window_seconds: i64,
        repeat_days: Option<i64>,
        by: Option<i64>,
    ) -> Result<i64>;

    /// Every reachability check, the latest due first.
    pub async fn check_runs(&self) -> Result<Vec<CheckRun>>;

    pub async fn check_run(&self, id: i64) -> Result<CheckRun>;

    /// Checks not started whose time has come.
    pub async fn due_checks(&self, now: i64) -> Result<Vec<CheckRun>>;

    /// Starts a check with its pings, once (a check already started is `Stale`).
    pub async fn start_check(&self, id: i64, pings: &[NewPing<'_>]) -> Result<Vec<i64>>;

    /// Records why a ping's message could not be delivered.
    pub async fn ping_failed(&self, id: i64, error: &str) -> Result<()>;

    /// Removes a check that has not started.
    pub async fn cancel_check(&self, id: i64, by: Option<i64>) -> Result<()>;

    /// The ping of a single-use link (by the link's hash).
    pub async fn ping_by_token(&self, token_hash: &str) -> Result<Ping>;

    /// Records a ping's acknowledgement once; whether this call recorded it.
    pub async fn acknowledge_ping(&self, token_hash: &str) -> Result<(Ping, bool)>;

    /// Records a call of a phone ping (answered or not); whether this call changed it.
    /// With `run`, a message of another check is `NotFound`.
    pub async fn record_call(
        &self,
        id: i64,
        run: Option<i64>,
        answered: bool,
        note: Option<&str>,
        by: Option<i64>,
    ) -> Result<(Ping, bool)>;

    /// Keeps what was seen of a team's security.txt (audited).
    pub async fn save_security_txt(&self, seen: &SecurityTxtSeen) -> Result<()>;

    /// What was last seen of each team's security.txt (or of one team's).
    pub async fn security_txts(&self, team: Option<&str>) -> Result<Vec<SecurityTxtSeen>>;

    /// Pings of a check, of a team, or all, the latest first.
    pub async fn pings(&self, run: Option<i64>, team: Option<&str>) -> Result<Vec<Ping>>;

    /// Each team's latest acknowledgement, in milliseconds.
    pub async fn last_acknowledgements(&self) -> Result<Vec<(String, i64)>>;

    /// Saves a who's who filter under a name (audited). Its id.
    pub async fn save_query(&self, name: &str, query: &str, by: Option<i64>) -> Result<i64>;

    /// Every saved query, by name.
    pub async fn saved_queries(&self) -> Result<Vec<SavedQuery>>;

    pub async fn saved_query(&self, id: i64) -> Result<SavedQuery>;

    /// Removes a saved query (audited).
    pub async fn delete_saved_query(&self, id: i64, by: Option<i64>) -> Result<()>;

    /// Records a check that ran earlier or elsewhere, with its messages as they ended.
    pub async fn import_check(
        &self,
        scope: &str,
        window_seconds: i64,
        started_at: i64,
        pings: &[PastPing<'_>],
        by: Option<i64>,
    ) -> Result<i64>;

    /// Creates a CIRT maturity assessment: `self_assessment`, round 1, version 1, with an empty
    /// snapshot, its framework's TOML kept once by SHA-256; audited as `maturity.create`.
    pub async fn create_assessment(
        &self,
        new: &NewAssessment<'_>,
        by: Option<i64>,
    ) -> Result<Assessment>;

    pub async fn assessment(&self, id: i64) -> Result<Assessment>;

    /// The framework TOML an assessment was made against, by its SHA-256
    /// (`Assessment::framework_sha256`): each is kept once, however many assessments share it.
    pub async fn maturity_framework(&self, sha256: &str) -> Result<String>;

    /// The assessments of one team, or of every team (`None`), the latest first.
    pub async fn assessments(&self, team: Option<&str>) -> Result<Vec<Assessment>>;

    /// Assigns (or removes, with `None`) the peer reviewer on version `expected`; a signed-off
    /// assessment or another version is `Stale`. Audited as `maturity.reviewer`.
    pub async fn set_assessment_reviewer(
        &self,
        id: i64,
        expected: i64,
        reviewer: Option<i64>,
        by: Option<i64>,
    ) -> Result<Assessment>;

    /// Takes a step the workflow allowed (`cyberindex_workflow::maturity::step`) to status `to`,
    /// on the version it was decided on; a `Return` begins the next round. Keeps a snapshot of
    /// every parameter for the round it closes; audited as `maturity.<step>` with `reason`.
    pub async fn step_assessment(
        &self,
        id: i64,
        expected: i64,
        step: Step,
        to: AssessmentStatus,
        reason: &str,
        by: Option<i64>,
    ) -> Result<Assessment>;

    /// Every parameter saved in an assessment, by parameter id.
    pub async fn parameter_answers(&self, assessment: i64) -> Result<Vec<ParameterAnswer>>;

    /// Saves the team's level (`None`: unanswered) and note of a parameter on the answer's
    /// version `expected` (0: never saved); only in `self_assessment`, else `Stale`.
    pub async fn save_self_level(
        &self,
        assessment: i64,
        parameter: &str,
        level: Option<Level>,
        note: &str,
        expected: i64,
        by: Option<i64>,
    ) -> Result<ParameterAnswer>;

    /// Saves the reviewer's validated level and comment of a parameter, likewise; only in
    /// `peer_review`, else `Stale`.
    pub async fn save_validated_level(
        &self,
        assessment: i64,
        parameter: &str,
        level: Option<Level>,
        comment: &str,
        expected: i64,
        by: Option<i64>,
    ) -> Result<ParameterAnswer>;

    /// Saves many parameters' levels of one side (`validated`: the reviewer's, else the team's)
    /// in one transaction, each on its own version, one audit entry per parameter
    /// (`maturity.self` or `maturity.validate_level`): all are written or none (a stale one, or
    /// an assessment not in the side's status, is `Stale`). The answers as they now are.
    pub async fn save_levels(
        &self,
        assessment: i64,
        validated: bool,
        changes: &[LevelSave],
        by: Option<i64>,
    ) -> Result<Vec<ParameterAnswer>>;

    /// The snapshots of an assessment (one per step, and its creation), oldest first.
    pub async fn assessment_snapshots(&self, assessment: i64) -> Result<Vec<AssessmentSnapshot>>;

    /// Adds evidence to a parameter (a link, a stored file, a reachability check message);
    /// audited as `maturity.evidence.add`.
    pub async fn add_maturity_evidence(
        &self,
        new: &NewMaturityEvidence,
        by: Option<i64>,
    ) -> Result<MaturityEvidence>;

    /// Removes an evidence item (kept with `deleted_at`); audited as `maturity.evidence.remove`.
    pub async fn remove_maturity_evidence(&self, id: i64, by: Option<i64>) -> Result<()>;

    pub async fn maturity_evidence_item(&self, id: i64) -> Result<MaturityEvidence>;

    /// The evidence of an assessment, by parameter; removed items only when `include_removed`.
    pub async fn maturity_evidence(
        &self,
        assessment: i64,
        include_removed: bool,
    ) -> Result<Vec<MaturityEvidence>>;

    /// Adds roadmap items, skipping any that duplicates an active item of the team (same
    /// profile, level and parameter); the items added.
    pub async fn add_roadmap_items(
        &self,
        items: &[NewRoadmapItem],
        by: Option<i64>,
    ) -> Result<Vec<RoadmapItem>>;

    /// A team's roadmap.
    pub async fn roadmap(&self, team: &str) -> Result<Vec<RoadmapItem>>;

    pub async fn roadmap_item(&self, id: i64) -> Result<RoadmapItem>;

    /// Changes a roadmap item on its version `expected`; audited as `maturity.roadmap.update`.
    pub async fn update_roadmap_item(
        &self,
        id: i64,
        expected: i64,
        change: &RoadmapChange,
        by: Option<i64>,
    ) -> Result<RoadmapItem>;

    /// Whether team `team` agreed to publish its maturity tier (`None`: it has not chosen).
    pub async fn maturity_publication(&self, team: &str) -> Result<Option<bool>>;

    /// Records team `team`'s choice; audited as `maturity.publication`.
    pub async fn set_maturity_publication(
        &self,
        team: &str,
        show_tier: bool,
        by: Option<i64>,
    ) -> Result<()>;

    pub async fn deliveries(&self, limit: i64) -> Result<Vec<Delivery>>;

    /// Claims due deliveries for one instance to attempt (see the backend's `claim_deliveries`).
    pub async fn claim_deliveries(
        &self,
        now: i64,
        lease_ms: i64,
        limit: i64,
    ) -> Result<Vec<Delivery>>;

    pub async fn record_delivery(
        &self,
        id: i64,
        status: Option<i64>,
        error: Option<&str>,
        delivered: bool,
        next_attempt_at: Option<i64>,
    ) -> Result<()>;

    /// Records an event that changes nothing else (an export, a configuration loaded).
    pub async fn record(&self, event: &AuditEvent) -> Result<()>;

    /// Audit entries, newest first.
    pub async fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>>;

    /// Verifies the whole hash chain: `Ok(Ok((entries, last hash)))`, or the first bad entry.
    pub async fn verify_audit(&self) -> Result<std::result::Result<(u64, String), ChainError>>;

    /// The head of the trail: the last entry's id and hash (`None` while it is empty). Kept
    /// somewhere else (emailed, published), it lets `verify` catch a rewrite of the whole chain.
    pub async fn audit_head(&self) -> Result<Option<(i64, String)>>;

    /// The id of the entry whose hash is `hash`: in a chain that verifies, such an entry means
    /// the trail still extends a head recorded earlier.
    pub async fn audit_entry_with_hash(&self, hash: &str) -> Result<Option<i64>>;

    pub async fn push_outbox(&self, to: &str, subject: &str, body: &str) -> Result<i64>;

    pub async fn mark_sent(&self, id: i64, error: Option<&str>) -> Result<()>;

    pub async fn outbox(&self) -> Result<Vec<OutboxMessage>>;
}

impl Store {
    /// Opens (creating if needed) the database at `url` and runs the migrations.
    /// `sqlite://PATH` or `postgres://…` (also `postgresql://…`).
    pub async fn open(url: &str) -> Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Self {
                backend: Backend::Sqlite(sqlite::SqlStore::open(url).await?),
            })
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Self {
                backend: Backend::Postgres(postgres::SqlStore::open(url).await?),
            })
        } else {
            Err(StoreError::Invalid(Invalid::UnsupportedUrl {
                scheme: url.split(':').next().unwrap_or(url).to_string(),
            }))
        }
    }

    /// Takes one attempt from a rate-limit bucket shared by every instance on the database
    /// (see the backend's `take_attempt`).
    pub async fn take_attempt(
        &self,
        key: &str,
        burst: f64,
        per_minute: f64,
        now: i64,
    ) -> Result<bool> {
        dispatch!(self, s => s.take_attempt(key, burst, per_minute, now).await)
    }

    /// How many times publications' frozen documents (framework source, answers, results
    /// document) were read since the store opened: only [`Store::publication`] reads them.
    pub fn document_reads(&self) -> u64 {
        dispatch!(self, s => s.document_reads())
    }

    /// Changes other instances on the same database made (PostgreSQL; never on SQLite).
    pub fn peer_changes(&self) -> tokio::sync::broadcast::Receiver<PeerChange> {
        dispatch!(self, s => s.peer_changes())
    }

    /// Closes the pool, waiting for connections to finish.
    pub async fn close(&self) {
        dispatch!(self, s => s.close().await)
    }

    // --- accounts ---

    /// Creates an account (recorded as done by the system: the command line, the demo).
    pub async fn create_user(&self, user: &NewUser) -> Result<User> {
        dispatch!(self, s => s.create_user(user, None).await)
    }
    /// Creates an account on behalf of `by`.
    pub async fn create_user_by(&self, user: &NewUser, by: Option<i64>) -> Result<User> {
        dispatch!(self, s => s.create_user(user, by).await)
    }

    // --- copying a whole installation ---

    /// Copies every table of this database into `target`, which must be empty (see
    /// [`copy`]): all in one transaction on the target, then checked (row counts, and the
    /// audit trail verifying to the same head on both sides). `progress` hears each table and
    /// its rows as it is written.
    pub async fn copy_into(
        &self,
        target: &Store,
        progress: impl FnMut(&str, u64),
    ) -> std::result::Result<CopyReport, CopyError> {
        copy::copy(self, target, progress).await
    }

    /// The SHA-256 of every evidence file the database refers to (deleted items included),
    /// each once.
    pub async fn evidence_hashes(&self) -> Result<Vec<String>> {
        dispatch!(self, s => s.evidence_hashes().await)
    }

    // --- backups ---

    /// One read snapshot of the database, held open until the [`Pinned`] is dropped: the audit
    /// head and the evidence files as that snapshot sees them, and on PostgreSQL its exported
    /// name, so that `pg_dump --snapshot` dumps exactly the same data.
    pub async fn pin_snapshot(&self) -> Result<Pinned> {
        dispatch!(self, s => s.pin_snapshot().await)
    }

    /// A PostgreSQL database as a restore finds it, without opening (and so migrating) it: its
    /// number of tables (0 when it is empty) and the server's version number.
    pub async fn probe_postgres(url: &str) -> Result<(i64, i64)> {
        postgres::probe_restore_target(url).await
    }

    /// Writes a consistent copy of the whole database into the new file `path` while writers go
    /// on (SQLite's `VACUUM INTO`); `false`, with nothing written, on PostgreSQL.
    pub async fn vacuum_into(&self, path: &str) -> Result<bool> {
        dispatch!(self, s => s.vacuum_into(path).await)
    }
}

/// A read snapshot held open for a backup (see [`Store::pin_snapshot`]). Dropping it ends the
/// read transaction.
pub struct Pinned {
    /// The snapshot's exported name (PostgreSQL), for `pg_dump --snapshot`.
    pub snapshot: Option<String>,
    /// The server's version number (PostgreSQL), such as 150008 for 15.8.
    pub server_version: Option<i64>,
    /// The audit trail's last entry (id and hash); `None` before any entry.
    pub head: Option<(i64, String)>,
    /// The SHA-256 of every evidence file the snapshot refers to, each once, in order.
    pub evidence: Vec<String>,
    /// The open transaction.
    pub(crate) _hold: Box<dyn Send>,
}

impl std::fmt::Debug for Pinned {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pinned")
            .field("snapshot", &self.snapshot)
            .field("server_version", &self.server_version)
            .field("head", &self.head)
            .field("evidence", &self.evidence.len())
            .finish_non_exhaustive()
    }
}

/// Whether a TOTP code may be tried now (see `Store::claim_totp_attempt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TotpAttempt {
    /// Go ahead: the attempt is counted.
    Allowed,
    /// The account must wait after its latest wrong codes.
    Wait,
    /// The pending session has had all its attempts and is now ended.
    SessionOver,
}

// CyberDrills (issue 18): `sql/drills.rs`.
api! {
    /// Keeps a scenario version; one already kept is returned unchanged with `false`.
    pub async fn save_scenario(
        &self,
        new: &NewScenario<'_>,
        by: Option<i64>,
    ) -> Result<(DrillScenario, bool)>;

    pub async fn scenario(&self, id: &str, version: &str) -> Result<DrillScenario>;

    /// Every scenario version, by id.
    pub async fn scenarios(&self) -> Result<Vec<DrillScenario>>;

    /// Creates a drill, `planned`, with one pending row per inject; audited as `drill.create`.
    pub async fn create_drill(&self, new: &NewDrill<'_>, by: Option<i64>) -> Result<Drill>;

    pub async fn drill(&self, id: i64) -> Result<Drill>;

    /// Every drill, the latest start first.
    pub async fn drills(&self) -> Result<Vec<Drill>>;

    /// Moves a drill to `to` from one of `from` on version `expected` (else `Stale`), with the
    /// clock the workflow computed; audited as `drill.<to>`.
    pub async fn set_drill_status(
        &self,
        id: i64,
        expected: i64,
        from: &[DrillStatus],
        to: DrillStatus,
        clock: &DrillClock,
        by: Option<i64>,
    ) -> Result<Drill>;

    /// Adds a directory team to a drill (or changes its roles and consent).
    pub async fn add_drill_team(
        &self,
        drill: i64,
        team: &str,
        roles: &str,
        evidence_consent: bool,
        by: Option<i64>,
    ) -> Result<DrillTeam>;

    pub async fn drill_teams(&self, drill: i64) -> Result<Vec<DrillTeam>>;

    /// Records the reachability check of a team's communications check.
    pub async fn set_drill_check(
        &self,
        drill: i64,
        team: &str,
        run: i64,
        by: Option<i64>,
    ) -> Result<()>;

    /// Keeps a participant link by its hash.
    pub async fn issue_drill_link(
        &self,
        new: &NewDrillLink<'_>,
        by: Option<i64>,
    ) -> Result<DrillLink>;

    pub async fn drill_links(&self, drill: i64) -> Result<Vec<DrillLink>>;

    /// Uses a link once to open a session (closed `grace` ms after its drill ends); the
    /// link, or why not.
    pub async fn redeem_drill_link(
        &self,
        link_hash: &str,
        session_hash: &str,
        now: i64,
        session_expires: i64,
        grace: i64,
    ) -> Result<std::result::Result<DrillLink, LinkRefusal>>;

    /// The link of an open session.
    pub async fn drill_session(&self, session_hash: &str, now: i64) -> Result<DrillLink>;

    pub async fn revoke_drill_link(&self, id: i64, by: Option<i64>) -> Result<DrillLink>;

    /// A drill's injects in scenario order.
    pub async fn drill_injects(&self, drill: i64) -> Result<Vec<DrillInject>>;

    /// Changes an inject not yet released, on version `expected` (else `Stale`).
    pub async fn change_drill_inject(
        &self,
        drill: i64,
        inject: &str,
        expected: i64,
        change: &InjectChange,
        by: Option<i64>,
    ) -> Result<DrillInject>;

    /// Records a response to a released inject.
    pub async fn add_drill_response(&self, new: &NewDrillResponse<'_>) -> Result<DrillResponse>;

    pub async fn drill_responses(
        &self,
        drill: i64,
        team: Option<&str>,
    ) -> Result<Vec<DrillResponse>>;

    /// Saves a verdict on its version `expected` (0: none yet).
    pub async fn save_drill_evaluation(
        &self,
        new: &NewDrillEvaluation<'_>,
        by: Option<i64>,
    ) -> Result<DrillEvaluation>;

    pub async fn drill_evaluations(
        &self,
        drill: i64,
        team: Option<&str>,
    ) -> Result<Vec<DrillEvaluation>>;

    /// Records a lessons answer (an anonymous one keeps no team, link or account).
    #[allow(clippy::too_many_arguments)]
    pub async fn add_drill_lesson(
        &self,
        drill: i64,
        question: &str,
        answer: &str,
        anonymous: bool,
        team: Option<&str>,
        link: Option<i64>,
        user: Option<i64>,
    ) -> Result<DrillLesson>;

    pub async fn drill_lessons(&self, drill: i64) -> Result<Vec<DrillLesson>>;

    pub async fn add_drill_improvement(
        &self,
        drill: i64,
        fields: &ImprovementFields,
        by: Option<i64>,
    ) -> Result<DrillImprovement>;

    /// Changes an improvement item on its version `expected` (else `Stale`).
    pub async fn update_drill_improvement(
        &self,
        id: i64,
        expected: i64,
        fields: &ImprovementFields,
        by: Option<i64>,
    ) -> Result<DrillImprovement>;

    pub async fn drill_improvement(&self, id: i64) -> Result<DrillImprovement>;

    pub async fn drill_improvements(&self, drill: i64) -> Result<Vec<DrillImprovement>>;
}

// The establishment tracker (issue 17, part 6): `sql/establishment.rs`.
api! {
    /// Creates an engagement of a country in the `assessment` phase, audited as
    /// `establishment.create`; `Ok(Err(id))` when the country already has an engagement that is
    /// not closed (nothing is written).
    pub async fn create_engagement(
        &self,
        country: &str,
        team: Option<&str>,
        note: &str,
        by: Option<i64>,
    ) -> Result<std::result::Result<Engagement, i64>>;

    pub async fn engagement(&self, id: i64) -> Result<Engagement>;

    /// Every engagement, by country, the latest first within a country.
    pub async fn engagements(&self) -> Result<Vec<Engagement>>;

    /// Moves an engagement to a phase the workflow allowed, on the version `expected`, with a
    /// note; audited as `establishment.phase`. A closed engagement or another version is `Stale`.
    pub async fn move_engagement(
        &self,
        id: i64,
        expected: i64,
        to: Phase,
        note: &str,
        by: Option<i64>,
    ) -> Result<Engagement>;

    /// Links (or unlinks) the directory team, on the version `expected`; audited as
    /// `establishment.team`.
    pub async fn set_engagement_team(
        &self,
        id: i64,
        expected: i64,
        team: Option<&str>,
        by: Option<i64>,
    ) -> Result<Engagement>;

    /// The phase history of an engagement, oldest first.
    pub async fn phase_changes(&self, engagement: i64) -> Result<Vec<PhaseChange>>;

    /// Adds a deliverable (`submitted`); audited as `establishment.deliverable.add`.
    pub async fn add_deliverable(
        &self,
        new: &NewDeliverable,
        by: Option<i64>,
    ) -> Result<Deliverable>;

    /// Approves a submitted deliverable or requests changes, on its version `expected`;
    /// audited as `establishment.deliverable.decide`.
    pub async fn decide_deliverable(
        &self,
        id: i64,
        expected: i64,
        status: DeliverableStatus,
        comment: &str,
        by: Option<i64>,
    ) -> Result<Deliverable>;

    pub async fn deliverable(&self, id: i64) -> Result<Deliverable>;

    /// The deliverables of one engagement, or of all (`None`), oldest first.
    pub async fn deliverables(&self, engagement: Option<i64>) -> Result<Vec<Deliverable>>;

    /// Replaces the planned services of an engagement; audited as `establishment.services`.
    pub async fn set_planned_services(
        &self,
        engagement: i64,
        services: &[(String, Phase)],
        by: Option<i64>,
    ) -> Result<Vec<PlannedService>>;

    pub async fn planned_services(&self, engagement: i64) -> Result<Vec<PlannedService>>;
}
