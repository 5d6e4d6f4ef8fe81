//! Edition names per language (issue 15 item 5), over HTTP against a real server: the
//! new-edition form asks a name in each UN language but English (a fieldset, each input with its
//! `lang` and `dir`), refuses a bad one beside its field and saves nothing, saves a good one with
//! an audit entry; the JSON API takes and returns `names`; a publication freezes the names, and
//! the public pages show the reader's language's name, or the default name.

use crate::common;

use common::TestApp;
use cyberindex_store::AuditFilter;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// The opening tag of the element whose id is `id` (panics when there is none).
fn tag<'a>(page: &'a str, id: &str) -> &'a str {
    let at = page
        .find(&format!(r#"id="{id}""#))
        .unwrap_or_else(|| panic!("no element #{id} in {page}"));
    let start = page[..at].rfind('<').unwrap();
    let end = at + page[at..].find('>').unwrap();
    &page[start..=end]
}

/// The text of the paragraph whose id is `id`.
fn paragraph<'a>(page: &'a str, id: &str) -> &'a str {
    let open = tag(page, id);
    let text = &page[page.find(open).unwrap() + open.len()..];
    &text[..text.find("</p>").unwrap()]
}

fn form(id: &str, names: &[(&str, &str)]) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new()
        .text("id", id.to_string())
        .text("name", "Global index 2027")
        .text("framework", "gca-national-index.toml")
        .text("opens_on", "2027-01-15")
        .text("deadline", "2099-12-31")
        .text("countries", "KEN, FRA")
        .text("carry_forward_from", "");
    for (lang, name) in names {
        form = form.text(format!("name_{lang}"), name.to_string());
    }
    form
}

async fn post_form(
    app: &TestApp,
    form: reqwest::multipart::Form,
    lang: &str,
) -> (StatusCode, String, Option<String>) {
    // `TestApp::page`, with the reader's language in the same cookie header.
    let r = app
        .client
        .post(app.url("/editions/new"))
        .header("Origin", &app.base)
        .header(
            "Cookie",
            format!(
                "{}={}; lang={lang}",
                cyberindex_server::auth::SESSION_COOKIE,
                app.sessions["admin"]
            ),
        )
        .multipart(form)
        .send()
        .await
        .unwrap();
    let location = r
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string());
    (r.status(), r.text().await.unwrap(), location)
}

/// Generated answers for a country, all accepted, the response validated.
async fn validate(app: &TestApp, edition: &str, country: &str, seed: u64) {
    common::validate_generated(app, edition, country, seed).await;
}

