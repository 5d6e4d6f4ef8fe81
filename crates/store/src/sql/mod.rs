//! The store's SQL, written once in portable SQL and compiled once per backend: `sqlite.rs` and
//! `postgres.rs` each include this module with their own `Db`, `Conn`, `Pool` and `DbRow` types
//! and their own way to begin a write (`begin_write`), so both backends run the same queries with
//! native drivers.
//!
//! Portable means: numbered parameters (`$1`), real booleans bound from Rust `bool`, 64-bit
//! integers, `ON CONFLICT` instead of `INSERT OR …`, and no aggregate that only one database has.
//!
//! One file per aggregate: `accounts`, `sessions` (links, sessions, shared rate limits),
//! `editions` (and responses), `answers`, `evidence`, `review`, `notifications`, `webhooks`,
//! `teams` (the CIRT directory), `maturity` (CIRT maturity assessments), `outbox`, `publications`, `audit`, the group-commit `writer` of answer saves, and `copy`
//! (`db copy`). `write` is the one write helper.
//!
//! **Invariant:** every write goes through [`Write`] (`write.rs`), which begins with the
//! backend's `begin_write`, taking the one write lock up front (SQLite `BEGIN IMMEDIATE`;
//! PostgreSQL `SELECT … FROM audit_head FOR UPDATE`), so writes never interleave and the audit
//! chain never forks, on either database; it refuses to commit a change the audit trail did not
//! record, and it forgets the caches a write touched only after the commit. The exceptions are
//! named in `write.rs`.

use super::{Conn, Db, DbRow, Pool, begin_write, begin_write_conn};

mod accounts;
mod answers;
mod audit;
mod checks;
mod copy;
mod drills;
mod editions;
mod establishment;
mod evidence;
pub(crate) mod health;
mod maturity;
mod notifications;
mod outbox;
mod publications;
mod review;
mod saved_queries;
mod sessions;
mod teams;
mod webhooks;
mod write;
mod writer;

pub(crate) use write::Write;

use crate::Result;
use writer::SaveJob;

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
    /// How many times a publication's frozen documents were read (`publication`), so a test
    /// can tell that a public page loaded them once and then served from memory.
    document_reads: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

/// What a committed write changed, for the caches of this instance and, through the database's
/// notifications (PostgreSQL), of every other instance on the same database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Touch {
    /// One response's answers or evidence.
    Response(String, String),
    /// Answers of many responses at once.
    Responses,
    /// Sessions, tokens, passwords or second factors.
    Accounts,
}

impl Touch {
    pub(crate) fn response(edition: &str, country: &str) -> Self {
        Self::Response(edition.to_string(), country.to_string())
    }

    /// The notification payload: the announcing instance, a kind letter, and the response.
    fn payload(&self, instance: &str) -> String {
        match self {
            Self::Response(e, c) => format!("{instance}\tr\t{e}\t{c}"),
            Self::Responses => format!("{instance}\tR"),
            Self::Accounts => format!("{instance}\ta"),
        }
    }
}

/// Announces `touch` inside the transaction that makes it, so other instances hear of it exactly
/// when it commits (nothing on SQLite, whose one process is the only writer that caches).
async fn announce(conn: &mut Conn, instance: &str, touch: &Touch) -> Result<()> {
    if let Some(sql) = super::NOTIFY {
        sqlx::query(sql)
            .bind(touch.payload(instance))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// [`announce`] for many touches in one statement (the group commit).
async fn announce_many(conn: &mut Conn, instance: &str, touches: &[Touch]) -> Result<()> {
    let Some((before, after)) = super::NOTIFY_MANY else {
        return Ok(());
    };
    for chunk in touches.chunks(500) {
        let mut q = sqlx::QueryBuilder::<Db>::new(before);
        q.push_values(chunk, |mut row, touch| {
            row.push_bind(touch.payload(instance));
        });
        q.push(after);
        q.build().execute(&mut *conn).await?;
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

impl SqlStore {
    pub async fn open(url: &str) -> Result<Self> {
        let (pool, conn) = super::connect(url).await?;
        let (jobs, receiver) = tokio::sync::mpsc::channel(4096);
        let summaries = std::sync::Arc::<crate::summaries::Summaries>::default();
        let instance: std::sync::Arc<str> = instance_id().into();
        let (peers, _) = tokio::sync::broadcast::channel(64);
        let (alive, stop) = tokio::sync::watch::channel(());
        tokio::spawn(writer::writer(
            conn,
            receiver,
            summaries.clone(),
            instance.clone(),
        ));
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
            document_reads: std::sync::Arc::default(),
        })
    }

    /// How many times publications' frozen documents were read since the store opened.
    pub fn document_reads(&self) -> u64 {
        self.document_reads
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Changes other instances made that the server's caches must follow.
    pub fn peer_changes(&self) -> tokio::sync::broadcast::Receiver<crate::PeerChange> {
        self.peers.subscribe()
    }

    /// Forgets what this instance cached of `touch` (after the write committed).
    fn forget(&self, touch: &Touch) {
        match touch {
            Touch::Response(e, c) => self.summaries.forget(e, c),
            Touch::Responses => self.summaries.clear(),
            Touch::Accounts => {}
        }
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
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

impl SqlStore {}
