//! Answers: reading, the progress summary, saves (through the group-commit writer), bulk loads
//! and pre-fills.

use sqlx::{FromRow, Row};

use super::editions::check_not_archived;
use super::writer::SaveJob;
use super::{Conn, SqlStore, Touch, audit, review};
use crate::audit::AuditEvent;
use crate::{Answer, AnswerChange, Provenance, Result, Status, StoreError};

pub(super) async fn apply_save(
    conn: &mut Conn,
    trail: &mut audit::Writer,
    job: &SaveJob,
    now: i64,
) -> Result<Answer> {
    // The response's status, whether its edition is archived, and the current answer, in one
    // query.
    let row = sqlx::query(
        "SELECT r.status AS response_status, e.archived_at AS edition_archived_at, a.* FROM responses r \
         JOIN editions e ON e.id = r.edition_id \
         LEFT JOIN answers a ON a.edition_id = r.edition_id AND a.country = r.country AND a.question_id = $3 \
         WHERE r.edition_id = $1 AND r.country = $2",
    )
    .bind(&job.edition)
    .bind(&job.country)
    .bind(&job.question)
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(StoreError::NotFound("response"))?;
    if row
        .try_get::<Option<i64>, _>("edition_archived_at")?
        .is_some()
    {
        return Err(StoreError::Archived(job.edition.clone()));
    }
    let status: Status = row.try_get("response_status")?;
    if job.country_edit && !status.is_open_to_country() {
        return Err(StoreError::Locked(status));
    }
    if !job.country_edit && !matches!(status, Status::NotStarted | Status::InProgress) {
        // Secretariat drafts are for responses the country has not submitted.
        return Err(StoreError::Locked(status));
    }
    if job.country_edit {
        review::check_open_question(conn, &job.edition, &job.country, &job.question, status)
            .await?;
    }
    let current = match row.try_get::<Option<i64>, _>("version")? {
        Some(_) => Some(Answer::from_row(&row)?),
        None => None,
    };
    let current_version = current.as_ref().map_or(0, |a| a.version);
    if current_version != job.change.expected_version {
        let current = current.unwrap_or(Answer {
            question_id: job.question.clone(),
            value: None,
            comment: String::new(),
            version: 0,
            provenance: Provenance::Country,
            confirmed: true,
            outcome: None,
            updated_by: None,
            updated_at: 0,
        });
        return Err(StoreError::Conflict(Box::new(current)));
    }
    let confirmed = job.change.provenance == Provenance::Country;
    // A country changing a pre-filled answer corrects it; later saves keep that outcome.
    let outcome = match &current {
        Some(c) if confirmed && !c.confirmed => Some("corrected"),
        Some(c) if confirmed => c.outcome.as_deref(),
        _ => None,
    };
    let row = sqlx::query(
        "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at, outcome) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (edition_id, country, question_id) DO UPDATE SET \
         value = excluded.value, comment = excluded.comment, version = excluded.version, provenance = excluded.provenance, \
         confirmed = excluded.confirmed, updated_by = excluded.updated_by, updated_at = excluded.updated_at, outcome = excluded.outcome \
         RETURNING *",
    )
    .bind(&job.edition)
    .bind(&job.country)
    .bind(&job.question)
    .bind(&job.change.value)
    .bind(&job.change.comment)
    .bind(current_version + 1)
    .bind(job.change.provenance.as_str())
    .bind(confirmed)
    .bind(job.by)
    .bind(now)
    .bind(outcome)
    .fetch_one(&mut *conn)
    .await?;
    let saved = Answer::from_row(&row)?;
    let action = if job.change.provenance == Provenance::Secretariat {
        "answer.draft"
    } else {
        "answer.save"
    };
    let mut event = AuditEvent::new(job.by, action)
        .response(&job.edition, &job.country)
        .question(&job.question)
        .object("answer")
        .after(&saved);
    if let Some(c) = &current {
        event = event.before(c);
    }
    trail.push(conn, &event, now).await?;
    Ok(saved)
}

impl SqlStore {
    pub async fn answers(&self, edition: &str, country: &str) -> Result<Vec<Answer>> {
        let rows = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 AND country = $2 ORDER BY question_id",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok(Answer::from_row(r)?)).collect()
    }

    pub async fn answer_summary(
        &self,
        edition: &str,
        country: &str,
    ) -> Result<Vec<crate::AnswerSummary>> {
        let ticket = match self.summaries.get(edition, country) {
            Ok(cached) => return Ok(cached),
            Err(ticket) => ticket,
        };
        let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT a.question_id, a.value, (SELECT COUNT(*) FROM evidence e WHERE e.edition_id = a.edition_id AND e.country = a.country \
             AND e.question_id = a.question_id AND e.deleted_at IS NULL) FROM answers a WHERE a.edition_id = $1 AND a.country = $2",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?;
        let summary: Vec<crate::AnswerSummary> = rows
            .into_iter()
            .map(|(question_id, value, evidence)| crate::AnswerSummary {
                question_id,
                value,
                evidence: evidence as u32,
            })
            .collect();
        self.summaries.put(edition, country, ticket, &summary);
        Ok(summary)
    }

    pub async fn edition_answers(&self, edition: &str) -> Result<Vec<(String, Answer)>> {
        let rows = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 ORDER BY country, question_id",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("country")?, Answer::from_row(r)?)))
            .collect()
    }

