//! CyberDrills through the pages (issue 18): the secretariat issues single-use links from the
//! console, players join without accounts, the drill starts and its first inject goes out, the
//! facilitator moves another inject to now and the background release sends it, a player
//! responds, the facilitator records a verdict the team then sees. Around it: a team never
//! sees another team's injects or responses, a used or withdrawn link opens nothing, staff of a
//! team that does not host the drill get 404, and bad input is 422 naming its field.
//!
//! The after-action report: the same bytes for the same drill, a team's copy (workbook and
//! PDF) naming no other team, a player's own copy only once the drill is over (and after it is
//! marked reported), another team's 404, the public copy only with the host's agreement.

use crate::common;

use common::{STAFF_TEAM, TestApp};
use cyberindex_store::{DrillLevel, DrillMode};
use cyberindex_workflow::drill::{DrillForm, Planner, ScenarioFormat, View};
use reqwest::{Method, StatusCode};

const SCENARIO: &str = include_str!("../../../scenarios/health-ransomware.toml");
const OTHER_TEAM: &str = "fra-test-cirt";

/// A drill of the shipped scenario with the Kenyan test team and a French one; its id.
async fn drill(app: &TestApp) -> i64 {
    let store = &app.state.store;
    let mut team = common::staff_team();
    team.id = OTHER_TEAM.into();
    team.country.value = "FRA".into();
    team.official_name.value = "France Test CIRT".into();
    cyberindex_workflow::directory::save_team(store, &team, None, None)
        .await
        .unwrap();
    let planner = Planner::command_line();
    let stored = planner
        .import_scenario(store, SCENARIO, ScenarioFormat::Toml)
        .await
        .unwrap();
    let drill = planner
        .create(
            store,
            &DrillForm {
                scenario_id: stored.id,
                scenario_version: stored.version,
                title: "Test regional drill".into(),
                level: DrillLevel::Regional,
                host: "Test ministry".into(),
                host_team: None,
                time_zone: "UTC+03:00".into(),
                start_at: cyberindex_store::now_ms(),
                mode: DrillMode::Tabletop,
                languages: vec![],
                public_results: false,
            },
        )
        .await
        .unwrap();
    let view = View::of_command_line(store, drill.id).await.unwrap();
    for team in [STAFF_TEAM, OTHER_TEAM] {
        view.console()
            .unwrap()
            .add_team(store, team, &["national-cirt"], true)
            .await
            .unwrap();
    }
    drill.id
}

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

