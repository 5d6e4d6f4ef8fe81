//! A cache of answer summaries (what progress needs), the hot read of autosave: every save
//! returns the response's progress, and reading 90 answers with their evidence counts per save
//! cost more than the save itself (see BENCHMARKS.md).
//!
//! Writers keep it true: a group commit updates the entries of the answers it saved, after the
//! commit; every other write that touches answers or evidence forgets the response (or the
//! edition). A reader that missed records the generation it started at and stores what it read
//! only if no write came in between, so a slow read never overwrites a newer state. Entries also
//! expire after a minute, which bounds what a write made by another process can leave stale.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::AnswerSummary;

const TTL: Duration = Duration::from_secs(60);

#[derive(Debug, Default)]
struct Entry {
    generation: u64,
    data: Option<(Instant, Vec<AnswerSummary>)>,
}

#[derive(Debug, Default)]
pub(crate) struct Summaries {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    epoch: u64,
    entries: HashMap<(String, String), Entry>,
}

/// Where a reader started, to store what it read only if nothing changed since.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ticket {
    epoch: u64,
    generation: u64,
}

impl Summaries {
    /// The cached summary, or a ticket to store one after reading it.
    pub(crate) fn get(&self, edition: &str, country: &str) -> Result<Vec<AnswerSummary>, Ticket> {
        let mut inner = self.inner.lock().expect("not poisoned");
        let epoch = inner.epoch;
        let entry = inner
            .entries
            .entry((edition.to_string(), country.to_string()))
            .or_default();
        match &entry.data {
            Some((at, data)) if at.elapsed() < TTL => Ok(data.clone()),
            _ => Err(Ticket {
                epoch,
                generation: entry.generation,
            }),
        }
    }

    /// Stores what a reader read, unless a write came in since its ticket.
    pub(crate) fn put(&self, edition: &str, country: &str, ticket: Ticket, data: &[AnswerSummary]) {
        let mut inner = self.inner.lock().expect("not poisoned");
        if inner.epoch != ticket.epoch {
            return;
        }
        if let Some(entry) = inner
            .entries
            .get_mut(&(edition.to_string(), country.to_string()))
            && entry.generation == ticket.generation
        {
            entry.data = Some((Instant::now(), data.to_vec()));
        }
    }

    /// After a commit: the answer to `question` now has `value`.
    pub(crate) fn saved(&self, edition: &str, country: &str, question: &str, value: Option<&str>) {
        let mut inner = self.inner.lock().expect("not poisoned");
        let entry = inner
            .entries
            .entry((edition.to_string(), country.to_string()))
            .or_default();
        entry.generation += 1;
        if let Some((_, data)) = &mut entry.data {
            match data.iter_mut().find(|a| a.question_id == question) {
                Some(a) => a.value = value.map(str::to_string),
                None => data.push(AnswerSummary {
                    question_id: question.to_string(),
                    value: value.map(str::to_string),
                    evidence: 0,
                }),
            }
        }
    }

    /// Forgets one response.
    pub(crate) fn forget(&self, edition: &str, country: &str) {
        let mut inner = self.inner.lock().expect("not poisoned");
        let entry = inner
            .entries
            .entry((edition.to_string(), country.to_string()))
            .or_default();
        entry.generation += 1;
        entry.data = None;
    }

    /// Forgets everything (a write across many responses).
    pub(crate) fn clear(&self) {
        let mut inner = self.inner.lock().expect("not poisoned");
        inner.epoch += 1;
        inner.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(q: &str, v: &str) -> AnswerSummary {
        AnswerSummary {
            question_id: q.into(),
            value: Some(v.into()),
            evidence: 0,
        }
    }

    #[test]
    fn a_read_that_raced_a_write_is_not_stored() {
        let cache = Summaries::default();
        let ticket = cache.get("e", "KEN").unwrap_err();
        // A save commits while the read is under way…
        cache.saved("e", "KEN", "Q1", Some("new"));
        // …so the (older) read is not kept.
        cache.put("e", "KEN", ticket, &[summary("Q1", "old")]);
        assert!(cache.get("e", "KEN").is_err());
        // A read with no write in between is kept, and later saves update it in place.
        let ticket = cache.get("e", "KEN").unwrap_err();
        cache.put("e", "KEN", ticket, &[summary("Q1", "new")]);
        cache.saved("e", "KEN", "Q2", Some("x"));
        cache.saved("e", "KEN", "Q1", None);
        let got = cache.get("e", "KEN").unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].value, None);
        assert_eq!(got[1].value.as_deref(), Some("x"));
        // Forgetting and clearing drop it, and void tickets taken before.
        let ticket = cache.get("e", "FRA").unwrap_err();
        cache.clear();
        cache.put("e", "FRA", ticket, &[summary("Q1", "stale")]);
        assert!(cache.get("e", "FRA").is_err());
        cache.forget("e", "KEN");
        assert!(cache.get("e", "KEN").is_err());
    }
}
