//! Saves that arrive together are applied as one group commit: read together, checked in
//! order, written together. Within a group, a save starts from the one before it, two saves
//! from the same version cannot both win, and each save has its own audit entry, on both
//! databases.

use cyberindex_store::{AnswerChange, NewEdition, Provenance, Store, StoreError, testing};

fn change(value: &str, expected_version: i64) -> AnswerChange {
    AnswerChange {
        value: Some(value.into()),
        comment: String::new(),
        expected_version,
        provenance: Provenance::Country,
    }
}

#[tokio::test]
async fn saves_sent_together_chain_conflict_and_are_each_recorded() {
    let (url, _dir) = testing::fresh_database("group_commit").await;
    let store = Store::open(&url).await.unwrap();
    let countries: Vec<String> = ["KEN", "FRA", "BRA", "IND"].map(String::from).to_vec();
    store
        .create_edition(
            &NewEdition {
                id: "2026".into(),
                name: "2026".into(),
                names: Default::default(),
                framework_id: "f".into(),
                framework_version: "1".into(),
                framework_source: String::new(),
                opens_on: "2026-01-01".into(),
                deadline: "2026-06-30".into(),
                countries: countries.clone(),
            },
            None,
        )
        .await
        .unwrap();
    let head = store.verify_audit().await.unwrap().unwrap().0;
    // Sent without waiting, in this order: the writer takes them as they queue, so most land in
    // one batch. Q1 of KEN three times in a row, Q2 of KEN twice from version 0, and one save
    // of each other country; one save names a country outside the edition.
    let saves = [
        ("KEN", "Q1", change("a", 0)),
        ("KEN", "Q1", change("b", 1)),
        ("KEN", "Q1", change("c", 2)),
        ("KEN", "Q2", change("x", 0)),
        ("KEN", "Q2", change("y", 0)),
        ("FRA", "Q1", change("f", 0)),
        ("BRA", "Q1", change("g", 0)),
        ("IND", "Q1", change("h", 0)),
        ("USA", "Q1", change("u", 0)),
    ];
    let results = futures_join(&store, &saves).await;
    let versions: Vec<Result<i64, String>> = results
        .iter()
        .map(|r| match r {
            Ok(a) => Ok(a.version),
            Err(StoreError::Conflict(current)) => Err(format!("conflict at {}", current.version)),
            Err(e) => Err(e.to_string()),
        })
        .collect();
    assert_eq!(
        versions,
        [
            Ok(1),
            Ok(2),
            Ok(3),
            Ok(1),
            Err("conflict at 1".into()),
            Ok(1),
            Ok(1),
            Ok(1),
            Err("response not found".into()),
        ]
    );
    // What was read back is what was written: the last save of each answer, and its row.
    let ken = store.answers("2026", "KEN").await.unwrap();
    let q1 = ken.iter().find(|a| a.question_id == "Q1").unwrap();
    assert_eq!((q1.value.as_deref(), q1.version), (Some("c"), 3));
    assert_eq!(&results[2].as_ref().unwrap(), &q1);
    let q2 = ken.iter().find(|a| a.question_id == "Q2").unwrap();
    assert_eq!((q2.value.as_deref(), q2.version), (Some("x"), 1));
    // One audit entry per save that succeeded, and the chain verifies.
    assert_eq!(store.verify_audit().await.unwrap().unwrap().0, head + 7);
    // The first save started each response.
    for country in &countries {
        let status = store.response("2026", country).await.unwrap().status;
        assert_eq!(status.as_str(), "in-progress", "{country}");
    }
    store.close().await;
    testing::drop_database(&url);
}

/// Sends every save before awaiting any, so they queue for the writer together.
async fn futures_join(
    store: &Store,
    saves: &[(&str, &str, AnswerChange)],
) -> Vec<Result<cyberindex_store::Answer, StoreError>> {
    let handles: Vec<_> = saves
        .iter()
        .map(|(country, question, change)| {
            let (store, country, question, change) = (
                store.clone(),
                country.to_string(),
                question.to_string(),
                change.clone(),
            );
            tokio::spawn(async move {
                store
                    .save_answer("2026", &country, &question, &change, None, true)
                    .await
            })
        })
        .collect();
    let mut results = Vec::new();
    for h in handles {
        results.push(h.await.unwrap());
    }
    results
}
