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
