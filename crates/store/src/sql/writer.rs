//! The group-commit writer of answer saves. Answer saves are the hot write path (autosave), and
//! each commit costs a disk sync. One task owns a connection, takes every save that is waiting
//! (up to 512), applies each, commits once, and only then answers each caller: a save is
//! reported only once it is durable, and one sync serves many saves.

use sqlx::Connection;

use super::answers::{BatchState, apply_save};
use super::editions::record_activity_many;
use super::{Conn, Touch, announce_many, audit, begin_write_conn};
use crate::{Answer, AnswerChange, Result, StoreError, now_ms};

/// One answer save waiting for the writer.
#[derive(Debug)]
pub(super) struct SaveJob {
    pub(super) edition: String,
    pub(super) country: String,
    pub(super) question: String,
    pub(super) change: AnswerChange,
    pub(super) by: Option<i64>,
    pub(super) country_edit: bool,
    pub(super) reply: tokio::sync::oneshot::Sender<Result<Answer>>,
}

/// Group commit. Answer saves are the hot write path (autosave), and each commit costs a disk
/// sync. One task owns a connection, takes every save that is waiting (up to 512), reads what
/// they name together, checks and applies each in turn, writes them together, commits once, and only then answers each caller: a save is reported only
/// once it is durable, and one sync serves many saves.
pub(super) async fn writer(
    mut conn: Conn,
    mut jobs: tokio::sync::mpsc::Receiver<SaveJob>,
    summaries: std::sync::Arc<crate::summaries::Summaries>,
    instance: std::sync::Arc<str>,
) {
    let stats = crate::stats::register(&instance);
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < 512 {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let outcome = apply_batch(&mut conn, &batch, &instance).await;
        stats.batch(batch.len(), &outcome);
        match outcome {
            Ok(results) => {
                for (job, result) in batch.into_iter().zip(results) {
                    if let Ok(saved) = &result {
                        summaries.saved(
                            &job.edition,
                            &job.country,
                            &job.question,
                            saved.value.as_deref(),
                        );
                    }
                    let _ = job.reply.send(result);
                }
            }
            Err(e) => {
                // The whole batch failed and is rolled back: every caller gets the same kind
                // (most often `Unavailable`, so the client keeps its draft and tries again).
                let _ = sqlx::query("ROLLBACK").execute(&mut conn).await;
                for job in batch {
                    let _ = job.reply.send(Err(same_kind(&e)));
                }
            }
        }
    }
    let _ = conn.close().await;
}

/// A copy of a batch's error for each of its callers (`sqlx::Error` cannot be cloned).
fn same_kind(e: &StoreError) -> StoreError {
    match e {
        StoreError::Corrupt(d) => StoreError::Corrupt(d.clone()),
        StoreError::Database(d) => StoreError::Database(sqlx::Error::Protocol(d.to_string())),
        other => StoreError::Unavailable(other.to_string()),
    }
}

async fn apply_batch(
    conn: &mut Conn,
    batch: &[SaveJob],
    instance: &str,
) -> Result<Vec<Result<Answer>>> {
    begin_write_conn(conn).await?;
    let now = now_ms();
    // Reads, then checks in memory, then writes: a few statements a batch, not a few a save
    // (each statement is a round trip, which on PostgreSQL costs more than the work).
    let mut state = BatchState::read(conn, batch).await?;
    let mut trail = audit::Writer::start(conn).await?;
    trail
        .know_actors(conn, batch.iter().filter_map(|j| j.by))
        .await?;
    let mut results = Vec::with_capacity(batch.len());
    // Responses touched by the batch: (edition, country) → whether a country edit was among them.
    let mut touched: Vec<(&str, &str, bool)> = Vec::new();
    for job in batch {
        // A save that fails its checks has written nothing; a database failure fails the whole
        // batch, which is rolled back. A row that no longer reads (`Corrupt`) fails only the
        // saves that need it, so one damaged response does not stop the other countries' saves.
        let result = apply_save(conn, &mut trail, &mut state, job, now).await;
        if let Err(e @ (StoreError::Database(_) | StoreError::Unavailable(_))) = result {
            return Err(e);
        }
        if result.is_ok() {
            match touched
                .iter_mut()
                .find(|(e, c, _)| *e == job.edition && *c == job.country)
            {
                Some(t) => t.2 |= job.country_edit,
                None => touched.push((&job.edition, &job.country, job.country_edit)),
            }
        }
        results.push(result);
    }
    state.write(conn).await?;
    for country_edit in [true, false] {
        let responses: Vec<(&str, &str)> = touched
            .iter()
            .filter(|t| t.2 == country_edit)
            .map(|t| (t.0, t.1))
            .collect();
        record_activity_many(conn, &responses, now, country_edit).await?;
    }
    let touches: Vec<Touch> = touched
        .iter()
        .map(|(e, c, _)| Touch::response(e, c))
        .collect();
    announce_many(conn, instance, &touches).await?;
    trail.finish(conn).await?;
    sqlx::query("COMMIT").execute(&mut *conn).await?;
    Ok(results)
}
