//! `cyberindex db copy`: moves a whole installation to another database (SQLite to PostgreSQL,
//! back, or to a database of the same kind), its evidence files included.
//!
//! The database part is `Store::copy_into` (all or nothing, into an empty database, then checked:
//! row counts and the audit trail's head). The files part copies the content-addressed evidence
//! files (`evidence/ab/abcd…`, named by their SHA-256), checking each file's hash on the way and
//! that every file the database refers to arrived. Database URLs are printed only redacted.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, Subcommand};
use cyberindex_server::config::DatabaseUrl;
use cyberindex_store::{CopyError, Store, StoreError};

use crate::evidence;
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
        let found = evidence::list(from_dir)?;
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
            let actual = evidence::hash(from_dir, sha)?;
            if &actual != sha {
                return Err(InputError(format!(
                    "error: the evidence file {} is damaged: its SHA-256 is {actual}; nothing was copied\n",
                    evidence::path_of(from_dir, sha).display()
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
                if evidence::size(to_dir, sha)?.is_none() || evidence::hash(to_dir, sha)? != *sha {
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

/// Copies every evidence file, each checked against its hash before it is renamed into place; a
/// file already there with the right content is left as it is. The files now in place and the
/// bytes written.
fn copy_files(from_dir: &Path, to_dir: &Path) -> anyhow::Result<(u64, u64)> {
    let mut count = 0;
    let mut bytes = 0;
    for sha in evidence::list(from_dir)? {
        bytes += evidence::write(to_dir, &sha, &mut evidence::open(from_dir, &sha)?).with_context(
            || {
                format!(
                    "{} changed or could not be copied",
                    evidence::path_of(from_dir, &sha).display()
                )
            },
        )?;
        count += 1;
    }
    Ok((count, bytes))
}
