//! Hardening policies over HTTP: the password rule beyond length, HSTS behind https, and
//! sign-out clearing what the browser kept (issue 11, finding 19).

use crate::common;

use common::TestApp;
use cyberindex_store::{NewUser, Role};
use reqwest::Method;

async fn invitation(app: &TestApp, email: &str) -> String {
    let (_, link) = cyberindex_server::service::accounts::invite(
        &app.state,
        &NewUser {
            email: email.into(),
            name: "New".into(),
            role: Role::FocalPoint,
            country: Some("KEN".into()),
            observed: vec![],
            team: None,
        },
        None,
    )
    .await
    .unwrap();
    link.trim_start_matches(&app.base).to_string()
}

#[tokio::test]
async fn common_passwords_are_refused_with_the_reason_and_nothing_is_set() {
    let app = TestApp::new().await;
    let path = invitation(&app, "common.pw@test.example.org").await;
    for (password, says) in [
        ("qwerty123456", "10,000 most common passwords"),
        ("password1234", "digits or symbols added"),
        ("Dragon2026!!", "digits or symbols added"),
        ("abcdabcdabcd", "repeats a short pattern"),
    ] {
        let r = app
            .client
            .post(app.url(&path))
            .header("Origin", &app.base)
            .form(&[("password", password), ("confirm", password)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "{password}");
        let body = r.text().await.unwrap();
        assert!(body.contains(says), "{password}: {body}");
    }
    // The link still works: nothing was half-applied, and a good password is then taken.
    let r = app
        .client
        .post(app.url(&path))
        .header("Origin", &app.base)
        .form(&[
            ("password", "tortoise lamp harbour"),
            ("confirm", "tortoise lamp harbour"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
}

#[tokio::test]
async fn the_reason_is_given_in_the_readers_language() {
    let app = TestApp::new().await;
    let path = invitation(&app, "common.fr@test.example.org").await;
    let r = app
        .client
        .post(app.url(&path))
        .header("Origin", &app.base)
        .header("Accept-Language", "fr")
        .form(&[("password", "password1234"), ("confirm", "password1234")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("très courant auquel on a ajouté des chiffres")
    );
}

#[tokio::test]
async fn hsts_is_sent_only_behind_https() {
    let plain = TestApp::new().await;
    let r = plain.client.get(plain.url("/login")).send().await.unwrap();
    assert!(r.headers().get("strict-transport-security").is_none());

    let tls = TestApp::with(|c| c.public_url = "https://cyberindex.example.org".into()).await;
    for path in ["/login", "/results/", "/static/app.css", "/no-such-page"] {
        let r = tls.client.get(tls.url(path)).send().await.unwrap();
        assert_eq!(
            r.headers()
                .get("strict-transport-security")
                .map(|v| v.to_str().unwrap()),
            Some("max-age=31536000"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn sign_out_tells_the_browser_to_clear_stored_drafts() {
    let app = TestApp::new().await;
    let r = app
        .page(Method::POST, "/logout", "focal-ken")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    assert_eq!(
        r.headers()
            .get("clear-site-data")
            .map(|v| v.to_str().unwrap()),
        Some("\"storage\"")
    );
}
