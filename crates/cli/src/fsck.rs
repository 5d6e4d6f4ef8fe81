//! `cyberindex fsck`: checks the evidence files of an installation against its database.
//!
//! It lists the evidence store (local disk or S3) first, then reads the hashes every evidence
//! row names (deleted items included: their files are kept), then hashes every stored file as a
//! stream. It prints one line per problem, sorted by kind then hash:
//!
//! - `missing`: an evidence row names the file, the store does not have it;
//! - `corrupt`: the file's content does not hash to its name;
//! - `unreferenced`: no evidence row names the file (an upload whose record was never written,
//!   or a file left by a restore). `--repair` removes these, and only these.
//!
//! It exits with 1 when a file is missing or corrupt: `--repair` cannot fix that, a backup can.
//! Listing the store before reading the database makes it safe while the server runs: a file is
//! stored only after its row is committed, so an upload finishing meanwhile is never removed.

use std::collections::BTreeSet;

use cyberindex_blobs::{Blobs, Report};
use cyberindex_server::Overrides;
use cyberindex_server::config::DatabaseUrl;
use cyberindex_store::Store;

use crate::input::InputError;
use crate::install::Installation;

pub fn run(install: &Installation, repair: bool) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    let evidence = config.evidence()?;
    let db = DatabaseUrl::new(config.db_url());
    crate::install::runtime()?.block_on(async {
        let store = Store::open(db.expose())
            .await
            .map_err(|e| anyhow::anyhow!("cannot open the database {db}: {e}"))?;
        let result = fsck(&store, &evidence, &db, repair).await;
        store.close().await;
        result
    })
}

async fn fsck(
    store: &Store,
    evidence: &Blobs,
    db: &DatabaseUrl,
    repair: bool,
) -> anyhow::Result<()> {
    println!("Evidence store: {evidence}");
    println!("Database: {db}");
    let stored = evidence
        .list()
        .await
        .map_err(|e| anyhow::anyhow!("cannot list the evidence store {evidence}: {e}"))?;
    let referenced: BTreeSet<String> = store.evidence_hashes().await?.into_iter().collect();
    let report = cyberindex_blobs::check(evidence, &stored, &referenced)
        .await
        .map_err(|e| anyhow::anyhow!("cannot read the evidence store {evidence}: {e}"))?;
    let mut removed = 0;
    for line in lines(&report) {
        println!("{line}");
    }
    if repair {
        for sha in &report.unreferenced {
            evidence
                .delete(sha)
                .await
                .map_err(|e| anyhow::anyhow!("cannot remove {sha} from {evidence}: {e}"))?;
            println!("removed       {sha}");
            removed += 1;
        }
    }
    println!("{}", summary(&report, repair.then_some(removed)));
    if report.damaged() {
        return Err(InputError(
            "error: evidence files are missing or damaged; --repair cannot fix that: restore them from a backup (docs/deploy.md)\n"
                .into(),
        )
        .into());
    }
    Ok(())
}

/// One line per problem: missing, then corrupt, then unreferenced, each sorted by hash.
fn lines(report: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    for sha in &report.missing {
        lines.push(format!(
            "missing       {sha}  named by an evidence row, not in the store"
        ));
    }
    for corrupt in &report.corrupt {
        lines.push(format!(
            "corrupt       {}  its content's SHA-256 is {}",
            corrupt.sha256, corrupt.actual
        ));
    }
    for sha in &report.unreferenced {
        lines.push(format!("unreferenced  {sha}  named by no evidence row"));
    }
    lines
}

fn summary(report: &Report, removed: Option<usize>) -> String {
    let mut text = format!(
        "Checked {} files in the store against {} named by the database: {} missing, {} corrupt, {} unreferenced",
        report.stored,
        report.referenced,
        report.missing.len(),
        report.corrupt.len(),
        report.unreferenced.len()
    );
    match removed {
        Some(removed) => text.push_str(&format!(" ({removed} removed).")),
        None if !report.unreferenced.is_empty() => text.push_str(
            ".\nRun again with --repair to remove the unreferenced files (and only those).",
        ),
        None => text.push('.'),
    }
    text
}
