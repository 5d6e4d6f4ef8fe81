//! CyberDrills through the pages (issue 18): the secretariat issues single-use links from the
//! console, players join without accounts, the drill starts and its first inject goes out, the
//! facilitator moves another inject to now and the background release sends it, a player
//! responds, the facilitator records a verdict the team then sees. Around it: a team never
//! sees another team's injects or responses, a used or withdrawn link opens nothing, staff of a
//! team that does not host the drill get 404, and bad input is 422 naming its field. The
//! after-action report: the same bytes for the same drill, a team's copy (workbook and PDF)
//! naming no other team, a player's own copy only once the drill is over, another team's 404.

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

async fn seat_page(app: &TestApp, cookie: &str) -> (StatusCode, String) {
    let r = seat(app, cookie, Method::GET, "/drills/play/")
        .await
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.text().await.unwrap())
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

    // Kenya responds; France never sees it. France's seat hears that the drill changed.
    let mut events = seat(&app, &fra, Method::GET, "/drills/play/events")
        .await
        .send()
        .await
        .unwrap();
    assert_eq!(events.status(), StatusCode::OK);
    assert_eq!(events.headers()["content-type"], "text/event-stream");
    let r = seat(&app, &ken, Method::POST, "/drills/play/respond")
        .await
        .form(&[
            ("inject", "I-01"),
            ("expectation", "0"),
            ("text", "Acknowledged; isolating the records servers."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let heard = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        let mut text = String::new();
        while let Some(chunk) = events.chunk().await.unwrap() {
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains("event: changed") {
                break;
            }
        }
        text
    })
    .await
    .expect("the change is announced");
    assert!(heard.contains(&format!("data: {id}")), "{heard}");
    let (_, page) = seat_page(&app, &ken).await;
    assert!(page.contains("isolating the records servers"));
    let (_, page) = seat_page(&app, &fra).await;
    assert!(!page.contains("isolating the records servers"));
    assert!(!page.contains("Kenya Test CIRT"));

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
    let r = seat(&app, &ken, Method::POST, "/drills/play/respond")
        .await
        .form(&[("inject", "I-01"), ("expectation", "0"), ("text", "early")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT);
    post(
        &app,
        &format!("/drills/{id}/step"),
        "admin",
        &[("step", "start")],
    )
    .await;
    let r = seat(&app, &ken, Method::POST, "/drills/play/respond")
        .await
        .form(&[("inject", "I-01"), ("expectation", "0"), ("text", "  ")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
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
    // The console of each answers the secretariat.
    for d in &drills {
        let (status, page) = get(&app, &format!("/drills/{}/", d.id), "admin").await;
        assert_eq!(status, StatusCode::OK, "{}", d.title);
        assert!(page.contains("Demonstration"));
    }
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

    // The improvement plan and the lessons: an anonymous answer without its team.
    for wanted in [
        "came late",
        "partner CIRT contacts",
        "Anonymous",
        "reporting channel",
    ] {
        assert!(full.contains(wanted), "the full report lacks {wanted}");
    }
    // Another team's improvement item and lessons are not in a team's copy; the drill-wide
    // item is.
    let (status, gha) = download(
        &app,
        &format!("/drills/{id}/report.xlsx?team=gha-cirt-demo"),
        "admin",
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let gha = workbook_text(&gha, &SHEETS);
    assert!(gha.contains("Publish an advisory template"), "{gha}");
    for unwanted in [
        "came late",
        "partner CIRT contacts",
        "Escalate to the crisis structure",
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
}
