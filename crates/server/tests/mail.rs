//! Email through SMTP: a minimal SMTP server on loopback receives what a review step sends, and
//! the outbox records the message as sent. Without SMTP the message waits in the outbox.

mod common;

use std::sync::{Arc, Mutex};

use common::{EDITION, TestApp};
use cyberindex_server::config::Smtp;
use reqwest::Method;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Accepts SMTP sessions and keeps each message's envelope recipient and data.
async fn smtp_server() -> (u16, Arc<Mutex<Vec<(String, String)>>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let got: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
    let keep = got.clone();
    tokio::spawn(async move {
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            let keep = keep.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let (mut to, mut data, mut in_data) = (String::new(), String::new(), false);
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            keep.lock()
                                .unwrap()
                                .push((std::mem::take(&mut to), std::mem::take(&mut data)));
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            data.push_str(&line);
                            data.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or("").to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "MAIL" => b"250 ok\r\n",
                        "RCPT" => {
                            to = line.clone();
                            b"250 ok\r\n"
                        }
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
async fn review_notifications_are_sent_through_smtp() {
    let (port, received) = smtp_server().await;
    let app = TestApp::with(|c| {
        c.smtp = Some(Smtp {
            host: "127.0.0.1".into(),
            port,
            username: None,
            password: None,
            from: "cyberindex <no-reply@test.example.org>".into(),
            security: "none".into(),
        });
    })
    .await;
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

    // The submission reached the reviewer (every reviewer: none is assigned) by SMTP.
    let received = received.lock().unwrap().clone();
    let to_reviewer = received
        .iter()
        .find(|(to, _)| to.contains("reviewer@test.example.org"))
        .unwrap_or_else(|| panic!("no message for the reviewer: {received:?}"));
    // (Headers and body may be encoded for transport: the outbox holds the plain text.)
    assert!(to_reviewer.1.contains("Subject: "), "{}", to_reviewer.1);
    assert!(
        to_reviewer
            .1
            .contains("From: cyberindex <no-reply@test.example.org>")
    );
    // The outbox records it as sent.
    let outbox = app.state.store.outbox().await.unwrap();
    let sent = outbox
        .iter()
        .find(|m| m.to_address == "reviewer@test.example.org")
        .unwrap();
    assert!(sent.sent_at.is_some() && sent.error.is_none(), "{sent:?}");
    assert!(
        sent.subject.starts_with("Kenya: the response is now"),
        "{sent:?}"
    );
    assert!(sent.body.contains("/editions/e2026/countries/KEN/review"));
}
