//! CIRT maturity assessments (issue 17): assessments of directory teams in rounds, their
//! parameters (self-assessed and validated levels side by side), snapshots of every step,
//! evidence per parameter, and the teams' roadmaps.
//!
//! The store applies what the workflow decided (`cyberindex_workflow::maturity`: which step
//! leads where, who may take it); it checks only what must hold under the write lock: the
//! version a change was decided on, the status a step starts from, that self levels change only
//! in `self_assessment` and validated levels only in `peer_review`, and that a signed-off
//! assessment changes no more. Each of these is [`StoreError::Stale`] with the current version.
//! Every write is audited (`maturity.*`), with the assessment as its object.

use std::collections::BTreeMap;

use super::{SqlStore, Write};
use crate::audit::AuditEvent;
use crate::{
    Assessment, AssessmentSnapshot, AssessmentStatus, EvidenceSource, Level, LevelSave,
    MaturityEvidence, NewAssessment, NewMaturityEvidence, NewRoadmapItem, ParameterAnswer, Result,
    RoadmapChange, RoadmapItem, RoadmapStatus, SnapshotEntry, Step, StoreError,
};

const ASSESSMENT: &str = "SELECT id, team_id, framework_id, framework_version, framework_sha256, kind, \
     status, round, reviewer_id, created_at, created_by, updated_at, signed_off_at, signed_off_by, \
     version FROM maturity_assessments";

const ANSWER: &str = "SELECT assessment_id, parameter, self_level, note, self_by, self_at, \
     validated_level, comment, validated_by, validated_at, version FROM maturity_answers";

const EVIDENCE: &str = "SELECT id, assessment_id, parameter, kind, url, sha256, file_name, media_type, \
     size, ping_id, title, issued_on, expires_on, created_at, created_by, deleted_at \
     FROM maturity_evidence";

const ROADMAP: &str = "SELECT id, team_id, assessment_id, profile_id, level_id, parameter, from_level, \
     to_level, action, owner, due_on, status, service_id, created_at, created_by, updated_at, \
     updated_by, version FROM maturity_roadmap";

type SnapshotRow = (
    i64,
    i64,
    i64,
    String,
    AssessmentStatus,
    String,
    String,
    i64,
    Option<i64>,
);

fn object(id: i64) -> String {
    format!("assessment {id}")
}

fn stale(assessment: &Assessment) -> StoreError {
    StoreError::Stale {
        what: "assessment",
        version: assessment.version,
    }
}

/// The assessment inside a write.
async fn load(w: &mut Write<'_>, id: i64) -> Result<Assessment> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{ASSESSMENT} WHERE id = $1")))
        .bind(id)
        .fetch_optional(&mut **w)
        .await?
        .ok_or(StoreError::NotFound("assessment"))
}

/// Every parameter of an assessment as a snapshot keeps it.
async fn entries(w: &mut Write<'_>, id: i64) -> Result<BTreeMap<String, SnapshotEntry>> {
    let rows: Vec<ParameterAnswer> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ANSWER} WHERE assessment_id = $1 ORDER BY parameter"
    )))
    .bind(id)
    .fetch_all(&mut **w)
    .await?;
    Ok(rows
        .into_iter()
        .map(|a| {
            (
                a.parameter,
                SnapshotEntry {
                    self_level: a.self_level,
                    note: a.note,
                    validated_level: a.validated_level,
                    comment: a.comment,
                },
            )
        })
        .collect())
}

