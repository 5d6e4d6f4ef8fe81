//! The command line's one door to evidence files (`db copy`, `backup`, `restore`): listing,
//! reading and writing the content-addressed files under an evidence directory
//! (`DIR/ab/abcd…`, named by their SHA-256, the layout of the server's
//! `service::evidence::path_of`). Nothing else in this crate touches evidence files, so moving
//! them to another storage changes only this module.
//!
//! Evidence files never change once written: a file whose content does not hash to its name is
//! damaged, and every reader here says so.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Where a file with this hash lives under `dir`.
pub fn path_of(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2]).join(sha256)
}

/// Whether `name` is a SHA-256 in lower-case hex.
pub fn is_sha256(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

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

/// The size of the file with this hash, or `None` when it is not there.
pub fn size(dir: &Path, sha256: &str) -> anyhow::Result<Option<u64>> {
    let path = path_of(dir, sha256);
    match std::fs::metadata(&path) {
        Ok(meta) => Ok(Some(meta.len())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Opens the file with this hash for reading (streamed; files are never read whole here).
pub fn open(dir: &Path, sha256: &str) -> anyhow::Result<impl Read + use<>> {
    let path = path_of(dir, sha256);
    std::fs::File::open(&path).with_context(|| format!("cannot read {}", path.display()))
}

/// The SHA-256 of the file with this hash as it is now (to find a damaged one).
pub fn hash(dir: &Path, sha256: &str) -> anyhow::Result<String> {
    let mut hasher = crate::checksum::Hasher::default();
    std::io::copy(&mut open(dir, sha256)?, &mut hasher)
        .with_context(|| format!("cannot read {}", path_of(dir, sha256).display()))?;
    Ok(hasher.hex())
}

/// Writes the file with hash `sha256` from `content`, through a temporary name renamed into
/// place once its content hashed right and reached the disk. A file already there is left as it
/// is when its content is right, and refused otherwise. The bytes written (0 when it was there).
pub fn write(dir: &Path, sha256: &str, content: &mut dyn Read) -> anyhow::Result<u64> {
    let target = path_of(dir, sha256);
    if target.exists() {
        let actual = hash(dir, sha256)?;
        if actual != sha256 {
            anyhow::bail!(
                "{} is already there with other content (SHA-256 {actual})",
                target.display()
            );
        }
        return Ok(0);
    }
    let parent = target.parent().unwrap_or(dir);
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create {}", parent.display()))?;
    let temp = parent.join(format!("copy-{sha256}.part"));
    let written = (|| -> anyhow::Result<u64> {
        let mut output = crate::checksum::Tee::new(std::fs::File::create(&temp)?);
        let bytes = std::io::copy(content, &mut output)?;
        let (file, actual) = output.finish();
        if actual != sha256 {
            anyhow::bail!("its content has the SHA-256 {actual}, not {sha256}");
        }
        file.sync_all()?;
        std::fs::rename(&temp, &target)?;
        Ok(bytes)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.with_context(|| format!("cannot write {}", target.display()))
}
