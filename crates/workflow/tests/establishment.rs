//! The establishment tracker through the workflow (issue 17, part 6), on the store the run
//! chose (`TEST_POSTGRES_URL`): an engagement from assessment to closed, the phase order, the
//! gate of each phase's required deliverable, and who may do what (the secretariat; the
//! country's focal point and the linked team's staff; everyone else a 404).

use cyberindex_store::*;
use cyberindex_workflow::establishment::{self as e, EstablishmentError};

async fn account(
    store: &Store,
    email: &str,
    role: Role,
    country: Option<&str>,
    team: Option<&str>,
) -> User {
    store
        .create_user(&NewUser {
            email: email.into(),
            name: email.into(),
            role,
            country: country.map(str::to_string),
            observed: Vec::new(),
            team: team.map(str::to_string),
        })
        .await
        .unwrap()
}

async fn team(store: &Store, id: &str, country: &str) {
    store
        .save_team(
            &TeamSave {
                id,
                country,
                official_name: id,
                record: "{}",
                expected: None,
            },
            None,
        )
        .await
        .unwrap();
}

fn not_found<T: std::fmt::Debug>(r: Result<T, EstablishmentError>) {
    assert!(matches!(r, Err(EstablishmentError::NotFound)), "{r:?}");
}

fn forbidden<T: std::fmt::Debug>(r: Result<T, EstablishmentError>) {
    assert!(
        matches!(r, Err(EstablishmentError::Forbidden { .. })),
        "{r:?}"
    );
}

fn link(engagement: i64, kind: DeliverableKind, phase: Phase) -> NewDeliverable {
    NewDeliverable {
        engagement_id: engagement,
        phase,
        kind,
        title: format!("{} v1", kind.as_str()),
        issued_on: "2026-12-01".into(),
        source: DeliverableSource::Url("https://example.org/doc".into()),
    }
}

