//! `cyberindex audit verify` against a real installation whose audit table is tampered with in
//! the database itself: an edited, a deleted, a swapped and a truncated entry are each found, and
//! the first bad entry is named.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sqlx::{Connection, SqliteConnection};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(root())
        .env_remove("CYBERINDEX_DATA")
        .output()
        .unwrap()
}

fn verify(data: &Path) -> (bool, String) {
    let out = run(&["audit", "verify", "--data", data.to_str().unwrap()]);
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// A fresh installation with ten audit entries (five accounts created, each with its invitation).
fn installation(name: &str) -> PathBuf {
    let data = std::env::temp_dir().join(format!("cyberindex-audit-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    for i in 1..=5 {
        let out = run(&[
            "user",
            "add",
            "--data",
            data.to_str().unwrap(),
            "--email",
            &format!("reviewer{i}@example.org"),
            "--role",
            "reviewer",
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    data
}

/// Runs SQL against the installation's database, as someone with access to the file could.
fn tamper(data: &Path, statements: &[&str]) {
    let url = format!("sqlite://{}", data.join("cyberindex.db").display());
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(async {
            let mut conn = SqliteConnection::connect(&url).await.unwrap();
            for sql in statements {
                sqlx::raw_sql(sqlx::AssertSqlSafe(*sql))
                    .execute(&mut conn)
                    .await
                    .unwrap();
            }
            conn.close().await.unwrap();
        });
}

const UNGUARD: &str = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";

#[test]
fn verify_names_the_first_altered_removed_or_reordered_entry() {
    let data = installation("intact");
    let (ok, text) = verify(&data);
    assert!(ok, "{text}");
    assert!(text.contains("audit trail intact: 10 entries"), "{text}");

    // The trail refuses changes through SQL while its guards are in place.
    let url = format!("sqlite://{}", data.join("cyberindex.db").display());
    let refused = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(async {
            let mut conn = SqliteConnection::connect(&url).await.unwrap();
            sqlx::raw_sql("UPDATE audit_log SET actor = 'someone' WHERE id = 1")
                .execute(&mut conn)
                .await
                .map(|_| ())
        });
    assert!(
        refused.is_err_and(|e| e.to_string().contains("append-only")),
        "an UPDATE must be refused"
    );
    let _ = std::fs::remove_dir_all(&data);

    let cases: [(&str, &[&str], &str); 4] = [
        (
            "edited",
            &[
                UNGUARD,
                "UPDATE audit_log SET after = '{\"email\":\"forged@example.org\"}' WHERE id = 3",
            ],
            "entry 3 was altered",
        ),
        (
            "deleted",
            &[UNGUARD, "DELETE FROM audit_log WHERE id = 2"],
            "entry 2 is missing",
        ),
        (
            "swapped",
            &[
                UNGUARD,
                "UPDATE audit_log SET id = -1 WHERE id = 2",
                "UPDATE audit_log SET id = 2 WHERE id = 4",
                "UPDATE audit_log SET id = 4 WHERE id = -1",
            ],
            "entry 2 was altered",
        ),
        (
            "truncated",
            &[
                UNGUARD,
                "DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)",
            ],
            "removed from the end",
        ),
    ];
    for (name, statements, expected) in cases {
        let data = installation(name);
        tamper(&data, statements);
        let (ok, text) = verify(&data);
        assert!(!ok, "{name}: verify passed after tampering:\n{text}");
        assert!(text.contains(expected), "{name}: {text}");
        let _ = std::fs::remove_dir_all(&data);
    }
}

/// Runs one statement with `recursive_triggers` set as given; the error's text if it failed.
fn try_sql(data: &Path, recursive_triggers: bool, sql: &str) -> Result<(), String> {
    let url = format!("sqlite://{}", data.join("cyberindex.db").display());
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(async {
            let mut conn = SqliteConnection::connect(&url).await.unwrap();
            let pragma = format!(
                "PRAGMA recursive_triggers = {}",
                if recursive_triggers { "ON" } else { "OFF" }
            );
            sqlx::raw_sql(sqlx::AssertSqlSafe(pragma))
                .execute(&mut conn)
                .await
                .unwrap();
            let result = sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&mut conn)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string());
            conn.close().await.unwrap();
            result
        })
}

#[test]
fn insert_or_replace_cannot_rewrite_an_entry_whatever_recursive_triggers_says() {
    let data = installation("replace");
    // A REPLACE deletes the conflicting row without firing BEFORE DELETE triggers unless
    // recursive_triggers is on: both settings must be refused.
    let replace = "INSERT OR REPLACE INTO audit_log (id, at, actor_id, actor, action, edition_id, country, question_id, object, before, after, reason, confidential, prev_hash, hash) \
         SELECT id, at, actor_id, actor, action, edition_id, country, question_id, object, before, '{\"email\":\"forged@example.org\"}', reason, confidential, prev_hash, hash \
         FROM audit_log WHERE id = 3";
    for recursive in [false, true] {
        let refused = try_sql(&data, recursive, replace);
        assert!(
            refused.as_ref().is_err_and(|e| e.contains("append-only")),
            "recursive_triggers = {recursive}: INSERT OR REPLACE was not refused: {refused:?}"
        );
    }
    // `REPLACE INTO` is the same statement under another name.
    let refused = try_sql(
        &data,
        false,
        &replace.replace("INSERT OR REPLACE", "REPLACE"),
    );
    assert!(
        refused.as_ref().is_err_and(|e| e.contains("append-only")),
        "{refused:?}"
    );
    let (ok, text) = verify(&data);
    assert!(ok && text.contains("10 entries"), "{text}");
    let _ = std::fs::remove_dir_all(&data);
}

fn head(data: &Path) -> String {
    let out = run(&["audit", "head", "--data", data.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn verify_against(data: &Path, expected: &str) -> (bool, String) {
    let out = run(&[
        "audit",
        "verify",
        "--data",
        data.to_str().unwrap(),
        "--expect-head",
        expected,
    ]);
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// Rewrites entry `id` and every later entry with recomputed hashes, as someone holding the file
/// and knowing the (public) hash rule could: the chain stays internally consistent.
fn rewrite_chain_from(data: &Path, id: i64) {
    let url = format!("sqlite://{}", data.join("cyberindex.db").display());
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            let store = cyberindex_store::Store::open(&url).await.unwrap();
            let mut entries = store
                .audit(&cyberindex_store::AuditFilter::default())
                .await
                .unwrap();
            store.close().await;
            entries.reverse();
            let mut conn = SqliteConnection::connect(&url).await.unwrap();
            sqlx::raw_sql(
                "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DROP TRIGGER IF EXISTS audit_log_no_replace; DROP TRIGGER IF EXISTS audit_head_forward;",
            )
            .execute(&mut conn)
            .await
            .unwrap();
            let mut prev = cyberindex_store::audit::GENESIS.to_string();
            for mut e in entries {
                if e.id == id {
                    e.after = Some("{\"email\":\"forged@example.org\"}".into());
                }
                e.prev_hash = prev.clone();
                e.hash = e.compute_hash();
                prev = e.hash.clone();
                sqlx::query("UPDATE audit_log SET after = $1, prev_hash = $2, hash = $3 WHERE id = $4")
                    .bind(&e.after)
                    .bind(&e.prev_hash)
                    .bind(&e.hash)
                    .bind(e.id)
                    .execute(&mut conn)
                    .await
                    .unwrap();
                sqlx::query("UPDATE audit_head SET id = $1, hash = $2")
                    .bind(e.id)
                    .bind(&e.hash)
                    .execute(&mut conn)
                    .await
                    .unwrap();
            }
            conn.close().await.unwrap();
        });
}

#[test]
fn a_head_kept_elsewhere_catches_a_rewrite_of_the_whole_chain() {
    let data = installation("anchored");
    let anchored = head(&data);
    let (id, hash) = anchored.split_once(':').expect("ID:HASH");
    assert_eq!(id, "10", "{anchored}");
    assert_eq!(hash.len(), 64, "{anchored}");
    let (ok, text) = verify_against(&data, &anchored);
    assert!(ok, "{text}");
    assert!(text.contains("extends the expected head"), "{text}");

    // The trail grows: the head kept yesterday is still found, by ID:HASH or by hash alone.
    let out = run(&[
        "user",
        "add",
        "--data",
        data.to_str().unwrap(),
        "--email",
        "late@example.org",
        "--role",
        "reviewer",
    ]);
    assert!(out.status.success());
    assert!(head(&data).starts_with("12:"));
    for expected in [anchored.as_str(), hash] {
        let (ok, text) = verify_against(&data, expected);
        assert!(ok, "{expected}: {text}");
    }

    // Someone with the file rewrites entry 3 and every entry after it: the chain verifies on
    // its own, but no longer contains the head kept elsewhere.
    rewrite_chain_from(&data, 3);
    let (ok, text) = verify(&data);
    assert!(ok, "a consistent rewrite passes a plain verify: {text}");
    let (ok, text) = verify_against(&data, &anchored);
    assert!(!ok, "verify --expect-head passed after a rewrite:\n{text}");
    assert!(
        text.contains("does not contain the expected head"),
        "{text}"
    );

    // A malformed head is refused with a clear message.
    let (ok, text) = verify_against(&data, "10:xyz");
    assert!(!ok && text.contains("64 hexadecimal digits"), "{text}");
    let _ = std::fs::remove_dir_all(&data);
}
