//! `cyberindex db copy`: moves a whole installation to another database (SQLite to PostgreSQL,
//! back, or to a database of the same kind), its evidence files included.
//!
//! The database part is `Store::copy_into` (all or nothing, into an empty database, then checked:
//! row counts and the audit trail's head). The files part copies the content-addressed evidence
//! files (`evidence/ab/abcd…`, named by their SHA-256), checking each file's hash on the way and
//! that every file the database refers to arrived. Database URLs are printed only redacted.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Subcommand};
use cyberindex_server::config::DatabaseUrl;
use cyberindex_store::{CopyError, Store, StoreError};

use crate::input::InputError;

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Copy a whole installation into a new, empty database: every table, the audit trail (which
    /// must verify to the same head on both sides) and, with --from-data and --to-data, the
    /// evidence files. Stop the server first.
    Copy(CopyArgs),
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// The database to copy, such as sqlite://cyberindex-data/cyberindex.db.
    #[arg(long, value_name = "URL")]
    from: String,
    /// The empty database to copy into, such as postgres://cyberindex@db.example.org/cyberindex.
    #[arg(long, value_name = "URL")]
    to: String,
    /// The data directory of the installation copied from (its evidence files are in
    /// DIR/evidence).
    #[arg(long, value_name = "DIR", requires = "to_data")]
    from_data: Option<PathBuf>,
    /// The data directory to copy the evidence files into (DIR/evidence).
    #[arg(long, value_name = "DIR", requires = "from_data")]
    to_data: Option<PathBuf>,
}

pub fn run(command: DbCommand) -> anyhow::Result<()> {
    match command {
        DbCommand::Copy(args) => copy(&args),
    }
}

fn copy(args: &CopyArgs) -> anyhow::Result<()> {
    let from = DatabaseUrl::new(args.from.clone());
    let to = DatabaseUrl::new(args.to.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let source = Store::open(from.expose())
            .await
            .map_err(|e| anyhow::anyhow!("cannot open the source database {from}: {e}"))?;
        let target = match Store::open(to.expose()).await {
            Ok(target) => target,
            Err(e) => {
                source.close().await;
                anyhow::bail!("cannot open the target database {to}: {e}");
            }
        };
        let result = copy_stores(args, &source, &target, &from, &to).await;
        source.close().await;
        target.close().await;
        result
    })
}

async fn copy_stores(
    args: &CopyArgs,
    source: &Store,
    target: &Store,
    from: &DatabaseUrl,
    to: &DatabaseUrl,
) -> anyhow::Result<()> {
    let referenced = source.evidence_hashes().await?;
    let dirs = match (&args.from_data, &args.to_data) {
        (Some(f), Some(t)) => Some((f.join("evidence"), t.join("evidence"))),
        _ => None,
    };
    // Every file the database refers to must be there, unchanged, before anything is written.
    if let Some((from_dir, _)) = &dirs {
        let found = scan(from_dir)?;
        for sha in &referenced {
            if !found.contains(sha) {
                return Err(InputError(format!(
                    "error: the evidence file {sha} that the database refers to is not in {}; nothing was copied\n",
                    from_dir.display()
                ))
                .into());
            }
        }
        for sha in &found {
            let actual = hash_file(&path_of(from_dir, sha))?;
            if &actual != sha {
                return Err(InputError(format!(
                    "error: the evidence file {} is damaged: its SHA-256 is {actual}; nothing was copied\n",
                    path_of(from_dir, sha).display()
                ))
                .into());
            }
        }
    }
    println!("Copying {from} to {to}");
    let report = source
        .copy_into(target, |table, rows| println!("  {table}: {rows} rows"))
        .await
        .map_err(|e| match e {
            CopyError::NotCopied(StoreError::Invalid(message)) => {
                anyhow::Error::from(InputError(format!("error: {message}\n")))
            }
            CopyError::NotCopied(e) => anyhow::anyhow!(
                "the copy failed and nothing was written to {to} (the copy is one transaction): {e}"
            ),
            CopyError::Mismatch(message) => anyhow::anyhow!("{message}"),
        })?;
    let files = match &dirs {
        Some((from_dir, to_dir)) => {
            let copied = copy_files(from_dir, to_dir).with_context(|| {
                format!(
                    "the database was copied, but not all of its evidence files: copy {} into {} again",
                    from_dir.display(),
                    to_dir.display()
                )
            })?;
            for sha in &referenced {
                let path = path_of(to_dir, sha);
                if !path.exists() || hash_file(&path)? != *sha {
                    anyhow::bail!(
                        "the evidence file {sha} that the database refers to did not arrive in {}",
                        to_dir.display()
                    );
                }
            }
            Some(copied)
        }
        None => None,
    };
    let total: u64 = report.tables.iter().map(|(_, rows)| rows).sum();
    println!(
        "Copied {total} rows in {} tables from {from} to {to}.",
        report.tables.len()
    );
    match files {
        Some((count, bytes)) => println!(
            "Evidence files: {count} copied ({bytes} bytes), each checked against its SHA-256; all {} files the database refers to are there.",
            referenced.len()
        ),
        None if referenced.is_empty() => println!("Evidence files: the database refers to none."),
        None => println!(
            "Evidence files: NOT copied (the database refers to {}): copy DATA/evidence yourself, or run again with --from-data and --to-data.",
            referenced.len()
        ),
    }
    let head = match &report.head {
        Some((id, hash)) if *id > 0 => format!("{id}:{hash}"),
        _ => format!("0:{}", cyberindex_store::audit::GENESIS),
    };
    match &report.audit {
        Ok((entries, _)) => println!(
            "Audit trail: {entries} entries, head {head}, verified the same on both sides."
        ),
        Err(e) => println!(
            "Audit trail: head {head}; it does NOT verify, on the source as on the copy: {e}"
        ),
    }
    Ok(())
}

