//! Security hardening of evidence, uploads, published data and answer saves (issue 11, findings
//! 1, 2, 11, 13, 14 and the evidence part of 16), through real requests to a running server.

use crate::common;

use std::io::Read;

use common::{EDITION, TestApp};
use cyberindex_store::{AuditEvent, AuditFilter, Status};
use reqwest::Method;
use reqwest::multipart::{Form, Part};
use sha2::{Digest, Sha256};

const FORMULA: &str = "=HYPERLINK(\"http://x\",\"y\")";

fn file_form(name: &str, bytes: Vec<u8>) -> Form {
    Form::new()
        .text("title", "Document")
        .text("language", "en")
        .part("file", Part::bytes(bytes).file_name(name.to_string()))
}

fn evidence_path(question: &str) -> String {
    format!("/api/v1/editions/{EDITION}/responses/KEN/answers/{question}/evidence")
}

async fn upload(app: &TestApp, form: Form) -> (u16, serde_json::Value) {
    let r = app
        .api(Method::POST, &evidence_path("LEG1.1"), "focal-ken")
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

/// Every file under `dir`.
fn files_in(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                found.push(e.path().display().to_string());
            }
        }
    }
    found
}

fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Deterministic bytes that compress badly, without `<` (so no markup).
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            match (x >> 24) as u8 {
                b'<' => b'>',
                b => b,
            }
        })
        .collect()
}

/// Downloads `path` as `caller` with this `Accept-Encoding` (none when empty) and decodes the
/// body: the bytes, and the `Content-Encoding` the server chose.
async fn download(app: &TestApp, path: &str, encoding: &str) -> (Vec<u8>, Option<String>) {
    let mut request = app.page(Method::GET, path, "reviewer");
    if !encoding.is_empty() {
        request = request.header("Accept-Encoding", encoding);
    }
    let r = request.send().await.unwrap();
    assert_eq!(r.status(), 200, "{path} with {encoding:?}");
    let used = r
        .headers()
        .get("content-encoding")
        .map(|v| v.to_str().unwrap().to_string());
    let body = match r.bytes().await {
        Ok(b) => b.to_vec(),
        Err(e) => panic!("the download with {encoding:?} was cut short: {e}"),
    };
    let mut out = Vec::new();
    match used.as_deref() {
        None | Some("identity") => out = body,
        Some("gzip") => {
            flate2::read::GzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .expect("a complete gzip stream");
        }
        Some("br") => {
            brotli_decompressor::Decompressor::new(&body[..], 4096)
                .read_to_end(&mut out)
                .expect("a complete brotli stream");
        }
        Some(other) => panic!("unexpected encoding {other}"),
    }
    (out, used)
}

// --- finding 2: downloads are complete under every encoding -----------------------------------

#[tokio::test]
async fn downloads_are_complete_under_every_encoding_and_compressed_files_are_sent_as_they_are() {
    let app = TestApp::new().await;
    // A 200,009-byte PDF (already compressed inside, as PDFs are) and a text file that
    // compresses well.
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend(noise(200_000, 7));
    assert_eq!(pdf.len(), 200_009);
    let text: Vec<u8> = "Article 4. Every operator of essential services reports incidents.\n"
        .repeat(3_000)
        .into_bytes()[..200_009]
        .to_vec();
    for (name, bytes, compressible) in [("act.pdf", &pdf, false), ("act.txt", &text, true)] {
        let (status, json) = upload(&app, file_form(name, bytes.clone())).await;
        assert_eq!(status, 201, "{json}");
        let id = json["id"].as_i64().unwrap();
        let path = format!("/editions/{EDITION}/countries/KEN/evidence/{id}");
        for encoding in ["", "identity", "gzip", "br", "gzip, deflate, br"] {
            let (got, used) = download(&app, &path, encoding).await;
            assert_eq!(
                (got.len(), sha256(&got)),
                (bytes.len(), sha256(bytes)),
                "{name} with {encoding:?} ({used:?})"
            );
            if !compressible {
                assert_eq!(used, None, "{name} was compressed again with {encoding:?}");
            } else if encoding.contains("gzip") || encoding.contains("br") {
                assert!(used.is_some(), "{name} is text and should be compressed");
            }
        }
    }
    // Pages are still compressed.
    let r = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN"),
            "focal-ken",
        )
        .header("Accept-Encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["content-encoding"], "gzip");
}

