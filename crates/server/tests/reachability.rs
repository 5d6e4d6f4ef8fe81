//! Reachability checks of the CIRT directory (issue 16), through the API, the pages and a real
//! SMTP server on loopback, on whichever database the suite runs: a check writes once to every
//! e-mail channel of the teams in scope; the outbox keeps no link; a refused recipient is
//! recorded as bounced; the link opens a page whose button records the acknowledgement once;
//! results come back with their outcome and latency; the scheduler starts due checks and
//! schedules the next of a repeating one; only the secretariat may schedule or read them.

use crate::common;

use common::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

/// Kenya's demonstration team with one more e-mail channel, which the SMTP sink refuses.
fn team_with_a_dead_address() -> cyberindex_directory::Team {
    let now = time::OffsetDateTime::now_utc();
    let (mut team, _) = cyberindex_demo::directory::teams(&[("KEN", "Kenya")], now, 1)
        .into_iter()
        .next()
        .unwrap();
    let mut dead = team
        .channels
        .iter()
        .find(|c| c.value.kind == cyberindex_directory::ChannelKind::Email)
        .expect("the demonstration team has an e-mail channel")
        .clone();
    dead.value.value = "bounce@ken-cirt.example.org".into();
    team.channels.push(dead);
    team
}

/// The links in the messages the sink received (quoted-printable soft breaks undone).
fn links(received: &[(String, String)]) -> Vec<String> {
    received
        .iter()
        .filter_map(|(_, data)| {
            let data = data.replace("=\n", "");
            let at = data.find("/directory/ack/")?;
            let token: String = data[at + "/directory/ack/".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            Some(format!("/directory/ack/{token}"))
        })
        .collect()
}

async fn results(app: &TestApp, query: &str) -> Vec<Value> {
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/directory/checks{query}"),
            "reviewer",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_check_reaches_every_email_channel_and_records_each_answer_once() {
    let (port, received) = common::smtp::server().await;
    let app = TestApp::with(|c| c.smtp = Some(common::smtp::config(port))).await;
    let team = team_with_a_dead_address();
    let emails: Vec<String> = team
        .channels
        .iter()
        .filter(|c| c.value.kind == cyberindex_directory::ChannelKind::Email)
        .map(|c| c.value.value.clone())
        .collect();
    assert!(emails.len() >= 2, "{emails:?}");
    let phones = cyberindex_workflow::reach::phones(&team).len();
    assert!(phones >= 1, "{team:?}");
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/directory/teams/{}", team.id),
            "admin",
        )
        .json(&json!({ "team": team }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());

    // Refusals: a country member may not check; a scope with no team; a window too long.
    for (caller, body, status, needle) in [
        ("focal-ken", json!({"scope": "country:KEN"}), 403, ""),
        ("anonymous", json!({"scope": "country:KEN"}), 401, ""),
        (
            "admin",
            json!({"scope": "planet:mars"}),
            422,
            "is not a team, a country or a region",
        ),
        (
            "admin",
            json!({"scope": "country:FRA"}),
            422,
            "has an e-mail or telephone channel",
        ),
        (
            "admin",
            json!({"scope": "country:KEN", "window_hours": 1000}),
            422,
            "from 1 to 720",
        ),
    ] {
        let r = app
            .api(Method::POST, "/api/v1/directory/checks", caller)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status, "{caller} {body}");
        let text = r.text().await.unwrap();
        assert!(text.contains(needle), "{text}");
    }
    assert!(received.lock().unwrap().is_empty());

    let r = app
        .api(Method::POST, "/api/v1/directory/checks", "reviewer")
        .json(&json!({"scope": format!("team:{}", team.id), "window_hours": 2}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let run = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

    // One message per address reached the SMTP server, except the refused one.
    let got = received.lock().unwrap().clone();
    assert_eq!(got.len(), emails.len() - 1, "{got:?}");
    let links = links(&got);
    assert_eq!(links.len(), got.len());
    // The outbox keeps every message, none with its link.
    let outbox = app.state.store.outbox().await.unwrap();
    for link in &links {
        let token = link.rsplit('/').next().unwrap();
        assert!(token.len() >= 40, "{link}");
        assert!(outbox.iter().all(|m| !m.body.contains(token)));
    }
    assert!(
        outbox
            .iter()
            .any(|m| m.body.contains(cyberindex_server::mail::REDACTED))
    );

    let before = results(&app, &format!("?run={run}")).await;
    assert_eq!(before.len(), emails.len() + phones, "{before:?}");
    let outcome_of = |rows: &[Value], address: &str| -> String {
        rows.iter()
            .find(|p| p["address"] == address)
            .unwrap_or_else(|| panic!("{address} in {rows:?}"))["outcome"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        outcome_of(&before, "bounce@ken-cirt.example.org"),
        "bounced"
    );
    assert!(
        before
            .iter()
            .filter(|p| p["address"] != "bounce@ken-cirt.example.org")
            .all(|p| p["outcome"] == "pending"),
        "{before:?}"
    );

    // Opening the link (as a mail scanner would) records nothing; the button does, once.
    let link = &links[0];
    let page = app
        .page(Method::GET, link, "anonymous")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Confirm that we received it"), "{html}");
    assert!(
        results(&app, &format!("?run={run}"))
            .await
            .iter()
            .all(|p| p["outcome"] != "acknowledged")
    );
    let done = app
        .page(Method::POST, link, "anonymous")
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 200);
    assert!(done.text().await.unwrap().contains("Thank you: confirmed"));
    let again = app
        .page(Method::POST, link, "anonymous")
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 200);
    assert!(again.text().await.unwrap().contains("already confirmed"));
    let after = results(&app, &format!("?run={run}")).await;
    let acknowledged: Vec<&Value> = after
        .iter()
        .filter(|p| p["outcome"] == "acknowledged")
        .collect();
    assert_eq!(acknowledged.len(), 1, "{after:?}");
    assert!(acknowledged[0]["latency_seconds"].as_i64().unwrap() >= 0);
    assert!(acknowledged[0]["acknowledged_at"].is_string());

    // An unknown link is 404; the acknowledgement is in the audit trail, once.
    let unknown = app
        .page(Method::GET, "/directory/ack/not-a-real-token", "anonymous")
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 404);
    let trail = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("check.".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let count = |action: &str| trail.iter().filter(|e| e.action == action).count();
    assert_eq!(count("check.schedule"), 1);
    assert_eq!(count("check.start"), 1);
    assert_eq!(count("check.acknowledge"), 1);

    // The secretariat's pages and CSV show it; the team's staleness counts the answer.
    let team_page = app
        .page(
            Method::GET,
            &format!("/directory/teams/{}/", team.id),
            "admin",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(team_page.contains("acknowledged"), "{team_page}");
    assert!(!team_page.contains("never been checked"), "{team_page}");
    let csv = app
        .page(
            Method::GET,
            &format!("/directory/checks.csv?run={run}"),
            "admin",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv.lines().count(), emails.len() + phones + 1, "{csv}");
    assert!(
        csv.contains(",acknowledged,") && csv.contains(",bounced,"),
        "{csv}"
    );
    for (caller, status) in [("focal-ken", 403), ("anonymous", 303)] {
        let r = app
            .page(Method::GET, "/directory/checks/", caller)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status, "{caller}");
    }
    let page = app
        .page(Method::GET, &format!("/directory/checks/{run}/"), "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("not delivered") && page.contains("waiting for an answer"));
    assert!(page.contains("Record the call"), "{page}");

    // Calls: the secretariat records them on the check's page; an answered call counts as the
    // team's acknowledgement, once; an unanswered one is "no reply" at once.
    let calls: Vec<i64> = before
        .iter()
        .filter(|p| p["channel"] == "phone")
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    assert_eq!(calls.len(), phones);
    let email_ping = before.iter().find(|p| p["channel"] == "email").unwrap()["id"]
        .as_i64()
        .unwrap();
    let call = |ping: i64, caller: &'static str, answered: &'static str| {
        app.page(
            Method::POST,
            &format!("/directory/checks/{run}/calls/{ping}"),
            caller,
        )
        .form(&[("answered", answered), ("note", "duty officer, =cmd|x")])
    };
    for (ping, caller, answered, status) in [
        (calls[0], "focal-ken", "yes", 403),
        (calls[0], "admin", "maybe", 422),
        (email_ping, "admin", "yes", 409),
        (calls[0], "admin", "yes", 303),
        (calls[0], "admin", "no", 409),
        (999_999, "admin", "yes", 404),
    ] {
        let r = call(ping, caller, answered).send().await.unwrap();
        assert_eq!(r.status(), status, "{ping} {caller} {answered}");
        if status == 422 {
            assert!(
                r.text()
                    .await
                    .unwrap()
                    .contains("choose whether someone answered")
            );
        }
    }
    if calls.len() > 1 {
        let r = app
            .api(
                Method::POST,
                &format!("/api/v1/directory/checks/calls/{}", calls[1]),
                "reviewer",
            )
            .json(&json!({"answered": false, "note": "rang out"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        assert_eq!(r.json::<Value>().await.unwrap()["outcome"], "no_reply");
    }
    let after = results(&app, &format!("?run={run}")).await;
    let answered = after.iter().find(|p| p["id"] == calls[0]).unwrap();
    assert_eq!(answered["outcome"], "acknowledged", "{answered}");
    assert_eq!(answered["note"], "duty officer, =cmd|x");
    let trail = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("check.call".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(trail.len(), calls.len().min(2), "{trail:?}");
    let csv = app
        .page(
            Method::GET,
            &format!("/directory/checks.csv?run={run}"),
            "admin",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // The caller's note is written as text, never as a formula.
    assert!(csv.contains("duty officer, =cmd|x"), "{csv}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scheduled_checks_start_when_due_repeat_and_can_be_cancelled_before() {
    let app = TestApp::new().await;
    let team = team_with_a_dead_address();
    cyberindex_workflow::directory::save_team(&app.state.store, &team, None, None)
        .await
        .unwrap();
    // A check two hours ahead waits; it can be cancelled, and is then gone.
    let later = time::OffsetDateTime::now_utc() + time::Duration::hours(2);
    let r = app
        .page(Method::POST, "/directory/checks/", "admin")
        .form(&[
            ("scope", "team"),
            ("team", team.id.as_str()),
            ("window_hours", "24"),
            (
                "due",
                &format!(
                    "{:04}-{:02}-{:02}T{:02}:{:02}",
                    later.year(),
                    u8::from(later.month()),
                    later.day(),
                    later.hour(),
                    later.minute()
                ),
            ),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let runs = app.state.store.check_runs().await.unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0].started_at.is_none());
    assert_eq!(
        cyberindex_server::service::reach::start_due(&app.state)
            .await
            .unwrap(),
        0
    );
    let r = app
        .page(
            Method::POST,
            &format!("/directory/checks/{}/cancel", runs[0].id),
            "admin",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(app.state.store.check_runs().await.unwrap().is_empty());

    // A bad start time is refused with the field named, and nothing is scheduled.
    let r = app
        .page(Method::POST, "/directory/checks/", "admin")
        .form(&[
            ("scope", "all"),
            ("window_hours", "24"),
            ("due", "tomorrow"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("is not a date and time"));
    assert!(app.state.store.check_runs().await.unwrap().is_empty());

    // A due repeating check (as the scheduler finds it) starts once and schedules the next.
    let now = cyberindex_store::now_ms();
    let id = app
        .state
        .store
        .schedule_check("all", now, 3600, Some(7), None)
        .await
        .unwrap();
    assert_eq!(
        cyberindex_server::service::reach::start_due(&app.state)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        cyberindex_server::service::reach::start_due(&app.state)
            .await
            .unwrap(),
        0
    );
    let runs = app.state.store.check_runs().await.unwrap();
    assert_eq!(runs.len(), 2, "{runs:?}");
    let next = runs.iter().find(|r| r.id != id).unwrap();
    assert!(next.started_at.is_none());
    assert!(next.due_at >= now + 7 * 86_400_000, "{next:?}");
    // Without SMTP every message waits in the outbox, so every ping is pending, none bounced.
    let pings = app.state.store.pings(Some(id), None).await.unwrap();
    assert!(!pings.is_empty() && pings.iter().all(|p| p.error.is_none()));
    // A started check cannot be cancelled: its results stay.
    let r = app
        .page(
            Method::POST,
            &format!("/directory/checks/{id}/cancel"),
            "admin",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
}
