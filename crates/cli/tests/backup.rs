//! `cyberindex backup` and `cyberindex restore` through the binary, on the database the run
//! chose (SQLite, or PostgreSQL when `TEST_POSTGRES_URL` is set; each test makes its own).
//!
//! The round trip runs under load: a real server (`cyberindex serve`) takes autosaves and
//! evidence uploads from several clients before, during and after the backup. The restored copy
//! must hold every save acknowledged before the backup began, only saves that were acknowledged,
//! the manifest's audit head (and `audit verify` passes), and every evidence file byte for byte.
//! A damaged archive is refused with the damaged entry named and nothing written; a target that
//! is not empty is refused without `--force`, and replaced with it; a backup is refused by the
//! other kind of database.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use common::*;
use cyberindex_store::Store;
use cyberindex_store::testing::on_postgres;

/// The manifest of an archive, and each entry's offset in the file and size.
fn read_archive(file: &Path) -> (serde_json::Value, BTreeMap<String, (u64, u64)>) {
    let mut archive = tar::Archive::new(std::fs::File::open(file).unwrap());
    let mut manifest = serde_json::Value::Null;
    let mut offsets = BTreeMap::new();
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().display().to_string();
        offsets.insert(path.clone(), (entry.raw_file_position(), entry.size()));
        if path == "manifest.json" {
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            manifest = serde_json::from_str(&text).unwrap();
        }
    }
    (manifest, offsets)
}

/// Every file under `dir`.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                found.push(e.path());
            }
        }
    }
    found.sort();
    found
}

