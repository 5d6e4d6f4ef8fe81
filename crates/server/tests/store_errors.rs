//! Store errors that say what happened (issue 12): a database that fails for a while answers 503
//! `unavailable` (the client may try again), stored data that no longer reads answers 500
//! `corrupt`, and neither shows the database's own text to the user. The failure is real: a
//! second connection holds SQLite's write lock past the store's busy timeout.

use crate::common;

use std::time::Instant;

use common::{EDITION, Side, TestApp};

/// Text of the database's own errors that must never reach a user.
const DATABASE_TEXT: [&str; 10] = [
    "sqlx",
    "database is locked",
    "code: 5",
    "SQLITE",
    "returned from database",
    "martian",
    "lock timeout",
    "55P03",
    "PgDatabaseError",
    "audit_head",
];

async fn save(app: &TestApp, value: &str, version: i64) -> reqwest::Response {
    app.api(
        reqwest::Method::PUT,
        &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1"),
        "focal-ken",
    )
    .json(&serde_json::json!({"value": value, "version": version}))
    .send()
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_save_while_the_database_is_locked_gets_503_unavailable_and_no_database_text() {
    let app = TestApp::new().await;
    // Use the token once first: its "last used" time is then fresh, so the save below reaches
    // the group-commit writer instead of failing on that bookkeeping write.
    let r = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let lock = Side::take_write_lock(&app).await;

    // The API save waits for the busy timeout, then fails: the database, not the value.
    let started = Instant::now();
    let r = save(&app, "in-place", 0).await;
    let waited = started.elapsed();
    assert_eq!(r.status(), 503, "waited {waited:?}");
    assert_eq!(
        r.headers().get("retry-after").and_then(|v| v.to_str().ok()),
        Some("2")
    );
    let body = r.text().await.unwrap();
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["error"]["code"], "unavailable", "{body}");
    assert_eq!(
        json["error"]["message"],
        "The database is not answering right now, so nothing was saved. Try again in a moment."
    );
    for text in DATABASE_TEXT {
        assert!(!body.contains(text), "`{text}` in {body}");
    }

    // The page's autosave (a form post asking for JSON) gets the same answer, in French here.
    let r = app
        .page(
            reqwest::Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1"),
            "focal-ken",
        )
        .header("Accept", "application/json")
        .header("Accept-Language", "fr")
        .form(&[("value", "in-place"), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    let body = r.text().await.unwrap();
    assert!(body.contains("\"unavailable\""), "{body}");
    for text in DATABASE_TEXT {
        assert!(!body.contains(text), "`{text}` in {body}");
    }
    // The same page without JSON: an error page in the reader's language, no database text.
    let r = app
        .page(
            reqwest::Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1"),
            "focal-ken",
        )
        .header("Accept-Language", "fr")
        .form(&[("value", "in-place"), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 503);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("La base de données ne répond pas pour le moment"),
        "{body}"
    );
    for text in DATABASE_TEXT {
        assert!(!body.contains(text), "`{text}` in {body}");
    }

    // Nothing was written; once the lock is gone, the very same save goes through.
    lock.release().await;
    let r = save(&app, "in-place", 0).await;
    assert_eq!(r.status(), 200);
    let answers = app.state.store.answers(EDITION, "KEN").await.unwrap();
    let saved = answers.iter().find(|a| a.question_id == "LEG1.1").unwrap();
    assert_eq!(
        (saved.value.as_deref(), saved.version),
        (Some("in-place"), 1)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_data_that_no_longer_reads_is_500_corrupt_without_its_text() {
    let app = TestApp::new().await;
    assert_eq!(save(&app, "in-place", 0).await.status(), 200);
    // Damage the row the way a bad migration or a hand edit would.
    Side::open(&app).await.damage_provenance().await;

    let r = app
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 500);
    let body = r.text().await.unwrap();
    let json: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(json["error"]["code"], "corrupt", "{body}");
    for text in DATABASE_TEXT {
        assert!(!body.contains(text), "`{text}` in {body}");
    }
}