/// Issues a player link for `team` from the console; the token shown once.
async fn player_link(app: &TestApp, id: i64, team: &str) -> String {
    let r = post(
        app,
        &format!("/drills/{id}/links"),
        "admin",
        &[("role", "player"), ("team", team), ("label", team)],
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    let start = page.find("/drills/join/").expect("the link is shown") + "/drills/join/".len();
    page[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// Joins with `token`; the seat cookie.
async fn join(app: &TestApp, token: &str) -> String {
    let path = format!("/drills/join/{token}");
    // Opening the link (as a mail scanner would) does not use it.
    let (status, page) = get(app, &path, "nobody").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Join the drill"), "{page}");
    let r = post(app, &path, "nobody", &[]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()["location"], "/drills/play/");
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("Path=/drills/"),
        "{cookie}"
    );
    cookie.split(';').next().unwrap().to_string()
}

async fn seat(app: &TestApp, cookie: &str, method: Method, path: &str) -> reqwest::RequestBuilder {
    app.client
        .request(method, app.url(path))
        .header("Origin", &app.base)
        .header("Cookie", cookie)
}

/// A player's response through the seat's multipart form, with a text and an optional file.
async fn respond(
    app: &TestApp,
    cookie: &str,
    inject: &str,
    text: &str,
    file: Option<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new()
        .text("inject", inject.to_string())
        .text("expectation", "0")
        .text("text", text.to_string());
    if let Some((name, bytes)) = file {
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
        );
    }
    seat(app, cookie, Method::POST, "/drills/play/respond")
        .await
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn seat_page(app: &TestApp, cookie: &str) -> (StatusCode, String) {
    let r = seat(app, cookie, Method::GET, "/drills/play/")
        .await
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.text().await.unwrap())
}

/// What `events` (a server-sent event stream) says up to and including its next `changed`
/// event, if one comes within `seconds`.
async fn changed(events: &mut reqwest::Response, seconds: u64) -> Option<String> {
    tokio::time::timeout(std::time::Duration::from_secs(seconds), async {
        let mut text = String::new();
        while let Some(chunk) = events.chunk().await.unwrap() {
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains("event: changed") {
                return text;
            }
        }
        text
    })
    .await
    .ok()
    .filter(|t| t.contains("event: changed"))
}

#[tokio::test]
async fn a_drill_runs_from_the_console_to_the_players_and_back() {
    let app = TestApp::new().await;
    let id = drill(&app).await;
    let console = format!("/drills/{id}/");

    // The secretariat runs it; staff of a team that does not host it see nothing of it.
    let (status, page) = get(&app, "/drills/", "admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Test regional drill"));
    let (status, page) = get(&app, "/drills/", "team-staff-ken").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!page.contains("Test regional drill"));
    assert_eq!(
        get(&app, &console, "team-staff-ken").await.0,
        StatusCode::NOT_FOUND
    );
    let (status, page) = get(&app, &console, "admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Kenya Test CIRT") && page.contains("I-12"),
        "{page}"
    );

    let ken = join(&app, &player_link(&app, id, STAFF_TEAM).await).await;
    let fra = join(&app, &player_link(&app, id, OTHER_TEAM).await).await;
    let (status, page) = seat_page(&app, &ken).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Nothing has been released to this team yet."),
        "{page}"
    );

    // Start: what is due at the start goes out at once.
    let r = post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "start")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = seat_page(&app, &ken).await;
    assert!(
        page.contains("Patient records unavailable in three hospitals"),
        "{page}"
    );
    assert!(!page.contains("I-02"));

    // Moving I-02 to minute 0 makes it due; the background release sends it.
    let r = post(
        &app,
        &format!("/drills/{id}/injects/I-02"),
        "admin",
        &[("act", "move"), ("minutes", "0")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let released =
        cyberindex_server::service::drills::release_due(&app.state, cyberindex_store::now_ms())
            .await
            .unwrap();
    assert_eq!(released, 1);
    let (_, page) = seat_page(&app, &fra).await;
    assert!(page.contains("I-02"), "{page}");
    // A released inject no longer moves.
    let r = post(
        &app,
        &format!("/drills/{id}/injects/I-02"),
        "admin",
        &[("act", "move"), ("minutes", "30")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::CONFLICT);

    // Kenya responds; France never sees it. Kenya's seat hears that the drill changed,
    // France's does not (a response concerns its own team's seats only) until France
    // responds itself.
    let mut ken_events = seat(&app, &ken, Method::GET, "/drills/play/events")
        .await
        .send()
        .await
        .unwrap();
    let mut fra_events = seat(&app, &fra, Method::GET, "/drills/play/events")
        .await
        .send()
        .await
        .unwrap();
    assert_eq!(fra_events.status(), StatusCode::OK);
    assert_eq!(fra_events.headers()["content-type"], "text/event-stream");
    let r = respond(
        &app,
        &ken,
        "I-01",
        "Acknowledged; isolating the records servers.",
        None,
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let heard = changed(&mut ken_events, 10)
        .await
        .expect("Kenya hears its response");
    assert!(heard.contains(&format!("data: {id}")), "{heard}");
    // The announcement has gone out (Kenya heard it): had it been meant for France, France's
    // stream would have it already.
    assert_eq!(changed(&mut fra_events, 1).await, None);
    let r = respond(&app, &fra, "I-01", "Acknowledged by France.", None).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let heard = changed(&mut fra_events, 10)
        .await
        .expect("France hears its response");
    assert!(heard.contains(&format!("data: {id}")), "{heard}");
    let (_, page) = seat_page(&app, &ken).await;
    assert!(page.contains("isolating the records servers"));
    let (_, page) = seat_page(&app, &fra).await;
    assert!(!page.contains("isolating the records servers"));
    assert!(!page.contains("Kenya Test CIRT"));
    let (_, page) = seat_page(&app, &ken).await;
    assert!(!page.contains("Acknowledged by France"));

    // The facilitator sees the response and records a verdict; the team sees it.
    let (_, page) = get(&app, &console, "admin").await;
    assert!(page.contains("isolating the records servers"));
    let r = post(
        &app,
        &format!("/drills/{id}/evaluate"),
        "admin",
        &[
            ("team", STAFF_TEAM),
            ("inject", "I-01"),
            ("expectation", "0"),
            ("result", "success"),
            ("comment", "Within the time."),
            ("version", "0"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let (_, page) = seat_page(&app, &ken).await;
    assert!(
        page.contains("success (100)") && page.contains("Within the time."),
        "{page}"
    );

    // Withdrawing the link closes the seat.
    let link = app
        .state
        .store
        .drill_links(id)
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.team_id.as_deref() == Some(OTHER_TEAM))
        .unwrap();
    let r = post(
        &app,
        &format!("/drills/{id}/links/{}/revoke", link.id),
        "admin",
        &[],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(seat_page(&app, &fra).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn links_work_once_and_bad_input_names_its_field() {
    let app = TestApp::new().await;
    let id = drill(&app).await;
    let token = player_link(&app, id, STAFF_TEAM).await;
    let ken = join(&app, &token).await;
    // A used link opens nothing more; an unknown one neither.
    let r = post(&app, &format!("/drills/join/{token}"), "nobody", &[]).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    assert!(r.text().await.unwrap().contains("already used"));
    let r = post(
        &app,
        "/drills/join/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "nobody",
        &[],
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // No seat, no drill.
    assert_eq!(
        get(&app, "/drills/play/", "nobody").await.0,
        StatusCode::NOT_FOUND
    );
    let (status, _) = seat_page(&app, "cyberindex_drill=not-a-session").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    for (path, form, field) in [
        (
            format!("/drills/{id}/injects/I-03"),
            vec![("act", "explode")],
            "act",
        ),
        (
            format!("/drills/{id}/injects/I-03"),
            vec![("act", "move"), ("minutes", "soon")],
            "minutes",
        ),
        (
            format!("/drills/{id}/injects/I-03"),
            vec![("act", "move"), ("minutes", "99999")],
            "minutes",
        ),
        (format!("/drills/{id}/step"), vec![("step", "fly")], "step"),
        (
            format!("/drills/{id}/links"),
            vec![("role", "king"), ("team", "")],
            "role",
        ),
        (
            format!("/drills/{id}/links"),
            vec![("role", "player"), ("team", "")],
            "team",
        ),
    ] {
        let r = app
            .page(Method::POST, &path, "admin")
            .header("Accept", "application/json")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path} {form:?}"
        );
        let body = r.text().await.unwrap();
        assert!(body.contains(field), "{path} {form:?}: {body}");
    }
    // Responding before the drill runs is refused, and an empty response is named.
    // The seat comes back with the reason and, as no form is open, the text to copy.
    let r = respond(&app, &ken, "I-01", "early <b>words</b>", None).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("class=\"error-summary\"")
            && page.contains("<textarea id=\"unsent\" rows=\"3\" readonly>early &#60;b&#62;words&#60;/b&#62;</textarea>"),
        "{page}"
    );
    post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "start")],
    )
    .await;
    let r = respond(&app, &ken, "I-01", "  ", None).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("<a href=\"#text-I-01-0\">")
            && page.contains("<p id=\"text-error-I-01-0\" class=\"field-error\">")
            && page.contains("text-error-I-01-0\" aria-invalid=\"true\""),
        "{page}"
    );
    // Nothing was kept of the refused response.
    assert!(
        app.state
            .store
            .drill_responses(id, Some(STAFF_TEAM))
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_demo_has_drills_in_every_state_before_the_report() {
    use cyberindex_server::service::{demo, demo_drills};
    use cyberindex_store::DrillStatus;
    let app = TestApp::new().await;
    let store = &app.state.store;
    demo::seed_directory(store).await.unwrap();
    let started = std::time::Instant::now();
    let made = demo_drills::seed_drills(store).await.unwrap();
    eprintln!("seed_drills: {made} drills in {:?}", started.elapsed());
    assert_eq!(made, 5);
    // Seeding again adds nothing.
    assert_eq!(demo_drills::seed_drills(store).await.unwrap(), 0);
    let drills = store.drills().await.unwrap();
    for status in [
        DrillStatus::Planned,
        DrillStatus::CommsCheck,
        DrillStatus::Running,
        DrillStatus::Paused,
        DrillStatus::Ended,
    ] {
        assert!(
            drills.iter().any(|d| d.status == status),
            "no demonstration drill is {status:?}"
        );
    }
    for d in &drills {
        assert!(d.title.starts_with("Demonstration"), "{}", d.title);
        assert_eq!(store.drill_teams(d.id).await.unwrap().len(), 5);
    }
    // The finished drill: every inject out but those whose condition never held (skipped),
    // every team answered, verdicts of every kind.
    let finished = drills
        .iter()
        .find(|d| d.status == DrillStatus::Ended)
        .unwrap();
    let injects = store.drill_injects(finished.id).await.unwrap();
    let released = injects
        .iter()
        .filter(|i| i.status == cyberindex_store::InjectStatus::Released)
        .count();
    assert!(released >= 11, "{injects:?}");
    assert!(
        injects.iter().all(|i| matches!(
            i.status,
            cyberindex_store::InjectStatus::Released | cyberindex_store::InjectStatus::Skipped
        )),
        "{injects:?}"
    );
    let verdicts = store.drill_evaluations(finished.id, None).await.unwrap();
    for result in [
        cyberindex_store::EvaluationResult::Success,
        cyberindex_store::EvaluationResult::Partial,
        cyberindex_store::EvaluationResult::Failed,
    ] {
        assert!(verdicts.iter().any(|v| v.result == result), "{result:?}");
    }
    for team in [
        "ken-cirt-demo",
        "gha-cirt-demo",
        "nga-cirt-demo",
        "sen-cirt-demo",
        "rwa-cirt-demo",
    ] {
        assert!(
            !store
                .drill_responses(finished.id, Some(team))
                .await
                .unwrap()
                .is_empty(),
            "{team} answered nothing"
        );
    }
    // Its lessons (named and anonymous) and its improvement plan, an item in each status.
    let lessons = store.drill_lessons(finished.id).await.unwrap();
    assert!(lessons.iter().any(|l| l.anonymous && l.team_id.is_none()));
    assert!(lessons.iter().any(|l| !l.anonymous && l.team_id.is_some()));
    let plan = store.drill_improvements(finished.id).await.unwrap();
    for status in [
        cyberindex_store::RoadmapStatus::Open,
        cyberindex_store::RoadmapStatus::InProgress,
        cyberindex_store::RoadmapStatus::Done,
    ] {
        assert!(plan.iter().any(|i| i.status == status), "{status:?}");
    }
    // The console of each answers the secretariat.
    for d in &drills {
        let (status, page) = get(&app, &format!("/drills/{}/", d.id), "admin").await;
        assert_eq!(status, StatusCode::OK, "{}", d.title);
        assert!(page.contains("Demonstration"));
    }
}

/// Posts `form` as `who` asking for JSON; asserts the status and that the body names `field`.
async fn refused(app: &TestApp, path: &str, who: &str, form: &[(&str, &str)], field: &str) {
    let r = app
        .page(Method::POST, path, who)
        .header("Accept", "application/json")
        .form(form)
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "{path} {form:?}"
    );
    let body = r.text().await.unwrap();
    assert!(body.contains(field), "{path} {form:?}: {body}");
}

#[tokio::test]
async fn the_secretariat_plans_a_drill_and_adds_teams_on_the_web() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    Planner::command_line()
        .import_scenario(store, SCENARIO, ScenarioFormat::Toml)
        .await
        .unwrap();
    // Only the secretariat plans.
    let (status, page) = get(&app, "/drills/new", "admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("health-ransomware@1.0.0"), "{page}");
    assert_eq!(
        get(&app, "/drills/new", "team-staff-ken").await.0,
        StatusCode::NOT_FOUND
    );
    let form = [
        ("scenario", "health-ransomware@1.0.0"),
        ("title", "Web drill"),
        ("level", "national"),
        ("mode", "hybrid"),
        ("host", "Test ministry"),
        ("host_team", STAFF_TEAM),
        ("time_zone", "UTC+03:00"),
        ("start", "2026-12-10T09:00"),
        ("languages", "en,fr"),
        ("public_results", "1"),
    ];
    // Each bad field is named, and nothing is created.
    for (field, value) in [
        ("time_zone", "Mars/Olympus"),
        ("start", "tomorrow"),
        ("level", "galactic"),
        ("mode", "live-fire"),
        ("scenario", "no-version"),
        ("languages", "xx"),
        ("title", " "),
    ] {
        let bad: Vec<(&str, &str)> = form
            .iter()
            .map(|&(k, v)| if k == field { (k, value) } else { (k, v) })
            .collect();
        // The form comes back with the message beside the field and what was typed kept.
        let r = post(&app, "/drills/new", "admin", &bad).await;
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let page = r.text().await.unwrap();
        assert!(
            page.contains(&format!("<a href=\"#{field}\">"))
                && page.contains(&format!("<p id=\"{field}-error\" class=\"field-error\">"))
                && page.contains(&format!("id=\"{field}\"")),
            "{field}: {page}"
        );
        let invalid = page
            .find("aria-invalid=\"true\"")
            .expect("a field is marked");
        assert!(
            page[..invalid]
                .rfind("id=\"")
                .map(|at| &page[at + 4..at + 4 + field.len()])
                == Some(field),
            "{field}: the marked field is the bad one"
        );
        if field != "title" {
            assert!(page.contains("value=\"Web drill\""), "{field}: {page}");
        }
        if matches!(field, "time_zone" | "start") {
            assert!(page.contains(&format!("value=\"{value}\"")), "{page}");
        }
        if field != "mode" {
            assert!(
                page.contains("<option value=\"hybrid\" selected>"),
                "{page}"
            );
        }
    }
    let mut unknown = form.to_vec();
    unknown.push(("colour", "red"));
    refused(&app, "/drills/new", "admin", &unknown, "colour").await;
    assert!(store.drills().await.unwrap().is_empty());
    let r = post(&app, "/drills/new", "admin", &form).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let drill = store.drills().await.unwrap().pop().unwrap();
    assert_eq!(r.headers()["location"], format!("/drills/{}/", drill.id));
    // 09:00 at UTC+03:00 is 06:00 UTC.
    assert_eq!(drill.start_at, 1_796_882_400_000);
    assert_eq!(drill.languages, "en,fr");
    assert_eq!(drill.mode, DrillMode::Hybrid);
    assert!(drill.public_results);
    assert_eq!(drill.host_team_id.as_deref(), Some(STAFF_TEAM));

    // The host team's staff now run it, and add their team with its role and consent.
    let teams = format!("/drills/{}/teams", drill.id);
    refused(
        &app,
        &teams,
        "team-staff-ken",
        &[("team", STAFF_TEAM), ("roles", "goalkeeper")],
        "goalkeeper",
    )
    .await;
    refused(
        &app,
        &teams,
        "team-staff-ken",
        &[("roles", "national-cirt")],
        "team",
    )
    .await;
    let r = post(
        &app,
        &teams,
        "team-staff-ken",
        &[
            ("team", STAFF_TEAM),
            ("roles", "national-cirt"),
            ("consent", "1"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let added = store.drill_teams(drill.id).await.unwrap();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].roles, "national-cirt");
    assert!(added[0].evidence_consent);
    // A contributor of another country cannot.
    let r = post(&app, &teams, "contributor-ken", &[("team", STAFF_TEAM)]).await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let (_, page) = get(&app, &format!("/drills/{}/", drill.id), "admin").await;
    assert!(page.contains("Kenya Test CIRT"), "{page}");
}

#[tokio::test]
async fn documents_lessons_improvements_and_the_programme() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    let id = drill(&app).await;
    let ken = join(&app, &player_link(&app, id, STAFF_TEAM).await).await;
    let fra = join(&app, &player_link(&app, id, OTHER_TEAM).await).await;
    // No questionnaire before the drill starts.
    let (_, page) = seat_page(&app, &ken).await;
    assert!(!page.contains("Lessons learned"), "{page}");
    post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "start")],
    )
    .await;

    // A document as a response: kept, offered to the team and the facilitator, not to France.
    let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
    let r = respond(
        &app,
        &ken,
        "I-01",
        "",
        Some(("situation-report.pdf", pdf.clone())),
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let response = store
        .drill_responses(id, Some(STAFF_TEAM))
        .await
        .unwrap()
        .pop()
        .unwrap();
    assert_eq!(response.file_name.as_deref(), Some("situation-report.pdf"));
    let (_, page) = seat_page(&app, &ken).await;
    assert!(
        page.contains(&format!("/drills/play/responses/{}/file", response.id)),
        "{page}"
    );
    let own = seat(
        &app,
        &ken,
        Method::GET,
        &format!("/drills/play/responses/{}/file", response.id),
    )
    .await
    .send()
    .await
    .unwrap();
    assert_eq!(own.status(), StatusCode::OK);
    assert_eq!(own.headers()["content-type"], "application/octet-stream");
    assert!(
        own.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(own.bytes().await.unwrap().to_vec(), pdf);
    let other = seat(
        &app,
        &fra,
        Method::GET,
        &format!("/drills/play/responses/{}/file", response.id),
    )
    .await
    .send()
    .await
    .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
    let r = app
        .page(
            Method::GET,
            &format!("/drills/{id}/responses/{}/file", response.id),
            "admin",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        get(
            &app,
            &format!("/drills/{id}/responses/{}/file", response.id),
            "team-staff-ken"
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    // A file of a type that is not allowed is refused, and no response is added.
    let r = respond(
        &app,
        &ken,
        "I-01",
        "see attached",
        Some(("page.html", b"<html><script>x</script></html>".to_vec())),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // The text stays typed; the reason is beside the file.
    let page = r.text().await.unwrap();
    assert!(
        page.contains("<a href=\"#file-I-01-0\">")
            && page.contains("<p id=\"file-error-I-01-0\" class=\"field-error\">")
            && page.contains(">see attached</textarea>"),
        "{page}"
    );
    assert_eq!(
        store
            .drill_responses(id, Some(STAFF_TEAM))
            .await
            .unwrap()
            .len(),
        1
    );

    // The lessons questionnaire: an anonymous answer keeps no team; a named one does.
    let (_, page) = seat_page(&app, &ken).await;
    assert!(page.contains("Lessons learned"), "{page}");
    let lessons = |cookie: &str, form: Vec<(&'static str, &'static str)>| {
        let cookie = cookie.to_string();
        let app = &app;
        async move {
            seat(app, &cookie, Method::POST, "/drills/play/lessons")
                .await
                .header("Accept", "application/json")
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };
    let r = lessons(&ken, vec![("went-well", " "), ("next", "")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = lessons(&ken, vec![("went-well", "ok"), ("mood", "fine")]).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("mood"));
    assert!(store.drill_lessons(id).await.unwrap().is_empty());
    let r = lessons(
        &ken,
        vec![
            ("went-well", "Escalation to the ministry within minutes."),
            ("missing", "An out-of-band phone list."),
            ("anonymous", "1"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = lessons(&fra, vec![("procedures", "Our press line.")]).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let answers = store.drill_lessons(id).await.unwrap();
    assert_eq!(answers.len(), 3);
    assert!(
        answers
            .iter()
            .filter(|a| a.anonymous)
            .all(|a| a.team_id.is_none() && a.link_id.is_none())
    );
    assert_eq!(
        answers
            .iter()
            .find(|a| !a.anonymous)
            .and_then(|a| a.team_id.as_deref()),
        Some(OTHER_TEAM)
    );
    let (_, page) = get(&app, &format!("/drills/{id}/"), "admin").await;
    assert!(
        page.contains("An out-of-band phone list.") && page.contains("anonymous"),
        "{page}"
    );

    // The improvement plan: added, changed on its version, a stale change refused.
    let plan = format!("/drills/{id}/improvements");
    refused(
        &app,
        &plan,
        "admin",
        &[("issue", "x"), ("action", "y"), ("parameter", "Z-99")],
        "Z-99",
    )
    .await;
    refused(
        &app,
        &plan,
        "admin",
        &[("issue", "x"), ("action", "y"), ("due_on", "soon")],
        "soon",
    )
    .await;
    let r = post(
        &app,
        &plan,
        "admin",
        &[
            ("issue", "No out-of-band contact list"),
            ("action", "Keep a printed list of the sector's contacts"),
            ("owner", "KE-CIRT duty manager"),
            ("due_on", "2027-03-31"),
            ("team", STAFF_TEAM),
            ("parameter", "P-9"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let item = store.drill_improvements(id).await.unwrap().pop().unwrap();
    assert_eq!(item.parameter.as_deref(), Some("P-9"));
    let change = |version: &'static str| {
        vec![
            ("issue", "No out-of-band contact list"),
            ("action", "Keep a printed list of the sector's contacts"),
            ("status", "in_progress"),
            ("version", version),
        ]
    };
    let path = format!("/drills/{id}/improvements/{}", item.id);
    let r = post(&app, &path, "admin", &change("1")).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = post(&app, &path, "admin", &change("1")).await;
    assert_eq!(r.status(), StatusCode::CONFLICT);
    let item = store.drill_improvement(item.id).await.unwrap();
    assert_eq!(item.status, cyberindex_store::RoadmapStatus::InProgress);
    assert_eq!(item.team_id, None);

    // The programme: every drill with its countries; a country's history; bad filters named.
    let (status, page) = get(&app, "/drills/programme", "admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Test regional drill") && page.contains("Kenya") && page.contains("France"),
        "{page}"
    );
    assert!(page.contains("1 of 2 teams responded"), "{page}");
    let (_, page) = get(&app, "/drills/programme?country=KEN", "admin").await;
    assert!(page.contains("Kenya: drills taken part in"), "{page}");
    let (_, page) = get(&app, "/drills/programme?year=1999", "admin").await;
    assert!(!page.contains("Test regional drill"), "{page}");
    let (_, page) = get(&app, "/drills/programme?region=europe", "admin").await;
    assert!(page.contains("Test regional drill"), "{page}");
    for (query, named) in [
        ("year=20x6", "20x6"),
        ("country=XXX", "XXX"),
        ("region=moon", "region"),
    ] {
        let r = app
            .page(Method::GET, &format!("/drills/programme?{query}"), "admin")
            .header("Accept", "application/json")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{query}");
        assert!(r.text().await.unwrap().contains(named), "{query}");
    }
    assert_eq!(
        get(&app, "/drills/programme", "team-staff-ken").await.0,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn a_finished_drill_is_offered_as_maturity_evidence_with_the_teams_consent() {
    let mut app = TestApp::new().await;
    let id = drill(&app).await;
    // France's staff, to be the assessment's peer reviewer.
    let reviewer = common::maturity::staff_of(&mut app, OTHER_TEAM).await;
    let app = app;
    let store = &app.state.store;
    let ken = join(&app, &player_link(&app, id, STAFF_TEAM).await).await;
    post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "start")],
    )
    .await;
    let r = respond(&app, &ken, "I-01", "Acknowledged.", None).await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let r = post(
        &app,
        &format!("/drills/{id}/evaluate"),
        "admin",
        &[
            ("team", STAFF_TEAM),
            ("inject", "I-01"),
            ("expectation", "0"),
            ("result", "partial"),
            ("version", "0"),
        ],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let assessment = common::maturity::start_assessment(&app).await;
    let page = format!("/maturity/{assessment}/");
    // While the drill runs, nothing is offered.
    let (_, html) = get(&app, &page, "team-staff-ken").await;
    assert!(!html.contains("Results of CyberDrills"), "{html}");
    post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "end")],
    )
    .await;
    // Without the team's consent, nothing is offered.
    store
        .add_drill_team(id, STAFF_TEAM, "national-cirt", false, None)
        .await
        .unwrap();
    let (_, html) = get(&app, &page, "team-staff-ken").await;
    assert!(!html.contains("Results of CyberDrills"), "{html}");
    store
        .add_drill_team(id, STAFF_TEAM, "national-cirt", true, None)
        .await
        .unwrap();
    // Ended: I-01's first expectation is linked to P-9; the team's partial (50) shows there.
    let (_, html) = get(&app, &page, "team-staff-ken").await;
    assert!(html.contains("Results of CyberDrills"), "{html}");
    assert!(
        html.contains("Test regional drill")
            && html.contains("50 against a target of 100 on 1 expectations"),
        "{html}"
    );
    // Attaching it makes the team's copy of the report a file of P-9's evidence, and it is
    // offered no more.
    let form = format!(
        "<form method=\"post\" id=\"drill-P-9-{id}\" action=\"/maturity/{assessment}/drill-evidence\">"
    );
    assert!(html.contains(&form), "{html}");
    let attach = |parameter: &'static str, who: &'static str| {
        let app = &app;
        let drill = id.to_string();
        async move {
            app.page(
                Method::POST,
                &format!("/maturity/{assessment}/drill-evidence"),
                who,
            )
            .form(&[("parameter", parameter), ("drill", drill.as_str())])
            .send()
            .await
            .unwrap()
        }
    };
    // Not for a parameter the drill does not link to, nor by another team's staff.
    let r = attach("P-1", "team-staff-ken").await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("This CyberDrill result is not offered"),
        "the error says why"
    );
    assert_eq!(
        attach("P-9", "other-staff").await.status(),
        StatusCode::NOT_FOUND
    );
    let r = attach("P-9", "team-staff-ken").await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER, "{:?}", r.text().await);
    let evidence = store.maturity_evidence(assessment, false).await.unwrap();
    let stem = format!("drill-{id}-report-{STAFF_TEAM}-");
    let item = evidence
        .iter()
        .find(|e| e.parameter == "P-9")
        .expect("the drill's evidence");
    assert!(
        item.file_name
            .as_deref()
            .is_some_and(|n| n.starts_with(&stem))
            && item.media_type.as_deref() == Some("application/pdf")
            && item.title.contains("Test regional drill"),
        "{item:?}"
    );
    assert_eq!(evidence.len(), 1, "{evidence:?}");
    // Twice is refused: it is attached already.
    assert_eq!(
        attach("P-9", "team-staff-ken").await.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // The team's staff open it without any access to the drill (whose own report address
    // stays closed to them), and so does the assessment's peer reviewer once assigned.
    let file = format!("/maturity/{assessment}/evidence/{}/file", item.id);
    assert_eq!(
        get(
            &app,
            &format!("/drills/{id}/report.pdf?team={STAFF_TEAM}"),
            "team-staff-ken"
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    let download = |who: &'static str| {
        let app = &app;
        let file = file.clone();
        async move {
            let r = app.page(Method::GET, &file, who).send().await.unwrap();
            (r.status(), r.bytes().await.unwrap())
        }
    };
    let (status, bytes) = download("team-staff-ken").await;
    assert_eq!(status, StatusCode::OK);
    assert!(bytes.starts_with(b"%PDF"));
    assert_eq!(download("other-staff").await.0, StatusCode::NOT_FOUND);
    let admin = store
        .users()
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.role == cyberindex_store::Role::Admin)
        .unwrap();
    let version = store.assessment(assessment).await.unwrap().version;
    cyberindex_workflow::maturity::assign_reviewer(
        store,
        &admin,
        assessment,
        version,
        Some(reviewer),
    )
    .await
    .unwrap();
    let (status, reviewed) = download("other-staff").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(reviewed, bytes, "the same frozen copy");
    let (_, html) = get(&app, &page, "team-staff-ken").await;
    assert!(!html.contains(&format!("id=\"drill-P-9-{id}\"")), "{html}");
}

#[tokio::test]
async fn the_api_runs_a_drill_as_the_console_does() {
    let app = TestApp::new().await;
    let id = drill(&app).await;
    let call =
        |method: Method, path: String, who: &'static str, body: Option<serde_json::Value>| {
            let app = &app;
            async move {
                let mut r = app.api(method, &path, who);
                if let Some(b) = body {
                    r = r.json(&b);
                }
                let r = r.send().await.unwrap();
                let status = r.status();
                let text = r.text().await.unwrap();
                (status, text)
            }
        };
    let (status, list) = call(Method::GET, "/api/v1/drills".into(), "admin", None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.contains("Test regional drill"), "{list}");
    let (_, list) = call(Method::GET, "/api/v1/drills".into(), "team-staff-ken", None).await;
    assert_eq!(list, "[]");
    let one = format!("/api/v1/drills/{id}");
    assert_eq!(
        call(Method::GET, one.clone(), "team-staff-ken", None)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let (status, body) = call(Method::GET, one.clone(), "admin", None).await;
    assert_eq!(status, StatusCode::OK);
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["drill"]["status"], "planned");
    assert_eq!(doc["timeline"].as_array().unwrap().len(), 12);
    assert_eq!(doc["teams"].as_array().unwrap().len(), 2);

    // Start: the first inject goes out.
    let (status, body) = call(
        Method::POST,
        format!("{one}/step"),
        "admin",
        Some(serde_json::json!({"step": "start"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(doc["drill"]["status"], "running");
    let first = doc["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["inject"] == "I-01")
        .unwrap();
    assert_eq!(first["status"], "released");
    // Releasing what went out already (the server's own release may beat a click) is not
    // refused: the drill as it is.
    let (status, body) = call(
        Method::POST,
        format!("{one}/injects/I-01"),
        "admin",
        Some(serde_json::json!({"act": "release"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Starting again, moving a released inject: 409; bad bodies: 422 naming the field.
    for (path, body, expected, named) in [
        (
            "step",
            serde_json::json!({"step": "start"}),
            StatusCode::CONFLICT,
            "",
        ),
        (
            "injects/I-01",
            serde_json::json!({"act": "move", "minutes": 5}),
            StatusCode::CONFLICT,
            "I-01",
        ),
        (
            "step",
            serde_json::json!({"step": "fly"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "step",
        ),
        (
            "injects/I-02",
            serde_json::json!({"act": "dance"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "act",
        ),
        (
            "injects/I-02",
            serde_json::json!({"act": "move", "minutes": 99999}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "minutes",
        ),
        (
            "injects/I-02",
            serde_json::json!({"act": "hold", "colour": "red"}),
            StatusCode::UNPROCESSABLE_ENTITY,
            "colour",
        ),
    ] {
        let (status, text) = call(
            Method::POST,
            format!("{one}/{path}"),
            "admin",
            Some(body.clone()),
        )
        .await;
        assert_eq!(status, expected, "{path} {body}: {text}");
        assert!(text.contains(named), "{path} {body}: {text}");
    }
    // Hold I-02, then move it: the timeline shows both.
    let (status, _) = call(
        Method::POST,
        format!("{one}/injects/I-02"),
        "admin",
        Some(serde_json::json!({"act": "hold"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = call(
        Method::POST,
        format!("{one}/injects/I-02"),
        "admin",
        Some(serde_json::json!({"act": "move", "minutes": 90})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    let second = doc["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["inject"] == "I-02")
        .unwrap();
    assert_eq!(second["status"], "held");
    assert_eq!(second["at"], 5400);
    assert_eq!(second["edited"], true);
    // The report as data: the full one, a team's copy, never for a team's staff who do not
    // run it; a language the drill lacks is named.
    let (status, body) = call(Method::GET, format!("{one}/report"), "admin", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["variant"], "full");
    assert_eq!(report["timeline"].as_array().unwrap().len(), 12);
    assert_eq!(report["teams"].as_array().unwrap().len(), 2);
    let (status, body) = call(
        Method::GET,
        format!("{one}/report?team={OTHER_TEAM}"),
        "admin",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let report: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(report["variant"], "team");
    let teams = report["teams"].as_array().unwrap();
    assert!(teams.len() == 1 && teams[0]["team"] == OTHER_TEAM, "{body}");
    assert!(!body.contains(STAFF_TEAM), "{body}");
    assert_eq!(
        call(Method::GET, format!("{one}/report"), "team-staff-ken", None)
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let (status, body) = call(Method::GET, format!("{one}/report?lang=xx"), "admin", None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("xx"), "{body}");
    // Another team's staff cannot act.
    assert_eq!(
        call(
            Method::POST,
            format!("{one}/step"),
            "team-staff-ken",
            Some(serde_json::json!({"step": "end"}))
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
}

/// Every cell of every sheet of a workbook, as one text.
fn workbook_text(bytes: &[u8], sheets: &[&str]) -> String {
    let mut text = String::new();
    for sheet in sheets {
        for (_, row) in cyberindex_answers::xlsx_table(bytes, sheet).unwrap() {
            text.push_str(&row.join("\t"));
            text.push('\n');
        }
    }
    text
}

const SHEETS: [&str; 6] = [
    "Summary",
    "Timeline",
    "Results by team",
    "Aggregate",
    "Improvement plan",
    "Lessons",
];

async fn download(app: &TestApp, path: &str, who: &str) -> (StatusCode, Vec<u8>) {
    let r = app.page(Method::GET, path, who).send().await.unwrap();
    (r.status(), r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn the_report_of_the_demos_finished_drill_is_the_same_bytes_and_a_teams_copy_is_its_own() {
    use cyberindex_server::service::{demo, demo_drills};
    let app = TestApp::new().await;
    let store = &app.state.store;
    demo::seed_directory(store).await.unwrap();
    demo_drills::seed_drills(store).await.unwrap();
    let id = store
        .drills()
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.status == cyberindex_store::DrillStatus::Ended)
        .unwrap()
        .id;
    let (status, page) = get(&app, &format!("/drills/{id}/"), "admin").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains(&format!("/drills/{id}/report.pdf")), "{page}");

    // The same drill, the same bytes.
    for ext in ["pdf", "xlsx"] {
        let path = format!("/drills/{id}/report.{ext}");
        let (status, a) = download(&app, &path, "admin").await;
        assert_eq!(status, StatusCode::OK, "{path}");
        let (_, b) = download(&app, &path, "admin").await;
        assert!(a == b, "{path}: two downloads differ");
    }
    // In Arabic too (right to left); both kept under the target folder for a look.
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("drill-reports");
    std::fs::create_dir_all(&dir).unwrap();
    for lang in ["en", "ar"] {
        let path = format!("/drills/{id}/report.pdf?lang={lang}");
        let (status, pdf) = download(&app, &path, "admin").await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(pdf.starts_with(b"%PDF"));
        std::fs::write(dir.join(format!("demo-{lang}.pdf")), pdf).unwrap();
    }
    let (_, full) = download(&app, &format!("/drills/{id}/report.xlsx"), "admin").await;
    let names: Vec<(String, String)> = {
        let mut out = Vec::new();
        for t in store.drill_teams(id).await.unwrap() {
            let name = store.team(&t.team_id).await.unwrap().official_name;
            out.push((t.team_id, name));
        }
        out
    };
    let full = workbook_text(&full, &SHEETS);
    for (_, name) in &names {
        assert!(full.contains(name.as_str()), "the full report lacks {name}");
    }

    // The improvement plan and the lessons: an anonymous answer without its team, the
    // questionnaire's questions in words.
    for wanted in [
        "could not be reached",
        "Press statements",
        "Anonymous",
        "escalation to the ministry was quick",
        "What should the next drill do differently?",
    ] {
        assert!(full.contains(wanted), "the full report lacks {wanted}");
    }
    // Another team's improvement item and lessons are not in a team's copy; its own item and
    // the drill-wide one are (Ghana answered anonymously: no answer is its own).
    let (status, gha) = download(
        &app,
        &format!("/drills/{id}/report.xlsx?team=gha-cirt-demo"),
        "admin",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let gha = workbook_text(&gha, &SHEETS);
    assert!(
        gha.contains("Press statements") && gha.contains("screenshots"),
        "{gha}"
    );
    for unwanted in [
        "could not be reached",
        "escalation to the ministry was quick",
    ] {
        assert!(!gha.contains(unwanted), "Ghana's copy holds {unwanted}");
    }

    // A team's copy names no other team, in the workbook and in the PDF.
    let (own, own_name) = &names[0];
    let (status, copy) = download(
        &app,
        &format!("/drills/{id}/report.xlsx?team={own}"),
        "admin",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let copy = workbook_text(&copy, &SHEETS);
    assert!(copy.contains(own_name.as_str()), "{copy}");
    let (status, pdf) = download(
        &app,
        &format!("/drills/{id}/report.pdf?team={own}"),
        "admin",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let pdf_text = pdftotext(&pdf);
    for (team, name) in &names[1..] {
        assert!(!copy.contains(name.as_str()), "{own}'s copy names {name}");
        assert!(!copy.contains(team.as_str()), "{own}'s copy names {team}");
        if let Some(text) = &pdf_text {
            assert!(!text.contains(name.as_str()), "{own}'s PDF names {name}");
        }
    }

    // Nobody else's: a team that does not take part, a reader who does not run the drill, a
    // language the drill does not have.
    for (path, who, expected) in [
        (
            format!("/drills/{id}/report.pdf?team=nobody"),
            "admin",
            StatusCode::NOT_FOUND,
        ),
        (
            format!("/drills/{id}/report.xlsx"),
            "team-staff-ken",
            StatusCode::NOT_FOUND,
        ),
        (
            format!("/drills/{id}/report.pdf?lang=xx"),
            "admin",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let (status, _) = download(&app, &path, who).await;
        assert_eq!(status, expected, "{path} as {who}");
    }
}

/// The PDF's text through `pdftotext` (poppler-utils), if it is installed.
fn pdftotext(pdf: &[u8]) -> Option<String> {
    use std::io::Write;
    let mut child = std::process::Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(pdf).ok()?;
    let out = child.wait_with_output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[tokio::test]
async fn a_player_reads_its_own_teams_report_once_the_drill_is_over_and_no_other() {
    use cyberindex_workflow::drill::{DrillError, Move, public_report};
    let app = TestApp::new().await;
    let id = drill(&app).await;
    let store = &app.state.store;
    let token = player_link(&app, id, STAFF_TEAM).await;
    let cookie = join(&app, &token).await;
    let report = |path: &'static str| {
        let (app, cookie) = (&app, cookie.clone());
        async move {
            seat(app, &cookie, Method::GET, path)
                .await
                .send()
                .await
                .unwrap()
        }
    };
    let view = View::of_command_line(store, id).await.unwrap();
    let now = cyberindex_store::now_ms();
    view.console()
        .unwrap()
        .step(store, Move::Start, now)
        .await
        .unwrap();
    // While it runs the report is refused, and the seat offers none.
    assert_eq!(
        report("/drills/play/report.pdf").await.status(),
        StatusCode::CONFLICT
    );
    assert!(
        !seat_page(&app, &cookie)
            .await
            .1
            .contains("/drills/play/report.pdf")
    );
    view.console()
        .unwrap()
        .step(store, Move::End, now + 1000)
        .await
        .unwrap();
    let (_, page) = seat_page(&app, &cookie).await;
    assert!(page.contains("/drills/play/report.pdf"), "{page}");
    let r = report("/drills/play/report.pdf").await;
    assert_eq!(r.status(), StatusCode::OK);
    let pdf = r.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF"));
    if let Some(text) = pdftotext(&pdf) {
        assert!(!text.contains("France Test CIRT"), "{text}");
    }
    // Marked reported on the console, the report stays the player's.
    let (_, console) = get(&app, &format!("/drills/{id}/"), "admin").await;
    assert!(console.contains(r#"value="report""#), "{console}");
    let r = post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "report")],
    )
    .await;
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        store.drill(id).await.unwrap().status,
        cyberindex_store::DrillStatus::Reported
    );
    assert_eq!(
        report("/drills/play/report.pdf").await.status(),
        StatusCode::OK
    );
    // Another team's copy is 404, as a team that is not there.
    for path in [
        "/drills/play/report.pdf?team=fra-test-cirt",
        "/drills/play/report.pdf?team=nobody",
    ] {
        assert_eq!(report(path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
    // The host did not agree to publish: there is no public copy.
    assert!(matches!(
        public_report(store, id, "en").await,
        Err(DrillError::NotFound)
    ));
}

#[tokio::test]
async fn the_public_copy_exists_only_when_the_host_agreed_and_names_no_team() {
    use cyberindex_drill::report::{Variant, write_xlsx};
    use cyberindex_workflow::drill::{DrillError, Move, public_report};
    let app = TestApp::new().await;
    let store = &app.state.store;
    let first = drill(&app).await;
    let stored = store.drill(first).await.unwrap();
    let planner = Planner::command_line();
    let agreed = planner
        .create(
            store,
            &DrillForm {
                scenario_id: stored.scenario_id.clone(),
                scenario_version: stored.scenario_version.clone(),
                title: "Public drill".into(),
                level: DrillLevel::National,
                host: "Test ministry".into(),
                host_team: None,
                time_zone: "UTC".into(),
                start_at: cyberindex_store::now_ms(),
                mode: DrillMode::Hybrid,
                languages: vec!["en".into(), "ar".into()],
                public_results: true,
            },
        )
        .await
        .unwrap();
    let view = View::of_command_line(store, agreed.id).await.unwrap();
    let console = view.console().unwrap();
    for team in [STAFF_TEAM, OTHER_TEAM] {
        console
            .add_team(store, team, &["national-cirt"], false)
            .await
            .unwrap();
    }
    // Not before it ends, even with the host's agreement.
    let now = cyberindex_store::now_ms();
    console.step(store, Move::Start, now).await.unwrap();
    assert!(matches!(
        public_report(store, agreed.id, "en").await,
        Err(DrillError::NotFound)
    ));
    console.step(store, Move::End, now + 1000).await.unwrap();
    let public = public_report(store, agreed.id, "en").await.unwrap();
    assert_eq!(public.variant, Variant::Public);
    assert!(public.teams.is_empty() && public.improvements.is_empty() && public.lessons.is_empty());
    assert_eq!(public.aggregate.teams, 2);
    let labels =
        |key: &str, args: &[(&str, &str)]| cyberindex_server::i18n::Tr::new("en").ta(key, args);
    let bytes = write_xlsx(&public, &labels).unwrap();
    let text = workbook_text(&bytes, &SHEETS);
    for name in ["France Test CIRT", OTHER_TEAM, STAFF_TEAM] {
        assert!(!text.contains(name), "the public copy names {name}");
    }
    // A language the drill does not have is refused; the drill without agreement has none.
    assert!(matches!(
        public_report(store, agreed.id, "fr").await,
        Err(DrillError::Language { .. })
    ));
    assert!(matches!(
        public_report(store, first, "en").await,
        Err(DrillError::NotFound)
    ));

    // On the web, for anyone without signing in: the list, the page and the two files, none
    // naming a team; the drill without agreement is not there.
    let (status, page) = get(&app, "/drills/results/", "anyone").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains(&format!("href=\"/drills/results/{}/\"", agreed.id))
            && !page.contains("Test regional drill"),
        "{page}"
    );
    let (status, page) = get(&app, &format!("/drills/results/{}/", agreed.id), "anyone").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        page.contains("Public drill") && page.contains("I-12"),
        "{page}"
    );
    for name in [
        "France Test CIRT",
        "Kenya Test CIRT",
        OTHER_TEAM,
        STAFF_TEAM,
    ] {
        assert!(!page.contains(name), "the public page names {name}");
    }
    // In Arabic for a reader who reads Arabic, right to left, the scenario's texts in the
    // drill's Arabic.
    let r = app
        .page(
            Method::GET,
            &format!("/drills/results/{}/", agreed.id),
            "anyone",
        )
        .header("Accept-Language", "ar")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("dir=\"rtl\"") && page.contains("نتائج تمارين CyberDrill"),
        "{page}"
    );
    let r = app
        .page(
            Method::GET,
            &format!("/drills/results/{}/report.pdf", agreed.id),
            "anyone",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.bytes().await.unwrap().starts_with(b"%PDF"));
    let r = app
        .page(
            Method::GET,
            &format!("/drills/results/{}/report.xlsx?lang=ar", agreed.id),
            "anyone",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let text = workbook_text(&r.bytes().await.unwrap(), &SHEETS);
    assert!(!text.contains("France Test CIRT"));
    assert_eq!(
        get(
            &app,
            &format!("/drills/results/{first}/report.pdf"),
            "anyone"
        )
        .await
        .0,
        StatusCode::NOT_FOUND
    );
    // Each file is typeset on request: a client has an allowance (10 at once), then 429.
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let r = app
            .page(
                Method::GET,
                &format!("/drills/results/{}/report.xlsx", agreed.id),
                "anyone",
            )
            .send()
            .await
            .unwrap();
        statuses.push(r.status());
    }
    assert!(
        statuses.contains(&StatusCode::OK)
            && statuses.last() == Some(&StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );
    for path in [
        format!("/drills/results/{first}/"),
        "/drills/results/999999/".to_string(),
    ] {
        assert_eq!(
            get(&app, &path, "anyone").await.0,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
}
