//! Saved queries of the directory's who's who (issue 16): saved, listed by name, read, removed,
//! each write audited, on the backend the run chose (`TEST_POSTGRES_URL`).

use cyberindex_store::*;

#[tokio::test]
async fn saved_queries_round_trip_and_are_audited() {
    let (url, _dir) = cyberindex_store::testing::fresh_database("saved_queries").await;
    let store = Store::open(&url).await.unwrap();

    let b = store
        .save_query("Pacific emergency", "region=asia-pacific&emergency=1", None)
        .await
        .unwrap();
    let a = store
        .save_query("Africa national", "region=africa&type=national", None)
        .await
        .unwrap();
    let listed = store.saved_queries().await.unwrap();
    let names: Vec<&str> = listed.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(names, ["Africa national", "Pacific emergency"]);
    let one = store.saved_query(b).await.unwrap();
    assert_eq!(one.query, "region=asia-pacific&emergency=1");
    assert!(one.created_at > 0);

    store.delete_saved_query(a, None).await.unwrap();
    assert!(matches!(
        store.saved_query(a).await,
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.delete_saved_query(a, None).await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(store.saved_queries().await.unwrap().len(), 1);

    let audit = store
        .audit(&AuditFilter {
            action_prefix: Some("directory.query.".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = audit.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions.len(), 3, "{actions:?}");
    assert!(actions.contains(&"directory.query.delete"), "{actions:?}");
}
