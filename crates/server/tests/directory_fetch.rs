//! Fetching teams' security.txt files (issue 16), with `directory.fetch_security_txt` on and a
//! web server on loopback standing for the teams' websites: the secretariat fetches on the
//! team's page; a file found is validated and counted by the staleness score, a missing one is
//! counted as missing; a reachability check fetches the files of the teams it checks; loopback
//! is refused unless `webhook_allowed_hosts` allows it; only the secretariat may fetch.

use crate::common;

use axum::routing::get;
use common::TestApp;
use reqwest::Method;

/// A website on loopback whose security.txt is `body` (404 when `None`). Its address.
async fn website(body: Option<String>) -> String {
    let app = match body {
        Some(body) => axum::Router::new().route(
            "/.well-known/security.txt",
            get(move || {
                let body = body.clone();
                async move { body }
            }),
        ),
        None => axum::Router::new(),
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{address}/")
}

fn team(id: &str, site: &str) -> cyberindex_directory::Team {
    let now = time::OffsetDateTime::now_utc();
    let (mut team, _) = cyberindex_demo::directory::teams(&[("KEN", "Kenya")], now, 1)
        .into_iter()
        .next()
        .unwrap();
    team.id = id.to_string();
    team.official_name.value = format!("Team {id}");
    for w in &mut team.websites {
        w.value = site.to_string();
    }
    team
}

async fn page(app: &TestApp, id: &str) -> String {
    app.page(Method::GET, &format!("/directory/teams/{id}/"), "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn fetch(app: &TestApp, id: &str, caller: &str) -> u16 {
    app.page(
        Method::POST,
        &format!("/directory/teams/{id}/security-txt/fetch"),
        caller,
    )
    .send()
    .await
    .unwrap()
    .status()
    .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secretariat_fetches_security_txt_files_and_the_score_counts_them() {
    let expires = (time::OffsetDateTime::now_utc() + time::Duration::days(30))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let good = website(Some(format!(
        "Contact: mailto:psirt@ken.example.org\nExpires: {expires}\n"
    )))
    .await;
    let none = website(None).await;
    let app = TestApp::with(|c| {
        c.directory.fetch_security_txt = true;
        c.webhook_allowed_hosts = vec!["127.0.0.1".into()];
    })
    .await;
    for t in [team("ken-good", &good), team("ken-none", &none)] {
        cyberindex_workflow::directory::save_team(&app.state.store, &t, None, None)
            .await
            .unwrap();
    }
    let before = page(&app, "ken-good").await;
    assert!(
        before.contains("security.txt has not been checked yet"),
        "{before}"
    );
    assert!(before.contains("Fetch the security.txt now"), "{before}");

    // Only the secretariat may fetch; an unknown team is 404.
    assert_eq!(fetch(&app, "ken-good", "focal-ken").await, 403);
    assert_eq!(fetch(&app, "ken-good", "team-staff-ken").await, 403);
    assert_eq!(fetch(&app, "no-such-team", "admin").await, 404);

    assert_eq!(fetch(&app, "ken-good", "admin").await, 303);
    let after = page(&app, "ken-good").await;
    assert!(after.contains("Fetched"), "{after}");
    assert!(
        !after.contains("security.txt has not been checked yet"),
        "{after}"
    );
    assert!(!after.contains("has no security.txt"), "{after}");

    assert_eq!(fetch(&app, "ken-none", "reviewer").await, 303);
    let missing = page(&app, "ken-none").await;
    assert!(missing.contains("not found"), "{missing}");
    assert!(missing.contains("HTTP 404"), "{missing}");
    assert!(missing.contains("has no security.txt"), "{missing}");
    let seen = app.state.store.security_txts(None).await.unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().any(|s| s.team_id == "ken-good" && s.found));
    assert!(seen.iter().any(|s| s.team_id == "ken-none" && !s.found));

    // A check of a team fetches its file too (in the background).
    app.state.store.security_txts(None).await.unwrap();
    let r = app
        .api(Method::POST, "/api/v1/directory/checks", "admin")
        .json(&serde_json::json!({"scope": "team:ken-good"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let mut fetched = 0;
    for _ in 0..100 {
        let trail = app
            .state
            .store
            .audit(&cyberindex_store::AuditFilter {
                action_prefix: Some("directory.security_txt".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        fetched = trail.len();
        if fetched == 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(fetched, 3, "the check fetched the team's file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loopback_websites_are_refused_unless_allowed() {
    let good = website(Some("Contact: mailto:a@example.org\n".into())).await;
    let app = TestApp::with(|c| c.directory.fetch_security_txt = true).await;
    cyberindex_workflow::directory::save_team(
        &app.state.store,
        &team("ken-local", &good),
        None,
        None,
    )
    .await
    .unwrap();
    assert_eq!(fetch(&app, "ken-local", "admin").await, 303);
    let seen = app
        .state
        .store
        .security_txts(Some("ken-local"))
        .await
        .unwrap();
    assert!(!seen[0].found, "{seen:?}");
    let error = seen[0].error.clone().unwrap_or_default();
    assert!(error.contains("destination refused"), "{error}");
}
