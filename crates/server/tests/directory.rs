//! The CIRT directory through the API, the pages and the files made from a record (issue 16),
//! on whichever database the suite runs (SQLite, or PostgreSQL with TEST_POSTGRES_URL):
//! the secretariat creates and changes a team; each reader sees the fields of their level and
//! nothing above it; a stale or invalid save is refused whole; every save is audited.

use crate::common;

use common::TestApp;
use reqwest::Method;
use serde_json::{Value, json};

/// A demonstration team (every visibility appears in it), as JSON.
fn demo_team() -> (Value, Vec<String>, Vec<String>) {
    let now = time::OffsetDateTime::now_utc();
    let (team, _) = cyberindex_demo::directory::teams(&[("KEN", "Kenya")], now, 1)
        .into_iter()
        .next()
        .unwrap();
    let json = serde_json::to_value(&team).unwrap();
    let text_of = |level: cyberindex_directory::Visibility| -> Vec<String> {
        let mut out = Vec::new();
        for c in &team.channels {
            if c.visibility == level {
                out.push(c.value.value.clone());
            }
        }
        for c in &team.contacts {
            if c.visibility == level {
                out.push(c.value.name.clone());
            }
        }
        out
    };
    (
        json,
        text_of(cyberindex_directory::Visibility::Members),
        text_of(cyberindex_directory::Visibility::Restricted),
    )
}

/// Without spaces and dashes.
fn squash(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, ' ' | '-')).collect()
}

