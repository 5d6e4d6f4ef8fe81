//! Signing in: single-use links (invitations, resets), sessions, and the rate-limit buckets
//! every instance shares.

use sqlx::{FromRow, Row};

use super::accounts::void_links;
use super::{SqlStore, Touch, announce};
use crate::audit::AuditEvent;
use crate::{LinkPurpose, Result, User, now_ms};

impl SqlStore {
    pub async fn create_link(
        &self,
        user: i64,
        purpose: LinkPurpose,
        token_hash: &str,
        expires_at: i64,
    ) -> Result<()> {
        self.create_link_capped(user, purpose, token_hash, expires_at, None)
            .await
            .map(|_| ())
    }

    /// Creates a link unless the user already has `max` links of this purpose made after
    /// `since` (`cap = Some((since, max))`); the count and the insert are one transaction, so
    /// concurrent requests cannot pass the cap together. Whether the link was made.
    pub async fn create_link_capped(
        &self,
        user: i64,
        purpose: LinkPurpose,
        token_hash: &str,
        expires_at: i64,
        cap: Option<(i64, i64)>,
    ) -> Result<bool> {
        let mut w = self.write().await?;
        let now = w.now();
        if let Some((since, max)) = cap {
            let recent: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM invitations WHERE user_id = $1 AND purpose = $2 AND created_at > $3",
            )
            .bind(user)
            .bind(purpose.as_str())
            .bind(since)
            .fetch_one(&mut *w)
            .await?;
            if recent >= max {
                return Ok(false);
            }
        }
        sqlx::query("INSERT INTO invitations (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash)
            .bind(user)
            .bind(purpose.as_str())
            .bind(now)
            .bind(expires_at)
            .execute(&mut *w)
            .await?;
        // The link itself is a secret and never enters the trail.
        let event = AuditEvent::new(None, &format!("link.{}", purpose.as_str()))
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "expires_at": expires_at }));
        w.audit(&event).await?;
        w.commit().await?;
        Ok(true)
    }

    pub async fn peek_link(&self, token_hash: &str, purpose: LinkPurpose) -> Result<Option<i64>> {
        Ok(sqlx::query_scalar(
            "SELECT user_id FROM invitations WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
        )
        .bind(token_hash)
        .bind(purpose.as_str())
        .bind(now_ms())
        .fetch_optional(&self.pool)
        .await?)
    }

    pub async fn redeem_link(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        password_hash: &str,
    ) -> Result<Option<i64>> {
        Ok(self
            .redeem_link_counted(token_hash, purpose, password_hash)
            .await?
            .map(|(user, _)| user))
    }

    /// Uses a link and sets the password; also voids every other outstanding link of the
    /// account and, for a reset, revokes its API tokens. The user and the tokens revoked.
    pub async fn redeem_link_counted(
        &self,
        token_hash: &str,
        purpose: LinkPurpose,
        password_hash: &str,
    ) -> Result<Option<(i64, u64)>> {
        let mut w = self.write().await?;
        let now = w.now();
        let user: Option<i64> = sqlx::query_scalar(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .bind(purpose.as_str())
        .fetch_optional(&mut *w)
        .await?;
        // No such live link: nothing was written, and the write rolls back.
        let Some(user) = user else { return Ok(None) };
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(user)
            .execute(&mut *w)
            .await?;
        // A new password ends every existing session.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(&mut *w)
            .await?;
        let voided = void_links(&mut w, user, now).await?;
        // Whoever reset the password may be taking the account back: tokens made before
        // stop working.
        let revoked = if purpose == LinkPurpose::Reset {
            sqlx::query(
                "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
            )
            .bind(now)
            .bind(user)
            .execute(&mut *w)
            .await?
            .rows_affected()
        } else {
            0
        };
        let event = AuditEvent::new(Some(user), &format!("user.{}", purpose.as_str()))
            .object(format!("user {user}"))
            .after(&serde_json::json!({
                "password": "set",
                "links_voided": voided,
                "tokens_revoked": revoked,
            }));
        w.audit(&event).await?;
        w.commit().await?;
        Ok(Some((user, revoked)))
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        user: i64,
        expires_at: i64,
        pending_totp: bool,
    ) -> Result<()> {
        let now = now_ms();
        sqlx::query("INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, pending_totp) VALUES ($1, $2, $3, $4, $3, $5)")
            .bind(token_hash)
            .bind(user)
            .bind(now)
            .bind(expires_at)
            .bind(pending_totp)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The session's user and flag in one query, its observed countries in a second.
    pub async fn session(&self, token_hash: &str) -> Result<Option<(User, bool)>> {
        let row = sqlx::query(
            "SELECT u.*, s.pending_totp AS session_pending_totp FROM sessions s JOIN users u ON u.id = s.user_id \
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.active = TRUE",
        )
        .bind(token_hash)
        .bind(now_ms())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(row) => Ok(Some((
                self.with_observed(User::from_row(&row)?).await?,
                row.try_get("session_pending_totp")?,
            ))),
            None => Ok(None),
        }
    }

    pub async fn complete_session_totp(&self, token_hash: &str) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query("UPDATE sessions SET pending_totp = FALSE WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *conn)
            .await?;
        announce(&mut conn, &self.instance, &Touch::Accounts).await
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *conn)
            .await?;
        announce(&mut conn, &self.instance, &Touch::Accounts).await
    }

    pub async fn delete_user_sessions(&self, user: i64) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user)
            .execute(&mut *conn)
            .await?;
        announce(&mut conn, &self.instance, &Touch::Accounts).await
    }

    /// Ends a session on sign-out and records it; the session's user, if it was live.
    pub async fn end_session(&self, token_hash: &str) -> Result<Option<i64>> {
        let mut w = self.write().await?;
        let user: Option<i64> =
            sqlx::query_scalar("DELETE FROM sessions WHERE token_hash = $1 RETURNING user_id")
                .bind(token_hash)
                .fetch_optional(&mut *w)
                .await?;
        // No live session: nothing was deleted, and the write rolls back.
        let Some(user) = user else { return Ok(None) };
        let event = AuditEvent::new(Some(user), "user.logout").object(format!("user {user}"));
        w.audit(&event).await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(Some(user))
    }

    /// Takes one attempt for `key` from a bucket of `burst` attempts that refills at
    /// `per_minute`; `false` when none is left. The bucket is a row, read and written under the
    /// write lock, so every instance on the database draws from the same one.
    pub async fn take_attempt(
        &self,
        key: &str,
        burst: f64,
        per_minute: f64,
        now: i64,
    ) -> Result<bool> {
        let mut w = self.bookkeeping().await?;
        let row: Option<(i64, i64)> =
            sqlx::query_as("SELECT tokens_milli, at FROM rate_limits WHERE key = $1")
                .bind(key)
                .fetch_optional(&mut *w)
                .await?;
        let full = (burst * 1000.0) as i64;
        let tokens = match row {
            None => full,
            Some((tokens, at)) => {
                let regained = ((now - at).max(0) as f64 * per_minute / 60.0) as i64;
                (tokens + regained).min(full)
            }
        };
        let allowed = tokens >= 1000;
        sqlx::query(
            "INSERT INTO rate_limits (key, tokens_milli, at) VALUES ($1, $2, $3) \
             ON CONFLICT (key) DO UPDATE SET tokens_milli = excluded.tokens_milli, at = excluded.at",
        )
        .bind(key)
        .bind(if allowed { tokens - 1000 } else { tokens })
        .bind(now)
        .execute(&mut *w)
        .await?;
        // Buckets untouched for a day are full again: forget them now and then.
        if now % 64 == 0 {
            sqlx::query("DELETE FROM rate_limits WHERE at < $1")
                .bind(now - 86_400_000)
                .execute(&mut *w)
                .await?;
        }
        w.commit().await?;
        Ok(allowed)
    }
}
