//! The audit trail's hash chain, independent of the database.
//!
//! Every entry's hash is the SHA-256 of its content and of the previous entry's hash, so an entry
//! that is altered, removed or moved breaks the chain at that point. The first entry's previous
//! hash is [`GENESIS`].

use serde::Serialize;
use sha2::{Digest, Sha256};

/// The "previous hash" of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// A change to record: who did what to which object, with the state before and after.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditEvent {
    /// The user who acted; `None` for the system or the command line.
    pub actor: Option<i64>,
    /// What happened, such as `answer.save` or `response.validate`.
    pub action: String,
    pub edition: Option<String>,
    pub country: Option<String>,
    pub question: Option<String>,
    /// The object acted on, such as `evidence 12` or `user 3`.
    pub object: String,
    /// JSON of the object before the change (`None` when it did not exist).
    pub before: Option<String>,
    /// JSON of the object after the change (`None` when it no longer exists).
    pub after: Option<String>,
    pub reason: String,
    /// About reviewer-only notes: never shown to countries.
    pub confidential: bool,
}

impl AuditEvent {
    pub fn new(actor: Option<i64>, action: &str) -> Self {
        Self {
            actor,
            action: action.to_string(),
            ..Self::default()
        }
    }

    /// The response (edition and country) the change belongs to.
    pub fn response(mut self, edition: &str, country: &str) -> Self {
        self.edition = Some(edition.to_string());
        self.country = Some(country.to_string());
        self
    }

    pub fn question(mut self, question: &str) -> Self {
        self.question = Some(question.to_string());
        self
    }

    pub fn object(mut self, object: impl Into<String>) -> Self {
        self.object = object.into();
        self
    }

    pub fn before(mut self, before: &impl Serialize) -> Self {
        self.before = serde_json::to_string(before).ok();
        self
    }

    pub fn after(mut self, after: &impl Serialize) -> Self {
        self.after = serde_json::to_string(after).ok();
        self
    }

    pub fn reason(mut self, reason: &str) -> Self {
        self.reason = reason.to_string();
        self
    }

    pub fn confidential(mut self, confidential: bool) -> Self {
        self.confidential = confidential;
        self
    }
}

/// One entry of the trail, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    /// Unix milliseconds.
    pub at: i64,
    pub actor_id: Option<i64>,
    /// The actor's email at the time, or `system`.
    pub actor: String,
    pub action: String,
    #[sqlx(rename = "edition_id")]
    pub edition: Option<String>,
    pub country: Option<String>,
    #[sqlx(rename = "question_id")]
    pub question: Option<String>,
    pub object: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub reason: String,
    pub confidential: bool,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditEntry {
    /// The hash this entry should carry, from its content and `prev_hash`.
    pub fn compute_hash(&self) -> String {
        let mut h = Sha256::new();
        let mut field = |s: &str| {
            // Length-prefixed, so that no two different entries serialise alike.
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        };
        field(&self.id.to_string());
        field(&self.at.to_string());
        field(&self.actor_id.map(|a| a.to_string()).unwrap_or_default());
        field(&self.actor);
        field(&self.action);
        field(self.edition.as_deref().unwrap_or("\u{0}"));
        field(self.country.as_deref().unwrap_or("\u{0}"));
        field(self.question.as_deref().unwrap_or("\u{0}"));
        field(&self.object);
        field(self.before.as_deref().unwrap_or("\u{0}"));
        field(self.after.as_deref().unwrap_or("\u{0}"));
        field(&self.reason);
        field(if self.confidential { "1" } else { "0" });
        field(&self.prev_hash);
        hex::encode(h.finalize())
    }
}

/// What is wrong with the trail, at the first bad entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainError {
    #[error("entry {id} was altered: its hash does not match its content")]
    Altered { id: i64 },
    #[error(
        "entry {expected} is missing: the entry after {previous} is {found} (removed or reordered)"
    )]
    Missing {
        previous: i64,
        expected: i64,
        found: i64,
    },
    #[error(
        "entry {id} does not follow entry {previous}: its previous hash does not match (removed, reordered or altered)"
    )]
    Broken { id: i64, previous: i64 },
    #[error(
        "the trail ends at entry {last}, but its head records entry {head}: entries were removed from the end"
    )]
    Truncated { last: i64, head: i64 },
    #[error("the last entry {id} does not match the hash its head records")]
    HeadMismatch { id: i64 },
}

