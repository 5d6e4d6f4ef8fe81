//! Evidence: links and files attached to answers, deleted softly so the trail can show them.

use sqlx::FromRow;

use super::editions::{record_activity, response_status};
use super::{DbRow, SqlStore, Touch, review};
use crate::audit::AuditEvent;
use crate::{Evidence, EvidenceKind, NewEvidence, Result, StoreError};

/// An `evidence` row as stored: a link or a file in one row, the other kind's columns NULL.
#[derive(sqlx::FromRow)]
struct EvidenceRow {
    id: i64,
    question_id: String,
    kind: String,
    url: Option<String>,
    sha256: Option<String>,
    file_name: Option<String>,
    media_type: Option<String>,
    size: Option<i64>,
    title: String,
    language: String,
    issued_on: String,
    public: bool,
    created_by: Option<i64>,
    created_at: i64,
    carried_from: Option<String>,
}

/// Evidence from its row; a row whose kind's columns are missing is damaged data (`Corrupt`).
pub(super) fn evidence_from_row(row: &DbRow) -> Result<Evidence> {
    let r = EvidenceRow::from_row(row)?;
    let missing = |column: &str| StoreError::Corrupt(format!("evidence {} has no {column}", r.id));
    let kind = match r.kind.as_str() {
        "url" => EvidenceKind::Url {
            url: r.url.clone().ok_or_else(|| missing("url"))?,
        },
        "file" => EvidenceKind::File {
            sha256: r.sha256.clone().ok_or_else(|| missing("sha256"))?,
            file_name: r.file_name.clone().ok_or_else(|| missing("file_name"))?,
            media_type: r.media_type.clone().ok_or_else(|| missing("media_type"))?,
            size: r.size.ok_or_else(|| missing("size"))?,
        },
        other => {
            return Err(StoreError::Corrupt(format!(
                "evidence {} has kind `{other}`",
                r.id
            )));
        }
    };
    Ok(Evidence {
        id: r.id,
        question_id: r.question_id,
        kind,
        title: r.title,
        language: r.language,
        issued_on: r.issued_on,
        public: r.public,
        created_by: r.created_by,
        created_at: r.created_at,
        carried_from: r.carried_from,
    })
}

impl SqlStore {
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
        record_activity(&mut w, edition, country, now, true).await?;
        let evidence = evidence_from_row(&row)?;
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
        rows.iter().map(evidence_from_row).collect()
    }

    pub async fn evidence_item(&self, edition: &str, country: &str, id: i64) -> Result<Evidence> {
        let row = sqlx::query("SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND id = $3 AND deleted_at IS NULL")
            .bind(edition)
            .bind(country)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(StoreError::NotFound("evidence"))?;
        evidence_from_row(&row)
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
        let before = evidence_from_row(&row)?;
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
