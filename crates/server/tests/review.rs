//! Review and validation over HTTP: the whole loop through the API (two rounds, diffs, locking,
//! reopening), what countries may and may not see, desk research, notifications and signed
//! webhooks, and the audit trail that records every step.

use crate::common;

use common::{EDITION, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

fn response_path(country: &str) -> String {
    format!("/api/v1/editions/{EDITION}/responses/{country}")
}

async fn get_json(app: &TestApp, path: &str, caller: &str) -> Value {
    let r = app.api(Method::GET, path, caller).send().await.unwrap();
    assert_eq!(r.status(), 200, "GET {path} as {caller}");
    r.json().await.unwrap()
}

async fn post(app: &TestApp, path: &str, caller: &str, body: Value) -> (u16, Value) {
    let r = app
        .api(Method::POST, path, caller)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

async fn put_answer(app: &TestApp, question: &str, value: Value, version: i64) -> (u16, Value) {
    let r = app
        .api(
            Method::PUT,
            &format!("{}/answers/{question}", response_path("KEN")),
            "focal-ken",
        )
        .json(&json!({"value": value, "version": version}))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

fn version_of(doc: &Value, question: &str) -> i64 {
    doc["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question_id"] == question)
        .map_or(0, |a| a["version"].as_i64().unwrap())
}

async fn decide(app: &TestApp, question: &str, decision: &str, comment: &str) -> (u16, Value) {
    post(
        app,
        &format!("{}/answers/{question}/review", response_path("KEN")),
        "reviewer",
        json!({"decision": decision, "comment": comment}),
    )
    .await
}

/// Accepts every question the response still has open, except those in `except`.
async fn accept_all(app: &TestApp, except: &[&str]) {
    let doc = get_json(app, &response_path("KEN"), "reviewer").await;
    for q in doc["not_accepted"].as_array().unwrap() {
        if except.contains(&q.as_str().unwrap()) {
            continue;
        }
        let (status, body) = decide(app, q.as_str().unwrap(), "accept", "").await;
        assert_eq!(status, 200, "{body}");
    }
}

fn in_days(days: i64) -> String {
    (time::OffsetDateTime::now_utc() + time::Duration::days(days))
        .date()
        .to_string()
}

/// A webhook receiver: answers 500 to the first request and 200 after, and keeps what it got.
async fn receiver() -> (
    String,
    std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>,
) {
    use axum::http::HeaderMap;
    let got: std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>> = Default::default();
    let seen = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let seen = seen.clone();
            async move {
                let mut seen = seen.lock().unwrap();
                let signature = headers
                    .get("x-cyberindex-signature")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                seen.push((signature, body));
                if seen.len() == 1 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::OK
                }
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{address}/hook"), got)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_review_rounds_to_validated_through_the_api() {
    // The receiver is on loopback, which webhooks may reach only when the configuration says so.
    let app = TestApp::with(|c| {
        c.webhook_retry_ms = 50;
        c.webhook_allowed_hosts = vec!["127.0.0.1".into()];
    })
    .await;
    let secret = "test-webhook-secret";
    let (hook, received) = receiver().await;
    app.state
        .store
        .create_webhook(&hook, secret, None)
        .await
        .unwrap();

    // The country answers three questions, attaches evidence and submits.
    for q in ["LEG1.1", "LEG1.2", "TEC1a.1"] {
        let (status, body) = put_answer(&app, q, json!("in-place"), 0).await;
        assert_eq!(status, 200, "{q}: {body}");
    }
    let (status, _) = post(
        &app,
        &format!("{}/answers/LEG1.1/evidence", response_path("KEN")),
        "focal-ken",
        json!({"url": "https://example.org/law", "title": "Computer Misuse Act"}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, body) = post(
        &app,
        &format!("{}/submit", response_path("KEN")),
        "focal-ken",
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["round"], 1);

    // Validation is refused while answers are not accepted, and names them.
    let (status, body) = post(
        &app,
        &format!("{}/validate", response_path("KEN")),
        "reviewer",
        json!({}),
    )
    .await;
    assert_eq!(status, 409);
    assert_eq!(body["error"]["code"], "closed");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("LEG1.1"),
        "{body}"
    );

    // Round 1: a clarification without a comment is refused; with one it is recorded.
    let (status, body) = decide(&app, "LEG1.1", "clarify", "").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("comment"))
    );
    let (status, body) = decide(&app, "LEG1.1", "maybe", "x").await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("decision"))
    );
    let (status, review) = decide(
        &app,
        "LEG1.1",
        "clarify",
        "Which article defines the offence?",
    )
    .await;
    assert_eq!(status, 200, "{review}");
    assert_eq!(review["round"], 1);
    // A rejection may propose a value, which must be valid for the question.
    let (status, body) = post(
        &app,
        &format!("{}/answers/LEG1.2/review", response_path("KEN")),
        "reviewer",
        json!({"decision": "reject", "comment": "Only a bill", "proposed_value": "sometimes"}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("proposed")),
        "{body}"
    );
    let (status, _) = post(
        &app,
        &format!("{}/answers/LEG1.2/review", response_path("KEN")),
        "reviewer",
        json!({"decision": "reject", "comment": "Only a bill", "proposed_value": "partial"}),
    )
    .await;
    assert_eq!(status, 200);
    accept_all(&app, &["LEG1.1", "LEG1.2"]).await;
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    assert_eq!(doc["status"], "in-review");

    // Sending back needs a deadline that has not passed.
    let (status, body) = post(
        &app,
        &format!("{}/return", response_path("KEN")),
        "reviewer",
        json!({"deadline": "2001-01-01"}),
    )
    .await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("deadline"))
    );
    let deadline = in_days(14);
    let (status, body) = post(
        &app,
        &format!("{}/return", response_path("KEN")),
        "reviewer",
        json!({"deadline": deadline, "message": "Two questions need you."}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["status"].as_str(), body["round"].as_i64()),
        (Some("returned"), Some(2))
    );

    // Round 2, the country: only the questions asked about can change.
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    assert_eq!(doc["round_deadline"], deadline.as_str());
    let (status, body) = put_answer(
        &app,
        "TEC1a.1",
        json!("partial"),
        version_of(&doc, "TEC1a.1"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("closed")),
        "{body}"
    );
    let (status, body) =
        put_answer(&app, "LEG1.2", json!("partial"), version_of(&doc, "LEG1.2")).await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = post(
        &app,
        &format!("{}/answers/LEG1.1/messages", response_path("KEN")),
        "focal-ken",
        json!({"body": "Article 4 of the Act; the link is attached."}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, body) = post(
        &app,
        &format!("{}/submit", response_path("KEN")),
        "focal-ken",
        json!({}),
    )
    .await;
    assert_eq!((status, body["round"].as_i64()), (200, Some(2)), "{body}");

    // The reviewer sees what changed since round 1.
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN/review?show=changed"),
            "reviewer",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("id=\"q-LEG1.2\""),
        "the changed question is listed"
    );
    assert!(
        !page.contains("id=\"q-TEC1a.1\""),
        "unchanged questions are not"
    );
    assert!(
        page.contains("<del>In place</del>")
            && page.contains("<ins>Partially in place or in progress</ins>"),
        "the diff shows both values"
    );
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN/review"),
            "reviewer",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Article 4 of the Act"),
        "the country's reply is in the thread"
    );

    // The earlier rejection no longer holds for the new answer; the clarified one is accepted.
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    let open: Vec<&str> = doc["not_accepted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        open.contains(&"LEG1.2") && !open.contains(&"TEC1a.1"),
        "{open:?}"
    );
    // A second round: one more clarification.
    let (status, _) = decide(&app, "LEG1.2", "clarify", "Is the bill adopted yet?").await;
    assert_eq!(status, 200);
    let (status, body) = post(
        &app,
        &format!("{}/return", response_path("KEN")),
        "reviewer",
        json!({"deadline": in_days(7)}),
    )
    .await;
    assert_eq!((status, body["round"].as_i64()), (200, Some(3)), "{body}");
    let (status, _) = post(
        &app,
        &format!("{}/answers/LEG1.2/messages", response_path("KEN")),
        "focal-ken",
        json!({"body": "Not yet: second reading in March."}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = post(
        &app,
        &format!("{}/submit", response_path("KEN")),
        "focal-ken",
        json!({}),
    )
    .await;
    assert_eq!(status, 200);

    // Provisional and official scores differ until everything is accepted.
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    assert_ne!(
        doc["scores"]["provisional"]["answers_counted"],
        doc["scores"]["official"]["answers_counted"]
    );
    accept_all(&app, &[]).await;
    let (status, body) = post(
        &app,
        &format!("{}/validate", response_path("KEN")),
        "reviewer",
        json!({}),
    )
    .await;
    assert_eq!(
        (status, body["status"].as_str()),
        (200, Some("validated")),
        "{body}"
    );
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;

    assert_eq!(
        doc["scores"]["provisional"]["overall"],
        doc["scores"]["official"]["overall"]
    );
    assert!(doc["scores"]["official"]["overall"].is_number());

    // Locked: the country cannot change anything, the reviewer cannot decide.
    let (status, body) = put_answer(
        &app,
        "LEG1.2",
        json!("in-place"),
        version_of(&doc, "LEG1.2"),
    )
    .await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (409, Some("locked"))
    );
    let (status, _) = decide(&app, "LEG1.2", "accept", "").await;
    assert_eq!(status, 409);

    // Only an administrator reopens, and only with a reason.
    let reopen = format!("/editions/{EDITION}/countries/KEN/reopen");
    let r = app
        .page(Method::POST, &reopen, "reviewer")
        .form(&[("reason", "typo")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = app
        .page(Method::POST, &reopen, "admin")
        .form(&[("reason", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = app
        .page(Method::POST, &reopen, "admin")
        .form(&[("reason", "Evidence link broken")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        get_json(&app, &response_path("KEN"), "reviewer").await["status"],
        "in-review"
    );

    // The audit trail shows every step, and verifies.
    let audit = get_json(&app, &format!("{}/audit", response_path("KEN")), "reviewer").await;
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for expected in [
        "answer.save",
        "evidence.add",
        "response.submitted",
        "response.in-review",
        "review.decide",
        "response.returned",
        "message.post",
        "response.validated",
    ] {
        assert!(
            actions.contains(&expected),
            "{expected} missing from {actions:?}"
        );
    }
    let reopened = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "response.in-review" && e["reason"] != "")
        .unwrap();
    assert_eq!(reopened["reason"], "Evidence link broken");
    assert_eq!(reopened["actor"], "admin@test.example.org");
    let saved = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["action"] == "answer.save" && e["question"] == "LEG1.2" && e["before"].is_string()
        })
        .unwrap();
    assert!(
        saved["before"].as_str().unwrap().contains("in-place")
            && saved["after"].as_str().unwrap().contains("partial")
    );
    let (entries, _) = app.state.store.verify_audit().await.unwrap().unwrap();
    assert!(entries as usize >= audit.as_array().unwrap().len());

    // Notifications: the country heard of the return, in-app and by email (the outbox).
    let focal = app
        .state
        .store
        .user_by_email("focal-ken@test.example.org")
        .await
        .unwrap()
        .unwrap();
    let notes = app.state.store.notifications(focal.id, 50).await.unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.subject.contains("Returned for revision")),
        "{notes:?}"
    );
    let outbox = app.state.store.outbox().await.unwrap();
    assert!(
        outbox
            .iter()
            .any(|m| m.to_address == "focal-ken@test.example.org"
                && m.subject.contains("Returned for revision"))
    );
    assert!(
        outbox
            .iter()
            .any(|m| m.to_address == "reviewer@test.example.org"
                && m.subject.contains("new message"))
    );

    // Webhooks: every status change was posted, signed; the first attempt failed and was retried.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let statuses = 9; // in-review, returned, submitted ×3, validated, … counted below
    loop {
        let delivered = app.state.store.deliveries(100).await.unwrap();
        if !delivered.is_empty() && delivered.iter().all(|d| d.delivered_at.is_some()) {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "deliveries pending: {delivered:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let deliveries = app.state.store.deliveries(100).await.unwrap();
    let status_changes = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"].as_str().unwrap().starts_with("response."))
        .count();
    assert_eq!(
        deliveries.len(),
        status_changes,
        "one delivery per status change (at most {statuses} here)"
    );
    assert!(
        deliveries.iter().any(|d| d.attempts == 2),
        "the failed first attempt was retried"
    );
    let received = received.lock().unwrap();
    for (signature, body) in received.iter() {
        assert_eq!(
            signature,
            &cyberindex_server::service::webhooks::signature(secret, body.as_bytes())
        );
        let payload: Value = serde_json::from_str(body).unwrap();
        assert_eq!(
            (payload["edition"].as_str(), payload["country"].as_str()),
            (Some(EDITION), Some("KEN"))
        );
    }
    assert!(
        received
            .iter()
            .any(|(_, b)| b.contains("\"to\":\"validated\""))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn countries_never_see_reviewer_notes_or_other_countries_threads() {
    let app = TestApp::new().await;
    let (status, _) = put_answer(&app, "LEG1.1", json!("in-place"), 0).await;
    assert_eq!(status, 200);
    let thread = format!("{}/answers/LEG1.1/messages", response_path("KEN"));
    let (status, _) = post(
        &app,
        &thread,
        "reviewer",
        json!({"body": "SECRET-NOTE: ask the ministry", "internal": true}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = post(&app, &thread, "reviewer", json!({"body": "Which article?"})).await;
    assert_eq!(status, 200);
    // Only the secretariat writes notes; observers do not write at all.
    let (status, _) = post(
        &app,
        &thread,
        "focal-ken",
        json!({"body": "x", "internal": true}),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = post(&app, &thread, "observer-ken", json!({"body": "x"})).await;
    assert_eq!(status, 403);
    let (status, body) = post(&app, &thread, "focal-ken", json!({"body": "   "})).await;
    assert_eq!(
        (status, body["error"]["field"].as_str()),
        (422, Some("body"))
    );

    for caller in ["focal-ken", "contributor-ken", "observer-ken"] {
        let doc = get_json(&app, &response_path("KEN"), caller).await;
        let bodies: Vec<&str> = doc["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["body"].as_str().unwrap())
            .collect();
        assert_eq!(bodies, ["Which article?"], "{caller}");
        let page = app
            .page(
                Method::GET,
                &format!("/editions/{EDITION}/countries/KEN"),
                caller,
            )
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !page.contains("SECRET-NOTE"),
            "{caller} sees a note on the workspace"
        );
    }
    let audit = get_json(
        &app,
        &format!("{}/audit", response_path("KEN")),
        "focal-ken",
    )
    .await;
    assert!(
        !audit.to_string().contains("SECRET-NOTE"),
        "the country's trail has no notes"
    );
    assert!(
        get_json(&app, &format!("{}/audit", response_path("KEN")), "reviewer")
            .await
            .to_string()
            .contains("SECRET-NOTE")
    );
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/audit?country=KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("SECRET-NOTE"));
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    assert_eq!(doc["messages"].as_array().unwrap().len(), 2);

    // Another country sees nothing of KEN: not the response, its thread or its trail.
    for path in [
        response_path("KEN"),
        format!("{}/audit", response_path("KEN")),
    ] {
        let r = app
            .api(Method::GET, &path, "focal-fra")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "{path}");
    }
    let (status, _) = post(&app, &thread, "focal-fra", json!({"body": "hello"})).await;
    assert_eq!(status, 404);
    let r = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/audit?country=KEN"),
            "focal-fra",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/audit"),
            "focal-fra",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("Which article?") && !page.contains(">KEN"),
        "FRA's trail shows nothing of KEN"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desk_research_drafts_are_confirmed_corrected_or_settled_by_policy() {
    let app = TestApp::new().await;
    let draft = |q: &str, value: &str, version: &str| {
        app.page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/{q}/draft"),
            "reviewer",
        )
        .form(&[
            ("value", value.to_string()),
            ("comment", "Official gazette, 2024".to_string()),
            ("version", version.to_string()),
        ])
    };
    // A draft names its source.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1/draft"),
            "reviewer",
        )
        .form(&[("value", "in-place"), ("comment", ""), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    for q in ["LEG1.1", "LEG1.2", "TEC1a.1"] {
        assert_eq!(
            draft(q, "in-place", "0").send().await.unwrap().status(),
            303,
            "{q}"
        );
    }
    // The country is asked to confirm them, and sees where they came from.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/drafts/send"),
            "reviewer",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let focal = app
        .state
        .store
        .user_by_email("focal-ken@test.example.org")
        .await
        .unwrap()
        .unwrap();
    assert!(
        app.state
            .store
            .notifications(focal.id, 10)
            .await
            .unwrap()
            .iter()
            .any(|n| n.subject.contains("drafted"))
    );
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("/answers/LEG1.1/confirm"), "a confirm button");

    // Confirm one as it stands, correct another, leave the third.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1/confirm"),
            "focal-ken",
        )
        .form(&[("version", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let (status, _) = put_answer(&app, "LEG1.2", json!("partial"), 1).await;
    assert_eq!(status, 200);
    // The same through the API: a draft, confirmed by the country.
    let r = app
        .api(
            Method::PUT,
            &format!("{}/answers/LEG1.3/draft", response_path("KEN")),
            "reviewer",
        )
        .json(&json!({"value": "partial", "comment": "Annual report 2025", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let drafted: Value = r.json().await.unwrap();
    assert_eq!(
        (
            drafted["provenance"].as_str(),
            drafted["confirmed"].as_bool()
        ),
        (Some("secretariat"), Some(false))
    );
    let (status, confirmed) = post(
        &app,
        &format!("{}/answers/LEG1.3/confirm", response_path("KEN")),
        "focal-ken",
        json!({"version": 1}),
    )
    .await;
    assert_eq!(
        (status, confirmed["outcome"].as_str()),
        (200, Some("confirmed"))
    );
    // The policy settles the rest at the deadline, and submits the response for review.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/desk-policy"),
            "admin",
        )
        .form(&[("policy", "drop-draft")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/desk-policy"),
            "admin",
        )
        .form(&[("apply", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    let outcome = |q: &str| {
        let a = doc["answers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["question_id"] == q)
            .unwrap();
        (
            a["outcome"].as_str().map(str::to_string),
            a["value"].as_str().map(str::to_string),
        )
    };
    assert_eq!(
        outcome("LEG1.1"),
        (Some("confirmed".into()), Some("in-place".into()))
    );
    assert_eq!(
        outcome("LEG1.2"),
        (Some("corrected".into()), Some("partial".into()))
    );
    assert_eq!(outcome("TEC1a.1"), (Some("dropped-by-policy".into()), None));
    assert_eq!(doc["status"], "submitted");
    // Each outcome is recorded with the reason.
    let audit = get_json(
        &app,
        &format!("{}/audit?action=answer.desk-outcome", response_path("KEN")),
        "reviewer",
    )
    .await;
    assert_eq!(audit.as_array().unwrap().len(), 1);
    assert!(audit[0]["reason"].as_str().unwrap().contains("drop-draft"));
    // Drafts are only for responses the country has not submitted.
    assert_eq!(
        draft("LEG1.1", "partial", "2")
            .send()
            .await
            .unwrap()
            .status(),
        409
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_speak_the_readers_language_on_pages_and_english_to_scripts() {
    let app = TestApp::new().await;
    let thread = format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1/messages");
    let page = app
        .page(Method::POST, &thread, "focal-ken")
        .header(
            "Cookie",
            format!(
                "{}={}; lang=fr",
                cyberindex_server::auth::SESSION_COOKIE,
                app.sessions["focal-ken"]
            ),
        )
        .form(&[("body", " ")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 422);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Un problème est survenu")
            && html.contains("Le message est vide\u{a0}: rédigez d’abord un texte."),
        "{html}"
    );
    let (status, body) = post(
        &app,
        &format!("{}/answers/LEG1.1/messages", response_path("KEN")),
        "focal-ken",
        json!({"body": ""}),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        body["error"]["message"],
        "The message is empty: write something first."
    );
}

/// Autosave answers with progress from a cache of answer summaries; after every kind of write it
/// must agree with progress computed from a full read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autosave_progress_agrees_with_a_full_read_after_every_kind_of_write() {
    let app = TestApp::new().await;
    let full = |doc: &Value| doc["progress"].clone();
    let check = |saved: &Value, doc: &Value, step: &str| {
        assert_eq!(saved["progress"], full(doc), "after {step}");
    };
    let (status, saved) = put_answer(&app, "LEG1.1", json!("in-place"), 0).await;
    assert_eq!(status, 200);
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    check(&saved, &doc, "the first save");
    assert!(saved["progress"]["evidence_missing"].as_u64().unwrap() >= 1);

    // Evidence added: the next save's progress counts it.
    let (status, evidence) = post(
        &app,
        &format!("{}/answers/LEG1.1/evidence", response_path("KEN")),
        "focal-ken",
        json!({"url": "https://example.org/law", "title": "Law"}),
    )
    .await;
    assert_eq!(status, 201);
    let (_, saved) = put_answer(&app, "LEG1.2", json!("partial"), 0).await;
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    check(&saved, &doc, "adding evidence");

    // Evidence deleted through the page.
    let id = evidence["id"].as_i64().unwrap();
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/evidence/{id}/delete"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let (_, saved) = put_answer(&app, "LEG1.2", json!("in-place"), 1).await;
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    check(&saved, &doc, "deleting evidence");

    // A cleared answer, and a secretariat draft on another question.
    let (_, saved) = put_answer(&app, "LEG1.2", Value::Null, 2).await;
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    check(&saved, &doc, "clearing an answer");
    assert_eq!(
        app.page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.3/draft"),
            "reviewer"
        )
        .form(&[
            ("value", "in-place"),
            ("comment", "Gazette"),
            ("version", "0")
        ])
        .send()
        .await
        .unwrap()
        .status(),
        303
    );
    let (_, saved) = put_answer(&app, "LEG1.1", json!("partial"), 1).await;
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    check(&saved, &doc, "a secretariat draft");

    // The country confirms the pillar's pre-filled answers in one action.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/pillars/LEG/confirm"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .contains("confirmed=1&")
    );
    let (_, saved) = put_answer(&app, "LEG1.1", json!("in-place"), 2).await;
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    check(&saved, &doc, "a bulk confirm");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passed_deadline_settles_drafts_by_the_editions_policy() {
    let app = TestApp::new().await;
    let framework = app.state.framework(EDITION).await.unwrap();
    let source = app
        .state
        .store
        .edition(EDITION)
        .await
        .unwrap()
        .framework_source;
    app.state
        .store
        .create_edition(
            &cyberindex_store::NewEdition {
                id: "past".into(),
                name: "Past".into(),
                names: Default::default(),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: source,
                opens_on: "2020-01-01".into(),
                deadline: "2020-06-30".into(),
                countries: vec!["KEN".into()],
            },
            None,
        )
        .await
        .unwrap();
    for edition in ["past", EDITION] {
        let r = app
            .api(
                Method::PUT,
                &format!("/api/v1/editions/{edition}/responses/KEN/answers/LEG1.1/draft"),
                "reviewer",
            )
            .json(&json!({"value": "in-place", "comment": "Gazette", "version": 0}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{edition}");
    }
    let settled = cyberindex_server::service::deadlines::settle_due(&app.state)
        .await
        .unwrap();
    assert_eq!(settled, vec![("past".to_string(), vec!["KEN".to_string()])]);
    let past = app.state.store.answers("past", "KEN").await.unwrap();
    assert_eq!(past[0].outcome.as_deref(), Some("kept-by-policy"));
    assert_eq!(
        app.state
            .store
            .response("past", "KEN")
            .await
            .unwrap()
            .status,
        cyberindex_store::Status::Submitted
    );
    // The open edition's draft waits for the country.
    let open = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert_eq!(open[0].outcome, None);
    // Recorded as done by the system, with the policy as the reason.
    let trail = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            edition: Some("past".into()),
            action_prefix: Some("answer.desk-outcome".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(
        (
            trail[0].actor.as_str(),
            trail[0].reason.contains("keep-draft")
        ),
        ("system", true)
    );
    // A second pass finds nothing more to do.
    assert!(
        cyberindex_server::service::deadlines::settle_due(&app.state)
            .await
            .unwrap()
            .is_empty()
    );
}

/// The review page as `caller` sees it.
async fn review_page(app: &TestApp, query: &str) -> String {
    app.page(
        Method::GET,
        &format!("/editions/{EDITION}/countries/KEN/review{query}"),
        "reviewer",
    )
    .send()
    .await
    .unwrap()
    .text()
    .await
    .unwrap()
}

/// Submits KEN with three answers (LEG1.1 with its evidence), as the country.
async fn submit_three(app: &TestApp) {
    for q in ["LEG1.1", "LEG1.2", "TEC1a.1"] {
        let (status, body) = put_answer(app, q, json!("in-place"), 0).await;
        assert_eq!(status, 200, "{q}: {body}");
    }
    let (status, _) = post(
        app,
        &format!("{}/answers/LEG1.1/evidence", response_path("KEN")),
        "focal-ken",
        json!({"url": "https://example.org/law", "title": "Computer Misuse Act"}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, body) = post(
        app,
        &format!("{}/submit", response_path("KEN")),
        "focal-ken",
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sending_back_freezes_only_accepted_answers_and_tells_the_country_why() {
    let app = TestApp::new().await;
    submit_three(&app).await;
    // Three questions of many decided: one accepted, one asked about, one left undecided.
    assert_eq!(decide(&app, "LEG1.1", "accept", "").await.0, 200);
    assert_eq!(
        decide(&app, "LEG1.2", "clarify", "Is the bill passed?")
            .await
            .0,
        200
    );

    // Before sending back, the reviewer reads what the country will be able to change.
    let page = review_page(&app, "").await;
    for line in [
        "questions you asked about: 1",
        "answered questions without a decision: 1",
        "Accepted answers stay frozen: 1.",
    ] {
        assert!(page.contains(line), "{line}");
    }
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    let undecided = doc["not_accepted"].as_array().unwrap().len() - 1;
    assert!(
        page.contains(&format!(
            "{undecided} questions have no decision yet. The country may change them"
        )),
        "the undecided questions are announced ({undecided})"
    );

    let message = "Please tell us whether the bill has passed; the rest is still open.";
    let (status, body) = post(
        &app,
        &format!("{}/return", response_path("KEN")),
        "reviewer",
        json!({"deadline": in_days(10), "message": message}),
    )
    .await;
    assert_eq!(status, 200, "{body}");

    // Round 2: the accepted answer is frozen; the one asked about, the undecided one and an
    // unanswered question are all open, and so is evidence on the undecided one.
    let doc = get_json(&app, &response_path("KEN"), "focal-ken").await;
    assert_eq!(doc["round_message"], message);
    let cases = [
        ("LEG1.1", 409),
        ("LEG1.2", 200),
        ("TEC1a.1", 200),
        ("LEG1.3", 200),
    ];
    for (q, expected) in cases {
        let (status, body) = put_answer(&app, q, json!("partial"), version_of(&doc, q)).await;
        assert_eq!(status, expected, "{q}: {body}");
    }
    let (status, body) = post(
        &app,
        &format!("{}/answers/TEC1a.1/evidence", response_path("KEN")),
        "focal-ken",
        json!({"url": "https://example.org/cirt", "title": "CIRT decree"}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let (status, _) = post(
        &app,
        &format!("{}/answers/LEG1.1/evidence", response_path("KEN")),
        "focal-ken",
        json!({"url": "https://example.org/other", "title": "Another act"}),
    )
    .await;
    assert_eq!(status, 409, "evidence of an accepted answer is frozen too");

    // The workspace says so: the reviewers' message first, and honest counts.
    let workspace = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        workspace.contains(message),
        "the message is in the workspace"
    );
    assert!(workspace.contains("Questions the reviewers asked about: 1"));
    assert!(workspace.contains("Accepted answers, which stay as they are: 1"));
    assert!(!workspace.contains("The other answers are accepted"));
    // The unread notices are counted beside "Notifications" until they are read.
    let focal = app
        .state
        .store
        .user_by_email("focal-ken@test.example.org")
        .await
        .unwrap()
        .unwrap();
    let unread = app
        .state
        .store
        .notifications(focal.id, 50)
        .await
        .unwrap()
        .iter()
        .filter(|n| n.read_at.is_none())
        .count();
    assert!(unread > 0);
    assert!(
        workspace.contains(&format!(
            r#"<span class="badge">{unread}<span class="visually-hidden"> unread</span></span>"#
        )),
        "{unread} unread"
    );
    let read = app
        .page(Method::POST, "/notifications/read", "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(read.status(), 303);
    let workspace = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !workspace.contains(r#"class="badge""#),
        "none once they are marked read"
    );
    // And the email carries the message.
    let outbox = app.state.store.outbox().await.unwrap();
    let mail = outbox
        .iter()
        .find(|m| {
            m.to_address == "focal-ken@test.example.org"
                && m.subject.contains("Returned for revision")
        })
        .expect("the country is emailed");
    assert!(mail.body.contains(message), "{}", mail.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bulk_decisions_accept_in_one_action_with_an_audit_entry_per_answer() {
    let app = TestApp::new().await;
    submit_three(&app).await;
    let bulk = |kind: &str, scope: &str, caller: &str| {
        app.page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/review/bulk"),
            caller,
        )
        .form(&[("kind", kind), ("scope", scope)])
        .send()
    };
    // The page offers it, with the count, whole-response and per pillar.
    let page = review_page(&app, "").await;
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    let framework = app.state.framework(EDITION).await.unwrap();
    let evidenced: Vec<&str> = ["LEG1.1", "LEG1.2", "TEC1a.1"]
        .into_iter()
        .filter(|q| {
            let i = framework.question_index(q).unwrap();
            !framework.questions[i].evidence_required || *q == "LEG1.1"
        })
        .collect();
    assert!(
        page.contains(&format!(
            "Accept the answered questions that have their evidence ({})",
            evidenced.len()
        )),
        "{evidenced:?}"
    );

    // Refused: another country's focal point, an unknown kind, an unknown scope.
    let r = bulk("evidenced", "", "focal-fra").await.unwrap();
    assert_eq!(r.status(), 404);
    let r = bulk("everything", "", "reviewer").await.unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("Unknown bulk decision"));
    let r = bulk("evidenced", "NOPE", "reviewer").await.unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(
        get_json(&app, &response_path("KEN"), "reviewer").await["reviews"],
        doc["reviews"],
        "nothing was decided by the refused requests"
    );

    // One action: every answered question with its evidence, each audited on its own.
    let r = bulk("evidenced", "", "reviewer").await.unwrap();
    assert_eq!(r.status(), 303);
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert!(
        to.contains(&format!("accepted={}", evidenced.len())),
        "{to}"
    );
    let doc = get_json(&app, &response_path("KEN"), "reviewer").await;
    assert_eq!(
        doc["status"], "in-review",
        "the first decision starts the review"
    );
    let accepted: Vec<&str> = doc["reviews"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["question_id"].as_str().unwrap())
        .collect();
    assert_eq!(accepted.len(), evidenced.len());
    let audit = get_json(
        &app,
        &format!("{}/audit?action=review.decide", response_path("KEN")),
        "admin",
    )
    .await;
    let bulk_entries = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "review.decide" && e["reason"] == "bulk: evidenced")
        .count();
    assert_eq!(bulk_entries, evidenced.len());
    // A second time there is nothing left to take.
    let r = bulk("evidenced", "", "reviewer").await.unwrap();
    assert!(
        r.headers()["location"]
            .to_str()
            .unwrap()
            .contains("accepted=0")
    );
    // An edited count in the address is ignored, not refused.
    for query in ["?accepted=abc", "?accepted=-1"] {
        let r = app
            .page(
                Method::GET,
                &format!("/editions/{EDITION}/countries/KEN/review{query}"),
                "reviewer",
            )
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{query}");
    }
    let page = review_page(&app, "?show=undecided").await;
    for q in &evidenced {
        assert!(!page.contains(&format!("id=\"q-{q}\"")), "{q} is decided");
    }
}

/// Without JavaScript, a refused form comes back on its own page, the message beside the field
/// at fault and what was typed kept: a clarification without its comment on the review page,
/// evidence with neither a link nor a file in the workspace.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_forms_come_back_beside_their_field_with_what_was_typed() {
    let app = TestApp::new().await;
    // Evidence with a title but neither a link nor a file.
    let form = reqwest::multipart::Form::new()
        .text("title", "Draft cybercrime bill, 2025")
        .text("url", "")
        .text("issued_on", "2025-03-01");
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(
        page.contains(r#"id="q-LEG1.1""#),
        "the workspace, at the question"
    );
    assert!(page.contains(r#"<details class="add-evidence" open>"#));
    assert!(page.contains(r#"<p id="ee-LEG1.1" class="field-error">"#));
    assert!(
        page.contains(r#"value="Draft cybercrime bill, 2025""#),
        "the title is kept"
    );
    assert!(page.contains(r#"value="2025-03-01""#), "the date is kept");
    assert!(page.contains(r#"aria-invalid="true""#));

    // A clarification without its comment, on the review page.
    submit_three(&app).await;
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.2/review"),
            "reviewer",
        )
        .form(&[("decision", "clarify"), ("comment", "  ")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(
        page.contains(r#"<p id="re-LEG1.2" class="field-error">"#),
        "beside the comment"
    );
    assert!(
        page.contains(r#"<input type="radio" name="decision" value="clarify" checked>"#),
        "the decision chosen is kept"
    );
    assert!(
        !page.contains(r#"id="re-LEG1.1""#),
        "other questions are untouched"
    );
    // Scripts still get the JSON error.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.2/review"),
            "reviewer",
        )
        .header("Accept", "application/json")
        .form(&[("decision", "clarify"), ("comment", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["field"], "comment");
}

/// The review queue counts, per response, the questions asked whose answer is not accepted yet
/// (one query for the whole edition, not one per response), and says beside the submission date
/// how long the response has waited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_queue_shows_open_questions_and_how_long_each_response_has_waited() {
    let app = TestApp::new().await;
    submit_three(&app).await;
    assert_eq!(decide(&app, "LEG1.1", "accept", "").await.0, 200);
    let relevant = get_json(&app, &response_path("KEN"), "reviewer").await["progress"]["relevant"]
        .as_u64()
        .unwrap();
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/review"),
            "reviewer",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let row = page
        .split(r#"<tr data-country="KEN">"#)
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("Kenya waits in the queue");
    assert!(
        row.contains(&format!(r#"<td data-open="{}">"#, relevant - 1)),
        "every question asked but the accepted one is open: {row}"
    );
    assert!(row.contains("(waiting 0 days)"), "{row}");
    assert!(
        !page.contains("Waiting since"),
        "one column for the date, not two"
    );
}