// --- finding 16 (evidence part): downloads are recorded ---------------------------------------

#[tokio::test]
async fn evidence_downloads_are_recorded_in_the_audit_trail() {
    let app = TestApp::new().await;
    let (status, json) = upload(&app, file_form("law.pdf", b"%PDF-1.7 the law".to_vec())).await;
    assert_eq!(status, 201, "{json}");
    let id = json["id"].as_i64().unwrap();
    let page = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN/evidence/{id}"),
            "reviewer",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let api = app
        .api(
            Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/evidence/{id}"),
            "observer-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 200);
    // A caller who may not read the country is refused, and nothing is recorded for them.
    let refused = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN/evidence/{id}"),
            "focal-fra",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 404);
    let entries = app
        .state
        .store
        .audit(&AuditFilter {
            action_prefix: Some("evidence.download".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    let who: Vec<&str> = entries.iter().map(|e| e.actor.as_str()).collect();
    assert_eq!(
        who,
        ["observer-ken@test.example.org", "reviewer@test.example.org"]
    );
    for e in &entries {
        assert_eq!(e.edition.as_deref(), Some(EDITION));
        assert_eq!(e.country.as_deref(), Some("KEN"));
        assert_eq!(e.question.as_deref(), Some("LEG1.1"));
        assert_eq!(e.object, format!("evidence {id}"));
    }
    assert!(app.state.store.verify_audit().await.unwrap().is_ok());
}

// --- finding 1: markup behind a passive type --------------------------------------------------

#[tokio::test]
async fn uploads_that_claim_a_passive_type_but_hold_markup_are_refused() {
    let app = TestApp::new().await;
    for (name, bytes) in [
        (
            "report.html",
            b"%PDF-1.7\n<html><script>alert(document.domain)</script></html>".to_vec(),
        ),
        (
            "report.pdf",
            b"%PDF-1.7\n%%EOF\n<SCRIPT src=//evil.example/x.js></SCRIPT>".to_vec(),
        ),
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"
                .to_vec(),
        ),
        ("pic.gif", b"GIF89a/*<HtMl>*/=1;alert(1)".to_vec()),
        (
            "notes.txt",
            b"Minutes of the meeting.\n<script>alert(1)</script>".to_vec(),
        ),
    ] {
        let (status, json) = upload(&app, file_form(name, bytes)).await;
        assert_eq!(status, 415, "{name}: {json}");
        let message = json["error"]["message"].as_str().unwrap();
        assert!(message.contains("markup"), "{name}: {message}");
    }
    // The same refusal in French, through the page.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .header("Accept-Language", "fr")
        .multipart(file_form(
            "a.pdf",
            b"%PDF-1.7 <svg/onload=alert(1)>".to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 415);
    assert!(r.text().await.unwrap().contains("balisage"));
    assert!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
    assert!(files_in(&app.dir.join("evidence")).is_empty());
    // Markup past the first kilobyte is the document's business (a PDF about web pages).
    let mut late = b"%PDF-1.7\n".to_vec();
    late.resize(1024, b' ');
    late.extend_from_slice(b"a paragraph that quotes <script> tags");
    let (status, json) = upload(&app, file_form("guide.pdf", late)).await;
    assert_eq!(status, 201, "{json}");
}

// --- finding 13: nothing is kept on refusal ---------------------------------------------------

#[tokio::test]
async fn refused_uploads_leave_nothing_on_disk() {
    let app = TestApp::new().await;
    let pdf = |tag: &str| format!("%PDF-1.7 {tag}").into_bytes();
    let evidence_dir = app.dir.join("evidence");

    // A bad field after the file.
    let form = Form::new()
        .part("file", Part::bytes(pdf("bad language")).file_name("a.pdf"))
        .text("title", "Act")
        .text("language", "klingon");
    let (status, json) = upload(&app, form).await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("language"))
    );
    // An unknown field after the file.
    let form = Form::new()
        .part("file", Part::bytes(pdf("unknown field")).file_name("b.pdf"))
        .text("title", "Act")
        .text("colour", "blue");
    let (status, _) = upload(&app, form).await;
    assert_eq!(status, 422);
    // No title.
    let form = Form::new().part("file", Part::bytes(pdf("no title")).file_name("c.pdf"));
    let (status, json) = upload(&app, form).await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("title"))
    );
    // Extra file parts: refused as a whole, with a clear message.
    let form = file_form("d.pdf", pdf("first of two"))
        .part("file", Part::bytes(pdf("second of two")).file_name("e.pdf"));
    let (status, json) = upload(&app, form).await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("file")),
        "{json}"
    );
    assert!(
        json["error"]["message"]
            .as_str()
            .unwrap()
            .contains("one file"),
        "{json}"
    );
    assert_eq!(files_in(&evidence_dir), Vec::<String>::new());
    assert!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );

    // A locked (submitted) response, through the API and the page.
    app.state
        .store
        .set_status(
            EDITION,
            "KEN",
            &[Status::NotStarted, Status::InProgress],
            Status::Submitted,
            None,
        )
        .await
        .unwrap();
    let (status, json) = upload(&app, file_form("f.pdf", pdf("locked"))).await;
    assert_eq!(status, 409, "{json}");
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .multipart(file_form("g.pdf", pdf("locked page")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert_eq!(files_in(&evidence_dir), Vec::<String>::new());
    assert!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );

    // An accepted upload is kept, under its hash, and only that one.
    let (status, json) = upload_as(&app, "focal-fra", "FRA", file_form("h.pdf", pdf("kept"))).await;
    assert_eq!(status, 201, "{json}");
    let sha = json["sha256"].as_str().unwrap();
    assert_eq!(
        files_in(&evidence_dir),
        [evidence_dir.join(&sha[..2]).join(sha).display().to_string()]
    );
}

