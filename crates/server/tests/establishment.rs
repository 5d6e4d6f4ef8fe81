//! The establishment tracker through the pages (issue 17, part 6): the secretariat starts an
//! engagement for Kenya, the focal point uploads the readiness report as a file, the phase
//! cannot move before it is approved (409 naming it), the secretariat requests changes then
//! approves a second version, moves the phase, links the team and plans services; a bad
//! services form is refused (422 naming the field) with nothing saved. Around it: who may see
//! what (others get 404), the list's region filter, and the page in Arabic.

use crate::common;

use common::{STAFF_TEAM, TestApp};
use cyberindex_store::{DeliverableStatus, Phase};
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

async fn upload(
    app: &TestApp,
    id: i64,
    who: &str,
    kind: &str,
    title: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("kind", kind.to_string())
        .text("title", title.to_string())
        .text("issued", "2026-12-01")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name("readiness.pdf"),
        );
    app.page(
        Method::POST,
        &format!("/maturity/establishment/{id}/deliverables"),
        who,
    )
    .multipart(form)
    .send()
    .await
    .unwrap()
}

fn pdf(text: &str) -> Vec<u8> {
    format!("%PDF-1.4\n% {text}\n%%EOF\n").into_bytes()
}

#[tokio::test]
async fn an_engagement_goes_from_assessment_to_design_with_an_uploaded_report() {
    let app = TestApp::new().await;
    let store = &app.state.store;

    // Only the secretariat starts one (a focal point is refused for their own country, and
    // told nothing about another's).
    let r = post(
        &app,
        "/maturity/establishment/",
        "focal-ken",
        &[("country", "KEN")],
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = post(
        &app,
        "/maturity/establishment/",
        "focal-fra",
        &[("country", "KEN")],
    )
    .await;
    assert_eq!(r.status(), 404);
    let r = post(
        &app,
        "/maturity/establishment/",
        "admin",
        &[("country", "ken"), ("note", "Mission of December")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = location
        .trim_start_matches("/maturity/establishment/")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    let base = format!("/maturity/establishment/{id}");
    // A second open engagement for the country is refused.
    let r = post(
        &app,
        "/maturity/establishment/",
        "admin",
        &[("country", "KEN")],
    )
    .await;
    assert_eq!(r.status(), 409);

    // Who sees it.
    for (who, status) in [
        ("anonymous", 303),
        ("admin", 200),
        ("reviewer", 200),
        ("focal-ken", 200),
        ("contributor-ken", 404),
        ("observer-ken", 404),
        ("focal-fra", 404),
        ("team-staff-ken", 404),
    ] {
        let r = app
            .page(Method::GET, &format!("{base}/"), who)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), status, "{who}");
    }
    let (_, list) = get(&app, "/maturity/establishment/", "focal-fra").await;
    assert!(!list.contains(&format!("{base}/")), "not listed for France");
    let (_, list) = get(&app, "/maturity/establishment/?region=africa", "admin").await;
    assert!(list.contains(&format!("{base}/")), "{list}");
    let (_, list) = get(&app, "/maturity/establishment/?region=europe", "admin").await;
    assert!(!list.contains(&format!("{base}/")));

    // The focal point uploads the readiness report as a file.
    let r = upload(
        &app,
        id,
        "focal-ken",
        "readiness_report",
        "Readiness report",
        pdf("v1"),
    )
    .await;
    assert_eq!(r.status(), 303);
    let first = store.deliverables(Some(id)).await.unwrap().remove(0);
    assert_eq!(first.media_type.as_deref(), Some("application/pdf"));
    assert!(
        app.state
            .evidence
            .get(first.sha256.as_deref().unwrap())
            .await
            .unwrap()
            .is_some(),
        "kept in the evidence store"
    );
    let r = app
        .page(
            Method::GET,
            &format!("/maturity/establishment/deliverables/{}/file", first.id),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(r.bytes().await.unwrap().to_vec(), pdf("v1"));
    let r = app
        .page(
            Method::GET,
            &format!("/maturity/establishment/deliverables/{}/file", first.id),
            "focal-fra",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // A file of a refused type, or a form without a title, is refused and leaves nothing.
    let r = upload(
        &app,
        id,
        "focal-ken",
        "readiness_report",
        "Bad",
        b"<html>no</html>".to_vec(),
    )
    .await;
    assert_eq!(r.status(), 415);
    let r = upload(&app, id, "focal-ken", "readiness_report", " ", pdf("v0")).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("title"));
    assert_eq!(store.deliverables(Some(id)).await.unwrap().len(), 1);

    // The phase cannot move before the report is approved: 409 naming it.
    let r = post(
        &app,
        &format!("{base}/phase"),
        "admin",
        &[("phase", "design"), ("version", "1")],
    )
    .await;
    assert_eq!(r.status(), 409);
    assert!(r.text().await.unwrap().contains("readiness report"));
    // The focal point may not decide or move.
    let decision = format!("/maturity/establishment/deliverables/{}/decision", first.id);
    let r = post(
        &app,
        &decision,
        "focal-ken",
        &[("decision", "approved"), ("version", "1")],
    )
    .await;
    assert_eq!(r.status(), 403);
    // Changes requested need a comment.
    let r = post(
        &app,
        &decision,
        "reviewer",
        &[("decision", "changes_requested"), ("version", "1")],
    )
    .await;
    assert_eq!(r.status(), 422);
    let r = post(
        &app,
        &decision,
        "reviewer",
        &[
            ("decision", "changes_requested"),
            ("version", "1"),
            ("comment", "Add the stakeholder map."),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (_, page) = get(&app, &format!("{base}/"), "focal-ken").await;
    assert!(
        page.contains("Add the stakeholder map."),
        "the country sees why"
    );
    let r = upload(
        &app,
        id,
        "focal-ken",
        "readiness_report",
        "Readiness report v2",
        pdf("v2"),
    )
    .await;
    assert_eq!(r.status(), 303);
    let second = store.deliverables(Some(id)).await.unwrap().remove(1);
    let r = post(
        &app,
        &format!(
            "/maturity/establishment/deliverables/{}/decision",
            second.id
        ),
        "admin",
        &[("decision", "approved"), ("version", "1")],
    )
    .await;
    assert_eq!(r.status(), 303);
    assert_eq!(
        store.deliverable(second.id).await.unwrap().status,
        DeliverableStatus::Approved
    );
    // Skipping a phase is refused; the next one is taken.
    let r = post(
        &app,
        &format!("{base}/phase"),
        "admin",
        &[("phase", "establishment"), ("version", "1")],
    )
    .await;
    assert_eq!(r.status(), 409);
    let r = post(
        &app,
        &format!("{base}/phase"),
        "admin",
        &[
            ("phase", "design"),
            ("version", "1"),
            ("note", "Report approved"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let engagement = store.engagement(id).await.unwrap();
    assert_eq!(engagement.phase, Phase::Design);

    // The team is linked: its staff now see it.
    let r = post(
        &app,
        &format!("{base}/team"),
        "admin",
        &[("team", STAFF_TEAM), ("version", "2")],
    )
    .await;
    assert_eq!(r.status(), 303);
    let (status, _) = get(&app, &format!("{base}/"), "team-staff-ken").await;
    assert_eq!(status, 200);

    // Services: a bad phase for one of them is refused naming the field, nothing saved.
    store
        .set_planned_services(id, &[("1.1".into(), Phase::Design)], None)
        .await
        .unwrap();
    let r = post(
        &app,
        &format!("{base}/services"),
        "admin",
        &[
            ("service", "2.1"),
            ("phase.2.1", "establishment"),
            ("service", "5.1"),
            ("phase.5.1", "someday"),
        ],
    )
    .await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(text.contains("Service 5.1"), "{text}");
    let r = app
        .page(Method::POST, &format!("{base}/services"), "admin")
        .header("Accept", "application/json")
        .form(&[("service", "5.1"), ("phase.5.1", "closed")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["error"]["field"], "phase.5.1", "{body}");
    let planned = store.planned_services(id).await.unwrap();
    assert_eq!(planned.len(), 1);
    assert_eq!(planned[0].service_id, "1.1");
    let r = post(
        &app,
        &format!("{base}/services"),
        "focal-ken",
        &[("service", "2.1"), ("phase.2.1", "design")],
    )
    .await;
    assert_eq!(r.status(), 403);
    let r = post(
        &app,
        &format!("{base}/services"),
        "admin",
        &[
            ("service", "2.1"),
            ("phase.2.1", "establishment"),
            ("service", "5.1"),
            ("phase.5.1", "design"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);
    let planned: Vec<(String, Phase)> = store
        .planned_services(id)
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.service_id, p.phase))
        .collect();
    assert_eq!(
        planned,
        vec![
            ("2.1".to_string(), Phase::Establishment),
            ("5.1".to_string(), Phase::Design)
        ]
    );

    // The page: a stepper with the current phase marked, the history, labelled forms.
    let (_, page) = get(&app, &format!("{base}/"), "admin").await;
    assert!(page.contains(r#"aria-current="step""#));
    assert!(page.contains("Report approved"));
    assert!(page.contains(r#"<label for="s-2.1">"#));
    assert!(page.contains(r#"class="table-scroll""#));

    // In Arabic: right to left and translated.
    let r = app
        .page(Method::GET, &format!("{base}/"), "focal-ken")
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();
    let page = r.text().await.unwrap();
    assert!(page.contains(r#"dir="rtl""#));
    assert!(page.contains("سجل المراحل"), "history in Arabic");
    assert!(
        page.contains("تقرير الجاهزية"),
        "deliverable kind in Arabic"
    );
    let r = app
        .page(Method::GET, "/maturity/establishment/", "admin")
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();
    assert!(r.text().await.unwrap().contains("متابعة إنشاء فرق CIRT"));
}

/// The demonstration has engagements in every phase and deliverables in every status, each
/// saying it is not real; seeding twice adds nothing.
#[tokio::test]
async fn the_demo_has_engagements_in_every_phase() {
    use cyberindex_server::service::demo;
    use cyberindex_store::NewUser;
    let app = TestApp::new().await;
    let store = &app.state.store;
    demo::seed_directory(store).await.unwrap();
    store
        .create_user(&NewUser {
            email: demo::ACCOUNTS[0].email.into(),
            name: String::new(),
            role: demo::ACCOUNTS[0].role,
            country: None,
            observed: vec![],
            team: None,
        })
        .await
        .unwrap();
    assert_eq!(demo::seed_establishment(store).await.unwrap(), 6);
    assert_eq!(demo::seed_establishment(store).await.unwrap(), 0);
    let all = store.engagements().await.unwrap();
    for phase in Phase::ALL {
        assert!(all.iter().any(|e| e.phase == phase), "{phase:?}");
    }
    assert!(all.iter().all(|e| e.note.contains("not a real engagement")));
    let deliverables = store.deliverables(None).await.unwrap();
    for status in DeliverableStatus::ALL {
        assert!(
            deliverables.iter().any(|d| d.status == status),
            "{status:?}"
        );
    }
    assert!(
        deliverables
            .iter()
            .all(|d| d.title.starts_with("Demonstration:"))
    );
    let (status, page) = get(&app, "/maturity/establishment/", "admin").await;
    assert_eq!(status, 200);
    assert!(page.contains("Kenya"), "{page}");
}
