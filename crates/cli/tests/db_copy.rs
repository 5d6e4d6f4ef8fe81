//! `cyberindex db copy` through the binary: the demonstration installation (two editions, one
//! archived and published twice, reviews, returned rounds, snapshots) plus evidence files,
//! threads, assignments, notifications, a webhook and its delivery, sessions, tokens and the
//! outbox, copied SQLite → PostgreSQL → SQLite when `TEST_POSTGRES_URL` is set (SQLite → SQLite
//! → SQLite otherwise). Every table keeps its rows, every read the server makes gives the same
//! answer, the audit trail the same head, the evidence files the same bytes; a copy into a
//! database that is not empty is refused; no output shows a password.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cyberindex_server::service::demo;
use cyberindex_store::{
    AnswerChange, AuditFilter, EvidenceKind, LinkPurpose, NewEvidence, NewUser, Provenance, Role,
    Status, Store, StoreError,
};

const SECRET: &str = "copy-secret-pw";

fn run(args: &[&str]) -> (bool, String) {
    let out: Output = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .env_remove("CYBERINDEX_DATA")
        .env_remove("CYBERINDEX_DB")
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

/// `cyberindex db copy` from `from` to `to`, evidence included.
fn copy(from: &str, to: &str, from_data: &Path, to_data: &Path) -> (bool, String) {
    run(&[
        "db",
        "copy",
        "--from",
        from,
        "--to",
        to,
        "--from-data",
        from_data.to_str().unwrap(),
        "--to-data",
        to_data.to_str().unwrap(),
    ])
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// A PostgreSQL URL with a password in it (the test server trusts its socket, so any password
/// works), to show that no output repeats it.
fn with_password(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) if rest.find('@') < rest.find(['/', '?']) && rest.contains('@') => {
            let (user, host) = rest.split_once('@').unwrap();
            format!(
                "{scheme}://{}:{SECRET}@{host}",
                user.split(':').next().unwrap()
            )
        }
        _ => url.to_string(),
    }
}

/// The first question of the demonstration framework.
fn question() -> String {
    cyberindex_framework::read(demo::FRAMEWORK)
        .unwrap()
        .questions[0]
        .id
        .clone()
}