/// Records what every parameter holds now, for the step `step` closing round `round`.
async fn snapshot(
    w: &mut Write<'_>,
    assessment: i64,
    round: i64,
    step: &str,
    status: AssessmentStatus,
    reason: &str,
    by: Option<i64>,
) -> Result<()> {
    let now = w.now();
    let parameters = entries(w, assessment).await?;
    let json = serde_json::to_string(&parameters)
        .map_err(|e| StoreError::Corrupt(format!("snapshot of {}: {e}", object(assessment))))?;
    sqlx::query(
        "INSERT INTO maturity_snapshots (assessment_id, round, step, status, reason, snapshot, taken_at, taken_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(assessment)
    .bind(round)
    .bind(step)
    .bind(status)
    .bind(reason)
    .bind(json)
    .bind(now)
    .bind(by)
    .execute(&mut **w)
    .await?;
    Ok(())
}

impl SqlStore {
    /// Creates an assessment in `self_assessment`, round 1, version 1, with an empty snapshot
    /// (`create`), audited as `maturity.create`.
    pub async fn create_assessment(
        &self,
        new: &NewAssessment<'_>,
        by: Option<i64>,
    ) -> Result<Assessment> {
        let mut w = self.write().await?;
        let now = w.now();
        let sha256 = crate::sha256_hex(new.framework_source.as_bytes());
        sqlx::query(
            "INSERT INTO maturity_frameworks (sha256, framework_id, framework_version, source, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(&sha256)
        .bind(new.framework_id)
        .bind(new.framework_version)
        .bind(new.framework_source)
        .bind(now)
        .execute(&mut *w)
        .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO maturity_assessments (team_id, framework_id, framework_version, framework_sha256, \
             kind, status, round, reviewer_id, created_at, created_by, updated_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, 1, NULL, $7, $8, $7, 1) RETURNING id",
        )
        .bind(new.team_id)
        .bind(new.framework_id)
        .bind(new.framework_version)
        .bind(&sha256)
        .bind(new.kind)
        .bind(AssessmentStatus::SelfAssessment)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        snapshot(
            &mut w,
            id,
            1,
            "create",
            AssessmentStatus::SelfAssessment,
            "",
            by,
        )
        .await?;
        w.audit(
            &AuditEvent::new(by, "maturity.create")
                .object(object(id))
                .after(&serde_json::json!({
                    "team": new.team_id,
                    "framework": new.framework_id,
                    "version": new.framework_version,
                    "sha256": sha256,
                    "kind": new.kind,
                })),
        )
        .await?;
        let assessment = load(&mut w, id).await?;
        w.commit().await?;
        Ok(assessment)
    }

    pub async fn assessment(&self, id: i64) -> Result<Assessment> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{ASSESSMENT} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("assessment"))
    }

    /// The framework TOML whose SHA-256 is `sha256` (an assessment's `framework_sha256`).
    pub async fn maturity_framework(&self, sha256: &str) -> Result<String> {
        sqlx::query_scalar("SELECT source FROM maturity_frameworks WHERE sha256 = $1")
            .bind(sha256)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("framework"))
    }

    /// The assessments of one team, or of every team, the latest first.
    pub async fn assessments(&self, team: Option<&str>) -> Result<Vec<Assessment>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ASSESSMENT} WHERE ($1 IS NULL OR team_id = $1) ORDER BY created_at DESC, id DESC"
        )))
        .bind(team)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Assigns the peer reviewer (or removes them, with `None`) on the version `expected`,
    /// audited as `maturity.reviewer`. A signed-off assessment is `Stale`.
    pub async fn set_assessment_reviewer(
        &self,
        id: i64,
        expected: i64,
        reviewer: Option<i64>,
        by: Option<i64>,
    ) -> Result<Assessment> {
        let mut w = self.write().await?;
        let now = w.now();
        let before = load(&mut w, id).await?;
        if before.version != expected || before.status == AssessmentStatus::SignedOff {
            return Err(stale(&before));
        }
        sqlx::query(
            "UPDATE maturity_assessments SET reviewer_id = $1, updated_at = $2, version = version + 1 \
             WHERE id = $3",
        )
        .bind(reviewer)
        .bind(now)
        .bind(id)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "maturity.reviewer")
                .object(object(id))
                .before(&serde_json::json!({ "reviewer": before.reviewer_id }))
                .after(&serde_json::json!({ "reviewer": reviewer })),
        )
        .await?;
        let after = load(&mut w, id).await?;
        w.commit().await?;
        Ok(after)
    }

    /// Takes `step` to status `to` on the version `expected`, the version the step was decided
    /// on (another is `Stale`: every step and reviewer change makes a new version, so the status
    /// is the one the decision saw): a [`Step::Return`] begins the next round, a
    /// [`Step::SignOff`] records who signed off and when. A snapshot of every parameter is kept
    /// for the round the step closes, and the step is audited as `maturity.<step>` with
    /// `reason`.
    pub async fn step_assessment(
        &self,
        id: i64,
        expected: i64,
        step: Step,
        to: AssessmentStatus,
        reason: &str,
        by: Option<i64>,
    ) -> Result<Assessment> {
        let mut w = self.write().await?;
        let now = w.now();
        let before = load(&mut w, id).await?;
        if before.version != expected || before.status == AssessmentStatus::SignedOff {
            return Err(stale(&before));
        }
        let round = before.round + i64::from(step == Step::Return);
        let signed = step == Step::SignOff;
        sqlx::query(
            "UPDATE maturity_assessments SET status = $1, round = $2, updated_at = $3, \
             version = version + 1, \
             signed_off_at = CASE WHEN $4 THEN $3 ELSE signed_off_at END, \
             signed_off_by = CASE WHEN $4 THEN $5 ELSE signed_off_by END \
             WHERE id = $6",
        )
        .bind(to)
        .bind(round)
        .bind(now)
        .bind(signed)
        .bind(by)
        .bind(id)
        .execute(&mut *w)
        .await?;
        snapshot(&mut w, id, before.round, step.as_str(), to, reason, by).await?;
        w.audit(
            &AuditEvent::new(by, &format!("maturity.{}", step.as_str()))
                .object(object(id))
                .before(&serde_json::json!({ "status": before.status, "round": before.round }))
                .after(&serde_json::json!({ "status": to, "round": round }))
                .reason(reason),
        )
        .await?;
        let after = load(&mut w, id).await?;
        w.commit().await?;
        Ok(after)
    }

    /// Every parameter saved in an assessment, by parameter id.
    pub async fn parameter_answers(&self, assessment: i64) -> Result<Vec<ParameterAnswer>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ANSWER} WHERE assessment_id = $1 ORDER BY parameter"
        )))
        .bind(assessment)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Saves the team's level (`None`: unanswered) and note of a parameter, on the answer's
    /// version `expected` (0 for a parameter never saved); only while the assessment is in
    /// `self_assessment`. Audited as `maturity.self`. The answer as it now is.
    pub async fn save_self_level(
        &self,
        assessment: i64,
        parameter: &str,
        level: Option<Level>,
        note: &str,
        expected: i64,
        by: Option<i64>,
    ) -> Result<ParameterAnswer> {
        self.save_side(assessment, parameter, level, note, expected, by, false)
            .await
    }

    /// Saves the reviewer's validated level and comment of a parameter, as
    /// [`Self::save_self_level`] does the team's; only while the assessment is in
    /// `peer_review`. Audited as `maturity.validate_level`.
    pub async fn save_validated_level(
        &self,
        assessment: i64,
        parameter: &str,
        level: Option<Level>,
        comment: &str,
        expected: i64,
        by: Option<i64>,
    ) -> Result<ParameterAnswer> {
        self.save_side(assessment, parameter, level, comment, expected, by, true)
            .await
    }

    #[allow(clippy::too_many_arguments)]
    async fn save_side(
        &self,
        assessment: i64,
        parameter: &str,
        level: Option<Level>,
        text: &str,
        expected: i64,
        by: Option<i64>,
        validated: bool,
    ) -> Result<ParameterAnswer> {
        let change = LevelSave {
            parameter: parameter.to_string(),
            level,
            text: text.to_string(),
            expected,
        };
        let mut saved = self
            .save_levels(assessment, validated, std::slice::from_ref(&change), by)
            .await?;
        saved.pop().ok_or(StoreError::NotFound("parameter"))
    }

    /// Saves many parameters of one side in one transaction, each on its own version and with
    /// its own audit entry; the first stale one (or an assessment not in the side's status)
    /// writes none of them.
    pub async fn save_levels(
        &self,
        assessment: i64,
        validated: bool,
        changes: &[LevelSave],
        by: Option<i64>,
    ) -> Result<Vec<ParameterAnswer>> {
        let mut w = self.write().await?;
        let now = w.now();
        let owner = load(&mut w, assessment).await?;
        let open = if validated {
            AssessmentStatus::PeerReview
        } else {
            AssessmentStatus::SelfAssessment
        };
        if owner.status != open {
            return Err(stale(&owner));
        }
        let mut out = Vec::with_capacity(changes.len());
        for change in changes {
            out.push(save_one(&mut w, assessment, change, now, by, validated).await?);
        }
        w.commit().await?;
        Ok(out)
    }

    /// The snapshots of an assessment, oldest first.
    pub async fn assessment_snapshots(&self, assessment: i64) -> Result<Vec<AssessmentSnapshot>> {
        let rows: Vec<SnapshotRow> = sqlx::query_as(
            "SELECT id, assessment_id, round, step, status, reason, snapshot, taken_at, taken_by \
             FROM maturity_snapshots WHERE assessment_id = $1 ORDER BY id",
        )
        .bind(assessment)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(
                |(id, assessment_id, round, step, status, reason, json, taken_at, taken_by)| {
                    let parameters = serde_json::from_str(&json)
                        .map_err(|e| StoreError::Corrupt(format!("maturity snapshot {id}: {e}")))?;
                    Ok(AssessmentSnapshot {
                        id,
                        assessment_id,
                        round,
                        step,
                        status,
                        reason,
                        parameters,
                        taken_at,
                        taken_by,
                    })
                },
            )
            .collect()
    }
}

