//! CIRT maturity assessments through the JSON API (issue 17): reading what the caller may read
//! (another team's assessment is 404), saving a batch of levels all or nothing (a bad level or
//! parameter is 422 naming it, a stale version 409, nothing written), the roadmap and the
//! establishment tracker's engagements.

use crate::common;

use common::maturity::{other_team_staff, start_assessment};
use common::{STAFF_TEAM, TestApp};
use cyberindex_store::Level;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    who: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = app.api(method, path, who);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.unwrap();
    let status = r.status();
    let text = r.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

fn parameter<'a>(doc: &'a Value, id: &str) -> &'a Value {
    doc["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("{id} in {doc}"))
}

#[tokio::test]
async fn the_api_reads_and_saves_levels_all_or_nothing() {
    let mut app = TestApp::new().await;
    other_team_staff(&mut app).await;
    let id = start_assessment(&app).await;
    let one = format!("/api/v1/maturity/assessments/{id}");

    // Listed for the team and the secretariat, not for another team.
    for (who, listed) in [
        ("team-staff-ken", true),
        ("admin", true),
        ("other-staff", false),
        ("focal-ken", false),
    ] {
        let (status, list) =
            call(&app, Method::GET, "/api/v1/maturity/assessments", who, None).await;
        assert_eq!(status, 200, "{who}");
        let found = list.as_array().unwrap().iter().any(|a| a["id"] == id);
        assert_eq!(found, listed, "{who}: {list}");
    }

    let (status, doc) = call(&app, Method::GET, &one, "team-staff-ken", None).await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(doc["status"], "self_assessment");
    assert_eq!(doc["round"], 1);
    assert_eq!(doc["team"], STAFF_TEAM);
    assert_eq!(doc["parameters"].as_array().unwrap().len(), 45);
    assert_eq!(parameter(&doc, "H-1")["group"], "H");
    assert!(!doc["tiers"].as_array().unwrap().is_empty());
    assert!(!doc["tiers"][0]["blocking"].as_array().unwrap().is_empty());

    // A batch with one bad level, or an unknown parameter, writes nothing and names it.
    for (levels, field, named) in [
        (
            json!([{"parameter": "O-1", "level": "3", "expected_version": 0},
                {"parameter": "O-4", "level": "7", "expected_version": 0}]),
            "level.O-4",
            "O-4",
        ),
        (
            json!([{"parameter": "O-1", "level": "3", "expected_version": 0},
                {"parameter": "X-99", "level": "1", "expected_version": 0}]),
            "",
            "X-99",
        ),
        (
            json!([{"parameter": "O-1", "level": "3", "expected_version": 0},
                {"parameter": "O-1", "level": "2", "expected_version": 0}]),
            "level.O-1",
            "O-1",
        ),
    ] {
        let (status, body) = call(
            &app,
            Method::PUT,
            &format!("{one}/levels"),
            "team-staff-ken",
            Some(json!({"levels": levels})),
        )
        .await;
        assert_eq!(status, 422, "{body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains(named), "{message}");
        if !field.is_empty() {
            assert_eq!(body["error"]["field"], field, "{body}");
        }
        assert!(
            app.state
                .store
                .parameter_answers(id)
                .await
                .unwrap()
                .is_empty(),
            "nothing written"
        );
    }

    // A good batch: every parameter written, in one transaction, one audit entry each.
    let (status, doc) = call(
        &app,
        Method::PUT,
        &format!("{one}/levels"),
        "team-staff-ken",
        Some(json!({"levels": [
            {"parameter": "O-1", "level": "3", "note": "Decree 12/2024", "expected_version": 0},
            {"parameter": "O-2", "level": "na", "expected_version": 0},
            {"parameter": "H-1", "level": null, "note": "", "expected_version": 0},
        ]})),
    )
    .await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(parameter(&doc, "O-1")["self_level"], "3");
    assert_eq!(parameter(&doc, "O-1")["note"], "Decree 12/2024");
    assert_eq!(parameter(&doc, "O-2")["self_level"], "na");
    assert_eq!(parameter(&doc, "O-1")["version"], 1);
    assert_eq!(
        parameter(&doc, "H-1")["version"],
        0,
        "unchanged, not written"
    );
    let answers = app.state.store.parameter_answers(id).await.unwrap();
    assert_eq!(answers.len(), 2);

    // Stale: O-1 was read at version 0; the other parameter of the batch is not written either.
    let (status, body) = call(
        &app,
        Method::PUT,
        &format!("{one}/levels"),
        "team-staff-ken",
        Some(json!({"levels": [
            {"parameter": "O-3", "level": "2", "expected_version": 0},
            {"parameter": "O-1", "level": "1", "expected_version": 0},
        ]})),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    let answers = app.state.store.parameter_answers(id).await.unwrap();
    assert!(answers.iter().all(|a| a.parameter != "O-3"));
    assert_eq!(
        answers
            .iter()
            .find(|a| a.parameter == "O-1")
            .unwrap()
            .self_level,
        Some(Level::L3)
    );

    // Another team's staff: 404 for reading and writing, as for no assessment.
    for (method, path, body) in [
        (Method::GET, one.clone(), None),
        (
            Method::PUT,
            format!("{one}/levels"),
            Some(json!({"levels": [{"parameter": "O-5", "level": "1", "expected_version": 0}]})),
        ),
        (
            Method::PUT,
            format!("{one}/validation"),
            Some(json!({"levels": [{"parameter": "O-5", "level": "1", "expected_version": 0}]})),
        ),
        (
            Method::GET,
            "/api/v1/maturity/assessments/999999".into(),
            None,
        ),
    ] {
        let (status, body) = call(&app, method, &path, "other-staff", body).await;
        assert_eq!(status, 404, "{path}: {body}");
        assert_eq!(body["error"]["code"], "not-found");
    }
    // The team may not record validated levels; nobody may without a token.
    let (status, _) = call(
        &app,
        Method::PUT,
        &format!("{one}/validation"),
        "team-staff-ken",
        Some(json!({"levels": []})),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = call(&app, Method::GET, &one, "anonymous", None).await;
    assert_eq!(status, 401);
    // A note with a NUL character (which PostgreSQL cannot store) is refused, naming it.
    let (status, body) = call(
        &app,
        Method::PUT,
        &format!("{one}/levels"),
        "team-staff-ken",
        Some(json!({"levels": [
            {"parameter": "O-5", "level": "1", "note": "a\u{0}b", "expected_version": 0},
        ]})),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body["error"]["message"].as_str().unwrap().contains("O-5"),
        "{body}"
    );
    // A body that is not the schema is a clear 4xx in JSON.
    let (status, body) = call(
        &app,
        Method::PUT,
        &format!("{one}/levels"),
        "team-staff-ken",
        Some(json!({"levels": [{"parameter": "O-1"}]})),
    )
    .await;
    assert!(status.is_client_error(), "{status}");
    assert!(body["error"]["message"].is_string(), "{body}");

    // Submitted: the secretariat records validated levels through the API.
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/step"),
            "team-staff-ken",
        )
        .form(&[("step", "submit"), ("version", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303, "{}", r.text().await.unwrap());
    let (status, doc) = call(&app, Method::PUT, &format!("{one}/validation"), "admin", Some(json!({"levels": [
        {"parameter": "O-1", "level": "2", "comment": "No board minutes", "expected_version": 1},
    ]}))).await;
    assert_eq!(status, 200, "{doc}");
    assert_eq!(parameter(&doc, "O-1")["validated_level"], "2");
    assert_eq!(parameter(&doc, "O-1")["self_level"], "3");
    // The team's levels are closed now.
    let (status, _) = call(
        &app,
        Method::PUT,
        &format!("{one}/levels"),
        "team-staff-ken",
        Some(json!({"levels": [
            {"parameter": "O-5", "level": "1", "expected_version": 0},
        ]})),
    )
    .await;
    assert_eq!(status, 409);
}

#[tokio::test]
async fn the_api_reads_and_changes_the_roadmap_and_lists_engagements() {
    let mut app = TestApp::new().await;
    other_team_staff(&mut app).await;
    let id = start_assessment(&app).await;
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/roadmap"),
            "team-staff-ken",
        )
        .form(&[("profile", "cyberindex-example"), ("owner", "Head of CIRT")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let path = format!("/api/v1/maturity/teams/{STAFF_TEAM}/roadmap");
    let (status, items) = call(&app, Method::GET, &path, "team-staff-ken", None).await;
    assert_eq!(status, 200, "{items}");
    let item = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["parameter"] == "O-2")
        .unwrap()
        .clone();
    assert_eq!(item["owner"], "Head of CIRT");
    let (status, _) = call(&app, Method::GET, &path, "other-staff", None).await;
    assert_eq!(status, 404);

    let patch = format!("/api/v1/maturity/roadmap/{}", item["id"]);
    let (status, body) = call(
        &app,
        Method::PATCH,
        &patch,
        "other-staff",
        Some(json!({"expected_version": item["version"], "status": "done"})),
    )
    .await;
    assert_eq!(status, 404, "{body}");
    let (status, body) = call(
        &app,
        Method::PATCH,
        &patch,
        "team-staff-ken",
        Some(json!({"expected_version": item["version"], "status": "finished"})),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let (status, saved) = call(
        &app,
        Method::PATCH,
        &patch,
        "team-staff-ken",
        Some(
            json!({"expected_version": item["version"], "status": "in_progress", "service": "5.1"}),
        ),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(saved["status"], "in_progress");
    assert_eq!(saved["service"], "5.1");
    assert_eq!(saved["owner"], "Head of CIRT", "left out: kept");
    let (status, _) = call(
        &app,
        Method::PATCH,
        &patch,
        "team-staff-ken",
        Some(json!({"expected_version": item["version"], "status": "done"})),
    )
    .await;
    assert_eq!(status, 409);

    // Engagements: the secretariat starts one for Kenya; Kenya's focal point sees it, France's not.
    let r = app
        .page(Method::POST, "/maturity/establishment/", "admin")
        .form(&[("country", "KEN")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    for (who, count) in [("admin", 1), ("focal-ken", 1), ("focal-fra", 0)] {
        let (status, list) =
            call(&app, Method::GET, "/api/v1/maturity/engagements", who, None).await;
        assert_eq!(status, 200);
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), count, "{who}");
        if count == 1 {
            assert_eq!(list[0]["country"], "KEN");
            assert_eq!(list[0]["phase"], "assessment");
        }
    }
}