/// A public page, as an anonymous visitor reading in `lang`.
async fn public(app: &TestApp, path: &str, lang: &str) -> String {
    let r = app
        .client
        .get(app.url(path))
        .header("Cookie", format!("lang={lang}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200, "{path}");
    r.text().await.unwrap()
}

#[tokio::test]
async fn the_form_asks_a_name_per_language_refuses_a_bad_one_beside_it_and_saves_a_good_one() {
    let app = TestApp::new().await;
    let before = app.state.store.editions().await.unwrap().len();

    // One fieldset with a legend; an input per language but English, in its language and
    // direction.
    let page = app
        .page(Method::GET, "/editions/new", "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(r#"<fieldset class="stack names""#), "{page}");
    assert!(
        page.contains("<legend>Name in other languages</legend>"),
        "{page}"
    );
    for (lang, dir, label) in [
        ("ar", "rtl", "Name in Arabic"),
        ("zh", "ltr", "Name in Chinese"),
        ("fr", "ltr", "Name in French"),
        ("ru", "ltr", "Name in Russian"),
        ("es", "ltr", "Name in Spanish"),
    ] {
        let input = tag(&page, &format!("name_{lang}"));
        for attribute in [
            format!(r#"lang="{lang}""#),
            format!(r#"dir="{dir}""#),
            format!(r#"name="name_{lang}""#),
            r#"maxlength="200""#.to_string(),
        ] {
            assert!(input.contains(&attribute), "{input}");
        }
        assert!(
            page.contains(&format!(r#"<label for="name_{lang}">{label}</label>"#)),
            "{page}"
        );
    }
    assert!(
        !page.contains(r#"id="name_en""#),
        "English is the default name"
    );

    // A French name too long and an Arabic one with a line break: each refused beside its own
    // field, named in the reader's language (French here), what was typed kept, nothing saved.
    let long = "é".repeat(201);
    let (status, page, _) = post_form(
        &app,
        form(
            "2027",
            &[("fr", &long), ("ar", "المؤشر\n2027"), ("es", "Índice 2027")],
        ),
        "fr",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    for (lang, message) in [
        ("fr", "Nom en français\u{a0}: 200 caractères au plus."),
        (
            "ar",
            "Nom en arabe\u{a0}: retirez les sauts de ligne, les tabulations et les autres caractères de contrôle.",
        ),
    ] {
        let field = format!("name_{lang}");
        let input = tag(&page, &field);
        assert!(input.contains(r#"aria-invalid="true""#), "{input}");
        assert!(input.contains(&format!("{field}-error")), "{input}");
        assert_eq!(paragraph(&page, &format!("{field}-error")), message);
        assert!(
            page.contains(&format!(r##"<a href="#{field}">{message}</a>"##)),
            "the summary links to #{field}: {page}"
        );
    }
    assert!(tag(&page, "name_fr").contains(&format!(r#"value="{long}""#)));
    assert!(tag(&page, "name_es").contains(r#"value="Índice 2027""#));
    // A line break cannot stand in a text input's value: shown as a space.
    assert!(tag(&page, "name_ar").contains(r#"value="المؤشر 2027""#));
    assert!(!tag(&page, "name_es").contains("aria-invalid"));
    assert!(!tag(&page, "name").contains("aria-invalid"));
    assert_eq!(app.state.store.editions().await.unwrap().len(), before);
    assert!(app.state.store.edition("2027").await.is_err());

    // A good French name (spaces around it trimmed), the others left empty: saved.
    let (status, page, location) = post_form(
        &app,
        form(
            "2027",
            &[("fr", "  Indice mondial 2027 "), ("ar", ""), ("zh", " ")],
        ),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    assert_eq!(location.as_deref(), Some("/editions/2027/dashboard"));
    let stored = app.state.store.edition("2027").await.unwrap();
    assert_eq!(
        stored.names,
        [("fr".to_string(), "Indice mondial 2027".to_string())].into()
    );
    assert_eq!(stored.name, "Global index 2027");

    // The creation's audit entry records the names with the other fields.
    let entries = app
        .state
        .store
        .audit(&AuditFilter {
            action_prefix: Some("edition.create".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let after: Value = entries
        .iter()
        .filter_map(|e| serde_json::from_str::<Value>(e.after.as_deref()?).ok())
        .find(|a| a["id"] == "2027")
        .expect("an edition.create entry for 2027");
    assert_eq!(after["names"], json!({ "fr": "Indice mondial 2027" }));
}

#[tokio::test]
async fn the_api_takes_and_returns_names_and_refuses_bad_ones_naming_the_language() {
    let app = TestApp::new().await;
    let body = |id: &str, names: Value| {
        json!({
            "id": id,
            "name": "Global index 2027",
            "names": names,
            "framework": "gca-national-index.toml",
            "opens_on": "2027-01-15",
            "deadline": "2099-12-31",
            "countries": ["KEN"],
        })
    };
    let r = app
        .api(Method::POST, "/api/v1/editions", "admin")
        .json(&body(
            "2027",
            json!({ "ru": "Глобальный\tиндекс", "de": "Weltindex" }),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let refused: Value = r.json().await.unwrap();
    let message = refused["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("Name in Russian: remove the line breaks"),
        "{message}"
    );
    assert!(message.contains("“de” is not a language code"), "{message}");
    assert!(app.state.store.edition("2027").await.is_err());

    let r = app
        .api(Method::POST, "/api/v1/editions", "admin")
        .json(&body("2027", json!({ "zh": "2027 年全球指数" })))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let created: Value = r.json().await.unwrap();
    assert_eq!(created["names"], json!({ "zh": "2027 年全球指数" }));
    let listed: Value = app
        .api(Method::GET, "/api/v1/editions", "admin")
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let listed = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "2027")
        .unwrap();
    assert_eq!(listed["names"], json!({ "zh": "2027 年全球指数" }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_publication_freezes_the_names_and_the_public_pages_show_the_readers_language() {
    let app = TestApp::new().await;
    let (status, page, _) = post_form(
        &app,
        form(
            "2027",
            &[("fr", "Indice mondial 2027"), ("ar", "المؤشر العالمي 2027")],
        ),
        "en",
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    validate(&app, "2027", "KEN", 7).await;
    let r = app
        .api(Method::POST, "/api/v1/editions/2027/publish", "admin")
        .json(&json!({ "licence": "CC0 1.0" }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::CREATED,
        "{}",
        r.text().await.unwrap()
    );

    // The results document carries the names.
    let results: Value =
        serde_json::from_str(&public(&app, "/opendata/2027/v1/results.json", "en").await).unwrap();
    assert_eq!(
        results["edition"],
        json!({
            "id": "2027",
            "name": "Global index 2027",
            "names": { "ar": "المؤشر العالمي 2027", "fr": "Indice mondial 2027" },
        })
    );

    // A French reader sees the French name in the edition's banner and the page title, an
    // Arabic one the Arabic name, and a Spanish one (no Spanish name) the default name.
    let banner = |page: &str| {
        let at = page
            .find(r#"<p class="edition-name">"#)
            .expect("the edition banner");
        page[at..at + page[at..].find(" · ").unwrap()].to_string()
    };
    for (lang, name) in [
        ("fr", "Indice mondial 2027"),
        ("ar", "المؤشر العالمي 2027"),
        ("es", "Global index 2027"),
        ("en", "Global index 2027"),
    ] {
        for path in ["/results/2027/v1/", "/results/2027/v1/ranking/"] {
            let page = public(&app, path, lang).await;
            assert!(
                banner(&page).ends_with(&format!("<bdi>{name}</bdi>")),
                "{lang} {path}: {}",
                banner(&page)
            );
            let title = &page[page.find("<title>").unwrap()..page.find("</title>").unwrap()];
            assert!(title.contains(name), "{lang} {path}: {title}");
        }
        let index = public(&app, "/results/", lang).await;
        assert!(index.contains(name), "{lang} /results/: {index}");
    }
    let french = public(&app, "/results/2027/v1/", "fr").await;
    assert!(!french.contains("Global index 2027"), "{french}");
}