#[test]
fn a_backup_taken_under_load_restores_every_acknowledged_save() {
    let rt = runtime();
    let source = rt.block_on(Install::fresh("backup-source"));
    let tokens = set_up(&source);
    let (mut server, base) = serve(&source);
    let stop = Arc::new(AtomicBool::new(false));
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let load = rt.spawn(clients(
        "backup",
        base,
        tokens,
        Arc::new(questions()),
        stop.clone(),
        acknowledged.clone(),
    ));
    wait_for(&acknowledged, 150);

    let archive = source.dir.join("backup.tar");
    let began = Instant::now();
    let backup = ok(&source.with(&["backup", "--out", archive.to_str().unwrap()]));
    let ended = Instant::now();
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, Ordering::SeqCst);
    let load = rt.block_on(load).unwrap();
    let _ = server.kill();
    let _ = server.wait();
    assert!(backup.contains("Backup written to"), "{backup}");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&archive).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "the archive is readable by others: {mode:o}"
        );
    }
    assert!(
        load.unexpected.is_empty() && load.failed.is_empty(),
        "the server kept serving during the backup: {:?} {:?}",
        load.unexpected,
        load.failed
    );
    let before: Vec<&Save> = load
        .saves
        .iter()
        .filter(|s| s.acknowledged < began)
        .collect();
    let during = load
        .saves
        .iter()
        .filter(|s| s.acknowledged >= began && s.acknowledged <= ended)
        .count();
    assert!(before.len() >= 100, "only {} saves before", before.len());
    assert!(during > 0, "no save was acknowledged while the backup ran");

    let (manifest, offsets) = read_archive(&archive);
    assert_eq!(manifest["format"], "cyberindex-backup/1");
    assert_eq!(
        manifest["backend"],
        if on_postgres() { "postgres" } else { "sqlite" }
    );
    let entries = manifest["entries"].as_array().unwrap();
    assert_eq!(entries.len() + 1, offsets.len(), "{offsets:?}");
    for entry in entries {
        assert!(offsets.contains_key(entry["path"].as_str().unwrap()));
    }

    // Restored into a fresh installation.
    let target = rt.block_on(Install::fresh("backup-target"));
    let mut restore = strings(&["restore", archive.to_str().unwrap()]);
    restore.extend(target.args());
    let restored = ok(&restore);
    assert!(restored.contains("Audit trail intact"), "{restored}");
    assert!(ok(&target.with(&["audit", "verify"])).contains("audit trail intact"));
    let head = ok(&target.with(&["audit", "head"]));
    assert_eq!(head.trim(), manifest["audit_head"].as_str().unwrap());

    // Every save acknowledged before the backup began is there (or a later one of the same
    // answer); every answer there is a save that was acknowledged, whole.
    let (answers, evidence) = rt.block_on(async {
        let store = Store::open(&target.url).await.unwrap();
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
    let acknowledged: BTreeMap<(String, String, i64), &Save> = load
        .saves
        .iter()
        .map(|s| ((s.country.clone(), s.question.clone(), s.version), s))
        .collect();
    for save in &before {
        let answer = answers
            .get(&(save.country.clone(), save.question.clone()))
            .unwrap_or_else(|| panic!("lost: {save:?}"));
        assert!(
            answer.version >= save.version,
            "lost: {save:?}, have {answer:?}"
        );
    }
    for ((country, question), answer) in &answers {
        let save = acknowledged
            .get(&(country.clone(), question.clone(), answer.version))
            .unwrap_or_else(|| panic!("a save nobody acknowledged: {answer:?}"));
        assert_eq!(answer.comment, save.comment);
        assert_eq!(answer.value.as_deref(), Some(save.value.as_str()));
    }
    // Evidence: every upload acknowledged before the backup, byte for byte.
    let evidence: BTreeSet<String> = evidence.into_iter().collect();
    for (sha, at) in &load.uploads {
        if *at < began {
            assert!(evidence.contains(sha), "upload {sha} lost");
        }
    }
    assert!(!evidence.is_empty());
    for sha in &evidence {
        let path = |root: &Path| root.join(&sha[..2]).join(sha);
        let copy = std::fs::read(path(&target.evidence())).unwrap();
        assert_eq!(copy, std::fs::read(path(&source.evidence())).unwrap());
        assert_eq!(&cyberindex_store::sha256_hex(&copy), sha);
    }
    // Nothing is left behind: no staging folder or file.
    for file in files_under(&target.data()) {
        let name = file.display().to_string();
        assert!(!name.contains("restor"), "left behind: {name}");
    }

    // A target that is not empty is refused, and stays as it was; --force replaces it.
    let (success, _, stderr) = cyberindex(&restore);
    assert!(!success);
    assert!(stderr.contains("the target is not empty"), "{stderr}");
    assert!(stderr.contains("nothing was restored"), "{stderr}");
    assert_eq!(ok(&target.with(&["audit", "head"])), head);
    let mut forced = restore.clone();
    forced.push("--force".into());
    assert!(ok(&forced).contains("Audit trail intact"));
    assert_eq!(ok(&target.with(&["audit", "head"])), head);

    // A backup that already exists is never overwritten.
    let (success, _, stderr) =
        cyberindex(&source.with(&["backup", "--out", archive.to_str().unwrap()]));
    assert!(!success);
    assert!(stderr.contains("already exists"), "{stderr}");
}

/// Records an evidence file (already stored under `sha`) for the first question of `country`'s
/// response, as an upload would.
async fn add_file_evidence(install: &Install, country: &str, sha: &str, size: usize) {
    let store = Store::open(&install.url).await.unwrap();
    store
        .set_status(
            EDITION,
            country,
            &[cyberindex_store::Status::NotStarted],
            cyberindex_store::Status::InProgress,
            None,
        )
        .await
        .unwrap();
    store
        .add_evidence(
            EDITION,
            country,
            &cyberindex_store::NewEvidence {
                question_id: questions()[0].clone(),
                kind: cyberindex_store::EvidenceKind::File {
                    sha256: sha.to_string(),
                    file_name: "strategy.pdf".into(),
                    media_type: "application/pdf".into(),
                    size: size as i64,
                },
                title: "Strategy".into(),
                language: "en".into(),
                issued_on: "2025-06-01".into(),
                public: false,
            },
            None,
        )
        .await
        .unwrap();
    store.close().await;
}

/// Evidence kept in a bucket (`evidence_store = "s3://…"`) is read from the bucket into the
/// archive, and a restore into an installation that keeps its evidence in another bucket uploads
/// it there: same bytes, nothing on local disk. A restore into a bucket that already holds
/// evidence is refused without `--force`.
#[test]
fn evidence_in_a_bucket_is_backed_up_and_restored_into_a_bucket() {
    let Some(moto) = cyberindex_blobs::testing::Moto::start() else {
        return;
    };
    let rt = runtime();
    let source = rt.block_on(Install::fresh("backup-s3"));
    let tokens = set_up(&source);
    let bucket_of = |install: &Install, bucket: &str| {
        moto.create_bucket(bucket);
        let config = install.dir.join("cyberindex.toml");
        std::fs::write(
            &config,
            format!(
                "evidence_store = \"s3://{bucket}/inst\"\n[evidence_s3]\nendpoint = \"{}\"\nallow_http = true\n",
                moto.endpoint()
            ),
        )
        .unwrap();
        let blobs = cyberindex_blobs::Blobs::open(
            Some(&format!("s3://{bucket}/inst")),
            &moto.settings(),
            &install.dir,
            &install.dir,
        )
        .unwrap();
        (config, blobs)
    };
    let run = |install: &Install, config: &Path, args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_cyberindex"));
        command
            .args(args)
            .args(install.args())
            .args(["--config", config.to_str().unwrap()])
            .env_remove("CYBERINDEX_DATA")
            .env_remove("CYBERINDEX_DB")
            .env_remove("CYBERINDEX_CONFIG");
        for (key, value) in moto.env() {
            command.env(key, value);
        }
        let out = command.output().unwrap();
        (
            out.status.success(),
            format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ),
        )
    };
    let (source_config, source_bucket) = bucket_of(&source, "backup-source");
    let content = b"%PDF-1.7\nthe national strategy, kept in a bucket\n".repeat(1000);
    let sha = cyberindex_store::sha256_hex(&content);
    rt.block_on(source_bucket.put_reader(&sha, content.as_slice()))
        .unwrap();
    rt.block_on(add_file_evidence(
        &source,
        &tokens[0].0,
        &sha,
        content.len(),
    ));

    let archive = source.dir.join("backup.tar");
    let (success, output) = run(
        &source,
        &source_config,
        &["backup", "--out", archive.to_str().unwrap()],
    );
    assert!(success, "{output}");
    assert!(output.contains("1 evidence files"), "{output}");
    let (_, offsets) = read_archive(&archive);
    let entry = format!("evidence/{}/{sha}", &sha[..2]);
    assert_eq!(offsets[&entry].1, content.len() as u64, "{offsets:?}");

    let target = rt.block_on(Install::fresh("backup-s3-target"));
    let (target_config, target_bucket) = bucket_of(&target, "backup-target");
    let restore = ["restore", archive.to_str().unwrap()];
    let (success, output) = run(&target, &target_config, &restore);
    assert!(success, "{output}");
    let restored = rt.block_on(async {
        use futures_util::TryStreamExt;
        let blob = target_bucket.get(&sha).await.unwrap().expect("restored");
        blob.stream
            .try_fold(Vec::new(), |mut all, chunk| async move {
                all.extend_from_slice(&chunk);
                Ok(all)
            })
            .await
            .unwrap()
    });
    assert!(restored == content, "the restored file differs");
    assert!(
        !target.evidence().exists(),
        "evidence was written to local disk"
    );
    assert_eq!(
        ok(&target.with(&["audit", "head"])),
        ok(&source.with(&["audit", "head"]))
    );
    // The bucket now holds evidence: a second restore needs --force.
    let (success, output) = run(&target, &target_config, &restore);
    assert!(!success);
    assert!(
        output.contains("1 evidence files in s3://backup-target/inst"),
        "{output}"
    );
}

