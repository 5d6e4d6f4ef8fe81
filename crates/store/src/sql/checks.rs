//! Reachability checks of the CIRT directory: runs (scheduled or started by the secretariat)
//! and their pings, one per e-mail channel, each acknowledged once through a single-use link
//! kept only as its hash. Scheduling, starting, cancelling and acknowledging are audited;
//! recording that a message could not be delivered is a single-statement write on the pool,
//! as the outbox's results are.

use super::SqlStore;
use crate::audit::AuditEvent;
use crate::{CheckRun, NewPing, PastPing, Ping, Result, SecurityTxtSeen, StoreError};

/// A query of pings with their run's window, ending with `$rest`.
macro_rules! pings_where {
    ($rest:literal) => {
        concat!(
            "SELECT p.id, p.run_id, p.team_id, p.channel, p.address, p.sent_at, p.error, \
             p.acked_at, r.window_seconds, p.note, p.called_by, p.unanswered_at \
             FROM team_pings p JOIN check_runs r ON r.id = p.run_id ",
            $rest
        )
    };
}

impl SqlStore {
    /// Schedules a run of `scope` at `due_at` (milliseconds; now or later). Returns its id.
    pub async fn schedule_check(
        &self,
        scope: &str,
        due_at: i64,
        window_seconds: i64,
        repeat_days: Option<i64>,
        by: Option<i64>,
    ) -> Result<i64> {
        let mut w = self.write().await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO check_runs (scope, due_at, window_seconds, repeat_days, created_at, created_by) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(scope)
        .bind(due_at)
        .bind(window_seconds)
        .bind(repeat_days)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "check.schedule")
                .object(format!("check {id}"))
                .after(&serde_json::json!({
                    "scope": scope,
                    "due_at": due_at,
                    "window_seconds": window_seconds,
                    "repeat_days": repeat_days,
                })),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }

    /// Every run, the latest due first.
    pub async fn check_runs(&self) -> Result<Vec<CheckRun>> {
        Ok(sqlx::query_as(
            "SELECT id, scope, due_at, window_seconds, repeat_days, created_at, created_by, started_at \
             FROM check_runs ORDER BY due_at DESC, id DESC",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn check_run(&self, id: i64) -> Result<CheckRun> {
        sqlx::query_as(
            "SELECT id, scope, due_at, window_seconds, repeat_days, created_at, created_by, started_at \
             FROM check_runs WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("check"))
    }

    /// Runs not started whose time has come (`now` in milliseconds), the oldest first.
    pub async fn due_checks(&self, now: i64) -> Result<Vec<CheckRun>> {
        Ok(sqlx::query_as(
            "SELECT id, scope, due_at, window_seconds, repeat_days, created_at, created_by, started_at \
             FROM check_runs WHERE started_at IS NULL AND due_at <= $1 ORDER BY due_at, id",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Starts run `id` with its pings, in one write: the run is marked started (a run already
    /// started is [`StoreError::Stale`], so two instances never send it twice), the pings are
    /// recorded with their links' hashes, and a repeating run schedules its next one. Returns
    /// the pings' ids, in order.
    pub async fn start_check(&self, id: i64, pings: &[NewPing<'_>]) -> Result<Vec<i64>> {
        let mut w = self.write().await?;
        let now = w.now();
        let run: Option<CheckRun> = sqlx::query_as(
            "UPDATE check_runs SET started_at = $1 WHERE id = $2 AND started_at IS NULL \
             RETURNING id, scope, due_at, window_seconds, repeat_days, created_at, created_by, started_at",
        )
        .bind(now)
        .bind(id)
        .fetch_optional(&mut *w)
        .await?;
        let Some(run) = run else {
            // Either it does not exist or another start won: tell the two apart.
            let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM check_runs WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *w)
                .await?;
            return Err(match exists {
                Some(_) => StoreError::Stale {
                    what: "check",
                    version: 1,
                },
                None => StoreError::NotFound("check"),
            });
        };
        let mut ids = Vec::with_capacity(pings.len());
        for ping in pings {
            ids.push(
                sqlx::query_scalar(
                    "INSERT INTO team_pings (run_id, team_id, channel, address, token_hash, sent_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(id)
                .bind(ping.team_id)
                .bind(ping.channel)
                .bind(ping.address)
                .bind(ping.token_hash)
                .bind(now)
                .fetch_one(&mut *w)
                .await?,
            );
        }
        let mut next = None;
        if let Some(days) = run.repeat_days.filter(|d| *d > 0) {
            let due = run.due_at.max(now) + days * 86_400_000;
            next = Some(
                sqlx::query_scalar::<_, i64>(
                    "INSERT INTO check_runs (scope, due_at, window_seconds, repeat_days, created_at, created_by) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&run.scope)
                .bind(due)
                .bind(run.window_seconds)
                .bind(run.repeat_days)
                .bind(now)
                .bind(run.created_by)
                .fetch_one(&mut *w)
                .await?,
            );
        }
        let teams: std::collections::BTreeSet<&str> = pings.iter().map(|p| p.team_id).collect();
        w.audit(
            &AuditEvent::new(None, "check.start")
                .object(format!("check {id}"))
                .after(&serde_json::json!({
                    "scope": run.scope,
                    "teams": teams.len(),
                    "messages": pings.len(),
                    "next": next,
                })),
        )
        .await?;
        w.commit().await?;
        Ok(ids)
    }

    /// Records why ping `id`'s message could not be delivered.
    pub async fn ping_failed(&self, id: i64, error: &str) -> Result<()> {
        sqlx::query("UPDATE team_pings SET error = $1 WHERE id = $2")
            .bind(error)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Removes a run that has not started (a started run is [`StoreError::Stale`]: its results
    /// stay).
    pub async fn cancel_check(&self, id: i64, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let run: Option<CheckRun> = sqlx::query_as(
            "SELECT id, scope, due_at, window_seconds, repeat_days, created_at, created_by, started_at \
             FROM check_runs WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *w)
        .await?;
        let run = run.ok_or(StoreError::NotFound("check"))?;
        if run.started_at.is_some() {
            return Err(StoreError::Stale {
                what: "check",
                version: 1,
            });
        }
        sqlx::query("DELETE FROM check_runs WHERE id = $1")
            .bind(id)
            .execute(&mut *w)
            .await?;
        w.audit(
            &AuditEvent::new(by, "check.cancel")
                .object(format!("check {id}"))
                .before(&serde_json::json!({ "scope": run.scope, "due_at": run.due_at })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// The ping whose link hashes to `token_hash` (an unknown link is `NotFound`).
    pub async fn ping_by_token(&self, token_hash: &str) -> Result<Ping> {
        sqlx::query_as(pings_where!("WHERE p.token_hash = $1"))
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("check link"))
    }

    /// Records the acknowledgement of the ping whose link hashes to `token_hash`, once: the
    /// ping as it now is, and whether this call recorded it (`false`: it was acknowledged
    /// before, and nothing changed).
    pub async fn acknowledge_ping(&self, token_hash: &str) -> Result<(Ping, bool)> {
        let mut w = self.write().await?;
        let now = w.now();
        let updated = sqlx::query(
            "UPDATE team_pings SET acked_at = $1 WHERE token_hash = $2 AND acked_at IS NULL",
        )
        .bind(now)
        .bind(token_hash)
        .execute(&mut *w)
        .await?
        .rows_affected();
        let ping: Ping = sqlx::query_as(pings_where!("WHERE p.token_hash = $1"))
            .bind(token_hash)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("check link"))?;
        if updated == 0 {
            return Ok((ping, false));
        }
        w.audit(
            &AuditEvent::new(None, "check.acknowledge")
                .object(format!("team {}", ping.team_id))
                .after(&serde_json::json!({
                    "check": ping.run_id,
                    "ping": ping.id,
                    "channel": ping.channel,
                    "latency_ms": now - ping.sent_at,
                })),
        )
        .await?;
        w.commit().await?;
        Ok((ping, true))
    }

    /// Records a call of a phone ping: answered (`acked_at`, once) or not (`unanswered_at`,
    /// the latest attempt), with the caller's note, audited as `check.call`. The ping as it now
    /// is, and whether this call changed it (`false`: it is not a phone ping, or it was
    /// answered before).
    pub async fn record_call(
        &self,
        id: i64,
        run: Option<i64>,
        answered: bool,
        note: Option<&str>,
        by: Option<i64>,
    ) -> Result<(Ping, bool)> {
        let mut w = self.write().await?;
        let now = w.now();
        // A message of another check than the one named is not found there.
        let run_of: Option<i64> = sqlx::query_scalar("SELECT run_id FROM team_pings WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *w)
            .await?;
        match (run_of, run) {
            (None, _) => return Err(StoreError::NotFound("check message")),
            (Some(found), Some(named)) if found != named => {
                return Err(StoreError::NotFound("check message"));
            }
            _ => {}
        }
        let sql = if answered {
            "UPDATE team_pings SET acked_at = $1, note = $2, called_by = $3 \
             WHERE id = $4 AND channel = 'phone' AND acked_at IS NULL"
        } else {
            "UPDATE team_pings SET unanswered_at = $1, note = $2, called_by = $3 \
             WHERE id = $4 AND channel = 'phone' AND acked_at IS NULL"
        };
        let updated = sqlx::query(sql)
            .bind(now)
            .bind(note)
            .bind(by)
            .bind(id)
            .execute(&mut *w)
            .await?
            .rows_affected();
        let ping: Ping = sqlx::query_as(pings_where!("WHERE p.id = $1"))
            .bind(id)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("check message"))?;
        if updated == 0 {
            return Ok((ping, false));
        }
        w.audit(
            &AuditEvent::new(by, "check.call")
                .object(format!("team {}", ping.team_id))
                .after(&serde_json::json!({
                    "check": ping.run_id,
                    "ping": ping.id,
                    "answered": answered,
                    "note": note,
                    "latency_ms": if answered { Some(now - ping.sent_at) } else { None },
                })),
        )
        .await?;
        w.commit().await?;
        Ok((ping, true))
    }

    /// Pings of one run (`run`), of one team (`team`), or every ping, the latest first.
    pub async fn pings(&self, run: Option<i64>, team: Option<&str>) -> Result<Vec<Ping>> {
        Ok(sqlx::query_as(pings_where!(
            "WHERE ($1 IS NULL OR p.run_id = $1) AND ($2 IS NULL OR p.team_id = $2) \
             ORDER BY p.sent_at DESC, p.id DESC"
        ))
        .bind(run)
        .bind(team)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Each team's latest acknowledgement (milliseconds), for the teams acknowledged at least
    /// once.
    pub async fn last_acknowledgements(&self) -> Result<Vec<(String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT team_id, MAX(acked_at) FROM team_pings WHERE acked_at IS NOT NULL GROUP BY team_id",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

impl SqlStore {
    /// Records a check that ran elsewhere or earlier (the demonstration, or results brought
    /// from another tool), with its messages as they ended, in one audited write. Its id.
    pub async fn import_check(
        &self,
        scope: &str,
        window_seconds: i64,
        started_at: i64,
        pings: &[PastPing<'_>],
        by: Option<i64>,
    ) -> Result<i64> {
        let mut w = self.write().await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO check_runs (scope, due_at, window_seconds, repeat_days, created_at, created_by, started_at) \
             VALUES ($1, $2, $3, NULL, $4, $5, $2) RETURNING id",
        )
        .bind(scope)
        .bind(started_at)
        .bind(window_seconds)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        for ping in pings {
            sqlx::query(
                "INSERT INTO team_pings (run_id, team_id, channel, address, token_hash, sent_at, error, acked_at, unanswered_at, note) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(id)
            .bind(ping.team_id)
            .bind(ping.channel)
            .bind(ping.address)
            .bind(ping.token_hash)
            .bind(ping.sent_at)
            .bind(ping.error)
            .bind(ping.acked_at)
            .bind(ping.unanswered_at)
            .bind(ping.note)
            .execute(&mut *w)
            .await?;
        }
        w.audit(
            &AuditEvent::new(by, "check.import")
                .object(format!("check {id}"))
                .after(&serde_json::json!({
                    "scope": scope,
                    "started_at": started_at,
                    "messages": pings.len(),
                })),
        )
        .await?;
        w.commit().await?;
        Ok(id)
    }
}

impl SqlStore {
    /// Keeps what was seen of a team's security.txt, replacing what was seen before, audited as
    /// `directory.security_txt` (without the file's text).
    pub async fn save_security_txt(&self, seen: &SecurityTxtSeen) -> Result<()> {
        let mut w = self.write().await?;
        sqlx::query("DELETE FROM team_security_txt WHERE team_id = $1")
            .bind(&seen.team_id)
            .execute(&mut *w)
            .await?;
        sqlx::query(
            "INSERT INTO team_security_txt (team_id, source, url, found, body, error, observed_at, observed_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&seen.team_id)
        .bind(&seen.source)
        .bind(&seen.url)
        .bind(seen.found)
        .bind(&seen.body)
        .bind(&seen.error)
        .bind(seen.observed_at)
        .bind(seen.observed_by)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(seen.observed_by, "directory.security_txt")
                .object(format!("team {}", seen.team_id))
                .after(&serde_json::json!({
                    "source": seen.source,
                    "url": seen.url,
                    "found": seen.found,
                    "error": seen.error,
                    "bytes": seen.body.as_ref().map(String::len),
                })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// What was last seen of each team's security.txt, for the teams looked at.
    pub async fn security_txts(&self, team: Option<&str>) -> Result<Vec<SecurityTxtSeen>> {
        Ok(sqlx::query_as(
            "SELECT team_id, source, url, found, body, error, observed_at, observed_by \
             FROM team_security_txt WHERE ($1 IS NULL OR team_id = $1) ORDER BY team_id",
        )
        .bind(team)
        .fetch_all(&self.pool)
        .await?)
    }
}
