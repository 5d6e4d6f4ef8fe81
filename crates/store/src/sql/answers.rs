//! Answers: reading, the progress summary, saves (through the group-commit writer), bulk loads
//! and pre-fills.

use std::collections::HashMap;

use sqlx::{FromRow, Row};

use super::editions::check_not_archived;
use super::write::Write;
use super::writer::SaveJob;
use super::{Conn, SqlStore, Touch, audit, review};
use crate::audit::AuditEvent;
use crate::{Answer, AnswerChange, Provenance, Result, Status, StoreError};

/// Rows per statement when a batch reads or writes many answers: well under SQLite's bound
/// parameters, and few enough that SQLite's lookup of numbered parameters stays cheap.
const ROWS_PER_STATEMENT: usize = 80;

/// A response as the group commit checks it.
#[derive(Debug, Clone, Copy)]
pub(super) struct ResponseState {
    status: Status,
    archived: bool,
}

/// What a batch of saves reads before it changes anything: every response and every current
/// answer it names, a few statements per batch instead of one per save. A row that no longer
/// reads is kept as its error, so it fails only the saves that need it.
#[derive(Debug, Default)]
pub(super) struct BatchState {
    responses: HashMap<(String, String), Result<ResponseState, String>>,
    answers: HashMap<(String, String, String), Result<Answer, String>>,
    /// The final row of every answer the batch saved, written together at the end.
    written: Vec<(String, String, Answer)>,
}

impl BatchState {
    /// Reads what `batch` names.
    pub(super) async fn read(conn: &mut Conn, batch: &[SaveJob]) -> Result<Self> {
        let mut state = Self::default();
        let mut responses: Vec<(&str, &str)> = batch
            .iter()
            .map(|j| (j.edition.as_str(), j.country.as_str()))
            .collect();
        responses.sort_unstable();
        responses.dedup();
        for chunk in responses.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::<super::Db>::new(
                "SELECT r.edition_id, r.country, r.status, e.archived_at FROM responses r \
                 JOIN editions e ON e.id = r.edition_id WHERE (r.edition_id, r.country) IN (",
            );
            q.push_values(chunk, |mut row, (e, c)| {
                row.push_bind(*e).push_bind(*c);
            });
            q.push(")");
            for row in q.build().fetch_all(&mut *conn).await? {
                let key: (String, String) = (row.try_get(0)?, row.try_get(1)?);
                let read = (|| {
                    Ok::<_, sqlx::Error>(ResponseState {
                        status: row.try_get(2)?,
                        archived: row.try_get::<Option<i64>, _>(3)?.is_some(),
                    })
                })();
                state.responses.insert(key, read.map_err(|e| e.to_string()));
            }
        }
        let mut keys: Vec<(&str, &str, &str)> = batch
            .iter()
            .map(|j| (j.edition.as_str(), j.country.as_str(), j.question.as_str()))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for chunk in keys.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::<super::Db>::new(
                "SELECT * FROM answers WHERE (edition_id, country, question_id) IN (",
            );
            q.push_values(chunk, |mut row, (e, c, question)| {
                row.push_bind(*e).push_bind(*c).push_bind(*question);
            });
            q.push(")");
            for row in q.build().fetch_all(&mut *conn).await? {
                let key: (String, String, String) = (
                    row.try_get("edition_id")?,
                    row.try_get("country")?,
                    row.try_get("question_id")?,
                );
                state
                    .answers
                    .insert(key, Answer::from_row(&row).map_err(|e| e.to_string()));
            }
        }
        Ok(state)
    }

    /// Writes the final row of every answer saved, one upsert per `ROWS_PER_STATEMENT`.
    pub(super) async fn write(self, conn: &mut Conn) -> Result<()> {
        // Only the last save of an answer is written (a row may appear once per statement).
        let mut last: HashMap<(&str, &str, &str), usize> = HashMap::new();
        for (i, (e, c, a)) in self.written.iter().enumerate() {
            last.insert((e, c, &a.question_id), i);
        }
        let mut rows: Vec<&(String, String, Answer)> =
            last.into_values().map(|i| &self.written[i]).collect();
        rows.sort_unstable_by(|x, y| {
            (&x.0, &x.1, &x.2.question_id).cmp(&(&y.0, &y.1, &y.2.question_id))
        });
        for chunk in rows.chunks(ROWS_PER_STATEMENT) {
            let mut q = sqlx::QueryBuilder::<super::Db>::new(
                "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_by, updated_at, outcome) ",
            );
            q.push_values(chunk, |mut row, (e, c, a)| {
                row.push_bind(e)
                    .push_bind(c)
                    .push_bind(&a.question_id)
                    .push_bind(&a.value)
                    .push_bind(&a.comment)
                    .push_bind(a.version)
                    .push_bind(a.provenance.as_str())
                    .push_bind(a.confirmed)
                    .push_bind(a.updated_by)
                    .push_bind(a.updated_at)
                    .push_bind(&a.outcome);
            });
            q.push(
                " ON CONFLICT (edition_id, country, question_id) DO UPDATE SET \
                 value = excluded.value, comment = excluded.comment, version = excluded.version, provenance = excluded.provenance, \
                 confirmed = excluded.confirmed, updated_by = excluded.updated_by, updated_at = excluded.updated_at, outcome = excluded.outcome",
            );
            q.build().execute(&mut *conn).await?;
        }
        Ok(())
    }
}

