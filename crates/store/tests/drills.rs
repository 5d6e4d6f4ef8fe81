//! CyberDrills (issue 18) in the store, on the backend the run chose (`TEST_POSTGRES_URL`):
//! scenario versions are immutable, a released inject never changes, versions guard
//! concurrent edits, a link opens one session, and `db copy` carries every drill table.

use cyberindex_store::*;

async fn open(label: &str) -> (String, Store) {
    let (url, _dir) = testing::fresh_database(label).await;
    (url.clone(), Store::open(&url).await.unwrap())
}

fn scenario(source: &str) -> NewScenario<'_> {
    NewScenario {
        id: "health-ransomware",
        version: "1.0.0",
        format: "toml",
        source,
        title: "Ransomware",
        licence: "CC-BY-4.0",
        tlp: "TLP:CLEAR",
        languages: "en,fr",
    }
}

fn stale<T: std::fmt::Debug>(r: Result<T>) -> i64 {
    match r {
        Err(StoreError::Stale { version, .. }) => version,
        other => panic!("not stale: {other:?}"),
    }
}

/// A drill with one team, one used player link, a released and an edited inject, a response,
/// a verdict, a lesson and an improvement item.
async fn fill(store: &Store) -> Drill {
    store.save_scenario(&scenario("a"), None).await.unwrap();
    let drill = store
        .create_drill(
            &NewDrill {
                scenario_id: "health-ransomware",
                scenario_version: "1.0.0",
                title: "Drill",
                level: DrillLevel::National,
                host: "Host",
                host_team_id: None,
                time_zone: "UTC",
                start_at: 1_000,
                mode: DrillMode::Hybrid,
                languages: "en",
                public_results: false,
                injects: &["I-01", "I-02"],
            },
            None,
        )
        .await
        .unwrap();
    store
        .add_drill_team(drill.id, "ke-cirt", "national-cirt", true, None)
        .await
        .unwrap();
    let run = store
        .schedule_check("team:ke-cirt", 0, 3600, None, None)
        .await
        .unwrap();
    store
        .set_drill_check(drill.id, "ke-cirt", run, None)
        .await
        .unwrap();
    let link = store
        .issue_drill_link(
            &NewDrillLink {
                drill_id: drill.id,
                team_id: Some("ke-cirt"),
                role: LinkRole::Player,
                label: "p",
                token_hash: "link-hash",
                expires_at: 10_000,
            },
            None,
        )
        .await
        .unwrap();
    store
        .redeem_drill_link("link-hash", "session-hash", 2_000, 9_000, 0)
        .await
        .unwrap()
        .unwrap();
    store
        .change_drill_inject(
            drill.id,
            "I-01",
            1,
            &InjectChange::Release { offset: 0 },
            None,
        )
        .await
        .unwrap();
    store
        .change_drill_inject(
            drill.id,
            "I-02",
            1,
            &InjectChange::Edit {
                offset_seconds: Some(60),
                title: Some("{\"en\":\"t\"}".into()),
                body: None,
            },
            None,
        )
        .await
        .unwrap();
    store
        .add_drill_response(&NewDrillResponse {
            drill_id: drill.id,
            team_id: "ke-cirt",
            inject_id: "I-01",
            expectation: 0,
            text: Some("done"),
            blob_sha256: Some(&"ab".repeat(32)),
            file_name: Some("a.pdf"),
            link_id: Some(link.id),
        })
        .await
        .unwrap();
    store
        .save_drill_evaluation(
            &NewDrillEvaluation {
                drill_id: drill.id,
                team_id: "ke-cirt",
                inject_id: "I-01",
                expectation: 0,
                result: EvaluationResult::Partial,
                score: 50,
                comment: "",
                user_id: None,
                link_id: None,
                expected: 0,
            },
            None,
        )
        .await
        .unwrap();
    store
        .add_drill_lesson(
            drill.id,
            "q",
            "a",
            false,
            Some("ke-cirt"),
            Some(link.id),
            None,
        )
        .await
        .unwrap();
    store
        .add_drill_improvement(
            drill.id,
            &ImprovementFields {
                team_id: None,
                issue: "i".into(),
                action: "a".into(),
                owner: "o".into(),
                due_on: None,
                parameter: Some("P-9".into()),
                status: RoadmapStatus::Open,
            },
            None,
        )
        .await
        .unwrap();
    drill
}

