//! The establishment tracker (issue 17, part 6): engagements per country through the phases
//! of establishing a national CIRT, their phase changes, deliverables and planned services.
//!
//! The store applies what the workflow decided (`cyberindex_workflow::establishment`: who may
//! do what, which phase comes next, whether the required deliverable is approved); it checks
//! only what must hold under the write lock: one engagement per country that is not closed,
//! the version a phase change or a decision was made on (another is [`StoreError::Stale`] with
//! the current version), and that a closed engagement changes no more. Every write is audited
//! (`establishment.*`), with the engagement as its object and its country.

use super::{SqlStore, Write};
use crate::audit::AuditEvent;
use crate::{
    Deliverable, DeliverableSource, DeliverableStatus, Engagement, NewDeliverable, Phase,
    PhaseChange, PlannedService, Result, StoreError,
};

const ENGAGEMENT: &str = "SELECT id, country, team_id, phase, phase_since, note, created_at, \
     created_by, updated_at, version FROM establishment_engagements";

const DELIVERABLE: &str = "SELECT id, engagement_id, phase, kind, title, issued_on, url, sha256, \
     file_name, media_type, size, status, comment, decided_at, decided_by, created_at, created_by, \
     version FROM establishment_deliverables";

fn event(by: Option<i64>, action: &str, engagement: &Engagement) -> AuditEvent {
    let mut event = AuditEvent::new(by, action).object(format!("engagement {}", engagement.id));
    event.country = Some(engagement.country.clone());
    event
}

fn stale(engagement: &Engagement) -> StoreError {
    StoreError::Stale {
        what: "engagement",
        version: engagement.version,
    }
}

async fn load(w: &mut Write<'_>, id: i64) -> Result<Engagement> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENGAGEMENT} WHERE id = $1")))
        .bind(id)
        .fetch_optional(&mut **w)
        .await?
        .ok_or(StoreError::NotFound("engagement"))
}

