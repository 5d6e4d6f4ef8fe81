//! Security behaviour over HTTP: CSRF, headers, rate limits, escaping, limits on bodies, clear
//! errors for malformed input, and that nothing is written when a request is refused.

use crate::common;

use common::{EDITION, TestApp};
use reqwest::Method;

#[tokio::test]
async fn cookie_writes_from_another_site_are_refused() {
    let app = TestApp::new().await;
    let path = format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1");
    let cookie = format!(
        "{}={}",
        cyberindex_server::auth::SESSION_COOKIE,
        app.sessions["focal-ken"]
    );
    let form = "value=in-place&comment=&version=0";
    let send = |origin: Option<&'static str>, site: Option<&'static str>| {
        let mut r = app
            .client
            .post(app.url(&path))
            .header("Cookie", &cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(form);
        if let Some(o) = origin {
            r = r.header("Origin", o);
        }
        if let Some(s) = site {
            r = r.header("Sec-Fetch-Site", s);
        }
        r.send()
    };
    assert_eq!(
        send(None, None).await.unwrap().status(),
        403,
        "no origin at all"
    );
    assert_eq!(
        send(Some("https://evil.example"), None)
            .await
            .unwrap()
            .status(),
        403,
        "foreign origin"
    );
    assert_eq!(
        send(None, Some("cross-site")).await.unwrap().status(),
        403,
        "cross-site fetch"
    );
    assert_eq!(
        send(Some("https://evil.example"), Some("same-site"))
            .await
            .unwrap()
            .status(),
        403,
        "sibling site"
    );
    // Nothing was written by the refused requests.
    assert!(
        app.state
            .store
            .answers(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(send(None, Some("same-origin")).await.unwrap().status(), 303);
    assert_eq!(
        app.state.store.answers(EDITION, "KEN").await.unwrap().len(),
        1
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::new().await;
    for path in [
        "/",
        "/login",
        "/api/v1/openapi.json",
        "/nope",
        "/static/app.js",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}: {csp}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
    }
    let page = app
        .client
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        !page.contains("<script>") && !page.contains(" onclick=") && !page.contains("style="),
        "inline script or style in a page"
    );
}

#[tokio::test]
async fn session_cookies_are_httponly_and_samesite() {
    let app = TestApp::new().await;
    let user = app
        .state
        .store
        .user_by_email("admin@test.example.org")
        .await
        .unwrap()
        .unwrap();
    app.state
        .store
        .set_password(
            user.id,
            &cyberindex_server::auth::hash_password("a long enough password"),
        )
        .await
        .unwrap();
    let response = app
        .client
        .post(app.url("/login"))
        .header("Origin", &app.base)
        .form(&[
            ("email", "admin@test.example.org"),
            ("password", "a long enough password"),
            ("next", "/"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"),
        "{cookie}"
    );
}

#[tokio::test]
async fn sign_in_is_rate_limited() {
    let app = TestApp::new().await;
    let mut statuses = Vec::new();
    for _ in 0..12 {
        let r = app
            .client
            .post(app.url("/login"))
            .header("Origin", &app.base)
            .form(&[
                ("email", "admin@test.example.org"),
                ("password", "wrong password!"),
            ])
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
    }
    assert_eq!(&statuses[..10], &[401; 10]);
    assert_eq!(&statuses[10..], &[429, 429]);
}

#[tokio::test]
async fn user_text_is_escaped() {
    let app = TestApp::new().await;
    let put = app
        .api(Method::PUT, &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/ORG2.4"), "focal-ken")
        .json(&serde_json::json!({"value": "<script>alert(1)</script>", "comment": "\"><img src=x onerror=alert(2)>", "version": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200);
    let page = app
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
        !page.contains("<script>alert(1)</script>")
            && page.contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            || page.contains("&lt;script&gt;"),
        "unescaped answer"
    );
    assert!(!page.contains("<img src=x"), "unescaped comment");
}

#[tokio::test]
async fn malformed_and_invalid_bodies_get_clear_errors_and_write_nothing() {
    let app = TestApp::new().await;
    let path = format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1");
    let cases: [(&str, u16, &str); 6] = [
        (
            r#"{"value": "in-place", "version": 0"#,
            422,
            "EOF while parsing",
        ),
        (r#"{"value": "in-place"}"#, 422, "missing field `version`"),
        (
            r#"{"value": "maybe", "version": 0}"#,
            422,
            "“maybe” is not an option of this question: use one of in-place, partial, not-in-place",
        ),
        (r#"{"value": true, "version": 0}"#, 422, "The value must be"),
        (
            r#"{"value": "in-place", "version": 0, "extra": 1}"#,
            422,
            "unknown field `extra`",
        ),
        (
            r#"{"value": "in-place", "version": 7}"#,
            409,
            "changed by someone else",
        ),
    ];
    for (body, status, message) in cases {
        let r = app
            .api(Method::PUT, &path, "focal-ken")
            .header("Content-Type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), status, "{body}");
        let json: serde_json::Value = r.json().await.unwrap();
        let text = json["error"]["message"].as_str().unwrap();
        assert!(text.contains(message), "{body}: {text}");
    }
    assert!(
        app.state
            .store
            .answers(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
    // Bodies over 1 MB are refused before they are read.
    let big = format!(r#"{{"value": "{}", "version": 0}}"#, "x".repeat(1_100_000));
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/ORG2.4"),
            "focal-ken",
        )
        .header("Content-Type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    let status = r.status();
    assert_eq!(status, 413, "{}", r.text().await.unwrap());
    assert!(
        app.state
            .store
            .answers(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_revoked_or_unknown_token_is_refused() {
    let app = TestApp::new().await;
    let r = app
        .client
        .get(app.url("/api/v1/editions"))
        .bearer_auth("cyx_not-a-token")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let user = app
        .state
        .store
        .user_by_email("focal-ken@test.example.org")
        .await
        .unwrap()
        .unwrap();
    let token_id = app.state.store.tokens(user.id).await.unwrap()[0].id;
    app.state
        .store
        .revoke_token(user.id, token_id)
        .await
        .unwrap();
    assert_eq!(
        app.api(Method::GET, "/api/v1/editions", "focal-ken")
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
}
