//! Webhooks: endpoints, their deliveries (queued by status changes in the same transaction), and
//! the leases that make each delivery go out once across instances.

use sqlx::FromRow;

use super::SqlStore;
use crate::audit::AuditEvent;
use crate::{Delivery, Webhook};
use crate::{Result, StoreError, now_ms};

impl SqlStore {
    pub async fn create_webhook(&self, url: &str, secret: &str, by: Option<i64>) -> Result<i64> {
        let mut w = self.write().await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO webhooks (url, secret, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(url)
        .bind(secret)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        // The secret is never written to the trail.
        w.audit(
            &AuditEvent::new(by, "webhook.create")
                .object(format!("webhook {id}"))
                .after(&serde_json::json!({ "url": url })),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn delete_webhook(&self, id: i64, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let url: String = sqlx::query_scalar(
            "UPDATE webhooks SET active = FALSE WHERE id = $1 AND active = TRUE RETURNING url",
        )
        .bind(id)
        .fetch_optional(&mut *w)
        .await?
        .ok_or(StoreError::NotFound("webhook"))?;
        w.audit(
            &AuditEvent::new(by, "webhook.disable")
                .object(format!("webhook {id}"))
                .before(&serde_json::json!({ "url": url })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn webhooks(&self) -> Result<Vec<Webhook>> {
        Ok(
            sqlx::query_as("SELECT * FROM webhooks WHERE active = TRUE ORDER BY id")
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// The delivery log, newest first.
    pub async fn deliveries(&self, limit: i64) -> Result<Vec<Delivery>> {
        let rows = sqlx::query(
            "SELECT d.*, w.url, w.secret FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
             ORDER BY d.id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok(Delivery::from_row(r)?)).collect()
    }

    /// Claims up to `limit` due deliveries, oldest first, for `lease_ms`: until the lease ends or
    /// the attempt is recorded they are due for no instance, so each attempt is made once even
    /// when several instances share the database. The claim runs under the backend's write lock,
    /// so two instances never claim the same delivery; one that dies mid-attempt leaves it to be
    /// claimed again when the lease ends.
    pub async fn claim_deliveries(
        &self,
        now: i64,
        lease_ms: i64,
        limit: i64,
    ) -> Result<Vec<Delivery>> {
        // Every instance polls twice a second: a plain read first, so an idle poll never takes
        // the write lock that answer saves queue on.
        let due: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM webhook_deliveries WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= $1 LIMIT 1",
        )
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        if due.is_none() {
            return Ok(Vec::new());
        }
        let mut w = self.bookkeeping().await?;
        let rows = sqlx::query(
            "SELECT d.*, w.url, w.secret FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
             WHERE d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= $1 ORDER BY d.id LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(&mut *w)
        .await?;
        let claimed = rows
            .iter()
            .map(|r| Ok(Delivery::from_row(r)?))
            .collect::<Result<Vec<_>>>()?;
        for d in &claimed {
            sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE id = $2")
                .bind(now + lease_ms)
                .bind(d.id)
                .execute(&mut *w)
                .await?;
        }
        w.commit().await?;
        Ok(claimed)
    }

    /// Records an attempt: delivered when `next_attempt_at` is `None` and there is no error;
    /// given up when both are set to `None` with an error.
    pub async fn record_delivery(
        &self,
        id: i64,
        status: Option<i64>,
        error: Option<&str>,
        delivered: bool,
        next_attempt_at: Option<i64>,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $1, last_error = $2, \
             delivered_at = CASE WHEN $3 THEN $4 ELSE NULL END, next_attempt_at = $5 WHERE id = $6",
        )
        .bind(status)
        .bind(error)
        .bind(delivered)
        .bind(now_ms())
        .bind(next_attempt_at)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
