//! Accounts: users, passwords, second factors (TOTP) and API tokens.

use std::collections::HashMap;

use sqlx::{FromRow, Row};

use super::{Conn, SqlStore, Touch};
use crate::audit::AuditEvent;
use crate::{
    ApiToken, Deactivated, Invalid, LinkPurpose, NewUser, Result, Role, StoreError, TotpAttempt,
    User, UserChange, now_ms,
};

/// Marks every outstanding single-use link of a user as used (after a password change); how many.
pub(super) async fn void_links(conn: &mut Conn, user: i64, now: i64) -> Result<u64> {
    Ok(
        sqlx::query("UPDATE invitations SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(user)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
    )
}

/// Refuses a change that takes `user` (an active administrator now) out of the active
/// administrators when no other one is left. Run under the write lock, so that two
/// administrators demoting each other at once cannot both pass.
async fn keep_an_admin(conn: &mut Conn, user: i64) -> Result<()> {
    let others: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM users WHERE role = 'admin' AND active = TRUE AND id <> $1",
    )
    .bind(user)
    .fetch_one(&mut *conn)
    .await?;
    if others == 0 {
        return Err(StoreError::Invalid(Invalid::LastAdmin));
    }
    Ok(())
}

/// A user's role and whether the account is active (`NotFound` when there is no such user).
async fn role_and_active(conn: &mut Conn, user: i64) -> Result<(Role, bool)> {
    let row: Option<(String, bool)> =
        sqlx::query_as("SELECT role, active FROM users WHERE id = $1")
            .bind(user)
            .fetch_optional(&mut *conn)
            .await?;
    let (role, active) = row.ok_or(StoreError::NotFound("user"))?;
    let role = role
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("user {user} has the unknown role {role}")))?;
    Ok((role, active))
}

impl SqlStore {
    /// Completes a user read from its row: an observer's countries, in a second query.
    pub(super) async fn with_observed(&self, mut user: User) -> Result<User> {
        if user.role == Role::Observer {
            user.observed = sqlx::query_scalar(
                "SELECT country FROM observer_countries WHERE user_id = $1 ORDER BY country",
            )
            .bind(user.id)
            .fetch_all(&self.pool)
            .await?;
        }
        Ok(user)
    }

    pub async fn create_user(&self, user: &NewUser, by: Option<i64>) -> Result<User> {
        if user.role.is_country_role() != user.country.is_some() {
            return Err(StoreError::Invalid(if user.role.is_country_role() {
                crate::Invalid::RoleNeedsCountry { role: user.role }
            } else {
                crate::Invalid::RoleHasNoCountry { role: user.role }
            }));
        }
        team_rule(user.role, user.team.as_deref())?;
        let mut w = self.write().await?;
        team_exists(&mut w, user.team.as_deref()).await?;
        // Asked first, under the write lock, so that only a taken address is reported as one
        // (any other unique violation, such as an id sequence behind its table, is a bug).
        // Addresses are unique whatever their case, on both databases.
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM users WHERE lower(email) = lower($1)")
                .bind(&user.email)
                .fetch_optional(&mut *w)
                .await?;
        if taken.is_some() {
            return Err(StoreError::Duplicate(crate::Duplicate::Account {
                email: user.email.clone(),
            }));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, name, role, country, team, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(&user.email)
        .bind(&user.name)
        .bind(user.role.as_str())
        .bind(&user.country)
        .bind(&user.team)
        .bind(w.now())
        .fetch_one(&mut *w)
        .await?;
        for country in &user.observed {
            sqlx::query("INSERT INTO observer_countries (user_id, country) VALUES ($1, $2)")
                .bind(id)
                .bind(country)
                .execute(&mut *w)
                .await?;
        }
        w.audit(
            &AuditEvent::new(by, "user.create")
                .object(format!("user {id}"))
                .after(&serde_json::json!({
                    "email": user.email,
                    "name": user.name,
                    "role": user.role.as_str(),
                    "country": user.country,
                    "observed": user.observed,
                    "team": user.team,
                })),
        )
        .await?;
        w.commit().await?;
        self.user(id).await
    }

    pub async fn user(&self, id: i64) -> Result<User> {
        let user = sqlx::query_as("SELECT * FROM users WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("user"))?;
        self.with_observed(user).await
    }

    pub async fn user_by_email(&self, email: &str) -> Result<Option<User>> {
        let user = sqlx::query_as("SELECT * FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(&self.pool)
            .await?;
        match user {
            Some(user) => Ok(Some(self.with_observed(user).await?)),
            None => Ok(None),
        }
    }

    /// Every account, in two queries: the users, then every observed country at once.
    pub async fn users(&self) -> Result<Vec<User>> {
        let mut users: Vec<User> =
            sqlx::query_as("SELECT * FROM users ORDER BY role, country, email")
                .fetch_all(&self.pool)
                .await?;
        let observed: Vec<(i64, String)> = sqlx::query_as(
            "SELECT user_id, country FROM observer_countries ORDER BY user_id, country",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut by_user: HashMap<i64, Vec<String>> = HashMap::new();
        for (user, country) in observed {
            by_user.entry(user).or_default().push(country);
        }
        for user in users.iter_mut().filter(|u| u.role == Role::Observer) {
            user.observed = by_user.remove(&user.id).unwrap_or_default();
        }
        Ok(users)
    }

    pub async fn set_password(&self, user: i64, hash: &str) -> Result<()> {
        let mut w = self.write().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user)
            .execute(&mut *w)
            .await?;
        // Any password change voids the account's outstanding reset and invitation links.
        let now = w.now();
        let voided = void_links(&mut w, user, now).await?;
        // The hash itself never goes into the trail.
        let event = AuditEvent::new(Some(user), "user.password")
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "links_voided": voided }));
        w.audit(&event).await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(())
    }

