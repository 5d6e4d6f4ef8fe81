//! Imports into the CIRT directory through the import page (issue 16), on whichever database
//! the suite runs: every error of a file with where it is and nothing saved; a preview field by
//! field; confirming saves exactly what was previewed, or nothing when the directory changed in
//! between; what a layout does not carry (contact persons) is kept; RFC 2350 texts create a
//! team, security.txt files add to one.

use crate::common;

use common::TestApp;
use reqwest::Method;
use reqwest::multipart::{Form, Part};
use serde_json::json;

fn demo_team() -> cyberindex_directory::Team {
    let now = time::OffsetDateTime::now_utc();
    cyberindex_demo::directory::teams(&[("KEN", "Kenya")], now, 1)
        .into_iter()
        .next()
        .unwrap()
        .0
}

async fn upload(
    app: &TestApp,
    caller: &str,
    name: &str,
    bytes: Vec<u8>,
    layout: &str,
    team: &str,
) -> (u16, String) {
    let form = Form::new()
        .part("file", Part::bytes(bytes).file_name(name.to_string()))
        .text("layout", layout.to_string())
        .text("team", team.to_string());
    let r = app
        .page(Method::POST, "/directory/import", caller)
        .multipart(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// The hidden fields of a preview's confirmation form.
fn confirmation(html: &str) -> Form {
    let value = |name: &str| -> String {
        let at = html
            .find(&format!("name=\"{name}\" value=\""))
            .unwrap_or_else(|| panic!("no {name} in {html}"));
        let rest = &html[at + name.len() + 15..];
        rest[..rest.find('"').unwrap()]
            .replace("&#x2b;", "+")
            .replace("&#x2f;", "/")
            .replace("&#x3d;", "=")
            .replace("&#43;", "+")
            .replace("&#47;", "/")
            .replace("&#61;", "=")
    };
    ["layout", "team", "file_name", "digest", "payload"]
        .into_iter()
        .fold(Form::new(), |form, name| form.text(name, value(name)))
}

async fn confirm(app: &TestApp, preview: &str) -> (u16, String) {
    let r = app
        .page(Method::POST, "/directory/import/apply", "admin")
        .multipart(confirmation(preview))
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn get_bytes(app: &TestApp, path: &str) -> Vec<u8> {
    let r = app.page(Method::GET, path, "admin").send().await.unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.bytes().await.unwrap().to_vec()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_spreadsheet_is_previewed_then_saved_whole_and_keeps_the_contact_persons() {
    let app = TestApp::new().await;
    let team = demo_team();
    assert!(!team.contacts.is_empty());
    let r = app
        .api(
            Method::PUT,
            &format!("/api/v1/directory/teams/{}", team.id),
            "admin",
        )
        .json(&json!({ "team": team }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);

    // Only the secretariat imports.
    for (caller, status) in [("focal-ken", 403), ("admin", 200)] {
        let r = app
            .page(Method::GET, "/directory/import", caller)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status, "{caller}");
    }
    let (status, _) = upload(&app, "focal-ken", "t.csv", b"x".to_vec(), "csv", "").await;
    assert_eq!(status, 403);

    // The template as it is downloaded is refused: its example row must go.
    let template = get_bytes(&app, "/directory/template.csv").await;
    let (status, html) = upload(&app, "admin", "template.csv", template, "", "").await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("Nothing was saved"), "{html}");
    assert!(html.contains("row 2"), "{html}");

    // The directory's own spreadsheet, with a name changed: a preview of that one field.
    let csv = String::from_utf8(get_bytes(&app, "/directory/teams.csv").await).unwrap();
    assert!(csv.contains(&team.official_name.value), "{csv}");
    let edited = csv.replace(
        &team.official_name.value,
        "Kenya CIRT (renamed in a spreadsheet)",
    );
    let (status, preview) = upload(&app, "admin", "teams.csv", edited.into_bytes(), "", "").await;
    assert_eq!(status, 200, "{preview}");
    assert!(preview.contains("official_name"), "{preview}");
    assert!(preview.contains("Kenya CIRT (renamed in a spreadsheet)"));
    assert!(preview.contains("Save 1 team"), "{preview}");
    // Nothing is saved by the preview.
    let stored =
        cyberindex_workflow::directory::read_team(&app.state.store.team(&team.id).await.unwrap())
            .unwrap();
    assert_eq!(stored.official_name.value, team.official_name.value);

    let (status, done) = confirm(&app, &preview).await;
    assert_eq!(status, 200, "{done}");
    assert!(done.contains("Saved: 1 team."), "{done}");
    let row = app.state.store.team(&team.id).await.unwrap();
    let stored = cyberindex_workflow::directory::read_team(&row).unwrap();
    assert_eq!(
        stored.official_name.value,
        "Kenya CIRT (renamed in a spreadsheet)"
    );
    assert_eq!(stored.contacts, team.contacts, "contact persons are kept");
    assert_eq!(row.version, 2);

    // Confirming the same preview again: the directory changed since, so nothing is saved.
    let (status, stale) = confirm(&app, &preview).await;
    assert_eq!(status, 409, "{stale}");
    assert!(stale.contains("nothing was saved"), "{stale}");
    assert_eq!(app.state.store.team(&team.id).await.unwrap().version, 2);

    // The workbook reads back with nothing to change.
    let xlsx = get_bytes(&app, "/directory/teams.xlsx").await;
    let (status, html) = upload(&app, "admin", "teams.xlsx", xlsx, "", "").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("0 team(s) to save, 2 unchanged"), "{html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_rfc_2350_creates_a_team_and_a_security_txt_adds_to_one() {
    let app = TestApp::new().await;
    let team = demo_team();
    cyberindex_workflow::directory::save_team(&app.state.store, &team, None, None)
        .await
        .unwrap();
    let text = get_bytes(&app, &format!("/directory/teams/{}/rfc2350.txt", team.id)).await;
    // A one-team file needs its team named.
    let (status, html) = upload(&app, "admin", "rfc2350.txt", text.clone(), "rfc2350", "").await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("describes one team"), "{html}");
    let (status, preview) =
        upload(&app, "admin", "rfc2350.txt", text, "rfc2350", "ken-second").await;
    assert_eq!(status, 200, "{preview}");
    assert!(preview.contains("new team"), "{preview}");
    let (status, _) = confirm(&app, &preview).await;
    assert_eq!(status, 200);
    let second = cyberindex_workflow::directory::read_team(
        &app.state.store.team("ken-second").await.unwrap(),
    )
    .unwrap();
    assert_eq!(second.country.value, "KEN");
    assert_eq!(
        second.official_name.provenance.source,
        cyberindex_directory::Source::Rfc2350
    );

    // A security.txt adds its new contact to the team, marked as read from security.txt.
    let expires = (time::OffsetDateTime::now_utc() + time::Duration::days(100))
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let file = format!(
        "Contact: mailto:reports@ken-second.example.org\nExpires: {expires}\nPreferred-Languages: en, sw\n"
    );
    let (status, preview) = upload(
        &app,
        "admin",
        "security.txt",
        file.into_bytes(),
        "",
        "ken-second",
    )
    .await;
    assert_eq!(status, 200, "{preview}");
    assert!(
        preview.contains("reports@ken-second.example.org"),
        "{preview}"
    );
    let (status, _) = confirm(&app, &preview).await;
    assert_eq!(status, 200);
    let second = cyberindex_workflow::directory::read_team(
        &app.state.store.team("ken-second").await.unwrap(),
    )
    .unwrap();
    let added = second
        .channels
        .iter()
        .find(|c| c.value.value == "reports@ken-second.example.org")
        .expect("the contact was added");
    assert_eq!(
        added.provenance.source,
        cyberindex_directory::Source::SecurityTxt
    );
    // The file is also what the directory last saw of the team's security.txt: the team's page
    // says so and the score no longer counts it as not checked; fetching is off by default.
    let page = app
        .page(Method::GET, "/directory/teams/ken-second/", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Imported") && page.contains("security.txt"),
        "{page}"
    );
    assert!(
        !page.contains("security.txt has not been checked yet"),
        "{page}"
    );
    assert!(page.contains("directory.fetch_security_txt"), "{page}");
    let r = app
        .page(
            Method::POST,
            "/directory/teams/ken-second/security-txt/fetch",
            "admin",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 409);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("directory.fetch_security_txt = true")
    );
    // An expired security.txt is refused with its line.
    let (status, html) = upload(
        &app,
        "admin",
        "security.txt",
        b"Contact: mailto:a@example.org\nExpires: 2020-01-01T00:00:00Z\n".to_vec(),
        "",
        "ken-second",
    )
    .await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("line 2"), "{html}");
}
