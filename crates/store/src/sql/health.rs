//! What `/readyz` and `/metrics` ask of a backend (see `stats.rs`): a ping, the migrations
//! against this build's, the pool's use and the queue lengths. Compiled once per backend like
//! the rest of `sql/`.

use sqlx::Row;
use sqlx::migrate::Migrator;

use super::{Db, SqlStore};
use crate::stats::{Migrations, Probe, StoreStats};
use crate::{Result, StoreError};

/// This build's migrations for the backend compiling this module (the same directories
/// `connect` runs).
fn migrator() -> &'static Migrator {
    static SQLITE: Migrator = sqlx::migrate!("./migrations/sqlite");
    static POSTGRES: Migrator = sqlx::migrate!("./migrations/postgres");
    if <Db as sqlx::Database>::NAME == <sqlx::Sqlite as sqlx::Database>::NAME {
        &SQLITE
    } else {
        &POSTGRES
    }
}

/// The applied migrations (`version`, `checksum` rows) against this build's.
fn compare(rows: &[super::DbRow]) -> Result<Migrations> {
    let mut applied = Vec::with_capacity(rows.len());
    for row in rows {
        let version: i64 = row.try_get("version")?;
        let checksum: Vec<u8> = row.try_get("checksum")?;
        applied.push((version, checksum));
    }
    let mut state = Migrations::default();
    let known: Vec<_> = migrator()
        .iter()
        .filter(|m| !m.migration_type.is_down_migration())
        .collect();
    for m in &known {
        match applied.iter().find(|(v, _)| *v == m.version) {
            None => state.pending.push(m.version),
            Some((_, checksum)) if *checksum != *m.checksum => state.changed.push(m.version),
            Some(_) => {}
        }
    }
    for (version, _) in &applied {
        if !known.iter().any(|m| m.version == *version) {
            state.unknown.push(*version);
        }
    }
    Ok(state)
}

/// What one connection learns of a database without changing it (`cyberindex config check`):
/// the server's version, and its migrations against this build's, or `None` when it has no
/// migrations table yet (a new database, migrated at the first start).
pub(crate) async fn probe(conn: &mut super::Conn) -> Result<Probe> {
    let version: String = sqlx::query_scalar(super::super::SERVER_VERSION)
        .fetch_one(&mut *conn)
        .await?;
    let tables: i64 = sqlx::query_scalar(super::super::HAS_MIGRATIONS_TABLE)
        .fetch_one(&mut *conn)
        .await?;
    let migrations = if tables > 0 {
        let rows = sqlx::query("SELECT version, checksum FROM _sqlx_migrations WHERE success")
            .fetch_all(&mut *conn)
            .await?;
        Some(compare(&rows)?)
    } else {
        None
    };
    Ok(Probe {
        server: version,
        migrations,
    })
}

impl SqlStore {
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn migrations(&self) -> Result<Migrations> {
        let rows = sqlx::query("SELECT version, checksum FROM _sqlx_migrations WHERE success")
            .fetch_all(&self.pool)
            .await?;
        compare(&rows)
    }

    pub async fn stats(&self, backend: &'static str) -> Result<StoreStats> {
        let count = |row: &super::DbRow, column: &str| -> Result<u64> {
            let n: Option<i64> = row.try_get(column)?;
            u64::try_from(n.unwrap_or(0)).map_err(|e| StoreError::Corrupt(e.to_string()))
        };
        let outbox = sqlx::query(
            "SELECT SUM(CASE WHEN sent_at IS NULL AND error IS NULL THEN 1 ELSE 0 END) AS pending, \
             SUM(CASE WHEN sent_at IS NULL AND error IS NOT NULL THEN 1 ELSE 0 END) AS failed FROM outbox",
        )
        .fetch_one(&self.pool)
        .await?;
        let webhooks = sqlx::query(
            "SELECT SUM(CASE WHEN next_attempt_at IS NOT NULL THEN 1 ELSE 0 END) AS pending, \
             SUM(CASE WHEN delivered_at IS NULL AND next_attempt_at IS NULL THEN 1 ELSE 0 END) AS failed \
             FROM webhook_deliveries",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(StoreStats {
            backend,
            pool_size: self.pool.size(),
            pool_idle: u32::try_from(self.pool.num_idle()).unwrap_or(u32::MAX),
            pool_max: self.pool.options().get_max_connections(),
            saves: crate::stats::saves(&self.instance),
            outbox_pending: count(&outbox, "pending")?,
            outbox_failed: count(&outbox, "failed")?,
            webhooks_pending: count(&webhooks, "pending")?,
            webhooks_failed: count(&webhooks, "failed")?,
        })
    }
}