async fn put(app: &TestApp, caller: &str, id: &str, body: Value) -> (u16, Value) {
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/directory/teams/{id}"),
            caller,
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

async fn text(app: &TestApp, caller: &str, path: &str) -> (u16, String) {
    let r = app.api(Method::GET, path, caller).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secretariat_keeps_a_team_and_each_reader_sees_their_level() {
    let app = TestApp::new().await;
    let (team, members_only, restricted) = demo_team();
    assert!(!members_only.is_empty() && !restricted.is_empty());
    let id = team["id"].as_str().unwrap().to_string();

    // Only the secretariat writes.
    for (caller, status) in [("nobody", 401), ("focal-ken", 403), ("observer-ken", 403)] {
        let (got, body) = put(&app, caller, &id, json!({ "team": team })).await;
        assert_eq!(got, status, "{caller}: {body}");
    }
    let (status, body) = put(&app, "reviewer", &id, json!({ "team": team })).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["version"], 1);
    // Creating it again is a duplicate, named.
    let (status, body) = put(&app, "admin", &id, json!({ "team": team })).await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["field"], "id");
    assert!(
        body["error"]["message"].as_str().unwrap().contains(&id),
        "{body}"
    );

    // Each level sees its fields and none above.
    for (caller, sees, hidden) in [
        (
            "nobody",
            vec![],
            [members_only.clone(), restricted.clone()].concat(),
        ),
        ("focal-ken", members_only.clone(), restricted.clone()),
        (
            "admin",
            [members_only.clone(), restricted.clone()].concat(),
            vec![],
        ),
    ] {
        for path in [
            format!("/api/v1/directory/teams/{id}"),
            "/api/v1/directory/teams".to_string(),
            format!("/directory/teams/{id}/"),
            format!("/directory/teams/{id}/rfc2350.txt"),
            format!("/directory/teams/{id}/rfc2350.md"),
            format!("/directory/teams/{id}/team.vcf"),
        ] {
            let (status, body) = text(&app, caller, &path).await;
            assert_eq!(status, 200, "{caller} {path}");
            // Telephone numbers may be written as URIs (`tel:+1-555-0155` in a vCard).
            let body = squash(&body);
            for value in &sees {
                assert!(
                    body.contains(&squash(value)),
                    "{caller} {path}: {value} missing"
                );
            }
            for value in &hidden {
                assert!(
                    !body.contains(&squash(value)),
                    "{caller} {path}: {value} leaked"
                );
            }
        }
    }
    // The whole-directory downloads leak nothing above the reader's level either.
    for (caller, hidden) in [
        (
            "nobody",
            [members_only.clone(), restricted.clone()].concat(),
        ),
        ("focal-ken", restricted.clone()),
    ] {
        for path in [
            "/directory/teams.json",
            "/directory/teams.csv",
            "/directory/teams.first.json",
            "/directory/teams.ti.json",
        ] {
            let (status, body) = text(&app, caller, path).await;
            assert_eq!(status, 200, "{caller} {path}");
            assert!(
                body.contains("ken-cirt-demo") || body.contains("KEN-CIRT"),
                "{caller} {path}: {body}"
            );
            let body = squash(&body);
            for value in &hidden {
                assert!(
                    !body.contains(&squash(value)),
                    "{caller} {path}: {value} leaked"
                );
            }
        }
    }
    // The workbook too: read back, it holds nothing above the reader's level.
    for (caller, hidden) in [
        (
            "nobody",
            [members_only.clone(), restricted.clone()].concat(),
        ),
        ("focal-ken", restricted.clone()),
    ] {
        let r = app
            .page(Method::GET, "/directory/teams.xlsx", caller)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let bytes = r.bytes().await.unwrap();
        let teams = cyberindex_directory::table::read_xlsx(&bytes, time::OffsetDateTime::now_utc())
            .unwrap_or_else(|e| panic!("{caller}: {e:?}"));
        let body = squash(&serde_json::to_string(&teams).unwrap());
        assert!(body.contains("kencirtdemo"), "{caller}: {body}");
        for value in &hidden {
            assert!(
                !body.contains(&squash(value)),
                "{caller} xlsx: {value} leaked"
            );
        }
    }
    let (_, csv) = text(&app, "nobody", "/directory/teams.csv").await;
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("\u{feff}id,country,official_name,short_name"),
        "{header}"
    );
    let (_, ti) = text(&app, "nobody", "/directory/teams.ti.json").await;
    let ti: Value = serde_json::from_str(&ti).unwrap();
    assert_eq!(ti[0]["country"]["code"], "KE", "{ti}");

    // security.txt is for anyone: public fields whoever asks, valid by RFC 9116.
    let (status, file) = text(
        &app,
        "admin",
        &format!("/directory/teams/{id}/security.txt"),
    )
    .await;
    assert_eq!(status, 200);
    for value in members_only.iter().chain(&restricted) {
        assert!(
            !file.contains(value.as_str()),
            "{value} leaked into security.txt"
        );
    }
    let parsed = cyberindex_directory::security_txt::parse(&file);
    let errors: Vec<_> =
        cyberindex_directory::security_txt::validate(&parsed, time::OffsetDateTime::now_utc())
            .into_iter()
            .filter(|f| f.severity == cyberindex_directory::Severity::Error)
            .collect();
    assert!(errors.is_empty(), "{errors:?}\n{file}");
    assert!(file.contains("Contact: mailto:incidents@"), "{file}");

    // A change names the version it started from; an old version is refused, not applied.
    let mut changed = team.clone();
    changed["short_name"]["value"] = json!("KE-CIRT renamed");
    let (status, body) = put(
        &app,
        "admin",
        &id,
        json!({ "expected_version": 1, "team": changed }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["version"], 2);
    let (status, body) = put(
        &app,
        "reviewer",
        &id,
        json!({ "expected_version": 1, "team": team }),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(body["error"]["code"], "conflict");
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("version 2"),
        "{body}"
    );
    let (_, now) = text(&app, "nobody", &format!("/api/v1/directory/teams/{id}")).await;
    assert!(now.contains("KE-CIRT renamed"));

    // A record with problems is refused whole, each problem named with its field.
    let mut bad = changed.clone();
    bad["country"]["value"] = json!("Kenya");
    bad["channels"][0]["value"]["value"] = json!("not an address");
    let (status, body) = put(
        &app,
        "admin",
        &id,
        json!({ "expected_version": 2, "team": bad }),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    let message = body["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("country") && message.contains("channels[0]"),
        "{message}"
    );
    // A body that is not a record at all says where.
    let (status, body) = put(&app, "admin", &id, json!({ "team": { "id": id } })).await;
    assert_eq!(status, 422, "{body}");
    let (_, now) = text(&app, "nobody", &format!("/api/v1/directory/teams/{id}")).await;
    assert!(
        now.contains("KE-CIRT renamed") && now.contains("\"version\":2"),
        "{now}"
    );

    // Who changed what: the trail holds each save with the record before and after.
    let trail = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("team.".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let actions: Vec<&str> = trail
        .iter()
        .filter(|e| e.object == format!("team {id}"))
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(actions.len(), 2, "{actions:?}");
    assert!(actions.contains(&"team.create") && actions.contains(&"team.update"));

    // The who's who page lists it under its country, and filters.
    let (status, page) = text(&app, "nobody", "/directory/?country=KEN").await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("/directory/teams/{id}/")), "{page}");
    let (_, page) = text(&app, "nobody", "/directory/?q=nothing-like-this").await;
    assert!(!page.contains(&format!("/directory/teams/{id}/")));

    // Removing it is the secretariat's, and audited.
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/directory/teams/{id}"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let r = app
        .api(
            Method::DELETE,
            &format!("/api/v1/directory/teams/{id}"),
            "admin",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let (status, _) = text(&app, "nobody", &format!("/directory/teams/{id}/")).await;
    assert_eq!(status, 404);
}
