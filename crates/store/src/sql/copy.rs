//! This backend's part of `db copy` (see `crate::copy`): reading a table in primary-key pages
//! inside one snapshot, and writing pages inside one write transaction, as backend-neutral
//! [`Value`]s. The statements are built from the static table list, never from input.

use sqlx::Row;

use super::super::{
    BACKUP_SERVER_VERSION, BACKUP_VACUUM_INTO, COPY_RESET_IDS, COPY_SCHEMA, EXPORT_SNAPSHOT,
    begin_snapshot,
};
use super::{Db, DbRow, begin_write};
use crate::copy::{Kind, Rule, Side, Table, Value};
use crate::{Result, StoreError};

/// A transaction of a copy: the source's read snapshot or the target's write transaction.
pub(crate) struct CopyTx {
    tx: sqlx::Transaction<'static, Db>,
}

/// Every evidence file the database refers to, each once, in order: the index's evidence and
/// the maturity assessments', the drills' response documents and the establishment
/// deliverables' (all kept in the same content-addressed blob folder).
const EVIDENCE_FILES: &str = "SELECT sha256 FROM evidence WHERE kind = 'file' AND sha256 IS NOT NULL \
     UNION SELECT sha256 FROM maturity_evidence WHERE kind = 'file' AND sha256 IS NOT NULL \
     UNION SELECT blob_sha256 FROM drill_responses WHERE blob_sha256 IS NOT NULL \
     UNION SELECT sha256 FROM establishment_deliverables WHERE sha256 IS NOT NULL \
     ORDER BY sha256";

impl super::SqlStore {
    /// A read transaction that sees one snapshot of the whole database.
    pub(crate) async fn copy_read(&self) -> Result<CopyTx> {
        Ok(CopyTx {
            tx: begin_snapshot(&self.pool).await?,
        })
    }

    /// The write transaction a copy writes everything in.
    pub(crate) async fn copy_write(&self) -> Result<CopyTx> {
        Ok(CopyTx {
            tx: begin_write(&self.pool).await?,
        })
    }

    /// After a copy committed: nothing this store cached still holds.
    pub(crate) fn copied(&self) {
        self.summaries.clear();
    }

    /// A table's rows, counted as a copy counts them.
    pub(crate) async fn copy_count(&self, table: &Table) -> Result<u64> {
        let mut conn = self.pool.acquire().await?;
        count(&mut conn, table).await
    }

    /// The SHA-256 of every evidence file the database refers to (deleted items included: their
    /// files are kept), each once, in order.
    pub async fn evidence_hashes(&self) -> Result<Vec<String>> {
        Ok(sqlx::query_scalar(EVIDENCE_FILES)
            .fetch_all(&self.pool)
            .await?)
    }

    /// A backup's view of the database (`cyberindex backup`): one read snapshot, held open, with
    /// the audit head and the evidence files it refers to; on PostgreSQL also the snapshot's
    /// exported name (for `pg_dump --snapshot`) and the server's version number.
    pub async fn pin_snapshot(&self) -> Result<crate::Pinned> {
        let mut tx = begin_snapshot(&self.pool).await?;
        let snapshot = match EXPORT_SNAPSHOT {
            Some(sql) => Some(sqlx::query_scalar(sql).fetch_one(&mut *tx).await?),
            None => None,
        };
        let server_version = match BACKUP_SERVER_VERSION {
            Some(sql) => Some(sqlx::query_scalar(sql).fetch_one(&mut *tx).await?),
            None => None,
        };
        let head: Option<(i64, String)> =
            sqlx::query_as("SELECT id, hash FROM audit_head WHERE one = 1 AND id > 0")
                .fetch_optional(&mut *tx)
                .await?;
        let evidence = sqlx::query_scalar(EVIDENCE_FILES)
            .fetch_all(&mut *tx)
            .await?;
        Ok(crate::Pinned {
            snapshot,
            server_version,
            head,
            evidence,
            _hold: Box::new(tx),
        })
    }

    /// Writes a consistent copy of the whole database into a new file (SQLite's `VACUUM INTO`,
    /// which reads one snapshot while writers go on); `false` on a backend without it.
    pub async fn vacuum_into(&self, path: &str) -> Result<bool> {
        let Some(sql) = BACKUP_VACUUM_INTO else {
            return Ok(false);
        };
        sqlx::query(sql).bind(path).execute(&self.pool).await?;
        Ok(true)
    }
}

/// `WHERE` conditions that keep only what counts as a row of the table.
fn filter(table: &Table) -> &'static str {
    match table.rule {
        Rule::Head => "id > 0",
        Rule::Plain | Rule::Editions => "",
    }
}

async fn count(conn: &mut super::Conn, table: &Table) -> Result<u64> {
    let mut sql = format!("SELECT COUNT(*) FROM {}", table.name);
    if !filter(table).is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(filter(table));
    }
    let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .fetch_one(&mut *conn)
        .await?;
    Ok(n as u64)
}

