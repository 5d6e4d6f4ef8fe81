//! An edition's names in other languages (issue 15 item 5) go in and come back out whole, on the
//! backend the run chose (`TEST_POSTGRES_URL`): through `edition` and `editions`, in the
//! `edition.create` audit entry, and as an empty map for an edition that has none, including a
//! row written without the column (as before the migration).

use std::collections::BTreeMap;

use cyberindex_store::*;
use sqlx::Connection;

/// Writes an edition's row as a program that knows nothing of `names` would (as every row was
/// written before the migration), on a second connection.
async fn insert_without_names(url: &str) {
    let sql = "INSERT INTO editions (id, name, framework_id, framework_version, framework_source, opens_on, deadline, created_at) \
               VALUES ('2024', 'Index 2024', 'f', '1', 'source', '2024-01-01', '2024-12-31', 1)";
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
        c.close().await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::raw_sql(sql).execute(&mut c).await.unwrap();
        c.close().await.unwrap();
    }
}

fn edition(id: &str, names: BTreeMap<String, String>) -> NewEdition {
    NewEdition {
        id: id.into(),
        name: format!("Index {id}"),
        names,
        framework_id: "f".into(),
        framework_version: "1".into(),
        framework_source: "source".into(),
        opens_on: "2026-01-01".into(),
        deadline: "2026-12-31".into(),
        countries: vec!["KEN".into()],
    }
}

fn six_names() -> BTreeMap<String, String> {
    [
        ("ar", "المؤشر العالمي 2026"),
        ("zh", "2026 年全球指数"),
        ("en", "Global index 2026"),
        ("fr", "Indice mondial « 2026 » d’essai"),
        ("ru", "Глобальный индекс 2026"),
        ("es", "Índice mundial 2026"),
    ]
    .into_iter()
    .map(|(l, n)| (l.to_string(), n.to_string()))
    .collect()
}

#[tokio::test]
async fn names_per_language_round_trip_and_are_audited() {
    let (url, _dir) = cyberindex_store::testing::fresh_database("edition_names").await;
    let store = Store::open(&url).await.unwrap();

    let created = store
        .create_edition(&edition("2026", six_names()), None)
        .await
        .unwrap();
    assert_eq!(created.names, six_names());
    assert_eq!(created.name, "Index 2026");
    assert_eq!(created.name_in("ar"), "المؤشر العالمي 2026");

    let plain = store
        .create_edition(&edition("2025", BTreeMap::new()), None)
        .await
        .unwrap();
    assert!(plain.names.is_empty());
    assert_eq!(plain.name_in("fr"), "Index 2025", "falls back to the name");

    // Read again, one at a time and in the list (which reads every edition in one query).
    assert_eq!(store.edition("2026").await.unwrap().names, six_names());
    let listed = store.editions().await.unwrap();
    let names: Vec<(&str, &BTreeMap<String, String>)> =
        listed.iter().map(|e| (e.id.as_str(), &e.names)).collect();
    assert_eq!(
        names,
        [("2025", &BTreeMap::new()), ("2026", &six_names())],
        "newest first"
    );

    // The creation's audit entry records the names with the other fields.
    let entries = store
        .audit(&AuditFilter {
            action_prefix: Some("edition.create".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let recorded: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| serde_json::from_str(e.after.as_deref().unwrap()).unwrap())
        .collect();
    let of = |id: &str| {
        recorded
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("no entry for {id}: {recorded:?}"))
            .clone()
    };
    assert_eq!(of("2026")["names"], serde_json::json!(six_names()));
    assert_eq!(of("2025")["names"], serde_json::json!({}));
    assert!(store.verify_audit().await.unwrap().is_ok());

    // A row written without the column reads with no other name.
    insert_without_names(&url).await;
    let old = store.edition("2024").await.unwrap();
    assert!(old.names.is_empty(), "{:?}", old.names);
    assert_eq!(old.name_in("zh"), "Index 2024");
    store.close().await;
}
