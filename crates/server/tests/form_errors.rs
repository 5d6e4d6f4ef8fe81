//! Errors where the field is (issue 14, item 3), over HTTP against a real server: the new-edition
//! form, the account forms (password, two-factor authentication, API tokens, the set-password
//! page of invitation and reset links, the sign-in code) and the review page's send-back form. A
//! refused form comes back as 422 on the same page, the message beside its field
//! (`aria-invalid`, `class="field-error"`) and in the summary, what was typed kept (never a
//! password), and nothing applied.

use crate::common;

use common::{EDITION, TestApp};
use cyberindex_server::auth;
use cyberindex_server::service::{accounts, totp};
use cyberindex_store::{LinkPurpose, User};
use reqwest::{Method, StatusCode};

const PASSWORD: &str = "a long enough passphrase";

async fn user(app: &TestApp, who: &str) -> User {
    app.state
        .store
        .user_by_email(&format!("{who}@test.example.org"))
        .await
        .unwrap()
        .unwrap()
}

/// The opening tag of the element whose id is `id` (panics when there is none).
fn tag<'a>(page: &'a str, id: &str) -> &'a str {
    let at = page
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no element #{id} in {page}"));
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap();
    &page[start..=end]
}

/// The field is marked invalid and its message stands beside it, pointed to by the field.
fn refused_beside(page: &str, id: &str, message: &str) {
    let field = tag(page, id);
    assert!(field.contains(r#"aria-invalid="true""#), "{field}");
    assert!(field.contains(&format!("{id}-error")), "{field}");
    let error = tag(page, &format!("{id}-error"));
    assert!(error.contains(r#"class="field-error""#), "{error}");
    let text = &page[page.find(error).unwrap() + error.len()..];
    assert!(
        text[..text.find("</p>").unwrap()].contains(message),
        "#{id}-error does not say {message:?}: {text}"
    );
    // The summary at the top links to the field.
    assert!(page.contains(&format!(r##"<a href="#{id}">"##)), "{page}");
}

fn not_refused(page: &str, id: &str) {
    assert!(!tag(page, id).contains("aria-invalid"), "{}", tag(page, id));
}

async fn new_edition(app: &TestApp, form: reqwest::multipart::Form) -> (StatusCode, String) {
    let r = app
        .page(Method::POST, "/editions/new", "admin")
        .multipart(form)
        .send()
        .await
        .unwrap();
    (r.status(), r.text().await.unwrap())
}

fn edition_form(
    id: &str,
    opens: &str,
    deadline: &str,
    countries: &str,
) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new()
        .text("id", id.to_string())
        .text("name", "Next edition")
        .text("framework", "gca-national-index.toml")
        .text("opens_on", opens.to_string())
        .text("deadline", deadline.to_string())
        .text("countries", countries.to_string())
        .text("carry_forward_from", "")
}

#[tokio::test]
async fn a_refused_edition_says_why_beside_each_field_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let before = app.state.store.editions().await.unwrap().len();

    // The browser checks the id's pattern, the required fields and the lengths itself.
    let r = app
        .page(Method::GET, "/editions/new", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let page = r.text().await.unwrap();
    let id = tag(&page, "id");
    for attribute in [
        "required",
        r#"maxlength="40""#,
        "pattern=",
        "aria-describedby",
    ] {
        assert!(id.contains(attribute), "{id}");
    }
    assert!(tag(&page, "name").contains("required"));
    assert!(tag(&page, "opens_on").contains("required"));

    // Three fields wrong at once: each message beside its own field; everything typed kept.
    let (status, page) = new_edition(
        &app,
        edition_form("Next Edition", "2027-06-01", "2027-01-31", "KEN, XYZ"),
    )
    .await;
    assert_eq!(status, 422, "{page}");
    assert!(page.contains(r#"class="error-summary" role="alert""#));
    refused_beside(&page, "id", "lowercase letters");
    refused_beside(&page, "deadline", "not be before the opening date");
    refused_beside(&page, "countries", "XYZ");
    not_refused(&page, "name");
    not_refused(&page, "opens_on");
    assert!(tag(&page, "id").contains(r#"value="Next Edition""#));
    assert!(tag(&page, "name").contains(r#"value="Next edition""#));
    assert!(tag(&page, "opens_on").contains(r#"value="2027-06-01""#));
    assert!(tag(&page, "deadline").contains(r#"value="2027-01-31""#));
    assert!(page.contains(">KEN, XYZ</textarea>"), "{page}");
    assert!(page.contains(r#"<option value="gca-national-index.toml" selected>"#));

    // An id already taken: beside the id, not a dead end.
    let (status, page) = new_edition(
        &app,
        edition_form(EDITION, "2027-01-01", "2027-12-31", "KEN"),
    )
    .await;
    assert_eq!(status, 422, "{page}");
    refused_beside(&page, "id", EDITION);
    assert!(tag(&page, "id").contains(&format!(r#"value="{EDITION}""#)));

    // An uploaded framework that is not text: beside the file input, even though the shipped
    // framework chosen above it would have been fine.
    let upload = edition_form("e2027", "2027-01-01", "2027-12-31", "KEN").part(
        "framework_file",
        reqwest::multipart::Part::bytes(vec![0xff, 0xfe, 0x00, 0x41]).file_name("index.toml"),
    );
    let (status, page) = new_edition(&app, upload).await;
    assert_eq!(status, 422, "{page}");
    refused_beside(&page, "framework_file", "UTF-8");
    assert!(tag(&page, "id").contains(r#"value="e2027""#));

    // An uploaded framework with errors: beside the file input, with the diagnostics.
    let upload = edition_form("e2027", "2027-01-01", "2027-12-31", "KEN").part(
        "framework_file",
        reqwest::multipart::Part::bytes(b"id = \"x\"\nversion = 1\n".to_vec())
            .file_name("broken.toml"),
    );
    let (status, page) = new_edition(&app, upload).await;
    assert_eq!(status, 422, "{page}");
    refused_beside(&page, "framework_file", "broken.toml");
    assert!(page.contains("<pre>"), "{page}");

    assert_eq!(
        app.state.store.editions().await.unwrap().len(),
        before,
        "nothing created from a refused form"
    );
    assert!(app.state.store.edition("e2027").await.is_err());
}

#[tokio::test]
async fn a_refused_account_form_says_why_beside_the_field_and_changes_nothing() {
    let app = TestApp::new().await;
    let focal = user(&app, "focal-ken").await;
    app.state
        .store
        .set_password(focal.id, &auth::hash_password(PASSWORD))
        .await
        .unwrap();
    let hash = user(&app, "focal-ken").await.password_hash;
    let post = |path: &'static str, form: Vec<(&'static str, String)>| {
        let request = app.page(Method::POST, path, "focal-ken").form(&form);
        async move {
            let r = request.send().await.unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let new = "a brand new passphrase".to_string();

    // Changing the password: the wrong current password, a new one too short, and a
    // confirmation that differs, each beside its own field; no password is ever sent back.
    let (status, page) = post(
        "/account/password",
        vec![
            ("current", "not the password at all".into()),
            ("password", new.clone()),
            ("confirm", new.clone()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&page, "current-password", "not your current password");
    not_refused(&page, "new-password");
    let (status, page) = post(
        "/account/password",
        vec![
            ("current", PASSWORD.into()),
            ("password", "short".into()),
            ("confirm", "short".into()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&page, "new-password", "12");
    let (status, page) = post(
        "/account/password",
        vec![
            ("current", PASSWORD.into()),
            ("password", new.clone()),
            ("confirm", "a different passphrase".into()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&page, "confirm-password", "not the same");
    for typed in [PASSWORD, new.as_str(), "a different passphrase"] {
        assert!(!page.contains(typed), "a password was sent back");
    }
    assert_eq!(
        user(&app, "focal-ken").await.password_hash,
        hash,
        "password unchanged"
    );

    // A token: no name, or the wrong password; the name typed is kept, no token made.
    let tokens = app.state.store.tokens(focal.id).await.unwrap().len();
    let (status, page) = post(
        "/account/tokens",
        vec![("name", "   ".into()), ("password", PASSWORD.into())],
    )
    .await;
    assert_eq!(status, 422, "{page}");
    refused_beside(&page, "token-name", "1 to 80 characters");
    let (status, page) = post(
        "/account/tokens",
        vec![
            ("name", "deploy script".into()),
            ("password", "not the password at all".into()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&page, "token-password", "not your current password");
    assert!(tag(&page, "token-name").contains(r#"value="deploy script""#));
    assert!(!page.contains("not the password at all"));
    assert_eq!(
        app.state.store.tokens(focal.id).await.unwrap().len(),
        tokens
    );

    // Two-factor authentication: a wrong code beside the code; the secret being set up is
    // kept, so the QR code already scanned still works.
    let secret = totp::new_secret();
    let (status, page) = post(
        "/account/totp",
        vec![
            ("secret", secret.clone()),
            ("code", "000000".into()),
            ("password", PASSWORD.into()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&page, "code", "not right");
    assert!(page.contains(&secret), "the secret is kept");
    let (status, page) = post(
        "/account/totp",
        vec![
            ("secret", secret.clone()),
            ("code", totp::current(&secret, &focal.email).unwrap()),
            ("password", "not the password at all".into()),
        ],
    )
    .await;
    assert_eq!(status, 422);
    refused_beside(&page, "enable-password", "not your current password");
    assert!(page.contains(&secret), "the secret is kept");
    assert!(!user(&app, "focal-ken").await.totp_enabled);
}

#[tokio::test]
async fn a_refused_password_from_a_link_says_why_beside_the_field_and_keeps_the_link() {
    let app = TestApp::new().await;
    let contributor = user(&app, "contributor-ken").await;
    let link = accounts::send_link(&app.state, &contributor, LinkPurpose::Invitation)
        .await
        .unwrap();
    let send = |password: &'static str, confirm: &'static str| {
        app.client
            .post(link.as_str())
            .header("Origin", &app.base)
            .form(&[("password", password), ("confirm", confirm)])
            .send()
    };
    let r = send("short", "short").await.unwrap();
    assert_eq!(r.status(), 422);
    refused_beside(&r.text().await.unwrap(), "password", "12");
    let r = send("a long enough passphrase", "a different passphrase")
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    refused_beside(&page, "confirm", "not the same");
    not_refused(&page, "password");
    assert!(!page.contains("a long enough passphrase"));
    assert!(page.contains(r#"action="/invitation/"#), "{page}");
    // The link still works.
    let again = app.client.get(link.as_str()).send().await.unwrap();
    assert_eq!(again.status(), 200);
    assert!(user(&app, "contributor-ken").await.password_hash.is_none());
}

#[tokio::test]
async fn a_refused_send_back_says_why_beside_the_field_and_keeps_the_message() {
    let app = TestApp::new().await;
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
    let review = format!("/editions/{EDITION}/countries/KEN");
    let send_back = |deadline: &str, message: &str| {
        let request = app
            .page(Method::POST, &format!("{review}/return"), "reviewer")
            .form(&[("deadline", deadline), ("message", message)]);
        async move {
            let r = request.send().await.unwrap();
            (r.status(), r.text().await.unwrap())
        }
    };
    let status = || async {
        app.state
            .store
            .response(EDITION, "KEN")
            .await
            .unwrap()
            .status
    };
    let later = (time::OffsetDateTime::now_utc() + time::Duration::days(7))
        .date()
        .to_string();

    // The page offers no deadline before today.
    let page = app
        .page(Method::GET, &format!("{review}/review"), "reviewer")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let today = time::OffsetDateTime::now_utc().date().to_string();
    assert!(tag(&page, "deadline").contains(&format!(r#"min="{today}""#)));

    // Nothing asked about yet: the response is not ready to go back (409, as the API says);
    // the page says why above the form, what was typed kept.
    let (code, page) = send_back(&later, "Please look at LEG1.1 again.").await;
    assert_eq!(code, 409, "{page}");
    assert!(page.contains("No question asks the country for anything"));
    assert!(
        page.contains(">Please look at LEG1.1 again.</textarea>"),
        "{page}"
    );
    not_refused(&page, "deadline");

    let r = app
        .page(
            Method::POST,
            &format!("{review}/answers/LEG1.1/review"),
            "reviewer",
        )
        .form(&[("decision", "clarify"), ("comment", "Which article?")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    // A deadline in the past: beside the deadline, both fields kept.
    let (code, page) = send_back("2020-01-31", "Please look at LEG1.1 again.").await;
    assert_eq!(code, 422);
    refused_beside(&page, "deadline", "has passed");
    assert!(tag(&page, "deadline").contains(r#"value="2020-01-31""#));
    assert!(page.contains(">Please look at LEG1.1 again.</textarea>"));
    not_refused(&page, "message");
    // A message too long: beside the message.
    let long = "x".repeat(10_001);
    let (code, page) = send_back(&later, &long).await;
    assert_eq!(code, 422);
    refused_beside(&page, "message", "10,000");
    assert_eq!(status().await, cyberindex_store::Status::InReview);

    let (code, _) = send_back(&later, "Please look at LEG1.1 again.").await;
    assert_eq!(code, 303);
    assert_eq!(status().await, cyberindex_store::Status::Returned);
}

#[tokio::test]
async fn a_wrong_sign_in_code_is_refused_beside_the_code_field() {
    let app = TestApp::new().await;
    let reviewer = user(&app, "reviewer").await;
    app.state
        .store
        .set_password(reviewer.id, &auth::hash_password(PASSWORD))
        .await
        .unwrap();
    let secret = totp::new_secret();
    app.state
        .store
        .set_totp(reviewer.id, Some(&secret), true)
        .await
        .unwrap();
    let login = app
        .client
        .post(app.url("/login"))
        .header("Origin", &app.base)
        .form(&[
            ("email", reviewer.email.as_str()),
            ("password", PASSWORD),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    let cookie = login.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let right: u32 = totp::current(&secret, &reviewer.email)
        .unwrap()
        .parse()
        .unwrap();
    let wrong = format!("{:06}", (right + 500_000) % 1_000_000);
    let r = app
        .client
        .post(app.url("/login/totp"))
        .header("Cookie", &cookie)
        .header("Origin", &app.base)
        .form(&[("code", wrong.as_str()), ("next", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let page = r.text().await.unwrap();
    refused_beside(&page, "code", "not right");
    assert!(tag(&page, "code").contains("code-help"), "the hint stays");
}
