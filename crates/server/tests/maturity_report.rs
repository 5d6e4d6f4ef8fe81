//! The rest of issue 17 through the pages: an assessment as a PDF report (the team gets it,
//! another team's staff get 404), the team's reachability checks offered as evidence under
//! the parameters they back and attached in one click, and the roadmap's suggested actions
//! taken from the framework's own text per parameter.

use crate::common;

use common::maturity::{other_team_staff, signed_off_and_published};
use common::{STAFF_TEAM, TestApp};
use cyberindex_store::{PastPing, Role};
use reqwest::Method;

async fn post(app: &TestApp, path: &str, who: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.page(Method::POST, path, who)
        .form(form)
        .send()
        .await
        .unwrap()
}

/// Starts an assessment of the staff's team; its id.
async fn start(app: &TestApp) -> i64 {
    let r = post(
        app,
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
    r.headers()["location"]
        .to_str()
        .unwrap()
        .trim_start_matches("/maturity/")
        .trim_end_matches('/')
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_report_is_a_pdf_for_the_team_and_404_for_another_team() {
    let mut app = TestApp::new().await;
    other_team_staff(&mut app).await;
    let id = start(&app).await;
    let r = post(
        &app,
        &format!("/maturity/{id}/levels"),
        "team-staff-ken",
        &[
            ("version.O-1", "0"),
            ("level.O-1", "3"),
            ("note.O-1", "Decree 12/2024"),
        ],
    )
    .await;
    assert_eq!(r.status(), 303);

    let page = app
        .page(Method::GET, &format!("/maturity/{id}/"), "team-staff-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!(r#"href="/maturity/{id}/report.pdf""#)),
        "the page links the report"
    );

    for lang in ["en", "ar"] {
        let r = app
            .page(
                Method::GET,
                &format!("/maturity/{id}/report.pdf"),
                "team-staff-ken",
            )
            .header("Accept-Language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{lang}");
        assert_eq!(r.headers()["content-type"], "application/pdf");
        assert!(
            r.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("no-store")
        );
        let bytes = r.bytes().await.unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{lang}");
    }

    for who in ["other-staff", "anonymous"] {
        let r = app
            .page(Method::GET, &format!("/maturity/{id}/report.pdf"), who)
            .send()
            .await
            .unwrap();
        assert_ne!(r.status(), 200, "{who}");
        if who == "other-staff" {
            assert_eq!(r.status(), 404);
        }
    }
    let r = app
        .page(Method::GET, "/maturity/999999/report.pdf", "team-staff-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
}

#[tokio::test]
async fn reachability_checks_are_offered_under_the_parameters_they_back_and_attach_in_one_click() {
    let app = TestApp::new().await;
    let id = start(&app).await;
    let now = cyberindex_store::now_ms();
    let ping = |channel, address, token_hash, acked: bool| PastPing {
        team_id: STAFF_TEAM,
        channel,
        address,
        token_hash,
        sent_at: now - 86_400_000,
        acked_at: acked.then_some(now - 86_000_000),
        error: None,
        unanswered_at: None,
        note: None,
    };
    app.state
        .store
        .import_check(
            &format!("team:{STAFF_TEAM}"),
            86_400,
            now - 86_400_000,
            &[
                ping("email", "soc@ken.example.org", "hash-1", true),
                ping("phone", "+254 20 000 0000", "hash-2", true),
            ],
            None,
        )
        .await
        .unwrap();
    let pings = app.state.store.pings(None, Some(STAFF_TEAM)).await.unwrap();
    let email = pings.iter().find(|p| p.channel == "email").unwrap().id;
    let phone = pings.iter().find(|p| p.channel == "phone").unwrap().id;

    let page = app
        .page(Method::GET, &format!("/maturity/{id}/"), "team-staff-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // P-9 takes either; T-6 the e-mail check, T-5 the call; nothing under O-1.
    for (parameter, ping, offered) in [
        ("P-9", email, true),
        ("P-9", phone, true),
        ("T-6", email, true),
        ("T-6", phone, false),
        ("T-5", phone, true),
        ("T-5", email, false),
        ("O-1", email, false),
    ] {
        assert_eq!(
            page.contains(&format!(r#"form="reach-{parameter}-{ping}""#)),
            offered,
            "{parameter} {ping}"
        );
    }
    assert!(page.contains("Attach as evidence"));

    // One click: the hidden form of the offer.
    let form_id = format!(r#"id="reach-T-6-{email}""#);
    let start_at = page.find(&form_id).unwrap();
    let form = &page[start_at..start_at + page[start_at..].find("</form>").unwrap()];
    let value = |name: &str| {
        let key = format!(r#"name="{name}" value=""#);
        let at = form.find(&key).unwrap() + key.len();
        form[at..at + form[at..].find('"').unwrap()].to_string()
    };
    let fields: Vec<(&str, String)> = ["parameter", "ping", "title", "issued", "expires"]
        .into_iter()
        .map(|n| (n, value(n)))
        .collect();
    let fields: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let r = post(
        &app,
        &format!("/maturity/{id}/evidence"),
        "team-staff-ken",
        &fields,
    )
    .await;
    assert_eq!(r.status(), 303);
    let evidence = app.state.store.maturity_evidence(id, false).await.unwrap();
    assert_eq!(evidence.len(), 1);
    assert_eq!(evidence[0].parameter, "T-6");
    assert_eq!(evidence[0].ping_id, Some(email));
    assert!(
        evidence[0].expires_on.is_some(),
        "a check is reviewed after a year"
    );

    // Attached: no longer offered under T-6, still under P-9.
    let page = app
        .page(Method::GET, &format!("/maturity/{id}/"), "team-staff-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains(&format!(r#"form="reach-T-6-{email}""#)));
    assert!(page.contains(&format!(r#"form="reach-P-9-{email}""#)));
}

#[test]
fn every_maturity_parameter_has_its_own_action_in_every_language() {
    let (_, text) = cyberindex_server::maturity::FRAMEWORKS
        .iter()
        .find(|(n, _)| *n == "cirt-maturity.toml")
        .unwrap();
    let framework = cyberindex_framework::read(text).unwrap();
    assert_eq!(framework.questions.len(), 45);
    let mut seen = std::collections::HashSet::new();
    for q in &framework.questions {
        for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
            let action = q.action.get(lang).map(String::as_str).unwrap_or("");
            assert!(
                !action.trim().is_empty(),
                "{} has no action in {lang}",
                q.id
            );
            if lang == "en" {
                assert!(
                    seen.insert(action.to_string()),
                    "{}: the same action twice",
                    q.id
                );
            }
            // The roadmap's suggested action starts with it, then the generic step.
            let tr = cyberindex_server::i18n::Tr::new(lang);
            let suggested =
                cyberindex_server::maturity::suggested_action(tr, &framework, &q.id, 3.0);
            assert!(suggested.starts_with(action.trim()), "{} {lang}", q.id);
            assert!(suggested.len() > action.trim().len(), "{} {lang}", q.id);
        }
    }
}

#[tokio::test]
async fn the_static_directory_shows_the_published_tier_as_the_live_page_does() {
    let app = TestApp::new().await;
    let loaded = cyberindex_server::public::export::load(&app.state.store)
        .await
        .unwrap();
    let tr = cyberindex_server::i18n::Tr::new("en");
    let team_page = |loaded: &cyberindex_server::public::export::Loaded| {
        cyberindex_server::directory::site::pages(&loaded.teams, &loaded.maturity, tr, false)
            .unwrap()
            .into_iter()
            .find(|(path, _)| path == &format!("directory/teams/{STAFF_TEAM}/"))
            .unwrap()
            .1
    };
    assert!(
        !team_page(&loaded).contains("Maturity tier:"),
        "nothing yet"
    );

    signed_off_and_published(&app).await;
    let live = app
        .page(
            Method::GET,
            &format!("/directory/teams/{STAFF_TEAM}/"),
            "anonymous",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line = |page: &str| {
        let at = page.find("Maturity tier:").expect("the tier line");
        page[at..at + page[at..].find("</p>").unwrap()].to_string()
    };
    let loaded = cyberindex_server::public::export::load(&app.state.store)
        .await
        .unwrap();
    assert_eq!(line(&team_page(&loaded)), line(&live));
}

#[tokio::test]
async fn the_portfolio_shows_the_phase_of_an_open_engagement() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    let admin = store
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.role == Role::Admin)
        .unwrap();
    let engagement = cyberindex_workflow::establishment::create(store, &admin, "KEN", None, "")
        .await
        .unwrap();
    let page = app
        .page(Method::GET, "/maturity/portfolio?region=africa", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Establishment phase"), "the column");
    assert!(
        page.contains(&format!(
            r#"<a href="/maturity/establishment/{}/">"#,
            engagement.id
        )),
        "{page}"
    );
    let csv = app
        .page(Method::GET, "/maturity/portfolio.csv", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().ends_with(",establishment_phase"));
    let ken = csv.lines().find(|l| l.starts_with("KEN,")).unwrap();
    let fra = csv.lines().find(|l| l.starts_with("FRA,")).unwrap();
    assert!(!ken.ends_with(','), "{ken}");
    assert!(fra.ends_with(','), "no engagement: {fra}");
}