/// Writes one parameter's level and text of one side inside a write, on its version, with its
/// audit entry.
async fn save_one(
    w: &mut Write<'_>,
    assessment: i64,
    change: &LevelSave,
    now: i64,
    by: Option<i64>,
    validated: bool,
) -> Result<ParameterAnswer> {
    let parameter = change.parameter.as_str();
    let before: Option<ParameterAnswer> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ANSWER} WHERE assessment_id = $1 AND parameter = $2"
    )))
    .bind(assessment)
    .bind(parameter)
    .fetch_optional(&mut **w)
    .await?;
    let current = before.as_ref().map_or(0, |a| a.version);
    if current != change.expected {
        return Err(StoreError::Stale {
            what: "parameter",
            version: current,
        });
    }
    if before.is_none() {
        sqlx::query(
            "INSERT INTO maturity_answers (assessment_id, parameter, note, comment, version) \
             VALUES ($1, $2, '', '', 0)",
        )
        .bind(assessment)
        .bind(parameter)
        .execute(&mut **w)
        .await?;
    }
    let sql = if validated {
        "UPDATE maturity_answers SET validated_level = $1, comment = $2, validated_by = $3, \
         validated_at = $4, version = version + 1 WHERE assessment_id = $5 AND parameter = $6"
    } else {
        "UPDATE maturity_answers SET self_level = $1, note = $2, self_by = $3, \
         self_at = $4, version = version + 1 WHERE assessment_id = $5 AND parameter = $6"
    };
    sqlx::query(sql)
        .bind(change.level)
        .bind(change.text.as_str())
        .bind(by)
        .bind(now)
        .bind(assessment)
        .bind(parameter)
        .execute(&mut **w)
        .await?;
    let action = if validated {
        "maturity.validate_level"
    } else {
        "maturity.self"
    };
    let side = |a: Option<&ParameterAnswer>| match a {
        Some(a) if validated => {
            serde_json::json!({ "level": a.validated_level, "comment": a.comment })
        }
        Some(a) => serde_json::json!({ "level": a.self_level, "note": a.note }),
        None => serde_json::json!({ "level": null }),
    };
    let after: ParameterAnswer = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{ANSWER} WHERE assessment_id = $1 AND parameter = $2"
    )))
    .bind(assessment)
    .bind(parameter)
    .fetch_one(&mut **w)
    .await?;
    w.audit(
        &AuditEvent::new(by, action)
            .object(object(assessment))
            .question(parameter)
            .before(&side(before.as_ref()))
            .after(&side(Some(&after))),
    )
    .await?;
    Ok(after)
}