/// Where a file with this hash lives: the layout of the server's `service::evidence::path_of`
/// (`ab/abcd…`), which `tests/db_copy.rs` stores its files with.
fn path_of(dir: &Path, sha256: &str) -> PathBuf {
    dir.join(&sha256[..2]).join(sha256)
}

/// Whether `name` is a SHA-256 in lower-case hex.
fn is_sha256(name: &str) -> bool {
    name.len() == 64 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The evidence files of a directory (`ab/abcd…`); anything else (such as an upload that was
/// interrupted) is left out. No directory: no files.
fn scan(dir: &Path) -> anyhow::Result<BTreeSet<String>> {
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

fn hash_file(path: &Path) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(cyberindex_store::sha256_hex(&bytes))
}

/// Copies every evidence file, checking its hash before it is written (to a temporary name,
/// renamed into place); a file already there with the right content is left as it is. The files
/// now in place and the bytes written.
fn copy_files(from_dir: &Path, to_dir: &Path) -> anyhow::Result<(u64, u64)> {
    let mut count = 0;
    let mut bytes = 0;
    for sha in scan(from_dir)? {
        let source = path_of(from_dir, &sha);
        let target = path_of(to_dir, &sha);
        if target.exists() {
            let actual = hash_file(&target)?;
            if actual != sha {
                anyhow::bail!(
                    "{} is already there with other content (SHA-256 {actual})",
                    target.display()
                );
            }
            count += 1;
            continue;
        }
        let parent = target.parent().unwrap_or(to_dir);
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        let temp = parent.join(format!("copy-{sha}.part"));
        // Evidence files are at most the upload limit, so one is read whole.
        let content =
            std::fs::read(&source).with_context(|| format!("cannot read {}", source.display()))?;
        let actual = cyberindex_store::sha256_hex(&content);
        if actual != sha {
            anyhow::bail!(
                "{} changed while it was copied (its SHA-256 is now {actual})",
                source.display()
            );
        }
        let written = (|| -> std::io::Result<()> {
            let mut output = std::fs::File::create(&temp)?;
            std::io::Write::write_all(&mut output, &content)?;
            output.sync_all()?;
            std::fs::rename(&temp, &target)
        })();
        if let Err(e) = written {
            let _ = std::fs::remove_file(&temp);
            return Err(e).with_context(|| format!("cannot write {}", target.display()));
        }
        count += 1;
        bytes += content.len() as u64;
    }
    Ok((count, bytes))
}
