//! Admin safety and user management (issue 14, item 8), over HTTP against a real server: users
//! edited, deactivated (their sessions and API tokens stop working at once), reactivated and
//! invited again (the old link void), "invited, not yet accepted" shown; the last active
//! administrator kept; archiving confirmed and undone; publishing previewed first. Every change
//! is audited. Who may do each is in `permissions.rs`.

use crate::common;

use common::{EDITION, TestApp};
use cyberindex_store::{AuditEntry, AuditFilter, Role};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// The test users' ids, in the order `TestApp` creates them.
const ADMIN: i64 = 1;
const REVIEWER: i64 = 2;
const FOCAL_KEN: i64 = 3;
const CONTRIBUTOR_KEN: i64 = 4;

async fn trail(app: &TestApp, action: &str) -> Vec<AuditEntry> {
    app.state
        .store
        .audit(&AuditFilter {
            action_prefix: Some(action.to_string()),
            ..AuditFilter::default()
        })
        .await
        .unwrap()
}

/// An admin page's form sent, its status and text.
async fn post_form(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (StatusCode, String) {
    let response = app
        .page(Method::POST, path, "admin")
        .form(form)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn get_page(app: &TestApp, path: &str, caller: &str) -> (StatusCode, String) {
    let response = app.page(Method::GET, path, caller).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn api(app: &TestApp, method: Method, path: &str, body: Value) -> (StatusCode, Value) {
    let response = app
        .api(method, path, "admin")
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn an_edit_changes_role_and_countries_at_once_and_a_refusal_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let ken = format!("/editions/{EDITION}/countries/KEN");
    let fra = format!("/editions/{EDITION}/countries/FRA");
    assert_eq!(get_page(&app, &ken, "focal-ken").await.0, 200);
    let (status, page) = post_form(
        &app,
        &format!("/admin/users/{FOCAL_KEN}"),
        &[
            ("role", "focal-point"),
            ("country", "FRA"),
            ("observed", ""),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Changes saved"), "{page}");
    // The user's open session has the new permissions straight away.
    assert_eq!(get_page(&app, &ken, "focal-ken").await.0, 404);
    assert_eq!(get_page(&app, &fra, "focal-ken").await.0, 200);
    let entry = &trail(&app, "user.update").await[0];
    assert_eq!(entry.object, format!("user {FOCAL_KEN}"));
    assert!(
        entry.before.as_deref().unwrap().contains("KEN"),
        "{entry:?}"
    );
    assert!(entry.after.as_deref().unwrap().contains("FRA"), "{entry:?}");

    // A country role without a country: refused beside the country field, the role kept.
    let (status, page) = post_form(
        &app,
        &format!("/admin/users/{CONTRIBUTOR_KEN}"),
        &[("role", "contributor"), ("country", ""), ("observed", "")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="country-error""#), "{page}");
    assert!(page.contains(r#"role="alert""#));
    assert!(page.contains(r#"<option value="contributor" selected>"#));
    // An unknown observed country: beside the observed field, with what was typed.
    let (status, page) = post_form(
        &app,
        &format!("/admin/users/{CONTRIBUTOR_KEN}"),
        &[
            ("role", "observer"),
            ("country", ""),
            ("observed", "KEN, XXX"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="observed-error""#), "{page}");
    assert!(page.contains(r#"value="KEN, XXX""#), "{page}");
    assert_eq!(
        app.state.store.user(CONTRIBUTOR_KEN).await.unwrap().role,
        Role::Contributor
    );

    // The API does the same.
    let (status, body) = api(
        &app,
        Method::PATCH,
        &format!("/api/v1/users/{CONTRIBUTOR_KEN}"),
        json!({ "role": "observer", "observed": ["KEN", "FRA"] }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["role"], "observer");
    assert_eq!(body["observed"], json!(["FRA", "KEN"]));
    let (status, body) = api(
        &app,
        Method::PATCH,
        &format!("/api/v1/users/{CONTRIBUTOR_KEN}"),
        json!({ "role": "focal-point" }),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["field"], "country");
    assert_eq!(trail(&app, "user.update").await.len(), 2);
}

#[tokio::test]
async fn deactivating_a_user_ends_their_sessions_and_tokens_at_once() {
    let app = TestApp::new().await;
    let ken = format!("/editions/{EDITION}/countries/KEN");
    let api_ken = format!("/api/v1/editions/{EDITION}/responses/KEN");
    // Both work, and are remembered by the server's cache.
    assert_eq!(get_page(&app, &ken, "focal-ken").await.0, 200);
    let by_token = app
        .api(Method::GET, &api_ken, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(by_token.status(), 200);

    let (status, page) =
        post_form(&app, &format!("/admin/users/{FOCAL_KEN}/deactivate"), &[]).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains(r#"role="status""#) && page.contains("deactivated"),
        "{page}"
    );
    assert!(page.contains("Reactivate this user"));
    let (status, _) = get_page(&app, &ken, "focal-ken").await;
    assert_eq!(status, 303, "the session must end at once");
    let by_token = app
        .api(Method::GET, &api_ken, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(by_token.status(), 401, "the token must stop at once");
    let entry = &trail(&app, "user.deactivate").await[0];
    assert_eq!(entry.actor_id, Some(ADMIN));
    let after: Value = serde_json::from_str(entry.after.as_deref().unwrap()).unwrap();
    assert_eq!(after["sessions_ended"], 1);
    assert_eq!(after["tokens_revoked"], 1);
    let (_, users) = get_page(&app, "/admin/users", "admin").await;
    assert!(users.contains("Deactivated"), "{users}");

    // Deactivating twice is refused; reactivating lets the account in again with new
    // credentials only.
    let (status, _) = post_form(&app, &format!("/admin/users/{FOCAL_KEN}/deactivate"), &[]).await;
    assert_eq!(status, 422);
    let (status, page) =
        post_form(&app, &format!("/admin/users/{FOCAL_KEN}/reactivate"), &[]).await;
    assert_eq!(status, 200, "{page}");
    assert!(app.state.store.user(FOCAL_KEN).await.unwrap().active);
    assert_eq!(get_page(&app, &ken, "focal-ken").await.0, 303);
    assert_eq!(trail(&app, "user.reactivate").await.len(), 1);

    // Through the API.
    let (status, body) = api(
        &app,
        Method::POST,
        &format!("/api/v1/users/{CONTRIBUTOR_KEN}/deactivate"),
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["tokens_revoked"], 1);
    let by_token = app
        .api(Method::GET, &api_ken, "contributor-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(by_token.status(), 401);
}

#[tokio::test]
async fn a_new_invitation_voids_the_old_link() {
    let app = TestApp::new().await;
    let (status, invited) = api(
        &app,
        Method::POST,
        "/api/v1/users",
        json!({ "email": "late@test.example.org", "role": "reviewer" }),
    )
    .await;
    assert_eq!(status, 201, "{invited}");
    let id = invited["id"].as_i64().unwrap();
    let first = invited["invitation_link"].as_str().unwrap().to_string();
    let state_of = |page: &str| -> String {
        let row = page.split("late@test.example.org").nth(1).unwrap();
        row.split("</tr>").next().unwrap().to_string()
    };
    let (_, users) = get_page(&app, "/admin/users", "admin").await;
    assert!(
        state_of(&users).contains("Invited, not yet accepted"),
        "{users}"
    );

    // Through the page: a new link is shown, and the old one no longer works.
    let (status, page) = post_form(&app, &format!("/admin/users/{id}/reinvite"), &[]).await;
    assert_eq!(status, 200, "{page}");
    let second = page
        .split("<code>")
        .nth(1)
        .and_then(|s| s.split("</code>").next())
        .unwrap()
        .to_string();
    assert_ne!(first, second);
    let path = |link: &str| link.trim_start_matches(&app.base).to_string();
    assert_eq!(
        app.client
            .get(app.url(&path(&first)))
            .send()
            .await
            .unwrap()
            .status(),
        404,
        "the old link must be void"
    );
    // Through the API: a third link, the second void.
    let (status, again) = api(
        &app,
        Method::POST,
        &format!("/api/v1/users/{id}/reinvite"),
        json!({}),
    )
    .await;
    assert_eq!(status, 201, "{again}");
    let third = again["invitation_link"].as_str().unwrap().to_string();
    let set = |link: String| {
        let app = &app;
        async move {
            app.client
                .post(app.url(&link))
                .header("Origin", &app.base)
                .form(&[
                    ("password", "a new passphrase!"),
                    ("confirm", "a new passphrase!"),
                ])
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    assert_eq!(set(path(&second)).await, 404);
    assert_eq!(set(path(&third)).await, 303);
    let (_, users) = get_page(&app, "/admin/users", "admin").await;
    assert!(state_of(&users).contains("Active"), "{users}");
    assert_eq!(trail(&app, "user.reinvite").await.len(), 2);
    // The audit trail never holds the link.
    for entry in trail(&app, "user.reinvite").await {
        let token = third.rsplit('/').next().unwrap();
        assert!(!entry.after.unwrap_or_default().contains(token));
    }
}

#[tokio::test]
async fn the_last_active_administrator_cannot_be_demoted_or_deactivated() {
    let app = TestApp::new().await;
    let (status, page) = post_form(
        &app,
        &format!("/admin/users/{ADMIN}"),
        &[("role", "reviewer"), ("country", ""), ("observed", "")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains("no active administrator"), "{page}");
    assert!(page.contains(r#"id="role-error""#), "{page}");
    let (status, page) = post_form(&app, &format!("/admin/users/{ADMIN}/deactivate"), &[]).await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="deactivate-error""#), "{page}");
    let (status, body) = api(
        &app,
        Method::POST,
        &format!("/api/v1/users/{ADMIN}/deactivate"),
        json!({}),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no active administrator")
    );
    let (status, _) = api(
        &app,
        Method::PATCH,
        &format!("/api/v1/users/{ADMIN}"),
        json!({ "role": "observer" }),
    )
    .await;
    assert_eq!(status, 422);
    assert!(app.state.store.user(ADMIN).await.unwrap().active);
    assert!(trail(&app, "user.deactivate").await.is_empty());

    // With a second administrator, the first may step down.
    let (status, _) = api(
        &app,
        Method::PATCH,
        &format!("/api/v1/users/{REVIEWER}"),
        json!({ "role": "admin" }),
    )
    .await;
    assert_eq!(status, 200);
    let (status, page) = post_form(
        &app,
        &format!("/admin/users/{ADMIN}"),
        &[("role", "reviewer"), ("country", ""), ("observed", "")],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert_eq!(
        app.state.store.user(ADMIN).await.unwrap().role,
        Role::Reviewer
    );
}

#[tokio::test]
async fn archiving_asks_for_confirmation_and_can_be_undone() {
    let app = TestApp::new().await;
    let archive = format!("/editions/{EDITION}/archive");
    let (status, page) = get_page(&app, &archive, "admin").await;
    assert_eq!(status, 200);
    assert!(page.contains("You can unarchive it later"), "{page}");
    assert!(page.contains(r#"name="confirm" value="yes""#));
    // One click without the confirmation archives nothing: it leads to the confirmation.
    let response = app
        .page(Method::POST, &archive, "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], archive.as_str());
    assert!(
        app.state
            .store
            .edition(EDITION)
            .await
            .unwrap()
            .archived_at
            .is_none()
    );

    let (status, _) = post_form(&app, &archive, &[("confirm", "yes")]).await;
    assert_eq!(status, 303);
    assert!(
        app.state
            .store
            .edition(EDITION)
            .await
            .unwrap()
            .archived_at
            .is_some()
    );
    let save = format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1");
    let body = json!({ "value": "in-place", "comment": "", "version": 0 });
    let refused = app
        .api(Method::PUT, &save, "focal-ken")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 409);
    let (_, editions) = get_page(&app, "/editions", "admin").await;
    assert!(
        editions.contains(&format!("/editions/{EDITION}/unarchive")),
        "{editions}"
    );

    let (status, _) = post_form(&app, &format!("/editions/{EDITION}/unarchive"), &[]).await;
    assert_eq!(status, 303);
    assert!(
        app.state
            .store
            .edition(EDITION)
            .await
            .unwrap()
            .archived_at
            .is_none()
    );
    let saved = app
        .api(Method::PUT, &save, "focal-ken")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
    // Unarchiving an open edition is not found; through the API, archive and unarchive again.
    let (status, _) = post_form(&app, &format!("/editions/{EDITION}/unarchive"), &[]).await;
    assert_eq!(status, 404);
    let (status, _) = api(
        &app,
        Method::POST,
        &format!("/api/v1/editions/{EDITION}/archive"),
        json!({}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, body) = api(
        &app,
        Method::POST,
        &format!("/api/v1/editions/{EDITION}/unarchive"),
        json!({}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(trail(&app, "edition.archive").await.len(), 2);
    assert_eq!(trail(&app, "edition.unarchive").await.len(), 2);
}

/// Generated answers for a country, all accepted, the response validated.
async fn validate(app: &TestApp, country: &str, seed: u64) {
    common::validate_generated(app, EDITION, country, seed).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publishing_shows_a_preview_of_scores_ranks_and_changes_first() {
    let app = TestApp::new().await;
    let publish = format!("/editions/{EDITION}/publish");
    let (status, page) = get_page(&app, &publish, "admin").await;
    assert_eq!(status, 200);
    assert!(
        !page.contains("Preview of the results"),
        "nothing validated yet"
    );

    validate(&app, "KEN", 3).await;
    let (status, page) = get_page(&app, &publish, "admin").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Preview of the results to be published"),
        "{page}"
    );
    assert!(page.contains("This will be the first published version"));
    assert!(page.contains("Kenya (KEN)"), "{page}");
    assert!(page.contains("Confirm and publish these results"));
    // Previewing publishes nothing.
    assert!(
        app.state
            .store
            .publications(Some(EDITION))
            .await
            .unwrap()
            .is_empty()
    );
    // Reviewers see the preview too, without the button.
    let (status, page) = get_page(&app, &publish, "reviewer").await;
    assert_eq!(status, 200);
    assert!(page.contains("Kenya (KEN)") && !page.contains("Confirm and publish"));

    let (status, v1) = api(
        &app,
        Method::POST,
        &format!("/api/v1/editions/{EDITION}/publish"),
        json!({ "licence": "CC0 1.0" }),
    )
    .await;
    assert_eq!(status, 201, "{v1}");
    let score = |page: &str, country: &str| -> String {
        let row = page.split(country).nth(1).unwrap();
        row.split("<td>")
            .nth(1)
            .unwrap()
            .split("</td>")
            .next()
            .unwrap()
            .to_string()
    };
    validate(&app, "FRA", 4).await;
    let (_, page) = get_page(&app, &publish, "admin").await;
    assert!(
        page.contains("Compared with the published version 1:"),
        "{page}"
    );
    let france = page.split("France (FRA)").nth(1).unwrap();
    assert!(
        france
            .split("</tr>")
            .next()
            .unwrap()
            .contains("New in this version"),
        "{page}"
    );
    let kenya = page.split("Kenya (KEN)").nth(1).unwrap();
    let kenya = kenya.split("</tr>").next().unwrap();
    assert!(
        kenya.contains("Unchanged") || kenya.contains("rank 1 → 2"),
        "{kenya}"
    );
    assert!(!score(&page, "Kenya (KEN)").is_empty());

    // A correction without a change note: refused beside the field, the licence kept.
    let (status, page) = post_form(
        &app,
        &publish,
        &[("licence", "My own licence"), ("change_note", "")],
    )
    .await;
    assert_eq!(status, 422);
    assert!(page.contains(r#"id="change_note-error""#), "{page}");
    assert!(page.contains(r#"value="My own licence""#), "{page}");
    assert_eq!(
        app.state
            .store
            .publications(Some(EDITION))
            .await
            .unwrap()
            .len(),
        1
    );
    let response = app
        .page(Method::POST, &publish, "admin")
        .form(&[("licence", "CC0 1.0"), ("change_note", "France added.")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(
        response.headers()["location"],
        format!("/editions/{EDITION}/dashboard?published=2").as_str()
    );
}
