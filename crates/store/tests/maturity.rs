//! CIRT maturity assessments (issue 17) on the backend the run chose (`TEST_POSTGRES_URL`):
//! steps and rounds with their snapshots, both levels of a parameter side by side with
//! optimistic versions, evidence of every kind, the roadmap without duplicates, and every
//! write audited.

use cyberindex_store::*;

async fn open(label: &str) -> (String, Store) {
    let (url, _dir) = testing::fresh_database(label).await;
    (url.clone(), Store::open(&url).await.unwrap())
}

async fn user(store: &Store, email: &str, role: Role, team: Option<&str>) -> i64 {
    store
        .create_user(&NewUser {
            email: email.into(),
            name: email.into(),
            role,
            country: None,
            observed: Vec::new(),
            team: team.map(str::to_string),
        })
        .await
        .unwrap()
        .id
}

fn new(team: &str) -> NewAssessment<'_> {
    NewAssessment {
        team_id: team,
        framework_id: "cirt-maturity",
        framework_version: "1.0.0",
        framework_source: "id = \"cirt-maturity\"\n",
        kind: AssessmentKind::SelfAssessed,
    }
}

async fn actions(store: &Store, prefix: &str) -> Vec<String> {
    let mut all: Vec<String> = store
        .audit(&AuditFilter {
            action_prefix: Some(prefix.into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    all.reverse();
    all
}

fn stale(r: Result<impl std::fmt::Debug>) -> i64 {
    match r {
        Err(StoreError::Stale { version, .. }) => version,
        other => panic!("not stale: {other:?}"),
    }
}

#[tokio::test]
async fn an_assessment_goes_through_rounds_with_snapshots_and_audit() {
    let (url, store) = open("maturity_rounds").await;
    let admin = user(&store, "admin@example.org", Role::Admin, None).await;
    let a = store
        .create_assessment(&new("ke-cirt"), None)
        .await
        .unwrap();
    assert_eq!(
        (a.status, a.round, a.version),
        (AssessmentStatus::SelfAssessment, 1, 1)
    );
    assert_eq!(a.framework_sha256, sha256_hex(b"id = \"cirt-maturity\"\n"));
    assert_eq!(
        store.maturity_framework(&a.framework_sha256).await.unwrap(),
        "id = \"cirt-maturity\"\n"
    );
    assert!(matches!(
        store.maturity_framework("00").await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(a.kind, AssessmentKind::SelfAssessed);
    store
        .create_assessment(&new("gh-cert"), None)
        .await
        .unwrap();
    assert_eq!(store.assessments(None).await.unwrap().len(), 2);
    let mine = store.assessments(Some("ke-cirt")).await.unwrap();
    assert_eq!(mine, vec![a.clone()]);

    // The reviewer, on the version read.
    let a = store
        .set_assessment_reviewer(a.id, 1, Some(admin), Some(admin))
        .await
        .unwrap();
    assert_eq!((a.reviewer_id, a.version), (Some(admin), 2));
    assert_eq!(
        stale(store.set_assessment_reviewer(a.id, 1, None, None).await),
        2
    );

    // Round 1: the team answers, then submits.
    let o1 = store
        .save_self_level(a.id, "O-1", Some(Level::L2), "charter 2024", 0, None)
        .await
        .unwrap();
    assert_eq!((o1.self_level, o1.version), (Some(Level::L2), 1));
    assert_eq!(
        stale(
            store
                .save_self_level(a.id, "O-1", Some(Level::L3), "", 0, None)
                .await
        ),
        1
    );
    store
        .save_self_level(a.id, "H-1", Some(Level::NotApplicable), "", 0, None)
        .await
        .unwrap();
    // Validated levels wait for the peer review.
    stale(
        store
            .save_validated_level(a.id, "O-1", Some(Level::L1), "", 1, None)
            .await,
    );
    let a = store
        .step_assessment(
            a.id,
            a.version,
            Step::Submit,
            AssessmentStatus::PeerReview,
            "",
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        (a.status, a.round, a.version),
        (AssessmentStatus::PeerReview, 1, 3)
    );
    // Self levels are closed in peer review.
    stale(
        store
            .save_self_level(a.id, "O-1", Some(Level::L3), "", 1, None)
            .await,
    );
    let o1 = store
        .save_validated_level(
            a.id,
            "O-1",
            Some(Level::L1),
            "no approved charter",
            1,
            Some(admin),
        )
        .await
        .unwrap();
    assert_eq!(
        (o1.self_level, o1.validated_level, o1.version),
        (Some(Level::L2), Some(Level::L1), 2)
    );
    assert_eq!(o1.note, "charter 2024");
    assert_eq!(o1.comment, "no approved charter");
    assert_eq!(o1.validated_by, Some(admin));

    // A step on an old version is refused.
    assert_eq!(
        stale(
            store
                .step_assessment(
                    a.id,
                    2,
                    Step::Return,
                    AssessmentStatus::SelfAssessment,
                    "",
                    None
                )
                .await
        ),
        3
    );
    let a = store
        .step_assessment(
            a.id,
            3,
            Step::Return,
            AssessmentStatus::SelfAssessment,
            "see O-1",
            Some(admin),
        )
        .await
        .unwrap();
    assert_eq!((a.status, a.round), (AssessmentStatus::SelfAssessment, 2));

    // Round 2.
    store
        .save_self_level(a.id, "O-1", Some(Level::L1), "agreed", 2, None)
        .await
        .unwrap();
    let a = store
        .step_assessment(
            a.id,
            a.version,
            Step::Submit,
            AssessmentStatus::PeerReview,
            "",
            None,
        )
        .await
        .unwrap();
    let a = store
        .step_assessment(
            a.id,
            a.version,
            Step::Validate,
            AssessmentStatus::Validated,
            "",
            Some(admin),
        )
        .await
        .unwrap();
    let a = store
        .step_assessment(
            a.id,
            a.version,
            Step::SignOff,
            AssessmentStatus::SignedOff,
            "ok",
            Some(admin),
        )
        .await
        .unwrap();
    assert_eq!(a.status, AssessmentStatus::SignedOff);
    assert_eq!(a.round, 2);
    assert_eq!(a.signed_off_by, Some(admin));
    assert!(a.signed_off_at.is_some());
    // Nothing changes after the sign-off.
    stale(
        store
            .step_assessment(
                a.id,
                a.version,
                Step::Return,
                AssessmentStatus::SelfAssessment,
                "",
                None,
            )
            .await,
    );
    stale(
        store
            .set_assessment_reviewer(a.id, a.version, None, None)
            .await,
    );

    let answers = store.parameter_answers(a.id).await.unwrap();
    let ids: Vec<&str> = answers.iter().map(|p| p.parameter.as_str()).collect();
    assert_eq!(ids, ["H-1", "O-1"]);

    let snaps = store.assessment_snapshots(a.id).await.unwrap();
    let steps: Vec<(i64, &str, AssessmentStatus)> = snaps
        .iter()
        .map(|s| (s.round, s.step.as_str(), s.status))
        .collect();
    assert_eq!(
        steps,
        [
            (1, "create", AssessmentStatus::SelfAssessment),
            (1, "submit", AssessmentStatus::PeerReview),
            (1, "return", AssessmentStatus::SelfAssessment),
            (2, "submit", AssessmentStatus::PeerReview),
            (2, "validate", AssessmentStatus::Validated),
            (2, "sign_off", AssessmentStatus::SignedOff),
        ]
    );
    assert!(snaps[0].parameters.is_empty());
    let returned = &snaps[2].parameters["O-1"];
    assert_eq!(returned.self_level, Some(Level::L2));
    assert_eq!(returned.validated_level, Some(Level::L1));
    assert_eq!(returned.comment, "no approved charter");
    assert_eq!(snaps[2].reason, "see O-1");
    assert_eq!(snaps[5].parameters["O-1"].self_level, Some(Level::L1));
    assert_eq!(
        snaps[5].parameters["H-1"].self_level,
        Some(Level::NotApplicable)
    );

    assert_eq!(
        actions(&store, "maturity.").await,
        [
            "maturity.create",
            "maturity.create",
            "maturity.reviewer",
            "maturity.self",
            "maturity.self",
            "maturity.submit",
            "maturity.validate_level",
            "maturity.return",
            "maturity.self",
            "maturity.submit",
            "maturity.validate",
            "maturity.sign_off",
        ]
    );
    assert!(store.verify_audit().await.unwrap().is_ok());
    assert!(matches!(
        store.assessment(9999).await,
        Err(StoreError::NotFound(_))
    ));
    testing::drop_database(&url);
}

#[tokio::test]
async fn evidence_of_every_kind_is_kept_removed_and_its_files_backed_up() {
    let (url, store) = open("maturity_evidence").await;
    let a = store
        .create_assessment(&new("ke-cirt"), None)
        .await
        .unwrap();
    let run = store
        .import_check(
            "team:ke-cirt",
            3600,
            1_700_000_000_000,
            &[PastPing {
                team_id: "ke-cirt",
                channel: "email",
                address: "cert@example.ke",
                token_hash: "00ff",
                sent_at: 1_700_000_000_000,
                error: None,
                acked_at: Some(1_700_000_060_000),
                unanswered_at: None,
                note: None,
            }],
            None,
        )
        .await
        .unwrap();
    let ping = store.pings(Some(run), None).await.unwrap()[0].id;
    let sha = sha256_hex(b"procedure");
    let item =
        |parameter: &str, source: EvidenceSource, expires: Option<&str>| NewMaturityEvidence {
            assessment_id: a.id,
            parameter: parameter.into(),
            source,
            title: format!("{parameter} evidence"),
            issued_on: "2025-03-01".into(),
            expires_on: expires.map(str::to_string),
        };
    let url_item = store
        .add_maturity_evidence(
            &item(
                "O-6",
                EvidenceSource::Url("https://example.ke/policy".into()),
                Some("2026-03-01"),
            ),
            None,
        )
        .await
        .unwrap();
    assert_eq!(url_item.kind, MaturityEvidenceKind::Url);
    let file_item = store
        .add_maturity_evidence(
            &item(
                "P-1",
                EvidenceSource::File {
                    sha256: sha.clone(),
                    file_name: "sop.pdf".into(),
                    media_type: "application/pdf".into(),
                    size: 9,
                },
                None,
            ),
            None,
        )
        .await
        .unwrap();
    assert_eq!(file_item.sha256.as_deref(), Some(sha.as_str()));
    let check_item = store
        .add_maturity_evidence(&item("P-9", EvidenceSource::Check(ping), None), None)
        .await
        .unwrap();
    assert_eq!(check_item.ping_id, Some(ping));
    assert!(matches!(
        store
            .add_maturity_evidence(&item("P-9", EvidenceSource::Check(ping + 100), None), None)
            .await,
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(store.maturity_evidence(a.id, false).await.unwrap().len(), 3);
    // Backups carry the assessment's files with the index's.
    assert_eq!(store.evidence_hashes().await.unwrap(), vec![sha.clone()]);

    store
        .remove_maturity_evidence(url_item.id, None)
        .await
        .unwrap();
    assert!(matches!(
        store.remove_maturity_evidence(url_item.id, None).await,
        Err(StoreError::NotFound(_))
    ));
    let left: Vec<String> = store
        .maturity_evidence(a.id, false)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.parameter)
        .collect();
    assert_eq!(left, ["P-1", "P-9"]);
    let all = store.maturity_evidence(a.id, true).await.unwrap();
    assert_eq!(all.len(), 3);
    assert!(all[0].deleted_at.is_some());
    assert_eq!(
        store.maturity_evidence_item(file_item.id).await.unwrap(),
        file_item
    );
    assert_eq!(
        actions(&store, "maturity.evidence.").await,
        [
            "maturity.evidence.add",
            "maturity.evidence.add",
            "maturity.evidence.add",
            "maturity.evidence.remove",
        ]
    );
    testing::drop_database(&url);
}

fn road(parameter: &str, level: &str) -> NewRoadmapItem {
    NewRoadmapItem {
        team_id: "ke-cirt".into(),
        assessment_id: None,
        profile_id: "example-tiers".into(),
        level_id: level.into(),
        parameter: parameter.into(),
        from_level: "1".into(),
        to_level: "2".into(),
        action: "Write it down".into(),
        owner: "Head of CIRT".into(),
        due_on: Some("2027-01-31".into()),
        service_id: Some("incident-management".into()),
    }
}

#[tokio::test]
async fn the_roadmap_adds_each_active_item_once_and_changes_on_its_version() {
    let (url, store) = open("maturity_roadmap").await;
    let a = store
        .create_assessment(&new("ke-cirt"), None)
        .await
        .unwrap();
    let mut first = road("O-1", "basic");
    first.assessment_id = Some(a.id);
    let added = store
        .add_roadmap_items(&[first.clone(), road("O-2", "basic")], None)
        .await
        .unwrap();
    assert_eq!(added.len(), 2);
    assert_eq!(added[0].status, RoadmapStatus::Open);
    assert_eq!(added[0].assessment_id, Some(a.id));
    // Again: nothing new; another level of the same parameter is new.
    let again = store
        .add_roadmap_items(&[first.clone(), road("O-1", "intermediate")], None)
        .await
        .unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].level_id, "intermediate");
    assert!(
        store
            .add_roadmap_items(&[first.clone()], None)
            .await
            .unwrap()
            .is_empty()
    );

    let item = &added[0];
    let change = RoadmapChange {
        action: "Approve the charter".into(),
        owner: "Director".into(),
        due_on: None,
        status: RoadmapStatus::Done,
        service_id: None,
    };
    let done = store
        .update_roadmap_item(item.id, 1, &change, None)
        .await
        .unwrap();
    assert_eq!((done.status, done.version), (RoadmapStatus::Done, 2));
    assert_eq!(done.action, "Approve the charter");
    assert_eq!(
        stale(store.update_roadmap_item(item.id, 1, &change, None).await),
        2
    );
    assert_eq!(store.roadmap_item(item.id).await.unwrap(), done);
    // A done item no longer counts: the parameter can be planned again.
    assert_eq!(
        store.add_roadmap_items(&[first], None).await.unwrap().len(),
        1
    );
    let all = store.roadmap("ke-cirt").await.unwrap();
    assert_eq!(all.len(), 4);
    assert!(store.roadmap("gh-cert").await.unwrap().is_empty());
    assert_eq!(
        actions(&store, "maturity.roadmap.").await,
        [
            "maturity.roadmap.add",
            "maturity.roadmap.add",
            "maturity.roadmap.add",
            "maturity.roadmap.update",
            "maturity.roadmap.add",
        ]
    );
    testing::drop_database(&url);
}

#[tokio::test]
async fn a_copy_carries_the_assessments() {
    let (url, store) = open("maturity_copy_src").await;
    let a = store
        .create_assessment(&new("ke-cirt"), None)
        .await
        .unwrap();
    store
        .save_self_level(a.id, "O-1", Some(Level::L3), "", 0, None)
        .await
        .unwrap();
    store
        .add_maturity_evidence(
            &NewMaturityEvidence {
                assessment_id: a.id,
                parameter: "O-1".into(),
                source: EvidenceSource::Url("https://example.org".into()),
                title: "t".into(),
                issued_on: "2025-01-01".into(),
                expires_on: None,
            },
            None,
        )
        .await
        .unwrap();
    store
        .add_roadmap_items(&[road("O-2", "basic")], None)
        .await
        .unwrap();
    let (target_url, target) = open("maturity_copy_dst").await;
    let report = store.copy_into(&target, |_, _| {}).await.unwrap();
    for (table, rows) in [
        ("maturity_frameworks", 1),
        ("maturity_assessments", 1),
        ("maturity_answers", 1),
        ("maturity_snapshots", 1),
        ("maturity_evidence", 1),
        ("maturity_roadmap", 1),
    ] {
        assert!(report.tables.contains(&(table, rows)), "{table}");
    }
    assert_eq!(target.assessment(a.id).await.unwrap(), a);
    // Ids continue after the copied ones.
    let b = target
        .create_assessment(&new("gh-cert"), None)
        .await
        .unwrap();
    assert!(b.id > a.id);
    testing::drop_database(&url);
    testing::drop_database(&target_url);
}

fn change(parameter: &str, level: Option<Level>, text: &str, expected: i64) -> LevelSave {
    LevelSave {
        parameter: parameter.into(),
        level,
        text: text.into(),
        expected,
    }
}

#[tokio::test]
async fn a_batch_of_levels_is_written_whole_or_not_at_all_with_one_audit_entry_each() {
    let (_, store) = open("maturity_batch").await;
    let a = store
        .create_assessment(&new("ke-cirt"), None)
        .await
        .unwrap();
    let saved = store
        .save_levels(
            a.id,
            false,
            &[
                change("O-1", Some(Level::L2), "charter", 0),
                change("O-2", Some(Level::NotApplicable), "", 0),
                change("H-1", None, "no staff yet", 0),
            ],
            None,
        )
        .await
        .unwrap();
    assert_eq!(saved.len(), 3);
    assert!(saved.iter().all(|s| s.version == 1));
    assert_eq!(
        actions(&store, "maturity.self").await,
        vec!["maturity.self"; 3],
        "one audit entry per parameter"
    );

    // A stale parameter anywhere in the batch: nothing of it is written, nothing audited.
    assert_eq!(
        stale(
            store
                .save_levels(
                    a.id,
                    false,
                    &[
                        change("T-1", Some(Level::L1), "", 0),
                        change("O-1", Some(Level::L4), "", 0),
                    ],
                    None,
                )
                .await
        ),
        1
    );
    let answers = store.parameter_answers(a.id).await.unwrap();
    assert_eq!(answers.len(), 3, "T-1 was not written");
    assert_eq!(
        answers
            .iter()
            .find(|x| x.parameter == "O-1")
            .unwrap()
            .self_level,
        Some(Level::L2)
    );
    assert_eq!(actions(&store, "maturity.self").await.len(), 3);

    // The reviewer's side waits for the peer review: the whole batch is stale.
    stale(
        store
            .save_levels(a.id, true, &[change("O-1", Some(Level::L1), "", 1)], None)
            .await,
    );
    assert!(store.verify_audit().await.unwrap().is_ok());
}