async fn record_phase(
    w: &mut Write<'_>,
    id: i64,
    from: &str,
    to: Phase,
    note: &str,
    by: Option<i64>,
) -> Result<()> {
    let now = w.now();
    sqlx::query(
        "INSERT INTO establishment_phase_changes (engagement_id, from_phase, to_phase, note, \
         changed_at, changed_by) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id)
    .bind(from)
    .bind(to.as_str())
    .bind(note)
    .bind(now)
    .bind(by)
    .execute(&mut **w)
    .await?;
    Ok(())
}

impl SqlStore {
    /// Creates an engagement of `country` in the `assessment` phase, version 1, audited as
    /// `establishment.create`. `Ok(Err(id))` when the country already has an engagement that is
    /// not closed (its id): nothing is written.
    pub async fn create_engagement(
        &self,
        country: &str,
        team: Option<&str>,
        note: &str,
        by: Option<i64>,
    ) -> Result<std::result::Result<Engagement, i64>> {
        let mut w = self.write().await?;
        let now = w.now();
        let open: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM establishment_engagements WHERE country = $1 AND phase <> 'closed'",
        )
        .bind(country)
        .fetch_optional(&mut *w)
        .await?;
        if let Some(open) = open {
            return Ok(Err(open));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO establishment_engagements (country, team_id, phase, phase_since, note, \
             created_at, created_by, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $4, $6, $4, 1) RETURNING id",
        )
        .bind(country)
        .bind(team)
        .bind(Phase::Assessment)
        .bind(now)
        .bind(note)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        record_phase(&mut w, id, "", Phase::Assessment, note, by).await?;
        let engagement = load(&mut w, id).await?;
        w.audit(&event(by, "establishment.create", &engagement).after(&engagement))
            .await?;
        w.commit().await?;
        Ok(Ok(engagement))
    }

    pub async fn engagement(&self, id: i64) -> Result<Engagement> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{ENGAGEMENT} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("engagement"))
    }

    /// Every engagement, by country, the latest first within a country.
    pub async fn engagements(&self) -> Result<Vec<Engagement>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ENGAGEMENT} ORDER BY country, id DESC"
        )))
        .fetch_all(&self.pool)
        .await?)
    }

    /// Moves an engagement to phase `to` on the version `expected`, with a note kept in the
    /// phase history and the audit trail (`establishment.phase`). A closed engagement or
    /// another version is `Stale`.
    pub async fn move_engagement(
        &self,
        id: i64,
        expected: i64,
        to: Phase,
        note: &str,
        by: Option<i64>,
    ) -> Result<Engagement> {
        let mut w = self.write().await?;
        let now = w.now();
        let before = load(&mut w, id).await?;
        if before.version != expected || before.phase == Phase::Closed {
            return Err(stale(&before));
        }
        sqlx::query(
            "UPDATE establishment_engagements SET phase = $1, phase_since = $2, updated_at = $2, \
             version = version + 1 WHERE id = $3",
        )
        .bind(to)
        .bind(now)
        .bind(id)
        .execute(&mut *w)
        .await?;
        record_phase(&mut w, id, before.phase.as_str(), to, note, by).await?;
        let after = load(&mut w, id).await?;
        w.audit(
            &event(by, "establishment.phase", &after)
                .before(&serde_json::json!({ "phase": before.phase }))
                .after(&serde_json::json!({ "phase": to }))
                .reason(note),
        )
        .await?;
        w.commit().await?;
        Ok(after)
    }

    /// Links the engagement to a directory team (or unlinks it, with `None`) on the version
    /// `expected`, audited as `establishment.team`.
    pub async fn set_engagement_team(
        &self,
        id: i64,
        expected: i64,
        team: Option<&str>,
        by: Option<i64>,
    ) -> Result<Engagement> {
        let mut w = self.write().await?;
        let now = w.now();
        let before = load(&mut w, id).await?;
        if before.version != expected || before.phase == Phase::Closed {
            return Err(stale(&before));
        }
        sqlx::query(
            "UPDATE establishment_engagements SET team_id = $1, updated_at = $2, \
             version = version + 1 WHERE id = $3",
        )
        .bind(team)
        .bind(now)
        .bind(id)
        .execute(&mut *w)
        .await?;
        let after = load(&mut w, id).await?;
        w.audit(
            &event(by, "establishment.team", &after)
                .before(&serde_json::json!({ "team": before.team_id }))
                .after(&serde_json::json!({ "team": team })),
        )
        .await?;
        w.commit().await?;
        Ok(after)
    }

    /// The phase history of an engagement, oldest first (its creation first).
    pub async fn phase_changes(&self, engagement: i64) -> Result<Vec<PhaseChange>> {
        Ok(sqlx::query_as(
            "SELECT id, engagement_id, from_phase, to_phase, note, changed_at, changed_by \
             FROM establishment_phase_changes WHERE engagement_id = $1 ORDER BY id",
        )
        .bind(engagement)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Adds a deliverable, `submitted`, audited as `establishment.deliverable.add`. A closed
    /// engagement is `Stale`.
    pub async fn add_deliverable(
        &self,
        new: &NewDeliverable,
        by: Option<i64>,
    ) -> Result<Deliverable> {
        let mut w = self.write().await?;
        let now = w.now();
        let owner = load(&mut w, new.engagement_id).await?;
        if owner.phase == Phase::Closed {
            return Err(stale(&owner));
        }
        let (url, sha256, file_name, media_type, size) = match &new.source {
            DeliverableSource::Url(url) => (Some(url.as_str()), None, None, None, None),
            DeliverableSource::File {
                sha256,
                file_name,
                media_type,
                size,
            } => (
                None,
                Some(sha256.as_str()),
                Some(file_name.as_str()),
                Some(media_type.as_str()),
                Some(*size),
            ),
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO establishment_deliverables (engagement_id, phase, kind, title, issued_on, \
             url, sha256, file_name, media_type, size, status, comment, created_at, created_by, \
             version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '', $12, $13, 1) \
             RETURNING id",
        )
        .bind(new.engagement_id)
        .bind(new.phase)
        .bind(new.kind)
        .bind(&new.title)
        .bind(&new.issued_on)
        .bind(url)
        .bind(sha256)
        .bind(file_name)
        .bind(media_type)
        .bind(size)
        .bind(DeliverableStatus::Submitted)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        let item: Deliverable =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{DELIVERABLE} WHERE id = $1")))
                .bind(id)
                .fetch_one(&mut *w)
                .await?;
        w.audit(&event(by, "establishment.deliverable.add", &owner).after(&item))
            .await?;
        w.commit().await?;
        Ok(item)
    }

    /// Records the secretariat's decision on a deliverable (`approved` or
    /// `changes_requested`, with a comment) on its version `expected`, audited as
    /// `establishment.deliverable.decide`. A deliverable already decided, another version or a
    /// closed engagement is `Stale`.
    pub async fn decide_deliverable(
        &self,
        id: i64,
        expected: i64,
        status: DeliverableStatus,
        comment: &str,
        by: Option<i64>,
    ) -> Result<Deliverable> {
        let mut w = self.write().await?;
        let now = w.now();
        let before: Deliverable =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{DELIVERABLE} WHERE id = $1")))
                .bind(id)
                .fetch_optional(&mut *w)
                .await?
                .ok_or(StoreError::NotFound("deliverable"))?;
        let owner = load(&mut w, before.engagement_id).await?;
        if before.version != expected
            || before.status != DeliverableStatus::Submitted
            || owner.phase == Phase::Closed
        {
            return Err(StoreError::Stale {
                what: "deliverable",
                version: before.version,
            });
        }
        sqlx::query(
            "UPDATE establishment_deliverables SET status = $1, comment = $2, decided_at = $3, \
             decided_by = $4, version = version + 1 WHERE id = $5",
        )
        .bind(status)
        .bind(comment)
        .bind(now)
        .bind(by)
        .bind(id)
        .execute(&mut *w)
        .await?;
        let after: Deliverable =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{DELIVERABLE} WHERE id = $1")))
                .bind(id)
                .fetch_one(&mut *w)
                .await?;
        w.audit(
            &event(by, "establishment.deliverable.decide", &owner)
                .before(&serde_json::json!({ "deliverable": id, "status": before.status }))
                .after(&serde_json::json!({ "deliverable": id, "status": status }))
                .reason(comment),
        )
        .await?;
        w.commit().await?;
        Ok(after)
    }

    pub async fn deliverable(&self, id: i64) -> Result<Deliverable> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{DELIVERABLE} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("deliverable"))
    }

    /// The deliverables of one engagement, or of every engagement (`None`), oldest first.
    pub async fn deliverables(&self, engagement: Option<i64>) -> Result<Vec<Deliverable>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{DELIVERABLE} WHERE ($1 IS NULL OR engagement_id = $1) ORDER BY engagement_id, id"
        )))
        .bind(engagement)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Replaces the planned services of an engagement with `services` (service id, phase) in
    /// one write, audited as `establishment.services` with the list before and after. A closed
    /// engagement is `Stale`.
    pub async fn set_planned_services(
        &self,
        engagement: i64,
        services: &[(String, Phase)],
        by: Option<i64>,
    ) -> Result<Vec<PlannedService>> {
        let mut w = self.write().await?;
        let now = w.now();
        let owner = load(&mut w, engagement).await?;
        if owner.phase == Phase::Closed {
            return Err(stale(&owner));
        }
        let before: Vec<(String, Phase)> = sqlx::query_as(
            "SELECT service_id, phase FROM establishment_services WHERE engagement_id = $1 \
             ORDER BY service_id",
        )
        .bind(engagement)
        .fetch_all(&mut *w)
        .await?;
        sqlx::query("DELETE FROM establishment_services WHERE engagement_id = $1")
            .bind(engagement)
            .execute(&mut *w)
            .await?;
        for (service, phase) in services {
            sqlx::query(
                "INSERT INTO establishment_services (engagement_id, service_id, phase, updated_at, \
                 updated_by) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(engagement)
            .bind(service)
            .bind(phase)
            .bind(now)
            .bind(by)
            .execute(&mut *w)
            .await?;
        }
        let after: Vec<PlannedService> = sqlx::query_as(
            "SELECT engagement_id, service_id, phase, updated_at, updated_by \
             FROM establishment_services WHERE engagement_id = $1 ORDER BY service_id",
        )
        .bind(engagement)
        .fetch_all(&mut *w)
        .await?;
        let before: Vec<serde_json::Value> = before
            .iter()
            .map(|(s, p)| serde_json::json!({ "service": s, "phase": p }))
            .collect();
        let listed: Vec<serde_json::Value> = after
            .iter()
            .map(|s| serde_json::json!({ "service": s.service_id, "phase": s.phase }))
            .collect();
        w.audit(
            &event(by, "establishment.services", &owner)
                .before(&before)
                .after(&listed),
        )
        .await?;
        w.commit().await?;
        Ok(after)
    }

    /// The planned services of an engagement, by service id.
    pub async fn planned_services(&self, engagement: i64) -> Result<Vec<PlannedService>> {
        Ok(sqlx::query_as(
            "SELECT engagement_id, service_id, phase, updated_at, updated_by \
             FROM establishment_services WHERE engagement_id = $1 ORDER BY service_id",
        )
        .bind(engagement)
        .fetch_all(&self.pool)
        .await?)
    }
}
