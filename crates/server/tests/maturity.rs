//! CIRT maturity assessments through the pages (issue 17): a team starts an assessment, rates
//! parameters with notes and evidence, submits; the secretariat assigns a peer reviewer from
//! another team, who records validated levels and returns it; the team changes a level, the
//! rounds' diff shows it; the reviewer validates, the secretariat signs off, and the team plans
//! and exports its roadmap. Around it: who may see and do what (another team's staff get 404),
//! bad input (422, nothing saved) and stale pages (409).

use crate::common;

use common::maturity::other_team_staff;
use common::{STAFF_TEAM, TestApp};
use cyberindex_store::{AssessmentStatus, Level, NewUser, Role};
use reqwest::{Method, StatusCode};

async fn post(app: &TestApp, path: &str, who: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.page(Method::POST, path, who)
        .form(form)
        .send()
        .await
        .unwrap()
}

async fn get(app: &TestApp, path: &str, who: &str) -> (StatusCode, String) {
    let r = app.page(Method::GET, path, who).send().await.unwrap();
    let status = r.status();
    (status, r.text().await.unwrap())
}

async fn answer(
    app: &TestApp,
    id: i64,
    parameter: &str,
) -> Option<cyberindex_store::ParameterAnswer> {
    app.state
        .store
        .parameter_answers(id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.parameter == parameter)
}

