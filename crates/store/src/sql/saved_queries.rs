//! Saved queries of the directory's who's who: a name and a URL query string, kept by the
//! secretariat to download the teams they select as mailing lists. Saving and removing are
//! audited.

use super::SqlStore;
use crate::audit::AuditEvent;
use crate::{Result, SavedQuery, StoreError};

impl SqlStore {
    /// Saves `query` under `name`. Returns its id.
    pub async fn save_query(&self, name: &str, query: &str, by: Option<i64>) -> Result<i64> {
        let mut w = self.write().await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO saved_queries (name, query, created_by, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(name)
        .bind(query)
        .bind(by)
        .bind(now)
        .fetch_one(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "directory.query.save")
                .object(format!("saved query {id}"))
                .after(&serde_json::json!({ "name": name, "query": query })),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Every saved query, by name then id.
    pub async fn saved_queries(&self) -> Result<Vec<SavedQuery>> {
        Ok(sqlx::query_as(
            "SELECT id, name, query, created_by, created_at FROM saved_queries ORDER BY name, id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn saved_query(&self, id: i64) -> Result<SavedQuery> {
        sqlx::query_as(
            "SELECT id, name, query, created_by, created_at FROM saved_queries WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("saved query"))
    }

    /// Removes saved query `id` (an unknown one is `NotFound`).
    pub async fn delete_saved_query(&self, id: i64, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let found: Option<SavedQuery> = sqlx::query_as(
            "SELECT id, name, query, created_by, created_at FROM saved_queries WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *w)
        .await?;
        let found = found.ok_or(StoreError::NotFound("saved query"))?;
        sqlx::query("DELETE FROM saved_queries WHERE id = $1")
            .bind(id)
            .execute(&mut *w)
            .await?;
        w.audit(
            &AuditEvent::new(by, "directory.query.delete")
                .object(format!("saved query {id}"))
                .before(&serde_json::json!({ "name": found.name, "query": found.query })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}
