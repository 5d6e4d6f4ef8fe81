//! `cyberindex fsck`'s check: the files the database refers to against the files in the store.

use std::collections::BTreeSet;

use crate::{Blobs, Result};

/// A stored file whose content does not hash to its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrupt {
    pub sha256: String,
    /// What the content hashes to.
    pub actual: String,
}

/// What [`check`] found; every list is sorted by hash.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Files the database refers to.
    pub referenced: usize,
    /// Files in the store.
    pub stored: usize,
    /// Referenced by the database, absent from the store.
    pub missing: Vec<String>,
    /// In the store, with content that does not hash to the key (referenced or not).
    pub corrupt: Vec<Corrupt>,
    /// In the store, referenced by no evidence row.
    pub unreferenced: Vec<String>,
}

impl Report {
    /// Whether evidence is lost or damaged (what `--repair` cannot fix).
    pub fn damaged(&self) -> bool {
        !self.missing.is_empty() || !self.corrupt.is_empty()
    }
}

/// Compares `stored` (the store's files, [`Blobs::list`]) with `referenced` (the hashes the
/// evidence rows name), hashing every stored file as a stream.
///
/// List the store *before* reading `referenced` from the database: a file is stored only after
/// its evidence row is committed, so every file in the listing then has its row in the later
/// read, and an upload finishing meanwhile is never taken for unreferenced.
pub async fn check(
    blobs: &Blobs,
    stored: &BTreeSet<String>,
    referenced: &BTreeSet<String>,
) -> Result<Report> {
    let mut report = Report {
        referenced: referenced.len(),
        stored: stored.len(),
        missing: referenced.difference(stored).cloned().collect(),
        unreferenced: stored.difference(referenced).cloned().collect(),
        corrupt: Vec::new(),
    };
    for sha in stored {
        match blobs.hash(sha).await? {
            Some(actual) if &actual != sha => report.corrupt.push(Corrupt {
                sha256: sha.clone(),
                actual,
            }),
            Some(_) => {}
            // Removed since the listing: it is missing now if the database refers to it.
            None => {
                report.unreferenced.retain(|u| u != sha);
                if referenced.contains(sha) {
                    report.missing.push(sha.clone());
                    report.missing.sort();
                }
            }
        }
    }
    Ok(report)
}