#[tokio::test]
async fn an_assessment_goes_from_self_assessment_to_sign_off_and_a_roadmap() {
    let mut app = TestApp::new().await;
    let other = other_team_staff(&mut app).await;

    // The team starts an assessment against the shipped maturity framework.
    let (status, page) = get(&app, "/maturity/", "team-staff-ken").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"value="cirt-maturity.toml""#), "{page}");
    let r = post(
        &app,
        "/maturity/",
        "team-staff-ken",
        &[
            ("team", STAFF_TEAM),
            ("framework", "cirt-maturity.toml"),
            ("kind", "self"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = location
        .trim_start_matches("/maturity/")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let base = format!("/maturity/{id}");

    // Its page offers every parameter as a choice of levels.
    let (status, page) = get(&app, &format!("{base}/"), "team-staff-ken").await;
    assert_eq!(status, 200);
    assert!(page.contains(r#"name="level.O-1""#));
    assert!(page.contains(r#"name="level.P-17""#));
    assert!(page.contains("0 of 45"), "progress shown");

    // Saving: only what changed is written.
    let r = post(
        &app,
        &format!("{base}/levels"),
        "team-staff-ken",
        &[
            ("version.O-1", "0"),
            ("level.O-1", "3"),
            ("note.O-1", "Decree 12/2024 approved by the board"),
            ("version.O-2", "0"),
            ("level.O-2", ""),
            ("note.O-2", ""),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let o1 = answer(&app, id, "O-1").await.unwrap();
    assert_eq!(o1.self_level, Some(Level::L3));
    assert_eq!(o1.note, "Decree 12/2024 approved by the board");
    assert!(
        answer(&app, id, "O-2").await.is_none(),
        "an unchanged parameter is not written"
    );

    // A bad level anywhere saves nothing, and says which field.
    let r = post(
        &app,
        &format!("{base}/levels"),
        "team-staff-ken",
        &[
            ("version.O-3", "0"),
            ("level.O-3", "2"),
            ("version.O-4", "0"),
            ("level.O-4", "7"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(text.contains("is not a level"), "{text}");
    assert!(
        answer(&app, id, "O-3").await.is_none(),
        "nothing half-applied"
    );

    // A page loaded before someone else's save is stale.
    let r = post(
        &app,
        &format!("{base}/levels"),
        "team-staff-ken",
        &[("version.O-1", "0"), ("level.O-1", "1")],
    )
    .await;
    assert_eq!(r.status(), 409);
    assert_eq!(
        answer(&app, id, "O-1").await.unwrap().self_level,
        Some(Level::L3)
    );

    // Evidence with a review date in the past flags its parameter.
    let r = post(
        &app,
        &format!("{base}/evidence"),
        "team-staff-ken",
        &[
            ("parameter", "O-1"),
            ("title", "Founding decree"),
            ("url", "https://example.org/decree.pdf"),
            ("issued", "2024-03-01"),
            ("expires", "2025-03-01"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, page) = get(&app, &format!("{base}/"), "team-staff-ken").await;
    assert!(page.contains("Founding decree"));
    assert!(
        page.contains("1 parameter has evidence past its expiry date."),
        "{page}"
    );
    // Evidence needs an address or a check message.
    let r = post(
        &app,
        &format!("{base}/evidence"),
        "team-staff-ken",
        &[("parameter", "O-2"), ("title", "Nothing")],
    )
    .await;
    assert_eq!(r.status(), 422);

    // Another team's staff cannot even tell that it exists; neither can the country's focal point.
    for who in ["other-staff", "focal-ken", "observer-ken"] {
        let (status, _) = get(&app, &format!("{base}/"), who).await;
        assert_eq!(status, 404, "{who}");
        let r = post(
            &app,
            &format!("{base}/levels"),
            who,
            &[("version.O-1", "1"), ("level.O-1", "4")],
        )
        .await;
        assert_eq!(r.status(), 404, "{who}");
    }
    let (_, list) = get(&app, "/maturity/", "other-staff").await;
    assert!(!list.contains(&format!("/maturity/{id}/")));

    // Submit (the page's version), then the secretariat assigns the French team's staff member.
    let version = app
        .state
        .store
        .assessment(id)
        .await
        .unwrap()
        .version
        .to_string();
    let r = post(
        &app,
        &format!("{base}/step"),
        "team-staff-ken",
        &[("step", "submit"), ("version", &version)],
    )
    .await;
    assert_eq!(r.status(), 303);
    let a = app.state.store.assessment(id).await.unwrap();
    assert_eq!(a.status, AssessmentStatus::PeerReview);
    // The team's own staff cannot assign, nor be assigned.
    let v = a.version.to_string();
    let r = post(
        &app,
        &format!("{base}/reviewer"),
        "team-staff-ken",
        &[("reviewer", &other.to_string()), ("version", &v)],
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = post(
        &app,
        &format!("{base}/reviewer"),
        "admin",
        &[("reviewer", &other.to_string()), ("version", &v)],
    )
    .await;
    assert_eq!(r.status(), 303);

    // Now the reviewer reads it and records validated levels; the team may not.
    let (status, page) = get(&app, &format!("{base}/"), "other-staff").await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!(r#"action="/maturity/{id}/validation""#)));
    let version = answer(&app, id, "O-1").await.unwrap().version.to_string();
    let r = post(
        &app,
        &format!("{base}/validation"),
        "team-staff-ken",
        &[("version.O-1", &version), ("level.O-1", "4")],
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = post(
        &app,
        &format!("{base}/validation"),
        "other-staff",
        &[
            ("version.O-1", &version),
            ("level.O-1", "2"),
            ("comment.O-1", "The decree is not yet approved"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let o1 = answer(&app, id, "O-1").await.unwrap();
    assert_eq!(
        (o1.self_level, o1.validated_level),
        (Some(Level::L3), Some(Level::L2))
    );

    // The reviewer returns it (the comment is reason enough); round 2 opens for the team.
    let v = app
        .state
        .store
        .assessment(id)
        .await
        .unwrap()
        .version
        .to_string();
    let r = post(
        &app,
        &format!("{base}/step"),
        "other-staff",
        &[("step", "return"), ("version", &v)],
    )
    .await;
    assert_eq!(r.status(), 303);
    let a = app.state.store.assessment(id).await.unwrap();
    assert_eq!((a.status, a.round), (AssessmentStatus::SelfAssessment, 2));
    let version = answer(&app, id, "O-1").await.unwrap().version.to_string();
    let r = post(
        &app,
        &format!("{base}/levels"),
        "team-staff-ken",
        &[
            ("version.O-1", &version),
            ("level.O-1", "2"),
            ("note.O-1", "Approval pending"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (status, diff) = get(
        &app,
        &format!("{base}/rounds?from=1&to=now"),
        "team-staff-ken",
    )
    .await;
    assert_eq!(status, 200);
    assert!(diff.contains("O-1"), "{diff}");
    assert!(diff.contains("3 → 2"), "{diff}");
    let (status, _) = get(&app, &format!("{base}/rounds?from=9"), "team-staff-ken").await;
    assert_eq!(status, 422);

    // Submit again, validate (reviewer), sign off (only the secretariat).
    for (who, step) in [("team-staff-ken", "submit"), ("other-staff", "validate")] {
        let v = app
            .state
            .store
            .assessment(id)
            .await
            .unwrap()
            .version
            .to_string();
        let r = post(
            &app,
            &format!("{base}/step"),
            who,
            &[("step", step), ("version", &v)],
        )
        .await;
        assert_eq!(r.status(), 303, "{who} {step}");
    }
    let v = app
        .state
        .store
        .assessment(id)
        .await
        .unwrap()
        .version
        .to_string();
    let r = post(
        &app,
        &format!("{base}/step"),
        "other-staff",
        &[("step", "sign_off"), ("version", &v)],
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = post(
        &app,
        &format!("{base}/step"),
        "admin",
        &[("step", "sign_off"), ("version", "0")],
    )
    .await;
    assert_eq!(r.status(), 409, "a stale page cannot sign off");
    let r = post(
        &app,
        &format!("{base}/step"),
        "admin",
        &[("step", "sign_off"), ("version", &v)],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        app.state.store.assessment(id).await.unwrap().status,
        AssessmentStatus::SignedOff
    );

    // The roadmap: one item per blocker of the example profile's first tier, with an action.
    let (_, page) = get(&app, &format!("{base}/"), "team-staff-ken").await;
    assert!(page.contains("block the next tier"), "{page}");
    let r = post(
        &app,
        &format!("{base}/roadmap"),
        "team-staff-ken",
        &[
            ("profile", "cyberindex-example"),
            ("owner", "Head of CIRT"),
            ("due", "2027-06-30"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let items = app.state.store.roadmap(STAFF_TEAM).await.unwrap();
    // Only O-1 is rated (2): the first tier needs 2 for O-1, so the other 44 parameters block it.
    assert_eq!(items.len(), 44);
    assert!(
        items
            .iter()
            .all(|i| i.owner == "Head of CIRT" && i.due_on.as_deref() == Some("2027-06-30"))
    );
    let o2 = items.iter().find(|i| i.parameter == "O-2").unwrap();
    assert!(o2.action.contains("O-2"), "{}", o2.action);
    // Planning twice adds nothing.
    post(
        &app,
        &format!("{base}/roadmap"),
        "team-staff-ken",
        &[("profile", "cyberindex-example")],
    )
    .await;
    assert_eq!(app.state.store.roadmap(STAFF_TEAM).await.unwrap().len(), 44);

    let (status, page) = get(
        &app,
        &format!("/maturity/teams/{STAFF_TEAM}/roadmap"),
        "team-staff-ken",
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("Head of CIRT"));
    let r = post(
        &app,
        &format!("/maturity/roadmap/{}", o2.id),
        "team-staff-ken",
        &[
            ("action", "Write the constituency down"),
            ("owner", "Deputy"),
            ("due", ""),
            ("status", "done"),
            ("service", "5.1"),
            ("version", &o2.version.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let saved = app.state.store.roadmap_item(o2.id).await.unwrap();
    assert_eq!(saved.status.as_str(), "done");
    assert_eq!(saved.service_id.as_deref(), Some("5.1"));
    let r = post(
        &app,
        &format!("/maturity/roadmap/{}", o2.id),
        "team-staff-ken",
        &[
            ("status", "finished"),
            ("version", &saved.version.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);

    let r = app
        .page(
            Method::GET,
            &format!("/maturity/teams/{STAFF_TEAM}/roadmap.xlsx"),
            "team-staff-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.unwrap();
    assert_eq!(&bytes[..2], b"PK", "an XLSX is a zip");
    // Another team's staff see neither the roadmap nor its workbook.
    for path in [
        format!("/maturity/teams/{STAFF_TEAM}/roadmap"),
        format!("/maturity/teams/{STAFF_TEAM}/roadmap.xlsx"),
    ] {
        let (status, _) = get(&app, &path, "other-staff").await;
        assert_eq!(status, 404, "{path}");
    }
    let r = post(
        &app,
        &format!("/maturity/roadmap/{}", o2.id),
        "other-staff",
        &[("status", "open"), ("version", "1")],
    )
    .await;
    assert_eq!(r.status(), 404);

    // The signed-off assessment is offered to the national index through the crosswalk: O-1
    // at 2 supports "partly in place" for the national CIRT, and the sign-off "assessed in the
    // last three years"; nothing else is rated.
    let prefill = format!("/maturity/prefill/{}/KEN", common::EDITION);
    let (status, page) = get(&app, &format!("{base}/"), "admin").await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!(r#"href="{prefill}""#)), "{page}");
    let (status, page) = get(&app, &prefill, "admin").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("TEC1a.1") && page.contains("TEC1a.4"),
        "{page}"
    );
    assert!(!page.contains("TEC3.1"));
    for who in ["team-staff-ken", "focal-ken"] {
        let (status, _) = get(&app, &prefill, who).await;
        assert_eq!(status, 403, "{who}");
    }
    let r = post(&app, &prefill, "admin", &[]).await;
    assert_eq!(r.status(), 303);
    let answers = app
        .state
        .store
        .answers(common::EDITION, "KEN")
        .await
        .unwrap();
    let national = answers.iter().find(|a| a.question_id == "TEC1a.1").unwrap();
    assert_eq!(national.value.as_deref(), Some("partial"));
    assert_eq!(
        national.provenance,
        cyberindex_store::Provenance::Secretariat
    );
    assert!(!national.confirmed, "the country confirms it");
    assert!(
        national.comment.starts_with(&format!(
            "CIRT maturity assessment #{id} ({STAFF_TEAM}, signed off "
        )),
        "{}",
        national.comment
    );
    assert!(
        national.comment.ends_with(": O-1 = 2"),
        "{}",
        national.comment
    );
    assert_eq!(
        answers
            .iter()
            .find(|a| a.question_id == "TEC1a.4")
            .unwrap()
            .value
            .as_deref(),
        Some("yes")
    );
    let (_, page) = get(&app, &prefill, "admin").await;
    assert!(page.contains("nothing to pre-fill"), "{page}");
    let (status, _) = get(
        &app,
        &format!("/maturity/prefill/{}/FRA", common::EDITION),
        "admin",
    )
    .await;
    assert_eq!(status, 200);
    let r = post(
        &app,
        &format!("/maturity/prefill/{}/FRA", common::EDITION),
        "admin",
        &[],
    )
    .await;
    assert_eq!(r.status(), 422, "France has no signed-off assessment");

    // Publication: nothing until the team agrees; then the public page shows the tier only.
    let public = format!("/directory/teams/{STAFF_TEAM}/");
    let (_, page) = get(&app, &public, "anonymous").await;
    assert!(!page.contains("Maturity tier:"));
    let r = post(
        &app,
        &format!("/maturity/teams/{STAFF_TEAM}/publication"),
        "other-staff",
        &[("show_tier", "yes")],
    )
    .await;
    assert_eq!(r.status(), 404);
    let r = post(
        &app,
        &format!("/maturity/teams/{STAFF_TEAM}/publication"),
        "team-staff-ken",
        &[("show_tier", "maybe")],
    )
    .await;
    assert_eq!(r.status(), 422);
    assert_eq!(
        app.state
            .store
            .maturity_publication(STAFF_TEAM)
            .await
            .unwrap(),
        None
    );
    let r = post(
        &app,
        &format!("/maturity/teams/{STAFF_TEAM}/publication"),
        "team-staff-ken",
        &[("show_tier", "yes")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, page) = get(&app, &public, "anonymous").await;
    assert!(page.contains("Maturity tier:"), "{page}");
    assert!(
        page.contains("Example tiers (cyberindex illustration): none yet (signed off "),
        "{page}"
    );
    assert!(!page.contains("Approval pending"), "no note is published");
    let r = post(
        &app,
        &format!("/maturity/teams/{STAFF_TEAM}/publication"),
        "team-staff-ken",
        &[("show_tier", "no")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, page) = get(&app, &public, "anonymous").await;
    assert!(!page.contains("Maturity tier:"));
}

/// When the programme publishes nothing, a team's consent shows nothing either.
#[tokio::test]
async fn a_programme_that_publishes_nothing_shows_no_tier() {
    use cyberindex_server::config::MaturityPublish;
    let app = TestApp::with(|c| c.maturity.publish = MaturityPublish::Nothing).await;
    common::maturity::signed_off_and_published(&app).await;
    let (_, page) = get(
        &app,
        &format!("/directory/teams/{STAFF_TEAM}/"),
        "anonymous",
    )
    .await;
    assert!(!page.contains("Maturity tier:"));
    let (_, page) = get(
        &app,
        &format!("/maturity/teams/{STAFF_TEAM}/"),
        "team-staff-ken",
    )
    .await;
    assert!(
        page.contains("The programme publishes no maturity results"),
        "{page}"
    );
}

#[tokio::test]
async fn maturity_pages_answer_each_role_and_language() {
    let mut app = TestApp::new().await;
    other_team_staff(&mut app).await;
    let store = &app.state.store;
    let staff = store
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.role == Role::TeamStaff && u.team.as_deref() == Some(STAFF_TEAM))
        .unwrap();
    let a = cyberindex_workflow::maturity::create(
        store,
        &staff,
        STAFF_TEAM,
        include_str!("../../../frameworks/cirt-maturity.toml"),
        cyberindex_store::AssessmentKind::SelfAssessed,
    )
    .await
    .unwrap();
    let path = format!("/maturity/{}/", a.id);
    // anonymous, admin, reviewer, focal-ken, contributor-ken, observer-ken, focal-fra,
    // team-staff-ken, other-staff.
    let expected = [
        ("anonymous", 303),
        ("admin", 200),
        ("reviewer", 200),
        ("focal-ken", 404),
        ("contributor-ken", 404),
        ("observer-ken", 404),
        ("focal-fra", 404),
        ("team-staff-ken", 200),
        ("other-staff", 404),
    ];
    for (who, status) in expected {
        let r = app.page(Method::GET, &path, who).send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{who}");
    }
    // The page in Arabic is right to left and translated.
    let r = app
        .page(Method::GET, &path, "team-staff-ken")
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();
    let page = r.text().await.unwrap();
    assert!(page.contains(r#"dir="rtl""#));
    assert!(page.contains("تقييم النضج"), "title in Arabic");
    assert!(page.contains("مستوى الفريق"));
}

/// The demonstration has assessments in every status (a second round included), expired
/// evidence and roadmap items in every status, each note saying it is not real; seeding twice
/// adds nothing.
#[tokio::test]
async fn the_demo_has_maturity_assessments_in_every_state() {
    use cyberindex_server::service::demo;
    let app = TestApp::new().await;
    let store = &app.state.store;
    demo::seed_directory(store).await.unwrap();
    for account in &demo::ACCOUNTS[..2] {
        store
            .create_user(&NewUser {
                email: account.email.into(),
                name: String::new(),
                role: account.role,
                country: None,
                observed: vec![],
                team: None,
            })
            .await
            .unwrap();
    }
    let started = std::time::Instant::now();
    let made = demo::seed_maturity(store).await.unwrap();
    eprintln!(
        "seed_maturity: {made} assessments in {:?}",
        started.elapsed()
    );
    assert_eq!(made, 10);
    let all = store.assessments(None).await.unwrap();
    for status in [
        AssessmentStatus::SelfAssessment,
        AssessmentStatus::PeerReview,
        AssessmentStatus::Validated,
        AssessmentStatus::SignedOff,
    ] {
        assert!(all.iter().any(|a| a.status == status), "{status:?}");
    }
    assert!(
        all.iter()
            .any(|a| a.round == 2 && a.status == AssessmentStatus::SelfAssessment)
    );
    assert_eq!(
        all.iter().filter(|a| a.team_id == "ken-cirt-demo").count(),
        2
    );
    let mut expired = 0;
    for a in &all {
        expired += cyberindex_workflow::maturity::expired_evidence(store, a.id, "2026-12-05")
            .await
            .unwrap()
            .len();
        for p in store.parameter_answers(a.id).await.unwrap() {
            assert!(p.note.contains("not a real assessment"), "{}", p.note);
        }
    }
    assert!(expired >= 10, "{expired}");
    let roadmap = store.roadmap("ken-cirt-demo").await.unwrap();
    for status in cyberindex_store::RoadmapStatus::ALL {
        assert!(roadmap.iter().any(|i| i.status == status), "{status:?}");
    }
    assert_eq!(demo::seed_maturity(store).await.unwrap(), 0);

    // The team's history: both assessments with their tiers, the radar of the four groups and
    // the changes between them (the demo's two Kenyan assessments draw different levels).
    let (status, page) = get(&app, "/maturity/teams/ken-cirt-demo/", "admin").await;
    assert_eq!(status, 200);
    assert!(page.contains("<svg"), "radar");
    let ken: Vec<i64> = all
        .iter()
        .filter(|a| a.team_id == "ken-cirt-demo")
        .map(|a| a.id)
        .collect();
    for id in &ken {
        assert!(page.contains(&format!("Assessment #{id}")), "{id}");
    }
    assert!(page.contains("parameters changed"), "{page}");
    // Staff of the team see it; another team's staff do not.
    let (status, _) = get(&app, "/maturity/teams/ken-test-cirt/", "team-staff-ken").await;
    assert_eq!(status, 200);
    let (status, _) = get(&app, "/maturity/teams/ken-cirt-demo/", "team-staff-ken").await;
    assert_eq!(status, 404);

    // The portfolio: every country, filtered by ITU region, for the secretariat only.
    let (status, page) = get(&app, "/maturity/portfolio", "admin").await;
    assert_eq!(status, 200);
    assert!(page.contains("Kenya") && page.contains("France"));
    assert!(page.contains(&format!(
        r#"href="/maturity/{}/""#,
        ken.iter().max().unwrap()
    )));
    let (_, africa) = get(&app, "/maturity/portfolio?region=africa", "admin").await;
    assert!(africa.contains("Kenya") && !africa.contains("France"));
    let (status, _) = get(&app, "/maturity/portfolio?region=atlantis", "admin").await;
    assert_eq!(status, 422);
    for who in ["team-staff-ken", "focal-ken"] {
        let (status, _) = get(&app, "/maturity/portfolio", who).await;
        assert_eq!(status, 403, "{who}");
    }
    let (status, csv) = get(&app, "/maturity/portfolio.csv?region=africa", "admin").await;
    assert_eq!(status, 200);
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("country,country_name,region,team"),
        "{header}"
    );
    let kenya = csv.lines().find(|l| l.starts_with("KEN,")).unwrap();
    assert!(kenya.contains("ken-cirt-demo"), "{kenya}");
}
