//! The one way the store writes.
//!
//! [`SqlStore::write`] opens the backend's write transaction (which takes the one write lock:
//! SQLite `BEGIN IMMEDIATE`, PostgreSQL the audit head `FOR UPDATE`) and hands out a [`Write`].
//! The work runs its statements on it (it dereferences to the connection), records what it did
//! with [`Write::audit`] and what it changed for the caches with [`Write::touch`], and ends with
//! [`Write::commit`], which:
//! 1. refuses to commit a write that recorded nothing in the audit trail;
//! 2. appends the audit entries (the chain head is read once and written once per write);
//! 3. announces the touched caches to the other instances, inside the transaction, so they hear
//!    of the change exactly when it commits;
//! 4. commits, and only then forgets this instance's caches for what was touched.
//!
//! A write that returns early (an error, nothing to do) drops the `Write`, which rolls back.
//!
//! [`SqlStore::bookkeeping`] is the same transaction for the few writes that the audit trail
//! does not record by design: rate-limit buckets, counts of second-factor attempts, delivery
//! leases and in-app notifications (whose cause is recorded). Single-statement writes to
//! sessions, the outbox and delivery results run on the pool directly; they take no lock the
//! audit chain needs.
//!
//! The group-commit writer of answer saves (`writer.rs`) is the one other writer: it holds its
//! own connection and applies many saves in one transaction with the same audit writer.

use std::ops::{Deref, DerefMut};

use super::{Conn, Db, SqlStore, Touch, announce, audit, begin_write};
use crate::audit::AuditEvent;
use crate::{Result, StoreError, now_ms};

/// A write in progress: the backend's write transaction, the audit entries it records and the
/// caches it touched. Commit with [`Write::commit`]; dropping it rolls back.
pub(crate) struct Write<'s> {
    store: &'s SqlStore,
    tx: sqlx::Transaction<'static, Db>,
    now: i64,
    trail: Option<audit::Writer>,
    /// Whether the audit trail must record this write (`false` for bookkeeping).
    audited: bool,
    touched: Vec<Touch>,
}

impl SqlStore {
    /// Begins a write that the audit trail records.
    pub(crate) async fn write(&self) -> Result<Write<'_>> {
        self.begin(true).await
    }

    /// Begins a write to tables the audit trail does not record (see the module docs).
    pub(crate) async fn bookkeeping(&self) -> Result<Write<'_>> {
        self.begin(false).await
    }

    async fn begin(&self, audited: bool) -> Result<Write<'_>> {
        Ok(Write {
            store: self,
            tx: begin_write(&self.pool).await?,
            now: now_ms(),
            trail: None,
            audited,
            touched: Vec::new(),
        })
    }
}

impl Write<'_> {
    /// The time of this write, in milliseconds since the epoch: one instant for every row and
    /// audit entry it writes.
    pub(crate) fn now(&self) -> i64 {
        self.now
    }

    /// Records an event in the audit trail, as part of this write.
    pub(crate) async fn audit(&mut self, event: &AuditEvent) -> Result<()> {
        let trail = match &mut self.trail {
            Some(trail) => trail,
            None => self.trail.insert(audit::Writer::start(&mut self.tx).await?),
        };
        trail.push(&mut self.tx, event, self.now).await
    }

    /// Marks a cache this write makes stale, on this instance and on every other.
    pub(crate) fn touch(&mut self, touch: Touch) {
        if !self.touched.contains(&touch) {
            self.touched.push(touch);
        }
    }

    /// Commits the write (see the module docs for what that checks and does).
    pub(crate) async fn commit(mut self) -> Result<()> {
        match self.trail.take() {
            Some(trail) => trail.finish(&mut self.tx).await?,
            // A bug in the store, never the caller's: refuse rather than change data unrecorded.
            None if self.audited => {
                return Err(StoreError::Database(sqlx::Error::Protocol(
                    "a write tried to commit without an audit entry".into(),
                )));
            }
            None => {}
        }
        for touch in &self.touched {
            announce(&mut self.tx, &self.store.instance, touch).await?;
        }
        self.tx.commit().await?;
        for touch in &self.touched {
            self.store.forget(touch);
        }
        Ok(())
    }
}

impl Deref for Write<'_> {
    type Target = Conn;

    fn deref(&self) -> &Conn {
        &self.tx
    }
}

impl DerefMut for Write<'_> {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.tx
    }
}
