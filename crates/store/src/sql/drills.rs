//! CyberDrills (issue 18): scenario versions, drills, teams, participant links and sessions,
//! the timeline's injects, responses, evaluations, lessons and the improvement plan.
//!
//! The store applies what the workflow decided (`cyberindex_workflow::drill`: who may act,
//! which status follows which, what is due). Under the write lock it checks only what must
//! hold there, each a [`StoreError::Stale`] with the current version: the version a change was
//! decided on, the status a drill moves from, that a released inject never changes and that a
//! response answers a released inject. A link opens one session, once. Every write is audited
//! (`drill.*`) with the drill as its object; secrets never enter the trail.

use super::{SqlStore, Write};
use crate::audit::AuditEvent;
use crate::{
    Drill, DrillClock, DrillEvaluation, DrillImprovement, DrillInject, DrillLesson, DrillLink,
    DrillResponse, DrillScenario, DrillStatus, DrillTeam, ImprovementFields, InjectChange,
    InjectStatus, LinkRefusal, NewDrill, NewDrillEvaluation, NewDrillLink, NewDrillResponse,
    NewScenario, Result, StoreError,
};

const SCENARIO: &str = "SELECT id, version, format, source, sha256, title, licence, tlp, languages, \
     created_at, created_by FROM drill_scenarios";

const DRILL: &str = "SELECT id, scenario_id, scenario_version, title, level, host, host_team_id, \
     time_zone, start_at, mode, status, languages, public_results, started_at, paused_at, paused_ms, \
     ended_at, created_at, created_by, updated_at, version FROM drills";

const TEAM: &str = "SELECT drill_id, team_id, roles, evidence_consent, check_run_id, added_at, \
     added_by FROM drill_teams";

const LINK: &str = "SELECT id, drill_id, team_id, role, label, created_at, created_by, expires_at, \
     used_at, revoked_at FROM drill_links";

const INJECT: &str = "SELECT drill_id, inject_id, position, status, offset_seconds, title, body, \
     released_at, released_offset, edited_by, edited_at, version FROM drill_injects";

const RESPONSE: &str = "SELECT id, drill_id, team_id, inject_id, expectation, text, blob_sha256, \
     file_name, link_id, submitted_at FROM drill_responses";

const EVALUATION: &str = "SELECT drill_id, team_id, inject_id, expectation, result, score, comment, \
     user_id, link_id, evaluated_at, version FROM drill_evaluations";

const LESSON: &str = "SELECT id, drill_id, question, answer, anonymous, team_id, link_id, user_id, \
     submitted_at FROM drill_lessons";

const IMPROVEMENT: &str = "SELECT id, drill_id, team_id, issue, action, owner, due_on, parameter, \
     status, created_at, created_by, updated_at, updated_by, version FROM drill_improvements";

fn object(drill: i64) -> String {
    format!("drill {drill}")
}

async fn load(w: &mut Write<'_>, id: i64) -> Result<Drill> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{DRILL} WHERE id = $1")))
        .bind(id)
        .fetch_optional(&mut **w)
        .await?
        .ok_or(StoreError::NotFound("drill"))
}

async fn load_inject(w: &mut Write<'_>, drill: i64, inject: &str) -> Result<DrillInject> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{INJECT} WHERE drill_id = $1 AND inject_id = $2"
    )))
    .bind(drill)
    .bind(inject)
    .fetch_optional(&mut **w)
    .await?
    .ok_or(StoreError::NotFound("inject"))
}