#[test]
fn a_damaged_archive_is_refused_naming_the_entry_and_nothing_is_written() {
    let rt = runtime();
    let source = rt.block_on(Install::fresh("backup-damaged"));
    let tokens = set_up(&source);
    // One evidence file, written as the server writes it, for an evidence entry.
    let content = b"%PDF-1.7\nthe national strategy\n";
    let sha = cyberindex_store::sha256_hex(content);
    let path = source.evidence().join(&sha[..2]).join(&sha);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, content).unwrap();
    rt.block_on(add_file_evidence(
        &source,
        &tokens[0].0,
        &sha,
        content.len(),
    ));
    for compressed in [false, true] {
        let archive = source.dir.join(if compressed {
            "backup.tar.gz"
        } else {
            "backup.tar"
        });
        ok(&source.with(&["backup", "--out", archive.to_str().unwrap()]));
        // Compressed and plain restore alike.
        let target = rt.block_on(Install::fresh("backup-gz"));
        let mut restore = strings(&["restore", archive.to_str().unwrap()]);
        restore.extend(target.args());
        ok(&restore);
        assert_eq!(
            ok(&target.with(&["audit", "head"])),
            ok(&source.with(&["audit", "head"]))
        );
    }
    let archive = source.dir.join("backup.tar");
    let (manifest, offsets) = read_archive(&archive);
    let entries: Vec<String> = manifest["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(entries.len(), 2, "{entries:?}");
    let bytes = std::fs::read(&archive).unwrap();
    // A byte flipped in each entry: the restore names that entry and its checksums.
    for entry in &entries {
        let (offset, size) = offsets[entry];
        let mut damaged = bytes.clone();
        damaged[(offset + size / 2) as usize] ^= 0x01;
        let file = source.dir.join("damaged.tar");
        std::fs::write(&file, &damaged).unwrap();
        let target = rt.block_on(Install::fresh("backup-refused"));
        let mut restore = strings(&["restore", file.to_str().unwrap()]);
        restore.extend(target.args());
        let (success, _, stderr) = cyberindex(&restore);
        assert!(!success);
        assert!(
            stderr.contains(&format!("the entry `{entry}` is damaged"))
                && stderr.contains("SHA-256")
                && stderr.contains("nothing was restored"),
            "{entry}: {stderr}"
        );
        assert!(
            files_under(&target.data()).is_empty(),
            "{entry}: something was written"
        );
        if on_postgres() {
            let (tables, _) = rt.block_on(Store::probe_postgres(&target.url)).unwrap();
            assert_eq!(tables, 0, "{entry}: tables were created");
        }
    }
    // The manifest itself damaged, and a file that is not a backup at all.
    let (offset, _) = offsets["manifest.json"];
    let mut damaged = bytes.clone();
    damaged[offset as usize] = b'[';
    for (content, expected) in [
        (damaged, "manifest.json is damaged"),
        (b"just some text".to_vec(), "nothing was restored"),
    ] {
        let file = source.dir.join("damaged.tar");
        std::fs::write(&file, &content).unwrap();
        let target = rt.block_on(Install::fresh("backup-refused"));
        let mut restore = strings(&["restore", file.to_str().unwrap()]);
        restore.extend(target.args());
        let (success, _, stderr) = cyberindex(&restore);
        assert!(!success);
        assert!(stderr.contains(expected), "{stderr}");
        assert!(files_under(&target.data()).is_empty());
    }
    // An evidence file the database refers to has gone: no backup is written, and the message
    // names the file.
    let evidence_file = files_under(&source.evidence()).remove(0);
    std::fs::remove_file(&evidence_file).unwrap();
    let missing = source.dir.join("missing.tar");
    let (success, _, stderr) =
        cyberindex(&source.with(&["backup", "--out", missing.to_str().unwrap()]));
    assert!(!success);
    assert!(
        stderr.contains(&evidence_file.display().to_string())
            && stderr.contains("no backup was written"),
        "{stderr}"
    );
    assert!(!missing.exists());
    assert!(
        !std::fs::read_dir(&source.dir).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains("missing.tar")),
        "a part was left behind"
    );

    // A backup goes back only into its own kind of database.
    let other: Vec<String> = if on_postgres() {
        strings(&["--data", source.dir.join("elsewhere").to_str().unwrap()])
    } else {
        strings(&[
            "--db",
            "postgres://nobody@127.0.0.1:1/none",
            "--data",
            source.dir.join("elsewhere").to_str().unwrap(),
        ])
    };
    let mut restore = strings(&["restore", archive.to_str().unwrap()]);
    restore.extend(other);
    let (success, _, stderr) = cyberindex(&restore);
    assert!(!success);
    assert!(stderr.contains("db copy"), "{stderr}");
    assert!(!source.dir.join("elsewhere").exists());
}