/// Checks entries that come in id order; `head` is the recorded last entry (id and hash).
/// Returns the number of entries and the last hash.
pub fn verify_chain(
    entries: impl IntoIterator<Item = AuditEntry>,
    head: Option<(i64, String)>,
) -> Result<(u64, String), ChainError> {
    let mut previous: Option<(i64, String)> = None;
    let mut count = 0;
    for entry in entries {
        let (expected_id, expected_prev) = match &previous {
            Some((id, hash)) => (id + 1, hash.as_str()),
            None => (1, GENESIS),
        };
        if entry.id != expected_id {
            return Err(ChainError::Missing {
                previous: expected_id - 1,
                expected: expected_id,
                found: entry.id,
            });
        }
        if entry.compute_hash() != entry.hash {
            return Err(ChainError::Altered { id: entry.id });
        }
        if entry.prev_hash != expected_prev {
            return Err(ChainError::Broken {
                id: entry.id,
                previous: expected_id - 1,
            });
        }
        count += 1;
        previous = Some((entry.id, entry.hash));
    }
    let last = previous.unwrap_or((0, GENESIS.to_string()));
    if let Some((head_id, head_hash)) = head {
        if head_id > last.0 {
            return Err(ChainError::Truncated {
                last: last.0,
                head: head_id,
            });
        }
        if head_id == last.0 && head_hash != last.1 {
            return Err(ChainError::HeadMismatch { id: head_id });
        }
    }
    Ok((count, last.1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS.to_string();
        (1..=n)
            .map(|id| {
                let mut e = AuditEntry {
                    id,
                    at: 1_000 + id,
                    actor_id: Some(1),
                    actor: "a@example.org".into(),
                    action: "answer.save".into(),
                    edition: Some("e".into()),
                    country: Some("KEN".into()),
                    question: Some(format!("q{id}")),
                    object: String::new(),
                    before: None,
                    after: Some(format!("{{\"value\":\"{id}\"}}")),
                    reason: String::new(),
                    confidential: false,
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                e.hash = e.compute_hash();
                prev = e.hash.clone();
                e
            })
            .collect()
    }

    fn head(c: &[AuditEntry]) -> Option<(i64, String)> {
        c.last().map(|e| (e.id, e.hash.clone()))
    }

    #[test]
    fn an_intact_chain_verifies() {
        let c = chain(5);
        let h = head(&c);
        assert_eq!(verify_chain(c.clone(), h).unwrap(), (5, c[4].hash.clone()));
        assert_eq!(verify_chain(Vec::new(), None).unwrap().0, 0);
    }

    #[test]
    fn each_kind_of_tampering_names_the_first_bad_entry() {
        let c = chain(6);
        let h = head(&c);

        let mut altered = c.clone();
        altered[2].after = Some("{\"value\":\"forged\"}".into());
        assert_eq!(
            verify_chain(altered, h.clone()),
            Err(ChainError::Altered { id: 3 })
        );

        let mut removed = c.clone();
        removed.remove(3);
        assert_eq!(
            verify_chain(removed, h.clone()),
            Err(ChainError::Missing {
                previous: 3,
                expected: 4,
                found: 5
            })
        );

        // Two entries swapped, ids renumbered to hide it and hashes recomputed: the chain of
        // previous hashes still breaks.
        let mut swapped = c.clone();
        swapped.swap(1, 2);
        swapped[1].id = 2;
        swapped[2].id = 3;
        for e in &mut swapped[1..3] {
            e.hash = e.compute_hash();
        }
        assert_eq!(
            verify_chain(swapped, h.clone()),
            Err(ChainError::Broken { id: 2, previous: 1 })
        );

        let truncated = c[..4].to_vec();
        assert_eq!(
            verify_chain(truncated, h),
            Err(ChainError::Truncated { last: 4, head: 6 })
        );
    }
}
