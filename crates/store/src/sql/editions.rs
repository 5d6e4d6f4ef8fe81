//! Editions and their responses: creating, archiving, and a response's status.

use std::collections::{BTreeMap, HashMap};

use sqlx::{FromRow, Row};

use super::{Conn, DbRow, SqlStore, review};
use crate::audit::AuditEvent;
use crate::{Edition, NewEdition, Response, Result, Status, StoreError};

/// The status of a response about to change, inside a transaction; `NotFound` when there is no
/// such response, `Archived` when its edition is archived (an archived edition accepts no change).
pub(super) async fn response_status(
    conn: &mut Conn,
    edition: &str,
    country: &str,
) -> Result<Status> {
    let row: Option<(Status, Option<i64>)> = sqlx::query_as(
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
    Ok(status)
}

/// Records activity on a response at `now`; a change by the country (`country_edit`) to a
/// response not started yet starts it (the workflow's "first-save" row: `not-started` →
/// `in-progress`, in the same statement as the change's own transaction).
pub(super) async fn record_activity(
    conn: &mut Conn,
    edition: &str,
    country: &str,
    now: i64,
    country_edit: bool,
) -> Result<()> {
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
    Ok(())
}

/// [`record_activity`] for many responses at once (the group commit), one statement per
/// `ROWS` responses.
pub(super) async fn record_activity_many(
    conn: &mut Conn,
    responses: &[(&str, &str)],
    now: i64,
    country_edit: bool,
) -> Result<()> {
    const ROWS: usize = 200;
    for chunk in responses.chunks(ROWS) {
        let mut q =
            sqlx::QueryBuilder::<super::Db>::new("UPDATE responses SET last_activity_at = ");
        q.push_bind(now)
            .push(", status = CASE WHEN status = 'not-started' AND ")
            .push_bind(country_edit)
            .push(" THEN 'in-progress' ELSE status END WHERE (edition_id, country) IN (");
        q.push_values(chunk, |mut row, (e, c)| {
            row.push_bind(*e).push_bind(*c);
        });
        q.push(")");
        q.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// An edition read from its row, with its names in other languages (the `names` column, a JSON
/// object) and `countries` left to the caller.
fn edition_of(row: &DbRow) -> Result<Edition> {
    let names: String = row.try_get("names")?;
    let names: BTreeMap<String, String> = serde_json::from_str(&names).map_err(|e| {
        StoreError::Corrupt(format!("editions.names is not a JSON object of texts: {e}"))
    })?;
    Ok(Edition {
        names,
        ..Edition::from_row(row)?
    })
}

/// Refuses any change to an archived edition (`NotFound` when there is no such edition).
pub(super) async fn check_not_archived(conn: &mut Conn, edition: &str) -> Result<()> {
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

impl SqlStore {
    pub async fn create_edition(&self, e: &NewEdition, created_by: Option<i64>) -> Result<Edition> {
        let mut w = self.write().await?;
        let inserted = sqlx::query(
            "INSERT INTO editions (id, name, names, framework_id, framework_version, framework_source, opens_on, deadline, created_at, created_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(&e.id)
        .bind(&e.name)
        .bind(serde_json::to_string(&e.names).expect("a map of texts serialises"))
        .bind(&e.framework_id)
        .bind(&e.framework_version)
        .bind(&e.framework_source)
        .bind(&e.opens_on)
        .bind(&e.deadline)
        .bind(w.now())
        .bind(created_by)
        .execute(&mut *w)
        .await;
        match inserted {
            Err(sqlx::Error::Database(err)) if err.is_unique_violation() => {
                return Err(StoreError::Duplicate(crate::Duplicate::Edition {
                    id: e.id.clone(),
                }));
            }
            other => {
                other?;
            }
        }
        for country in &e.countries {
            sqlx::query("INSERT INTO responses (edition_id, country) VALUES ($1, $2)")
                .bind(&e.id)
                .bind(country)
                .execute(&mut *w)
                .await?;
        }
        w.audit(
            &AuditEvent::new(created_by, "edition.create")
                .object(format!("edition {}", e.id))
                .after(&serde_json::json!({
                    "id": e.id,
                    "name": e.name,
                    "names": e.names,
                    "framework": e.framework_id,
                    "framework_version": e.framework_version,
                    "framework_sha256": crate::sha256_hex(e.framework_source.as_bytes()),
                    "opens_on": e.opens_on,
                    "deadline": e.deadline,
                    "countries": e.countries,
                })),
        )
        .await?;
        w.commit().await?;
        self.edition(&e.id).await
    }

    pub(super) async fn countries_of(&self, edition: &str) -> Result<Vec<String>> {
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
                let edition = edition_of(row)?;
                Ok(Edition {
                    countries: by_edition.remove(&edition.id).unwrap_or_default(),
                    ..edition
                })
            })
            .collect()
    }

    pub async fn edition(&self, id: &str) -> Result<Edition> {
        let row = sqlx::query("SELECT * FROM editions WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("edition"))?;
        Ok(Edition {
            countries: self.countries_of(id).await?,
            ..edition_of(&row)?
        })
    }

    pub async fn archive_edition(&self, id: &str, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        let done = sqlx::query(
            "UPDATE editions SET archived_at = $1 WHERE id = $2 AND archived_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *w)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("open edition"));
        }
        w.audit(&AuditEvent::new(by, "edition.archive").object(format!("edition {id}")))
            .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn unarchive_edition(&self, id: &str, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let done = sqlx::query(
            "UPDATE editions SET archived_at = NULL WHERE id = $1 AND archived_at IS NOT NULL",
        )
        .bind(id)
        .execute(&mut *w)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("archived edition"));
        }
        w.audit(&AuditEvent::new(by, "edition.unarchive").object(format!("edition {id}")))
            .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn response(&self, edition: &str, country: &str) -> Result<Response> {
        let row = sqlx::query("SELECT * FROM responses WHERE edition_id = $1 AND country = $2")
            .bind(edition)
            .bind(country)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("response"))?;
        Ok(Response::from_row(&row)?)
    }

    pub async fn responses(&self, edition: &str) -> Result<Vec<Response>> {
        let rows = sqlx::query("SELECT * FROM responses WHERE edition_id = $1 ORDER BY country")
            .bind(edition)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(|r| Ok(Response::from_row(r)?)).collect()
    }

    pub async fn set_status(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        to: Status,
        by: Option<i64>,
    ) -> Result<Response> {
        let mut w = self.write().await?;
        review::change_status(&mut w, edition, country, from, to, by, "", None).await?;
        w.commit().await?;
        self.response(edition, country).await
    }
}