/// Binds `value` as a `kind`: a NULL is bound with its column's type (PostgreSQL checks it).
fn bind_value<'q>(
    query: sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments>,
    kind: Kind,
    value: &Value,
) -> sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments> {
    match (kind, value) {
        (_, Value::Int(i)) => query.bind(*i),
        (_, Value::Text(s)) => query.bind(s.clone()),
        (_, Value::Bool(b)) => query.bind(*b),
        (Kind::Int | Kind::OptInt, Value::Null) => query.bind(None::<i64>),
        (Kind::Bool, Value::Null) => query.bind(None::<bool>),
        (Kind::Text | Kind::OptText, Value::Null) => query.bind(None::<String>),
    }
}

fn read_row(table: &Table, row: &DbRow) -> Result<Vec<Value>> {
    table
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            Ok(match column.kind {
                Kind::Int => Value::Int(row.try_get::<i64, _>(i)?),
                Kind::OptInt => row
                    .try_get::<Option<i64>, _>(i)?
                    .map_or(Value::Null, Value::Int),
                Kind::Text => Value::Text(row.try_get::<String, _>(i)?),
                Kind::OptText => row
                    .try_get::<Option<String>, _>(i)?
                    .map_or(Value::Null, Value::Text),
                Kind::Bool => Value::Bool(row.try_get::<bool, _>(i)?),
            })
        })
        .collect()
}

impl Side for CopyTx {
    async fn schema(&mut self) -> Result<Vec<(String, String)>> {
        Ok(sqlx::query_as(COPY_SCHEMA).fetch_all(&mut *self.tx).await?)
    }

    async fn count(&mut self, table: &Table) -> Result<u64> {
        count(&mut self.tx, table).await
    }

    async fn page(&mut self, table: &Table, after: Option<&[Value]>) -> Result<Vec<Vec<Value>>> {
        let columns: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        let key = table.key.join(", ");
        let mut conditions: Vec<String> = Vec::new();
        if !filter(table).is_empty() {
            conditions.push(filter(table).to_string());
        }
        if after.is_some() {
            let params: Vec<String> = (1..=table.key.len()).map(|i| format!("${i}")).collect();
            conditions.push(format!("({key}) > ({})", params.join(", ")));
        }
        let mut sql = format!("SELECT {} FROM {}", columns.join(", "), table.name);
        if !conditions.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&conditions.join(" AND "));
        }
        sql.push_str(&format!(" ORDER BY {key} LIMIT {}", table.page));
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (i, value) in after.unwrap_or_default().iter().enumerate() {
            let kind = table
                .position(table.key[i])
                .map_or(Kind::Text, |p| table.columns[p].kind);
            query = bind_value(query, kind, value);
        }
        let rows = query.fetch_all(&mut *self.tx).await?;
        rows.iter().map(|row| read_row(table, row)).collect()
    }

    async fn write(&mut self, table: &Table, rows: &[Vec<Value>]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        for row in rows {
            let fits = row.len() == table.columns.len()
                && table.columns.iter().zip(row).all(|(c, v)| c.kind.fits(v));
            if !fits {
                return Err(StoreError::Corrupt(format!(
                    "{}: a row does not fit the table's columns",
                    table.name
                )));
            }
        }
        // Statements of at most about 1,000 parameters: SQLite looks up numbered parameters by
        // name, which grows with their number, and both parse short statements faster.
        let width = table.columns.len();
        let columns: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        for chunk in rows.chunks((1000 / width).max(1)) {
            let tuples: Vec<String> = (0..chunk.len())
                .map(|r| {
                    let params: Vec<String> =
                        (1..=width).map(|c| format!("${}", r * width + c)).collect();
                    format!("({})", params.join(", "))
                })
                .collect();
            let mut sql = format!(
                "INSERT INTO {} ({}) VALUES {}",
                table.name,
                columns.join(", "),
                tuples.join(", ")
            );
            if table.rule == Rule::Head {
                // PostgreSQL's head row exists from the start (id 0); it only moves forward.
                sql.push_str(
                    " ON CONFLICT (one) DO UPDATE SET id = excluded.id, hash = excluded.hash",
                );
            }
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
            for row in chunk {
                for (column, value) in table.columns.iter().zip(row) {
                    query = bind_value(query, column.kind, value);
                }
            }
            query.execute(&mut *self.tx).await?;
        }
        Ok(())
    }

    async fn archive(&mut self, edition: &str, at: i64) -> Result<()> {
        sqlx::query("UPDATE editions SET archived_at = $1 WHERE id = $2")
            .bind(at)
            .bind(edition)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    async fn continue_ids(&mut self, table: &Table) -> Result<()> {
        if let Some(template) = COPY_RESET_IDS {
            let sql = template.replace("{table}", table.name);
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&mut *self.tx)
                .await?;
        }
        Ok(())
    }

    async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        Ok(())
    }
}
