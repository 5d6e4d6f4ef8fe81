//! What the store tells an operator: answer saves and group-commit batch sizes (counted in this
//! process), the connection pool's use, the email and webhook queues, whether the database
//! answers and whether its migrations are the ones this build knows. The server turns these
//! into `/metrics` and `/readyz`.
//!
//! The save counters belong to one store (one group-commit writer): two stores in one process,
//! as in the tests, count apart. The writer registers its counters under the store's instance
//! name when it starts, and `SqlStore` (`sql/health.rs`) finds them by that name, so the writer
//! needs no new argument. The registry holds them weakly: they go when the writer ends.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

use crate::{Backend, Result, Store};

/// Upper bounds of the batch-size histogram's buckets (a batch holds 1 to 512 saves).
pub const BATCH_BUCKETS: [u64; 10] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

/// Counters of one group-commit writer.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    saved: AtomicU64,
    refused: AtomicU64,
    failed: AtomicU64,
    batches: AtomicU64,
    batch_saves: AtomicU64,
    buckets: [AtomicU64; BATCH_BUCKETS.len()],
}

impl Stats {
    /// Records one batch of `size` saves and what came of it: every save of a batch that failed
    /// as a whole (rolled back) failed; otherwise each one was saved or refused (a conflict, a
    /// closed question, a locked response…).
    pub(crate) fn batch<T, U>(
        &self,
        size: usize,
        outcome: &std::result::Result<Vec<Result<T>>, U>,
    ) {
        let size = size as u64;
        self.batches.fetch_add(1, Ordering::Relaxed);
        self.batch_saves.fetch_add(size, Ordering::Relaxed);
        let bucket = BATCH_BUCKETS
            .iter()
            .position(|&bound| size <= bound)
            .unwrap_or(BATCH_BUCKETS.len() - 1);
        self.buckets[bucket].fetch_add(1, Ordering::Relaxed);
        match outcome {
            Ok(results) => {
                let saved = results.iter().filter(|r| r.is_ok()).count() as u64;
                self.saved.fetch_add(saved, Ordering::Relaxed);
                self.refused.fetch_add(size - saved, Ordering::Relaxed);
            }
            Err(_) => {
                self.failed.fetch_add(size, Ordering::Relaxed);
            }
        }
    }

    fn snapshot(&self) -> SaveStats {
        SaveStats {
            saved: self.saved.load(Ordering::Relaxed),
            refused: self.refused.load(Ordering::Relaxed),
            failed: self.failed.load(Ordering::Relaxed),
            batches: self.batches.load(Ordering::Relaxed),
            batch_saves: self.batch_saves.load(Ordering::Relaxed),
            batch_buckets: BATCH_BUCKETS
                .iter()
                .zip(&self.buckets)
                .map(|(&bound, n)| (bound, n.load(Ordering::Relaxed)))
                .collect(),
        }
    }
}

type Registered = Vec<(Arc<str>, Weak<Stats>)>;

/// The counters of the writers running in this process, by store instance.
static REGISTRY: Mutex<Registered> = Mutex::new(Vec::new());

/// The counters of the writer of store `instance`, created (and remembered while the writer
/// holds them) on its first call.
pub(crate) fn register(instance: &Arc<str>) -> Arc<Stats> {
    let mut registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    registry.retain(|(_, stats)| stats.strong_count() > 0);
    let stats = Arc::new(Stats::default());
    registry.push((instance.clone(), Arc::downgrade(&stats)));
    stats
}

/// What the writer of store `instance` counted so far (zeros before it started or after it ended).
pub(crate) fn saves(instance: &str) -> SaveStats {
    let registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    registry
        .iter()
        .find(|(name, _)| &**name == instance)
        .and_then(|(_, stats)| stats.upgrade())
        .map_or_else(|| Stats::default().snapshot(), |stats| stats.snapshot())
}

/// Answer saves through the group commit of this store, since it opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveStats {
    /// Saves committed.
    pub saved: u64,
    /// Saves refused by a check (conflict, locked, closed, archived, not found…).
    pub refused: u64,
    /// Saves of batches that failed as a whole and were rolled back (the database failed).
    pub failed: u64,
    /// Batches committed or attempted.
    pub batches: u64,
    /// Saves in all those batches together (the histogram's sum).
    pub batch_saves: u64,
    /// Batches by size: (upper bound, batches of more than the previous bound and at most this
    /// one), for each of [`BATCH_BUCKETS`].
    pub batch_buckets: Vec<(u64, u64)>,
}

/// The store's state for monitoring: its pool, saves and queues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreStats {
    /// `sqlite` or `postgres`.
    pub backend: &'static str,
    /// Connections the pool holds now (in use or idle), and at most (the group-commit writer's own
    /// connection is not counted).
    pub pool_size: u32,
    pub pool_idle: u32,
    pub pool_max: u32,
    pub saves: SaveStats,
    /// Emails in the outbox not sent yet and never failed (no SMTP, or waiting), and those whose
    /// last sending failed.
    pub outbox_pending: u64,
    pub outbox_failed: u64,
    /// Webhook deliveries waiting for an attempt or a retry, and those given up after the last
    /// attempt failed.
    pub webhooks_pending: u64,
    pub webhooks_failed: u64,
}

