//! Crash safety (issue 13, item 5): clients stream autosaves and evidence uploads while the
//! server (`cyberindex serve`) is killed with SIGKILL at random moments, five times, and
//! restarted each time; on SQLite, and on PostgreSQL when `TEST_POSTGRES_URL` is set.
//!
//! Afterwards every save that got a 2xx is there (or a later save of the same answer), every
//! answer is one save whole (its value and comment were sent together; nothing half-written),
//! every acknowledged upload's file is there with its content, and `audit verify` passes.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use common::*;
use cyberindex_store::Store;

/// How many times the server is killed.
const KILLS: usize = 5;

/// A small generator for the kill moments; the seed is printed, so a failure can be replayed
/// with `CRASH_SEED`.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn every_acknowledged_save_survives_the_server_being_killed() {
    let seed = std::env::var("CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| cyberindex_store::now_ms() as u64 | 1);
    println!("CRASH_SEED={seed}");
    let mut random = seed;
    let rt = runtime();
    let install = rt.block_on(Install::fresh("crash"));
    let tokens = set_up(&install);
    let questions = Arc::new(questions());
    let labels = ["round 0", "round 1", "round 2", "round 3", "round 4"];
    let mut loads = Vec::new();
    for (round, label) in labels.iter().enumerate().take(KILLS) {
        let (mut server, base) = serve(&install);
        let stop = Arc::new(AtomicBool::new(false));
        let acknowledged = Arc::new(AtomicUsize::new(0));
        let load = rt.spawn(clients(
            label,
            base,
            tokens.clone(),
            questions.clone(),
            stop.clone(),
            acknowledged.clone(),
        ));
        // Killed at a random moment up to 1.5 s after the first few saves went through.
        wait_for(&acknowledged, 10);
        std::thread::sleep(Duration::from_millis(next(&mut random) % 1500));
        server.kill().unwrap(); // SIGKILL
        server.wait().unwrap();
        std::thread::sleep(Duration::from_millis(100));
        stop.store(true, Ordering::SeqCst);
        let load = rt.block_on(load).unwrap();
        assert!(
            load.unexpected.is_empty(),
            "round {round}: {:?}",
            load.unexpected
        );
        assert!(
            !load.saves.is_empty(),
            "round {round}: no save got through: {:?}\n{}",
            &load.failed[..load.failed.len().min(5)],
            std::fs::read_to_string(install.dir.join("serve.log")).unwrap_or_default()
        );
        loads.push(load);
    }

    // The installation as the next start finds it.
    assert!(ok(&install.with(&["audit", "verify"])).contains("audit trail intact"));
    let (answers, evidence) = rt.block_on(async {
        let store = Store::open(&install.url).await.unwrap();
        let mut answers = BTreeMap::new();
        for country in COUNTRIES {
            for a in store.answers(EDITION, country).await.unwrap() {
                answers.insert((country.to_string(), a.question_id.clone()), a);
            }
        }
        let evidence = store.evidence_hashes().await.unwrap();
        store.close().await;
        (answers, evidence)
    });
    let mut acknowledged = 0;
    let mut sent = BTreeMap::new();
    for load in &loads {
        sent.extend(load.sent.clone());
        for save in &load.saves {
            acknowledged += 1;
            let answer = answers
                .get(&(save.country.clone(), save.question.clone()))
                .unwrap_or_else(|| panic!("lost (seed {seed}): {save:?}"));
            assert!(
                answer.version >= save.version,
                "lost (seed {seed}): {save:?}, have {answer:?}"
            );
        }
        for (sha, _) in &load.uploads {
            assert!(evidence.contains(sha), "upload {sha} lost (seed {seed})");
            let content = std::fs::read(install.evidence().join(&sha[..2]).join(sha)).unwrap();
            assert_eq!(&cyberindex_store::sha256_hex(&content), sha);
        }
    }
    for answer in answers.values() {
        let value = sent
            .get(&answer.comment)
            .unwrap_or_else(|| panic!("an answer no client sent (seed {seed}): {answer:?}"));
        assert_eq!(
            answer.value.as_deref(),
            Some(value.as_str()),
            "half-written (seed {seed}): {answer:?}"
        );
    }
    let cut: usize = loads.iter().map(|l| l.failed.len()).sum();
    println!(
        "{KILLS} kills: {acknowledged} saves acknowledged, {} sent, {cut} requests cut off",
        sent.len()
    );
}
