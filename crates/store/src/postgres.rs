//! The PostgreSQL backend: for installations that run on a database server, and for several app
//! instances sharing one database.
//!
//! Connection settings come from the URL, then from the standard `PG*` variables (`PGHOST`,
//! `PGUSER`, `PGPASSFILE`, …) for whatever the URL leaves out. The password may instead be read
//! from the file named by `CYBERINDEX_DB_PASSWORD_FILE`, so it never appears in a URL, a process
//! list or a configuration file.
//!
//! Writes run in READ COMMITTED transactions that first lock the one `audit_head` row
//! (`SELECT … FOR UPDATE`). Every write appends to the audit trail, so this is the one write
//! lock: writers queue behind it, across every connection and every app instance, exactly as
//! SQLite's `BEGIN IMMEDIATE` makes them queue, and two writers can never fork the chain. Each
//! statement after the lock sees everything committed before it was granted.

use std::str::FromStr;

use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

use crate::{Result, StoreError};

pub(crate) type Db = sqlx::Postgres;
pub(crate) type Conn = sqlx::PgConnection;
pub(crate) type Pool = sqlx::PgPool;
pub(crate) type DbRow = sqlx::postgres::PgRow;

// The same SQL module is compiled once per backend, on purpose: that is how one text serves
// both databases with their native drivers.
#[allow(clippy::duplicate_mod)]
#[path = "sql/mod.rs"]
mod sql;
pub(crate) use sql::SqlStore;

/// The statement that takes the write lock; the migrations create the row it locks.
const LOCK: &str = "SELECT id FROM audit_head WHERE one = 1 FOR UPDATE";

/// Announces a committed change to every instance on the database (see `sql::Touch`).
const NOTIFY: Option<&str> = Some("SELECT pg_notify('cyberindex_changes', $1)");

/// The same for many payloads in one statement: the text before and after a `VALUES` list.
const NOTIFY_MANY: Option<(&str, &str)> = Some((
    "SELECT pg_notify('cyberindex_changes', t.p) FROM (",
    ") AS t(p)",
));

/// Listens for the changes other instances announce and hands each payload to `heard`, or
/// `None` when the connection was lost and notifications may have been missed. Stops when the
/// store is dropped (`stop` closes) or closed.
async fn listen(
    pool: &Pool,
    mut stop: tokio::sync::watch::Receiver<()>,
    heard: impl Fn(Option<&str>) + Send + 'static,
) -> Result<()> {
    let mut listener = sqlx::postgres::PgListener::connect_with(pool).await?;
    listener.listen("cyberindex_changes").await?;
    let pool = pool.clone();
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = stop.changed() => return,
                received = listener.try_recv() => match received {
                    Ok(Some(n)) => heard(Some(n.payload())),
                    Ok(None) => heard(None),
                    Err(_) if pool.is_closed() => return,
                    Err(_) => {
                        heard(None);
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                },
            }
        }
    });
    Ok(())
}

/// Begins a write transaction on a pooled connection, holding the write lock from the start.
async fn begin_write(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>> {
    let mut tx = pool.begin().await?;
    sqlx::query(LOCK).execute(&mut *tx).await?;
    Ok(tx)
}

/// Begins a write transaction on the group-commit writer's own connection.
async fn begin_write_conn(conn: &mut Conn) -> Result<()> {
    sqlx::query("BEGIN").execute(&mut *conn).await?;
    sqlx::query(LOCK).execute(&mut *conn).await?;
    Ok(())
}

/// The connection options of `url`, with the password from `CYBERINDEX_DB_PASSWORD_FILE` when
/// that is set.
pub(crate) fn options(url: &str) -> Result<PgConnectOptions> {
    let mut options = PgConnectOptions::from_str(url)?;
    if let Some(path) = std::env::var_os("CYBERINDEX_DB_PASSWORD_FILE") {
        let password = std::fs::read_to_string(&path).map_err(|e| {
            StoreError::Invalid(crate::Invalid::PasswordFile {
                path: std::path::Path::new(&path).display().to_string(),
                error: e.to_string(),
            })
        })?;
        options = options.password(password.trim_end_matches(['\r', '\n']));
    }
    // A write waits for the write lock at most as long as a SQLite write waits for its busy
    // timeout, then fails as `Unavailable` (the client keeps its draft and retries).
    Ok(options
        .application_name("cyberindex")
        .options([("lock_timeout", "10s")]))
}

/// Connects, migrates, and returns the pool and the writer's connection.
async fn connect(url: &str) -> Result<(Pool, Conn)> {
    let options = options(url)?;
    let mut first = Conn::connect_with(&options).await?;
    // Instances starting together migrate one at a time.
    sqlx::migrate!("./migrations/postgres")
        .run(&mut first)
        .await?;
    first.close().await?;
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .min_connections(1)
        .connect_with(options.clone())
        .await?;
    let conn = Conn::connect_with(&options).await?;
    Ok((pool, conn))
}

/// The server's name and version, for `config check`.
const SERVER_VERSION: &str = "SELECT 'PostgreSQL ' || current_setting('server_version')";
/// Whether the migrations table exists (1) or not (0).
const HAS_MIGRATIONS_TABLE: &str = "SELECT COUNT(*) FROM information_schema.tables \
     WHERE table_schema = current_schema() AND table_name = '_sqlx_migrations'";

/// One connection, reading only, for `config check` (see `Store::probe`).
pub(crate) async fn probe(url: &str) -> Result<crate::stats::Probe> {
    let mut conn = Conn::connect_with(&options(url)?).await?;
    let probe = sql::health::probe(&mut conn).await;
    conn.close().await?;
    probe
}

// --- db copy (issue 12): what `sql/copy.rs` needs that only PostgreSQL says this way ---

/// A read-only transaction that sees one snapshot of the whole database, so a copy is consistent
/// even while the server keeps writing.
async fn begin_snapshot(pool: &Pool) -> Result<sqlx::Transaction<'static, Db>> {
    Ok(pool
        .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        .await?)
}

/// Every (table, column) of the database's schema but `_sqlx_migrations`.
const COPY_SCHEMA: &str = "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns \
     WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations' \
     ORDER BY table_name, ordinal_position";

/// After rows were written with their ids, identity columns continue after the highest one.
const COPY_RESET_IDS: Option<&str> = Some(
    "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table}",
);

// --- backup (issue 13): what a backup needs that only PostgreSQL says this way ---

/// PostgreSQL is backed up with `pg_dump`, not by copying a file.
const BACKUP_VACUUM_INTO: Option<&str> = None;

/// The name of the transaction's snapshot, which `pg_dump --snapshot` then dumps: the dump and
/// the audit head and evidence list read in the same transaction see the same data.
const EXPORT_SNAPSHOT: Option<&str> = Some("SELECT pg_export_snapshot()");

/// The server's version as a number (150008 for 15.8), to pick a `pg_dump` that can dump it.
const BACKUP_SERVER_VERSION: Option<&str> =
    Some("SELECT current_setting('server_version_num')::BIGINT");

/// Before a restore writes to a database, without migrating it: how many tables it has (0 when
/// it is empty) and the server's version number.
pub(crate) async fn probe_restore_target(url: &str) -> Result<(i64, i64)> {
    let mut conn = Conn::connect_with(&options(url)?).await?;
    let tables: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()",
    )
    .fetch_one(&mut conn)
    .await?;
    let version: i64 = sqlx::query_scalar(BACKUP_SERVER_VERSION.unwrap_or_default())
        .fetch_one(&mut conn)
        .await?;
    conn.close().await?;
    Ok((tables, version))
}
