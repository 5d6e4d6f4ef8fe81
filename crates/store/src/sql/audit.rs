//! The audit trail: appended inside the transaction of the change it records (through `Write`,
//! or the group-commit writer), listed and verified.

use super::{Conn, Pool};
use sqlx::{FromRow, Row};

use super::SqlStore;
use crate::audit::{AuditEntry, AuditEvent, ChainError, GENESIS, verify_chain};
use crate::{AuditFilter, Result};

/// Appends many entries in one transaction: the head is read once, the entries are inserted
/// together when the writer finishes, and actors' emails are looked up once (the group-commit
/// path of answer saves, where each statement costs a hand-off to SQLite's thread).
#[derive(Debug)]
pub(super) struct Writer {
    last_id: i64,
    last_hash: String,
    actors: Vec<(i64, String)>,
    pending: Vec<AuditEntry>,
}

/// Entries per INSERT: 15 values each, well under SQLite's 32,766 bound parameters.
const ROWS_PER_INSERT: usize = 500;

impl Writer {
    pub(super) async fn start(conn: &mut Conn) -> Result<Self> {
        let head: Option<(i64, String)> =
            sqlx::query_as("SELECT id, hash FROM audit_head WHERE one = 1")
                .fetch_optional(&mut *conn)
                .await?;
        let (last_id, last_hash) = head.unwrap_or((0, GENESIS.to_string()));
        Ok(Self {
            last_id,
            last_hash,
            actors: Vec::new(),
            pending: Vec::new(),
        })
    }

