//! Security hardening (issue 11) of the store, the outbox, webhooks and the server's connection
//! limits, over real requests: archived editions refuse every change with 409 `locked` (pages and
//! API alike, with nothing announced); single-use links never rest in the outbox; webhooks refuse
//! private destinations; slow clients are disconnected.

use crate::common;

use common::{EDITION, TestApp};
use reqwest::Method;
use serde_json::{Value, json};

fn api_path(rest: &str) -> String {
    format!("/api/v1/editions/{EDITION}/responses/KEN{rest}")
}

fn page_path(rest: &str) -> String {
    format!("/editions/{EDITION}/countries/KEN{rest}")
}

async fn user_id(app: &TestApp, name: &str) -> i64 {
    app.state
        .store
        .user_by_email(&format!("{name}@test.example.org"))
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Sends a JSON API request and returns the status and the body.
async fn api(
    app: &TestApp,
    method: Method,
    path: &str,
    caller: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = app.api(method, path, caller);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let r = request.send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archived_edition_refuses_every_change_through_the_api_and_the_pages() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    // A webhook endpoint: any status change would queue a delivery for it.
    store
        .create_webhook("https://hooks.test.example.org/cyberindex", "s3cret", None)
        .await
        .unwrap();

    // Before archiving, the country works normally: an answer, and a link as evidence.
    let (status, saved) = api(
        &app,
        Method::PUT,
        &api_path("/answers/LEG1.1"),
        "focal-ken",
        Some(json!({"value": "in-place", "version": 0})),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let (status, evidence) = api(
        &app,
        Method::POST,
        &api_path("/answers/LEG1.1/evidence"),
        "focal-ken",
        Some(json!({"url": "https://example.org/law", "title": "Law"})),
    )
    .await;
    assert_eq!(status, 201, "{evidence}");
    let evidence_id = evidence["id"].as_i64().unwrap();

    let (status, body) = api(
        &app,
        Method::POST,
        &format!("/api/v1/editions/{EDITION}/archive"),
        "admin",
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let audit_before = store.audit(&Default::default()).await.unwrap().len();
    let answers_before = store.answers(EDITION, "KEN").await.unwrap();

    // Every write through the API: 409 with the code `locked`.
    let api_writes: Vec<(&str, Method, String, &str, Option<Value>)> = vec![
        (
            "answer save",
            Method::PUT,
            api_path("/answers/LEG1.1"),
            "focal-ken",
            Some(json!({"value": "not-in-place", "version": 1})),
        ),
        (
            "answer save (contributor, new question)",
            Method::PUT,
            api_path("/answers/LEG1.2"),
            "contributor-ken",
            Some(json!({"value": "in-place", "version": 0})),
        ),
        (
            "evidence add",
            Method::POST,
            api_path("/answers/LEG1.1/evidence"),
            "focal-ken",
            Some(json!({"url": "https://example.org/other", "title": "Other"})),
        ),
        (
            "evidence delete",
            Method::DELETE,
            api_path(&format!("/evidence/{evidence_id}")),
            "focal-ken",
            None,
        ),
        (
            "message",
            Method::POST,
            api_path("/answers/LEG1.1/messages"),
            "focal-ken",
            Some(json!({"body": "still here?"})),
        ),
        (
            "reviewer note",
            Method::POST,
            api_path("/answers/LEG1.1/messages"),
            "reviewer",
            Some(json!({"body": "note", "internal": true})),
        ),
        (
            "submission",
            Method::POST,
            api_path("/submit"),
            "focal-ken",
            None,
        ),
        (
            "secretariat draft",
            Method::PUT,
            api_path("/answers/LEG1.3/draft"),
            "reviewer",
            Some(json!({"value": "in-place", "comment": "Gazette", "version": 0})),
        ),
        (
            "confirmation",
            Method::POST,
            api_path("/answers/LEG1.1/confirm"),
            "focal-ken",
            Some(json!({"version": 1})),
        ),
    ];
    for (what, method, path, caller, body) in api_writes {
        let (status, body) = api(&app, method, &path, caller, body).await;
        assert_eq!(status, 409, "{what}: {body}");
        assert_eq!(body["error"]["code"], "locked", "{what}: {body}");
        assert!(
            body["error"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("archived")),
            "{what}: {body}"
        );
    }

    // The same through the pages (form posts): 409 too, with the message in the page.
    let page_writes: [(&str, String, &str, &str); 4] = [
        (
            "answer save",
            page_path("/answers/LEG1.1"),
            "focal-ken",
            "value=partial&comment=&version=1",
        ),
        (
            "message",
            page_path("/answers/LEG1.1/messages"),
            "focal-ken",
            "body=hello",
        ),
        ("submission", page_path("/submit"), "focal-ken", "confirm=1"),
        (
            "evidence delete",
            page_path(&format!("/evidence/{evidence_id}/delete")),
            "focal-ken",
            "",
        ),
    ];
    for (what, path, caller, form) in page_writes {
        let r = app
            .page(Method::POST, &path, caller)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 409, "page {what}");
        let html = r.text().await.unwrap();
        assert!(html.contains("archived"), "page {what}: {html}");
    }

    // Nothing changed, nothing was recorded, nothing was announced.
    assert_eq!(store.answers(EDITION, "KEN").await.unwrap(), answers_before);
    assert_eq!(store.evidence(EDITION, "KEN").await.unwrap().len(), 1);
    assert!(
        store
            .messages(EDITION, "KEN", true)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store.response(EDITION, "KEN").await.unwrap().status,
        cyberindex_store::Status::InProgress
    );
    assert_eq!(
        store.audit(&Default::default()).await.unwrap().len(),
        audit_before,
        "an entry was recorded for a refused change"
    );
    assert!(
        store.deliveries(10).await.unwrap().is_empty(),
        "a webhook was queued"
    );
    let reviewer = user_id(&app, "reviewer").await;
    assert!(
        store.notifications(reviewer, 10).await.unwrap().is_empty(),
        "a notification was sent"
    );
    assert!(
        store.outbox().await.unwrap().is_empty(),
        "an email was queued"
    );

    // The store itself refuses the paths no handler offers on an archived edition.
    assert!(matches!(
        store
            .set_status(
                EDITION,
                "KEN",
                &[cyberindex_store::Status::InProgress],
                cyberindex_store::Status::Submitted,
                None,
            )
            .await,
        Err(cyberindex_store::StoreError::Archived(_))
    ));
    assert!(matches!(
        store
            .bulk_load(
                EDITION,
                "FRA",
                &[],
                cyberindex_store::Status::Submitted,
                None
            )
            .await,
        Err(cyberindex_store::StoreError::Archived(_))
    ));
    assert!(matches!(
        store
            .apply_desk_policy(
                EDITION,
                cyberindex_workflow::status::rule("deadline").from,
                None
            )
            .await,
        Err(cyberindex_store::StoreError::Archived(_))
    ));
}

// --- finding 6: single-use link secrets at rest; finding 16: outbox views recorded ---

/// The secrets that follow `/invitation/` or `/password/reset/` in `text` (URL-safe characters,
/// at least 20 of them: what `auth::random_token` makes).
fn link_secrets(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for path in ["/invitation/", "/password/reset/"] {
        for (at, _) in text.match_indices(path) {
            let secret: String = text[at + path.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            if secret.len() >= 20 {
                found.push(secret);
            }
        }
    }
    found
}

/// Every byte the database keeps on disk (the file and its write-ahead log).
fn database_bytes(app: &TestApp) -> Vec<u8> {
    let mut bytes = Vec::new();
    for name in ["cyberindex.db", "cyberindex.db-wal"] {
        if let Ok(b) = std::fs::read(app.dir.join(name)) {
            bytes.extend(b);
        }
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// The outbox message to `to`, once it is there (reset links are sent after the response).
async fn outbox_message(app: &TestApp, to: &str) -> cyberindex_store::OutboxMessage {
    for _ in 0..100 {
        let stored = app.state.store.outbox().await.unwrap();
        if let Some(m) = stored.into_iter().find(|m| {
            m.to_address == to
                && (m.sent_at.is_some() || app.state.config.smtp.is_none() || m.error.is_some())
        }) {
            return m;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("no message to {to} in the outbox within 10 s");
}

async fn outbox_page(app: &TestApp) -> String {
    let r = app
        .page(Method::GET, "/admin/outbox", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    r.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_smtp_an_invitation_link_is_shown_once_to_its_creator_and_never_stored() {
    let app = TestApp::new().await;
    let store = &app.state.store;

    // The administrator invites someone: the link is on the page that answers the invitation.
    let r = app
        .page(Method::POST, "/admin/users", "admin")
        .form(&[
            ("email", "invited@test.example.org"),
            ("role", "focal-point"),
            ("country", "KEN"),
            ("name", "Invited"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let html = r.text().await.unwrap();
    let secrets = link_secrets(&html);
    assert_eq!(
        secrets.len(),
        1,
        "the invitation link is shown once: {html}"
    );
    let secret = secrets[0].clone();

    // The stored email has no usable link, and neither has any byte of the database.
    let stored = store.outbox().await.unwrap();
    let invitation = stored
        .iter()
        .find(|m| m.to_address == "invited@test.example.org")
        .expect("the invitation is in the outbox");
    assert!(
        link_secrets(&invitation.body).is_empty(),
        "{}",
        invitation.body
    );
    assert!(
        invitation.body.contains(cyberindex_server::mail::REDACTED),
        "{}",
        invitation.body
    );
    assert!(
        !contains(&database_bytes(&app), &secret),
        "the database holds the invitation secret"
    );

    // Someone asks for a reset of another user's password (anyone can).
    let r = app
        .client
        .post(app.url("/password/reset"))
        .header("Origin", &app.base)
        .form(&[("email", "focal-ken@test.example.org")])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let reset = outbox_message(&app, "focal-ken@test.example.org").await;
    assert!(link_secrets(&reset.body).is_empty(), "{}", reset.body);

    // The outbox page shows neither link, to any administrator.
    let page = outbox_page(&app).await;
    assert!(page.contains("invited@test.example.org"), "{page}");
    assert!(page.contains("focal-ken@test.example.org"), "{page}");
    assert!(link_secrets(&page).is_empty(), "{page}");
    assert!(!page.contains(&secret));

    // The users page, seen again, no longer shows the link; the link itself still works.
    let r = app
        .page(Method::GET, "/admin/users", "admin")
        .send()
        .await
        .unwrap();
    assert!(!r.text().await.unwrap().contains(&secret));
    let r = app
        .client
        .get(app.url(&format!("/invitation/{secret}")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // Each view of the outbox is in the audit trail, by whom.
    outbox_page(&app).await;
    let admin = user_id(&app, "admin").await;
    let views = store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("outbox.view".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(views.len(), 2, "{views:?}");
    assert!(views.iter().all(|v| v.actor_id == Some(admin)));
}

/// Accepts SMTP sessions and keeps each message's data (as `tests/mail.rs` does).
async fn smtp_server() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got: std::sync::Arc<std::sync::Mutex<Vec<String>>> = Default::default();
    let keep = got.clone();
    tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            let keep = keep.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let (mut data, mut in_data) = (String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            keep.lock().unwrap().push(std::mem::take(&mut data));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            let _ = write.write_all(b"221 bye\r\n").await;
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, got)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_smtp_the_reset_link_reaches_its_owner_and_the_stored_copy_has_none() {
    let (port, received) = smtp_server().await;
    let app = TestApp::with(|c| {
        c.smtp = Some(cyberindex_server::config::Smtp {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            from: "cyberindex <no-reply@test.example.org>".into(),
            security: "none".into(),
        });
    })
    .await;
    let r = app
        .client
        .post(app.url("/password/reset"))
        .header("Origin", &app.base)
        .form(&[("email", "focal-ken@test.example.org")])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let copy = outbox_message(&app, "focal-ken@test.example.org").await;

    // The owner's mailbox got a working link (quoted-printable soft breaks undone).
    let mail = received.lock().unwrap().join("\n");
    let mail = mail.replace("=\n", "").replace("=3D", "=");
    let secrets = link_secrets(&mail);
    assert_eq!(secrets.len(), 1, "{mail}");
    let r = app
        .client
        .get(app.url(&format!("/password/reset/{}", secrets[0])))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);

    // The outbox records the delivery, without the link.
    assert!(copy.sent_at.is_some(), "{copy:?}");
    assert!(link_secrets(&copy.body).is_empty(), "{}", copy.body);
    assert!(!contains(&database_bytes(&app), &secrets[0]));
    assert!(!outbox_page(&app).await.contains(&secrets[0]));
}

// --- finding 12: webhooks to loopback, private, link-local and metadata addresses ---

/// A receiver on loopback that answers 200 and counts the connections that reached it.
async fn hook_receiver() -> (u16, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let reached = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let count = reached.clone();
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            count.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                let _ = socket.read(&mut buf).await;
                let _ = socket
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
            });
        }
    });
    (port, reached)
}

/// Submits KEN (one answer first), which queues one delivery per webhook, and waits until every
/// delivery has been attempted.
async fn submit_and_wait_for_deliveries(app: &TestApp) -> Vec<cyberindex_store::Delivery> {
    let (status, body) = api(
        app,
        Method::PUT,
        &api_path("/answers/LEG1.1"),
        "focal-ken",
        Some(json!({"value": "in-place", "version": 0})),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = api(app, Method::POST, &api_path("/submit"), "focal-ken", None).await;
    assert_eq!(status, 200, "{body}");
    for _ in 0..100 {
        let deliveries = app.state.store.deliveries(10).await.unwrap();
        if !deliveries.is_empty() && deliveries.iter().all(|d| d.attempts > 0) {
            return deliveries;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the deliveries were not attempted within 10 s");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_to_private_destinations_are_refused_at_registration() {
    let app = TestApp::new().await;
    for url in [
        "http://127.0.0.1:9/hook",
        "http://localhost:9/hook",
        "http://[::1]/hook",
        "http://10.0.0.5/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/hook",
        "http://0.0.0.0:8080/",
    ] {
        let r = app
            .page(Method::POST, "/admin/webhooks", "admin")
            .form(&[("url", url)])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422, "{url}");
        let html = r.text().await.unwrap();
        assert!(html.contains("webhook_allowed_hosts"), "{url}: {html}");
    }
    assert!(app.state.store.webhooks().await.unwrap().is_empty());
    // A public address is accepted.
    let r = app
        .page(Method::POST, "/admin/webhooks", "admin")
        .form(&[("url", "https://93.184.215.14/hook")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(app.state.store.webhooks().await.unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_deliveries_to_private_destinations_are_refused_after_resolution() {
    let (port, reached) = hook_receiver().await;
    let app = TestApp::with(|c| c.webhook_retry_ms = 60_000).await;
    // Endpoints that were registered when their names pointed elsewhere (or written into the
    // database): one by address, one by a name that resolves to loopback.
    for url in [
        format!("http://127.0.0.1:{port}/hook"),
        format!("http://localhost:{port}/hook"),
    ] {
        app.state
            .store
            .create_webhook(&url, "s3cret", None)
            .await
            .unwrap();
    }
    let deliveries = submit_and_wait_for_deliveries(&app).await;
    assert_eq!(deliveries.len(), 2);
    for d in &deliveries {
        assert!(d.delivered_at.is_none(), "{d:?}");
        assert!(
            d.next_attempt_at.is_none(),
            "a refused delivery is not retried: {d:?}"
        );
        assert!(
            d.last_error
                .as_deref()
                .is_some_and(|e| e.contains("destination refused")),
            "{d:?}"
        );
    }
    assert_eq!(
        reached.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "a delivery reached the loopback receiver"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn allowed_hosts_let_webhooks_reach_a_listed_destination() {
    let (port, reached) = hook_receiver().await;
    let app = TestApp::with(|c| {
        c.webhook_allowed_hosts = vec!["127.0.0.1".into(), "localhost".into()];
    })
    .await;
    for url in [
        format!("http://127.0.0.1:{port}/hook"),
        format!("http://localhost:{port}/hook"),
    ] {
        let r = app
            .page(Method::POST, "/admin/webhooks", "admin")
            .form(&[("url", url.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{url}");
    }
    // Not listed: still refused.
    let r = app
        .page(Method::POST, "/admin/webhooks", "admin")
        .form(&[("url", "http://10.0.0.5/hook")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let deliveries = submit_and_wait_for_deliveries(&app).await;
    assert_eq!(deliveries.len(), 2);
    for d in &deliveries {
        assert!(d.delivered_at.is_some(), "{d:?}");
    }
    assert_eq!(reached.load(std::sync::atomic::Ordering::SeqCst), 2);
}

// --- finding 15: header-read, request and idle timeouts; a cap on connections ---

/// Serves the test app's state through `cyberindex_server::serve_on` (the path `serve` takes,
/// with its limits) on a new loopback port.
async fn serve_with_limits(app: &TestApp) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let state = app.state.clone();
    tokio::spawn(async move {
        cyberindex_server::serve_on(listener, state, std::future::pending())
            .await
            .unwrap();
    });
    address
}

/// Reads until the server closes the connection; the time it took, or `None` if it was still
/// open after `limit`.
async fn closed_within(
    socket: &mut tokio::net::TcpStream,
    limit: std::time::Duration,
) -> Option<std::time::Duration> {
    use tokio::io::AsyncReadExt;
    let start = std::time::Instant::now();
    let mut buf = vec![0u8; 4096];
    tokio::time::timeout(limit, async {
        loop {
            match socket.read(&mut buf).await {
                Ok(0) | Err(_) => return start.elapsed(),
                Ok(_) => {}
            }
        }
    })
    .await
    .ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_finishes_its_headers_is_disconnected_in_time() {
    use tokio::io::AsyncWriteExt;
    let app = TestApp::with(|c| {
        c.header_read_timeout_secs = 1;
        c.idle_timeout_secs = 2;
    })
    .await;
    let address = serve_with_limits(&app).await;
    let mut slow = tokio::net::TcpStream::connect(address).await.unwrap();
    slow.write_all(b"GET /results HTTP/1.1\r\nHost: x\r\nX-Slow: 1")
        .await
        .unwrap();
    let took = closed_within(&mut slow, std::time::Duration::from_secs(6))
        .await
        .expect("the slow client was still connected after 6 s");
    assert!(
        took >= std::time::Duration::from_millis(900)
            && took < std::time::Duration::from_millis(2500),
        "closed after {took:?}, with a 1 s header timeout"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_are_closed_and_connections_are_capped() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = TestApp::with(|c| {
        c.header_read_timeout_secs = 1;
        c.idle_timeout_secs = 1;
        c.max_connections = 3;
    })
    .await;
    let address = serve_with_limits(&app).await;
    let quiet_app = TestApp::with(|c| {
        c.header_read_timeout_secs = 30;
        c.idle_timeout_secs = 1;
    })
    .await;
    let quiet_address = serve_with_limits(&quiet_app).await;

    // A kept-alive connection that goes quiet after a response is closed after the idle
    // timeout (here far shorter than the header timeout).
    let mut quiet = tokio::net::TcpStream::connect(quiet_address).await.unwrap();
    quiet
        .write_all(b"GET /results HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = vec![0u8; 1024];
    let n = quiet.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 "));
    let took = closed_within(&mut quiet, std::time::Duration::from_secs(5))
        .await
        .expect("an idle kept-alive connection stayed open");
    assert!(
        took < std::time::Duration::from_millis(2500),
        "closed after {took:?}"
    );

    // Three slow clients take every slot: a fourth client waits, and is served once they are
    // disconnected.
    let mut slow = Vec::new();
    for _ in 0..3 {
        let mut s = tokio::net::TcpStream::connect(address).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
        slow.push(s);
    }
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let start = std::time::Instant::now();
    let mut fourth = tokio::net::TcpStream::connect(address).await.unwrap();
    fourth
        .write_all(b"GET /results HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let n = tokio::time::timeout(std::time::Duration::from_secs(5), fourth.read(&mut buf))
        .await
        .expect("the fourth client was never served")
        .unwrap();
    let waited = start.elapsed();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 "));
    assert!(
        waited >= std::time::Duration::from_millis(500),
        "the fourth client was served after {waited:?}, beside three open connections (cap 3)"
    );
}
