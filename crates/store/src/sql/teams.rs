//! The CIRT directory's teams: one row per team holding its record as JSON, with copies of the
//! fields the lists filter and sort by. Every save is audited with the record before and after,
//! and names the version it started from.

use super::{SqlStore, Write};
use crate::audit::AuditEvent;
use crate::{Duplicate, Result, StoreError, TeamRow, TeamSave};

impl SqlStore {
    /// Every team, by country and then name.
    pub async fn teams(&self) -> Result<Vec<TeamRow>> {
        Ok(sqlx::query_as(
            "SELECT id, country, official_name, record, version, updated_at, updated_by \
             FROM teams ORDER BY country, official_name, id",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn team(&self, id: &str) -> Result<TeamRow> {
        sqlx::query_as(
            "SELECT id, country, official_name, record, version, updated_at, updated_by \
             FROM teams WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("team"))
    }

    /// Creates a team (`save.expected` is `None`; an existing id is [`Duplicate::Team`]) or
    /// replaces its record (`save.expected` is the version the editor started from; another
    /// version is [`StoreError::Stale`] with the current one). Returns the new version.
    pub async fn save_team(&self, save: &TeamSave<'_>, by: Option<i64>) -> Result<i64> {
        let mut w = self.write().await?;
        let version = save_in(&mut w, save, by).await?;
        w.commit().await?;
        Ok(version)
    }

    /// Saves several teams in one transaction, as [`Self::save_team`] each: all of them, or
    /// none when any is refused (an import is never half-applied). The new versions, in order.
    pub async fn save_teams(&self, saves: &[TeamSave<'_>], by: Option<i64>) -> Result<Vec<i64>> {
        let mut w = self.write().await?;
        let mut versions = Vec::with_capacity(saves.len());
        for save in saves {
            versions.push(save_in(&mut w, save, by).await?);
        }
        w.commit().await?;
        Ok(versions)
    }

    /// Removes a team from the directory; its history stays in the audit trail.
    pub async fn delete_team(&self, id: &str, by: Option<i64>) -> Result<()> {
        let mut w = self.write().await?;
        let record: String = sqlx::query_scalar("DELETE FROM teams WHERE id = $1 RETURNING record")
            .bind(id)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("team"))?;
        let record: serde_json::Value = serde_json::from_str(&record)
            .map_err(|e| StoreError::Corrupt(format!("team record {id}: {e}")))?;
        w.audit(
            &AuditEvent::new(by, "team.delete")
                .object(format!("team {id}"))
                .before(&record),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }
}

/// One team's save inside a write (see `save_team`).
async fn save_in(w: &mut Write<'_>, save: &TeamSave<'_>, by: Option<i64>) -> Result<i64> {
    let now = w.now();
    let before: Option<(String, i64)> =
        sqlx::query_as("SELECT record, version FROM teams WHERE id = $1")
            .bind(save.id)
            .fetch_optional(&mut **w)
            .await?;
    let record: serde_json::Value = serde_json::from_str(save.record)
        .map_err(|e| StoreError::Corrupt(format!("team record {}: {e}", save.id)))?;
    let version = match (save.expected, &before) {
        (None, Some(_)) => {
            return Err(StoreError::Duplicate(Duplicate::Team {
                id: save.id.to_string(),
            }));
        }
        (None, None) => {
            sqlx::query(
                    "INSERT INTO teams (id, country, official_name, record, version, updated_at, updated_by) \
                     VALUES ($1, $2, $3, $4, 1, $5, $6)",
                )
                .bind(save.id)
                .bind(save.country)
                .bind(save.official_name)
                .bind(save.record)
                .bind(now)
                .bind(by)
                .execute(&mut **w)
                .await?;
            w.audit(
                &AuditEvent::new(by, "team.create")
                    .object(format!("team {}", save.id))
                    .after(&record),
            )
            .await?;
            1
        }
        (Some(_), None) => return Err(StoreError::NotFound("team")),
        (Some(expected), Some((old, current))) => {
            if expected != *current {
                return Err(StoreError::Stale {
                    what: "team",
                    version: *current,
                });
            }
            let old: serde_json::Value = serde_json::from_str(old)
                .map_err(|e| StoreError::Corrupt(format!("team record {}: {e}", save.id)))?;
            sqlx::query(
                "UPDATE teams SET country = $2, official_name = $3, record = $4, version = $5, \
                     updated_at = $6, updated_by = $7 WHERE id = $1",
            )
            .bind(save.id)
            .bind(save.country)
            .bind(save.official_name)
            .bind(save.record)
            .bind(current + 1)
            .bind(now)
            .bind(by)
            .execute(&mut **w)
            .await?;
            w.audit(
                &AuditEvent::new(by, "team.update")
                    .object(format!("team {}", save.id))
                    .before(&old)
                    .after(&record),
            )
            .await?;
            current + 1
        }
    };
    Ok(version)
}
