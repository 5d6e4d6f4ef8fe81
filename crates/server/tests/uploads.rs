//! Evidence uploads: size limit, type by content, names never used as paths, and nothing kept
//! from a refused upload.

use crate::common;

use common::{EDITION, TestApp};
use reqwest::Method;
use reqwest::multipart::{Form, Part};

fn file_form(name: &str, bytes: Vec<u8>) -> Form {
    Form::new()
        .text("title", "Document")
        .text("language", "en")
        .part("file", Part::bytes(bytes).file_name(name.to_string()))
}

async fn upload(app: &TestApp, form: Form) -> (u16, serde_json::Value) {
    let r = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1/evidence"),
            "focal-ken",
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(serde_json::Value::Null))
}

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

#[tokio::test]
async fn a_pdf_is_stored_by_hash_and_served_as_an_attachment() {
    let app = TestApp::new().await;
    let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
    let (status, json) = upload(&app, file_form("../../etc/Loi n°12.pdf", pdf.clone())).await;
    assert_eq!(status, 201, "{json}");
    assert_eq!(json["kind"], "file");
    assert_eq!(json["media_type"], "application/pdf");
    assert_eq!(json["file_name"], "Loi n12.pdf");
    let sha = json["sha256"].as_str().unwrap();
    let stored = app.dir.join("evidence").join(&sha[..2]).join(sha);
    assert_eq!(std::fs::read(&stored).unwrap(), pdf);
    // Nothing was written outside the evidence folder, whatever the name said.
    assert!(
        files_in(&app.dir)
            .iter()
            .all(|f| f.ends_with(".db") || f.contains("cyberindex.db") || f.contains("/evidence/"))
    );
    let id = json["id"].as_i64().unwrap();
    let download = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN/evidence/{id}"),
            "reviewer",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/pdf");
    assert_eq!(
        download.headers()["content-disposition"],
        "attachment; filename=\"Loi_n12.pdf\"; filename*=UTF-8''Loi%20n12.pdf"
    );
    assert_eq!(download.headers()["x-content-type-options"], "nosniff");
    assert_eq!(download.bytes().await.unwrap().to_vec(), pdf);
}

#[tokio::test]
async fn wrong_types_are_refused_whatever_their_name() {
    let app = TestApp::new().await;
    for (name, bytes) in [
        (
            "report.pdf",
            b"MZ\x90\x00\x03 this is an executable".to_vec(),
        ),
        (
            "page.html",
            b"<html><script>alert(1)</script></html>".to_vec(),
        ),
        ("notes.txt", b"<script>alert(1)</script>".to_vec()),
        (
            "drawing.svg",
            b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".to_vec(),
        ),
        (
            "archive.zip",
            b"PK\x03\x04 a zip that is not an office file".to_vec(),
        ),
    ] {
        let (status, json) = upload(&app, file_form(name, bytes)).await;
        assert_eq!(status, 415, "{name}: {json}");
        assert!(
            json["error"]["message"]
                .as_str()
                .unwrap()
                .contains("not accepted")
        );
    }
    assert!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        files_in(&app.dir.join("evidence")).is_empty(),
        "refused uploads left files behind"
    );
}

#[tokio::test]
async fn oversize_files_are_refused_and_not_kept() {
    let app = TestApp::with(|c| c.max_upload_bytes = 64 * 1024).await;
    let mut big = b"%PDF-1.7\n".to_vec();
    big.resize(64 * 1024 + 1, b'x');
    let (status, json) = upload(&app, file_form("big.pdf", big)).await;
    assert_eq!(status, 413, "{json}");
    assert!(
        app.state
            .store
            .evidence(EDITION, "KEN")
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        files_in(&app.dir.join("evidence")).is_empty(),
        "an oversize upload left a file behind"
    );
    let mut fits = b"%PDF-1.7\n".to_vec();
    fits.resize(64 * 1024, b'x');
    assert_eq!(upload(&app, file_form("fits.pdf", fits)).await.0, 201);
}

#[tokio::test]
async fn evidence_needs_a_link_or_a_file_and_a_title() {
    let app = TestApp::new().await;
    let (status, json) = upload(&app, Form::new().text("title", "Nothing attached")).await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("file"))
    );
    let (status, json) = upload(
        &app,
        Form::new()
            .text("title", "")
            .text("url", "https://example.org"),
    )
    .await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("title"))
    );
    let (status, json) = upload(
        &app,
        Form::new()
            .text("title", "Bad")
            .text("url", "javascript:alert(1)"),
    )
    .await;
    assert_eq!(
        (status, json["error"]["field"].as_str()),
        (422, Some("url"))
    );
    let (status, _) = upload(
        &app,
        Form::new()
            .text("title", "Law")
            .text("url", "https://example.org/law")
            .text("public", "1")
            .text("issued_on", "2024-05-01"),
    )
    .await;
    assert_eq!(status, 201);
}

/// The review page previews images and PDFs in place: served inline only for those types (by
/// content), and frameable by this site's own pages only; everything else stays an attachment.
#[tokio::test]
async fn images_and_pdfs_are_previewed_in_the_review_page_and_nothing_else_is_inline() {
    let app = TestApp::new().await;
    let pdf = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
    let png =
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89".to_vec();
    let mut ids = Vec::new();
    for (name, bytes) in [
        ("law.pdf", pdf),
        ("scan.png", png),
        ("notes.txt", b"plain words".to_vec()),
    ] {
        let (status, json) = upload(&app, file_form(name, bytes)).await;
        assert_eq!(status, 201, "{json}");
        ids.push(json["id"].as_i64().unwrap());
    }
    let get = |path: String| {
        let app = &app;
        async move {
            app.page(Method::GET, &path, "reviewer")
                .send()
                .await
                .unwrap()
        }
    };
    let file =
        |id: i64, query: &str| format!("/editions/{EDITION}/countries/KEN/evidence/{id}{query}");
    let page = get(format!(
        "/editions/{EDITION}/countries/KEN/review?pillar=LEG"
    ))
    .await
    .text()
    .await
    .unwrap();
    assert!(page.contains(&format!(
        r#"<iframe src="{}" title="Document" loading="lazy"></iframe>"#,
        file(ids[0], "?inline=1")
    )));
    assert!(page.contains(&format!(
        r#"<img src="{}" alt="Document" loading="lazy">"#,
        file(ids[1], "?inline=1")
    )));
    assert!(
        !page.contains(&file(ids[2], "?inline=1")),
        "no preview of a text file"
    );

    for (id, inline) in [(ids[0], true), (ids[1], true), (ids[2], false)] {
        let r = get(file(id, "?inline=1")).await;
        assert_eq!(r.status(), 200);
        let h = r.headers();
        let disposition = h["content-disposition"].to_str().unwrap();
        let csp = h["content-security-policy"].to_str().unwrap();
        if inline {
            assert!(disposition.starts_with("inline; "), "{disposition}");
            assert!(csp.ends_with("frame-ancestors 'self'"), "{csp}");
            assert_eq!(h["x-frame-options"], "SAMEORIGIN");
        } else {
            assert!(disposition.starts_with("attachment; "), "{disposition}");
            assert!(csp.ends_with("frame-ancestors 'none'"), "{csp}");
            assert_eq!(h["x-frame-options"], "DENY");
        }
        assert_eq!(h["x-content-type-options"], "nosniff");
        // Without asking for a preview, every file is an attachment that no page may frame.
        let r = get(file(id, "")).await;
        assert!(
            r.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment; ")
        );
        assert_eq!(r.headers()["x-frame-options"], "DENY");
    }
}
