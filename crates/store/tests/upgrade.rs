//! Upgrading a database made by the first release's schema: the review migration rebuilds
//! `responses` (to allow the `returned` status) without losing responses, answers or evidence,
//! and leaves foreign keys intact.

use cyberindex_store::*;
use sqlx::{Connection, SqliteConnection};

#[tokio::test]
async fn the_review_migration_keeps_every_row() {
    let dir = std::env::temp_dir().join(format!("cyberindex-upgrade-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("migrations")).unwrap();
    let first = "20261127000001_initial.sql";
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("migrations/sqlite")
            .join(first),
        dir.join("migrations").join(first),
    )
    .unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("old.db").display());

    // A database as the first release left it, with data.
    let mut conn = SqliteConnection::connect(&url).await.unwrap();
    sqlx::migrate::Migrator::new(dir.join("migrations"))
        .await
        .unwrap()
        .run(&mut conn)
        .await
        .unwrap();
    sqlx::raw_sql(
        "INSERT INTO users (email, role, country, created_at) VALUES ('fp@example.org', 'focal-point', 'KEN', 1);
         INSERT INTO editions (id, name, framework_id, framework_version, framework_source, opens_on, deadline, created_at)
           VALUES ('2026', 'Index 2026', 'f', '1', 'source', '2026-01-01', '2026-06-30', 1);
         INSERT INTO responses (edition_id, country, status, submitted_at, submitted_by, last_activity_at)
           VALUES ('2026', 'KEN', 'submitted', 5, 1, 5), ('2026', 'FRA', 'in-progress', NULL, NULL, 4);
         INSERT INTO answers (edition_id, country, question_id, value, version, updated_at) VALUES ('2026', 'KEN', 'Q1', 'yes', 3, 5);
         INSERT INTO evidence (edition_id, country, question_id, kind, url, title, created_at)
           VALUES ('2026', 'KEN', 'Q1', 'url', 'https://example.org/law', 'Law', 5);",
    )
    .execute(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();

    // Opening it with this release migrates it.
    let store = Store::open(&url).await.unwrap();
    let ken = store.response("2026", "KEN").await.unwrap();
    assert_eq!(
        (ken.status, ken.submitted_at, ken.round),
        (Status::Submitted, Some(5), 1)
    );
    assert_eq!(
        store.response("2026", "FRA").await.unwrap().status,
        Status::InProgress
    );
    let answers = store.answers("2026", "KEN").await.unwrap();
    assert_eq!(
        (answers[0].value.as_deref(), answers[0].version),
        (Some("yes"), 3)
    );
    assert_eq!(store.evidence("2026", "KEN").await.unwrap().len(), 1);
    assert_eq!(
        store.edition("2026").await.unwrap().desk_policy,
        DeskPolicy::KeepDraft
    );
    // The new status works, and the foreign keys still hold (answers of a response that does
    // not exist are refused).
    store
        .review_answer(
            "2026",
            "KEN",
            "Q1",
            Decision::Clarify,
            "Which article?",
            None,
            &[Status::Submitted],
            None,
        )
        .await
        .unwrap();
    let returned = store
        .return_response(
            "2026",
            "KEN",
            &[Status::Submitted, Status::InReview],
            "2026-07-15",
            "",
            None,
        )
        .await
        .unwrap();
    assert_eq!((returned.status, returned.round), (Status::Returned, 2));
    store.close().await;
    let mut conn = SqliteConnection::connect(&url).await.unwrap();
    sqlx::raw_sql("PRAGMA foreign_keys = ON")
        .execute(&mut conn)
        .await
        .unwrap();
    let orphan = sqlx::raw_sql(
        "INSERT INTO answers (edition_id, country, question_id, version, updated_at) VALUES ('2026', 'XXX', 'Q1', 1, 1)",
    )
    .execute(&mut conn)
    .await;
    assert!(orphan.is_err(), "the foreign key to responses holds");
    let problems: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    conn.close().await.unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}