#[tokio::test]
async fn an_engagement_moves_phase_by_phase_behind_approved_deliverables() {
    let (url, _dir) = testing::fresh_database("wf_establishment").await;
    let store = Store::open(&url).await.unwrap();
    team(&store, "ke-cirt", "KEN").await;
    team(&store, "gh-cert", "GHA").await;
    let admin = account(&store, "admin@example.org", Role::Admin, None, None).await;
    let reviewer = account(&store, "rev@example.org", Role::Reviewer, None, None).await;
    let focal = account(
        &store,
        "focal@ke.example",
        Role::FocalPoint,
        Some("KEN"),
        None,
    )
    .await;
    let focal_gh = account(
        &store,
        "focal@gh.example",
        Role::FocalPoint,
        Some("GHA"),
        None,
    )
    .await;
    let contributor = account(
        &store,
        "contrib@ke.example",
        Role::Contributor,
        Some("KEN"),
        None,
    )
    .await;
    let staff = account(
        &store,
        "staff@ke.example",
        Role::TeamStaff,
        None,
        Some("ke-cirt"),
    )
    .await;
    let staff_gh = account(
        &store,
        "staff@gh.example",
        Role::TeamStaff,
        None,
        Some("gh-cert"),
    )
    .await;

    // Only the secretariat starts one, for a real country, once at a time.
    forbidden(e::create(&store, &focal, "KEN", None, "").await);
    not_found(e::create(&store, &focal_gh, "KEN", None, "").await);
    assert!(matches!(
        e::create(&store, &admin, "XXX", None, "").await,
        Err(EstablishmentError::Country { .. })
    ));
    assert!(matches!(
        e::create(&store, &admin, "KEN", Some("nope"), "").await,
        Err(EstablishmentError::UnknownTeam { .. })
    ));
    let eng = e::create(&store, &admin, "KEN", None, "start")
        .await
        .unwrap();
    assert!(matches!(
        e::create(&store, &reviewer, "KEN", None, "").await,
        Err(EstablishmentError::Open { id, .. }) if id == eng.id
    ));

    // Who reads it: the secretariat and the focal point of the country; the team's staff only
    // once the team is linked; everyone else is told it does not exist.
    assert_eq!(
        e::read(&store, &reviewer, eng.id).await.unwrap().1,
        e::Access::Secretariat
    );
    assert_eq!(
        e::read(&store, &focal, eng.id).await.unwrap().1,
        e::Access::Country
    );
    for outsider in [&focal_gh, &contributor, &staff, &staff_gh] {
        not_found(e::read(&store, outsider, eng.id).await);
    }
    not_found(e::read(&store, &admin, eng.id + 100).await);
    let eng = e::link_team(&store, &admin, eng.id, eng.version, Some("ke-cirt"))
        .await
        .unwrap();
    assert_eq!(
        e::read(&store, &staff, eng.id).await.unwrap().1,
        e::Access::Country
    );
    not_found(e::read(&store, &staff_gh, eng.id).await);

    // The country uploads; only the secretariat decides, moves and plans.
    let report = e::add_deliverable(
        &store,
        &focal,
        &link(eng.id, DeliverableKind::ReadinessReport, Phase::Assessment),
    )
    .await
    .unwrap();
    not_found(
        e::add_deliverable(
            &store,
            &staff_gh,
            &link(eng.id, DeliverableKind::Other, Phase::Assessment),
        )
        .await,
    );
    forbidden(
        e::decide(
            &store,
            &focal,
            report.id,
            1,
            DeliverableStatus::Approved,
            "",
        )
        .await,
    );
    not_found(
        e::decide(
            &store,
            &focal_gh,
            report.id,
            1,
            DeliverableStatus::Approved,
            "",
        )
        .await,
    );
    forbidden(e::move_phase(&store, &staff, eng.id, eng.version, Phase::Design, "").await);
    not_found(e::move_phase(&store, &focal_gh, eng.id, eng.version, Phase::Design, "").await);
    forbidden(e::set_services(&store, &focal, eng.id, &[]).await);

    // Deliverables are checked: the kind's phase, a phase reached, a title, a date, a link.
    for (new, expected) in [
        (
            link(eng.id, DeliverableKind::Handover, Phase::Assessment),
            "KindPhase",
        ),
        (
            link(eng.id, DeliverableKind::DesignDocument, Phase::Design),
            "PhaseNotReached",
        ),
        (
            NewDeliverable {
                title: " ".into(),
                ..link(eng.id, DeliverableKind::Other, Phase::Assessment)
            },
            "TitleMissing",
        ),
        (
            NewDeliverable {
                issued_on: "1/12/2026".into(),
                ..link(eng.id, DeliverableKind::Other, Phase::Assessment)
            },
            "Date",
        ),
        (
            NewDeliverable {
                source: DeliverableSource::Url("ftp://x".into()),
                ..link(eng.id, DeliverableKind::Other, Phase::Assessment)
            },
            "Url",
        ),
    ] {
        let err = e::add_deliverable(&store, &admin, &new).await.unwrap_err();
        assert!(format!("{err:?}").starts_with(expected), "{err:?}");
    }

    // The gate: the phase cannot end before its required deliverable is approved, and the
    // message names it.
    let err = e::move_phase(&store, &admin, eng.id, eng.version, Phase::Design, "")
        .await
        .unwrap_err();
    assert!(matches!(
        err,
        EstablishmentError::DeliverableMissing {
            phase: Phase::Assessment,
            kind: DeliverableKind::ReadinessReport
        }
    ));
    assert!(err.to_string().contains("readiness report"), "{err}");
    // Changes requested need a comment, and leave the gate closed.
    assert!(matches!(
        e::decide(
            &store,
            &admin,
            report.id,
            1,
            DeliverableStatus::ChangesRequested,
            " "
        )
        .await,
        Err(EstablishmentError::CommentRequired)
    ));
    e::decide(
        &store,
        &admin,
        report.id,
        1,
        DeliverableStatus::ChangesRequested,
        "add the stakeholder list",
    )
    .await
    .unwrap();
    assert!(matches!(
        e::decide(
            &store,
            &admin,
            report.id,
            2,
            DeliverableStatus::Approved,
            ""
        )
        .await,
        Err(EstablishmentError::Decided)
    ));
    assert!(
        e::move_phase(&store, &admin, eng.id, eng.version, Phase::Design, "")
            .await
            .is_err()
    );
    let second = e::add_deliverable(
        &store,
        &staff,
        &link(eng.id, DeliverableKind::ReadinessReport, Phase::Assessment),
    )
    .await
    .unwrap();
    e::decide(
        &store,
        &reviewer,
        second.id,
        1,
        DeliverableStatus::Approved,
        "",
    )
    .await
    .unwrap();

    // Phase order: one step forward only.
    assert!(matches!(
        e::move_phase(
            &store,
            &admin,
            eng.id,
            eng.version,
            Phase::Establishment,
            ""
        )
        .await,
        Err(EstablishmentError::PhaseOrder { .. })
    ));
    let mut eng = e::move_phase(&store, &admin, eng.id, eng.version, Phase::Design, "ok")
        .await
        .unwrap();
    assert_eq!(eng.phase, Phase::Design);
    for (phase, kind) in [
        (Phase::Design, DeliverableKind::DesignDocument),
        (Phase::Establishment, DeliverableKind::Procedures),
        (Phase::Enhancement, DeliverableKind::Handover),
    ] {
        let d = e::add_deliverable(&store, &focal, &link(eng.id, kind, phase))
            .await
            .unwrap();
        e::decide(&store, &admin, d.id, 1, DeliverableStatus::Approved, "")
            .await
            .unwrap();
        eng = e::move_phase(
            &store,
            &admin,
            eng.id,
            eng.version,
            phase.next().unwrap(),
            "",
        )
        .await
        .unwrap();
    }
    assert_eq!(eng.phase, Phase::Closed);

    // Services: only FIRST services, with a working phase; a closed engagement changes no more.
    assert!(matches!(
        e::set_services(&store, &admin, eng.id, &[("2.1".into(), Phase::Design)]).await,
        Err(EstablishmentError::Closed)
    ));
    let gh = e::create(&store, &admin, "GHA", None, "").await.unwrap();
    assert!(matches!(
        e::set_services(&store, &admin, gh.id, &[("9.9".into(), Phase::Design)]).await,
        Err(EstablishmentError::UnknownService { .. })
    ));
    assert!(matches!(
        e::set_services(&store, &admin, gh.id, &[("2".into(), Phase::Design)]).await,
        Err(EstablishmentError::UnknownService { .. })
    ));
    let planned = e::set_services(
        &store,
        &admin,
        gh.id,
        &[
            ("2.1".into(), Phase::Establishment),
            ("5.3".into(), Phase::Enhancement),
        ],
    )
    .await
    .unwrap();
    assert_eq!(planned.len(), 2);
    // A new engagement may follow a closed one.
    e::create(&store, &admin, "KEN", Some("ke-cirt"), "round two")
        .await
        .unwrap();
    testing::drop_database(&url);
}
