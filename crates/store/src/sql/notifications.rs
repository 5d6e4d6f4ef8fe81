//! In-app notifications: what a user is told, and whether they have read it.

use super::SqlStore;
use crate::Notification;
use crate::{Result, now_ms};

impl SqlStore {
    pub async fn notify(&self, users: &[i64], subject: &str, link: &str) -> Result<()> {
        let mut w = self.bookkeeping().await?;
        let now = w.now();
        for user in users {
            sqlx::query(
                "INSERT INTO notifications (user_id, subject, link, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(user)
            .bind(subject)
            .bind(link)
            .bind(now)
            .execute(&mut *w)
            .await?;
        }
        w.commit().await?;
        Ok(())
    }

    pub async fn notifications(&self, user: i64, limit: i64) -> Result<Vec<Notification>> {
        Ok(sqlx::query_as(
            "SELECT * FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(user)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn unread_notifications(&self, user: i64) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL",
        )
        .bind(user)
        .fetch_one(&self.pool)
        .await?)
    }

    pub async fn mark_notifications_read(&self, user: i64) -> Result<()> {
        sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now_ms())
            .bind(user)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
