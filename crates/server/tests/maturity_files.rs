//! Files of a CIRT maturity assessment (issue 17): evidence files uploaded per parameter
//! (the index's safe-upload path: markup refused, nothing kept on a refusal), downloaded only
//! by those who may read the assessment, removed as links are; and the assessment as a
//! workbook, exported and imported back as the team's self-assessment through a preview.

mod common;

use common::TestApp;
use common::maturity::{other_team_staff, start_assessment};
use reqwest::{Method, StatusCode};

async fn upload(
    app: &TestApp,
    id: i64,
    who: &str,
    parameter: &str,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("parameter", parameter.to_string())
        .text("title", "Board minutes")
        .text("url", "")
        .text("issued", "2026-11-01")
        .text("expires", "2027-11-01")
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
        );
    app.page(Method::POST, &format!("/maturity/{id}/evidence"), who)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn get(app: &TestApp, path: &str, who: &str) -> (StatusCode, Vec<u8>) {
    let r = app.page(Method::GET, path, who).send().await.unwrap();
    let status = r.status();
    (status, r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn an_evidence_file_is_uploaded_downloaded_by_readers_only_and_removed() {
    let mut app = TestApp::new().await;
    other_team_staff(&mut app).await;
    let id = start_assessment(&app).await;
    let pdf = b"%PDF-1.4\n% minutes of the board\n%%EOF\n".to_vec();

    // Markup is refused and leaves nothing behind; so is a file with a link at once.
    for (name, bytes, status) in [
        (
            "minutes.html",
            b"<html><script>alert(1)</script></html>".to_vec(),
            415,
        ),
        (
            "minutes.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".to_vec(),
            415,
        ),
    ] {
        let r = upload(&app, id, "team-staff-ken", "O-1", name, bytes).await;
        assert_eq!(r.status(), status, "{name}");
    }
    let form = reqwest::multipart::Form::new()
        .text("parameter", "O-1")
        .text("title", "Both")
        .text("url", "https://example.org/minutes")
        .part(
            "file",
            reqwest::multipart::Part::bytes(pdf.clone()).file_name("m.pdf"),
        );
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/evidence"),
            "team-staff-ken",
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("not more than one"));
    // Another team's staff cannot upload: 404 before the file is read.
    let r = upload(&app, id, "other-staff", "O-1", "m.pdf", pdf.clone()).await;
    assert_eq!(r.status(), 404);
    assert!(
        app.state
            .store
            .maturity_evidence(id, true)
            .await
            .unwrap()
            .is_empty(),
        "nothing recorded"
    );
    assert!(
        app.state.evidence.list().await.unwrap().is_empty(),
        "nothing kept"
    );

    // A PDF is kept, with its dates, and listed on the page with a download link.
    let r = upload(
        &app,
        id,
        "team-staff-ken",
        "O-1",
        "minutes.pdf",
        pdf.clone(),
    )
    .await;
    assert_eq!(r.status(), 303);
    let items = app.state.store.maturity_evidence(id, false).await.unwrap();
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(item.file_name.as_deref(), Some("minutes.pdf"));
    assert_eq!(item.expires_on.as_deref(), Some("2027-11-01"));
    let href = format!("/maturity/{id}/evidence/{}/file", item.id);
    let (_, page) = get(&app, &format!("/maturity/{id}/"), "team-staff-ken").await;
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains(&href), "{page}");
    assert!(page.contains(r#"enctype="multipart/form-data""#));

    // Readers download it; anyone else gets 404 (or the sign-in page).
    for (who, status) in [
        ("team-staff-ken", 200),
        ("admin", 200),
        ("other-staff", 404),
        ("focal-ken", 404),
    ] {
        let (s, body) = get(&app, &href, who).await;
        assert_eq!(s, status, "{who}");
        if status == 200 {
            assert_eq!(body, pdf);
        }
    }
    let (s, _) = get(&app, &href, "anonymous").await;
    assert!(s.is_redirection() || s == 401, "{s}");
    // The address names the assessment: another id does not reach the item.
    let (s, _) = get(
        &app,
        &format!("/maturity/{}/evidence/{}/file", id + 1, item.id),
        "admin",
    )
    .await;
    assert_eq!(s, 404);

    // Removed as a link is; then no longer downloadable.
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/evidence/{}/delete", item.id),
            "team-staff-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let (s, _) = get(&app, &href, "team-staff-ken").await;
    assert_eq!(s, 404);
}