/// The demonstration installation and everything it does not make on its own.
/// With `full`, the whole demonstration (two editions of 194 countries); without, its accounts
/// and an edition with Kenya alone.
async fn build(url: &str, data: &Path, full: bool) {
    let q = question();
    let store = Store::open(url).await.unwrap();
    if full {
        demo::seed(&store).await.unwrap();
    } else {
        // Team staff need their directory team, which this smaller copy leaves out.
        for account in demo::ACCOUNTS.iter().filter(|a| a.team.is_none()) {
            store
                .create_user(&NewUser {
                    email: account.email.into(),
                    name: String::new(),
                    role: account.role,
                    country: account.country.map(str::to_string),
                    observed: account.observed.iter().map(|c| c.to_string()).collect(),
                    team: None,
                })
                .await
                .unwrap();
        }
        let framework = cyberindex_framework::read(demo::FRAMEWORK).unwrap();
        store
            .create_edition(
                &cyberindex_store::NewEdition {
                    id: cyberindex_server::DEMO_EDITION.into(),
                    name: "Small".into(),
                    names: Default::default(),
                    framework_id: framework.id.clone(),
                    framework_version: framework.version.clone(),
                    framework_source: demo::FRAMEWORK.into(),
                    opens_on: "2026-01-15".into(),
                    deadline: "2026-12-31".into(),
                    countries: vec!["KEN".into()],
                },
                None,
            )
            .await
            .unwrap();
        store
            .set_status(
                cyberindex_server::DEMO_EDITION,
                "KEN",
                &[Status::NotStarted],
                Status::InProgress,
                None,
            )
            .await
            .unwrap();
    }
    let admin = store
        .user_by_email("admin@demo.example.org")
        .await
        .unwrap()
        .unwrap();
    let reviewer = store
        .user_by_email("reviewer@demo.example.org")
        .await
        .unwrap()
        .unwrap();
    let edition = cyberindex_server::DEMO_EDITION;
    // Evidence files, stored as the server stores them: under their SHA-256.
    let evidence = data.join("evidence");
    let contents: [&[u8]; 3] = [
        b"%PDF-1.7\nthe national strategy\n",
        b"%PDF-1.7\nthe CIRT's founding decree\n",
        b"question,answer\nq1,yes\n",
    ];
    for (i, content) in contents.iter().enumerate() {
        let sha = cyberindex_store::sha256_hex(content);
        let path = cyberindex_server::service::evidence::path_of(&evidence, &sha);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        let item = store
            .add_evidence(
                edition,
                "KEN",
                &NewEvidence {
                    question_id: q.clone(),
                    kind: EvidenceKind::File {
                        sha256: sha,
                        file_name: format!("file {i}.pdf"),
                        media_type: "application/pdf".into(),
                        size: content.len() as i64,
                    },
                    title: format!("Evidence file {i}"),
                    language: "en".into(),
                    issued_on: "2025-06-01".into(),
                    public: i == 0,
                },
                Some(admin.id),
            )
            .await
            .unwrap();
        if i == 2 {
            store
                .delete_evidence(edition, "KEN", item.id, Some(admin.id))
                .await
                .unwrap();
        }
    }
    // An interrupted upload left behind: not evidence, not copied.
    std::fs::write(evidence.join("upload-interrupted"), b"partial").unwrap();
    store
        .post_message(
            edition,
            "KEN",
            &q,
            false,
            "Which law is this?",
            Some(reviewer.id),
        )
        .await
        .unwrap();
    store
        .post_message(
            edition,
            "KEN",
            &q,
            true,
            "Reviewer-only note",
            Some(reviewer.id),
        )
        .await
        .unwrap();
    store
        .assign(edition, "KEN", "", reviewer.id, Some(admin.id))
        .await
        .unwrap();
    store
        .notify(&[reviewer.id], "Kenya needs a look", "/review/KEN")
        .await
        .unwrap();
    store
        .create_webhook(
            "https://hooks.example.org/in",
            "webhook-secret",
            Some(admin.id),
        )
        .await
        .unwrap();
    store
        .set_status(
            edition,
            "KEN",
            &[Status::InProgress],
            Status::Submitted,
            Some(admin.id),
        )
        .await
        .unwrap();
    store
        .create_session("session-hash", reviewer.id, i64::MAX, false)
        .await
        .unwrap();
    store
        .create_token(admin.id, "scripts", "token-hash")
        .await
        .unwrap();
    store
        .create_link(admin.id, LinkPurpose::Reset, "link-hash", i64::MAX)
        .await
        .unwrap();
    store
        .push_outbox("someone@example.org", "Hello", "A message")
        .await
        .unwrap();
    store.close().await;
}

/// Every read of the installation that a copy must keep, as text.
async fn contents(url: &str) -> Vec<String> {
    let store = Store::open(url).await.unwrap();
    let edition = cyberindex_server::DEMO_EDITION;
    let past = demo::PAST_EDITION;
    let mut out = vec![
        format!("{:?}", store.users().await.unwrap()),
        format!("{:?}", store.editions().await.unwrap()),
        format!("{:?}", store.publications(None).await.unwrap()),
        format!("{:?}", store.publication(past, 2).await.unwrap()),
        format!("{:?}", store.webhooks().await.unwrap()),
        format!("{:?}", store.deliveries(10_000).await.unwrap()),
        format!("{:?}", store.outbox().await.unwrap()),
        format!("{:?}", store.assignments(edition).await.unwrap()),
        format!(
            "{:?}",
            store
                .audit(&AuditFilter {
                    limit: None,
                    ..AuditFilter::default()
                })
                .await
                .unwrap()
        ),
        format!("{:?}", store.verify_audit().await.unwrap()),
    ];
    for (e, countries) in [
        (edition, ["KEN", "BRA", "FRA"]),
        (past, ["KEN", "BRA", "FRA"]),
    ] {
        out.push(format!("{:?}", store.responses(e).await.unwrap()));
        for c in countries {
            out.push(format!("{:?}", store.answers(e, c).await.unwrap()));
            out.push(format!("{:?}", store.evidence(e, c).await.unwrap()));
            out.push(format!("{:?}", store.reviews(e, c).await.unwrap()));
            out.push(format!("{:?}", store.messages(e, c, true).await.unwrap()));
            out.push(format!("{:?}", store.snapshots(e, c).await.unwrap()));
        }
    }
    let reviewer = store
        .user_by_email("reviewer@demo.example.org")
        .await
        .unwrap()
        .unwrap();
    out.push(format!(
        "{:?}",
        store.notifications(reviewer.id, 100).await.unwrap()
    ));
    out.push(format!(
        "{:?}",
        store.session("session-hash").await.unwrap()
    ));
    out.push(format!(
        "{:?}",
        store.token_user("token-hash").await.unwrap()
    ));
    store.close().await;
    out
}