    /// Looks up the emails of `actors` at once, so the entries pushed next find them known.
    pub(super) async fn know_actors(
        &mut self,
        conn: &mut Conn,
        actors: impl Iterator<Item = i64>,
    ) -> Result<()> {
        let mut ids: Vec<i64> = actors
            .filter(|id| !self.actors.iter().any(|(a, _)| a == id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        for chunk in ids.chunks(500) {
            let mut q =
                sqlx::QueryBuilder::<super::Db>::new("SELECT id, email FROM users WHERE id IN (");
            let mut list = q.separated(", ");
            for id in chunk {
                list.push_bind(*id);
            }
            q.push(")");
            let found: Vec<(i64, String)> = q.build_query_as().fetch_all(&mut *conn).await?;
            self.actors.extend(found);
        }
        Ok(())
    }

    async fn actor(&mut self, conn: &mut Conn, id: Option<i64>) -> Result<String> {
        let Some(id) = id else {
            return Ok("system".to_string());
        };
        if let Some((_, email)) = self.actors.iter().find(|(a, _)| *a == id) {
            return Ok(email.clone());
        }
        let email = sqlx::query_scalar::<_, String>("SELECT email FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?
            .unwrap_or_else(|| format!("user {id}"));
        self.actors.push((id, email.clone()));
        Ok(email)
    }

    pub(super) async fn push(
        &mut self,
        conn: &mut Conn,
        event: &AuditEvent,
        now: i64,
    ) -> Result<()> {
        let actor = self.actor(conn, event.actor).await?;
        let mut entry = AuditEntry {
            id: self.last_id + 1,
            at: now,
            actor_id: event.actor,
            actor,
            action: event.action.clone(),
            edition: event.edition.clone(),
            country: event.country.clone(),
            question: event.question.clone(),
            object: event.object.clone(),
            before: event.before.clone(),
            after: event.after.clone(),
            reason: event.reason.clone(),
            confidential: event.confidential,
            prev_hash: std::mem::take(&mut self.last_hash),
            hash: String::new(),
        };
        entry.hash = entry.compute_hash();
        self.last_id = entry.id;
        self.last_hash = entry.hash.clone();
        self.pending.push(entry);
        Ok(())
    }

    /// Inserts the entries and records the new head; call before committing.
    pub(super) async fn finish(self, conn: &mut Conn) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        for chunk in self.pending.chunks(ROWS_PER_INSERT) {
            let mut insert = sqlx::QueryBuilder::<super::Db>::new(
                "INSERT INTO audit_log (id, at, actor_id, actor, action, edition_id, country, question_id, object, before, after, reason, confidential, prev_hash, hash) ",
            );
            insert.push_values(chunk, |mut row, e| {
                row.push_bind(e.id)
                    .push_bind(e.at)
                    .push_bind(e.actor_id)
                    .push_bind(&e.actor)
                    .push_bind(&e.action)
                    .push_bind(&e.edition)
                    .push_bind(&e.country)
                    .push_bind(&e.question)
                    .push_bind(&e.object)
                    .push_bind(&e.before)
                    .push_bind(&e.after)
                    .push_bind(&e.reason)
                    .push_bind(e.confidential)
                    .push_bind(&e.prev_hash)
                    .push_bind(&e.hash);
            });
            insert.build().execute(&mut *conn).await?;
        }
        sqlx::query(
            "INSERT INTO audit_head (one, id, hash) VALUES (1, $1, $2) \
             ON CONFLICT (one) DO UPDATE SET id = excluded.id, hash = excluded.hash",
        )
        .bind(self.last_id)
        .bind(&self.last_hash)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

/// Entries matching the filter, newest first.
pub(super) async fn list(pool: &Pool, f: &AuditFilter) -> Result<Vec<AuditEntry>> {
    let rows = sqlx::query(
        "SELECT * FROM audit_log WHERE ($1 IS NULL OR edition_id = $1) AND ($2 IS NULL OR country = $2) \
         AND ($3 IS NULL OR question_id = $3) AND ($4 IS NULL OR actor_id = $4) \
         AND ($5 IS NULL OR substr(action, 1, length($5)) = $5) AND (NOT $6 OR confidential = FALSE) \
         ORDER BY id DESC LIMIT $7",
    )
    .bind(&f.edition)
    .bind(&f.country)
    .bind(&f.question)
    .bind(f.actor)
    .bind(&f.action_prefix)
    .bind(f.hide_confidential)
    .bind(f.limit.unwrap_or(i64::MAX))
    .fetch_all(pool)
    .await?;
    rows.iter().map(|r| Ok(AuditEntry::from_row(r)?)).collect()
}

/// Walks the whole trail in order. The outer error is the database's; the inner, the chain's.
pub(super) async fn verify(pool: &Pool) -> Result<std::result::Result<(u64, String), ChainError>> {
    let head: Option<(i64, String)> =
        sqlx::query_as("SELECT id, hash FROM audit_head WHERE one = 1")
            .fetch_optional(pool)
            .await?;
    // Read in pages of 10,000 entries.
    let mut entries = Vec::new();
    let mut after = 0_i64;
    loop {
        let rows = sqlx::query("SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT 10000")
            .bind(after)
            .fetch_all(pool)
            .await?;
        let Some(last) = rows.last() else { break };
        after = last.try_get("id")?;
        for row in &rows {
            entries.push(AuditEntry::from_row(row)?);
        }
    }
    Ok(verify_chain(entries, head))
}

impl super::SqlStore {
    /// The last entry's id and hash, as recorded by the last append (`None` before any entry).
    pub async fn audit_head(&self) -> Result<Option<(i64, String)>> {
        Ok(
            sqlx::query_as("SELECT id, hash FROM audit_head WHERE one = 1")
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// The id of the entry whose hash is `hash`, if the trail holds one.
    pub async fn audit_entry_with_hash(&self, hash: &str) -> Result<Option<i64>> {
        Ok(
            sqlx::query_scalar("SELECT id FROM audit_log WHERE hash = $1")
                .bind(hash)
                .fetch_optional(&self.pool)
                .await?,
        )
    }
}
impl SqlStore {
    /// Records an event that changes nothing else (an export, a configuration loaded).
    pub async fn record(&self, event: &AuditEvent) -> Result<()> {
        let mut w = self.write().await?;
        w.audit(event).await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn audit(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
        list(&self.pool, filter).await
    }

    pub async fn verify_audit(&self) -> Result<std::result::Result<(u64, String), ChainError>> {
        verify(&self.pool).await
    }
}