    /// Saves go to the writer task, which commits them in groups (see `writer`).
    pub async fn save_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        change: &AnswerChange,
        by: Option<i64>,
        country_edit: bool,
    ) -> Result<Answer> {
        let (reply, answer) = tokio::sync::oneshot::channel();
        let job = SaveJob {
            edition: edition.to_string(),
            country: country.to_string(),
            question: question.to_string(),
            change: change.clone(),
            by,
            country_edit,
            reply,
        };
        // The writer has stopped (the store is closing): the save may succeed on another try.
        let closed = || StoreError::Unavailable("the store is closed".into());
        if self.writer.send(job).await.is_err() {
            return Err(closed());
        }
        answer.await.map_err(|_| closed())?
    }

    pub async fn bulk_load(
        &self,
        edition: &str,
        country: &str,
        answers: &[crate::BulkAnswer],
        status: Status,
        by: Option<i64>,
    ) -> Result<()> {
        let mut w = self.write().await?;
        check_not_archived(&mut w, edition).await?;
        let now = w.now();
        let found = sqlx::query("UPDATE responses SET status = $1, last_activity_at = $2, \
             submitted_at = CASE WHEN $1 IN ('submitted', 'in-review', 'validated') THEN $2 ELSE NULL END, \
             submitted_by = CASE WHEN $1 IN ('submitted', 'in-review', 'validated') THEN $3 ELSE NULL END \
             WHERE edition_id = $4 AND country = $5")
            .bind(status.as_str())
            .bind(now)
            .bind(by)
            .bind(edition)
            .bind(country)
            .execute(&mut *w)
            .await?;
        if found.rows_affected() == 0 {
            return Err(StoreError::NotFound("response"));
        }
        sqlx::query("DELETE FROM answers WHERE edition_id = $1 AND country = $2")
            .bind(edition)
            .bind(country)
            .execute(&mut *w)
            .await?;
        sqlx::query("DELETE FROM evidence WHERE edition_id = $1 AND country = $2")
            .bind(edition)
            .bind(country)
            .execute(&mut *w)
            .await?;
        for a in answers {
            sqlx::query(
                "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $8, $9)",
            )
            .bind(edition)
            .bind(country)
            .bind(&a.question)
            .bind(&a.value)
            .bind(&a.comment)
            .bind(a.provenance.as_str())
            .bind(a.provenance == Provenance::Country)
            .bind(by)
            .bind(now)
            .execute(&mut *w)
            .await?;
            if let Some(url) = &a.evidence_url {
                // (the evidence of a bulk load is counted in its one audit entry)
                sqlx::query(
                    "INSERT INTO evidence (edition_id, country, question_id, kind, url, title, language, public, created_by, created_at) \
                     VALUES ($1, $2, $3, 'url', $4, $5, 'en', TRUE, $6, $7)",
                )
                .bind(edition)
                .bind(country)
                .bind(&a.question)
                .bind(url)
                .bind(format!("Evidence for {}", a.question))
                .bind(by)
                .bind(now)
                .execute(&mut *w)
                .await?;
            }
        }
        if !status.is_open_to_country() {
            // As submitted, for the reviewers' diff in later rounds.
            review::snapshot(&mut w, edition, country, 1).await?;
        }
        w.audit(
            &AuditEvent::new(by, "answers.bulk-load")
                .response(edition, country)
                .object("response")
                .after(&serde_json::json!({
                    "answers": answers.len(),
                    "evidence": answers.iter().filter(|a| a.evidence_url.is_some()).count(),
                    "status": status.as_str(),
                })),
        )
        .await?;
        w.touch(Touch::response(edition, country));
        w.commit().await?;
        Ok(())
    }

    pub async fn prefill(
        &self,
        edition: &str,
        answers: &[(String, crate::BulkAnswer)],
        by: Option<i64>,
    ) -> Result<u64> {
        let mut w = self.write().await?;
        check_not_archived(&mut w, edition).await?;
        let now = w.now();
        let mut added = 0;
        for (country, a) in answers {
            let done = sqlx::query(
                "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at) \
                 SELECT $1, $2, $3, $4, $5, 1, $6, FALSE, $7, $8 WHERE EXISTS (SELECT 1 FROM responses WHERE edition_id = $1 AND country = $2) \
                 ON CONFLICT (edition_id, country, question_id) DO NOTHING",
            )
            .bind(edition)
            .bind(country)
            .bind(&a.question)
            .bind(&a.value)
            .bind(&a.comment)
            .bind(a.provenance.as_str())
            .bind(by)
            .bind(now)
            .execute(&mut *w)
            .await?;
            if done.rows_affected() > 0 {
                w.audit(
                    &AuditEvent::new(by, "answer.prefill")
                        .response(edition, country)
                        .question(&a.question)
                        .object("answer")
                        .after(&serde_json::json!({
                            "value": a.value,
                            "comment": a.comment,
                            "provenance": a.provenance.as_str(),
                        })),
                )
                .await?;
            }
            added += done.rows_affected();
        }
        if added == 0 {
            return Ok(0);
        }
        w.touch(Touch::Responses);
        w.commit().await?;
        Ok(added)
    }
}
