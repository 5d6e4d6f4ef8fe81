//! Carry-forward without the chore (issue 14 item 7), over HTTP: "confirm every unchanged answer
//! in this pillar" as one action audited per answer, evidence carried with its answers and marked
//! as carried, and the conflict chooser showing option labels and who made the other change.
//!
//! Each test starts from `common::carry::carried`: KEN's answers (with a link and a file) in the
//! test edition, carried into the edition `e2027`.

use crate::common;

use common::carry::{NEXT, PDF, SOURCE, carried};
use common::{EDITION, TestApp};
use cyberindex_store::AuditFilter;
use reqwest::Method;
use serde_json::json;

/// The questions of `pillar`, in framework order.
fn pillar(id: &str) -> Vec<String> {
    let framework = cyberindex_framework::read(SOURCE).unwrap();
    cyberindex_workflow::carry::pillar_questions(&framework, id).unwrap()
}

/// The bulk confirm of `pillar` as `caller`, through the page (`via_api` false: the status and
/// where it redirects) or the API (the status and the body).
async fn confirm(app: &TestApp, caller: &str, pillar: &str, via_api: bool) -> (u16, String) {
    let r = if via_api {
        app.api(
            Method::POST,
            &format!("/api/v1/editions/{NEXT}/responses/KEN/pillars/{pillar}/confirm"),
            caller,
        )
    } else {
        app.page(
            Method::POST,
            &format!("/editions/{NEXT}/countries/KEN/pillars/{pillar}/confirm"),
            caller,
        )
    }
    .send()
    .await
    .unwrap();
    let status = r.status().as_u16();
    let location = r
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string());
    let body = r.text().await.unwrap();
    (status, location.unwrap_or(body))
}

