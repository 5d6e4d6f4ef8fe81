//! The reviewers' "changed since the last round" view compares each question's evidence now with
//! the lines stored in the submission snapshot. Unchanged evidence with awkward text (commas,
//! quotes, angle brackets, newlines, non-Latin titles, files) must not show as changed.

use crate::common;

use common::{EDITION, TestApp};
use cyberindex_store::{EvidenceKind, NewEvidence};
use reqwest::Method;
use serde_json::{Value, json};

fn response_path() -> String {
    format!("/api/v1/editions/{EDITION}/responses/KEN")
}

async fn call(app: &TestApp, method: Method, path: &str, caller: &str, body: Value) -> Value {
    let r = app
        .api(method.clone(), path, caller)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let body: Value = r.json().await.unwrap_or(Value::Null);
    assert!(status < 300, "{method} {path} as {caller}: {status} {body}");
    body
}

fn version_of(doc: &Value, question: &str) -> i64 {
    doc["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["question_id"] == question)
        .map_or(0, |a| a["version"].as_i64().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unchanged_evidence_with_awkward_text_is_not_shown_as_changed() {
    let app = TestApp::new().await;
    for q in ["LEG1.1", "LEG1.2"] {
        call(
            &app,
            Method::PUT,
            &format!("{}/answers/{q}", response_path()),
            "focal-ken",
            json!({"value": "in-place", "version": 0}),
        )
        .await;
    }
    call(
        &app,
        Method::POST,
        &format!("{}/answers/LEG1.1/evidence", response_path()),
        "focal-ken",
        json!({"url": "https://example.org/a,b?q=\"x\"&y='z'", "title": "Loi n° 2021-05, art. \"3\", <alinéa 2>"}),
    )
    .await;
    // Titles the form would not take in one line, and a file, straight through the store.
    let extra = [
        NewEvidence {
            question_id: "LEG1.1".into(),
            kind: EvidenceKind::File {
                sha256: "ab".repeat(32),
                file_name: "law, final \"v2\".pdf".into(),
                media_type: "application/pdf".into(),
                size: 10,
            },
            title: "网络安全法\n第二章".into(),
            language: "zh".into(),
            issued_on: String::new(),
            public: false,
        },
        NewEvidence {
            question_id: "LEG1.1".into(),
            kind: EvidenceKind::Url {
                url: "https://example.org/ar".into(),
            },
            title: "قانون الجرائم الإلكترونية, «2018»".into(),
            language: "ar".into(),
            issued_on: String::new(),
            public: false,
        },
    ];
    for e in &extra {
        app.state
            .store
            .add_evidence(EDITION, "KEN", e, None)
            .await
            .unwrap();
    }
    call(
        &app,
        Method::POST,
        &format!("{}/submit", response_path()),
        "focal-ken",
        json!({}),
    )
    .await;

    // Round 1: the reviewers ask about LEG1.2 only and send the response back.
    let doc = call(&app, Method::GET, &response_path(), "reviewer", Value::Null).await;
    for q in doc["not_accepted"].as_array().unwrap() {
        let q = q.as_str().unwrap();
        let (decision, comment) = if q == "LEG1.2" {
            ("clarify", "Which law?")
        } else {
            ("accept", "")
        };
        call(
            &app,
            Method::POST,
            &format!("{}/answers/{q}/review", response_path()),
            "reviewer",
            json!({"decision": decision, "comment": comment}),
        )
        .await;
    }
    let deadline = (time::OffsetDateTime::now_utc() + time::Duration::days(14))
        .date()
        .to_string();
    call(
        &app,
        Method::POST,
        &format!("{}/return", response_path()),
        "reviewer",
        json!({"deadline": deadline}),
    )
    .await;

    // Round 2: the country changes LEG1.2 and submits again; LEG1.1 and its evidence stay.
    let doc = call(
        &app,
        Method::GET,
        &response_path(),
        "focal-ken",
        Value::Null,
    )
    .await;
    call(
        &app,
        Method::PUT,
        &format!("{}/answers/LEG1.2", response_path()),
        "focal-ken",
        json!({"value": "partial", "version": version_of(&doc, "LEG1.2")}),
    )
    .await;
    call(
        &app,
        Method::POST,
        &format!("{}/submit", response_path()),
        "focal-ken",
        json!({}),
    )
    .await;

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
        !page.contains("id=\"q-LEG1.1\""),
        "LEG1.1's evidence did not change, so the question is not listed"
    );
}
