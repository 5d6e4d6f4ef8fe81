//! Publications: numbered versions per edition, written once (triggers refuse changes), each
//! recorded in the audit trail. The header (`publications`) and the frozen documents
//! (`publication_documents`: framework source, answers CSV, results document of several MB)
//! are separate tables, so listing publications never reads a document.

use sqlx::FromRow;

use super::SqlStore;
use crate::audit::AuditEvent;
use crate::{FrozenTexts, NewPublication, Publication, PublicationMeta, Result, StoreError};

impl SqlStore {
    /// Writes the next version of an edition's publication. `freeze` makes the frozen texts from
    /// the version number and time (ms) assigned here, inside the transaction, so two publishers
    /// never get the same number.
    pub async fn publish(
        &self,
        p: &NewPublication,
        by: Option<i64>,
        freeze: impl FnOnce(i64, i64) -> std::result::Result<FrozenTexts, String>,
    ) -> Result<PublicationMeta> {
        let mut w = self.write().await?;
        let exists: Option<String> = sqlx::query_scalar("SELECT id FROM editions WHERE id = $1")
            .bind(&p.edition)
            .fetch_optional(&mut *w)
            .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound("edition"));
        }
        let version: i64 = sqlx::query_scalar(
            "SELECT COALESCE(MAX(version), 0) + 1 FROM publications WHERE edition_id = $1",
        )
        .bind(&p.edition)
        .fetch_one(&mut *w)
        .await?;
        let now = w.now();
        let texts = freeze(version, now)
            .map_err(|detail| StoreError::Invalid(crate::Invalid::Freeze { detail }))?;
        sqlx::query(
            "INSERT INTO publications (edition_id, version, published_at, published_by, change_note, \
             licence, countries) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&p.edition)
        .bind(version)
        .bind(now)
        .bind(by)
        .bind(&p.change_note)
        .bind(&p.licence)
        .bind(p.countries)
        .execute(&mut *w)
        .await?;
        sqlx::query(
            "INSERT INTO publication_documents (edition_id, version, framework_source, \
             answers_csv, results_json) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&p.edition)
        .bind(version)
        .bind(&p.framework_source)
        .bind(&texts.answers_csv)
        .bind(&texts.results_json)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "edition.publish")
                .object(format!("edition {} version {version}", p.edition))
                .after(&serde_json::json!({
                    "version": version,
                    "countries": p.countries,
                    "licence": p.licence,
                }))
                .reason(&p.change_note),
        )
        .await?;
        w.commit().await?;
        Ok(PublicationMeta {
            edition: p.edition.clone(),
            version,
            published_at: now,
            published_by: by,
            change_note: p.change_note.clone(),
            licence: p.licence.clone(),
            countries: p.countries,
        })
    }

    /// Every publication's header, newest edition publication first; `edition` narrows to one.
    pub async fn publications(&self, edition: Option<&str>) -> Result<Vec<PublicationMeta>> {
        let rows = sqlx::query(
            "SELECT edition_id, version, published_at, published_by, change_note, licence, countries \
             FROM publications WHERE ($1 IS NULL OR edition_id = $1) \
             ORDER BY published_at DESC, edition_id, version DESC",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok(PublicationMeta::from_row(r)?))
            .collect()
    }

    pub async fn publication(&self, edition: &str, version: i64) -> Result<Publication> {
        self.document_reads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        sqlx::query_as(
            "SELECT p.edition_id, p.version, p.published_at, p.published_by, p.change_note, \
             p.licence, p.countries, d.framework_source, d.answers_csv, d.results_json \
             FROM publications p JOIN publication_documents d \
             ON d.edition_id = p.edition_id AND d.version = p.version \
             WHERE p.edition_id = $1 AND p.version = $2",
        )
        .bind(edition)
        .bind(version)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(StoreError::NotFound("publication"))
    }
}
