//! Files of a CIRT maturity assessment (issue 17): evidence files uploaded per parameter
//! (the index's safe-upload path: markup refused, nothing kept on a refusal), downloaded only
//! by those who may read the assessment, removed as links are; and the assessment as a
//! workbook, exported and imported back as the team's self-assessment through a preview.

use crate::common;

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

/// The sheet's rows (row number, cells) as the server's reader sees them.
fn rows(bytes: &[u8]) -> Vec<(usize, Vec<String>)> {
    cyberindex_answers::xlsx_table(bytes, "assessment").unwrap()
}

/// A workbook of `rows` (each a row of cells from column A), as a person would save it.
fn workbook(rows: &[Vec<String>]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("assessment").unwrap();
    for (r, cells) in rows.iter().enumerate() {
        for (c, text) in cells.iter().enumerate() {
            match text.parse::<f64>() {
                Ok(n) if c == 3 => sheet.write_number(r as u32, c as u16, n).unwrap(),
                _ => sheet.write_string(r as u32, c as u16, text).unwrap(),
            };
        }
    }
    book.save_to_buffer().unwrap()
}

async fn import(app: &TestApp, id: i64, who: &str, bytes: Vec<u8>) -> (StatusCode, String) {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name("assessment.xlsx"),
    );
    let r = app
        .page(Method::POST, &format!("/maturity/{id}/import"), who)
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = r.status();
    (status, r.text().await.unwrap())
}

