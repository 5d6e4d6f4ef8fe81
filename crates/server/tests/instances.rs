//! Two app instances on one database, as behind a load balancer: saves through both are all
//! kept, a session made on one works on the other, each webhook delivery is made once, sign-in
//! attempts draw on one allowance, and on PostgreSQL each instance's caches follow what the other
//! changes (database notifications).

use crate::common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use common::{EDITION, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

/// A webhook receiver that answers 200 and counts the requests per delivery id.
async fn receiver() -> (String, Arc<Mutex<HashMap<String, u32>>>) {
    use axum::http::HeaderMap;
    let got: Arc<Mutex<HashMap<String, u32>>> = Arc::default();
    let seen = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap| {
            let seen = seen.clone();
            async move {
                let id = headers
                    .get("x-cyberindex-delivery")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                *seen.lock().unwrap().entry(id).or_default() += 1;
                axum::http::StatusCode::OK
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{address}/hook"), got)
}

async fn put(app: &TestApp, country: &str, question: &str, body: Value) -> (u16, Value) {
    let caller = if country == "KEN" {
        "focal-ken"
    } else {
        "focal-fra"
    };
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/{country}/answers/{question}"),
            caller,
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn post(app: &TestApp, path: &str, caller: &str) -> u16 {
    app.api(Method::POST, path, caller)
        .json(&json!({}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_database_behave_as_one() {
    let a = TestApp::with(|c| {
        c.webhook_retry_ms = 50;
        c.webhook_allowed_hosts = vec!["127.0.0.1".into()];
    })
    .await;
    let b = a.another_instance().await;
    let (hook, received) = receiver().await;
    a.state
        .store
        .create_webhook(&hook, "instances-secret", None)
        .await
        .unwrap();

    // A session made on A (the harness signs everyone in on the first instance) works on B.
    let workspace = format!("/editions/{EDITION}/countries/KEN");
    for app in [&a, &b] {
        let r = app
            .page(Method::GET, &workspace, "focal-ken")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{}", app.base);
        assert!(r.text().await.unwrap().contains("Kenya"));
    }

    // Saves through both instances, interleaved and concurrent: every one is kept.
    let r = a
        .api(
            Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/FRA"),
            "focal-fra",
        )
        .send()
        .await
        .unwrap();
    let response: Value = r.json().await.unwrap();
    let questions: Vec<String> = response["progress"]["relevant_questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q.as_str().unwrap().to_string())
        .collect();
    assert!(questions.len() >= 40, "{}", questions.len());
    let mut saves = Vec::new();
    for (i, q) in questions.iter().take(40).enumerate() {
        let app = if i % 2 == 0 { &a } else { &b };
        saves.push(put(
            app,
            "FRA",
            q,
            json!({"value": null, "comment": format!("saved through instance {}", i % 2), "version": 0}),
        ));
    }
    for (status, body) in futures_util::future::join_all(saves).await {
        assert_eq!(status, 200, "{body}");
    }
    let answers = a.state.store.answers(EDITION, "FRA").await.unwrap();
    for (i, q) in questions.iter().take(40).enumerate() {
        let answer = answers.iter().find(|x| &x.question_id == q).unwrap();
        assert_eq!(
            (answer.comment.as_str(), answer.version),
            (format!("saved through instance {}", i % 2).as_str(), 1),
            "{q}"
        );
    }
    assert!(a.state.store.verify_audit().await.unwrap().is_ok());

    let on_postgres = cyberindex_store::testing::on_postgres();
    // Progress comes from each instance's answer-summary cache: A caches KEN's, B saves another
    // answer, and A's next save counts it (PostgreSQL tells A to forget what B changed).
    let (status, body) = put(
        &a,
        "KEN",
        "LEG1.1",
        json!({"value": "in-place", "version": 0}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let before = body["progress"]["answered"].as_u64().unwrap();
    let (status, _) = put(
        &b,
        "KEN",
        "LEG1.2",
        json!({"value": "in-place", "version": 0}),
    )
    .await;
    assert_eq!(status, 200);
    if on_postgres {
        // Notifications arrive after the commit; give them a moment.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    }
    let (status, body) = put(
        &a,
        "KEN",
        "TEC1a.1",
        json!({"value": "in-place", "version": 0}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    if on_postgres {
        assert_eq!(body["progress"]["answered"].as_u64().unwrap(), before + 2);
    }

    // Status changes made through both instances: each webhook delivery is made exactly once,
    // although both instances deliver.
    let submit = |country: &str| format!("/api/v1/editions/{EDITION}/responses/{country}/submit");
    assert_eq!(post(&a, &submit("KEN"), "focal-ken").await, 200);
    assert_eq!(post(&b, &submit("FRA"), "focal-fra").await, 200);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let deliveries = a.state.store.deliveries(100).await.unwrap();
        if !deliveries.is_empty() && deliveries.iter().all(|d| d.delivered_at.is_some()) {
            // Let any duplicate attempt land before counting.
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let got = received.lock().unwrap().clone();
            assert_eq!(got.len(), deliveries.len(), "{got:?}");
            assert!(got.values().all(|n| *n == 1), "{got:?}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "undelivered: {deliveries:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // Signing out on B ends the session on A at once (A had it cached a moment ago).
    let r = a
        .page(Method::GET, &workspace, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = b
        .page(Method::POST, "/logout", "focal-ken")
        .send()
        .await
        .unwrap();
    assert!(r.status().is_redirection() || r.status().is_success());
    if on_postgres {
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    } else {
        // SQLite instances hear nothing from each other: the cache's time limit applies.
        tokio::time::sleep(cyberindex_server::auth::AuthCache::TTL).await;
    }
    let r = a
        .page(Method::GET, &workspace, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_ne!(
        r.status(),
        200,
        "the session still works on A after sign-out on B"
    );
}

/// A wrong password for KEN's focal point, signed in through `app`; the response status.
async fn wrong_sign_in(app: &TestApp) -> reqwest::StatusCode {
    app.page(Method::POST, "/login", "")
        .form(&[
            ("email", "focal-ken@test.example.org"),
            ("password", "not the password"),
        ])
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_attempts_through_two_instances_draw_on_one_allowance() {
    let a = TestApp::new().await;
    let b = a.another_instance().await;
    // Ten wrong passwords for one account, alternating instances: each is refused as a wrong
    // password, not as too many attempts.
    for i in 0..10 {
        let app = if i % 2 == 0 { &a } else { &b };
        assert_ne!(wrong_sign_in(app).await, 429, "attempt {i} on {}", app.base);
    }
    // The eleventh is refused on either instance: the account's allowance (and the address's)
    // is one, whichever instance counts it.
    for app in [&a, &b] {
        assert_eq!(wrong_sign_in(app).await, 429, "{}", app.base);
    }
}