impl SqlStore {
    /// Adds an evidence item to a parameter, audited as `maturity.evidence.add`. A signed-off
    /// assessment is `Stale`; a reachability check message that does not exist is `NotFound`.
    pub async fn add_maturity_evidence(
        &self,
        new: &NewMaturityEvidence,
        by: Option<i64>,
    ) -> Result<MaturityEvidence> {
        let mut w = self.write().await?;
        let now = w.now();
        let owner = load(&mut w, new.assessment_id).await?;
        if owner.status == AssessmentStatus::SignedOff {
            return Err(stale(&owner));
        }
        let (kind, url, sha256, file_name, media_type, size, ping) = match &new.source {
            EvidenceSource::Url(url) => ("url", Some(url.as_str()), None, None, None, None, None),
            EvidenceSource::File {
                sha256,
                file_name,
                media_type,
                size,
            } => (
                "file",
                None,
                Some(sha256.as_str()),
                Some(file_name.as_str()),
                Some(media_type.as_str()),
                Some(*size),
                None,
            ),
            EvidenceSource::Check(ping) => {
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM team_pings WHERE id = $1")
                        .bind(ping)
                        .fetch_optional(&mut *w)
                        .await?;
                if found.is_none() {
                    return Err(StoreError::NotFound("check message"));
                }
                ("check", None, None, None, None, None, Some(*ping))
            }
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO maturity_evidence (assessment_id, parameter, kind, url, sha256, file_name, \
             media_type, size, ping_id, title, issued_on, expires_on, created_at, created_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(new.assessment_id)
        .bind(&new.parameter)
        .bind(kind)
        .bind(url)
        .bind(sha256)
        .bind(file_name)
        .bind(media_type)
        .bind(size)
        .bind(ping)
        .bind(&new.title)
        .bind(&new.issued_on)
        .bind(&new.expires_on)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *w)
        .await?;
        let item: MaturityEvidence =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{EVIDENCE} WHERE id = $1")))
                .bind(id)
                .fetch_one(&mut *w)
                .await?;
        w.audit(
            &AuditEvent::new(by, "maturity.evidence.add")
                .object(object(new.assessment_id))
                .question(&new.parameter)
                .after(&item),
        )
        .await?;
        w.commit().await?;
        Ok(item)
    }

    /// Removes an evidence item (it stays in the table with `deleted_at`, and its file stays
    /// referenced), audited as `maturity.evidence.remove`. A signed-off assessment is `Stale`;
    /// an item already removed is `NotFound`.
    pub async fn remove_maturity_evidence(&self, id: i64, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        let item: MaturityEvidence = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{EVIDENCE} WHERE id = $1 AND deleted_at IS NULL"
        )))
        .bind(id)
        .fetch_optional(&mut *w)
        .await?
        .ok_or(StoreError::NotFound("evidence"))?;
        let owner = load(&mut w, item.assessment_id).await?;
        if owner.status == AssessmentStatus::SignedOff {
            return Err(stale(&owner));
        }
        sqlx::query("UPDATE maturity_evidence SET deleted_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut *w)
            .await?;
        w.audit(
            &AuditEvent::new(by, "maturity.evidence.remove")
                .object(object(item.assessment_id))
                .question(&item.parameter)
                .before(&item),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn maturity_evidence_item(&self, id: i64) -> Result<MaturityEvidence> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{EVIDENCE} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("evidence"))
    }

    /// The evidence of an assessment by parameter, then oldest first; removed items only when
    /// `include_removed`.
    pub async fn maturity_evidence(
        &self,
        assessment: i64,
        include_removed: bool,
    ) -> Result<Vec<MaturityEvidence>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{EVIDENCE} WHERE assessment_id = $1 AND ($2 OR deleted_at IS NULL) \
             ORDER BY parameter, id"
        )))
        .bind(assessment)
        .bind(include_removed)
        .fetch_all(&self.pool)
        .await?)
    }
}

