//! The SQLite backend: the embedded default, one file in the data directory.
//!
//! Durability: WAL journal with `synchronous = FULL`, so a save that returned is on disk, even
//! after a power cut. Writes begin with `BEGIN IMMEDIATE`, taking the write lock up front, so
//! concurrent writes queue (up to the busy timeout) instead of failing, and a write that reads
//! before it writes never sees data another writer is about to change.

use std::str::FromStr;
use std::time::Duration;

use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::{Result, StoreError};

pub(crate) type Db = sqlx::Sqlite;
pub(crate) type Conn = sqlx::SqliteConnection;
pub(crate) type Pool = sqlx::SqlitePool;
pub(crate) type DbRow = sqlx::sqlite::SqliteRow;

// The same SQL module is compiled once per backend, on purpose: that is how one text serves
// both databases with their native drivers.
#[allow(clippy::duplicate_mod)]
#[path = "sql/mod.rs"]
mod sql;
pub(crate) use sql::SqlStore;

/// SQLite has no notifications: one process writes and caches (the command line's writes reach
/// the server's caches through their time limits).
const NOTIFY: Option<&str> = None;

/// The same for many payloads in one statement: the text before and after a `VALUES` list.
const NOTIFY_MANY: Option<(&str, &str)> = None;

/// Nothing to listen to on SQLite.
async fn listen(
    _pool: &Pool,
    _stop: tokio::sync::watch::Receiver<()>,
    _heard: impl Fn(Option<&str>) + Send + 'static,
) -> Result<()> {
    Ok(())
}

/// Begins a write transaction on a pooled connection, holding the write lock from the start.
async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}

/// Begins a write transaction on the group-commit writer's own connection.
async fn begin_write_conn(conn: &mut Conn) -> Result<()> {
    sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
    Ok(())
}

/// Opens the database (creating the file), migrates it, and returns the pool and the writer's
/// connection.
async fn connect(url: &str) -> Result<(Pool, Conn)> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10));
    if url.contains(":memory:") {
        return Err(StoreError::Invalid(crate::Invalid::InMemory));
    }
    // Switch to WAL and migrate on one connection first: pool connections opening at once
    // would otherwise race for the lock that changing the journal mode takes.
    let mut first = Conn::connect_with(&options).await?;
    sqlx::migrate!("./migrations/sqlite")
        .run(&mut first)
        .await?;
    first.close().await?;
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .min_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .connect_with(options.clone())
        .await?;
    let conn = Conn::connect_with(&options).await?;
    Ok((pool, conn))
}

/// The server's name and version, for `config check`.
const SERVER_VERSION: &str = "SELECT 'SQLite ' || sqlite_version()";
/// Whether the migrations table exists (1) or not (0).
const HAS_MIGRATIONS_TABLE: &str =
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'";

/// One read-only connection to an existing file, for `config check` (see `Store::probe`).
pub(crate) async fn probe(url: &str) -> Result<crate::stats::Probe> {
    let options = SqliteConnectOptions::from_str(url)?
        .create_if_missing(false)
        .read_only(true)
        .busy_timeout(Duration::from_secs(10));
    let mut conn = Conn::connect_with(&options).await?;
    let probe = sql::health::probe(&mut conn).await;
    conn.close().await?;
    probe
}

// --- db copy (issue 12): what `sql/copy.rs` needs that only SQLite says this way ---

/// A read transaction that sees one snapshot of the whole database (in WAL mode, from its first
/// read to its end), so a copy is consistent even while the server keeps writing.
async fn begin_snapshot(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>> {
    Ok(pool.begin_with("BEGIN DEFERRED").await?)
}

/// Every (table, column) of the database but SQLite's own tables and `_sqlx_migrations`.
const COPY_SCHEMA: &str = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p \
     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!' AND m.name <> '_sqlx_migrations'";

/// Nothing to do after rows were written with their ids: AUTOINCREMENT continues after the
/// highest id ever inserted.
const COPY_RESET_IDS: Option<&str> = None;

// --- backup (issue 13): what a backup needs that only SQLite says this way ---

/// A consistent copy of the database into a new file, taken while writers go on.
const BACKUP_VACUUM_INTO: Option<&str> = Some("VACUUM INTO $1");

/// SQLite has no snapshot to hand to another process: a backup copies the file with
/// [`BACKUP_VACUUM_INTO`] instead.
const EXPORT_SNAPSHOT: Option<&str> = None;

/// No server, no server version.
const BACKUP_SERVER_VERSION: Option<&str> = None;
