//! `cyberindex db copy`: moves a whole installation to another database (SQLite to PostgreSQL,
//! back, or to a database of the same kind), its evidence files included.
//!
//! The database part is `Store::copy_into` (all or nothing, into an empty database, then checked:
//! row counts and the audit trail's head). The files part copies the content-addressed evidence
//! files between two local evidence directories (`DATA/evidence/ab/abcd…`, named by their
//! SHA-256) through `cyberindex_blobs`, streaming each and checking its hash on the way, and
//! checks that every file the database refers to arrived. Evidence kept in S3 stays where it is:
//! the new installation names the same `evidence_store`. Database URLs are printed only redacted.

use std::collections::BTreeSet;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, Subcommand};
use cyberindex_blobs::{Blobs, path_of};
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
    let from_blobs = match &dirs {
        Some((from_dir, _)) if from_dir.exists() => Some(Blobs::local(from_dir)?),
        _ => None,
    };
    if let Some((from_dir, _)) = &dirs {
        let found = match &from_blobs {
            Some(blobs) => blobs.list().await?,
            None => BTreeSet::new(),
        };
        for sha in &referenced {
            if !found.contains(sha) {
                return Err(InputError(format!(
                    "error: the evidence file {sha} that the database refers to is not in {}; nothing was copied\n",
                    from_dir.display()
                ))
                .into());
            }
        }
        if let Some(blobs) = &from_blobs {
            for sha in &found {
                let actual = blobs.hash(sha).await?.unwrap_or_default();
                if &actual != sha {
                    return Err(InputError(format!(
                        "error: the evidence file {} is damaged: its SHA-256 is {actual}; nothing was copied\n",
                        path_of(from_dir, sha).display()
                    ))
                    .into());
                }
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
            let again = || {
                format!(
                    "the database was copied, but not all of its evidence files: copy {} into {} again",
                    from_dir.display(),
                    to_dir.display()
                )
            };
            let to_blobs = Blobs::local(to_dir).with_context(again)?;
            let copied = match &from_blobs {
                Some(from_blobs) => copy_files(from_blobs, &to_blobs)
                    .await
                    .with_context(again)?,
                None => (0, 0),
            };
            for sha in &referenced {
                if to_blobs.hash(sha).await?.as_deref() != Some(sha.as_str()) {
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

/// Copies every evidence file, each streamed and checked against its hash before it is kept; a
/// file already there with the right content is left as it is. The files now in place and the
/// bytes written.
async fn copy_files(from: &Blobs, to: &Blobs) -> anyhow::Result<(u64, u64)> {
    let mut count = 0;
    let mut bytes = 0;
    for sha in from.list().await? {
        if to.exists(&sha).await? {
            let actual = to.hash(&sha).await?.unwrap_or_default();
            if actual != sha {
                anyhow::bail!("{sha} is already in {to} with other content (SHA-256 {actual})");
            }
            count += 1;
            continue;
        }
        let Some(blob) = from.get(&sha).await? else {
            anyhow::bail!("{sha} left {from} while it was copied");
        };
        bytes += to.put_stream(&sha, blob.stream).await.with_context(|| {
            format!("{sha} changed while it was copied, or cannot be written to {to}")
        })?;
        count += 1;
    }
    Ok((count, bytes))
}