impl SqlStore {
    /// Keeps a scenario version. A version already kept is returned as it is, with `false`
    /// (whatever `new` holds: versions are immutable, and the caller compares the SHA-256).
    pub async fn save_scenario(
        &self,
        new: &NewScenario<'_>,
        by: Option<i64>,
    ) -> Result<(DrillScenario, bool)> {
        let mut w = self.write().await?;
        let existing: Option<DrillScenario> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SCENARIO} WHERE id = $1 AND version = $2"
        )))
        .bind(new.id)
        .bind(new.version)
        .fetch_optional(&mut *w)
        .await?;
        if let Some(existing) = existing {
            return Ok((existing, false));
        }
        let now = w.now();
        let sha256 = crate::sha256_hex(new.source.as_bytes());
        sqlx::query(
            "INSERT INTO drill_scenarios (id, version, format, source, sha256, title, licence, tlp, \
             languages, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(new.id)
        .bind(new.version)
        .bind(new.format)
        .bind(new.source)
        .bind(&sha256)
        .bind(new.title)
        .bind(new.licence)
        .bind(new.tlp)
        .bind(new.languages)
        .bind(now)
        .bind(by)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "drill.scenario.import")
                .object(format!("scenario {}@{}", new.id, new.version))
                .after(&serde_json::json!({
                    "id": new.id, "version": new.version, "format": new.format,
                    "sha256": sha256, "tlp": new.tlp, "licence": new.licence,
                })),
        )
        .await?;
        let saved: DrillScenario = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SCENARIO} WHERE id = $1 AND version = $2"
        )))
        .bind(new.id)
        .bind(new.version)
        .fetch_one(&mut *w)
        .await?;
        w.commit().await?;
        Ok((saved, true))
    }

    pub async fn scenario(&self, id: &str, version: &str) -> Result<DrillScenario> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SCENARIO} WHERE id = $1 AND version = $2"
        )))
        .bind(id)
        .bind(version)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("scenario"))
    }

    pub async fn scenarios(&self) -> Result<Vec<DrillScenario>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SCENARIO} ORDER BY id, created_at, version"
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Creates a drill, `planned`, version 1, with one pending row per inject.
    pub async fn create_drill(&self, new: &NewDrill<'_>, by: Option<i64>) -> Result<Drill> {
        let mut w = self.write().await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO drills (scenario_id, scenario_version, title, level, host, host_team_id, \
             time_zone, start_at, mode, status, languages, public_results, paused_ms, created_at, \
             created_by, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 0, $13, $14, $13, 1) RETURNING id",
        )
        .bind(new.scenario_id)
        .bind(new.scenario_version)
        .bind(new.title)
        .bind(new.level)
        .bind(new.host)
        .bind(new.host_team_id)
        .bind(new.time_zone)
        .bind(new.start_at)
        .bind(new.mode)
        .bind(DrillStatus::Planned)
        .bind(new.languages)
        .bind(new.public_results)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        for (position, inject) in new.injects.iter().enumerate() {
            sqlx::query(
                "INSERT INTO drill_injects (drill_id, inject_id, position, status, version) \
                 VALUES ($1, $2, $3, $4, 1)",
            )
            .bind(id)
            .bind(*inject)
            .bind(position as i64)
            .bind(InjectStatus::Pending)
            .execute(&mut *w)
            .await?;
        }
        w.audit(
            &AuditEvent::new(by, "drill.create")
                .object(object(id))
                .after(&serde_json::json!({
                    "scenario": new.scenario_id, "version": new.scenario_version,
                    "title": new.title, "level": new.level, "host": new.host,
                    "host_team": new.host_team_id, "time_zone": new.time_zone,
                    "start_at": new.start_at, "mode": new.mode, "languages": new.languages,
                    "public_results": new.public_results,
                })),
        )
        .await?;
        let drill = load(&mut w, id).await?;
        w.commit().await?;
        Ok(drill)
    }

    pub async fn drill(&self, id: i64) -> Result<Drill> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{DRILL} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("drill"))
    }

    /// Every drill, the latest start first.
    pub async fn drills(&self) -> Result<Vec<Drill>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{DRILL} ORDER BY start_at DESC, id DESC"
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Moves a drill to `to` with its clock, on version `expected` and from one of `from`
    /// (else `Stale`). Audited as `drill.<to>`.
    pub async fn set_drill_status(
        &self,
        id: i64,
        expected: i64,
        from: &[DrillStatus],
        to: DrillStatus,
        clock: &DrillClock,
        by: Option<i64>,
    ) -> Result<Drill> {
        let mut w = self.write().await?;
        let drill = load(&mut w, id).await?;
        if drill.version != expected || !from.contains(&drill.status) {
            return Err(StoreError::Stale {
                what: "drill",
                version: drill.version,
            });
        }
        let now = w.now();
        sqlx::query(
            "UPDATE drills SET status = $1, started_at = $2, paused_at = $3, paused_ms = $4, \
             ended_at = $5, updated_at = $6, version = version + 1 WHERE id = $7",
        )
        .bind(to)
        .bind(clock.started_at)
        .bind(clock.paused_at)
        .bind(clock.paused_ms)
        .bind(clock.ended_at)
        .bind(now)
        .bind(id)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, &format!("drill.{}", to.as_str()))
                .object(object(id))
                .before(&serde_json::json!({ "status": drill.status }))
                .after(&serde_json::json!({ "status": to })),
        )
        .await?;
        let drill = load(&mut w, id).await?;
        w.commit().await?;
        Ok(drill)
    }

    /// Adds a directory team to a drill, or changes its roles and consent. Audited as
    /// `drill.team`.
    pub async fn add_drill_team(
        &self,
        drill: i64,
        team: &str,
        roles: &str,
        evidence_consent: bool,
        by: Option<i64>,
    ) -> Result<DrillTeam> {
        let mut w = self.write().await?;
        load(&mut w, drill).await?;
        let now = w.now();
        sqlx::query(
            "INSERT INTO drill_teams (drill_id, team_id, roles, evidence_consent, added_at, added_by) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (drill_id, team_id) DO UPDATE SET \
             roles = excluded.roles, evidence_consent = excluded.evidence_consent",
        )
        .bind(drill)
        .bind(team)
        .bind(roles)
        .bind(evidence_consent)
        .bind(now)
        .bind(by)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "drill.team")
                .object(object(drill))
                .after(&serde_json::json!({
                    "team": team, "roles": roles, "evidence_consent": evidence_consent,
                })),
        )
        .await?;
        let row: DrillTeam = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{TEAM} WHERE drill_id = $1 AND team_id = $2"
        )))
        .bind(drill)
        .bind(team)
        .fetch_one(&mut *w)
        .await?;
        w.commit().await?;
        Ok(row)
    }

    /// A drill's teams, by team id.
    pub async fn drill_teams(&self, drill: i64) -> Result<Vec<DrillTeam>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{TEAM} WHERE drill_id = $1 ORDER BY team_id"
        )))
        .bind(drill)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Records the reachability check that checked a team's communications for a drill.
    pub async fn set_drill_check(
        &self,
        drill: i64,
        team: &str,
        run: i64,
        by: Option<i64>,
    ) -> Result<()> {
        let mut w = self.write().await?;
        let done = sqlx::query(
            "UPDATE drill_teams SET check_run_id = $1 WHERE drill_id = $2 AND team_id = $3",
        )
        .bind(run)
        .bind(drill)
        .bind(team)
        .execute(&mut *w)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("drill team"));
        }
        w.audit(
            &AuditEvent::new(by, "drill.comms_check.team")
                .object(object(drill))
                .after(&serde_json::json!({ "team": team, "check": run })),
        )
        .await?;
        w.commit().await
    }

    /// Keeps a new participant link (its hash only). Audited as `drill.link.issue`, without the
    /// hash.
    pub async fn issue_drill_link(
        &self,
        new: &NewDrillLink<'_>,
        by: Option<i64>,
    ) -> Result<DrillLink> {
        let mut w = self.write().await?;
        load(&mut w, new.drill_id).await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO drill_links (drill_id, team_id, role, label, token_hash, created_at, \
             created_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(new.drill_id)
        .bind(new.team_id)
        .bind(new.role)
        .bind(new.label)
        .bind(new.token_hash)
        .bind(now)
        .bind(by)
        .bind(new.expires_at)
        .fetch_one(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "drill.link.issue")
                .object(object(new.drill_id))
                .after(&serde_json::json!({
                    "link": id, "team": new.team_id, "role": new.role, "label": new.label,
                    "expires_at": new.expires_at,
                })),
        )
        .await?;
        let link = sqlx::query_as(sqlx::AssertSqlSafe(format!("{LINK} WHERE id = $1")))
            .bind(id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(link)
    }

    /// A drill's links, in the order they were issued.
    pub async fn drill_links(&self, drill: i64) -> Result<Vec<DrillLink>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{LINK} WHERE drill_id = $1 ORDER BY id"
        )))
        .bind(drill)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Uses the link whose hash is `link_hash` at `now` to open a session kept as
    /// `session_hash` until `session_expires`: once only, before the link expires and, once
    /// its drill has ended, no later than `grace` milliseconds after the end (the session
    /// ends then too). The link, or why not (nothing written). Audited as `drill.link.redeem`.
    pub async fn redeem_drill_link(
        &self,
        link_hash: &str,
        session_hash: &str,
        now: i64,
        session_expires: i64,
        grace: i64,
    ) -> Result<std::result::Result<DrillLink, LinkRefusal>> {
        let mut w = self.write().await?;
        let link: Option<DrillLink> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{LINK} WHERE token_hash = $1")))
                .bind(link_hash)
                .fetch_optional(&mut *w)
                .await?;
        let Some(link) = link else {
            return Ok(Err(LinkRefusal::Unknown));
        };
        if link.revoked_at.is_some() {
            return Ok(Err(LinkRefusal::Revoked));
        }
        if link.used_at.is_some() {
            return Ok(Err(LinkRefusal::Used));
        }
        let ended = load(&mut w, link.drill_id).await?.ended_at;
        let closes = ended.map_or(link.expires_at, |e| link.expires_at.min(e + grace));
        if now >= closes {
            return Ok(Err(LinkRefusal::Expired));
        }
        sqlx::query("UPDATE drill_links SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(link.id)
            .execute(&mut *w)
            .await?;
        sqlx::query(
            "INSERT INTO drill_sessions (token_hash, link_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(session_hash)
        .bind(link.id)
        .bind(now)
        .bind(session_expires.min(closes))
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(None, "drill.link.redeem")
                .object(object(link.drill_id))
                .after(&serde_json::json!({ "link": link.id, "team": link.team_id, "role": link.role })),
        )
        .await?;
        let link = sqlx::query_as(sqlx::AssertSqlSafe(format!("{LINK} WHERE id = $1")))
            .bind(link.id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(Ok(link))
    }

    /// The link of a session open at `now` (an unknown, expired or revoked one is `NotFound`).
    pub async fn drill_session(&self, session_hash: &str, now: i64) -> Result<DrillLink> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{LINK} WHERE revoked_at IS NULL AND id = (SELECT link_id FROM drill_sessions \
             WHERE token_hash = $1 AND expires_at > $2)"
        )))
        .bind(session_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("drill session"))
    }

    /// Revokes a link and closes its session. Audited as `drill.link.revoke`.
    pub async fn revoke_drill_link(&self, id: i64, by: Option<i64>) -> Result<DrillLink> {
        let mut w = self.write().await?;
        let link: DrillLink = sqlx::query_as(sqlx::AssertSqlSafe(format!("{LINK} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("drill link"))?;
        let now = w.now();
        sqlx::query("UPDATE drill_links SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .execute(&mut *w)
            .await?;
        w.audit(
            &AuditEvent::new(by, "drill.link.revoke")
                .object(object(link.drill_id))
                .after(&serde_json::json!({ "link": id })),
        )
        .await?;
        let link = sqlx::query_as(sqlx::AssertSqlSafe(format!("{LINK} WHERE id = $1")))
            .bind(id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(link)
    }

    /// A drill's injects in scenario order.
    pub async fn drill_injects(&self, drill: i64) -> Result<Vec<DrillInject>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{INJECT} WHERE drill_id = $1 ORDER BY position"
        )))
        .bind(drill)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Applies the facilitator's change to an inject on its version `expected`. An inject that
    /// was released, or another version, is `Stale`: a released inject never changes. Audited
    /// as `drill.inject.<release|hold|resume|skip|edit>`.
    pub async fn change_drill_inject(
        &self,
        drill: i64,
        inject: &str,
        expected: i64,
        change: &InjectChange,
        by: Option<i64>,
    ) -> Result<DrillInject> {
        let mut w = self.write().await?;
        let current = load_inject(&mut w, drill, inject).await?;
        if current.version != expected || current.status == InjectStatus::Released {
            return Err(StoreError::Stale {
                what: "inject",
                version: current.version,
            });
        }
        let now = w.now();
        let mut next = current.clone();
        let action = match change {
            InjectChange::Release { offset } => {
                next.status = InjectStatus::Released;
                next.released_at = Some(now);
                next.released_offset = Some(*offset);
                "release"
            }
            InjectChange::Hold => {
                next.status = InjectStatus::Held;
                "hold"
            }
            InjectChange::Resume => {
                next.status = InjectStatus::Pending;
                "resume"
            }
            InjectChange::Skip => {
                next.status = InjectStatus::Skipped;
                "skip"
            }
            InjectChange::Edit {
                offset_seconds,
                title,
                body,
            } => {
                if offset_seconds.is_some() {
                    next.offset_seconds = *offset_seconds;
                }
                if title.is_some() {
                    next.title.clone_from(title);
                }
                if body.is_some() {
                    next.body.clone_from(body);
                }
                next.edited_by = by;
                next.edited_at = Some(now);
                "edit"
            }
        };
        sqlx::query(
            "UPDATE drill_injects SET status = $1, offset_seconds = $2, title = $3, body = $4, \
             released_at = $5, released_offset = $6, edited_by = $7, edited_at = $8, \
             version = version + 1 WHERE drill_id = $9 AND inject_id = $10",
        )
        .bind(next.status)
        .bind(next.offset_seconds)
        .bind(&next.title)
        .bind(&next.body)
        .bind(next.released_at)
        .bind(next.released_offset)
        .bind(next.edited_by)
        .bind(next.edited_at)
        .bind(drill)
        .bind(inject)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, &format!("drill.inject.{action}"))
                .object(object(drill))
                .question(inject)
                .before(&serde_json::json!({
                    "status": current.status, "offset": current.offset_seconds,
                    "title": current.title, "body": current.body,
                }))
                .after(&serde_json::json!({
                    "status": next.status, "offset": next.offset_seconds,
                    "title": next.title, "body": next.body,
                    "released_offset": next.released_offset,
                })),
        )
        .await?;
        let row = load_inject(&mut w, drill, inject).await?;
        w.commit().await?;
        Ok(row)
    }

    /// Records a team's response to a released inject (an inject not released is `Stale`).
    /// Audited as `drill.respond` (by the link, the text kept out of the trail).
    pub async fn add_drill_response(&self, new: &NewDrillResponse<'_>) -> Result<DrillResponse> {
        let mut w = self.write().await?;
        let inject = load_inject(&mut w, new.drill_id, new.inject_id).await?;
        if inject.status != InjectStatus::Released {
            return Err(StoreError::Stale {
                what: "inject",
                version: inject.version,
            });
        }
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO drill_responses (drill_id, team_id, inject_id, expectation, text, \
             blob_sha256, file_name, link_id, submitted_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(new.drill_id)
        .bind(new.team_id)
        .bind(new.inject_id)
        .bind(new.expectation)
        .bind(new.text)
        .bind(new.blob_sha256)
        .bind(new.file_name)
        .bind(new.link_id)
        .bind(now)
        .fetch_one(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(None, "drill.respond")
                .object(object(new.drill_id))
                .question(new.inject_id)
                .confidential(true)
                .after(&serde_json::json!({
                    "response": id, "team": new.team_id, "expectation": new.expectation,
                    "link": new.link_id, "document": new.blob_sha256,
                })),
        )
        .await?;
        let row = sqlx::query_as(sqlx::AssertSqlSafe(format!("{RESPONSE} WHERE id = $1")))
            .bind(id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(row)
    }

    /// A drill's responses, of one team or all, oldest first.
    pub async fn drill_responses(
        &self,
        drill: i64,
        team: Option<&str>,
    ) -> Result<Vec<DrillResponse>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{RESPONSE} WHERE drill_id = $1 AND ($2 IS NULL OR team_id = $2) ORDER BY id"
        )))
        .bind(drill)
        .bind(team)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Saves a verdict on version `expected` (0: none yet; another is `Stale`). Audited as
    /// `drill.evaluate`.
    pub async fn save_drill_evaluation(
        &self,
        new: &NewDrillEvaluation<'_>,
        by: Option<i64>,
    ) -> Result<DrillEvaluation> {
        let mut w = self.write().await?;
        let select = format!(
            "{EVALUATION} WHERE drill_id = $1 AND team_id = $2 AND inject_id = $3 AND expectation = $4"
        );
        let current: Option<DrillEvaluation> = sqlx::query_as(sqlx::AssertSqlSafe(select.clone()))
            .bind(new.drill_id)
            .bind(new.team_id)
            .bind(new.inject_id)
            .bind(new.expectation)
            .fetch_optional(&mut *w)
            .await?;
        let version = current.as_ref().map_or(0, |c| c.version);
        if version != new.expected {
            return Err(StoreError::Stale {
                what: "evaluation",
                version,
            });
        }
        let now = w.now();
        sqlx::query(
            "INSERT INTO drill_evaluations (drill_id, team_id, inject_id, expectation, result, score, \
             comment, user_id, link_id, evaluated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1) \
             ON CONFLICT (drill_id, team_id, inject_id, expectation) DO UPDATE SET \
             result = excluded.result, score = excluded.score, comment = excluded.comment, \
             user_id = excluded.user_id, link_id = excluded.link_id, \
             evaluated_at = excluded.evaluated_at, version = drill_evaluations.version + 1",
        )
        .bind(new.drill_id)
        .bind(new.team_id)
        .bind(new.inject_id)
        .bind(new.expectation)
        .bind(new.result)
        .bind(new.score)
        .bind(new.comment)
        .bind(new.user_id)
        .bind(new.link_id)
        .bind(now)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "drill.evaluate")
                .object(object(new.drill_id))
                .question(new.inject_id)
                .confidential(true)
                .before(&current.as_ref().map(|c| {
                    serde_json::json!({ "result": c.result, "score": c.score, "comment": c.comment })
                }))
                .after(&serde_json::json!({
                    "team": new.team_id, "expectation": new.expectation, "result": new.result,
                    "score": new.score, "comment": new.comment, "link": new.link_id,
                })),
        )
        .await?;
        let row = sqlx::query_as(sqlx::AssertSqlSafe(select))
            .bind(new.drill_id)
            .bind(new.team_id)
            .bind(new.inject_id)
            .bind(new.expectation)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(row)
    }

    /// A drill's verdicts, of one team or all.
    pub async fn drill_evaluations(
        &self,
        drill: i64,
        team: Option<&str>,
    ) -> Result<Vec<DrillEvaluation>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{EVALUATION} WHERE drill_id = $1 AND ($2 IS NULL OR team_id = $2) \
             ORDER BY team_id, inject_id, expectation"
        )))
        .bind(drill)
        .bind(team)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Records an answer to the lessons questionnaire; an anonymous one keeps no team, link
    /// or account, in the row or the trail. Audited as `drill.lesson`.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_drill_lesson(
        &self,
        drill: i64,
        question: &str,
        answer: &str,
        anonymous: bool,
        team: Option<&str>,
        link: Option<i64>,
        user: Option<i64>,
    ) -> Result<DrillLesson> {
        let (team, link, user) = if anonymous {
            (None, None, None)
        } else {
            (team, link, user)
        };
        let mut w = self.write().await?;
        load(&mut w, drill).await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO drill_lessons (drill_id, question, answer, anonymous, team_id, link_id, \
             user_id, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(drill)
        .bind(question)
        .bind(answer)
        .bind(anonymous)
        .bind(team)
        .bind(link)
        .bind(user)
        .bind(now)
        .fetch_one(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(user, "drill.lesson")
                .object(object(drill))
                .confidential(true)
                .after(&serde_json::json!({
                    "lesson": id, "question": question, "anonymous": anonymous,
                    "team": team, "link": link,
                })),
        )
        .await?;
        let row = sqlx::query_as(sqlx::AssertSqlSafe(format!("{LESSON} WHERE id = $1")))
            .bind(id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(row)
    }

    pub async fn drill_lessons(&self, drill: i64) -> Result<Vec<DrillLesson>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{LESSON} WHERE drill_id = $1 ORDER BY id"
        )))
        .bind(drill)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Adds an item to a drill's improvement plan. Audited as `drill.improvement.add`.
    pub async fn add_drill_improvement(
        &self,
        drill: i64,
        fields: &ImprovementFields,
        by: Option<i64>,
    ) -> Result<DrillImprovement> {
        let mut w = self.write().await?;
        load(&mut w, drill).await?;
        let now = w.now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO drill_improvements (drill_id, team_id, issue, action, owner, due_on, \
             parameter, status, created_at, created_by, updated_at, updated_by, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9, $10, 1) RETURNING id",
        )
        .bind(drill)
        .bind(&fields.team_id)
        .bind(&fields.issue)
        .bind(&fields.action)
        .bind(&fields.owner)
        .bind(&fields.due_on)
        .bind(&fields.parameter)
        .bind(fields.status)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "drill.improvement.add")
                .object(object(drill))
                .after(&improvement_json(id, fields)),
        )
        .await?;
        let row = sqlx::query_as(sqlx::AssertSqlSafe(format!("{IMPROVEMENT} WHERE id = $1")))
            .bind(id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(row)
    }

    /// Changes an improvement item on its version `expected` (else `Stale`). Audited as
    /// `drill.improvement.update`.
    pub async fn update_drill_improvement(
        &self,
        id: i64,
        expected: i64,
        fields: &ImprovementFields,
        by: Option<i64>,
    ) -> Result<DrillImprovement> {
        let mut w = self.write().await?;
        let select = format!("{IMPROVEMENT} WHERE id = $1");
        let current: DrillImprovement = sqlx::query_as(sqlx::AssertSqlSafe(select.clone()))
            .bind(id)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("improvement"))?;
        if current.version != expected {
            return Err(StoreError::Stale {
                what: "improvement",
                version: current.version,
            });
        }
        let now = w.now();
        sqlx::query(
            "UPDATE drill_improvements SET team_id = $1, issue = $2, action = $3, owner = $4, \
             due_on = $5, parameter = $6, status = $7, updated_at = $8, updated_by = $9, \
             version = version + 1 WHERE id = $10",
        )
        .bind(&fields.team_id)
        .bind(&fields.issue)
        .bind(&fields.action)
        .bind(&fields.owner)
        .bind(&fields.due_on)
        .bind(&fields.parameter)
        .bind(fields.status)
        .bind(now)
        .bind(by)
        .bind(id)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "drill.improvement.update")
                .object(object(current.drill_id))
                .before(&serde_json::json!({
                    "issue": current.issue, "action": current.action, "owner": current.owner,
                    "due_on": current.due_on, "parameter": current.parameter,
                    "status": current.status,
                }))
                .after(&improvement_json(id, fields)),
        )
        .await?;
        let row = sqlx::query_as(sqlx::AssertSqlSafe(select))
            .bind(id)
            .fetch_one(&mut *w)
            .await?;
        w.commit().await?;
        Ok(row)
    }

    pub async fn drill_improvement(&self, id: i64) -> Result<DrillImprovement> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{IMPROVEMENT} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("improvement"))
    }

    pub async fn drill_improvements(&self, drill: i64) -> Result<Vec<DrillImprovement>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{IMPROVEMENT} WHERE drill_id = $1 ORDER BY id"
        )))
        .bind(drill)
        .fetch_all(&self.pool)
        .await?)
    }
}

fn improvement_json(id: i64, f: &ImprovementFields) -> serde_json::Value {
    serde_json::json!({
        "item": id, "team": f.team_id, "issue": f.issue, "action": f.action, "owner": f.owner,
        "due_on": f.due_on, "parameter": f.parameter, "status": f.status,
    })
}
