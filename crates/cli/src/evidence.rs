//! Evidence files in a local directory (`DIR/ab/abcd…`, named by their SHA-256, the layout of
//! `cyberindex_blobs`): the staging folder of `restore`, and the target of a restore or a copy
//! onto local storage. Reading from and writing to the installation's store, local or a bucket,
//! goes through `cyberindex_blobs::Blobs`.
//!
//! Evidence files never change once written: a file whose content does not hash to its name is
//! damaged, and every reader here says so.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;

pub use cyberindex_blobs::{is_sha256, path_of};

/// The evidence files of a directory; anything else (such as an upload that was interrupted) is
/// left out. No directory: no files.
pub fn list(dir: &Path) -> anyhow::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    if !dir.exists() {
        return Ok(found);
    }
    let read =
        |d: &Path| std::fs::read_dir(d).with_context(|| format!("cannot read {}", d.display()));
    for prefix in read(dir)? {
        let prefix = prefix?;
        if !prefix.file_type()?.is_dir() {
            continue;
        }
        let prefix_name = prefix.file_name().to_string_lossy().to_string();
        for file in read(&prefix.path())? {
            let file = file?;
            let name = file.file_name().to_string_lossy().to_string();
            if file.file_type()?.is_file() && is_sha256(&name) && name.starts_with(&prefix_name) {
                found.insert(name);
            }
        }
    }
    Ok(found)
}

/// Whether `dir` holds any file at all (evidence or not).
pub fn any(dir: &Path) -> anyhow::Result<bool> {
    if !dir.exists() {
        return Ok(false);
    }
    for entry in walk(dir)? {
        if entry.is_file() {
            return Ok(true);
        }
    }
    Ok(false)
}

fn walk(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(walk(&path)?);
        } else {
            out.push(path);
        }
    }
    Ok(out)
}