impl SqlStore {
    /// Adds roadmap items, skipping each one whose team already has an active (`open` or
    /// `in_progress`) item for the same profile, level and parameter, in one write audited as
    /// `maturity.roadmap.add` per item. The items added, in order.
    pub async fn add_roadmap_items(
        &self,
        items: &[NewRoadmapItem],
        by: Option<i64>,
    ) -> Result<Vec<RoadmapItem>> {
        let mut w = self.write().await?;
        let now = w.now();
        let mut added = Vec::new();
        for item in items {
            let existing: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM maturity_roadmap WHERE team_id = $1 AND profile_id = $2 \
                 AND level_id = $3 AND parameter = $4 AND status IN ('open', 'in_progress')",
            )
            .bind(&item.team_id)
            .bind(&item.profile_id)
            .bind(&item.level_id)
            .bind(&item.parameter)
            .fetch_optional(&mut *w)
            .await?;
            if existing.is_some() {
                continue;
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO maturity_roadmap (team_id, assessment_id, profile_id, level_id, parameter, \
                 from_level, to_level, action, owner, due_on, status, service_id, created_at, \
                 created_by, updated_at, updated_by, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13, $14, 1) \
                 RETURNING id",
            )
            .bind(&item.team_id)
            .bind(item.assessment_id)
            .bind(&item.profile_id)
            .bind(&item.level_id)
            .bind(&item.parameter)
            .bind(&item.from_level)
            .bind(&item.to_level)
            .bind(&item.action)
            .bind(&item.owner)
            .bind(&item.due_on)
            .bind(RoadmapStatus::Open)
            .bind(&item.service_id)
            .bind(now)
            .bind(by)
            .fetch_one(&mut *w)
            .await?;
            let row: RoadmapItem =
                sqlx::query_as(sqlx::AssertSqlSafe(format!("{ROADMAP} WHERE id = $1")))
                    .bind(id)
                    .fetch_one(&mut *w)
                    .await?;
            w.audit(
                &AuditEvent::new(by, "maturity.roadmap.add")
                    .object(format!("team {}", item.team_id))
                    .question(&item.parameter)
                    .after(&row),
            )
            .await?;
            added.push(row);
        }
        if added.is_empty() {
            return Ok(added);
        }
        w.commit().await?;
        Ok(added)
    }

    /// A team's roadmap, by profile, level and parameter, then oldest first.
    pub async fn roadmap(&self, team: &str) -> Result<Vec<RoadmapItem>> {
        Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{ROADMAP} WHERE team_id = $1 ORDER BY profile_id, level_id, parameter, id"
        )))
        .bind(team)
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn roadmap_item(&self, id: i64) -> Result<RoadmapItem> {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{ROADMAP} WHERE id = $1")))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("roadmap item"))
    }

    /// Changes a roadmap item on its version `expected` (another is `Stale`), audited as
    /// `maturity.roadmap.update`. The item as it now is.
    pub async fn update_roadmap_item(
        &self,
        id: i64,
        expected: i64,
        change: &RoadmapChange,
        by: Option<i64>,
    ) -> Result<RoadmapItem> {
        let mut w = self.write().await?;
        let now = w.now();
        let before: RoadmapItem =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{ROADMAP} WHERE id = $1")))
                .bind(id)
                .fetch_optional(&mut *w)
                .await?
                .ok_or(StoreError::NotFound("roadmap item"))?;
        if before.version != expected {
            return Err(StoreError::Stale {
                what: "roadmap item",
                version: before.version,
            });
        }
        sqlx::query(
            "UPDATE maturity_roadmap SET action = $1, owner = $2, due_on = $3, status = $4, \
             service_id = $5, updated_at = $6, updated_by = $7, version = version + 1 WHERE id = $8",
        )
        .bind(&change.action)
        .bind(&change.owner)
        .bind(&change.due_on)
        .bind(change.status)
        .bind(&change.service_id)
        .bind(now)
        .bind(by)
        .bind(id)
        .execute(&mut *w)
        .await?;
        let after: RoadmapItem =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{ROADMAP} WHERE id = $1")))
                .bind(id)
                .fetch_one(&mut *w)
                .await?;
        w.audit(
            &AuditEvent::new(by, "maturity.roadmap.update")
                .object(format!("team {}", before.team_id))
                .question(&before.parameter)
                .before(&before)
                .after(&after),
        )
        .await?;
        w.commit().await?;
        Ok(after)
    }

    /// Whether team `team` agreed to publish its maturity tier (`None`: it has not chosen).
    pub async fn maturity_publication(&self, team: &str) -> Result<Option<bool>> {
        Ok(
            sqlx::query_scalar("SELECT show_tier FROM maturity_publication WHERE team_id = $1")
                .bind(team)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Records team `team`'s choice, replacing any earlier one; audited as
    /// `maturity.publication` with the choice before and after.
    pub async fn set_maturity_publication(
        &self,
        team: &str,
        show_tier: bool,
        by: Option<i64>,
    ) -> Result<()> {
        let mut w = self.write().await?;
        let now = w.now();
        let before: Option<bool> =
            sqlx::query_scalar("SELECT show_tier FROM maturity_publication WHERE team_id = $1")
                .bind(team)
                .fetch_optional(&mut *w)
                .await?;
        sqlx::query(
            "INSERT INTO maturity_publication (team_id, show_tier, set_at, set_by) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (team_id) DO UPDATE SET \
             show_tier = excluded.show_tier, set_at = excluded.set_at, set_by = excluded.set_by",
        )
        .bind(team)
        .bind(show_tier)
        .bind(now)
        .bind(by)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "maturity.publication")
                .object(format!("team {team}"))
                .before(&serde_json::json!({ "show_tier": before }))
                .after(&serde_json::json!({ "show_tier": show_tier })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}
