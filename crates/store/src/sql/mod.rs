//! The store's SQL, written once in portable SQL and compiled once per backend: `sqlite.rs` and
//! `postgres.rs` each include this module with their own `Db`, `Conn`, `Pool` and `DbRow` types
//! and their own way to begin a write (`begin_write`), so both backends run the same queries with
//! native drivers.
//!
//! Portable means: numbered parameters (`$1`), real booleans bound from Rust `bool`, 64-bit
//! integers, `ON CONFLICT` instead of `INSERT OR …`, and no aggregate that only one database has.
//!
//! **Invariant:** every write begins with the backend's `begin_write`, which takes the one write
//! lock up front (SQLite `BEGIN IMMEDIATE`; PostgreSQL `SELECT … FROM audit_head FOR UPDATE`), so
//! writes never interleave and the audit chain never forks, on either database.

use std::collections::HashMap;
use std::str::FromStr;

use sqlx::{Connection, Row};

use super::{Conn, Db, DbRow, Pool, begin_write, begin_write_conn};

mod audit;
mod copy;
mod health;
mod publish;
mod review;

use crate::audit::{AuditEntry, AuditEvent, ChainError};
use crate::{
    Answer, AnswerChange, ApiToken, AuditFilter, Edition, Evidence, EvidenceKind, LinkPurpose,
    NewEdition, NewEvidence, NewUser, OutboxMessage, Provenance, Response, Result, Role, Status,
    StoreError, TotpAttempt, User, now_ms,
};

#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: Pool,
    writer: tokio::sync::mpsc::Sender<SaveJob>,
    /// Answer summaries for progress, kept true by every write (see `summaries.rs`).
    summaries: std::sync::Arc<crate::summaries::Summaries>,
    /// Names this store in the changes it announces, so it ignores its own.
    instance: std::sync::Arc<str>,
    /// Changes other instances announced that the server's own caches must follow.
    peers: tokio::sync::broadcast::Sender<crate::PeerChange>,
    /// Dropped with the last clone of the store, which stops its listener.
    _alive: std::sync::Arc<tokio::sync::watch::Sender<()>>,
}

/// What a committed write changed, for the caches of this instance and, through the database's
/// notifications (PostgreSQL), of every other instance on the same database.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Touch<'a> {
    /// One response's answers or evidence.
    Response(&'a str, &'a str),
    /// Answers of many responses at once.
    Responses,
    /// Sessions, tokens, passwords or second factors.
    Accounts,
}

impl Touch<'_> {
    /// The notification payload: the announcing instance, a kind letter, and the response.
    fn payload(self, instance: &str) -> String {
        match self {
            Self::Response(e, c) => format!("{instance}\tr\t{e}\t{c}"),
            Self::Responses => format!("{instance}\tR"),
            Self::Accounts => format!("{instance}\ta"),
        }
    }
}

