//! `cyberindex fsck` through the binary, data-driven: each case is a set of evidence files, each
//! named by an evidence row or not, and stored intact, damaged or not at all. The case runs on
//! local disk and, with moto (started by the test), on S3: `fsck`, `fsck --repair`, `fsck`
//! again. Both stores give the same output (one snapshot per case), exit with 1 while a file is
//! missing or corrupt, and `--repair` removes the unreferenced files and nothing else.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use cyberindex_blobs::testing::Moto;
use cyberindex_blobs::{Blobs, sha256_hex};
use cyberindex_store::{EvidenceKind, NewEvidence, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stored {
    Intact,
    Damaged,
    Absent,
}

/// A file: its content, whether an evidence row names it, how the store holds it.
type File = (&'static str, bool, Stored);

const CASES: &[(&str, &[File])] = &[
    (
        "clean",
        &[
            ("%PDF-1.7\nthe national strategy\n", true, Stored::Intact),
            ("question,answer\nq1,yes\n", true, Stored::Intact),
        ],
    ),
    (
        // Carrying evidence forward refers to the same file from a second row: one file, named
        // once, nothing unreferenced.
        "shared_by_two_rows",
        &[
            ("%PDF-1.7\nthe national strategy\n", true, Stored::Intact),
            ("%PDF-1.7\nthe national strategy\n", true, Stored::Intact),
        ],
    ),
    (
        "only_unreferenced",
        &[
            ("%PDF-1.7\nthe national strategy\n", true, Stored::Intact),
            (
                "%PDF-1.7\nan upload never recorded\n",
                false,
                Stored::Intact,
            ),
        ],
    ),
    (
        "every_problem",
        &[
            ("%PDF-1.7\nthe national strategy\n", true, Stored::Intact),
            (
                "%PDF-1.7\nthe CIRT's founding decree\n",
                true,
                Stored::Absent,
            ),
            ("%PDF-1.7\nthe data protection act\n", true, Stored::Damaged),
            (
                "%PDF-1.7\nan upload never recorded\n",
                false,
                Stored::Intact,
            ),
            ("%PDF-1.7\na damaged leftover\n", false, Stored::Damaged),
        ],
    ),
];

/// Where a case keeps its files.
enum Place<'a> {
    Local,
    S3(&'a Moto),
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A database whose evidence rows name the referenced files of `files`.
async fn database(files: &[File], label: &str) -> (String, PathBuf) {
    let (url, dir) = cyberindex_store::testing::fresh_database(label).await;
    let store = Store::open(&url).await.unwrap();
    let source = cyberindex_server::service::demo::FRAMEWORK;
    let framework = cyberindex_framework::read(source).unwrap();
    store
        .create_edition(
            &cyberindex_store::NewEdition {
                id: "e2026".into(),
                name: "Small".into(),
                names: Default::default(),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: source.into(),
                opens_on: "2026-01-15".into(),
                deadline: "2099-12-31".into(),
                countries: vec!["KEN".into()],
            },
            None,
        )
        .await
        .unwrap();
    for (i, (content, referenced, _)) in files.iter().enumerate() {
        if !referenced {
            continue;
        }
        store
            .add_evidence(
                "e2026",
                "KEN",
                &NewEvidence {
                    question_id: framework.questions[0].id.clone(),
                    kind: EvidenceKind::File {
                        sha256: sha256_hex(content.as_bytes()),
                        file_name: format!("file {i}.pdf"),
                        media_type: "application/pdf".into(),
                        size: content.len() as i64,
                    },
                    title: format!("Evidence file {i}"),
                    language: "en".into(),
                    issued_on: "2025-06-01".into(),
                    public: false,
                },
                None,
            )
            .await
            .unwrap();
    }
    store.close().await;
    (url, dir)
}

/// Runs `cyberindex fsck` (with `extra` arguments): whether it succeeded, and what it printed.
fn fsck(
    url: &str,
    data: &Path,
    config: Option<&Path>,
    moto: Option<&Moto>,
    extra: &[&str],
) -> (bool, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cyberindex"));
    command
        .args(["fsck", "--db", url, "--data", data.to_str().unwrap()])
        .args(extra)
        .env_remove("CYBERINDEX_DATA")
        .env_remove("CYBERINDEX_DB")
        .env_remove("CYBERINDEX_CONFIG");
    if let Some(config) = config {
        command.args(["--config", config.to_str().unwrap()]);
    }
    // The S3 credentials come from the standard variables, as in a deployment.
    for (key, value) in moto.map(Moto::env).unwrap_or_default() {
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
}

/// Runs one case on one store: the transcript of the three runs, the store's own line taken out.
fn run_case(name: &str, files: &[File], place: Place<'_>) -> String {
    let rt = runtime();
    let label = format!("fsck-{name}-{}", matches!(place, Place::S3(_)));
    let (url, dir) = rt.block_on(database(files, &label));
    let (blobs, config, moto, expected_store) = match place {
        Place::Local => {
            let local = dir.join("evidence");
            let blobs = Blobs::local(&local).unwrap();
            (
                blobs,
                None,
                None,
                format!("local directory {}", local.display()),
            )
        }
        Place::S3(moto) => {
            let bucket = name.replace('_', "-");
            moto.create_bucket(&bucket);
            let config = dir.join("cyberindex.toml");
            std::fs::write(
                &config,
                format!(
                    "evidence_store = \"s3://{bucket}/inst\"\n[evidence_s3]\nendpoint = \"{}\"\nallow_http = true\n",
                    moto.endpoint()
                ),
            )
            .unwrap();
            let blobs = Blobs::open(
                Some(&format!("s3://{bucket}/inst")),
                &moto.settings(),
                &dir,
                &dir,
            )
            .unwrap();
            (
                blobs,
                Some(config),
                Some(moto),
                format!("s3://{bucket}/inst at {}", moto.endpoint()),
            )
        }
    };
    for (content, _, stored) in files {
        let sha = sha256_hex(content.as_bytes());
        match stored {
            Stored::Absent => {}
            Stored::Intact => {
                rt.block_on(blobs.put_reader(&sha, content.as_bytes()))
                    .unwrap();
            }
            Stored::Damaged => match moto {
                Some(moto) => moto.put_raw(
                    &name.replace('_', "-"),
                    &format!("inst/{}/{sha}", &sha[..2]),
                    b"tampered",
                ),
                None => {
                    let path = cyberindex_blobs::path_of(&dir.join("evidence"), &sha);
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(path, b"tampered").unwrap();
                }
            },
        }
    }
    let damaged = files.iter().any(|(_, referenced, stored)| {
        *stored == Stored::Damaged || (*referenced && *stored == Stored::Absent)
    });
    let mut transcript = String::new();
    for extra in [&[][..], &["--repair"], &[]] {
        let (ok, out) = fsck(&url, &dir, config.as_deref(), moto, extra);
        assert_eq!(ok, !damaged, "{out}");
        let store_line = format!("Evidence store: {expected_store}\n");
        assert!(out.starts_with(&store_line), "{out}");
        let out = out.replacen(&store_line, "Evidence store: [store]\n", 1);
        let db_line = out.lines().nth(1).unwrap().to_string();
        assert!(db_line.starts_with("Database: "), "{out}");
        transcript.push_str(&format!(
            "$ cyberindex fsck {}\n{}[exit {}]\n\n",
            extra.join(" "),
            out.replacen(&db_line, "Database: [db]", 1),
            if ok { 0 } else { 1 }
        ));
    }
    // Afterwards the store holds exactly what it held, less the unreferenced files.
    let kept: BTreeSet<String> = files
        .iter()
        .filter(|(_, referenced, stored)| *referenced && *stored != Stored::Absent)
        .map(|(content, _, _)| sha256_hex(content.as_bytes()))
        .collect();
    assert_eq!(rt.block_on(blobs.list()).unwrap(), kept);
    cyberindex_store::testing::drop_database(&url);
    let _ = std::fs::remove_dir_all(&dir);
    transcript
}

#[test]
fn fsck_on_local_disk() {
    for (name, files) in CASES {
        let transcript = run_case(name, files, Place::Local);
        insta::assert_snapshot!(format!("fsck_{name}"), transcript);
    }
}

#[test]
fn fsck_on_s3_gives_the_same_answers() {
    let Some(moto) = Moto::start() else { return };
    for (name, files) in CASES {
        let transcript = run_case(name, files, Place::S3(&moto));
        insta::assert_snapshot!(format!("fsck_{name}"), transcript);
    }
}
