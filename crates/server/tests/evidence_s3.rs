//! Evidence in S3-compatible object storage, against a real server (moto, started by the test
//! on a loopback port; skipped with a message when it is not installed, except on CI): uploads
//! through the API land in the bucket under their SHA-256 (in parts when large) and nowhere on
//! local disk, downloads stream them back byte-identical, a refused upload leaves nothing in the
//! bucket, `/readyz` checks the bucket, and no credential reaches the audit trail.

use crate::common;

use common::{EDITION, TestApp};
use cyberindex_blobs::testing::{Moto, SECRET_ACCESS_KEY};
use reqwest::Method;
use reqwest::multipart::{Form, Part};

async fn s3_app(moto: &Moto, bucket: &str) -> TestApp {
    let settings = moto.settings();
    let location = format!("s3://{bucket}/cyberindex");
    TestApp::with(move |c| {
        c.evidence_store = Some(location);
        c.evidence_s3 = settings;
    })
    .await
}

async fn upload(app: &TestApp, name: &str, bytes: Vec<u8>) -> (u16, serde_json::Value) {
    let form = Form::new()
        .text("title", "Document")
        .text("language", "en")
        .part("file", Part::bytes(bytes).file_name(name.to_string()));
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

/// Every file below `dir`.
fn files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                found.push(e.path());
            }
        }
    }
    found
}

#[tokio::test]
async fn uploads_go_to_s3_and_download_as_streams_byte_identical() {
    let Some(moto) = Moto::start() else { return };
    moto.create_bucket("evidence");
    let app = s3_app(&moto, "evidence").await;
    assert!(app.state.evidence.local_dir().is_none());

    // A small file (one request) and one past the part size (a multipart upload).
    let small = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".to_vec();
    let mut large = b"%PDF-1.7\n".to_vec();
    large.extend((0..9 * 1024 * 1024).map(|i: u32| b'a' + (i * 31 % 26) as u8));
    let mut shas = Vec::new();
    for (name, content) in [("law.pdf", &small), ("annex.pdf", &large)] {
        let (status, json) = upload(&app, name, content.clone()).await;
        assert_eq!(status, 201, "{json}");
        let sha = json["sha256"].as_str().unwrap().to_string();
        assert_eq!(sha, cyberindex_blobs::sha256_hex(content));
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
            download.headers()["content-length"],
            content.len().to_string().as_str()
        );
        // Read as it arrives, chunk by chunk.
        let mut download = download;
        let mut received = Vec::new();
        let mut chunks = 0;
        while let Some(chunk) = download.chunk().await.unwrap() {
            received.extend_from_slice(&chunk);
            chunks += 1;
        }
        assert_eq!(&received, content, "{name}");
        if content.len() > 1024 * 1024 {
            assert!(chunks > 1, "{name} came in one piece");
        }
        shas.push(sha);
    }
    shas.sort();
    // In the bucket under their hashes, and nothing left on local disk.
    let listed: Vec<String> = app
        .state
        .evidence
        .list()
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(listed, shas);
    let local: Vec<_> = files_in(&app.dir)
        .into_iter()
        .filter(|f| !f.to_string_lossy().contains("cyberindex.db"))
        .collect();
    assert!(local.is_empty(), "{local:?}");

    // A refused upload leaves nothing, in the bucket or in the staging folder.
    let (status, _) = upload(&app, "page.pdf", b"%PDF-1.7 <script>x</script>".to_vec()).await;
    assert_eq!(status, 415);
    assert_eq!(app.state.evidence.list().await.unwrap().len(), 2);
    assert!(files_in(&app.dir.join("uploads")).is_empty());

    // Ready, with the bucket checked; the configuration recorded without the secret key.
    let r = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    app.state.config.record(&app.state.store).await.unwrap();
    let trail = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter::default())
        .await
        .unwrap();
    let text = format!("{trail:?}");
    assert!(text.contains("s3://evidence/cyberindex"), "{text}");
    assert!(
        !text.contains(SECRET_ACCESS_KEY),
        "the secret key is in the trail"
    );
    assert!(!format!("{:?}", app.state.config).contains(SECRET_ACCESS_KEY));
}

#[tokio::test]
async fn readyz_fails_when_the_bucket_is_not_there_and_names_no_secret() {
    let Some(moto) = Moto::start() else { return };
    let app = s3_app(&moto, "no-such-bucket").await;
    let r = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 503);
    let body: serde_json::Value = r.json().await.unwrap();
    let evidence = &body["checks"][2];
    assert_eq!(evidence["name"], "evidence");
    let problem = evidence["problem"].as_str().unwrap();
    assert!(problem.contains("evidence store (S3)"), "{body}");
    assert!(!body.to_string().contains("no-such-bucket"), "{body}");
    assert!(!body.to_string().contains(SECRET_ACCESS_KEY), "{body}");
    // The bucket made, the instance is ready.
    moto.create_bucket("no-such-bucket");
    let r = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}
