//! Editing a directory team through its form (issue 16): the team's own staff edit their record
//! (a changed value becomes `manual`, an untouched one keeps where it came from, the audit trail
//! names them), never another team's and never its country; the secretariat adds a team; a
//! record with a problem shows it beside its input and saves nothing; a stale form is refused
//! with the input kept; a pasted public key gives its fingerprint and dates, a secret key is
//! refused and never shown again.

use crate::common;

use common::{STAFF_TEAM, TestApp};
use cyberindex_directory::{Source, Team};
use reqwest::Method;

/// The staff team's form as loaded, with `changes` applied (a value of `None` removes the input).
fn form(changes: &[(&str, Option<&str>)]) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = [
        ("version", "1"),
        ("official_name", "Kenya Test CIRT"),
        ("official_name:vis", "public"),
        ("country:vis", "public"),
        ("host_organisation", "Test Authority"),
        ("host_organisation:vis", "public"),
        ("channels:rows", "2"),
        ("channels[0].kind", "phone"),
        ("channels[0].value", "+254700000100"),
        ("channels[0].usages", "emergency"),
        ("channels[0]:vis", "restricted"),
        ("channels[1].kind", "email"),
        ("channels[1].value", ""),
        ("channels[1]:vis", "public"),
        ("keys:rows", "1"),
        ("contacts:rows", "1"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for (name, value) in changes {
        pairs.retain(|(k, _)| k != name);
        if let Some(v) = value {
            pairs.push((name.to_string(), v.to_string()));
        }
    }
    pairs
}

async fn post(
    app: &TestApp,
    caller: &str,
    path: &str,
    pairs: &[(String, String)],
) -> (u16, String, String) {
    let r = app
        .page(Method::POST, path, caller)
        .form(pairs)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let location = r
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    (status, location, r.text().await.unwrap())
}

async fn stored(app: &TestApp, id: &str) -> (i64, Team) {
    let row = app.state.store.team(id).await.unwrap();
    (
        row.version,
        cyberindex_workflow::directory::read_team(&row).unwrap(),
    )
}

fn edit_path() -> String {
    format!("/directory/teams/{STAFF_TEAM}/edit")
}

/// As the page writes text (askama's HTML escaping).
fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../directory/tests/fixtures/openpgp/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn team_staff_edit_their_own_team_and_nothing_else() {
    let app = TestApp::new().await;
    let staff = app
        .state
        .store
        .user_by_email("team-staff-ken@test.example.org")
        .await
        .unwrap()
        .unwrap();

    // The form opens with the record, restricted values included.
    let r = app
        .page(Method::GET, &edit_path(), "team-staff-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("+254700000100"), "{page}");
    assert!(page.contains(r#"name="version" value="1""#), "{page}");
    // Every input has a label, and the country is shown, not offered.
    assert!(!page.contains(r#"<select id="f-country""#), "{page}");

    // A changed value becomes manual; untouched ones keep their provenance.
    let (status, location, body) = post(
        &app,
        "team-staff-ken",
        &edit_path(),
        &form(&[("host_organisation", Some("Kenya Test Authority"))]),
    )
    .await;
    assert_eq!(status, 303, "{body}");
    assert_eq!(location, format!("/directory/teams/{STAFF_TEAM}/"));
    let (version, team) = stored(&app, STAFF_TEAM).await;
    assert_eq!(version, 2);
    let host = team.host_organisation.unwrap();
    assert_eq!(host.value, "Kenya Test Authority");
    assert_eq!(host.provenance.source, Source::Manual);
    assert_eq!(team.official_name.provenance.source, Source::ImportCsv);
    assert_eq!(team.country.provenance.source, Source::ImportCsv);
    assert_eq!(team.channels.len(), 1, "the empty row adds nothing");
    assert_eq!(team.channels[0].provenance.source, Source::ImportCsv);
    assert_eq!(team.country.value, "KEN");

    // The trail names the staff member.
    let trail = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("team.update".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let entry = trail
        .iter()
        .find(|e| e.object == format!("team {STAFF_TEAM}"))
        .expect("an audit entry");
    assert_eq!(entry.actor_id, Some(staff.id));
    assert_eq!(entry.actor, "team-staff-ken@test.example.org");

    // Staff see their own team's restricted values, and only members' values of other teams.
    let mut other = common::staff_team();
    other.id = "fra-test-cirt".into();
    other.country.value = "FRA".into();
    cyberindex_workflow::directory::save_team(&app.state.store, &other, None, None)
        .await
        .unwrap();
    let own = app
        .api(
            Method::GET,
            &format!("/api/v1/directory/teams/{STAFF_TEAM}"),
            "team-staff-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(own.contains("+254700000100"), "{own}");
    let theirs = app
        .api(
            Method::GET,
            "/api/v1/directory/teams/fra-test-cirt",
            "team-staff-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!theirs.contains("+254700000100"), "{theirs}");

    // Another team's form and save are refused.
    let r = app
        .page(
            Method::GET,
            "/directory/teams/fra-test-cirt/edit",
            "team-staff-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
    let mut pairs = form(&[("version", Some("1"))]);
    pairs.push(("country".into(), "FRA".into()));
    let (status, _, _) = post(
        &app,
        "team-staff-ken",
        "/directory/teams/fra-test-cirt/edit",
        &pairs,
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(stored(&app, "fra-test-cirt").await.0, 1);

    // The country stays: a form that sends another one is refused, on the server.
    let (status, _, body) = post(
        &app,
        "team-staff-ken",
        &edit_path(),
        &form(&[("version", Some("2")), ("country", Some("TZA"))]),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains(&escaped(
            "Only the secretariat may move a team to another country."
        )),
        "{body}"
    );
    let (version, team) = stored(&app, STAFF_TEAM).await;
    assert_eq!((version, team.country.value.as_str()), (2, "KEN"));
    // Nor may they add a team.
    let r = app
        .page(Method::GET, "/directory/new", "team-staff-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_secretariat_adds_a_team_through_the_form() {
    let app = TestApp::new().await;
    let r = app
        .page(Method::GET, "/directory/new", "reviewer")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    assert!(
        page.contains(r#"<select id="f-country" name="country""#),
        "{page}"
    );

    // "Add 3 more rows" comes back with the input kept, and saves nothing.
    let mut pairs: Vec<(String, String)> = [
        ("id", "tz-cirt"),
        ("official_name", "Tanzania CIRT"),
        ("country", "TZA"),
        ("channels:rows", "1"),
        ("channels[0].kind", "email"),
        ("channels[0].value", "cirt@example.org"),
        ("channels[0].usages", "contact"),
        ("channels[0].usages", "reports"),
        ("channels[0]:vis", "public"),
        ("languages:rows", "1"),
        ("languages[0]", "sw"),
        ("types:rows", "1"),
        ("types[0].kind", "national"),
        ("constituency.asns:rows", "1"),
        ("constituency.asns[0]", "AS64512"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let mut more = pairs.clone();
    more.push(("more".into(), "channels".into()));
    let (status, _, body) = post(&app, "reviewer", "/directory/new", &more).await;
    assert_eq!(status, 200);
    assert!(body.contains(r#"id="f-channels-3-value""#), "{body}");
    assert!(body.contains("cirt@example.org"), "{body}");
    assert!(app.state.store.team("tz-cirt").await.is_err());

    pairs.push(("save".into(), "1".into()));
    let (status, location, body) = post(&app, "reviewer", "/directory/new", &pairs).await;
    assert_eq!(status, 303, "{body}");
    assert_eq!(location, "/directory/teams/tz-cirt/");
    let (version, team) = stored(&app, "tz-cirt").await;
    assert_eq!(version, 1);
    assert_eq!(team.country.value, "TZA");
    assert_eq!(team.official_name.provenance.source, Source::Manual);
    assert_eq!(team.channels.len(), 1);
    assert_eq!(team.channels[0].value.usages.len(), 2);
    assert_eq!(team.constituency.asns[0].value, 64512);
    assert_eq!(team.languages[0].value, "sw");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_channel_is_shown_beside_its_input_and_nothing_is_saved() {
    let app = TestApp::new().await;
    // The first row emptied (removed), the second one bad: the problem is the second row's.
    let (status, _, body) = post(
        &app,
        "admin",
        &edit_path(),
        &form(&[
            ("country", Some("KEN")),
            ("channels[0].value", Some("")),
            ("channels[1].value", Some("not-an-address")),
            ("host_organisation", Some("Typed but not saved")),
        ]),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(
        body.contains(r#"<p id="f-channels-1-value-error" class="field-error">"#),
        "{body}"
    );
    assert!(body.contains("is not an e-mail address"), "{body}");
    assert!(
        body.contains(r##"<a href="#f-channels-1-value">"##),
        "{body}"
    );
    assert!(
        body.contains(r#"aria-describedby="f-channels-1-value-error""#),
        "{body}"
    );
    assert!(body.contains("Typed but not saved"), "{body}");
    let (version, team) = stored(&app, STAFF_TEAM).await;
    assert_eq!(version, 1);
    assert_eq!(team.host_organisation.unwrap().value, "Test Authority");
    assert_eq!(team.channels.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_form_is_refused_with_the_input_kept() {
    let app = TestApp::new().await;
    // The secretariat saves first.
    let (status, _, body) = post(
        &app,
        "admin",
        &edit_path(),
        &form(&[
            ("country", Some("KEN")),
            ("host_organisation", Some("Changed first")),
        ]),
    )
    .await;
    assert_eq!(status, 303, "{body}");
    // The staff member's form was loaded at version 1.
    let (status, _, body) = post(
        &app,
        "team-staff-ken",
        &edit_path(),
        &form(&[("host_organisation", Some("Typed by staff"))]),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert!(
        body.contains("Someone else changed this record since you read it"),
        "{body}"
    );
    assert!(body.contains("Typed by staff"), "{body}");
    let (version, team) = stored(&app, STAFF_TEAM).await;
    assert_eq!(version, 2);
    assert_eq!(team.host_organisation.unwrap().value, "Changed first");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pasted_public_key_gives_its_fingerprint_and_dates() {
    let app = TestApp::new().await;
    let armored = fixture("expires_2030.pub.asc");
    let (status, _, body) = post(
        &app,
        "team-staff-ken",
        &edit_path(),
        &form(&[
            ("keys[0].armored", Some(&armored)),
            ("keys[0].url", Some("https://example.org/key.asc")),
            ("keys[0]:vis", Some("public")),
        ]),
    )
    .await;
    assert_eq!(status, 303, "{body}");
    let (_, team) = stored(&app, STAFF_TEAM).await;
    let key = &team.keys[0];
    assert_eq!(
        key.value.fingerprint,
        "A6FB0B3AA0956C0B0D3A93DDE73F101B0E9F54D0"
    );
    assert_eq!(key.value.created.unwrap().to_string(), "2025-01-15");
    assert_eq!(key.value.expires.unwrap().to_string(), "2030-01-15");
    assert!(key.value.armored.is_some());
    assert_eq!(key.provenance.source, Source::Manual);

    // Saved again without pasting it: the key, its text and its provenance stay.
    let (status, _, body) = post(
        &app,
        "team-staff-ken",
        &edit_path(),
        &form(&[
            ("version", Some("2")),
            (
                "keys[0].fingerprint",
                Some("A6FB0B3AA0956C0B0D3A93DDE73F101B0E9F54D0"),
            ),
            ("keys[0].url", Some("https://example.org/key.asc")),
            ("keys[0]:vis", Some("public")),
            ("host_organisation", Some("Another name")),
        ]),
    )
    .await;
    assert_eq!(status, 303, "{body}");
    let (_, again) = stored(&app, STAFF_TEAM).await;
    assert_eq!(again.keys, team.keys);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pasted_secret_key_is_refused_and_never_shown() {
    let app = TestApp::new().await;
    let secret = fixture("valid.sec.asc");
    let expected = cyberindex_directory::openpgp::read_key(&secret).unwrap_err();
    assert_eq!(expected.code, "secret_key");
    let (status, _, body) = post(
        &app,
        "team-staff-ken",
        &edit_path(),
        &form(&[("keys[0].armored", Some(&secret))]),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.contains(&escaped(&expected.message)), "{body}");
    assert!(body.contains(r#"id="f-keys-0-armored-error""#), "{body}");
    assert!(!body.contains("PRIVATE KEY"), "the secret key came back");
    for line in secret.lines().filter(|l| l.len() > 20) {
        assert!(!body.contains(line), "a line of the secret key came back");
    }
    let (version, team) = stored(&app, STAFF_TEAM).await;
    assert_eq!(version, 1);
    assert!(team.keys.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_administrator_makes_team_staff_of_a_directory_team() {
    let app = TestApp::new().await;
    let invite = |body: serde_json::Value| {
        app.api(Method::POST, "/api/v1/users", "admin")
            .json(&body)
            .send()
    };
    // Without a team, or with one the directory lacks, the team is named as the problem.
    for team in [None, Some("nope")] {
        let r = invite(serde_json::json!({
            "email": "staff2@test.example.org", "role": "team-staff", "team": team
        }))
        .await
        .unwrap();
        assert_eq!(r.status(), 422);
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["error"]["field"], "team", "{body}");
    }
    let r = invite(serde_json::json!({
        "email": "staff2@test.example.org", "role": "team-staff", "team": STAFF_TEAM
    }))
    .await
    .unwrap();
    assert_eq!(r.status(), 201);
    let user = app
        .state
        .store
        .user_by_email("staff2@test.example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.team.as_deref(), Some(STAFF_TEAM));

    // The pages offer the directory's teams, and an edit moves the account to another role.
    let page = app
        .page(Method::GET, &format!("/admin/users/{}", user.id), "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!(r#"<option value="{STAFF_TEAM}" selected>"#)),
        "{page}"
    );
    let r = app
        .page(Method::POST, &format!("/admin/users/{}", user.id), "admin")
        .form(&[
            ("role", "observer"),
            ("observed", "KEN"),
            ("team", STAFF_TEAM),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let user = app.state.store.user(user.id).await.unwrap();
    assert_eq!(
        (user.role, user.team),
        (cyberindex_store::Role::Observer, None)
    );
}
