//! The establishment tracker (issue 17, part 6) on the backend the run chose
//! (`TEST_POSTGRES_URL`): engagements with one open per country, phase changes on their version
//! with a history, deliverables by link and by file with decisions, planned services replaced
//! in one write, every write audited, and a copy that carries it all (files included in the
//! backup's list).

use cyberindex_store::*;

async fn open(label: &str) -> (String, Store) {
    let (url, _dir) = testing::fresh_database(label).await;
    (url.clone(), Store::open(&url).await.unwrap())
}

async fn actions(store: &Store) -> Vec<String> {
    let mut all: Vec<String> = store
        .audit(&AuditFilter {
            action_prefix: Some("establishment.".into()),
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

fn file(sha: &str) -> NewDeliverable {
    NewDeliverable {
        engagement_id: 0,
        phase: Phase::Assessment,
        kind: DeliverableKind::ReadinessReport,
        title: "Readiness report".into(),
        issued_on: "2026-11-30".into(),
        source: DeliverableSource::File {
            sha256: sha.into(),
            file_name: "report.pdf".into(),
            media_type: "application/pdf".into(),
            size: 1234,
        },
    }
}

#[tokio::test]
async fn an_engagement_round_trips_with_phases_deliverables_and_services() {
    let (url, store) = open("establishment_round_trip").await;
    let e = store
        .create_engagement("KEN", None, "kick-off", None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (e.phase, e.version, e.country.as_str()),
        (Phase::Assessment, 1, "KEN")
    );
    // One open engagement per country: the second is refused with the first's id.
    assert_eq!(
        store
            .create_engagement("KEN", None, "", None)
            .await
            .unwrap()
            .unwrap_err(),
        e.id
    );

    let sha = "a".repeat(64);
    let d = store
        .add_deliverable(
            &NewDeliverable {
                engagement_id: e.id,
                ..file(&sha)
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(d.status, DeliverableStatus::Submitted);
    assert_eq!(d.file_name.as_deref(), Some("report.pdf"));
    let link = store
        .add_deliverable(
            &NewDeliverable {
                engagement_id: e.id,
                kind: DeliverableKind::Other,
                title: "Workshop minutes".into(),
                source: DeliverableSource::Url("https://example.org/minutes".into()),
                ..file(&sha)
            },
            None,
        )
        .await
        .unwrap();
    assert_eq!(link.url.as_deref(), Some("https://example.org/minutes"));
    // Decisions on the version shown; a decided deliverable is not decided again.
    assert!(matches!(
        store
            .decide_deliverable(d.id, 7, DeliverableStatus::Approved, "", None)
            .await,
        Err(StoreError::Stale { version: 1, .. })
    ));
    let approved = store
        .decide_deliverable(d.id, 1, DeliverableStatus::Approved, "fine", None)
        .await
        .unwrap();
    assert_eq!(
        (approved.status, approved.version, approved.comment.as_str()),
        (DeliverableStatus::Approved, 2, "fine")
    );
    assert!(matches!(
        store
            .decide_deliverable(d.id, 2, DeliverableStatus::ChangesRequested, "x", None)
            .await,
        Err(StoreError::Stale { .. })
    ));
    store
        .decide_deliverable(
            link.id,
            1,
            DeliverableStatus::ChangesRequested,
            "add the list of participants",
            None,
        )
        .await
        .unwrap();

    // Phases move on the version shown, with a history.
    assert!(matches!(
        store
            .move_engagement(e.id, 9, Phase::Design, "", None)
            .await,
        Err(StoreError::Stale { version: 1, .. })
    ));
    let moved = store
        .move_engagement(e.id, 1, Phase::Design, "report approved", None)
        .await
        .unwrap();
    assert_eq!((moved.phase, moved.version), (Phase::Design, 2));
    let history = store.phase_changes(e.id).await.unwrap();
    assert_eq!(
        history
            .iter()
            .map(|c| (c.from_phase.as_str(), c.to_phase.as_str(), c.note.as_str()))
            .collect::<Vec<_>>(),
        vec![
            ("", "assessment", "kick-off"),
            ("assessment", "design", "report approved")
        ]
    );

    // Services are replaced as a whole.
    store
        .set_planned_services(
            e.id,
            &[
                ("2.1".into(), Phase::Establishment),
                ("5.1".into(), Phase::Design),
            ],
            None,
        )
        .await
        .unwrap();
    let after = store
        .set_planned_services(e.id, &[("2.1".into(), Phase::Design)], None)
        .await
        .unwrap();
    assert_eq!(after.len(), 1);
    assert_eq!(store.planned_services(e.id).await.unwrap(), after);

    // Team link, then closing; a closed engagement changes no more, and a new one may follow.
    let linked = store
        .set_engagement_team(e.id, 2, Some("ke-cirt"), None)
        .await
        .unwrap();
    assert_eq!(linked.team_id.as_deref(), Some("ke-cirt"));
    let closed = store
        .move_engagement(e.id, 3, Phase::Closed, "done", None)
        .await
        .unwrap();
    assert!(matches!(
        store
            .add_deliverable(
                &NewDeliverable {
                    engagement_id: e.id,
                    ..file(&sha)
                },
                None
            )
            .await,
        Err(StoreError::Stale { .. })
    ));
    assert!(matches!(
        store
            .move_engagement(e.id, closed.version, Phase::Assessment, "", None)
            .await,
        Err(StoreError::Stale { .. })
    ));
    let next = store
        .create_engagement("KEN", Some("ke-cirt"), "", None)
        .await
        .unwrap()
        .unwrap();
    assert!(next.id > e.id);

    assert_eq!(
        actions(&store).await,
        vec![
            "establishment.create",
            "establishment.deliverable.add",
            "establishment.deliverable.add",
            "establishment.deliverable.decide",
            "establishment.deliverable.decide",
            "establishment.phase",
            "establishment.services",
            "establishment.services",
            "establishment.team",
            "establishment.phase",
            "establishment.create",
        ]
    );
    // The deliverable's file is among the files a backup keeps.
    assert!(store.evidence_hashes().await.unwrap().contains(&sha));
    assert_eq!(store.deliverables(Some(e.id)).await.unwrap().len(), 2);
    assert_eq!(store.engagements().await.unwrap().len(), 2);
    testing::drop_database(&url);
}

#[tokio::test]
async fn a_copy_carries_the_engagements() {
    let (url, store) = open("establishment_copy_src").await;
    let e = store
        .create_engagement("GHA", None, "", None)
        .await
        .unwrap()
        .unwrap();
    store
        .add_deliverable(
            &NewDeliverable {
                engagement_id: e.id,
                ..file(&"b".repeat(64))
            },
            None,
        )
        .await
        .unwrap();
    store
        .set_planned_services(e.id, &[("1.1".into(), Phase::Establishment)], None)
        .await
        .unwrap();
    let (target_url, target) = open("establishment_copy_dst").await;
    let report = store.copy_into(&target, |_, _| {}).await.unwrap();
    for (table, rows) in [
        ("establishment_engagements", 1),
        ("establishment_phase_changes", 1),
        ("establishment_deliverables", 1),
        ("establishment_services", 1),
    ] {
        assert!(report.tables.contains(&(table, rows)), "{table}");
    }
    assert_eq!(target.engagement(e.id).await.unwrap(), e);
    // Ids continue after the copied ones (a closed engagement lets the country start anew).
    target
        .move_engagement(e.id, 1, Phase::Closed, "", None)
        .await
        .unwrap();
    let next = target
        .create_engagement("GHA", None, "", None)
        .await
        .unwrap()
        .unwrap();
    assert!(next.id > e.id);
    testing::drop_database(&url);
    testing::drop_database(&target_url);
}