async fn upload_as(
    app: &TestApp,
    caller: &str,
    country: &str,
    form: Form,
) -> (u16, serde_json::Value) {
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/responses/{country}/answers/LEG1.1/evidence"),
            caller,
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

// --- finding 14: caps per question type and a save allowance ----------------------------------

async fn put_answer(
    app: &TestApp,
    caller: &str,
    question: &str,
    value: serde_json::Value,
    version: i64,
) -> (u16, serde_json::Value) {
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/{question}"),
            caller,
        )
        .json(&serde_json::json!({ "value": value, "version": version }))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

#[tokio::test]
async fn answers_longer_than_their_question_type_takes_are_refused_everywhere() {
    let app = TestApp::new().await;
    let long_text = "a".repeat(20_001);
    let long_url = format!("https://example.org/{}", "p".repeat(2_029));
    assert_eq!(long_url.chars().count(), 2_049);

    // API saves.
    let (status, json) = put_answer(&app, "focal-ken", "ORG2.4", long_text.clone().into(), 0).await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("value")),
        "{}",
        json["error"]
    );
    let message = json["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("20001") && message.contains("20000"),
        "{message}"
    );
    let (status, json) = put_answer(&app, "focal-ken", "ORG1.2", long_url.clone().into(), 0).await;
    assert_eq!(status, 422, "{json}");
    assert!(json["error"]["message"].as_str().unwrap().contains("2048"));
    // Characters, not bytes: 20,000 Arabic letters fit.
    let (status, json) =
        put_answer(&app, "focal-ken", "ORG2.4", "ع".repeat(20_000).into(), 0).await;
    assert_eq!(status, 200, "{json}");
    let url = format!("https://example.org/{}", "p".repeat(2_028));
    assert_eq!(url.chars().count(), 2_048);
    let (status, json) = put_answer(&app, "focal-ken", "ORG1.2", url.into(), 0).await;
    assert_eq!(status, 200, "{json}");
    let (status, _) = put_answer(&app, "focal-ken", "TEC1b.3", "1".repeat(65).into(), 0).await;
    assert_eq!(status, 422);

    // Page saves (autosave and the plain form), in the reader's language.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/ORG2.4"),
            "contributor-ken",
        )
        .header("Accept", "application/json")
        .form(&[("value", long_text.as_str()), ("version", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let json: serde_json::Value = r.json().await.unwrap();
    assert_eq!(json["error"]["field"], "value");
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/ORG2.4"),
            "contributor-ken",
        )
        .header("Accept-Language", "fr")
        .form(&[("value", long_text.as_str()), ("version", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(page.contains("trop longue"), "{page}");

    // The form says the caps, so a browser stops typing there (the whole questionnaire, where
    // every kind of question is).
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
    for cap in [
        "maxlength=\"20000\"",
        "maxlength=\"2048\"",
        "maxlength=\"10000\"",
    ] {
        assert!(page.contains(cap), "{cap}");
    }

    // Secretariat drafts, through the API and the page (FRA has answered nothing).
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/editions/{EDITION}/responses/FRA/answers/ORG2.4/draft"),
            "reviewer",
        )
        .json(&serde_json::json!({ "value": long_text, "comment": "Official site", "version": 0 }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/FRA/answers/ORG2.4/draft"),
            "reviewer",
        )
        .form(&[
            ("value", long_text.as_str()),
            ("comment", "Official site"),
            ("version", "0"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);

    // Nothing of the refused saves reached the answers.
    let stored = app.state.store.answers(EDITION, "FRA").await.unwrap();
    assert!(stored.is_empty());
    let stored = app.state.store.answers(EDITION, "KEN").await.unwrap();
    let text = stored.iter().find(|a| a.question_id == "ORG2.4").unwrap();
    assert_eq!(
        text.value.as_deref().map(|v| v.chars().count()),
        Some(20_000)
    );
}

#[tokio::test]
async fn saves_are_limited_per_user_far_above_the_pace_of_autosave() {
    let app = TestApp::new().await;
    let framework = app.state.framework(EDITION).await.unwrap();
    let choice: Vec<String> = framework
        .questions
        .iter()
        .filter(|q| q.kind == cyberindex_engine::QuestionType::YesNo)
        .map(|q| q.id.clone())
        .collect();
    assert!(!choice.is_empty());
    // A browser coming back online restores a draft of every question at once: 90 saves.
    let mut versions = std::collections::HashMap::new();
    for i in 0..90 {
        let q = &choice[i % choice.len()];
        let version = versions.get(q).copied().unwrap_or(0);
        let value = if i % 2 == 0 { "yes" } else { "no" };
        let r = app
            .page(
                Method::POST,
                &format!("/editions/{EDITION}/countries/KEN/answers/{q}"),
                "focal-ken",
            )
            .header("Accept", "application/json")
            .form(&[("value", value), ("version", &version.to_string())])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "save {i} was refused");
        let json: serde_json::Value = r.json().await.unwrap();
        versions.insert(q.clone(), json["version"].as_i64().unwrap());
    }
    // A script that keeps going is stopped…
    let mut refused = None;
    for i in 90..200 {
        let q = &choice[i % choice.len()];
        let version = versions.get(q).copied().unwrap_or(0);
        let (status, json) = put_answer(&app, "focal-ken", q, "yes".into(), version).await;
        if status == 429 {
            refused = Some(i);
            break;
        }
        assert_eq!(status, 200, "{json}");
        versions.insert(q.clone(), json["version"].as_i64().unwrap());
    }
    let refused = refused.expect("200 saves in a few seconds were all accepted");
    assert!(refused >= 120, "refused after {refused} saves");
    // …on pages too, for that user only: a colleague of the same country still saves.
    let r = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/countries/KEN/answers/{}", choice[0]),
            "focal-ken",
        )
        .header("Accept", "application/json")
        .form(&[("value", "yes"), ("version", "0")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    let q = &choice[0];
    let (status, json) = put_answer(&app, "contributor-ken", q, "no".into(), versions[q]).await;
    assert_eq!(status, 200, "{json}");
}

// --- finding 11: formulas in CSV exports ------------------------------------------------------

#[tokio::test]
async fn the_audit_csv_quotes_formulas() {
    let app = TestApp::new().await;
    app.state
        .store
        .record(
            &AuditEvent::new(None, "test.formula")
                .object("response")
                .reason(FORMULA),
        )
        .await
        .unwrap();
    let r = app
        .page(Method::GET, "/admin/audit?format=csv", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let body = r.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let reasons: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[10].to_string())
        .filter(|r| !r.is_empty())
        .collect();
    assert!(reasons.contains(&format!("'{FORMULA}")), "{body}");
    assert!(!reasons.iter().any(|r| r.starts_with('=')), "{body}");
}
