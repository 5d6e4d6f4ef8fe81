//! CIRT maturity assessments through the workflow, on the store the run chose
//! (`TEST_POSTGRES_URL`): a whole assessment in two rounds with a peer reviewer from another
//! team, cross-team isolation for every action, evidence checks (a check message of another
//! team, expiry) and a roadmap planned twice from the same result without duplicates.

use std::collections::BTreeMap;

use cyberindex_engine::{Blocker, ParameterValue, ProfileResult};
use cyberindex_store::*;
use cyberindex_workflow::maturity::{self, Access, MaturityError, RoadmapDefaults};

const FRAMEWORK: &str = include_str!("../../../frameworks/cirt-maturity.toml");

async fn account(store: &Store, email: &str, role: Role, team: Option<&str>) -> User {
    store
        .create_user(&NewUser {
            email: email.into(),
            name: email.into(),
            role,
            country: role.is_country_role().then(|| "KEN".to_string()),
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

fn not_found<T: std::fmt::Debug>(r: Result<T, MaturityError>) {
    assert!(matches!(r, Err(MaturityError::NotFound)), "{r:?}");
}

fn forbidden<T: std::fmt::Debug>(r: Result<T, MaturityError>) {
    assert!(matches!(r, Err(MaturityError::Forbidden { .. })), "{r:?}");
}

#[tokio::test]
async fn an_assessment_in_two_rounds_keeps_teams_apart() {
    let (url, _dir) = testing::fresh_database("wf_maturity").await;
    let store = Store::open(&url).await.unwrap();
    team(&store, "ke-cirt", "KEN").await;
    team(&store, "gh-cert", "GHA").await;
    team(&store, "ng-cert", "NGA").await;
    let admin = account(&store, "admin@example.org", Role::Admin, None).await;
    let ke = account(&store, "staff@ke.example", Role::TeamStaff, Some("ke-cirt")).await;
    let ke2 = account(&store, "other@ke.example", Role::TeamStaff, Some("ke-cirt")).await;
    let gh = account(&store, "staff@gh.example", Role::TeamStaff, Some("gh-cert")).await;
    let ng = account(&store, "staff@ng.example", Role::TeamStaff, Some("ng-cert")).await;
    let focal = account(&store, "focal@example.org", Role::FocalPoint, None).await;

    // Only the team or the secretariat starts one; the framework is frozen.
    not_found(
        maturity::create(
            &store,
            &gh,
            "ke-cirt",
            FRAMEWORK,
            AssessmentKind::SelfAssessed,
        )
        .await,
    );
    assert!(matches!(
        maturity::create(
            &store,
            &ke,
            "ke-cirt",
            "id = ",
            AssessmentKind::SelfAssessed
        )
        .await,
        Err(MaturityError::Framework { .. })
    ));
    let a = maturity::create(
        &store,
        &ke,
        "ke-cirt",
        FRAMEWORK,
        AssessmentKind::SelfAssessed,
    )
    .await
    .unwrap();
    assert_eq!(a.framework_id, "cirt-maturity");
    assert_eq!(
        maturity::framework_source(&store, &a).await.unwrap(),
        FRAMEWORK
    );
    not_found(maturity::create(&store, &admin, "xx-none", FRAMEWORK, AssessmentKind::Audit).await);

    // Reading: the team and the secretariat; nobody else, not even that it exists.
    assert_eq!(
        maturity::read(&store, &ke2, a.id).await.unwrap().1,
        Access::Team
    );
    assert_eq!(
        maturity::read(&store, &admin, a.id).await.unwrap().1,
        Access::Secretariat
    );
    for stranger in [&gh, &ng, &focal] {
        not_found(maturity::read(&store, stranger, a.id).await);
        not_found(maturity::save_self(&store, stranger, a.id, "O-1", Some(Level::L1), "", 0).await);
        not_found(maturity::roadmap(&store, stranger, "ke-cirt").await);
    }
    not_found(maturity::read(&store, &ke, 9999).await);

    // The team self-assesses; parameters must be the framework's.
    maturity::save_self(
        &store,
        &ke,
        a.id,
        "O-1",
        Some(Level::L1),
        "draft charter",
        0,
    )
    .await
    .unwrap();
    maturity::save_self(&store, &ke2, a.id, "P-9", Some(Level::L2), "", 0)
        .await
        .unwrap();
    assert!(matches!(
        maturity::save_self(&store, &ke, a.id, "Z-99", Some(Level::L1), "", 0).await,
        Err(MaturityError::UnknownParameter { .. })
    ));
    // A stale version is the store's.
    assert!(matches!(
        maturity::save_self(&store, &ke, a.id, "O-1", Some(Level::L2), "", 0).await,
        Err(MaturityError::Store(StoreError::Stale { version: 1, .. }))
    ));

    // The reviewer: never the team's own staff, nor a country role; only the secretariat
    // assigns.
    forbidden(maturity::assign_reviewer(&store, &ke, a.id, a.version, Some(gh.id)).await);
    assert!(matches!(
        maturity::assign_reviewer(&store, &admin, a.id, a.version, Some(ke2.id)).await,
        Err(MaturityError::ReviewerOwnTeam)
    ));
    assert!(matches!(
        maturity::assign_reviewer(&store, &admin, a.id, a.version, Some(focal.id)).await,
        Err(MaturityError::ReviewerRole)
    ));
    let a = maturity::assign_reviewer(&store, &admin, a.id, a.version, Some(gh.id))
        .await
        .unwrap();
    assert_eq!(
        maturity::read(&store, &gh, a.id).await.unwrap().1,
        Access::Reviewer
    );
    not_found(maturity::read(&store, &ng, a.id).await);
    // The reviewer reads the assessment, not the team's roadmap, and cannot self-assess.
    not_found(maturity::roadmap(&store, &gh, "ke-cirt").await);
    forbidden(maturity::save_self(&store, &gh, a.id, "O-1", Some(Level::L4), "", 1).await);

    // Steps: the reviewer cannot submit; the team submits.
    forbidden(maturity::step(&store, &gh, a.id, a.version, Step::Submit, "").await);
    let a = maturity::step(&store, &ke, a.id, a.version, Step::Submit, "")
        .await
        .unwrap();
    assert_eq!(a.status, AssessmentStatus::PeerReview);
    assert!(matches!(
        maturity::save_self(&store, &ke, a.id, "O-1", Some(Level::L2), "", 1).await,
        Err(MaturityError::Closed { .. })
    ));
    forbidden(maturity::save_validation(&store, &ke, a.id, "O-1", Some(Level::L4), "", 1).await);
    // A return needs a reason or a comment.
    assert!(matches!(
        maturity::step(&store, &gh, a.id, a.version, Step::Return, " ").await,
        Err(MaturityError::ReturnWithoutComment)
    ));
    maturity::save_validation(&store, &gh, a.id, "O-1", Some(Level::L0), "not approved", 1)
        .await
        .unwrap();
    let a = maturity::step(&store, &gh, a.id, a.version, Step::Return, "")
        .await
        .unwrap();
    assert_eq!((a.status, a.round), (AssessmentStatus::SelfAssessment, 2));

    // Round 2, validated by the reviewer, signed off by the secretariat only.
    maturity::save_self(
        &store,
        &ke,
        a.id,
        "O-1",
        Some(Level::L2),
        "approved 2026-01",
        2,
    )
    .await
    .unwrap();
    let a = maturity::step(&store, &ke, a.id, a.version, Step::Submit, "")
        .await
        .unwrap();
    assert!(matches!(
        maturity::step(&store, &gh, a.id, a.version, Step::SignOff, "").await,
        Err(MaturityError::Forbidden { .. })
    ));
    let a = maturity::step(&store, &gh, a.id, a.version, Step::Validate, "")
        .await
        .unwrap();
    assert!(matches!(
        maturity::step(&store, &gh, a.id, a.version, Step::Return, "again").await,
        Err(MaturityError::Transition { .. })
    ));
    let a = maturity::step(&store, &admin, a.id, a.version, Step::SignOff, "ok")
        .await
        .unwrap();
    assert_eq!(a.status, AssessmentStatus::SignedOff);

    // The rounds diff: round 1 as returned against round 2 as signed off.
    let snaps = store.assessment_snapshots(a.id).await.unwrap();
    let returned = snaps.iter().find(|s| s.step == "return").unwrap();
    let signed = snaps.last().unwrap();
    let changes = maturity::diff(&returned.parameters, &signed.parameters);
    let ids: Vec<&str> = changes.iter().map(|c| c.parameter.as_str()).collect();
    assert_eq!(ids, ["O-1"]);
    assert!(changes[0].self_level_changed());
    // The same by round number: round 1 ended with the return, round 2 with the sign-off.
    let by_round = maturity::diff_rounds(&snaps, 1, 2).unwrap();
    assert_eq!(by_round, changes);
    assert_eq!(maturity::round_snapshot(&snaps, 1).unwrap().step, "return");
    assert_eq!(
        maturity::round_snapshot(&snaps, 2).unwrap().step,
        "sign_off"
    );
    assert!(maturity::diff_rounds(&snaps, 1, 3).is_none());

    // The signed-off levels score against the framework's profiles: two parameters answered
    // reach no tier, and O-1 (validated at 0 in round 1, self-assessed 2 in round 2; the
    // validated level counts) blocks like the rest.
    let results = maturity::results(&store, &a).await.unwrap();
    assert!(!results.is_empty());
    assert_eq!(results[0].reached, None);
    assert!(results[0].blockers.len() > 2);
    let o1 = results[0].blockers.iter().find(|b| b.parameter == "O-1");
    assert!(o1.is_none_or(|b| b.value == cyberindex_engine::ParameterValue::Value(0.0)));
    testing::drop_database(&url);
}

#[tokio::test]
async fn evidence_and_the_roadmap_through_the_workflow() {
    let (url, _dir) = testing::fresh_database("wf_maturity_evidence").await;
    let store = Store::open(&url).await.unwrap();
    team(&store, "ke-cirt", "KEN").await;
    team(&store, "gh-cert", "GHA").await;
    let ke = account(&store, "staff@ke.example", Role::TeamStaff, Some("ke-cirt")).await;
    let gh = account(&store, "staff@gh.example", Role::TeamStaff, Some("gh-cert")).await;
    let a = maturity::create(
        &store,
        &ke,
        "ke-cirt",
        FRAMEWORK,
        AssessmentKind::SelfAssessed,
    )
    .await
    .unwrap();
    let ping = |team: &'static str, hash: &'static str| PastPing {
        team_id: team,
        channel: "email",
        address: "cert@example.org",
        token_hash: hash,
        sent_at: 1_700_000_000_000,
        acked_at: Some(1_700_000_100_000),
        error: None,
        unanswered_at: None,
        note: None,
    };
    let run = store
        .import_check(
            "all",
            3600,
            1_700_000_000_000,
            &[ping("ke-cirt", "aa"), ping("gh-cert", "bb")],
            None,
        )
        .await
        .unwrap();
    let pings = store.pings(Some(run), None).await.unwrap();
    let ours = pings.iter().find(|p| p.team_id == "ke-cirt").unwrap().id;
    let theirs = pings.iter().find(|p| p.team_id == "gh-cert").unwrap().id;
    let new =
        |parameter: &str, source: EvidenceSource, expires: Option<&str>| NewMaturityEvidence {
            assessment_id: a.id,
            parameter: parameter.into(),
            source,
            title: "Reachability check".into(),
            issued_on: "2025-03-01".into(),
            expires_on: expires.map(str::to_string),
        };
    assert!(matches!(
        maturity::add_evidence(
            &store,
            &ke,
            &new("P-9", EvidenceSource::Check(theirs), None)
        )
        .await,
        Err(MaturityError::CheckOtherTeam)
    ));
    not_found(
        maturity::add_evidence(
            &store,
            &gh,
            &new("P-9", EvidenceSource::Check(theirs), None),
        )
        .await,
    );
    let check = maturity::add_evidence(
        &store,
        &ke,
        &new("P-9", EvidenceSource::Check(ours), Some("2026-03-01")),
    )
    .await
    .unwrap();
    let link = maturity::add_evidence(
        &store,
        &ke,
        &new(
            "O-6",
            EvidenceSource::Url("https://example.ke/sop".into()),
            Some("2027-01-01"),
        ),
    )
    .await
    .unwrap();
    assert!(matches!(
        maturity::add_evidence(
            &store,
            &ke,
            &new("X-1", EvidenceSource::Url("https://x.org".into()), None)
        )
        .await,
        Err(MaturityError::UnknownParameter { .. })
    ));
    assert_eq!(
        maturity::expired_evidence(&store, a.id, "2026-06-01")
            .await
            .unwrap(),
        BTreeMap::from([("P-9".to_string(), vec![check.id])])
    );
    not_found(maturity::remove_evidence(&store, &gh, link.id).await);
    maturity::remove_evidence(&store, &ke, link.id)
        .await
        .unwrap();
    not_found(maturity::remove_evidence(&store, &ke, link.id).await);

    // The roadmap, planned twice from the same result: the items are added once.
    let result = ProfileResult {
        profile: "example-tiers".into(),
        reached: None,
        level: None,
        next: Some("basic".into()),
        blockers: vec![
            Blocker {
                parameter: "O-1".into(),
                question: 0,
                value: ParameterValue::Missing,
                required: 1.0,
                allow_na: false,
            },
            Blocker {
                parameter: "P-9".into(),
                question: 0,
                value: ParameterValue::Value(1.0),
                required: 2.0,
                allow_na: false,
            },
        ],
    };
    let defaults = RoadmapDefaults {
        owner: "Head of CIRT".into(),
        due_on: Some("2027-03-31".into()),
        services: BTreeMap::new(),
    };
    let action =
        |b: &Blocker, level: &str| format!("Raise {} to {} for {level}", b.parameter, b.required);
    not_found(maturity::plan_roadmap(&store, &gh, a.id, &result, &defaults, action).await);
    let first = maturity::plan_roadmap(&store, &ke, a.id, &result, &defaults, action)
        .await
        .unwrap();
    assert_eq!(first.len(), 2);
    let again = maturity::plan_roadmap(&store, &ke, a.id, &result, &defaults, action)
        .await
        .unwrap();
    assert!(again.is_empty());
    let items = maturity::roadmap(&store, &ke, "ke-cirt").await.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].action, "Raise O-1 to 1 for basic");
    let change = RoadmapChange {
        action: items[0].action.clone(),
        owner: "Director".into(),
        due_on: Some("31/03/2027".into()),
        status: RoadmapStatus::InProgress,
        service_id: None,
    };
    assert!(matches!(
        maturity::update_roadmap(&store, &ke, items[0].id, 1, &change).await,
        Err(MaturityError::Date { field: "due", .. })
    ));
    let change = RoadmapChange {
        due_on: Some("2027-03-31".into()),
        ..change
    };
    not_found(maturity::update_roadmap(&store, &gh, items[0].id, 1, &change).await);
    let updated = maturity::update_roadmap(&store, &ke, items[0].id, 1, &change)
        .await
        .unwrap();
    assert_eq!(updated.status, RoadmapStatus::InProgress);
    // Still active: planning again adds nothing.
    assert!(
        maturity::plan_roadmap(&store, &ke, a.id, &result, &defaults, action)
            .await
            .unwrap()
            .is_empty()
    );
    testing::drop_database(&url);
}