/// Rows per table, counted directly in the database.
async fn counts(url: &str) -> Vec<(String, i64)> {
    use sqlx::Connection;
    let mut out = Vec::new();
    for table in cyberindex_store::copy::TABLES {
        let filter = if table.name == "audit_head" {
            " WHERE id > 0"
        } else {
            ""
        };
        let sql = format!("SELECT COUNT(*) FROM {}{filter}", table.name);
        let n: i64 = if url.starts_with("sqlite:") {
            let mut conn = sqlx::SqliteConnection::connect(url).await.unwrap();
            let n = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_one(&mut conn)
                .await
                .unwrap();
            conn.close().await.unwrap();
            n
        } else {
            let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
            let n = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .fetch_one(&mut conn)
                .await
                .unwrap();
            conn.close().await.unwrap();
            n
        };
        out.push((table.name.to_string(), n));
    }
    out
}

/// Every file under a directory with its bytes, by relative path.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((
                    path.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn audit_head(url: &str) -> String {
    let (ok, out) = run(&["audit", "head", "--db", url]);
    assert!(ok, "{out}");
    out.trim().to_string()
}

#[test]
fn an_installation_moves_to_the_other_database_and_back_unchanged() {
    let rt = runtime();
    let a_data = std::env::temp_dir().join(format!("cyberindex-dbcopy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&a_data);
    std::fs::create_dir_all(&a_data).unwrap();
    let a_url = format!("sqlite://{}", a_data.join("cyberindex.db").display());
    // The middle: PostgreSQL when the run has one, else another SQLite file.
    let (b_url, b_data) = rt.block_on(cyberindex_store::testing::fresh_database("dbcopy-b"));
    let b_url = with_password(&b_url);
    let c_data = a_data.join("copy-c");
    let c_url = format!("sqlite://{}", c_data.join("cyberindex.db").display());
    std::fs::create_dir_all(&c_data).unwrap();

    rt.block_on(build(&a_url, &a_data, true));

    let (ok, first) = copy(&a_url, &b_url, &a_data, &b_data);
    assert!(ok, "{first}");
    let (ok, second) = copy(&b_url, &c_url, &b_data, &c_data);
    assert!(ok, "{second}");
    for out in [&first, &second] {
        assert!(out.contains("  audit_log: "), "a line per table: {out}");
        assert!(
            out.contains("all 3 files the database refers to are there"),
            "{out}"
        );
        assert!(!out.contains(SECRET), "a password was printed: {out}");
    }
    if b_url.contains(SECRET) {
        assert!(first.contains(":****@"), "{first}");
    }

    // The same rows, the same reads, the same audit head on all three.
    let (ca, cb, cc) = rt.block_on(async {
        (
            counts(&a_url).await,
            counts(&b_url).await,
            counts(&c_url).await,
        )
    });
    assert_eq!(ca, cb);
    assert_eq!(ca, cc);
    for table in [
        "users",
        "observer_countries",
        "invitations",
        "sessions",
        "api_tokens",
        "editions",
        "responses",
        "answers",
        "evidence",
        "outbox",
        "reviews",
        "messages",
        "answer_snapshots",
        "assignments",
        "notifications",
        "webhooks",
        "webhook_deliveries",
        "audit_log",
        "audit_head",
        "publications",
        "publication_documents",
    ] {
        let rows = ca.iter().find(|(t, _)| t == table).map_or(0, |(_, n)| *n);
        assert!(rows > 0, "the installation has no {table} to copy");
    }
    let (ra, rb, rc) = rt.block_on(async {
        (
            contents(&a_url).await,
            contents(&b_url).await,
            contents(&c_url).await,
        )
    });
    assert_eq!(ra, rb);
    assert_eq!(ra, rc);
    let head = audit_head(&a_url);
    assert_eq!(audit_head(&b_url), head);
    assert_eq!(audit_head(&c_url), head);
    assert!(first.contains(&format!("head {head}")), "{first}");

    // The evidence files, byte for byte (the interrupted upload stays behind).
    let evidence_a: Vec<_> = files(&a_data.join("evidence"))
        .into_iter()
        .filter(|(p, _)| !p.starts_with("upload-interrupted"))
        .collect();
    assert_eq!(evidence_a.len(), 3);
    assert_eq!(files(&b_data.join("evidence")), evidence_a);
    assert_eq!(files(&c_data.join("evidence")), evidence_a);

    // The copies work on: the archived edition is still closed, new rows get new ids (the
    // PostgreSQL sequences continue after the copied ids) and the trail goes on from the head.
    rt.block_on(async {
        for url in [&b_url, &c_url] {
            let store = Store::open(url).await.unwrap();
            let closed = store
                .save_answer(
                    demo::PAST_EDITION,
                    "KEN",
                    &question(),
                    &AnswerChange {
                        value: None,
                        comment: String::new(),
                        expected_version: 1,
                        provenance: Provenance::Country,
                    },
                    None,
                    false,
                )
                .await;
            assert!(matches!(closed, Err(StoreError::Archived(_))), "{closed:?}");
            let before = store.users().await.unwrap();
            let user = store
                .create_user(&NewUser {
                    email: "after.copy@example.org".into(),
                    name: String::new(),
                    role: Role::Reviewer,
                    country: None,
                    observed: Vec::new(),
                    team: None,
                })
                .await
                .unwrap();
            assert!(before.iter().all(|u| u.id < user.id));
            let (entries, _) = store.verify_audit().await.unwrap().unwrap();
            let copied: u64 = head.split(':').next().unwrap().parse().unwrap();
            assert_eq!(entries, copied + 1);
            store.close().await;
        }
    });

    // A second copy into a database that now holds data is refused, and changes nothing.
    let before = rt.block_on(counts(&b_url));
    let (ok, again) = run(&["db", "copy", "--from", &a_url, "--to", &b_url]);
    assert!(!ok, "{again}");
    assert!(
        again.contains("The target database is not empty: its table users holds"),
        "{again}"
    );
    assert!(again.contains("Nothing was written"), "{again}");
    assert!(!again.contains(SECRET), "{again}");
    assert_eq!(rt.block_on(counts(&b_url)), before);

    cyberindex_store::testing::drop_database(&b_url);
    let _ = std::fs::remove_dir_all(&a_data);
    let _ = std::fs::remove_dir_all(&b_data);
}

#[test]
fn a_database_that_cannot_be_reached_is_named_without_its_password() {
    let dir = std::env::temp_dir().join(format!("cyberindex-dbcopy-x-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let from = format!("sqlite://{}", dir.join("a.db").display());
    let to = format!("postgres://someone:{SECRET}@127.0.0.1:1/nothing");
    let (ok, out) = run(&["db", "copy", "--from", &from, "--to", &to]);
    assert!(!ok, "{out}");
    assert!(
        out.contains("cannot open the target database postgres://someone:****@127.0.0.1:1/nothing"),
        "{out}"
    );
    assert!(!out.contains(SECRET), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn evidence_the_database_refers_to_must_be_there_before_anything_is_copied() {
    let rt = runtime();
    let dir = std::env::temp_dir().join(format!("cyberindex-dbcopy-m-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let from = format!("sqlite://{}", dir.join("a.db").display());
    let to = format!("sqlite://{}", dir.join("b.db").display());
    rt.block_on(build(&from, &dir, false));
    // One referenced file is lost, another damaged.
    let lost = cyberindex_store::sha256_hex(b"%PDF-1.7\nthe national strategy\n");
    std::fs::remove_file(cyberindex_server::service::evidence::path_of(
        &dir.join("evidence"),
        &lost,
    ))
    .unwrap();
    let (ok, out) = copy(&from, &to, &dir, &dir.join("b"));
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!(
            "the evidence file {lost} that the database refers to is not in"
        )),
        "{out}"
    );
    assert!(rt.block_on(counts(&to)).iter().all(|(_, n)| *n == 0));
    let damaged = cyberindex_store::sha256_hex(b"%PDF-1.7\nthe CIRT's founding decree\n");
    let path = cyberindex_server::service::evidence::path_of(&dir.join("evidence"), &damaged);
    std::fs::write(&path, b"%PDF-1.7\nthe national strategy\n").unwrap();
    std::fs::write(
        cyberindex_server::service::evidence::path_of(&dir.join("evidence"), &lost),
        b"%PDF-1.7\nthe national strategy\n",
    )
    .unwrap();
    let (ok, out) = copy(&from, &to, &dir, &dir.join("b"));
    assert!(!ok, "{out}");
    assert!(out.contains("is damaged"), "{out}");
    assert!(rt.block_on(counts(&to)).iter().all(|(_, n)| *n == 0));
    assert!(!dir.join("b").join("evidence").exists());
    let _ = std::fs::remove_dir_all(&dir);
}
