//! Security hardening (issue 11) of the store, the outbox, webhooks and the server's connection
//! limits, over real requests: archived editions refuse every change with 409 `locked` (pages and
//! API alike, with nothing announced); single-use links never rest in the outbox; webhooks refuse
//! private destinations; slow clients are disconnected.

mod common;

use common::{EDITION, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

fn api_path(rest: &str) -> String {
    format!("/api/v1/editions/{EDITION}/responses/KEN{rest}")
}

fn page_path(rest: &str) -> String {
    format!("/editions/{EDITION}/countries/KEN{rest}")
}

async fn user_id(app: &TestApp, name: &str) -> i64 {
    app.state
        .store
        .user_by_email(&format!("{name}@test.example.org"))
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Sends a JSON API request and returns the status and the body.
async fn api(
    app: &TestApp,
    method: Method,
    path: &str,
    caller: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = app.api(method, path, caller);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archived_edition_refuses_every_change_through_the_api_and_the_pages() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    // A webhook endpoint: any status change would queue a delivery for it.
    store
        .create_webhook("https://hooks.test.example.org/cyberindex", "s3cret", None)
        .await
        .unwrap();

    // Before archiving, the country works normally: an answer, and a link as evidence.
    let (status, saved) = api(
        &app,
        Method::PUT,
        &api_path("/answers/LEG1.1"),
        "focal-ken",
        Some(json!({"value": "in-place", "version": 0})),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let (status, evidence) = api(
        &app,
        Method::POST,
        &api_path("/answers/LEG1.1/evidence"),
        "focal-ken",
        Some(json!({"url": "https://example.org/law", "title": "Law"})),
    )
    .await;
    assert_eq!(status, 201, "{evidence}");
    let evidence_id = evidence["id"].as_i64().unwrap();

    let (status, body) = api(
        &app,
        Method::POST,
        &format!("/api/v1/editions/{EDITION}/archive"),
        "admin",
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let audit_before = store.audit(&Default::default()).await.unwrap().len();
    let answers_before = store.answers(EDITION, "KEN").await.unwrap();

    // Every write through the API: 409 with the code `locked`.
    let api_writes: Vec<(&str, Method, String, &str, Option<Value>)> = vec![
        (
            "answer save",
            Method::PUT,
            api_path("/answers/LEG1.1"),
            "focal-ken",
            Some(json!({"value": "not-in-place", "version": 1})),
        ),
        (
            "answer save (contributor, new question)",
            Method::PUT,
            api_path("/answers/LEG1.2"),
            "contributor-ken",
            Some(json!({"value": "in-place", "version": 0})),
        ),
        (
            "evidence add",
            Method::POST,
            api_path("/answers/LEG1.1/evidence"),
            "focal-ken",
            Some(json!({"url": "https://example.org/other", "title": "Other"})),
        ),
        (
            "evidence delete",
            Method::DELETE,
            api_path(&format!("/evidence/{evidence_id}")),
            "focal-ken",
            None,
        ),
        (
            "message",
            Method::POST,
            api_path("/answers/LEG1.1/messages"),
            "focal-ken",
            Some(json!({"body": "still here?"})),
        ),
        (
            "reviewer note",
            Method::POST,
            api_path("/answers/LEG1.1/messages"),
            "reviewer",
            Some(json!({"body": "note", "internal": true})),
        ),
        (
            "submission",
            Method::POST,
            api_path("/submit"),
            "focal-ken",
            None,
        ),
        (
            "secretariat draft",
            Method::PUT,
            api_path("/answers/LEG1.3/draft"),
            "reviewer",
            Some(json!({"value": "in-place", "comment": "Gazette", "version": 0})),
        ),
        (
            "confirmation",
            Method::POST,
            api_path("/answers/LEG1.1/confirm"),
            "focal-ken",
            Some(json!({"version": 1})),
        ),
    ];
    for (what, method, path, caller, body) in api_writes {
        let (status, body) = api(&app, method, &path, caller, body).await;
        assert_eq!(status, 409, "{what}: {body}");
        assert_eq!(body["error"]["code"], "locked", "{what}: {body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("archived")),
            "{what}: {body}"
        );
    }

    // The same through the pages (form posts): 409 too, with the message in the page.
    let page_writes: [(&str, String, &str, &str); 4] = [
        (
            "answer save",
            page_path("/answers/LEG1.1"),
            "focal-ken",
            "value=partial&comment=&version=1",
        ),
        (
            "message",
            page_path("/answers/LEG1.1/messages"),
            "focal-ken",
            "body=hello",
        ),
        ("submission", page_path("/submit"), "focal-ken", "confirm=1"),
        (
            "evidence delete",
            page_path(&format!("/evidence/{evidence_id}/delete")),
            "focal-ken",
            "",
        ),
    ];
    for (what, path, caller, form) in page_writes {
        let r = app
            .page(Method::POST, &path, caller)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 409, "page {what}");
        let html = r.text().await.unwrap();
        assert!(html.contains("archived"), "page {what}: {html}");
    }

    // Nothing changed, nothing was recorded, nothing was announced.
    assert_eq!(store.answers(EDITION, "KEN").await.unwrap(), answers_before);
    assert_eq!(store.evidence(EDITION, "KEN").await.unwrap().len(), 1);
    assert!(
        store
            .messages(EDITION, "KEN", true)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.response(EDITION, "KEN").await.unwrap().status,
        cyberindex_store::Status::InProgress
    );
    assert_eq!(
        store.audit(&Default::default()).await.unwrap().len(),
        audit_before,
        "an entry was recorded for a refused change"
    );
    assert!(
        store.deliveries(10).await.unwrap().is_empty(),
        "a webhook was queued"
    );
    let reviewer = user_id(&app, "reviewer").await;
    assert!(
        store.notifications(reviewer, 10).await.unwrap().is_empty(),
        "a notification was sent"
    );
    assert!(
        store.outbox().await.unwrap().is_empty(),
        "an email was queued"
    );

    // The store itself refuses the paths no handler offers on an archived edition.
    assert!(matches!(
        store
            .set_status(
                EDITION,
                "KEN",
                &[cyberindex_store::Status::InProgress],
                cyberindex_store::Status::Submitted,
                None,
            )
            .await,
        Err(cyberindex_store::StoreError::Archived(_))
    ));
    assert!(matches!(
        store
            .bulk_load(
                EDITION,
                "FRA",
                &[],
                cyberindex_store::Status::Submitted,
                None
            )
            .await,
        Err(cyberindex_store::StoreError::Archived(_))
    ));
    assert!(matches!(
        store.apply_desk_policy(EDITION, None).await,
        Err(cyberindex_store::StoreError::Archived(_))
    ));
}
