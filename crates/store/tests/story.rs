//! One story through the store, run against the configured backend (SQLite in a temporary file,
//! or PostgreSQL when `TEST_POSTGRES_URL` is set: see `cyberindex_store::testing`).

use cyberindex_store::*;

async fn open() -> (Store, std::path::PathBuf) {
    let (url, dir) = cyberindex_store::testing::fresh_database("story").await;
    (Store::open(&url).await.unwrap(), dir)
}

fn change(value: Option<&str>, expected_version: i64) -> AnswerChange {
    AnswerChange {
        value: value.map(str::to_string),
        comment: String::new(),
        expected_version,
        provenance: Provenance::Country,
    }
}

#[tokio::test]
async fn a_country_answers_and_submits() {
    let (store, dir) = open().await;
    let admin = store
        .create_user(&NewUser {
            email: "admin@example.org".into(),
            name: "Admin".into(),
            role: Role::Admin,
            country: None,
            observed: vec![],
            team: None,
        })
        .await
        .unwrap();
    let focal = store
        .create_user(&NewUser {
            email: "fp@example.org".into(),
            name: "".into(),
            role: Role::FocalPoint,
            country: Some("KEN".into()),
            observed: vec![],
            team: None,
        })
        .await
        .unwrap();
    // Emails are unique, ignoring case; country roles need a country.
    assert!(matches!(
        store
            .create_user(&NewUser {
                email: "FP@example.org".into(),
                name: "".into(),
                role: Role::Reviewer,
                country: None,
                observed: vec![],
                team: None,
            })
            .await,
        Err(StoreError::Duplicate(_))
    ));
    assert!(matches!(
        store
            .create_user(&NewUser {
                email: "c@example.org".into(),
                name: "".into(),
                role: Role::Contributor,
                country: None,
                observed: vec![],
                team: None,
            })
            .await,
        Err(StoreError::Invalid(_))
    ));
    let observer = store
        .create_user(&NewUser {
            email: "o@example.org".into(),
            name: "".into(),
            role: Role::Observer,
            country: None,
            observed: vec!["KEN".into(), "FRA".into()],
            team: None,
        })
        .await
        .unwrap();
    assert_eq!(observer.observed, vec!["FRA", "KEN"]);

    // An invitation link is single-use and sets the password.
    store
        .create_link(
            focal.id,
            LinkPurpose::Invitation,
            "hash1",
            now_ms() + 60_000,
        )
        .await
        .unwrap();
    store
        .create_link(focal.id, LinkPurpose::Invitation, "expired", now_ms() - 1)
        .await
        .unwrap();
    assert_eq!(
        store
            .peek_link("hash1", LinkPurpose::Invitation)
            .await
            .unwrap(),
        Some(focal.id)
    );
    assert_eq!(
        store.peek_link("hash1", LinkPurpose::Reset).await.unwrap(),
        None
    );
    assert_eq!(
        store
            .peek_link("expired", LinkPurpose::Invitation)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .redeem_link("hash1", LinkPurpose::Invitation, "pw")
            .await
            .unwrap(),
        Some(focal.id)
    );
    assert_eq!(
        store
            .redeem_link("hash1", LinkPurpose::Invitation, "pw2")
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store.user(focal.id).await.unwrap().password_hash.as_deref(),
        Some("pw")
    );

    // Sessions and tokens.
    store
        .create_session("s1", focal.id, now_ms() + 60_000, true)
        .await
        .unwrap();
    assert_eq!(
        store.session("s1").await.unwrap().map(|(u, p)| (u.id, p)),
        Some((focal.id, true))
    );
    store.complete_session_totp("s1").await.unwrap();
    assert_eq!(
        store.session("s1").await.unwrap().map(|(_, p)| p),
        Some(false)
    );
    store
        .create_session("old", focal.id, now_ms() - 1, false)
        .await
        .unwrap();
    assert!(store.session("old").await.unwrap().is_none());
    let token = store.create_token(focal.id, "script", "t1").await.unwrap();
    assert_eq!(
        store.token_user("t1").await.unwrap().map(|u| u.id),
        Some(focal.id)
    );
    store.revoke_token(focal.id, token).await.unwrap();
    assert!(store.token_user("t1").await.unwrap().is_none());
    assert!(matches!(
        store.revoke_token(admin.id, token).await,
        Err(StoreError::NotFound(_))
    ));

    // An edition freezes its framework and opens one response per country.
    let edition = NewEdition {
        id: "2026".into(),
        name: "Index 2026".into(),
        names: Default::default(),
        framework_id: "f".into(),
        framework_version: "1".into(),
        framework_source: "frozen text".into(),
        opens_on: "2026-01-01".into(),
        deadline: "2026-06-30".into(),
        countries: vec!["KEN".into(), "FRA".into()],
    };
    let created = store
        .create_edition(&edition, Some(admin.id))
        .await
        .unwrap();
    assert_eq!(created.countries, vec!["FRA", "KEN"]);
    assert_eq!(created.framework_source, "frozen text");
    assert!(matches!(
        store.create_edition(&edition, None).await,
        Err(StoreError::Duplicate(_))
    ));
    assert_eq!(
        store.response("2026", "KEN").await.unwrap().status,
        Status::NotStarted
    );

    // Answers carry versions; a stale version is a conflict carrying the current answer.
    let a1 = store
        .save_answer(
            "2026",
            "KEN",
            "Q1",
            &change(Some("yes"), 0),
            Some(focal.id),
            true,
        )
        .await
        .unwrap();
    assert_eq!(a1.version, 1);
    assert_eq!(
        store.response("2026", "KEN").await.unwrap().status,
        Status::InProgress
    );
    let a2 = store
        .save_answer(
            "2026",
            "KEN",
            "Q1",
            &change(Some("no"), 1),
            Some(focal.id),
            true,
        )
        .await
        .unwrap();
    assert_eq!(a2.version, 2);
    match store
        .save_answer(
            "2026",
            "KEN",
            "Q1",
            &change(Some("partial"), 1),
            Some(focal.id),
            true,
        )
        .await
    {
        Err(StoreError::Conflict(current)) => {
            assert_eq!((current.version, current.value.as_deref()), (2, Some("no")))
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert!(
        matches!(store.save_answer("2026", "KEN", "Q2", &change(Some("x"), 3), None, true).await, Err(StoreError::Conflict(c)) if c.version == 0)
    );
    // Clearing keeps the row with no value: "not answered" is never stored as a value.
    let cleared = store
        .save_answer("2026", "KEN", "Q1", &change(None, 2), Some(focal.id), true)
        .await
        .unwrap();
    assert_eq!((cleared.value, cleared.version), (None, 3));

    // A secretariat draft is unconfirmed until the country saves it.
    let draft = AnswerChange {
        provenance: Provenance::Secretariat,
        ..change(Some("yes"), 0)
    };
    let drafted = store
        .save_answer("2026", "FRA", "Q1", &draft, Some(admin.id), false)
        .await
        .unwrap();
    assert!(!drafted.confirmed);
    assert_eq!(
        store.response("2026", "FRA").await.unwrap().status,
        Status::NotStarted
    );

    // Evidence.
    let url = NewEvidence {
        question_id: "Q1".into(),
        kind: EvidenceKind::Url {
            url: "https://example.org/law".into(),
        },
        title: "Law".into(),
        language: "en".into(),
        issued_on: "2024-01-01".into(),
        public: true,
    };
    let e = store
        .add_evidence("2026", "KEN", &url, Some(focal.id))
        .await
        .unwrap();
    assert_eq!(store.evidence("2026", "KEN").await.unwrap().len(), 1);
    assert!(store.evidence("2026", "FRA").await.unwrap().is_empty());
    assert!(matches!(
        store.evidence_item("2026", "FRA", e.id).await,
        Err(StoreError::NotFound(_))
    ));

    // Submitting locks the response for the country.
    let submitted = store
        .set_status(
            "2026",
            "KEN",
            &[Status::InProgress],
            Status::Submitted,
            Some(focal.id),
        )
        .await
        .unwrap();
    assert_eq!(
        (submitted.status, submitted.submitted_by),
        (Status::Submitted, Some(focal.id))
    );
    assert!(matches!(
        store
            .save_answer(
                "2026",
                "KEN",
                "Q1",
                &change(Some("yes"), 3),
                Some(focal.id),
                true
            )
            .await,
        Err(StoreError::Locked(Status::Submitted))
    ));
    assert!(matches!(
        store
            .add_evidence("2026", "KEN", &url, Some(focal.id))
            .await,
        Err(StoreError::Locked(_))
    ));
    assert!(matches!(
        store.delete_evidence("2026", "KEN", e.id, None).await,
        Err(StoreError::Locked(_))
    ));
    assert!(matches!(
        store
            .set_status(
                "2026",
                "KEN",
                &[Status::InProgress],
                Status::Submitted,
                None
            )
            .await,
        Err(StoreError::Locked(_))
    ));

    store.archive_edition("2026", None).await.unwrap();
    assert!(store.edition("2026").await.unwrap().archived_at.is_some());
    store.close().await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn concurrent_saves_from_the_same_version_leave_exactly_one_winner() {
    let (store, dir) = open().await;
    let edition = NewEdition {
        id: "e".into(),
        name: "e".into(),
        names: Default::default(),
        framework_id: "f".into(),
        framework_version: "1".into(),
        framework_source: "".into(),
        opens_on: "2026-01-01".into(),
        deadline: "2026-12-31".into(),
        countries: vec!["KEN".into()],
    };
    store.create_edition(&edition, None).await.unwrap();
    let mut tasks = Vec::new();
    for i in 0..16 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store
                .save_answer(
                    "e",
                    "KEN",
                    "Q1",
                    &change(Some(&format!("v{i}")), 0),
                    None,
                    true,
                )
                .await
        }));
    }
    let mut wins = 0;
    let mut conflicts = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => wins += 1,
            Err(StoreError::Conflict(_)) => conflicts += 1,
            Err(e) => panic!("{e}"),
        }
    }
    assert_eq!((wins, conflicts), (1, 15));
    assert_eq!(store.answers("e", "KEN").await.unwrap()[0].version, 1);
    store.close().await;
    let _ = std::fs::remove_dir_all(dir);
}