/// Announces `touch` inside the transaction that makes it, so other instances hear of it exactly
/// when it commits (nothing on SQLite, whose one process is the only writer that caches).
async fn announce(conn: &mut Conn, instance: &str, touch: Touch<'_>) -> Result<()> {
    if let Some(sql) = super::NOTIFY {
        sqlx::query(sql)
            .bind(touch.payload(instance))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Applies a change another instance announced to this instance's caches; `None` (the listener
/// lost its connection and may have missed some) forgets everything.
fn heard(
    payload: Option<&str>,
    instance: &str,
    summaries: &crate::summaries::Summaries,
    peers: &tokio::sync::broadcast::Sender<crate::PeerChange>,
) {
    let Some(payload) = payload else {
        summaries.clear();
        let _ = peers.send(crate::PeerChange::Accounts);
        return;
    };
    let mut parts = payload.split('\t');
    if parts.next() == Some(instance) {
        return;
    }
    match (parts.next(), parts.next(), parts.next()) {
        (Some("r"), Some(e), Some(c)) => summaries.forget(e, c),
        (Some("a"), ..) => {
            let _ = peers.send(crate::PeerChange::Accounts);
        }
        _ => summaries.clear(),
    }
}

/// One answer save waiting for the writer.
#[derive(Debug)]
struct SaveJob {
    edition: String,
    country: String,
    question: String,
    change: AnswerChange,
    by: Option<i64>,
    country_edit: bool,
    reply: tokio::sync::oneshot::Sender<Result<Answer>>,
}

/// Group commit. Answer saves are the hot write path (autosave), and each commit costs a disk
/// sync. One task owns a connection, takes every save that is waiting (up to 512), applies each
/// in its own savepoint, commits once, and only then answers each caller: a save is reported only
/// once it is durable, and one sync serves many saves.
async fn writer(
    mut conn: Conn,
    mut jobs: tokio::sync::mpsc::Receiver<SaveJob>,
    summaries: std::sync::Arc<crate::summaries::Summaries>,
    instance: std::sync::Arc<str>,
) {
    let stats = crate::stats::register(&instance);
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < 512 {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let outcome = apply_batch(&mut conn, &batch, &instance).await;
        stats.batch(batch.len(), &outcome);
        match outcome {
            Ok(results) => {
                for (job, result) in batch.into_iter().zip(results) {
                    if let Ok(saved) = &result {
                        summaries.saved(
                            &job.edition,
                            &job.country,
                            &job.question,
                            saved.value.as_deref(),
                        );
                    }
                    let _ = job.reply.send(result);
                }
            }
            Err(e) => {
                // The whole batch failed and is rolled back: every caller gets the same kind
                // (most often `Unavailable`, so the client keeps its draft and tries again).
                let _ = sqlx::query("ROLLBACK").execute(&mut conn).await;
                for job in batch {
                    let _ = job.reply.send(Err(same_kind(&e)));
                }
            }
        }
    }
    let _ = conn.close().await;
}

/// A copy of a batch's error for each of its callers (`sqlx::Error` cannot be cloned).
fn same_kind(e: &StoreError) -> StoreError {
    match e {
        StoreError::Corrupt(d) => StoreError::Corrupt(d.clone()),
        StoreError::Database(d) => StoreError::Database(sqlx::Error::Protocol(d.to_string())),
        other => StoreError::Unavailable(other.to_string()),
    }
}

async fn apply_batch(
    conn: &mut Conn,
    batch: &[SaveJob],
    instance: &str,
) -> Result<Vec<Result<Answer>>> {
    begin_write_conn(conn).await?;
    let now = now_ms();
    let mut trail = audit::Writer::start(conn).await?;
    let mut results = Vec::with_capacity(batch.len());
    // Responses touched by the batch: (edition, country) → whether a country edit was among them.
    let mut touched: Vec<(&str, &str, bool)> = Vec::new();
    for job in batch {
        // A job that fails its checks has written nothing, so it needs no savepoint; a database
        // failure fails the whole batch, which is rolled back. A row of this response that no
        // longer reads (`Corrupt`, found while reading before any write) fails only its job, so
        // one damaged response does not stop the other countries' saves.
        let result = apply_save(conn, &mut trail, job, now).await;
        if let Err(e @ (StoreError::Database(_) | StoreError::Unavailable(_))) = result {
            return Err(e);
        }
        if result.is_ok() {
            match touched
                .iter_mut()
                .find(|(e, c, _)| *e == job.edition && *c == job.country)
            {
                Some(t) => t.2 |= job.country_edit,
                None => touched.push((&job.edition, &job.country, job.country_edit)),
            }
        }
        results.push(result);
    }
    for (edition, country, country_edit) in touched {
        sqlx::query(
            "UPDATE responses SET last_activity_at = $1, status = CASE WHEN status = 'not-started' AND $2 THEN 'in-progress' ELSE status END \
             WHERE edition_id = $3 AND country = $4",
        )
        .bind(now)
        .bind(country_edit)
        .bind(edition)
        .bind(country)
        .execute(&mut *conn)
        .await?;
        announce(conn, instance, Touch::Response(edition, country)).await?;
    }
    trail.finish(conn).await?;
    sqlx::query("COMMIT").execute(&mut *conn).await?;
    Ok(results)
}

/// The status of a response about to change, inside a transaction; `NotFound` when there is no
/// such response, `Archived` when its edition is archived (an archived edition accepts no change).
async fn response_status(conn: &mut Conn, edition: &str, country: &str) -> Result<Status> {
    let row: Option<(String, Option<i64>)> = sqlx::query_as(
        "SELECT r.status, e.archived_at FROM responses r JOIN editions e ON e.id = r.edition_id \
         WHERE r.edition_id = $1 AND r.country = $2",
    )
    .bind(edition)
    .bind(country)
    .fetch_optional(&mut *conn)
    .await?;
    let (status, archived_at) = row.ok_or(StoreError::NotFound("response"))?;
    if archived_at.is_some() {
        return Err(StoreError::Archived(edition.to_string()));
    }
    parse(&status)
}

/// Refuses any change to an archived edition (`NotFound` when there is no such edition).
async fn check_not_archived(conn: &mut Conn, edition: &str) -> Result<()> {
    let archived_at: Option<Option<i64>> =
        sqlx::query_scalar("SELECT archived_at FROM editions WHERE id = $1")
            .bind(edition)
            .fetch_optional(&mut *conn)
            .await?;
    match archived_at {
        None => Err(StoreError::NotFound("edition")),
        Some(Some(_)) => Err(StoreError::Archived(edition.to_string())),
        Some(None) => Ok(()),
    }
}

async fn apply_save(
    conn: &mut Conn,
    trail: &mut audit::Writer,
    job: &SaveJob,
    now: i64,
) -> Result<Answer> {
    // The response's status, whether its edition is archived, and the current answer, in one
    // query.
    let row = sqlx::query(
        "SELECT r.status AS response_status, e.archived_at AS edition_archived_at, a.* FROM responses r \
         JOIN editions e ON e.id = r.edition_id \
         LEFT JOIN answers a ON a.edition_id = r.edition_id AND a.country = r.country AND a.question_id = $3 \
         WHERE r.edition_id = $1 AND r.country = $2",
    )
    .bind(&job.edition)
    .bind(&job.country)
    .bind(&job.question)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound("response"))?;
    if row
        .try_get::<Option<i64>, _>("edition_archived_at")?
        .is_some()
    {
        return Err(StoreError::Archived(job.edition.clone()));
    }
    let status: Status = parse(row.try_get::<&str, _>("response_status")?)?;
    if job.country_edit && !status.is_open_to_country() {
        return Err(StoreError::Locked(status));
    }
    if !job.country_edit && !matches!(status, Status::NotStarted | Status::InProgress) {
        // Secretariat drafts are for responses the country has not submitted.
        return Err(StoreError::Locked(status));
    }
    if job.country_edit {
        review::check_open_question(conn, &job.edition, &job.country, &job.question, status)
            .await?;
    }
    let current = match row.try_get::<Option<i64>, _>("version")? {
        Some(_) => Some(SqlStore::answer_from_row(&row)?),
        None => None,
    };
    let current_version = current.as_ref().map_or(0, |a| a.version);
    if current_version != job.change.expected_version {
        let current = current.unwrap_or(Answer {
            question_id: job.question.clone(),
            value: None,
            comment: String::new(),
            version: 0,
            provenance: Provenance::Country,
            confirmed: true,
            outcome: None,
            updated_by: None,
            updated_at: 0,
        });
        return Err(StoreError::Conflict(Box::new(current)));
    }
    let confirmed = job.change.provenance == Provenance::Country;
    // A country changing a pre-filled answer corrects it; later saves keep that outcome.
    let outcome = match &current {
        Some(c) if confirmed && !c.confirmed => Some("corrected"),
        Some(c) if confirmed => c.outcome.as_deref(),
        _ => None,
    };
    let row = sqlx::query(
        "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at, outcome) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (edition_id, country, question_id) DO UPDATE SET \
         value = excluded.value, comment = excluded.comment, version = excluded.version, provenance = excluded.provenance, \
         confirmed = excluded.confirmed, updated_by = excluded.updated_by, updated_at = excluded.updated_at, outcome = excluded.outcome \
         RETURNING *",
    )
    .bind(&job.edition)
    .bind(&job.country)
    .bind(&job.question)
    .bind(&job.change.value)
    .bind(&job.change.comment)
    .bind(current_version + 1)
    .bind(job.change.provenance.as_str())
    .bind(confirmed)
    .bind(job.by)
    .bind(now)
    .bind(outcome)
    .fetch_one(&mut *conn)
    .await?;
    let saved = SqlStore::answer_from_row(&row)?;
    let action = if job.change.provenance == Provenance::Secretariat {
        "answer.draft"
    } else {
        "answer.save"
    };
    let mut event = AuditEvent::new(job.by, action)
        .response(&job.edition, &job.country)
        .question(&job.question)
        .object("answer")
        .after(&saved);
    if let Some(c) = &current {
        event = event.before(c);
    }
    trail.push(conn, &event, now).await?;
    Ok(saved)
}

fn parse<T: FromStr<Err = String>>(s: &str) -> Result<T> {
    s.parse().map_err(|e: String| StoreError::Corrupt(e))
}

impl SqlStore {
    pub async fn open(url: &str) -> Result<Self> {
        let (pool, conn) = super::connect(url).await?;
        let (jobs, receiver) = tokio::sync::mpsc::channel(4096);
        let summaries = std::sync::Arc::<crate::summaries::Summaries>::default();
        let instance: std::sync::Arc<str> = instance_id().into();
        let (peers, _) = tokio::sync::broadcast::channel(64);
        let (alive, stop) = tokio::sync::watch::channel(());
        tokio::spawn(writer(conn, receiver, summaries.clone(), instance.clone()));
        super::listen(&pool, stop, {
            let (instance, summaries, peers) = (instance.clone(), summaries.clone(), peers.clone());
            move |payload: Option<&str>| heard(payload, &instance, &summaries, &peers)
        })
        .await?;
        Ok(Self {
            pool,
            writer: jobs,
            summaries,
            instance,
            peers,
            _alive: std::sync::Arc::new(alive),
        })
    }

    /// Changes other instances made that the server's caches must follow.
    pub fn peer_changes(&self) -> tokio::sync::broadcast::Receiver<crate::PeerChange> {
        self.peers.subscribe()
    }

    /// Commits a write: announces what it touched inside the transaction, commits, then updates
    /// this instance's caches.
    async fn commit(&self, mut tx: sqlx::Transaction<'static, Db>, touch: Touch<'_>) -> Result<()> {
        announce(&mut tx, &self.instance, touch).await?;
        tx.commit().await?;
        match touch {
            Touch::Response(e, c) => self.summaries.forget(e, c),
            Touch::Responses => self.summaries.clear(),
            Touch::Accounts => {}
        }
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// A user from a `users` row and the countries it observes (ignored unless an observer).
    fn user_from_row(row: &DbRow, observed: Vec<String>) -> Result<User> {
        let role: Role = parse(row.try_get::<&str, _>("role")?)?;
        let observed = if role == Role::Observer {
            observed
        } else {
            Vec::new()
        };
        Ok(User {
            id: row.try_get("id")?,
            email: row.try_get("email")?,
            name: row.try_get("name")?,
            role,
            country: row.try_get("country")?,
            observed,
            password_hash: row.try_get("password_hash")?,
            totp_secret: row.try_get("totp_secret")?,
            totp_enabled: row.try_get("totp_enabled")?,
            language: row.try_get("language")?,
            active: row.try_get("active")?,
            created_at: row.try_get("created_at")?,
            last_login_at: row.try_get("last_login_at")?,
        })
    }

    /// One user from its row, with a second query for its observed countries if an observer.
    async fn read_user(&self, row: &DbRow) -> Result<User> {
        let role: Role = parse(row.try_get::<&str, _>("role")?)?;
        let observed = if role == Role::Observer {
            sqlx::query_scalar(
                "SELECT country FROM observer_countries WHERE user_id = $1 ORDER BY country",
            )
            .bind(row.try_get::<i64, _>("id")?)
            .fetch_all(&self.pool)
            .await?
        } else {
            Vec::new()
        };
        Self::user_from_row(row, observed)
    }

    pub async fn create_user(&self, user: &NewUser, by: Option<i64>) -> Result<User> {
        if user.role.is_country_role() != user.country.is_some() {
            return Err(StoreError::Invalid(if user.role.is_country_role() {
                crate::msg!("store-role-needs-country", role = user.role)
            } else {
                crate::msg!("store-role-has-no-country", role = user.role)
            }));
        }
        let mut tx = begin_write(&self.pool).await?;
        let id: i64 = match sqlx::query_scalar(
            "INSERT INTO users (email, name, role, country, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(&user.email)
        .bind(&user.name)
        .bind(user.role.as_str())
        .bind(&user.country)
        .bind(now_ms())
        .fetch_one(&mut *tx)
        .await
        {
            Ok(id) => id,
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(StoreError::Duplicate(crate::msg!("store-duplicate-account", email = user.email)));
            }
            Err(e) => return Err(e.into()),
        };
        for country in &user.observed {
            sqlx::query("INSERT INTO observer_countries (user_id, country) VALUES ($1, $2)")
                .bind(id)
                .bind(country)
                .execute(&mut *tx)
                .await?;
        }
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "user.create")
                .object(format!("user {id}"))
                .after(&serde_json::json!({
                    "email": user.email,
                    "name": user.name,
                    "role": user.role.as_str(),
                    "country": user.country,
                    "observed": user.observed,
                })),
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        self.user(id).await
    }

    pub async fn user(&self, id: i64) -> Result<User> {
        let row = sqlx::query("SELECT * FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("user"))?;
        self.read_user(&row).await
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let row = sqlx::query("SELECT * FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => Ok(Some(self.read_user(&row).await?)),
            None => Ok(None),
        }
    }

    /// Every account, in two queries: the users, then every observed country at once.
    pub async fn users(&self) -> Result<Vec<User>> {
        let rows = sqlx::query("SELECT * FROM users ORDER BY role, country, email")
            .fetch_all(&self.pool)
            .await?;
        let observed: Vec<(i64, String)> = sqlx::query_as(
            "SELECT user_id, country FROM observer_countries ORDER BY user_id, country",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut by_user: HashMap<i64, Vec<String>> = HashMap::new();
        for (user, country) in observed {
            by_user.entry(user).or_default().push(country);
        }
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                Self::user_from_row(row, by_user.remove(&id).unwrap_or_default())
            })
            .collect()
    }

    pub async fn set_password(&self, user: i64, hash: &str) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        // Any password change voids the account's outstanding reset and invitation links.
        let voided = void_links(&mut tx, user, now_ms()).await?;
        // The hash itself never goes into the trail.
        let event = AuditEvent::new(Some(user), "user.password")
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "links_voided": voided }));
        audit::append(&mut tx, &event, now_ms()).await?;
        self.commit(tx, Touch::Accounts).await?;
        Ok(())
    }

    pub async fn set_totp(&self, user: i64, secret: Option<&str>, enabled: bool) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        sqlx::query("UPDATE users SET totp_secret = $1, totp_enabled = $2 WHERE id = $3")
            .bind(secret)
            .bind(enabled)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        let event = AuditEvent::new(Some(user), "user.totp")
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "enabled": enabled }));
        audit::append(&mut tx, &event, now_ms()).await?;
        self.commit(tx, Touch::Accounts).await?;
        Ok(())
    }

    pub async fn record_login(&self, user: i64) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        sqlx::query("UPDATE users SET last_login_at = $1 WHERE id = $2")
            .bind(now)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        let event = AuditEvent::new(Some(user), "user.login").object(format!("user {user}"));
        audit::append(&mut tx, &event, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records a failed sign-in (the account, when it exists, and the address tried).
    pub async fn record_failed_login(&self, email: &str, user: Option<i64>) -> Result<()> {
        self.record(
            &AuditEvent::new(None, "user.login-failed")
                .object(match user {
                    Some(id) => format!("user {id}"),
                    None => "unknown account".to_string(),
                })
                .after(&serde_json::json!({ "email": email })),
        )
        .await
    }

    /// Records an event that changes nothing else (an export, a configuration loaded).
    pub async fn record(&self, event: &AuditEvent) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        audit::append(&mut tx, event, now_ms()).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        audit::list(&self.pool, filter).await
    }

    pub async fn verify_audit(&self) -> Result<std::result::Result<(u64, String), ChainError>> {
        audit::verify(&self.pool).await
    }

    pub async fn create_link(
        &self,
        user: i64,
        purpose: LinkPurpose,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<()> {
        self.create_link_capped(user, purpose, token_hash, expires_at, None)
            .await
            .map(|_| ())
    }

    /// Creates a link unless the user already has `max` links of this purpose made after
    /// `since` (`cap = Some((since, max))`); the count and the insert are one transaction, so
    /// concurrent requests cannot pass the cap together. Whether the link was made.
    pub async fn create_link_capped(
        &self,
        user: i64,
        purpose: LinkPurpose,
        token_hash: &str,
        expires_at: i64,
        cap: Option<(i64, i64)>,
    ) -> Result<bool> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        if let Some((since, max)) = cap {
            let recent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM invitations WHERE user_id = $1 AND purpose = $2 AND created_at > $3",
            )
            .bind(user)
            .bind(purpose.as_str())
            .bind(since)
            .fetch_one(&mut *tx)
            .await?;
            if recent >= max {
                return Ok(false);
            }
        }
        sqlx::query("INSERT INTO invitations (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash)
            .bind(user)
            .bind(purpose.as_str())
            .bind(now)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
        // The link itself is a secret and never enters the trail.
        let event = AuditEvent::new(None, &format!("link.{}", purpose.as_str()))
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "expires_at": expires_at }));
        audit::append(&mut tx, &event, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    pub async fn peek_link(&self, token_hash: &str, purpose: LinkPurpose) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM invitations WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(now_ms())
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn redeem_link(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        password_hash: &str,
    ) -> Result<Option<i64>> {
        Ok(self
            .redeem_link_counted(token_hash, purpose, password_hash)
            .await?
            .map(|(user, _)| user))
    }

    /// Uses a link and sets the password; also voids every other outstanding link of the
    /// account and, for a reset, revokes its API tokens. The user and the tokens revoked.
    pub async fn redeem_link_counted(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        password_hash: &str,
    ) -> Result<Option<(i64, u64)>> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let user: Option<i64> = sqlx::query_scalar(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(user) = user else {
            tx.commit().await?;
            return Ok(None);
        };
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        // A new password ends every existing session.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(&mut *tx)
            .await?;
        let voided = void_links(&mut tx, user, now).await?;
        // Whoever reset the password may be taking the account back: tokens made before
        // stop working.
        let revoked = if purpose == LinkPurpose::Reset {
            sqlx::query(
                "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
            )
            .bind(now)
            .bind(user)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        } else {
            0
        };
        let event = AuditEvent::new(Some(user), &format!("user.{}", purpose.as_str()))
            .object(format!("user {user}"))
            .after(&serde_json::json!({
                "password": "set",
                "links_voided": voided,
                "tokens_revoked": revoked,
            }));
        audit::append(&mut tx, &event, now).await?;
        tx.commit().await?;
        Ok(Some((user, revoked)))
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        user: i64,
        expires_at: i64,
        pending_totp: bool,
    ) -> Result<()> {
        let now = now_ms();
        sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, pending_totp) VALUES ($1, $2, $3, $4, $3, $5)")
            .bind(token_hash)
            .bind(user)
            .bind(now)
            .bind(expires_at)
            .bind(pending_totp)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The session's user and flag in one query, its observed countries in a second.
    pub async fn session(&self, token_hash: &str) -> Result<Option<(User, bool)>> {
        let row = sqlx::query(
            "SELECT u.*, s.pending_totp AS session_pending_totp FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active = TRUE",
        )
        .bind(token_hash)
        .bind(now_ms())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(row) => Ok(Some((
                self.read_user(&row).await?,
                row.try_get("session_pending_totp")?,
            ))),
            None => Ok(None),
        }
    }

    pub async fn complete_session_totp(&self, token_hash: &str) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query("UPDATE sessions SET pending_totp = FALSE WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *conn)
            .await?;
        announce(&mut conn, &self.instance, Touch::Accounts).await
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *conn)
            .await?;
        announce(&mut conn, &self.instance, Touch::Accounts).await
    }

    pub async fn delete_user_sessions(&self, user: i64) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(&mut *conn)
            .await?;
        announce(&mut conn, &self.instance, Touch::Accounts).await
    }

    pub async fn create_token(&self, user: i64, name: &str, token_hash: &str) -> Result<i64> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let id: i64 = sqlx::query_scalar("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(user)
            .bind(name)
            .bind(token_hash)
            .bind(now)
            .fetch_one(&mut *tx)
            .await?;
        let event = AuditEvent::new(Some(user), "token.create")
            .object(format!("token {id}"))
            .after(&serde_json::json!({ "name": name }));
        audit::append(&mut tx, &event, now).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn token_user(&self, token_hash: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT u.*, t.last_used_at AS token_last_used FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active = TRUE",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        // "Last used" is kept to the minute: writing it on every request would cost a disk sync
        // per API call.
        let now = now_ms();
        let last_used: Option<i64> = row.try_get("token_last_used")?;
        if last_used.is_none_or(|t| now - t > 60_000) {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(now)
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(self.read_user(&row).await?))
    }

    pub async fn tokens(&self, user: i64) -> Result<Vec<ApiToken>> {
        let rows = sqlx::query("SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id")
            .bind(user)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(ApiToken {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    last_used_at: r.try_get("last_used_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect()
    }

    pub async fn revoke_token(&self, user: i64, id: i64) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("token"));
        }
        let event = AuditEvent::new(Some(user), "token.revoke").object(format!("token {id}"));
        audit::append(&mut tx, &event, now).await?;
        self.commit(tx, Touch::Accounts).await?;
        Ok(())
    }

    /// Accepts a TOTP time step for a user if it is later than the last one accepted (a code
    /// works once, across every server on the database); clears the account's failure count.
    pub async fn accept_totp_step(&self, user: i64, step: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE users SET totp_last_step = $1, totp_failures = 0, totp_failed_at = NULL \
             WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Claims one attempt at a TOTP code, counted as a failure until the code is accepted
    /// ([`Self::accept_totp_step`] clears the account's count), so that parallel guesses cannot
    /// pass the limits before any failure is recorded. The pending session may take
    /// `session_limit` attempts; the account must wait `wait_ms(failures)` after its latest one.
    pub async fn claim_totp_attempt(
        &self,
        token_hash: Option<&str>,
        user: i64,
        session_limit: i64,
        wait_ms: fn(i64) -> i64,
    ) -> Result<TotpAttempt> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let (failures, failed_at): (i64, Option<i64>) =
            sqlx::query_as("SELECT totp_failures, totp_failed_at FROM users WHERE id = $1")
                .bind(user)
                .fetch_optional(&mut *tx)
                .await?
                .unwrap_or((0, None));
        if failed_at.is_some_and(|at| now < at + wait_ms(failures)) {
            return Ok(TotpAttempt::Wait);
        }
        if let Some(hash) = token_hash {
            let used: i64 =
                sqlx::query_scalar("SELECT totp_failures FROM sessions WHERE token_hash = $1")
                    .bind(hash)
                    .fetch_optional(&mut *tx)
                    .await?
                    .unwrap_or(session_limit);
            if used >= session_limit {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(hash)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
                return Ok(TotpAttempt::SessionOver);
            }
            sqlx::query(
                "UPDATE sessions SET totp_failures = totp_failures + 1 WHERE token_hash = $1",
            )
            .bind(hash)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query(
            "UPDATE users SET totp_failures = totp_failures + 1, totp_failed_at = $1 WHERE id = $2",
        )
        .bind(now)
        .bind(user)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(TotpAttempt::Allowed)
    }

    /// Records a wrong TOTP code (its attempt was already counted by
    /// [`Self::claim_totp_attempt`]) and ends the pending session once it has had
    /// `session_limit` attempts. Whether the session ended.
    pub async fn record_totp_failure(
        &self,
        token_hash: Option<&str>,
        user: i64,
        session_limit: i64,
    ) -> Result<bool> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let account: i64 = sqlx::query_scalar("SELECT totp_failures FROM users WHERE id = $1")
            .bind(user)
            .fetch_optional(&mut *tx)
            .await?
            .unwrap_or(0);
        let session: i64 = match token_hash {
            Some(hash) => {
                sqlx::query_scalar("SELECT totp_failures FROM sessions WHERE token_hash = $1")
                    .bind(hash)
                    .fetch_optional(&mut *tx)
                    .await?
                    .unwrap_or(0)
            }
            None => 0,
        };
        let ended = session >= session_limit;
        if ended && let Some(hash) = token_hash {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(hash)
                .execute(&mut *tx)
                .await?;
        }
        let event = AuditEvent::new(Some(user), "user.totp-failed")
            .object(format!("user {user}"))
            .after(&serde_json::json!({
                "session_failures": session,
                "account_failures": account,
                "session_ended": ended,
            }));
        audit::append(&mut tx, &event, now).await?;
        tx.commit().await?;
        Ok(ended)
    }

    /// Sets a new password from the account page: voids the account's outstanding links and
    /// ends its other sessions, keeping `keep` (the session that made the change).
    pub async fn change_password(&self, user: i64, hash: &str, keep: &str) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user)
            .execute(&mut *tx)
            .await?;
        let voided = void_links(&mut tx, user, now).await?;
        let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user)
            .bind(keep)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // The hash itself never goes into the trail.
        let event = AuditEvent::new(Some(user), "user.password")
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "links_voided": voided, "sessions_ended": ended }));
        audit::append(&mut tx, &event, now).await?;
        self.commit(tx, Touch::Accounts).await?;
        Ok(())
    }

    /// Ends a session on sign-out and records it; the session's user, if it was live.
    pub async fn end_session(&self, token_hash: &str) -> Result<Option<i64>> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let user: Option<i64> =
            sqlx::query_scalar("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id")
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(user) = user {
            let event = AuditEvent::new(Some(user), "user.logout").object(format!("user {user}"));
            audit::append(&mut tx, &event, now).await?;
        }
        self.commit(tx, Touch::Accounts).await?;
        Ok(user)
    }

    pub async fn create_edition(&self, e: &NewEdition, created_by: Option<i64>) -> Result<Edition> {
        let mut tx = begin_write(&self.pool).await?;
        let inserted = sqlx::query(
            "INSERT INTO editions (id, name, framework_id, framework_version, framework_source, opens_on, deadline, created_at, created_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&e.id)
        .bind(&e.name)
        .bind(&e.framework_id)
        .bind(&e.framework_version)
        .bind(&e.framework_source)
        .bind(&e.opens_on)
        .bind(&e.deadline)
        .bind(now_ms())
        .bind(created_by)
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(sqlx::Error::Database(err)) if err.is_unique_violation() => {
                return Err(StoreError::Duplicate(crate::msg!(
                    "store-duplicate-edition",
                    id = e.id
                )));
            }
            other => {
                other?;
            }
        }
        for country in &e.countries {
            sqlx::query("INSERT INTO responses (edition_id, country) VALUES ($1, $2)")
                .bind(&e.id)
                .bind(country)
                .execute(&mut *tx)
                .await?;
        }
        audit::append(
            &mut tx,
            &AuditEvent::new(created_by, "edition.create")
                .object(format!("edition {}", e.id))
                .after(&serde_json::json!({
                    "id": e.id,
                    "name": e.name,
                    "framework": e.framework_id,
                    "framework_version": e.framework_version,
                    "framework_sha256": crate::sha256_hex(e.framework_source.as_bytes()),
                    "opens_on": e.opens_on,
                    "deadline": e.deadline,
                    "countries": e.countries,
                })),
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        self.edition(&e.id).await
    }

    fn edition_from_row(row: &DbRow, countries: Vec<String>) -> Result<Edition> {
        Ok(Edition {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            framework_id: row.try_get("framework_id")?,
            framework_version: row.try_get("framework_version")?,
            framework_source: row.try_get("framework_source")?,
            opens_on: row.try_get("opens_on")?,
            deadline: row.try_get("deadline")?,
            archived_at: row.try_get("archived_at")?,
            created_at: row.try_get("created_at")?,
            countries,
            desk_policy: parse(row.try_get::<&str, _>("desk_policy")?)?,
        })
    }

    async fn countries_of(&self, edition: &str) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(
            "SELECT country FROM responses WHERE edition_id = $1 ORDER BY country",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Every edition, in two queries: the editions, then every edition's countries at once.
    pub async fn editions(&self) -> Result<Vec<Edition>> {
        let rows = sqlx::query("SELECT * FROM editions ORDER BY created_at DESC, id DESC")
            .fetch_all(&self.pool)
            .await?;
        let countries: Vec<(String, String)> = sqlx::query_as(
            "SELECT edition_id, country FROM responses ORDER BY edition_id, country",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut by_edition: HashMap<String, Vec<String>> = HashMap::new();
        for (edition, country) in countries {
            by_edition.entry(edition).or_default().push(country);
        }
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                Self::edition_from_row(row, by_edition.remove(&id).unwrap_or_default())
            })
            .collect()
    }

    pub async fn edition(&self, id: &str) -> Result<Edition> {
        let row = sqlx::query("SELECT * FROM editions WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("edition"))?;
        Self::edition_from_row(&row, self.countries_of(id).await?)
    }

    pub async fn archive_edition(&self, id: &str, by: Option<i64>) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        let now = now_ms();
        let done = sqlx::query(
            "UPDATE editions SET archived_at = $1 WHERE id = $2 AND archived_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("open edition"));
        }
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "edition.archive").object(format!("edition {id}")),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    fn response_from_row(row: &DbRow) -> Result<Response> {
        Ok(Response {
            edition_id: row.try_get("edition_id")?,
            country: row.try_get("country")?,
            status: parse(row.try_get::<&str, _>("status")?)?,
            submitted_at: row.try_get("submitted_at")?,
            submitted_by: row.try_get("submitted_by")?,
            last_activity_at: row.try_get("last_activity_at")?,
            round: row.try_get("round")?,
            round_deadline: row.try_get("round_deadline")?,
        })
    }

    pub async fn response(&self, edition: &str, country: &str) -> Result<Response> {
        let row = sqlx::query("SELECT * FROM responses WHERE edition_id = $1 AND country = $2")
            .bind(edition)
            .bind(country)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("response"))?;
        Self::response_from_row(&row)
    }

    pub async fn responses(&self, edition: &str) -> Result<Vec<Response>> {
        let rows = sqlx::query("SELECT * FROM responses WHERE edition_id = $1 ORDER BY country")
            .bind(edition)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(Self::response_from_row).collect()
    }

    pub async fn set_status(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        to: Status,
        by: Option<i64>,
    ) -> Result<Response> {
        let mut tx = begin_write(&self.pool).await?;
        review::change_status(&mut tx, edition, country, from, to, by, "", None).await?;
        tx.commit().await?;
        self.response(edition, country).await
    }

    fn answer_from_row(row: &DbRow) -> Result<Answer> {
        Ok(Answer {
            question_id: row.try_get("question_id")?,
            value: row.try_get("value")?,
            comment: row.try_get("comment")?,
            version: row.try_get("version")?,
            provenance: parse(row.try_get::<&str, _>("provenance")?)?,
            confirmed: row.try_get("confirmed")?,
            outcome: row.try_get("outcome")?,
            updated_by: row.try_get("updated_by")?,
            updated_at: row.try_get("updated_at")?,
        })
    }

    pub async fn answers(&self, edition: &str, country: &str) -> Result<Vec<Answer>> {
        let rows = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 AND country = $2 ORDER BY question_id",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(Self::answer_from_row).collect()
    }

    pub async fn answer_summary(
        &self,
        edition: &str,
        country: &str,
    ) -> Result<Vec<crate::AnswerSummary>> {
        let ticket = match self.summaries.get(edition, country) {
            Ok(cached) => return Ok(cached),
            Err(ticket) => ticket,
        };
        let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT a.question_id, a.value, (SELECT COUNT(*) FROM evidence e WHERE e.edition_id = a.edition_id AND e.country = a.country \
             AND e.question_id = a.question_id AND e.deleted_at IS NULL) FROM answers a WHERE a.edition_id = $1 AND a.country = $2",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?;
        let summary: Vec<crate::AnswerSummary> = rows
            .into_iter()
            .map(|(question_id, value, evidence)| crate::AnswerSummary {
                question_id,
                value,
                evidence: evidence as u32,
            })
            .collect();
        self.summaries.put(edition, country, ticket, &summary);
        Ok(summary)
    }

    pub async fn edition_answers(&self, edition: &str) -> Result<Vec<(String, Answer)>> {
        let rows = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 ORDER BY country, question_id",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("country")?, Self::answer_from_row(r)?)))
            .collect()
    }

    /// Saves go to the writer task, which commits them in groups (see `writer`).
    pub async fn save_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        change: &AnswerChange,
        by: Option<i64>,
        country_edit: bool,
    ) -> Result<Answer> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = SaveJob {
            edition: edition.to_string(),
            country: country.to_string(),
            question: question.to_string(),
            change: change.clone(),
            by,
            country_edit,
            reply,
        };
        // The writer has stopped (the store is closing): the save may succeed on another try.
        let closed = || StoreError::Unavailable("the store is closed".into());
        if self.writer.send(job).await.is_err() {
            return Err(closed());
        }
        answer.await.map_err(|_| closed())?
    }

    fn evidence_from_row(row: &DbRow) -> Result<Evidence> {
        let kind = match row.try_get::<&str, _>("kind")? {
            "url" => EvidenceKind::Url {
                url: row.try_get("url")?,
            },
            _ => EvidenceKind::File {
                sha256: row.try_get("sha256")?,
                file_name: row.try_get("file_name")?,
                media_type: row.try_get("media_type")?,
                size: row.try_get("size")?,
            },
        };
        Ok(Evidence {
            id: row.try_get("id")?,
            question_id: row.try_get("question_id")?,
            kind,
            title: row.try_get("title")?,
            language: row.try_get("language")?,
            issued_on: row.try_get("issued_on")?,
            public: row.try_get("public")?,
            created_by: row.try_get("created_by")?,
            created_at: row.try_get("created_at")?,
        })
    }

    pub async fn add_evidence(
        &self,
        edition: &str,
        country: &str,
        e: &NewEvidence,
        by: Option<i64>,
    ) -> Result<Evidence> {
        let (kind, url, sha, name, media, size) = match &e.kind {
            EvidenceKind::Url { url } => ("url", Some(url.as_str()), None, None, None, None),
            EvidenceKind::File {
                sha256,
                file_name,
                media_type,
                size,
            } => (
                "file",
                None,
                Some(sha256.as_str()),
                Some(file_name.as_str()),
                Some(media_type.as_str()),
                Some(*size),
            ),
        };
        let mut tx = begin_write(&self.pool).await?;
        let status = response_status(&mut tx, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        review::check_open_question(&mut tx, edition, country, &e.question_id, status).await?;
        let now = now_ms();
        let row = sqlx::query(
            "INSERT INTO evidence (edition_id, country, question_id, kind, url, sha256, file_name, media_type, size, title, language, issued_on, public, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *",
        )
        .bind(edition)
        .bind(country)
        .bind(&e.question_id)
        .bind(kind)
        .bind(url)
        .bind(sha)
        .bind(name)
        .bind(media)
        .bind(size)
        .bind(&e.title)
        .bind(&e.language)
        .bind(&e.issued_on)
        .bind(e.public)
        .bind(by)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE responses SET last_activity_at = $1, status = CASE WHEN status = 'not-started' THEN 'in-progress' ELSE status END \
             WHERE edition_id = $2 AND country = $3",
        )
        .bind(now)
        .bind(edition)
        .bind(country)
        .execute(&mut *tx)
        .await?;
        let evidence = Self::evidence_from_row(&row)?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "evidence.add")
                .response(edition, country)
                .question(&e.question_id)
                .object(format!("evidence {}", evidence.id))
                .after(&evidence),
            now,
        )
        .await?;
        self.commit(tx, Touch::Response(edition, country)).await?;
        Ok(evidence)
    }

    pub async fn evidence(&self, edition: &str, country: &str) -> Result<Vec<Evidence>> {
        let rows = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND deleted_at IS NULL ORDER BY question_id, id")
            .bind(edition)
            .bind(country)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(Self::evidence_from_row).collect()
    }

    pub async fn evidence_item(&self, edition: &str, country: &str, id: i64) -> Result<Evidence> {
        let row = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND id = $3 AND deleted_at IS NULL")
            .bind(edition)
            .bind(country)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("evidence"))?;
        Self::evidence_from_row(&row)
    }

    pub async fn delete_evidence(
        &self,
        edition: &str,
        country: &str,
        id: i64,
        by: Option<i64>,
    ) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        let status = response_status(&mut tx, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        let row = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND id = $3 AND deleted_at IS NULL")
            .bind(edition)
            .bind(country)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("evidence"))?;
        let before = Self::evidence_from_row(&row)?;
        review::check_open_question(&mut tx, edition, country, &before.question_id, status).await?;
        let now = now_ms();
        sqlx::query("UPDATE evidence SET deleted_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "evidence.delete")
                .response(edition, country)
                .question(&before.question_id)
                .object(format!("evidence {id}"))
                .before(&before),
            now,
        )
        .await?;
        self.commit(tx, Touch::Response(edition, country)).await?;
        Ok(())
    }

    pub async fn bulk_load(
        &self,
        edition: &str,
        country: &str,
        answers: &[crate::BulkAnswer],
        status: Status,
        by: Option<i64>,
    ) -> Result<()> {
        let mut tx = begin_write(&self.pool).await?;
        check_not_archived(&mut tx, edition).await?;
        let now = now_ms();
        let found = sqlx::query("UPDATE responses SET status = $1, last_activity_at = $2, \
             submitted_at = CASE WHEN $1 IN ('submitted', 'in-review', 'validated') THEN $2 ELSE NULL END, \
             submitted_by = CASE WHEN $1 IN ('submitted', 'in-review', 'validated') THEN $3 ELSE NULL END \
             WHERE edition_id = $4 AND country = $5")
            .bind(status.as_str())
            .bind(now)
            .bind(by)
            .bind(edition)
            .bind(country)
            .execute(&mut *tx)
            .await?;
        if found.rows_affected() == 0 {
            return Err(StoreError::NotFound("response"));
        }
        sqlx::query("DELETE FROM answers WHERE edition_id = $1 AND country = $2")
            .bind(edition)
            .bind(country)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM evidence WHERE edition_id = $1 AND country = $2")
            .bind(edition)
            .bind(country)
            .execute(&mut *tx)
            .await?;
        for a in answers {
            sqlx::query(
                "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9)",
            )
            .bind(edition)
            .bind(country)
            .bind(&a.question)
            .bind(&a.value)
            .bind(&a.comment)
            .bind(a.provenance.as_str())
            .bind(a.provenance == Provenance::Country)
            .bind(by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if let Some(url) = &a.evidence_url {
                // (the evidence of a bulk load is counted in its one audit entry)
                sqlx::query(
                    "INSERT INTO evidence (edition_id, country, question_id, kind, url, title, language, public, created_by, created_at) \
                     VALUES ($1, $2, $3, 'url', $4, $5, 'en', TRUE, $6, $7)",
                )
                .bind(edition)
                .bind(country)
                .bind(&a.question)
                .bind(url)
                .bind(format!("Evidence for {}", a.question))
                .bind(by)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
        }
        if !status.is_open_to_country() {
            // As submitted, for the reviewers' diff in later rounds.
            review::snapshot(&mut tx, edition, country, 1).await?;
        }
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "answers.bulk-load")
                .response(edition, country)
                .object("response")
                .after(&serde_json::json!({
                    "answers": answers.len(),
                    "evidence": answers.iter().filter(|a| a.evidence_url.is_some()).count(),
                    "status": status.as_str(),
                })),
            now,
        )
        .await?;
        self.commit(tx, Touch::Response(edition, country)).await?;
        Ok(())
    }

    pub async fn prefill(
        &self,
        edition: &str,
        answers: &[(String, crate::BulkAnswer)],
        by: Option<i64>,
    ) -> Result<u64> {
        let mut tx = begin_write(&self.pool).await?;
        check_not_archived(&mut tx, edition).await?;
        let now = now_ms();
        let mut added = 0;
        for (country, a) in answers {
            let done = sqlx::query(
                "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at) \
                 SELECT $1, $2, $3, $4, $5, 1, $6, FALSE, $7, $8 WHERE EXISTS (SELECT 1 FROM responses WHERE edition_id = $1 AND country = $2) \
                 ON CONFLICT (edition_id, country, question_id) DO NOTHING",
            )
            .bind(edition)
            .bind(country)
            .bind(&a.question)
            .bind(&a.value)
            .bind(&a.comment)
            .bind(a.provenance.as_str())
            .bind(by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() > 0 {
                audit::append(
                    &mut tx,
                    &AuditEvent::new(by, "answer.prefill")
                        .response(edition, country)
                        .question(&a.question)
                        .object("answer")
                        .after(&serde_json::json!({
                            "value": a.value,
                            "comment": a.comment,
                            "provenance": a.provenance.as_str(),
                        })),
                    now,
                )
                .await?;
            }
            added += done.rows_affected();
        }
        self.commit(tx, Touch::Responses).await?;
        Ok(added)
    }

    pub async fn push_outbox(&self, to: &str, subject: &str, body: &str) -> Result<i64> {
        Ok(sqlx::query_scalar("INSERT INTO outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(to)
            .bind(subject)
            .bind(body)
            .bind(now_ms())
            .fetch_one(&self.pool)
            .await?)
    }

    pub async fn mark_sent(&self, id: i64, error: Option<&str>) -> Result<()> {
        sqlx::query("UPDATE outbox SET sent_at = CASE WHEN $1 IS NULL THEN $2 ELSE NULL END, error = $1 WHERE id = $3")
            .bind(error)
            .bind(now_ms())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn outbox(&self) -> Result<Vec<OutboxMessage>> {
        let rows = sqlx::query("SELECT * FROM outbox ORDER BY id DESC LIMIT 500")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(OutboxMessage {
                    id: r.try_get("id")?,
                    to_address: r.try_get("to_address")?,
                    subject: r.try_get("subject")?,
                    body: r.try_get("body")?,
                    created_at: r.try_get("created_at")?,
                    sent_at: r.try_get("sent_at")?,
                    error: r.try_get("error")?,
                })
            })
            .collect()
    }
}