#[tokio::test]
async fn versions_links_and_released_injects_hold_under_the_write_lock() {
    let (url, store) = open("drills_rules").await;
    let drill = fill(&store).await;

    // A scenario version is kept once; the same key with other content returns the original.
    let (again, inserted) = store.save_scenario(&scenario("b"), None).await.unwrap();
    assert!(!inserted);
    assert_eq!(again.source, "a");
    assert_eq!(again.sha256, sha256_hex(b"a"));

    // A released inject never changes; an old version is stale.
    let injects = store.drill_injects(drill.id).await.unwrap();
    assert_eq!(injects[0].status, InjectStatus::Released);
    assert_eq!(injects[1].offset_seconds, Some(60));
    assert_eq!(
        stale(
            store
                .change_drill_inject(drill.id, "I-01", 2, &InjectChange::Hold, None)
                .await
        ),
        2
    );
    assert_eq!(
        stale(
            store
                .change_drill_inject(drill.id, "I-02", 1, &InjectChange::Skip, None)
                .await
        ),
        2
    );
    // A response to an inject not released is refused.
    stale(
        store
            .add_drill_response(&NewDrillResponse {
                drill_id: drill.id,
                team_id: "ke-cirt",
                inject_id: "I-02",
                expectation: 0,
                text: Some("early"),
                blob_sha256: None,
                file_name: None,
                link_id: None,
            })
            .await,
    );

    // The drill's status moves only from the statuses given, on its version.
    let clock = DrillClock {
        started_at: Some(5),
        paused_at: None,
        paused_ms: 0,
        ended_at: None,
    };
    assert_eq!(
        stale(
            store
                .set_drill_status(
                    drill.id,
                    1,
                    &[DrillStatus::Running],
                    DrillStatus::Paused,
                    &clock,
                    None
                )
                .await
        ),
        1
    );
    let running = store
        .set_drill_status(
            drill.id,
            1,
            &[DrillStatus::Planned],
            DrillStatus::Running,
            &clock,
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        (running.status, running.version, running.started_at),
        (DrillStatus::Running, 2, Some(5))
    );
    stale(
        store
            .set_drill_status(
                drill.id,
                1,
                &[DrillStatus::Running],
                DrillStatus::Paused,
                &clock,
                None,
            )
            .await,
    );

    // A link opens one session, until the session's end.
    assert_eq!(
        store
            .redeem_drill_link("link-hash", "other", 2_500, 9_000, 0)
            .await
            .unwrap()
            .unwrap_err(),
        LinkRefusal::Used
    );
    assert_eq!(
        store
            .redeem_drill_link("nope", "other", 2_500, 9_000, 0)
            .await
            .unwrap()
            .unwrap_err(),
        LinkRefusal::Unknown
    );
    let link = store.drill_session("session-hash", 8_999).await.unwrap();
    assert_eq!(link.used_at, Some(2_000));
    assert!(matches!(
        store.drill_session("session-hash", 9_000).await,
        Err(StoreError::NotFound(_))
    ));

    // Verdicts and improvement items keep versions.
    let e = &store
        .drill_evaluations(drill.id, Some("ke-cirt"))
        .await
        .unwrap()[0];
    assert_eq!(
        (e.result, e.score, e.version),
        (EvaluationResult::Partial, 50, 1)
    );
    assert!(
        store
            .drill_evaluations(drill.id, Some("gh-cert"))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .drill_responses(drill.id, Some("gh-cert"))
            .await
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        store.drill_responses(drill.id, None).await.unwrap().len(),
        1
    );

    // An anonymous lesson keeps nobody, whatever is passed.
    let l = store
        .add_drill_lesson(
            drill.id,
            "q",
            "a",
            true,
            Some("ke-cirt"),
            Some(link.id),
            Some(1),
        )
        .await;
    let l = l.unwrap();
    assert_eq!((l.team_id, l.link_id, l.user_id), (None, None, None));
    assert!(store.verify_audit().await.unwrap().is_ok());
    testing::drop_database(&url);
}