/// The hidden fields of the preview's apply form, as the browser would post them.
fn apply_fields(page: &str) -> Vec<(String, String)> {
    let unescape = |s: &str| {
        s.replace("&#34;", "\"")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    page.split(r#"<input type="hidden" name=""#)
        .skip(1)
        .filter_map(|rest| {
            let (name, rest) = rest.split_once('"')?;
            let value = rest.split_once(r#"value=""#)?.1.split_once('"')?.0;
            Some((unescape(name), unescape(value)))
        })
        .filter(|(n, _)| n.contains('.'))
        .collect()
}

#[tokio::test]
async fn the_assessment_exports_to_a_sheet_and_imports_back_through_a_preview() {
    let mut app = TestApp::new().await;
    other_team_staff(&mut app).await;
    let id = start_assessment(&app).await;
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/levels"),
            "team-staff-ken",
        )
        .form(&[
            ("version.O-1", "0"),
            ("level.O-1", "3"),
            ("note.O-1", "=Decree 12/2024, \"approved\""),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/evidence"),
            "team-staff-ken",
        )
        .form(&[
            ("parameter", "O-1"),
            ("title", "Founding decree"),
            ("url", "https://example.org/decree.pdf"),
            ("issued", "2024-03-01"),
            ("expires", "2025-03-01"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    // Export: a header row, then every parameter in framework order.
    let xlsx = format!("/maturity/{id}/assessment.xlsx");
    let (status, bytes) = get(&app, &xlsx, "team-staff-ken").await;
    assert_eq!(status, 200);
    let sheet = rows(&bytes);
    assert_eq!(sheet.len(), 46);
    assert_eq!(sheet[0].0, 1);
    assert_eq!(sheet[0].1[0], "Parameter");
    assert_eq!(sheet[0].1[3], "Team's level");
    let o1 = &sheet[1].1;
    assert_eq!(&o1[..2], ["O-1", "O"]);
    assert_eq!(o1[3], "3");
    assert_eq!(
        o1[4], "=Decree 12/2024, \"approved\"",
        "a note is text, never a formula"
    );
    assert!(
        o1[5].contains("https://example.org/decree.pdf"),
        "{}",
        o1[5]
    );
    assert!(
        o1[5].contains("2025-03-01") && o1[5].contains("expired"),
        "{}",
        o1[5]
    );
    // Only readers get it.
    for (who, status) in [("admin", 200), ("other-staff", 404), ("focal-ken", 404)] {
        assert_eq!(get(&app, &xlsx, who).await.0, status, "{who}");
    }

    // The sheet as exported changes nothing.
    let (status, page) = import(&app, id, "team-staff-ken", bytes.clone()).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("the workbook changes nothing"), "{page}");
    assert!(apply_fields(&page).is_empty());

    // Edited: O-1 down to 2, O-2 not applicable, a note on O-3.
    let mut edited: Vec<Vec<String>> = sheet.iter().map(|(_, cells)| cells.clone()).collect();
    edited[1][3] = "2".into();
    edited[2][3] = "n/a".into();
    edited[3].resize(8, String::new());
    edited[3][4] = "Staff of 4 since June".into();
    let (status, page) = import(&app, id, "team-staff-ken", workbook(&edited)).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("3 changes to the team"), "{page}");
    assert!(page.contains(r#"role="status""#));
    let fields = apply_fields(&page);
    assert!(
        fields.contains(&("level.O-1".into(), "2".into())),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("version.O-1".into(), "1".into())),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("level.O-2".into(), "na".into())),
        "{fields:?}"
    );
    assert!(fields.contains(&("note.O-1".into(), "=Decree 12/2024, \"approved\"".into())));
    // Nothing is applied by the preview.
    let o1 = app.state.store.parameter_answers(id).await.unwrap();
    assert_eq!(o1.len(), 1);
    assert_eq!(o1[0].self_level, Some(cyberindex_store::Level::L3));
    // Apply: all at once.
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/levels"),
            "team-staff-ken",
        )
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let answers = app.state.store.parameter_answers(id).await.unwrap();
    let level = |p: &str| {
        answers
            .iter()
            .find(|a| a.parameter == p)
            .and_then(|a| a.self_level)
    };
    assert_eq!(level("O-1"), Some(cyberindex_store::Level::L2));
    assert_eq!(level("O-2"), Some(cyberindex_store::Level::NotApplicable));
    let o3 = answers.iter().find(|a| a.parameter == "O-3").unwrap();
    assert_eq!(
        (o3.self_level, o3.note.as_str()),
        (None, "Staff of 4 since June")
    );
    // A preview applied after someone else changed one of its parameters is stale: nothing
    // of it is written.
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/levels"),
            "team-staff-ken",
        )
        .form(&[("version.O-1", "2"), ("level.O-1", "1"), ("note.O-1", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let r = app
        .page(
            Method::POST,
            &format!("/maturity/{id}/levels"),
            "team-staff-ken",
        )
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    let answers = app.state.store.parameter_answers(id).await.unwrap();
    let o1 = answers.iter().find(|a| a.parameter == "O-1").unwrap();
    assert_eq!(
        (o1.self_level, o1.note.as_str()),
        (Some(cyberindex_store::Level::L1), "")
    );

    // Another team's staff may neither import nor see the form.
    let (status, _) = import(&app, id, "other-staff", workbook(&edited)).await;
    assert_eq!(status, 404);
    assert_eq!(
        get(&app, &format!("/maturity/{id}/import"), "other-staff")
            .await
            .0,
        404
    );
    assert_eq!(
        get(&app, &format!("/maturity/{id}/import"), "team-staff-ken")
            .await
            .0,
        200
    );
}

#[tokio::test]
async fn an_import_with_errors_names_every_cell_and_applies_nothing() {
    let app = TestApp::new().await;
    let id = start_assessment(&app).await;
    let (_, bytes) = get(
        &app,
        &format!("/maturity/{id}/assessment.xlsx"),
        "team-staff-ken",
    )
    .await;
    let mut edited: Vec<Vec<String>> = rows(&bytes).into_iter().map(|(_, c)| c).collect();
    for row in &mut edited {
        row.resize(8, String::new());
    }
    edited[1][3] = "3".into(); // O-1: fine, but nothing applies while others are wrong
    edited[5][3] = "5".into(); // row 6
    edited[6][3] = "2.5".into(); // row 7
    edited[7][0] = "X-1".into(); // row 8
    edited[8][0] = "O-1".into(); // row 9, a second O-1
    edited[9][0] = String::new(); // row 10: a level without a parameter
    edited[9][3] = "1".into();
    edited[10][4] = "x".repeat(10_001); // row 11
    let (status, page) = import(&app, id, "team-staff-ken", workbook(&edited)).await;
    assert_eq!(status, 422, "{page}");
    for expected in [
        "D6: level “5” is not on the scale 0–4 or n/a.",
        "D7: level “2.5” is not on the scale 0–4 or n/a.",
        "A8: “X-1” is not a parameter of this assessment",
        "A9: O-1 is already in row 2.",
        "A10: give the parameter id of this row.",
        "E11: the note for",
        "6 problems in the workbook",
    ] {
        assert!(page.contains(expected), "{expected} in {page}");
    }
    assert!(page.contains(r#"role="alert""#));
    assert!(page.contains(r#"aria-invalid="true""#));
    assert!(
        !page.contains(&format!(r#"action="/maturity/{id}/levels""#)),
        "no apply form while there are errors"
    );
    assert!(
        app.state
            .store
            .parameter_answers(id)
            .await
            .unwrap()
            .is_empty()
    );

    // Not a workbook at all.
    let (status, page) = import(&app, id, "team-staff-ken", b"%PDF-1.4\n".to_vec()).await;
    assert_eq!(status, 422);
    assert!(page.contains("could not be read as a workbook"), "{page}");
}

#[tokio::test]
async fn the_import_page_and_its_errors_are_in_the_reader_s_language() {
    let app = TestApp::new().await;
    let id = start_assessment(&app).await;
    let path = format!("/maturity/{id}/import");
    for (lang, button) in [
        ("ar", "معاينة التغييرات"),
        ("zh", "预览更改"),
        ("en", "Preview the changes"),
        ("fr", "Prévisualiser les modifications"),
        ("ru", "Предварительно просмотреть изменения"),
        ("es", "Previsualizar los cambios"),
    ] {
        let r = app
            .page(Method::GET, &path, "team-staff-ken")
            .header("Accept-Language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{lang}");
        let page = r.text().await.unwrap();
        assert!(page.contains(button), "{lang}: {page}");
        assert!(page.contains(r#"<label for="import-file">"#), "{lang}");
    }
    // A refusal in French names the cell.
    let (_, bytes) = get(
        &app,
        &format!("/maturity/{id}/assessment.xlsx"),
        "team-staff-ken",
    )
    .await;
    let mut edited: Vec<Vec<String>> = rows(&bytes).into_iter().map(|(_, c)| c).collect();
    edited[6].resize(8, String::new());
    edited[6][3] = "5".into();
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(workbook(&edited)).file_name("a.xlsx"),
    );
    let r = app
        .page(Method::POST, &path, "team-staff-ken")
        .header("Accept-Language", "fr")
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("D7 : le niveau « 5 » n&#39;est pas sur l&#39;échelle 0–4 ou s.o.")
            || page.contains("D7 : le niveau « 5 » n'est pas sur l'échelle 0–4 ou s.o."),
        "{page}"
    );
}