    pub async fn set_totp(&self, user: i64, secret: Option<&str>, enabled: bool) -> Result<()> {
        let mut w = self.write().await?;
        sqlx::query("UPDATE users SET totp_secret = $1, totp_enabled = $2 WHERE id = $3")
            .bind(secret)
            .bind(enabled)
            .bind(user)
            .execute(&mut *w)
            .await?;
        let event = AuditEvent::new(Some(user), "user.totp")
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "enabled": enabled }));
        w.audit(&event).await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(())
    }

    pub async fn record_login(&self, user: i64) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        sqlx::query("UPDATE users SET last_login_at = $1 WHERE id = $2")
            .bind(now)
            .bind(user)
            .execute(&mut *w)
            .await?;
        let event = AuditEvent::new(Some(user), "user.login").object(format!("user {user}"));
        w.audit(&event).await?;
        w.commit().await?;
        Ok(())
    }

    /// Records a failed sign-in (the account, when it exists, and the address tried).
    pub async fn record_failed_login(&self, email: &str, user: Option<i64>) -> Result<()> {
        self.record(
            &AuditEvent::new(None, "user.login-failed")
                .object(match user {
                    Some(id) => format!("user {id}"),
                    None => "unknown account".to_string(),
                })
                .after(&serde_json::json!({ "email": email })),
        )
        .await
    }

    pub async fn create_token(&self, user: i64, name: &str, token_hash: &str) -> Result<i64> {
        let mut w = self.write().await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(user)
            .bind(name)
            .bind(token_hash)
            .bind(now)
            .fetch_one(&mut *w)
            .await?;
        let event = AuditEvent::new(Some(user), "token.create")
            .object(format!("token {id}"))
            .after(&serde_json::json!({ "name": name }));
        w.audit(&event).await?;
        w.commit().await?;
        Ok(id)
    }

    pub async fn token_user(&self, token_hash: &str) -> Result<Option<User>> {
        let row = sqlx::query(
            "SELECT u.*, t.last_used_at AS token_last_used FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active = TRUE",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        // "Last used" is kept to the minute: writing it on every request would cost a disk sync
        // per API call.
        let now = now_ms();
        let last_used: Option<i64> = row.try_get("token_last_used")?;
        if last_used.is_none_or(|t| now - t > 60_000) {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(now)
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(self.with_observed(User::from_row(&row)?).await?))
    }

    pub async fn tokens(&self, user: i64) -> Result<Vec<ApiToken>> {
        Ok(
            sqlx::query_as("SELECT * FROM api_tokens WHERE user_id = $1 ORDER BY id")
                .bind(user)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    pub async fn revoke_token(&self, user: i64, id: i64) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        let done = sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .bind(user)
            .execute(&mut *w)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("token"));
        }
        let event = AuditEvent::new(Some(user), "token.revoke").object(format!("token {id}"));
        w.audit(&event).await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(())
    }

    /// Accepts a TOTP time step for a user if it is later than the last one accepted (a code
    /// works once, across every server on the database); clears the account's failure count.
    pub async fn accept_totp_step(&self, user: i64, step: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE users SET totp_last_step = $1, totp_failures = 0, totp_failed_at = NULL \
             WHERE id = $2 AND (totp_last_step IS NULL OR totp_last_step < $1)",
        )
        .bind(step)
        .bind(user)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Claims one attempt at a TOTP code, counted as a failure until the code is accepted
    /// ([`Self::accept_totp_step`] clears the account's count), so that parallel guesses cannot
    /// pass the limits before any failure is recorded. The pending session may take
    /// `session_limit` attempts; the account must wait `wait_ms(failures)` after its latest one.
    pub async fn claim_totp_attempt(
        &self,
        token_hash: Option<&str>,
        user: i64,
        session_limit: i64,
        wait_ms: fn(i64) -> i64,
    ) -> Result<TotpAttempt> {
        let mut w = self.bookkeeping().await?;
        let now = w.now();
        let (failures, failed_at): (i64, Option<i64>) =
            sqlx::query_as("SELECT totp_failures, totp_failed_at FROM users WHERE id = $1")
                .bind(user)
                .fetch_optional(&mut *w)
                .await?
                .unwrap_or((0, None));
        if failed_at.is_some_and(|at| now < at + wait_ms(failures)) {
            return Ok(TotpAttempt::Wait);
        }
        if let Some(hash) = token_hash {
            let used: i64 =
                sqlx::query_scalar("SELECT totp_failures FROM sessions WHERE token_hash = $1")
                    .bind(hash)
                    .fetch_optional(&mut *w)
                    .await?
                    .unwrap_or(session_limit);
            if used >= session_limit {
                sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(hash)
                    .execute(&mut *w)
                    .await?;
                w.commit().await?;
                return Ok(TotpAttempt::SessionOver);
            }
            sqlx::query(
                "UPDATE sessions SET totp_failures = totp_failures + 1 WHERE token_hash = $1",
            )
            .bind(hash)
            .execute(&mut *w)
            .await?;
        }
        sqlx::query(
            "UPDATE users SET totp_failures = totp_failures + 1, totp_failed_at = $1 WHERE id = $2",
        )
        .bind(now)
        .bind(user)
        .execute(&mut *w)
        .await?;
        w.commit().await?;
        Ok(TotpAttempt::Allowed)
    }

    /// Records a wrong TOTP code (its attempt was already counted by
    /// [`Self::claim_totp_attempt`]) and ends the pending session once it has had
    /// `session_limit` attempts. Whether the session ended.
    pub async fn record_totp_failure(
        &self,
        token_hash: Option<&str>,
        user: i64,
        session_limit: i64,
    ) -> Result<bool> {
        let mut w = self.write().await?;
        let account: i64 = sqlx::query_scalar("SELECT totp_failures FROM users WHERE id = $1")
            .bind(user)
            .fetch_optional(&mut *w)
            .await?
            .unwrap_or(0);
        let session: i64 = match token_hash {
            Some(hash) => {
                sqlx::query_scalar("SELECT totp_failures FROM sessions WHERE token_hash = $1")
                    .bind(hash)
                    .fetch_optional(&mut *w)
                    .await?
                    .unwrap_or(0)
            }
            None => 0,
        };
        let ended = session >= session_limit;
        if ended && let Some(hash) = token_hash {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(hash)
                .execute(&mut *w)
                .await?;
        }
        let event = AuditEvent::new(Some(user), "user.totp-failed")
            .object(format!("user {user}"))
            .after(&serde_json::json!({
                "session_failures": session,
                "account_failures": account,
                "session_ended": ended,
            }));
        w.audit(&event).await?;
        w.commit().await?;
        Ok(ended)
    }

    /// Sets a new password from the account page: voids the account's outstanding links and
    /// ends its other sessions, keeping `keep` (the session that made the change).
    pub async fn change_password(&self, user: i64, hash: &str, keep: &str) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(user)
            .execute(&mut *w)
            .await?;
        let voided = void_links(&mut w, user, now).await?;
        let ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user)
            .bind(keep)
            .execute(&mut *w)
            .await?
            .rows_affected();
        // The hash itself never goes into the trail.
        let event = AuditEvent::new(Some(user), "user.password")
            .object(format!("user {user}"))
            .after(&serde_json::json!({ "links_voided": voided, "sessions_ended": ended }));
        w.audit(&event).await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(())
    }

    pub async fn update_user(&self, id: i64, change: &UserChange, by: Option<i64>) -> Result<User> {
        if change.role.is_country_role() != change.country.is_some() {
            return Err(StoreError::Invalid(if change.role.is_country_role() {
                Invalid::RoleNeedsCountry { role: change.role }
            } else {
                Invalid::RoleHasNoCountry { role: change.role }
            }));
        }
        team_rule(change.role, change.team.as_deref())?;
        let before = self.user(id).await?;
        let mut w = self.write().await?;
        team_exists(&mut w, change.team.as_deref()).await?;
        let (role, active) = role_and_active(&mut w, id).await?;
        if role == Role::Admin && active && change.role != Role::Admin {
            keep_an_admin(&mut w, id).await?;
        }
        sqlx::query("UPDATE users SET role = $1, country = $2, team = $3 WHERE id = $4")
            .bind(change.role.as_str())
            .bind(&change.country)
            .bind(&change.team)
            .bind(id)
            .execute(&mut *w)
            .await?;
        sqlx::query("DELETE FROM observer_countries WHERE user_id = $1")
            .bind(id)
            .execute(&mut *w)
            .await?;
        let observed: &[String] = if change.role == Role::Observer {
            &change.observed
        } else {
            &[]
        };
        for country in observed {
            sqlx::query("INSERT INTO observer_countries (user_id, country) VALUES ($1, $2)")
                .bind(id)
                .bind(country)
                .execute(&mut *w)
                .await?;
        }
        w.audit(
            &AuditEvent::new(by, "user.update")
                .object(format!("user {id}"))
                .before(&serde_json::json!({
                    "role": before.role.as_str(),
                    "country": before.country,
                    "observed": before.observed,
                    "team": before.team,
                }))
                .after(&serde_json::json!({
                    "role": change.role.as_str(),
                    "country": change.country,
                    "observed": observed,
                    "team": change.team,
                })),
        )
        .await?;
        // The signed-in user's permissions change at once.
        w.touch(Touch::Accounts);
        w.commit().await?;
        self.user(id).await
    }

    pub async fn deactivate_user(&self, id: i64, by: Option<i64>) -> Result<Deactivated> {
        let mut w = self.write().await?;
        let now = w.now();
        let (role, active) = role_and_active(&mut w, id).await?;
        if !active {
            return Err(StoreError::Invalid(Invalid::Inactive));
        }
        if role == Role::Admin {
            keep_an_admin(&mut w, id).await?;
        }
        sqlx::query("UPDATE users SET active = FALSE WHERE id = $1")
            .bind(id)
            .execute(&mut *w)
            .await?;
        let sessions_ended = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id)
            .execute(&mut *w)
            .await?
            .rows_affected();
        let tokens_revoked = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut *w)
        .await?
        .rows_affected();
        let links_voided = void_links(&mut w, id, now).await?;
        let done = Deactivated {
            sessions_ended,
            tokens_revoked,
            links_voided,
        };
        w.audit(
            &AuditEvent::new(by, "user.deactivate")
                .object(format!("user {id}"))
                .after(&serde_json::json!(done)),
        )
        .await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(done)
    }

    pub async fn reactivate_user(&self, id: i64, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let done = sqlx::query("UPDATE users SET active = TRUE WHERE id = $1 AND active = FALSE")
            .bind(id)
            .execute(&mut *w)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("deactivated user"));
        }
        w.audit(&AuditEvent::new(by, "user.reactivate").object(format!("user {id}")))
            .await?;
        w.touch(Touch::Accounts);
        w.commit().await?;
        Ok(())
    }

    pub async fn reinvite_user(
        &self,
        id: i64,
        token_hash: &str,
        expires_at: i64,
        by: Option<i64>,
    ) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        let (_, active) = role_and_active(&mut w, id).await?;
        if !active {
            return Err(StoreError::Invalid(Invalid::Inactive));
        }
        let voided = void_links(&mut w, id, now).await?;
        sqlx::query("INSERT INTO invitations (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash)
            .bind(id)
            .bind(LinkPurpose::Invitation.as_str())
            .bind(now)
            .bind(expires_at)
            .execute(&mut *w)
            .await?;
        // The link itself is a secret and never enters the trail.
        w.audit(
            &AuditEvent::new(by, "user.reinvite")
                .object(format!("user {id}"))
                .after(&serde_json::json!({ "links_voided": voided, "expires_at": expires_at })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}

/// A team role names a directory team; no other role does.
fn team_rule(role: Role, team: Option<&str>) -> Result<()> {
    if role.is_team_role() != team.is_some() {
        return Err(StoreError::Invalid(if role.is_team_role() {
            Invalid::RoleNeedsTeam { role }
        } else {
            Invalid::RoleHasNoTeam { role }
        }));
    }
    Ok(())
}

/// The team a team staff member belongs to is in the directory (asked under the write lock).
async fn team_exists(conn: &mut Conn, team: Option<&str>) -> Result<()> {
    let Some(team) = team else {
        return Ok(());
    };
    let found: Option<String> = sqlx::query_scalar("SELECT id FROM teams WHERE id = $1")
        .bind(team)
        .fetch_optional(&mut *conn)
        .await?;
    if found.is_none() {
        return Err(StoreError::Invalid(Invalid::UnknownTeam {
            team: team.to_string(),
        }));
    }
    Ok(())
}