async fn confirmations(app: &TestApp) -> Vec<String> {
    let mut entries = app
        .state
        .store
        .audit(&AuditFilter {
            edition: Some(NEXT.into()),
            country: Some("KEN".into()),
            action_prefix: Some("answer.confirm".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    entries.sort_by_key(|e| e.id);
    entries
        .into_iter()
        .map(|e| format!("{} {} by {}", e.action, e.question.unwrap(), e.actor))
        .collect()
}

async fn unconfirmed(app: &TestApp) -> Vec<String> {
    app.state
        .store
        .answers(NEXT, "KEN")
        .await
        .unwrap()
        .into_iter()
        .filter(|a| !a.confirmed)
        .map(|a| a.question_id)
        .collect()
}

#[tokio::test]
async fn one_action_confirms_every_unchanged_answer_of_a_pillar_audited_per_answer() {
    let app = TestApp::new().await;
    let questions = carried(&app, 56).await;
    let legal: Vec<String> = pillar("LEG")
        .into_iter()
        .filter(|q| questions.contains(q))
        .collect();
    assert!(legal.len() > 3, "{legal:?}");
    // The country corrects one answer first: it is no longer "unchanged".
    let corrected = &legal[1];
    let saved = app
        .api(
            Method::PUT,
            &format!("/api/v1/editions/{NEXT}/responses/KEN/answers/{corrected}"),
            "contributor-ken",
        )
        .json(&json!({"value": "not-in-place", "version": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());

    // The workspace offers the pillar's unchanged answers in one button.
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{NEXT}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let expected = legal.len() - 1;
    assert!(
        page.contains(&format!(
            "Confirm the {expected} unchanged answers in Legal measures"
        )),
        "no bulk confirm button for {expected} answers"
    );

    // One post; a redirect that says how many.
    let (status, location) = confirm(&app, "focal-ken", "LEG", false).await;
    assert_eq!(
        (status, location.as_str()),
        (
            303,
            format!("/editions/{NEXT}/countries/KEN?confirmed={expected}&pillar=LEG#pillar-LEG")
                .as_str()
        )
    );
    let page = app
        .page(Method::GET, &location, "focal-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!(
            r#"role="status" data-confirmed="LEG">{expected} answers confirmed in Legal measures."#
        )),
        "no status message"
    );
    assert!(
        !page.contains(r#"data-confirm-pillar="LEG""#),
        "the button stays"
    );

    // One audit entry per answer, the single confirm's, by the focal point; the corrected answer
    // and the other pillars are left alone.
    let expected_entries: Vec<String> = legal
        .iter()
        .filter(|q| *q != corrected)
        .map(|q| format!("answer.confirm {q} by focal-ken@test.example.org"))
        .collect();
    assert_eq!(confirmations(&app).await, expected_entries);
    let left = unconfirmed(&app).await;
    assert!(left.iter().all(|q| !legal.contains(q)));
    assert_eq!(left.len(), 56 - legal.len());
    for answer in app.state.store.answers(NEXT, "KEN").await.unwrap() {
        if legal.contains(&answer.question_id) && answer.question_id != *corrected {
            assert_eq!(
                (answer.outcome.as_deref(), answer.version),
                (Some("confirmed"), 2)
            );
        }
    }
    app.state.store.verify_audit().await.unwrap().unwrap();

    // Again: nothing is left, nothing is written.
    let (status, location) = confirm(&app, "focal-ken", "LEG", false).await;
    assert_eq!(status, 303);
    assert!(location.contains("confirmed=0"), "{location}");
    assert_eq!(confirmations(&app).await.len(), expected);

    // The API does the same for another pillar and lists what it confirmed.
    let technical: Vec<String> = pillar("TEC")
        .into_iter()
        .filter(|q| questions.contains(q))
        .collect();
    let (status, body) = confirm(&app, "contributor-ken", "TEC", true).await;
    assert_eq!(status, 200, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        body,
        json!({"confirmed": technical.len(), "questions": technical})
    );
    assert_eq!(confirmations(&app).await.len(), expected + technical.len());
}

#[tokio::test]
async fn the_bulk_confirm_is_refused_where_the_single_confirm_is() {
    let app = TestApp::new().await;
    carried(&app, 20).await;
    // (caller, pillar, via the API, expected status)
    let cases: &[(&str, &str, bool, u16)] = &[
        ("focal-fra", "LEG", false, 404),
        ("focal-fra", "LEG", true, 404),
        ("observer-ken", "LEG", false, 403),
        ("reviewer", "LEG", true, 403),
        ("admin", "LEG", false, 403),
        ("anonymous", "LEG", true, 401),
        ("focal-ken", "NOPE", false, 404),
        ("focal-ken", "LEG1", true, 404),
    ];
    for (caller, pillar, api, status) in cases {
        let (got, body) = confirm(&app, caller, pillar, *api).await;
        assert_eq!(got, *status, "{caller} {pillar} api={api}: {body}");
    }
    assert!(confirmations(&app).await.is_empty());

    // Once submitted, the response is the reviewers': 409, nothing confirmed.
    let submitted = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{NEXT}/responses/KEN/submit"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(submitted.status(), 200);
    for api in [false, true] {
        let (status, body) = confirm(&app, "focal-ken", "LEG", api).await;
        assert_eq!(status, 409, "{body}");
    }
    assert!(confirmations(&app).await.is_empty());
    assert_eq!(unconfirmed(&app).await.len(), 20);
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{NEXT}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("data-confirm-pillar"),
        "no button once submitted"
    );
}

#[tokio::test]
async fn evidence_comes_with_its_answer_marked_as_carried() {
    let app = TestApp::new().await;
    carried(&app, 5).await;
    let store = &app.state.store;
    let before = store.evidence(EDITION, "KEN").await.unwrap();
    let after = store.evidence(NEXT, "KEN").await.unwrap();
    let line = |e: &cyberindex_store::Evidence| {
        format!(
            "{} {} public={} from={:?}",
            e.question_id,
            e.snapshot_line(),
            e.public,
            e.carried_from
        )
    };
    assert_eq!(
        after.iter().map(line).collect::<Vec<_>>(),
        before
            .iter()
            .map(|e| line(e).replace("from=None", &format!("from=Some(\"{EDITION}\")")))
            .collect::<Vec<_>>(),
        "the same links and the same files (by hash), the deleted one left behind"
    );
    assert_eq!(after.len(), 2);
    // The file is the same stored blob, counted once by fsck and backup, and downloads.
    let hashes = store.evidence_hashes().await.unwrap();
    assert_eq!(hashes.len(), 1, "{hashes:?}");
    let file = after
        .iter()
        .find(|e| matches!(e.kind, cyberindex_store::EvidenceKind::File { .. }))
        .unwrap();
    let download = app
        .page(
            Method::GET,
            &format!("/editions/{NEXT}/countries/KEN/evidence/{}", file.id),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
    // Each carried item has its own audit entry.
    let carried = store
        .audit(&AuditFilter {
            edition: Some(NEXT.into()),
            action_prefix: Some("evidence.carry".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(carried.len(), 2);

    // The workspace and the review page mark them.
    let mark = format!(r#"data-carried-from="{EDITION}">Carried from {EDITION}</span>"#);
    for (path, caller) in [
        (format!("/editions/{NEXT}/countries/KEN"), "focal-ken"),
        (format!("/editions/{NEXT}/countries/KEN/review"), "reviewer"),
    ] {
        let page = app
            .page(Method::GET, &path, caller)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(page.matches(&mark).count(), 2, "{path}");
    }
    // Evidence attached in the new edition is not marked.
    let fresh = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{NEXT}/responses/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .multipart(
            reqwest::multipart::Form::new()
                .text("title", "New decree")
                .text("url", "https://example.org/decree"),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(fresh.status(), 201);
    let fresh: serde_json::Value = fresh.json().await.unwrap();
    assert!(fresh.get("carried_from").is_none(), "{fresh}");
    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/editions/{NEXT}/responses/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .json::<serde_json::Value>()
        .await
        .unwrap();
    let marked = api["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["carried_from"] == EDITION)
        .count();
    assert_eq!(marked, 2, "{api}");
}

#[tokio::test]
async fn the_conflict_chooser_shows_labels_and_who_changed_the_answer() {
    let app = TestApp::new().await;
    // The contributor saves first; the focal point's save from version 0 then conflicts.
    let first = app
        .api(
            Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1"),
            "contributor-ken",
        )
        .json(&json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200);
    let framework = cyberindex_framework::read(SOURCE).unwrap();
    let question = framework
        .questions
        .iter()
        .find(|q| q.id == "LEG1.1")
        .unwrap();
    let label =
        |id: &str| question.options.iter().find(|o| o.id == id).unwrap().label["en"].clone();
    let path = format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1");
    // Without JavaScript: the chooser page.
    let page = app
        .page(Method::POST, &path, "focal-ken")
        .form(&[("value", "partial"), ("comment", ""), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 409);
    let page = page.text().await.unwrap();
    let values = page
        .split(r#"<dl class="conflict-values">"#)
        .nth(1)
        .unwrap()
        .split("</dl>")
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        values.trim(),
        format!(
            "<dt>Their value</dt><dd>{}</dd>\n<dt>Your value</dt><dd>{}</dd>",
            label("in-place"),
            label("partial")
        )
    );
    assert!(
        page.contains(
            "<p data-changed>Changed by contributor-ken (contributor-ken@test.example.org) on "
        ),
        "{page}"
    );
    // The form still posts the ids.
    assert!(page.contains(r#"<input type="hidden" name="value" value="partial">"#));

    // With JavaScript: the 409 says who, for app.js (which takes labels from the form).
    let json = app
        .page(Method::POST, &path, "focal-ken")
        .header("Accept", "application/json")
        .form(&[("value", "partial"), ("comment", ""), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), 409);
    let json: serde_json::Value = json.json().await.unwrap();
    assert_eq!(json["error"]["code"], "conflict");
    assert_eq!(json["error"]["current"]["value"], "in-place");
    assert!(
        json["changed"]
            .as_str()
            .unwrap()
            .starts_with("Changed by contributor-ken (contributor-ken@test.example.org) on "),
        "{json}"
    );
}

#[tokio::test]
async fn in_a_returned_round_accepted_answers_stay_as_they_are() {
    let app = TestApp::new().await;
    let questions = carried(&app, 5).await;
    let response = format!("/api/v1/editions/{NEXT}/responses/KEN");
    let send = |path: String, caller: &'static str, body: serde_json::Value| {
        let app = &app;
        async move {
            let r = app
                .api(Method::POST, &path, caller)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, r.text().await.unwrap())
        }
    };
    let (status, body) = send(format!("{response}/submit"), "focal-ken", json!({})).await;
    assert_eq!(status, 200, "{body}");
    // (question, decision): the first is sent back, the second accepted, the rest undecided.
    // Only the accepted answer is frozen in round 2, so it alone stays unconfirmed.
    for (question, decision) in [(&questions[0], "clarify"), (&questions[1], "accept")] {
        let (status, body) = send(
            format!("{response}/answers/{question}/review"),
            "reviewer",
            json!({"decision": decision, "comment": "Is this still true?"}),
        )
        .await;
        assert_eq!(status, 200, "{question}: {body}");
    }
    let (status, body) = send(
        format!("{response}/return"),
        "reviewer",
        json!({"deadline": "2099-01-01", "message": "One question"}),
    )
    .await;
    assert_eq!(status, 200, "{body}");

    let page = app
        .page(
            Method::GET,
            &format!("/editions/{NEXT}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Confirm the 4 unchanged answers in Legal measures"));
    let (status, body) = confirm(&app, "focal-ken", "LEG", true).await;
    assert_eq!(status, 200, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    let open: Vec<&String> = questions.iter().filter(|q| **q != questions[1]).collect();
    assert_eq!(body, json!({"confirmed": 4, "questions": open}));
    assert_eq!(
        confirmations(&app).await,
        open.iter()
            .map(|q| format!("answer.confirm {q} by focal-ken@test.example.org"))
            .collect::<Vec<_>>()
    );
    assert_eq!(unconfirmed(&app).await, [questions[1].clone()]);
}
