//! The group-commit writer of answer saves. Answer saves are the hot write path (autosave), and
//! each commit costs a disk sync. One task owns a connection, takes every save that is waiting
//! (up to 512), applies each, commits once, and only then answers each caller: a save is
//! reported only once it is durable, and one sync serves many saves.

use sqlx::Connection;

use super::answers::apply_save;
use super::editions::record_activity;
use super::{Conn, Touch, announce, audit, begin_write_conn};
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
/// sync. One task owns a connection, takes every save that is waiting (up to 512), applies each
/// in its own savepoint, commits once, and only then answers each caller: a save is reported only
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
    let mut trail = audit::Writer::start(conn).await?;
    let mut results = Vec::with_capacity(batch.len());
    // Responses touched by the batch: (edition, country) → whether a country edit was among them.
    let mut touched: Vec<(&str, &str, bool)> = Vec::new();
    for job in batch {
        // A job that fails its checks has written nothing, so it needs no savepoint; a database
        // failure fails the whole batch, which is rolled back. A row of this response that no
        // longer reads (`Corrupt`, found while reading before any write) fails only its job, so
        // one damaged response does not stop the other countries' saves.
        let result = apply_save(conn, &mut trail, job, now).await;
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
    for (edition, country, country_edit) in touched {
        record_activity(conn, edition, country, now, country_edit).await?;
        announce(conn, instance, &Touch::response(edition, country)).await?;
    }
    trail.finish(conn).await?;
    sqlx::query("COMMIT").execute(&mut *conn).await?;
    Ok(results)
}
