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

/// The migration that moves publications' frozen documents into `publication_documents` keeps
/// every publication whole, and listing publications no longer reads a document (on the backend
/// the test run chose).
#[tokio::test]
async fn the_documents_migration_keeps_every_publication() {
    use sqlx::PgConnection;
    let (url, dir) = cyberindex_store::testing::fresh_database("upgrade-docs").await;
    let pg = url.starts_with("postgres");
    let url = if pg { url } else { format!("{url}?mode=rwc") };
    std::fs::create_dir_all(dir.join("migrations")).unwrap();
    let all = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("migrations")
        .join(if pg { "postgres" } else { "sqlite" });
    for entry in std::fs::read_dir(&all).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.as_str() < "20261209190001" {
            std::fs::copy(all.join(&name), dir.join("migrations").join(&name)).unwrap();
        }
    }
    let migrator = sqlx::migrate::Migrator::new(dir.join("migrations"))
        .await
        .unwrap();
    let rows = "INSERT INTO editions (id, name, framework_id, framework_version, framework_source, opens_on, deadline, created_at)
           VALUES ('2024', 'Index 2024', 'f', '1', 'source', '2024-01-01', '2024-06-30', 1);
         INSERT INTO publications (edition_id, version, published_at, published_by, change_note, licence,
             framework_source, answers_csv, results_json, countries)
           VALUES ('2024', 1, 10, NULL, '', 'CC-BY-4.0', 'framework v1', 'unit,question KEN,Q1', '{\"v\":1}', 3),
                  ('2024', 2, 20, NULL, 'Correction', 'CC-BY-4.0', 'framework v2', 'unit,question KEN,Q2', '{\"v\":2}', 4);";
    if pg {
        let mut conn = PgConnection::connect(&url).await.unwrap();
        migrator.run(&mut conn).await.unwrap();
        sqlx::raw_sql(rows).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    } else {
        let mut conn = SqliteConnection::connect(&url).await.unwrap();
        migrator.run(&mut conn).await.unwrap();
        sqlx::raw_sql(rows).execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    }

    let store = Store::open(&url).await.unwrap();
    let metas = store.publications(Some("2024")).await.unwrap();
    assert_eq!(
        metas
            .iter()
            .map(|m| (m.version, m.countries, m.change_note.as_str()))
            .collect::<Vec<_>>(),
        vec![(2, 4, "Correction"), (1, 3, "")]
    );
    assert_eq!(store.document_reads(), 0, "listing reads no document");
    for (version, framework, answers, results) in [
        (1, "framework v1", "unit,question KEN,Q1", "{\"v\":1}"),
        (2, "framework v2", "unit,question KEN,Q2", "{\"v\":2}"),
    ] {
        let p = store.publication("2024", version).await.unwrap();
        assert_eq!(
            (
                p.meta.published_at,
                p.framework_source.as_str(),
                p.answers_csv.as_str(),
                p.results_json.as_str()
            ),
            (version * 10, framework, answers, results)
        );
    }
    assert_eq!(store.document_reads(), 2);
    store.close().await;
    // The header table keeps no document column, and the documents are immutable.
    let columns_sql = if pg {
        "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'publications' ORDER BY ordinal_position"
    } else {
        "SELECT name FROM pragma_table_info('publications')"
    };
    let change = "UPDATE publication_documents SET results_json = '{}'";
    let (columns, changed) = if pg {
        let mut conn = PgConnection::connect(&url).await.unwrap();
        let columns: Vec<(String,)> = sqlx::query_as(columns_sql)
            .fetch_all(&mut conn)
            .await
            .unwrap();
        let changed = sqlx::raw_sql(change).execute(&mut conn).await.is_ok();
        conn.close().await.unwrap();
        (columns, changed)
    } else {
        let mut conn = SqliteConnection::connect(&url).await.unwrap();
        let columns: Vec<(String,)> = sqlx::query_as(columns_sql)
            .fetch_all(&mut conn)
            .await
            .unwrap();
        let changed = sqlx::raw_sql(change).execute(&mut conn).await.is_ok();
        conn.close().await.unwrap();
        (columns, changed)
    };
    let columns: Vec<&str> = columns.iter().map(|(c,)| c.as_str()).collect();
    assert_eq!(
        columns,
        [
            "edition_id",
            "version",
            "published_at",
            "published_by",
            "change_note",
            "licence",
            "countries"
        ]
    );
    assert!(!changed, "the documents are immutable");
    cyberindex_store::testing::drop_database(&url);
    let _ = std::fs::remove_dir_all(&dir);
}