/// Checks one save of a batch against what the batch read (and the saves before it), and
/// records it: the new answer joins the rows to write, its audit entry the trail. Nothing is
/// written to the database here but a returned response's question check.
pub(super) async fn apply_save(
    conn: &mut Conn,
    trail: &mut audit::Writer,
    state: &mut BatchState,
    job: &SaveJob,
    now: i64,
) -> Result<Answer> {
    let response = match state
        .responses
        .get(&(job.edition.clone(), job.country.clone()))
    {
        None => return Err(StoreError::NotFound("response")),
        Some(Err(e)) => return Err(StoreError::Corrupt(e.clone())),
        Some(Ok(r)) => *r,
    };
    if response.archived {
        return Err(StoreError::Archived(job.edition.clone()));
    }
    let status = response.status;
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
    let key = (
        job.edition.clone(),
        job.country.clone(),
        job.question.clone(),
    );
    let current = match state.answers.get(&key) {
        None => None,
        Some(Err(e)) => return Err(StoreError::Corrupt(e.clone())),
        Some(Ok(a)) => Some(a.clone()),
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
        Some(c) if confirmed && !c.confirmed => Some("corrected".to_string()),
        Some(c) if confirmed => c.outcome.clone(),
        _ => None,
    };
    let saved = Answer {
        question_id: job.question.clone(),
        value: job.change.value.clone(),
        comment: job.change.comment.clone(),
        version: current_version + 1,
        provenance: job.change.provenance,
        confirmed,
        outcome,
        updated_by: job.by,
        updated_at: now,
    };
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
    // The next save of the same answer in this batch starts from this one.
    state.answers.insert(key, Ok(saved.clone()));
    state
        .written
        .push((job.edition.clone(), job.country.clone(), saved.clone()));
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
        evidence_from: Option<&str>,
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
                if let Some(from) = evidence_from {
                    carry_evidence(&mut w, from, edition, country, &a.question, by, now).await?;
                }
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

/// Copies the evidence of `country`'s answer to `question` in edition `from` to edition `to`,
/// marked as carried from `from`: a link as the same link, a file as the same stored blob (blobs
/// are keyed by their SHA-256, so no file is copied). Deleted items stay behind. One audit entry
/// per item, in the caller's write.
async fn carry_evidence(
    w: &mut Write<'_>,
    from: &str,
    to: &str,
    country: &str,
    question: &str,
    by: Option<i64>,
    now: i64,
) -> Result<()> {
    let rows = sqlx::query(
        "INSERT INTO evidence (edition_id, country, question_id, kind, url, sha256, file_name, media_type, size, title, language, issued_on, public, created_by, created_at, carried_from) \
         SELECT $1, country, question_id, kind, url, sha256, file_name, media_type, size, title, language, issued_on, public, $2, $3, $4 \
         FROM evidence WHERE edition_id = $4 AND country = $5 AND question_id = $6 AND deleted_at IS NULL ORDER BY id RETURNING *",
    )
    .bind(to)
    .bind(by)
    .bind(now)
    .bind(from)
    .bind(country)
    .bind(question)
    .fetch_all(&mut **w)
    .await?;
    for row in &rows {
        let evidence = super::evidence::evidence_from_row(row)?;
        w.audit(
            &AuditEvent::new(by, "evidence.carry")
                .response(to, country)
                .question(question)
                .object(format!("evidence {}", evidence.id))
                .after(&evidence),
        )
        .await?;
    }
    Ok(())
}
