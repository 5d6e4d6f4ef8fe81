//! Evidence: links and files attached to answers, deleted softly so the trail can show them.

use sqlx::Row;

use super::editions::response_status;
use super::{DbRow, SqlStore, Touch, review};
use crate::audit::AuditEvent;
use crate::{Evidence, EvidenceKind, NewEvidence, Result, StoreError};

impl SqlStore {
    pub(super) fn evidence_from_row(row: &DbRow) -> Result<Evidence> {
        let kind = match row.try_get::<&str, _>("kind")? {
            "url" => EvidenceKind::Url {
                url: row.try_get("url")?,
            },
            _ => EvidenceKind::File {
                sha256: row.try_get("sha256")?,
                file_name: row.try_get("file_name")?,
                media_type: row.try_get("media_type")?,
                size: row.try_get("size")?,
            },
        };
        Ok(Evidence {
            id: row.try_get("id")?,
            question_id: row.try_get("question_id")?,
            kind,
            title: row.try_get("title")?,
            language: row.try_get("language")?,
            issued_on: row.try_get("issued_on")?,
            public: row.try_get("public")?,
            created_by: row.try_get("created_by")?,
            created_at: row.try_get("created_at")?,
        })
    }

    pub async fn add_evidence(
        &self,
        edition: &str,
        country: &str,
        e: &NewEvidence,
        by: Option<i64>,
    ) -> Result<Evidence> {
        let (kind, url, sha, name, media, size) = match &e.kind {
            EvidenceKind::Url { url } => ("url", Some(url.as_str()), None, None, None, None),
            EvidenceKind::File {
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
            ),
        };
        let mut w = self.write().await?;
        let status = response_status(&mut w, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        review::check_open_question(&mut w, edition, country, &e.question_id, status).await?;
        let now = w.now();
        let row = sqlx::query(
            "INSERT INTO evidence (edition_id, country, question_id, kind, url, sha256, file_name, media_type, size, title, language, issued_on, public, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING *",
        )
        .bind(edition)
        .bind(country)
        .bind(&e.question_id)
        .bind(kind)
        .bind(url)
        .bind(sha)
        .bind(name)
        .bind(media)
        .bind(size)
        .bind(&e.title)
        .bind(&e.language)
        .bind(&e.issued_on)
        .bind(e.public)
        .bind(by)
        .bind(now)
        .fetch_one(&mut *w)
        .await?;
        sqlx::query(
            "UPDATE responses SET last_activity_at = $1, status = CASE WHEN status = 'not-started' THEN 'in-progress' ELSE status END \
             WHERE edition_id = $2 AND country = $3",
        )
        .bind(now)
        .bind(edition)
        .bind(country)
        .execute(&mut *w)
        .await?;
        let evidence = Self::evidence_from_row(&row)?;
        w.audit(
            &AuditEvent::new(by, "evidence.add")
                .response(edition, country)
                .question(&e.question_id)
                .object(format!("evidence {}", evidence.id))
                .after(&evidence),
        )
        .await?;
        w.touch(Touch::response(edition, country));
        w.commit().await?;
        Ok(evidence)
    }

    pub async fn evidence(&self, edition: &str, country: &str) -> Result<Vec<Evidence>> {
        let rows = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND deleted_at IS NULL ORDER BY question_id, id")
            .bind(edition)
            .bind(country)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(Self::evidence_from_row).collect()
    }

    pub async fn evidence_item(&self, edition: &str, country: &str, id: i64) -> Result<Evidence> {
        let row = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND id = $3 AND deleted_at IS NULL")
            .bind(edition)
            .bind(country)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("evidence"))?;
        Self::evidence_from_row(&row)
    }

    pub async fn delete_evidence(
        &self,
        edition: &str,
        country: &str,
        id: i64,
        by: Option<i64>,
    ) -> Result<()> {
        let mut w = self.write().await?;
        let status = response_status(&mut w, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        let row = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND id = $3 AND deleted_at IS NULL")
            .bind(edition)
            .bind(country)
            .bind(id)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("evidence"))?;
        let before = Self::evidence_from_row(&row)?;
        review::check_open_question(&mut w, edition, country, &before.question_id, status).await?;
        let now = w.now();
        sqlx::query("UPDATE evidence SET deleted_at = $1 WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(&mut *w)
            .await?;
        w.audit(
            &AuditEvent::new(by, "evidence.delete")
                .response(edition, country)
                .question(&before.question_id)
                .object(format!("evidence {id}"))
                .before(&before),
        )
        .await?;
        w.touch(Touch::response(edition, country));
        w.commit().await?;
        Ok(())
    }
}
