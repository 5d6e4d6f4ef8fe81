//! An archived edition accepts no change: the store refuses every write with
//! `StoreError::Archived` (the group-commit writer included), and triggers refuse what any other
//! write path would try, so nothing slips past a forgotten check.

use cyberindex_store::*;
use sqlx::Connection;

/// A second connection to the test's database, as another program would open it.
enum Raw {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl Raw {
    async fn open(url: &str) -> Self {
        if url.starts_with("sqlite:") {
            Self::Sqlite(sqlx::SqliteConnection::connect(url).await.unwrap())
        } else {
            Self::Postgres(sqlx::PgConnection::connect(url).await.unwrap())
        }
    }

    async fn execute(&mut self, sql: &'static str) -> Result<(), String> {
        match self {
            Self::Sqlite(c) => sqlx::raw_sql(sql).execute(c).await.map(drop),
            Self::Postgres(c) => sqlx::raw_sql(sql).execute(c).await.map(drop),
        }
        .map_err(|e| e.to_string())
    }
}

#[tokio::test]
async fn an_archived_edition_refuses_writes_in_the_store_and_in_the_database() {
    let (url, dir) = cyberindex_store::testing::fresh_database("archived").await;
    let store = Store::open(&url).await.unwrap();
    store
        .create_edition(
            &NewEdition {
                id: "2026".into(),
                name: "Index 2026".into(),
                names: Default::default(),
                framework_id: "f".into(),
                framework_version: "1".into(),
                framework_source: "source".into(),
                opens_on: "2026-01-01".into(),
                deadline: "2099-12-31".into(),
                countries: vec!["KEN".into(), "FRA".into()],
            },
            None,
        )
        .await
        .unwrap();
    let change = |value: &str, expected_version| AnswerChange {
        value: Some(value.to_string()),
        comment: String::new(),
        expected_version,
        provenance: Provenance::Country,
    };
    store
        .save_answer("2026", "KEN", "Q1", &change("yes", 0), None, true)
        .await
        .unwrap();
    store.archive_edition("2026", None).await.unwrap();

    // The group-commit writer, several saves in one batch: each refused, none written.
    let saves = futures_like_join(&store, &change).await;
    assert!(saves.iter().all(archived::<Answer>), "{saves:?}");
    let evidence = NewEvidence {
        question_id: "Q1".into(),
        kind: EvidenceKind::Url {
            url: "https://example.org/law".into(),
        },
        title: "Law".into(),
        language: "en".into(),
        issued_on: String::new(),
        public: false,
    };
    assert!(archived(
        &store.add_evidence("2026", "KEN", &evidence, None).await
    ));
    assert!(archived(
        &store
            .post_message("2026", "KEN", "Q1", false, "hello", None)
            .await
    ));
    assert!(archived(
        &store
            .set_status(
                "2026",
                "KEN",
                &[Status::InProgress],
                Status::Submitted,
                None
            )
            .await
    ));
    assert!(archived(
        &store.confirm_answer("2026", "KEN", "Q1", 1, None).await
    ));
    assert!(archived(
        &store
            .confirm_answers("2026", "KEN", &["Q1".to_string()], None)
            .await
    ));
    assert!(archived(
        &store
            .prefill(
                "2026",
                &[(
                    "FRA".into(),
                    BulkAnswer {
                        question: "Q1".into(),
                        value: Some("no".into()),
                        comment: String::new(),
                        provenance: Provenance::CarriedForward,
                        evidence_url: None,
                    },
                )],
                None,
                None,
            )
            .await
    ));
    assert!(archived(
        &store
            .set_desk_policy("2026", DeskPolicy::DropDraft, None)
            .await
    ));
    assert_eq!(store.answers("2026", "KEN").await.unwrap().len(), 1);
    assert_eq!(store.answers("2026", "FRA").await.unwrap().len(), 0);
    store.close().await;

    // Straight SQL, as a write path that forgot the check would do: the triggers refuse it.
    let mut conn = Raw::open(&url).await;
    for sql in [
        "UPDATE answers SET value = 'no' WHERE edition_id = '2026'",
        "INSERT INTO answers (edition_id, country, question_id, value, comment, version, provenance, confirmed, updated_at) VALUES ('2026', 'FRA', 'Q1', 'no', '', 1, 'country', TRUE, 1)",
        "DELETE FROM answers WHERE edition_id = '2026'",
        "UPDATE responses SET status = 'submitted' WHERE edition_id = '2026'",
        "INSERT INTO messages (edition_id, country, question_id, round, body, created_at) VALUES ('2026', 'KEN', 'Q1', 1, 'hi', 1)",
        "INSERT INTO evidence (edition_id, country, question_id, kind, url, title, created_at) VALUES ('2026', 'KEN', 'Q1', 'url', 'https://example.org', 'x', 1)",
    ] {
        let refused = conn.execute(sql).await;
        assert!(
            refused
                .as_ref()
                .is_err_and(|e| e.contains("the edition is archived")),
            "{sql}: {refused:?}"
        );
    }
    drop(conn);
    cyberindex_store::testing::drop_database(&url);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether a write was refused because the edition `2026` is archived.
fn archived<T>(r: &Result<T>) -> bool {
    matches!(r, Err(StoreError::Archived(e)) if e == "2026")
}

/// Sends three saves to the writer at once, so that they share a batch.
async fn futures_like_join(
    store: &Store,
    change: &impl Fn(&str, i64) -> AnswerChange,
) -> Vec<Result<Answer>> {
    let (a, b, c) = (change("no", 1), change("yes", 0), change("partial", 0));
    let (a, b, c) = tokio::join!(
        store.save_answer("2026", "KEN", "Q1", &a, None, true),
        store.save_answer("2026", "KEN", "Q2", &b, None, true),
        store.save_answer("2026", "FRA", "Q1", &c, None, false),
    );
    vec![a, b, c]
}