/// How the database's applied migrations compare with those this build carries.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Migrations {
    /// Migrations this build knows that the database has not applied (run `cyberindex serve`
    /// or any installation command once to apply them).
    pub pending: Vec<i64>,
    /// Migrations the database has applied that this build does not know (a newer build
    /// migrated it).
    pub unknown: Vec<i64>,
    /// Migrations applied with a different text than this build's.
    pub changed: Vec<i64>,
}

impl Migrations {
    /// Whether the database is exactly at this build's migrations.
    pub fn current(&self) -> bool {
        self.pending.is_empty() && self.unknown.is_empty() && self.changed.is_empty()
    }
}

impl std::fmt::Display for Migrations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |v: &[i64]| v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let mut parts = Vec::new();
        if !self.pending.is_empty() {
            parts.push(format!("not applied: {}", list(&self.pending)));
        }
        if !self.unknown.is_empty() {
            parts.push(format!("unknown to this build: {}", list(&self.unknown)));
        }
        if !self.changed.is_empty() {
            parts.push(format!(
                "applied with another text: {}",
                list(&self.changed)
            ));
        }
        if parts.is_empty() {
            f.write_str("current")
        } else {
            f.write_str(&parts.join("; "))
        }
    }
}

/// What `cyberindex config check` learns of a database without changing it ([`Store::probe`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Probe {
    /// The database server's name and version, such as `PostgreSQL 15.18 …` or `SQLite 3.46.0`.
    pub server: String,
    /// The applied migrations against this build's; `None` when the database has none yet (it
    /// is new, and the first start migrates it).
    pub migrations: Option<Migrations>,
}

impl Store {
    /// Connects to the database at `url` once, without creating, migrating or writing anything,
    /// and says what it found. A SQLite file that does not exist is an error here: the caller
    /// decides whether that is fine (the first start creates it).
    pub async fn probe(url: &str) -> Result<Probe> {
        if url.starts_with("sqlite:") {
            crate::sqlite::probe(url).await
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            crate::postgres::probe(url).await
        } else {
            Err(crate::StoreError::Invalid(crate::Invalid::UnsupportedUrl {
                scheme: url.split(':').next().unwrap_or(url).to_string(),
            }))
        }
    }

    /// Whether the database answers (one trivial query through the pool).
    pub async fn ping(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(s) => s.ping().await,
            Backend::Postgres(s) => s.ping().await,
        }
    }

    /// The database's migrations against this build's.
    pub async fn migrations(&self) -> Result<Migrations> {
        match &self.backend {
            Backend::Sqlite(s) => s.migrations().await,
            Backend::Postgres(s) => s.migrations().await,
        }
    }

    /// The pool, the saves counted so far and the queue lengths (two small counting queries).
    pub async fn stats(&self) -> Result<StoreStats> {
        match &self.backend {
            Backend::Sqlite(s) => s.stats("sqlite").await,
            Backend::Postgres(s) => s.stats("postgres").await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_counted_by_size_and_outcome() {
        let stats = Stats::default();
        let ok: std::result::Result<Vec<Result<()>>, ()> = Ok(vec![
            Ok(()),
            Err(crate::StoreError::NotFound("answer")),
            Ok(()),
        ]);
        stats.batch(3, &ok);
        stats.batch(1, &Ok::<_, ()>(vec![Ok(())]));
        stats.batch(600, &Err::<Vec<Result<()>>, _>(()));
        let s = stats.snapshot();
        assert_eq!((s.saved, s.refused, s.failed), (3, 1, 600));
        assert_eq!((s.batches, s.batch_saves), (3, 604));
        // 1 → the bucket ≤ 1, 3 → ≤ 4, 600 (more than the largest bound) → the last one.
        let counts: Vec<u64> = s.batch_buckets.iter().map(|b| b.1).collect();
        assert_eq!(counts, [1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    }

    #[test]
    fn each_instance_counts_apart_and_is_forgotten_with_its_writer() {
        let (a, b): (Arc<str>, Arc<str>) = ("stats-test-a".into(), "stats-test-b".into());
        let stats_a = register(&a);
        let stats_b = register(&b);
        stats_a.batch(2, &Ok::<_, ()>(vec![Ok::<(), _>(()), Ok(())]));
        assert_eq!(saves("stats-test-a").saved, 2);
        assert_eq!(saves("stats-test-b").saved, 0);
        drop(stats_b);
        stats_a.batch(1, &Ok::<_, ()>(vec![Ok::<(), _>(())]));
        assert_eq!(saves("stats-test-a").saved, 3);
        drop(stats_a);
        assert_eq!(saves("stats-test-a").saved, 0);
    }
}
