//! The email outbox: messages waiting for the mailer and what became of them.

use super::SqlStore;
use crate::{OutboxMessage, Result, now_ms};

impl SqlStore {
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
        Ok(
            sqlx::query_as("SELECT * FROM outbox ORDER BY id DESC LIMIT 500")
                .fetch_all(&self.pool)
                .await?,
        )
    }
}