/// Marks every outstanding single-use link of a user as used (after a password change); how many.
async fn void_links(tx: &mut Conn, user: i64, now: i64) -> Result<u64> {
    Ok(
        sqlx::query("UPDATE invitations SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(user)
            .execute(&mut *tx)
            .await?
            .rows_affected(),
    )
}

/// A random name for this store instance (64 bits from the standard library's per-process
/// random hasher keys, which the operating system seeds).
fn instance_id() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    h.write_u32(std::process::id());
    format!("{:016x}", h.finish())
}

impl SqlStore {
    /// Takes one attempt for `key` from a bucket of `burst` attempts that refills at
    /// `per_minute`; `false` when none is left. The bucket is a row, read and written under the
    /// write lock, so every instance on the database draws from the same one.
    pub async fn take_attempt(
        &self,
        key: &str,
        burst: f64,
        per_minute: f64,
        now: i64,
    ) -> Result<bool> {
        let mut tx = begin_write(&self.pool).await?;
        let row: Option<(i64, i64)> =
            sqlx::query_as("SELECT tokens_milli, at FROM rate_limits WHERE key = $1")
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        let full = (burst * 1000.0) as i64;
        let tokens = match row {
            None => full,
            Some((tokens, at)) => {
                let regained = ((now - at).max(0) as f64 * per_minute / 60.0) as i64;
                (tokens + regained).min(full)
            }
        };
        let allowed = tokens >= 1000;
        sqlx::query(
            "INSERT INTO rate_limits (key, tokens_milli, at) VALUES ($1, $2, $3) \
             ON CONFLICT (key) DO UPDATE SET tokens_milli = excluded.tokens_milli, at = excluded.at",
        )
        .bind(key)
        .bind(if allowed { tokens - 1000 } else { tokens })
        .bind(now)
        .execute(&mut *tx)
        .await?;
        // Buckets untouched for a day are full again: forget them now and then.
        if now % 64 == 0 {
            sqlx::query("DELETE FROM rate_limits WHERE at < $1")
                .bind(now - 86_400_000)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(allowed)
    }
}
