//! Whole flows over HTTP: concurrent edits, invitations, two-factor sign-in, submission, and the
//! OpenAPI document.

use crate::common;

use common::{EDITION, TestApp};
use reqwest::Method;
use serde_json::json;

fn answer_path(q: &str) -> String {
    format!("/api/v1/editions/{EDITION}/responses/KEN/answers/{q}")
}

#[tokio::test]
async fn a_stale_save_gets_409_with_both_values_and_never_overwrites() {
    let app = TestApp::new().await;
    // Both start from version 0.
    let first = app
        .api(Method::PUT, &answer_path("LEG1.1"), "focal-ken")
        .json(&json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200);
    let first: serde_json::Value = first.json().await.unwrap();
    assert_eq!(first["version"], 1);
    let second = app
        .api(Method::PUT, &answer_path("LEG1.1"), "contributor-ken")
        .json(&json!({"value": "not-in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(second.status(), 409);
    let body: serde_json::Value = second.json().await.unwrap();
    assert_eq!(body["error"]["code"], "conflict");
    assert_eq!(body["error"]["current"]["value"], "in-place");
    assert_eq!(body["error"]["current"]["version"], 1);
    // The stored answer is the first one.
    let stored = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert_eq!(stored[0].value.as_deref(), Some("in-place"));
    // Choosing "mine" means saving again from the current version.
    let again = app
        .api(Method::PUT, &answer_path("LEG1.1"), "contributor-ken")
        .json(&json!({"value": "not-in-place", "version": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 200);

    // The page path without JavaScript shows both values and offers the choice.
    let page = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1"),
            "focal-ken",
        )
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("value=partial&comment=&version=1")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 409);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("<dd>Not in place</dd>")
            && html.contains("<dd>Partially in place or in progress</dd>"),
        "both values shown, by their labels"
    );
    assert!(
        html.contains("name=\"version\" value=\"2\""),
        "the choice saves from the current version"
    );
}

#[tokio::test]
async fn answers_follow_relevance_and_progress() {
    let app = TestApp::new().await;
    let framework = app.state.framework(EDITION).await.unwrap();
    // Find a question whose relevance depends on another.
    let dependent = framework
        .questions
        .iter()
        .find(|q| {
            q.relevant
                .as_deref()
                .is_some_and(|r| r.ends_with("in [in-place, partial]"))
        })
        .unwrap();
    let controller = dependent
        .relevant
        .as_deref()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    let off: serde_json::Value = app
        .api(Method::PUT, &answer_path(&controller), "focal-ken")
        .json(&json!({"value": "not-in-place", "version": 0}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let relevant = |v: &serde_json::Value| {
        v["progress"]["relevant_questions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q == dependent.id.as_str())
    };
    assert!(
        !relevant(&off),
        "{} should be hidden when {controller} is not in place",
        dependent.id
    );
    let on: serde_json::Value = app
        .api(Method::PUT, &answer_path(&controller), "focal-ken")
        .json(&json!({"value": "in-place", "version": 1}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(relevant(&on));
    assert_eq!(on["progress"]["answered"], 1);
    // Multiple choice as a list, numbers as numbers, clearing with null.
    let multi = framework
        .questions
        .iter()
        .find(|q| q.kind == cyberindex_engine::QuestionType::MultipleChoice)
        .unwrap();
    let options: Vec<&str> = multi
        .options
        .iter()
        .take(2)
        .map(|o| o.id.as_str())
        .collect();
    let r: serde_json::Value = app
        .api(Method::PUT, &answer_path(&multi.id), "focal-ken")
        .json(&json!({"value": options, "version": 0}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(r["value"], options.join(" "));
    let r = app
        .api(Method::PUT, &answer_path(&multi.id), "focal-ken")
        .json(&json!({"value": null, "version": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let r: serde_json::Value = r.json().await.unwrap();
    assert!(r["value"].is_null());
}

#[tokio::test]
async fn submitting_locks_the_response_for_the_country() {
    let app = TestApp::new().await;
    app.api(Method::PUT, &answer_path("LEG1.1"), "focal-ken")
        .json(&json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    let submit = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/submit"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(submit.status(), 200);
    let put = app
        .api(Method::PUT, &answer_path("LEG1.1"), "focal-ken")
        .json(&json!({"value": "partial", "version": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 409);
    let body: serde_json::Value = put.json().await.unwrap();
    assert_eq!(body["error"]["code"], "locked");
    let again = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/submit"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 409);
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
    assert!(
        page.contains("has been submitted") && page.contains("<fieldset disabled>"),
        "read-only after submission"
    );
}

#[tokio::test]
async fn an_invitation_sets_a_password_once_and_then_signs_in() {
    let app = TestApp::new().await;
    let invite = app
        .page(Method::POST, "/admin/users", "admin")
        .form(&[
            ("email", "new.fp@test.example.org"),
            ("role", "focal-point"),
            ("country", "ken"),
            ("name", "New"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(invite.status(), 200);
    let outbox = app.state.store.outbox().await.unwrap();
    assert_eq!(outbox[0].to_address, "new.fp@test.example.org");
    // The outbox keeps no usable link: the administrator who invites sees it once, on the page.
    let html = invite.text().await.unwrap();
    let at = html
        .find("/invitation/")
        .expect("the invitation link is shown");
    let token: String = html[at + "/invitation/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert!(!outbox[0].body.contains(&token));
    let path = format!("/invitation/{token}");
    assert_eq!(
        app.client
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let short = app
        .client
        .post(app.url(&path))
        .header("Origin", &app.base)
        .form(&[("password", "short"), ("confirm", "short")])
        .send()
        .await
        .unwrap();
    assert_eq!(short.status(), 422);
    let set = app
        .client
        .post(app.url(&path))
        .header("Origin", &app.base)
        .form(&[
            ("password", "correct horse battery"),
            ("confirm", "correct horse battery"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(set.status(), 303);
    // Accepting signs the new user in straight away: a session cookie that opens their home.
    assert_eq!(set.headers()["location"], "/");
    let cookie = set.headers()["set-cookie"].to_str().unwrap().to_string();
    let session = cookie.split(';').next().unwrap().to_string();
    let home = app
        .client
        .get(app.url("/"))
        .header("Cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(home.status(), 200);
    assert!(
        home.text().await.unwrap().contains("action=\"/logout\""),
        "signed in"
    );
    // Single use.
    assert_eq!(
        app.client
            .get(app.url(&path))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
    let login = app
        .client
        .post(app.url("/login"))
        .header("Origin", &app.base)
        .form(&[
            ("email", "new.fp@test.example.org"),
            ("password", "correct horse battery"),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 303);
    assert!(
        login.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("cyberindex_session=")
    );
    let stored = app
        .state
        .store
        .user_by_email("new.fp@test.example.org")
        .await
        .unwrap()
        .unwrap();
    assert!(stored.password_hash.unwrap().starts_with("$argon2id$"));
    assert_eq!(stored.country.as_deref(), Some("KEN"));
}

#[tokio::test]
async fn two_factor_sign_in_needs_the_code() {
    let app = TestApp::new().await;
    let user = app
        .state
        .store
        .user_by_email("reviewer@test.example.org")
        .await
        .unwrap()
        .unwrap();
    app.state
        .store
        .set_password(
            user.id,
            &cyberindex_server::auth::hash_password("reviewer password"),
        )
        .await
        .unwrap();
    let secret = cyberindex_server::service::totp::new_secret();
    app.state
        .store
        .set_totp(user.id, Some(&secret), true)
        .await
        .unwrap();
    let login = app
        .client
        .post(app.url("/login"))
        .header("Origin", &app.base)
        .form(&[
            ("email", "reviewer@test.example.org"),
            ("password", "reviewer password"),
            ("next", "/editions"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), 303);
    assert_eq!(login.headers()["location"], "/login/totp?next=/editions");
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    // Until the code is given, the session opens nothing.
    let blocked = app
        .client
        .get(app.url("/editions"))
        .header("Cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(blocked.status(), 403);
    let wrong = app
        .client
        .post(app.url("/login/totp"))
        .header("Cookie", &cookie)
        .header("Origin", &app.base)
        .form(&[("code", "000000"), ("next", "/editions")])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    let code = cyberindex_server::service::totp::current(&secret, &user.email).unwrap();
    let right = app
        .client
        .post(app.url("/login/totp"))
        .header("Cookie", &cookie)
        .header("Origin", &app.base)
        .form(&[("code", code.as_str()), ("next", "/editions")])
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 303);
    assert_eq!(
        app.client
            .get(app.url("/editions"))
            .header("Cookie", &cookie)
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn roles_that_require_two_factor_must_enrol_first() {
    let app = TestApp::with(|c| c.require_totp = vec!["admin".into()]).await;
    let editions = app
        .page(Method::GET, "/editions", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(editions.status(), 403);
    let account = app
        .page(Method::GET, "/account", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(account.status(), 200);
    assert!(
        account
            .text()
            .await
            .unwrap()
            .contains("Your role requires two-factor authentication")
    );
    // Other roles are not affected.
    assert_eq!(
        app.page(Method::GET, "/editions", "reviewer")
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

#[tokio::test]
async fn the_openapi_document_is_stable() {
    let app = TestApp::new().await;
    let doc: serde_json::Value = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for path in [
        "/api/v1/editions",
        "/api/v1/editions/{edition}/responses/{country}",
        "/api/v1/editions/{edition}/responses/{country}/answers/{question}",
        "/api/v1/editions/{edition}/responses/{country}/answers/{question}/evidence",
        "/api/v1/editions/{edition}/responses/{country}/submit",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} is not documented");
    }
    insta::assert_json_snapshot!(doc, { ".info.version" => "[version]" });
}

#[tokio::test]
async fn carried_forward_answers_show_their_provenance_until_confirmed() {
    let app = TestApp::new().await;
    app.api(Method::PUT, &answer_path("LEG1.1"), "focal-ken")
        .json(&json!({"value": "partial", "comment": "from 2026", "version": 0}))
        .send()
        .await
        .unwrap();
    app.api(Method::PUT, &answer_path("ORG1.3"), "focal-ken")
        .json(&json!({"value": "2024-02-30", "version": 0}))
        .send()
        .await
        .unwrap();
    let source = include_str!("../../../frameworks/gca-national-index.toml");
    app.state
        .store
        .create_edition(
            &cyberindex_store::NewEdition {
                id: "e2027".into(),
                name: "Next".into(),
                names: Default::default(),
                framework_id: "gca-national-index".into(),
                framework_version: "1.0.0".into(),
                framework_source: source.into(),
                opens_on: "2027-01-01".into(),
                deadline: "2027-12-31".into(),
                countries: vec!["KEN".into(), "FRA".into()],
            },
            None,
        )
        .await
        .unwrap();
    let carried =
        cyberindex_server::service::editions::carry_forward(&app.state, EDITION, "e2027", None)
            .await
            .unwrap();
    assert_eq!(
        carried, 1,
        "only the answer that was stored (the invalid date was refused) is carried"
    );
    let answers = app.state.store.answers("e2027", "KEN").await.unwrap();
    assert_eq!(
        (
            answers[0].provenance,
            answers[0].confirmed,
            answers[0].value.as_deref()
        ),
        (
            cyberindex_store::Provenance::CarriedForward,
            false,
            Some("partial")
        )
    );
    let page = app
        .page(Method::GET, "/editions/e2027/countries/KEN", "focal-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Carried forward from the previous edition. Please confirm or correct it.")
    );
    // Saving it, even unchanged, confirms it as the country's own.
    let saved = app
        .api(
            Method::PUT,
            "/api/v1/editions/e2027/responses/KEN/answers/LEG1.1",
            "focal-ken",
        )
        .json(&json!({"value": "partial", "version": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200);
    let answers = app.state.store.answers("e2027", "KEN").await.unwrap();
    assert_eq!(
        (answers[0].provenance, answers[0].confirmed),
        (cyberindex_store::Provenance::Country, true)
    );
    assert!(
        cyberindex_server::service::editions::carry_forward(&app.state, "nope", "e2027", None)
            .await
            .is_err()
    );
}

#[tokio::test]
async fn an_admin_creates_an_edition_carrying_answers_forward() {
    let app = TestApp::new().await;
    app.api(Method::PUT, &answer_path("LEG1.1"), "focal-ken")
        .json(&json!({"value": "in-place", "version": 0}))
        .send()
        .await
        .unwrap();
    let form = |carry: &'static str| {
        reqwest::multipart::Form::new()
            .text("id", "e2027")
            .text("name", "Next edition")
            .text("framework", "gca-national-index.toml")
            .text("opens_on", "2027-01-01")
            .text("deadline", "2027-12-31")
            .text("countries", "KEN, fra")
            .text("carry_forward_from", carry)
    };
    let refused = app
        .page(Method::POST, "/editions/new", "admin")
        .multipart(form("nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("there is no edition “nope”")
    );
    assert!(
        app.state.store.edition("e2027").await.is_err(),
        "nothing created from a refused form"
    );
    let created = app
        .page(Method::POST, "/editions/new", "admin")
        .multipart(form(EDITION))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 303);
    assert_eq!(
        app.state.store.edition("e2027").await.unwrap().countries,
        vec!["FRA", "KEN"]
    );
    let answers = app.state.store.answers("e2027", "KEN").await.unwrap();
    assert_eq!(
        (answers.len(), answers[0].provenance),
        (1, cyberindex_store::Provenance::CarriedForward)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_the_pages_do_the_api_does_too() {
    let app = TestApp::new().await;
    // An edition from a broken framework text: refused, with every problem and where it is.
    let r = app
        .api(Method::POST, "/api/v1/editions", "admin")
        .json(&json!({
            "id": "Bad Id", "name": "", "framework_source": "id = \"x\"\nversion = 3\n",
            "opens_on": "2027-02-30", "deadline": "2027-01-01", "countries": ["KEN", "XXX"]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    let message = body["error"]["message"].as_str().unwrap();
    for expected in ["Edition id", "Name", "Opening date", "“XXX”", "framework:"] {
        assert!(
            message.contains(expected),
            "{expected} missing from {message}"
        );
    }
    assert!(app.state.store.edition("Bad Id").await.is_err());

    // A good one, then the dashboard as data.
    let r = app
        .api(Method::POST, "/api/v1/editions", "admin")
        .json(&json!({
            "id": "e2027", "name": "Index 2027", "framework": "gca-national-index.toml",
            "opens_on": "2027-01-01", "deadline": "2027-06-30", "countries": ["KEN", "FRA"],
            "carry_forward_from": EDITION
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let rows: serde_json::Value = app
        .api(Method::GET, "/api/v1/editions/e2027/responses", "admin")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let countries: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["country"].as_str().unwrap())
        .collect();
    assert_eq!(countries, ["FRA", "KEN"]);
    assert_eq!(rows[0]["status"], "not-started");
    // A country's team sees its own row only.
    let own: serde_json::Value = app
        .api(Method::GET, "/api/v1/editions/e2027/responses", "focal-ken")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(own.as_array().unwrap().len(), 1);

    // Evidence removed through the API is gone from the response.
    let added: serde_json::Value = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .json(&json!({"url": "https://example.org/law", "title": "Law"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = added["id"].as_i64().unwrap();
    let path = format!("/api/v1/editions/{EDITION}/responses/KEN/evidence/{id}");
    let r = app
        .api(Method::DELETE, &path, "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 204);
    let doc: serde_json::Value = app
        .api(
            Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["evidence"].as_array().unwrap().is_empty());

    // An invitation through the API.
    let r = app
        .api(Method::POST, "/api/v1/users", "admin")
        .json(&json!({"email": "fp.bra@test.example.org", "role": "focal-point", "country": "BRA"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let invited: serde_json::Value = r.json().await.unwrap();
    assert!(
        invited["invitation_link"]
            .as_str()
            .unwrap()
            .contains("/invitation/")
    );
}

/// A number outside its question's limits is refused through the API and the page, in the
/// reader's language, and nothing is stored; the questionnaire shows the limits beside the input
/// and gives the browser the same ones (`min`, `step`).
#[tokio::test]
async fn numbers_outside_their_limits_are_refused_and_the_limits_are_shown() {
    let app = TestApp::new().await;
    let refused = app
        .api(Method::PUT, &answer_path("TEC1b.3"), "focal-ken")
        .json(&json!({"value": "-5", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let body: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(
        body["error"]["message"],
        "-5 is below 0, the smallest value this question accepts."
    );
    let fraction = app
        .api(Method::PUT, &answer_path("TEC1b.3"), "focal-ken")
        .json(&json!({"value": "2.5", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(fraction.status(), 422);
    let body: serde_json::Value = fraction.json().await.unwrap();
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not a whole number"),
        "{body}"
    );
    // The page path, in French.
    let page = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/TEC1b.3"),
            "focal-ken",
        )
        .header("Accept-Language", "fr")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("value=-5&comment=&version=0")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 422);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("la plus petite valeur acceptée"),
        "the French message"
    );
    let stored = app.state.store.answers(EDITION, "KEN").await.unwrap();
    assert!(
        stored.iter().all(|a| a.question_id != "TEC1b.3"),
        "nothing stored"
    );
    // Within the limits, it saves.
    let saved = app
        .api(Method::PUT, &answer_path("TEC1b.3"), "focal-ken")
        .json(&json!({"value": "2", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200);
    // The questionnaire shows the limits in words and as input attributes (the questions are in
    // two pillars: the whole questionnaire is asked for, not one pillar at a time).
    let workspace = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN?pillar=all"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        workspace.contains(
            r#"<span class="hint" id="h-TEC1b.3">Whole number · 0 or more · <bdi lang="en">teams</bdi></span>"#
        ),
        "the hint beside the input"
    );
    assert!(
        workspace.contains(r#"type="number" step="1" inputmode="numeric" min="0" aria-describedby="h-TEC1b.3" value="2""#),
        "the browser's own checks"
    );
    assert!(
        workspace.contains(r#"0 or more · <bdi lang="en">people per million inhabitants</bdi>"#),
        "the rate's hint"
    );
}

/// The shipped frameworks are built into the binary: a server started where no `frameworks`
/// folder is still offers them on the new-edition page (the index preselected) and creates an
/// edition from one; a framework name that is not offered is refused.
#[tokio::test]
async fn the_shipped_frameworks_are_offered_wherever_the_server_starts() {
    let app = TestApp::with(|config| {
        config.frameworks = std::path::PathBuf::from("/nonexistent/frameworks");
    })
    .await;
    let page = app
        .page(Method::GET, "/editions/new", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(r#"value="gca-national-index.toml" selected"#),
        "the index, preselected"
    );
    assert!(page.contains(r#"value="examples/cirt-maturity.toml""#));
    let r = app
        .api(Method::POST, "/api/v1/editions", "admin")
        .json(&json!({
            "id": "e2028", "name": "Index 2028", "framework": "gca-national-index.toml",
            "opens_on": "2028-01-01", "deadline": "2028-06-30", "countries": ["KEN"]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let r = app
        .api(Method::POST, "/api/v1/editions", "admin")
        .json(&json!({
            "id": "e2029", "name": "Index 2029", "framework": "../../etc/passwd",
            "opens_on": "2029-01-01", "deadline": "2029-06-30", "countries": ["KEN"]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
}

/// Inviting starts from the least powerful role, and a refused invitation comes back with what
/// was typed, so nothing is retyped and no administrator is made by a form that reset itself.
#[tokio::test]
async fn the_invitation_form_starts_least_powerful_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let fresh = app
        .page(Method::GET, "/admin/users", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(fresh.contains(r#"<option value="observer" selected>"#));
    assert!(!fresh.contains(r#"<option value="admin" selected>"#));
    let refused = app
        .page(Method::POST, "/admin/users", "admin")
        .form(&[
            ("email", "ama.mensah@"),
            ("role", "reviewer"),
            ("country", ""),
            ("name", "Ama Mensah"),
            ("observed", "GHA, KEN"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains(r#"value="ama.mensah@""#), "the email kept");
    assert!(html.contains(r#"value="Ama Mensah""#), "the name kept");
    assert!(
        html.contains(r#"value="GHA, KEN""#),
        "the observed countries kept"
    );
    assert!(
        html.contains(r#"<option value="reviewer" selected>"#),
        "the role kept"
    );
    assert!(
        app.state
            .store
            .users()
            .await
            .unwrap()
            .iter()
            .all(|u| !u.email.starts_with("ama.mensah")),
        "nobody was invited"
    );
}

/// Every page names the icon, and the icon is served (the browser asks for it on every tab).
#[tokio::test]
async fn pages_have_an_icon() {
    let app = TestApp::new().await;
    let login = app
        .page(Method::GET, "/admin/users", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        login.contains(r#"<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">"#),
        "{login}"
    );
    let icon = app
        .page(Method::GET, "/static/favicon.svg", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(icon.status(), 200);
    assert_eq!(icon.headers()["content-type"], "image/svg+xml");
    assert!(icon.text().await.unwrap().starts_with("<svg"));
}

/// The long questionnaire reads as a document: an index with a mark per question, "next
/// unanswered" that follows the answers, filters, one pillar per page with the way to the next,
/// and a save without JavaScript that comes back to its question and says "Saved".
#[tokio::test]
async fn the_questionnaire_is_an_indexed_document_shown_a_pillar_at_a_time() {
    let app = TestApp::new().await;
    let workspace = |query: &'static str| {
        let app = &app;
        async move {
            app.page(
                Method::GET,
                &format!("/editions/{EDITION}/countries/KEN{query}"),
                "focal-ken",
            )
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
        }
    };
    let framework = app.state.framework(EDITION).await.unwrap();
    let first_two: Vec<&str> = framework
        .questions
        .iter()
        .filter(|q| q.id.starts_with("LEG") && q.relevant.is_none())
        .take(2)
        .map(|q| q.id.as_str())
        .collect();
    let page = workspace("").await;
    // The first pillar with work left is shown; the others are a link away.
    assert!(page.contains(r#"id="q-LEG1.1""#));
    assert!(!page.contains(r#"id="q-TEC1b.3""#), "one pillar per page");
    assert!(
        page.contains(r#"<a href="?pillar=TEC" rel="next">"#),
        "{page}"
    );
    let relevant: serde_json::Value = app
        .api(
            Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let relevant = relevant["progress"]["relevant"].as_u64().unwrap() as usize;
    let marks = page.matches(r#"<li class="index-todo">"#).count();
    assert_eq!(marks, relevant, "every question asked is in the index");
    assert!(page.contains(&format!(
        r#"<a href="?pillar=LEG#q-{}" class="next-link" data-next="todo">"#,
        first_two[0]
    )));

    // Saved without JavaScript: back at the question, on its pillar, with "Saved.".
    let saved = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/{}", first_two[0]),
            "focal-ken",
        )
        .form(&[("value", "in-place"), ("comment", ""), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 303);
    let to = saved.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        to,
        format!(
            "/editions/{EDITION}/countries/KEN?pillar=LEG&saved={0}#q-{0}",
            first_two[0]
        )
    );
    let back = app
        .page(Method::GET, to.split('#').next().unwrap(), "focal-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(back.contains(r#"<span role="status">Saved.</span>"#));

    // The index marks it answered (its evidence is still missing when the framework asks for
    // it), and "next unanswered" moves on.
    let page = workspace("").await;
    let i = framework.question_index(first_two[0]).unwrap();
    let state = if framework.questions[i].evidence_required {
        "missing"
    } else {
        "done"
    };
    assert!(page.contains(&format!(
        r#"<li class="index-{state}"><a href="?pillar=LEG#q-{}">"#,
        first_two[0]
    )));
    assert!(page.contains(&format!(
        r#"<a href="?pillar=LEG#q-{}" class="next-link" data-next="todo">"#,
        first_two[1]
    )));
    // Filters: only what is left to answer.
    let page = workspace("?pillar=LEG&show=unanswered").await;
    assert!(!page.contains(&format!(r#"id="q-{}""#, first_two[0])));
    assert!(page.contains(&format!(r#"id="q-{}""#, first_two[1])));
    // The whole questionnaire on one page, on request.
    let page = workspace("?pillar=all").await;
    assert!(page.contains(r#"id="q-LEG1.1""#) && page.contains(r#"id="q-TEC1b.3""#));
    assert!(!page.contains(r#"rel="next""#));
}

/// Without JavaScript one button saves every answer of the page: only the answers that changed
/// are written, and a refusal (a value out of range, an answer someone else changed) brings the
/// page back as typed, with the reason beside the answer, and writes nothing.
#[tokio::test]
async fn one_save_without_javascript_posts_every_answer_of_the_page() {
    let app = TestApp::new().await;
    let framework = app.state.framework(EDITION).await.unwrap();
    let pillar_of =
        |q: &cyberindex_engine::Question| framework.nodes[framework.pillar_of(q.parent)].id.clone();
    let number = framework
        .questions
        .iter()
        .find(|q| q.kind == cyberindex_engine::QuestionType::Number && q.limits.min == Some(0.0))
        .expect("the shipped framework has a count");
    let pillar = pillar_of(number);
    let choices: Vec<&cyberindex_engine::Question> = framework
        .questions
        .iter()
        .filter(|q| {
            pillar_of(q) == pillar
                && q.relevant.is_none()
                && q.options.iter().any(|o| o.id == "in-place")
        })
        .take(2)
        .collect();
    let (one, two) = (choices[0].id.as_str(), choices[1].id.as_str());
    let n = number.id.as_str();
    let stored = |q: &str| {
        let (app, q) = (&app, q.to_string());
        async move {
            app.state
                .store
                .answers(EDITION, "KEN")
                .await
                .unwrap()
                .into_iter()
                .find(|a| a.question_id == q)
        }
    };
    let post = |fields: Vec<(String, String)>| {
        let app = &app;
        async move {
            app.page(
                Method::POST,
                &format!("/editions/{EDITION}/countries/KEN/answers"),
                "focal-ken",
            )
            .form(&fields)
            .send()
            .await
            .unwrap()
        }
    };
    let f = |k: &str, v: &str| (k.to_string(), v.to_string());

    // The page's fields belong to one form, named after their questions.
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN?pillar={pillar}"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(&format!(
        r#"<form id="answers" method="post" action="/editions/{EDITION}/countries/KEN/answers"><input type="hidden" name="pillar" value="{pillar}"></form>"#
    )));
    assert!(page.contains(&format!(
        r#"form="answers" name="value.{one}" data-f="value" value="in-place""#
    )));
    assert!(page.contains(&format!(
        r#"name="at" value="{one}">Save the answers on this page</button>"#
    )));
    // One pillar a page, but the progress table still lists every pillar, each a link away.
    for (p, _) in framework.pillars() {
        let id = &framework.nodes[p].id;
        assert!(
            page.contains(&format!(
                r#"<tr data-pillar="{id}"><th scope="row"><a href="?pillar={id}#pillar-{id}">"#
            )),
            "progress row of {id}"
        );
    }

    // One save, two questions posted, one changed: one answer written, the page says so.
    let saved = post(vec![
        f("pillar", &pillar),
        f("at", two),
        f(&format!("version.{one}"), "0"),
        f(&format!("value.{one}"), "in-place"),
        f(&format!("comment.{one}"), "Gazette 12/2024"),
        f(&format!("version.{two}"), "0"),
        f(&format!("value.{two}"), ""),
        f(&format!("comment.{two}"), ""),
    ])
    .await;
    assert_eq!(saved.status(), 303);
    let to = saved.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        to,
        format!("/editions/{EDITION}/countries/KEN?pillar={pillar}&changed=1&saved={two}#q-{two}")
    );
    let a = stored(one).await.unwrap();
    assert_eq!(
        (a.value.as_deref(), a.comment.as_str(), a.version),
        (Some("in-place"), "Gazette 12/2024", 1)
    );
    assert!(stored(two).await.is_none(), "unchanged: not written");
    let back = app
        .page(Method::GET, to.split('#').next().unwrap(), "focal-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(back.contains("Saved: one answer changed."), "{back}");

    // A count below its minimum: nothing is written, everything typed comes back, and the
    // reason is beside the count.
    let refused = post(vec![
        f("pillar", &pillar),
        f(&format!("version.{one}"), "1"),
        f(&format!("value.{one}"), "partial"),
        f(&format!("comment.{one}"), "Gazette 12/2024"),
        f(&format!("version.{n}"), "0"),
        f(&format!("value.{n}"), "-5"),
        f(&format!("comment.{n}"), "from the 2025 census"),
    ])
    .await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Nothing was saved."), "{html}");
    assert!(html.contains(&format!(r#"<fieldset aria-describedby="qe-{n}">"#)));
    let error = html
        .split(&format!(r#"<p id="qe-{n}" class="field-error">"#))
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .expect("the reason beside the count");
    assert!(error.contains('0'), "the message names the range: {error}");
    assert!(html.contains(r#"aria-invalid="true""#) && html.contains(r#"value="-5""#));
    assert!(html.contains("from the 2025 census"));
    assert!(
        html.contains(&format!(
            r#"name="value.{one}" data-f="value" value="partial" checked"#
        )),
        "typed choice kept"
    );
    let a = stored(one).await.unwrap();
    assert_eq!(
        (a.value.as_deref(), a.version),
        (Some("in-place"), 1),
        "nothing half-applied"
    );
    assert!(stored(n).await.is_none());

    // Someone else changed an answer since the page was opened: refused with who did it, and
    // saving the page again (from the version now shown) replaces it.
    let stale = vec![
        f("pillar", &pillar),
        f(&format!("version.{one}"), "0"),
        f(&format!("value.{one}"), "partial"),
        f(&format!("comment.{one}"), ""),
    ];
    let refused = post(stale).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Changed by") && html.contains("save again to replace"),
        "{html}"
    );
    assert!(html.contains(&format!(
        r#"name="version.{one}" data-f="version" value="1""#
    )));
    let again = post(vec![
        f("pillar", &pillar),
        f(&format!("version.{one}"), "1"),
        f(&format!("value.{one}"), "partial"),
        f(&format!("comment.{one}"), ""),
    ])
    .await;
    assert_eq!(again.status(), 303);
    let a = stored(one).await.unwrap();
    assert_eq!((a.value.as_deref(), a.version), (Some("partial"), 2));

    // A field the page does not have is named.
    let odd = post(vec![f("pillar", &pillar), f("value.NOPE9.9", "x")]).await;
    assert_eq!(odd.status(), 422);
    assert!(odd.text().await.unwrap().contains("value.NOPE9.9"));
}