#[tokio::test]
async fn a_copy_carries_the_drills() {
    let (url, store) = open("drills_copy_src").await;
    let drill = fill(&store).await;
    let (target_url, target) = open("drills_copy_dst").await;
    let report = store.copy_into(&target, |_, _| {}).await.unwrap();
    for table in [
        "drill_scenarios",
        "drills",
        "drill_teams",
        "drill_links",
        "drill_sessions",
        "drill_injects",
        "drill_responses",
        "drill_evaluations",
        "drill_lessons",
        "drill_improvements",
    ] {
        assert!(
            report.tables.iter().any(|(t, n)| *t == table && *n > 0),
            "{table}: {:?}",
            report.tables
        );
    }
    assert_eq!(target.drill(drill.id).await.unwrap(), drill);
    assert_eq!(
        target.drill_injects(drill.id).await.unwrap(),
        store.drill_injects(drill.id).await.unwrap()
    );
    assert_eq!(
        target
            .drill_session("session-hash", 3_000)
            .await
            .unwrap()
            .id,
        store.drill_session("session-hash", 3_000).await.unwrap().id
    );
    // Ids continue after the copied ones, and the scenario stays immutable there too.
    let (kept, inserted) = target.save_scenario(&scenario("c"), None).await.unwrap();
    assert!(!inserted);
    assert_eq!(kept.source, "a");
    let next = target
        .create_drill(
            &NewDrill {
                scenario_id: "health-ransomware",
                scenario_version: "1.0.0",
                title: "Next",
                level: DrillLevel::Global,
                host: "Host",
                host_team_id: None,
                time_zone: "UTC",
                start_at: 1,
                mode: DrillMode::Strategy,
                languages: "en",
                public_results: true,
                injects: &[],
            },
            None,
        )
        .await
        .unwrap();
    assert!(next.id > drill.id);
    testing::drop_database(&url);
    testing::drop_database(&target_url);
}

#[tokio::test]
async fn drills_cross_from_sqlite_to_postgresql_and_back() {
    if !testing::on_postgres() {
        eprintln!("skipped: set TEST_POSTGRES_URL to copy between SQLite and PostgreSQL");
        return;
    }
    let dir = std::env::temp_dir().join(format!("cyberindex-drills-cross-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let lite = |name: &str| format!("sqlite://{}", dir.join(name).display());
    let source = Store::open(&lite("a.db")).await.unwrap();
    let drill = fill(&source).await;
    let (pg_url, pg) = open("drills_cross_pg").await;
    source.copy_into(&pg, |_, _| {}).await.unwrap();
    let back = Store::open(&lite("b.db")).await.unwrap();
    pg.copy_into(&back, |_, _| {}).await.unwrap();
    for store in [&pg, &back] {
        assert_eq!(store.drill(drill.id).await.unwrap(), drill);
        assert_eq!(
            store.drill_teams(drill.id).await.unwrap(),
            source.drill_teams(drill.id).await.unwrap()
        );
        assert_eq!(
            store.drill_lessons(drill.id).await.unwrap(),
            source.drill_lessons(drill.id).await.unwrap()
        );
        assert_eq!(
            store.drill_evaluations(drill.id, None).await.unwrap(),
            source.drill_evaluations(drill.id, None).await.unwrap()
        );
    }
    testing::drop_database(&pg_url);
    let _ = std::fs::remove_dir_all(&dir);
}
