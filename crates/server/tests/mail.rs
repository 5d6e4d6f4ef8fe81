//! Email through SMTP: a minimal SMTP server on loopback receives what a review step sends, and
//! the outbox records the message as sent. Without SMTP the message waits in the outbox.

use crate::common;

use common::{EDITION, TestApp};
use cyberindex_server::config::Smtp;
use reqwest::Method;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_notifications_are_sent_through_smtp() {
    let (port, received) = common::smtp::server().await;
    let app = TestApp::with(|c| {
        c.smtp = Some(Smtp {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            from: "cyberindex <no-reply@test.example.org>".into(),
            security: "none".into(),
        });
    })
    .await;
    let base = format!("/api/v1/editions/{EDITION}/responses/KEN");
    let r = app
        .api(Method::PUT, &format!("{base}/answers/LEG1.1"), "focal-ken")
        .json(&serde_json::json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r = app
        .api(Method::POST, &format!("{base}/submit"), "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // The submission reached the reviewer (every reviewer: none is assigned) by SMTP.
    let received = received.lock().unwrap().clone();
    let to_reviewer = received
        .iter()
        .find(|(to, _)| to.contains("reviewer@test.example.org"))
        .unwrap_or_else(|| panic!("no message for the reviewer: {received:?}"));
    // (Headers and body may be encoded for transport: the outbox holds the plain text.)
    assert!(to_reviewer.1.contains("Subject: "), "{}", to_reviewer.1);
    assert!(
        to_reviewer
            .1
            .contains("From: cyberindex <no-reply@test.example.org>")
    );
    // The outbox records it as sent.
    let outbox = app.state.store.outbox().await.unwrap();
    let sent = outbox
        .iter()
        .find(|m| m.to_address == "reviewer@test.example.org")
        .unwrap();
    assert!(sent.sent_at.is_some() && sent.error.is_none(), "{sent:?}");
    assert!(
        sent.subject.starts_with("Kenya: the response is now"),
        "{sent:?}"
    );
    assert!(sent.body.contains("/editions/e2026/countries/KEN/review"));
}
