//! Publishing over HTTP: only administrators publish, only validated responses and accepted
//! answers are published, versions are numbered and immutable, corrections need a note, earlier
//! versions stay readable, the public pages and open data need no sign-in, and the published
//! scores are the official scores of the review.

use crate::common;

use common::{EDITION, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");

/// Generated answers for a country, all accepted, the response validated.
async fn validate(app: &TestApp, country: &str, seed: u64) {
    common::validate_generated(app, EDITION, country, seed).await;
}

async fn publish(app: &TestApp, caller: &str, body: Value) -> (StatusCode, Value) {
    let response = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/publish"),
            caller,
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn get(app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publishing_freezes_numbered_versions_that_anyone_can_read() {
    let app = TestApp::new().await;
    // Nothing validated: nothing to publish, and nothing public.
    let (status, body) = publish(&app, "admin", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("no validated response")
    );
    assert_eq!(
        get(&app, &format!("/api/v1/editions/{EDITION}/results"))
            .await
            .0,
        404
    );

    validate(&app, "KEN", 3).await;
    // A reviewer may not publish; an administrator may.
    assert_eq!(
        publish(&app, "reviewer", json!({})).await.0,
        StatusCode::FORBIDDEN
    );
    let (status, v1) = publish(&app, "admin", json!({ "licence": "CC0 1.0" })).await;
    assert_eq!(status, StatusCode::CREATED, "{v1}");
    assert_eq!(v1["version"], 1);
    assert_eq!(v1["countries"], 1);
    assert_eq!(v1["url"], format!("/results/{EDITION}/v1/"));

    // The published score is the official score of the review.
    let response: Value = app
        .api(
            Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/KEN"),
            "admin",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (status, results) = get(&app, &format!("/api/v1/editions/{EDITION}/results")).await;
    assert_eq!(status, 200);
    let results: Value = serde_json::from_str(&results).unwrap();
    assert_eq!(results["schema"], "cyberindex/results/1");
    assert_eq!(results["licence"], "CC0 1.0");
    assert_eq!(results["units"][0]["unit"], "KEN");
    assert_eq!(
        results["units"][0]["overall"],
        response["scores"]["official"]["overall"]
    );
    assert_eq!(results["units"][0]["rank"], 1);

    // A correction: France validated too. Without a note it is refused; with one it is v2.
    validate(&app, "FRA", 4).await;
    let (status, body) = publish(&app, "admin", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"]["field"], "change_note");
    let (status, v2) = publish(
        &app,
        "admin",
        json!({ "change_note": "France added after validation.", "licence": "CC0 1.0" }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(v2["version"], 2);
    assert_eq!(v2["countries"], 2);

    // Version 1 is unchanged and says it is not the latest; the latest is v2.
    let (_, v1_results) = get(
        &app,
        &format!("/api/v1/editions/{EDITION}/results?version=1"),
    )
    .await;
    let v1_results: Value = serde_json::from_str(&v1_results).unwrap();
    assert_eq!(v1_results["units"].as_array().unwrap().len(), 1);
    let (status, page) = get(&app, &format!("/results/{EDITION}/v1/")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Version 1 of 2"), "{page}");
    assert!(page.contains("href=\"../v2/\""));
    let (status, _) = get(&app, &format!("/results/{EDITION}/")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);

    // The secretariat sees the same before publishing, with the coherence checks.
    let response = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/robustness"),
            "reviewer",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Statistical coherence") && page.contains("Cronbach"),
        "{page}"
    );

    // Reopening a validated response afterwards does not change what was published.
    app.state
        .store
        .reopen_response(
            EDITION,
            "FRA",
            cyberindex_workflow::status::rule("reopen").from,
            "A late correction.",
            None,
        )
        .await
        .unwrap();
    let (_, again) = get(
        &app,
        &format!("/api/v1/editions/{EDITION}/results?version=2"),
    )
    .await;
    let again: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(again["units"].as_array().unwrap().len(), 2);

    // Every public page and data file answers without a sign-in.
    for path in [
        "/results/".to_string(),
        format!("/results/{EDITION}/v2/"),
        format!("/results/{EDITION}/v2/map-score/"),
        format!("/results/{EDITION}/v2/ranking/"),
        format!("/results/{EDITION}/v2/ranking/?region=Africa"),
        format!("/results/{EDITION}/v2/countries/KEN/"),
        format!("/results/{EDITION}/v2/compare/?c=KEN,FRA"),
        format!("/results/{EDITION}/v2/methodology/"),
        format!("/results/{EDITION}/v2/data/"),
        format!("/results/{EDITION}/v2/robustness/"),
    ] {
        let (status, page) = get(&app, &path).await;
        assert_eq!(status, 200, "{path}");
        assert!(page.starts_with("<!DOCTYPE html>"), "{path}");
    }
    for (file, kind) in [
        ("results.json", "application/json"),
        ("scores.csv", "text/csv; charset=utf-8"),
        ("questions.csv", "text/csv; charset=utf-8"),
        ("answers.csv", "text/csv; charset=utf-8"),
        (
            "results.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("scores.parquet", "application/vnd.apache.parquet"),
        ("questions.parquet", "application/vnd.apache.parquet"),
        ("framework.toml", "application/toml; charset=utf-8"),
        ("schema.json", "application/schema+json"),
    ] {
        let response = app
            .client
            .get(app.url(&format!("/opendata/{EDITION}/v2/{file}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{file}");
        assert_eq!(response.headers()["content-type"], kind, "{file}");
    }
    for missing in [
        format!("/results/{EDITION}/v3/"),
        format!("/results/{EDITION}/2/"),
        format!("/results/{EDITION}/v2/countries/BRA/"),
        format!("/opendata/{EDITION}/v2/secrets.txt"),
        format!("/opendata/{EDITION}/v2/evidence/1/anything.pdf"),
        "/results/nope/v1/".to_string(),
    ] {
        assert_eq!(get(&app, &missing).await.0, 404, "{missing}");
    }

    // With two countries, each is ranked 1 or 2 in every run of the robustness analysis.
    let (_, robustness) = get(&app, &format!("/results/{EDITION}/v2/robustness/")).await;
    assert!(
        robustness.contains("class=\"chart intervals\""),
        "{robustness}"
    );
    assert!(robustness.contains("Rank intervals"));
    // The profile of Kenya in French, the ranking filtered by region.
    let response = app
        .client
        .get(app.url(&format!("/results/{EDITION}/v2/countries/KEN/")))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap();
    let page = response.text().await.unwrap();
    assert!(page.contains("<html lang=\"fr\""));
    let (_, ranking) = get(
        &app,
        &format!("/results/{EDITION}/v2/ranking/?region=Europe"),
    )
    .await;
    assert!(ranking.contains("data-region=\"Africa\" data-groups=\"\" hidden"));
    assert!(!ranking.contains("data-region=\"Europe\" data-groups=\"\" hidden"));

    // Publications cannot be changed, even in the database.
    let mut side = common::Side::open(&app).await;
    let refused = side
        .execute("UPDATE publications SET licence = 'none'")
        .await
        .unwrap_err();
    assert!(refused.contains("immutable"), "{refused}");
    let refused = side.execute("DELETE FROM publications").await.unwrap_err();
    assert!(refused.contains("immutable"), "{refused}");

    // Both versions are in the audit trail.
    let entries = app
        .state
        .store
        .audit(&cyberindex_store::AuditFilter {
            action_prefix: Some("edition.publish".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(entries.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_publish_page_publishes_and_leads_to_the_results() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 5).await;
    let response = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/publish"),
            "admin",
        )
        .send()
        .await
        .unwrap();
    let page = response.text().await.unwrap();
    assert!(page.contains("1 response validated"), "{page}");
    let response = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/publish"),
            "admin",
        )
        .form(&[("licence", "CC BY 4.0"), ("change_note", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    // Back to the edition, which says what was published and links to it.
    let to = response.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(to, format!("/editions/{EDITION}/dashboard?published=1"));
    let back = app
        .page(Method::GET, &to, "admin")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(back.contains(&format!(
        r#"<p class="notice" role="status" data-published>Version 1 of the results is published. <a href="/results/{EDITION}/v1/">Open the published results</a></p>"#
    )), "{back}");
    // A version that does not exist is not announced.
    let odd = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/dashboard?published=7"),
            "admin",
        )
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!odd.contains("data-published"));
    // An empty licence is refused with a message in the reader's language.
    let response = app
        .page(
            Method::POST,
            &format!("/editions/{EDITION}/publish"),
            "admin",
        )
        .header("Cookie", format!("lang=fr; {}", cookie(&app, "admin")))
        .form(&[("licence", " "), ("change_note", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = response.text().await.unwrap();
    assert!(text.contains("licence"), "{text}");
}

fn cookie(app: &TestApp, caller: &str) -> String {
    format!(
        "{}={}",
        cyberindex_server::auth::SESSION_COOKIE,
        app.sessions[caller]
    )
}

/// The front door: a visitor's start page says nothing is published only while that is true,
/// then leads to each published edition's latest version; every page's navigation links to the
/// results.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_start_page_leads_visitors_to_the_latest_results() {
    let app = TestApp::new().await;
    let (status, home) = get(&app, "/").await;
    assert_eq!(status, 200);
    assert!(home.contains("No results have been published yet."));
    assert!(home.contains(r#"<li><a href="/results/">Results</a></li>"#));

    validate(&app, "KEN", 3).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({ "change_note": "France added." }))
            .await
            .0,
        StatusCode::CREATED
    );
    let (_, home) = get(&app, "/").await;
    assert!(
        !home.contains("No results have been published yet."),
        "{home}"
    );
    assert!(
        home.contains(&format!(r#"<a href="/results/{EDITION}/v2/">"#)),
        "the latest version, not the first: {home}"
    );
    assert!(!home.contains(&format!("/results/{EDITION}/v1/")));
    assert!(home.contains(r#"<a href="/results/">All published results</a>"#));
    // Signed in, the navigation still leads there.
    let page = app
        .page(reqwest::Method::GET, "/notifications", "focal-ken")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(r#"<li><a href="/results/">Results</a></li>"#));
}

/// Finding a country: the box on every public page goes to the profile when the query names
/// one country exactly (an ISO code, or a whole name in any of the six languages), and lists
/// the matches otherwise; the combobox reads `countries.json`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_find_a_country_by_name_in_any_language_or_code() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let base = format!("/results/{EDITION}/v1/");
    let (_, overview) = get(&app, &base).await;
    assert!(
        overview.contains(
            r#"<form class="country-search" role="search" method="get" action="search/""#
        ),
        "{overview}"
    );
    assert!(overview.contains(r#"data-countries="search/countries.json""#));
    for (query, code) in [
        ("KEN", "KEN"),
        ("ke", "KEN"),
        ("kenya", "KEN"),
        ("كينيا", "KEN"),
        ("%E8%82%AF%E5%B0%BC%E4%BA%9A", "KEN"),
        ("Франция", "FRA"),
        ("france", "FRA"),
        ("FR", "FRA"),
    ] {
        let response = app
            .client
            .get(app.url(&format!("{base}search/?q={query}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{query}");
        assert_eq!(
            response.headers()["location"],
            format!("{base}countries/{code}/").as_str(),
            "{query}"
        );
    }
    // Several matches are listed, best first, with the query kept in the box.
    let (status, page) = get(&app, &format!("{base}search/?q=a")).await;
    assert_eq!(status, 200);
    assert!(page.contains("2 countries match “a”."), "{page}");
    assert!(page.contains(r#"<a href="../countries/FRA/"><bdi>France</bdi></a>"#));
    assert!(page.contains(r#"<a href="../countries/KEN/"><bdi>Kenya</bdi></a>"#));
    assert!(page.contains(
        r#"name="q" type="search" autocomplete="off" spellcheck="false" maxlength="100" value="a""#
    ));
    // A country of the master list that this edition did not publish is not found.
    let (_, page) = get(&app, &format!("{base}search/?q=<b>Brazil</b>")).await;
    assert!(
        page.contains("No country of this edition matches “&#60;b&#62;Brazil&#60;/b&#62;”."),
        "{page}"
    );
    assert!(!page.contains("<b>Brazil</b>"));
    // No query: the index of the edition's countries, in the reader's language.
    let (_, page) = get(&app, &format!("{base}search/")).await;
    assert!(
        page.contains("The 2 countries of this edition, by name."),
        "{page}"
    );
    // The combobox's data: every published country with its codes and six names.
    let (status, body) = get(&app, &format!("{base}search/countries.json")).await;
    assert_eq!(status, 200);
    let entries: Value = serde_json::from_str(&body).unwrap();
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let ken = entries.iter().find(|e| e["code"] == "KEN").unwrap();
    assert_eq!(ken["alpha2"], "KE");
    assert_eq!(ken["names"].as_array().unwrap().len(), 6);
    assert_eq!(ken["names"][0], "كينيا");
    // An unknown version is not found.
    let (status, _) = get(&app, &format!("/results/{EDITION}/v9/search/?q=ken")).await;
    assert_eq!(status, 404);
}

/// Comparing: countries are added by name or code, the address is kept clean (`?c=KEN,FRA`),
/// the page charts the pillars side by side and gives each indicator's difference from the
/// first country, and bad requests say what was wrong.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_compare_countries_added_by_name_at_a_clean_address() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let base = format!("/results/{EDITION}/v1/compare/");
    let location = |response: reqwest::Response| {
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        response.headers()["location"].to_str().unwrap().to_string()
    };
    for (query, clean) in [
        ("c=KEN&c=fra", "?c=KEN,FRA"),
        ("c=KEN&add=France", "?c=KEN,FRA"),
        (
            "c=KEN&add=%D0%A4%D1%80%D0%B0%D0%BD%D1%86%D0%B8%D1%8F",
            "?c=KEN,FRA",
        ),
        ("c=KEN,FRA&add=ken", "?c=KEN,FRA"),
        ("c=", ""),
    ] {
        let response = app
            .client
            .get(app.url(&format!("{base}?{query}")))
            .send()
            .await
            .unwrap();
        assert_eq!(location(response), format!("{base}{clean}"), "{query}");
    }
    let (status, page) = get(&app, &format!("{base}?c=KEN,FRA")).await;
    assert_eq!(status, 200);
    // Both chosen, each with a link that removes it.
    assert!(
        page.contains(r#"<a href="?c=FRA" class="chip-remove" aria-label="Remove Kenya">×</a>"#),
        "{page}"
    );
    assert!(
        page.contains(r#"<a href="?c=KEN" class="chip-remove" aria-label="Remove France">×</a>"#)
    );
    assert!(page.contains(r#"<input type="hidden" name="c" value="KEN,FRA">"#));
    // The chart: one bar per country in each pillar, labelled with its code.
    assert!(page.contains(r#"<svg class="chart grouped""#));
    assert_eq!(page.matches(">KEN ").count(), 5, "one bar per pillar");
    // Every pillar and indicator, France's difference from Kenya signed.
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let rows = page.matches(r#"<tr class="depth-"#).count();
    assert_eq!(rows, framework.nodes.len() - 1);
    assert_eq!(
        page.matches(r#"<span class="diff "#).count(),
        framework.nodes.len() - 1,
        "one difference per row, for the second country"
    );
    assert!(page.contains("the difference from Kenya"));
    // Only the chosen countries are in the page.
    assert!(!page.contains(r#"<tr data-code="BRA""#));
    // What went wrong is said, and nothing else changes.
    let (status, page) = get(&app, &format!("{base}?c=KEN&add=Atlantis")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("No country of this edition matches “Atlantis”."),
        "{page}"
    );
    assert!(page.contains(r#"<input type="hidden" name="c" value="KEN">"#));
    let (_, page) = get(&app, &format!("{base}?c=KEN,XXX")).await;
    assert!(
        page.contains("Left out, as they are not countries of this edition: XXX."),
        "{page}"
    );
    let (_, page) = get(&app, &format!("{base}?add=a")).await;
    assert!(
        page.contains("2 countries match “a”. Choose one:"),
        "{page}"
    );
    assert!(page.contains(r#"<a href="?c=KEN">Kenya</a>"#));
}

/// Reusing a chart: each one is a file (SVG, PNG drawn on the server, CSV of its numbers) and a
/// page of its own that any site may frame; the pages link them under each chart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_chart_downloads_as_svg_png_and_csv_and_embeds_anywhere() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let base = format!("/results/{EDITION}/v1/");
    let fetch = |path: String| {
        let app = &app;
        async move {
            let r = app.client.get(app.url(&path)).send().await.unwrap();
            let status = r.status();
            let headers = r.headers().clone();
            (status, headers, r.bytes().await.unwrap().to_vec())
        }
    };
    let (_, profile) = get(&app, &format!("{base}countries/KEN/")).await;
    for link in [
        r#"<a href="../../charts/pillars-KEN.svg" download>SVG</a>"#,
        r#"<a href="../../charts/pillars-KEN.png" download>PNG</a>"#,
        r#"<a href="../../charts/pillars-KEN.csv" download>CSV</a>"#,
        r#"<a href="../../charts/radar-KEN/">Link to this chart</a>"#,
        r#"data-src="../../charts/radar-KEN/""#,
    ] {
        assert!(profile.contains(link), "{link}");
    }
    for id in [
        "tiers",
        "map",
        "pillars-KEN",
        "radar-FRA",
        "compare-KEN-FRA",
    ] {
        let (status, headers, body) = fetch(format!("{base}charts/{id}.svg")).await;
        assert_eq!(status, 200, "{id}");
        assert_eq!(headers["content-type"], "image/svg+xml");
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .contains(&format!("{EDITION}-v1-{id}.svg"))
        );
        let svg = String::from_utf8(body).unwrap();
        assert!(svg.starts_with("<?xml"), "{id}");
        assert!(svg.contains("<svg "), "{id}");
        let (status, headers, png) = fetch(format!("{base}charts/{id}.png")).await;
        assert_eq!(status, 200, "{id}");
        assert_eq!(headers["content-type"], "image/png");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{id}");
        assert!(png.len() > 1000, "{id}: {} bytes", png.len());
        let (status, _, csv) = fetch(format!("{base}charts/{id}.csv")).await;
        assert_eq!(status, 200, "{id}");
        assert!(!csv.is_empty());
    }
    // The numbers behind the pillar chart: a header and one row per pillar.
    let (_, _, csv) = fetch(format!("{base}charts/pillars-KEN.csv")).await;
    let csv = String::from_utf8(csv).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 6, "{csv}");
    assert!(lines[0].starts_with("Pillar,Kenya,Maximum,"), "{csv}");
    assert!(lines[1].starts_with("Legal measures,"), "{csv}");
    // Unknown charts and countries are not found.
    for id in [
        "nothing",
        "pillars-BRA",
        "compare-KEN-KEN",
        "compare-",
        "tiers.exe",
    ] {
        let (status, _, _) = fetch(format!("{base}charts/{id}.svg")).await;
        assert_eq!(status, 404, "{id}");
    }
    // The chart's own page may be framed by any site; other pages by none.
    let (status, headers, page) = fetch(format!("{base}charts/tiers/")).await;
    assert_eq!(status, 200);
    let page = String::from_utf8(page).unwrap();
    assert!(page.contains(r#"<svg class="chart tiers""#));
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .ends_with("frame-ancestors *")
    );
    assert!(headers.get("x-frame-options").is_none());
    let (_, headers, _) = fetch(base.clone()).await;
    assert_eq!(headers["x-frame-options"], "DENY");
}

/// A country's profile as PDF: linked from the profile page, served as `application/pdf` with a
/// file name, in the reader's language (the text read back with pdftotext holds the Chinese
/// name, so the CJK font is embedded); an unknown country is 404.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_download_a_profile_as_pdf_in_their_language() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let (_, page) = get(&app, &format!("/results/{EDITION}/v1/countries/KEN/")).await;
    assert!(
        page.contains(r#"<a href="profile.pdf" type="application/pdf" download>Download this profile as PDF</a>"#),
        "{page}"
    );
    let response = app
        .client
        .get(app.url(&format!("/results/{EDITION}/v1/countries/KEN/profile.pdf")))
        .header("Accept-Language", "zh")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert_eq!(
        response.headers()["content-disposition"],
        format!("attachment; filename=\"{EDITION}-v1-KEN-zh.pdf\"").as_str()
    );
    let pdf = response.bytes().await.unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("server-KEN-zh.pdf");
    std::fs::write(&path, &pdf).unwrap();
    if let Some(text) = pdf_text(&path) {
        assert!(text.contains("肯尼亚"), "{text}");
    }
    for missing in [
        format!("/results/{EDITION}/v1/countries/BRA/profile.pdf"),
        format!("/results/{EDITION}/v2/countries/KEN/profile.pdf"),
    ] {
        assert_eq!(get(&app, &missing).await.0, 404, "{missing}");
    }
}

/// The edition report as PDF: linked from the open-data page, made once per version and
/// language (a second request gets the same bytes from memory), in the reader's language; a
/// version that does not exist is 404.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn visitors_download_the_edition_report_from_the_open_data_page() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let (_, page) = get(&app, &format!("/results/{EDITION}/v1/data/")).await;
    assert!(
        page.contains(r#"<a href="../report.pdf" type="application/pdf" download>The whole edition as a PDF report</a>"#),
        "{page}"
    );
    let fetch = |lang: &'static str| {
        let request = app
            .client
            .get(app.url(&format!("/results/{EDITION}/v1/report.pdf")))
            .header("Accept-Language", lang);
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            assert_eq!(response.headers()["content-type"], "application/pdf");
            assert_eq!(
                response.headers()["content-disposition"],
                format!("attachment; filename=\"{EDITION}-v1-{lang}.pdf\"").as_str()
            );
            response.bytes().await.unwrap()
        }
    };
    let (fr, ru) = tokio::join!(fetch("fr"), fetch("ru"));
    assert!(fr.starts_with(b"%PDF-") && ru.starts_with(b"%PDF-"));
    assert_ne!(fr, ru);
    // Made once: the second French reader gets the same report (the cache's own test is in
    // public/report_pdf.rs).
    assert_eq!(fetch("fr").await, fr);
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("server-edition-fr.pdf");
    std::fs::write(&path, &fr).unwrap();
    if let Some(text) = pdf_text(&path) {
        for wanted in ["Résumé", "Kenya", "France", "Pays par niveau"] {
            assert!(text.contains(wanted), "{wanted}: {text}");
        }
    }
    assert_eq!(
        get(&app, &format!("/results/{EDITION}/v2/report.pdf"))
            .await
            .0,
        404
    );
}

/// On an Arabic page the publication's own texts (country, tier, framework and edition names)
/// are isolated from the text around them: `<bdi>` in the page, the Unicode isolates in the
/// title, so "Test 2026" keeps its order inside an Arabic heading.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_in_another_direction_is_isolated_on_arabic_pages() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    validate(&app, "FRA", 4).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let arabic = |path: String| {
        let request = app
            .client
            .get(app.url(&path))
            .header("Accept-Language", "ar");
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let profile = arabic(format!("/results/{EDITION}/v1/countries/KEN/")).await;
    assert!(profile.contains("<h1><bdi>كينيا</bdi></h1>"), "{profile}");
    assert!(
        profile.contains("\u{2068}"),
        "the title isolates the edition name"
    );
    let ranking = arabic(format!("/results/{EDITION}/v1/ranking/")).await;
    let heading = ranking
        .split("<h1>")
        .nth(1)
        .and_then(|h| h.split("</h1>").next())
        .unwrap();
    assert!(
        heading.starts_with('\u{2068}') && heading.contains('\u{2069}'),
        "{heading}"
    );
    // Every pillar column of the ranking and every row of the methodology.
    assert!(ranking.contains("data-sort=\"number\"><bdi>"), "{ranking}");
    let methodology = arabic(format!("/results/{EDITION}/v1/methodology/")).await;
    let rows = methodology.matches("<th scope=\"row\">").count();
    let isolated = methodology.matches("<th scope=\"row\"><bdi>").count()
        + methodology
            .matches("<th scope=\"row\"><span class=\"hint\">")
            .count();
    assert!(
        rows > 10 && rows == isolated,
        "{rows} rows, {isolated} isolated"
    );
}

/// The text pdftotext (poppler-utils) reads from a PDF file; `None`, with a message, when the
/// tool is missing outside CI (CI installs it, and a missing tool fails there).
fn pdf_text(path: &std::path::Path) -> Option<String> {
    match std::process::Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
    {
        Ok(out) => Some(String::from_utf8(out.stdout).unwrap()),
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("pdftotext not found ({e}): the PDF's text is not checked");
            None
        }
        Err(e) => panic!("pdftotext not found ({e}) and CI is set"),
    }
}

/// Publication day: public pages and files carry a strong validator, a conditional request for
/// what the reader has gets 304 with no body, a version's files are cached for a year as
/// immutable, its pages for minutes (their chrome changes when a newer version appears), the
/// latest alias for a minute, and anything read signed in stays private; every one varies by
/// language and cookie.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_and_files_answer_conditional_requests() {
    let app = TestApp::new().await;
    validate(&app, "KEN", 3).await;
    assert_eq!(
        publish(&app, "admin", json!({})).await.0,
        StatusCode::CREATED
    );
    let header = |r: &reqwest::Response, name: &str| {
        r.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let page = format!("/results/{EDITION}/v1/countries/KEN/");
    let file = format!("/results/{EDITION}/v1/search/countries.json");
    for (path, cache) in [
        (page.as_str(), "public, max-age=300"),
        (file.as_str(), "public, max-age=31536000, immutable"),
        ("/results/", "public, max-age=60"),
    ] {
        let first = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(first.status(), 200, "{path}");
        let etag = header(&first, "etag");
        assert!(etag.starts_with('"') && etag.len() == 34, "{path}: {etag}");
        assert_eq!(header(&first, "cache-control"), cache, "{path}");
        assert!(header(&first, "vary").contains("Accept-Language"), "{path}");
        assert!(header(&first, "vary").contains("Cookie"), "{path}");
        let body = first.bytes().await.unwrap();
        assert!(!body.is_empty());
        // The same again: the same validator. With it: 304, no body.
        let again = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(header(&again, "etag"), etag, "{path}: stable");
        let not_modified = app
            .client
            .get(app.url(path))
            .header("if-none-match", format!("\"other\", {etag}"))
            .send()
            .await
            .unwrap();
        assert_eq!(not_modified.status(), 304, "{path}");
        assert_eq!(header(&not_modified, "etag"), etag);
        assert_eq!(header(&not_modified, "cache-control"), cache);
        assert!(not_modified.bytes().await.unwrap().is_empty());
        let stale = app
            .client
            .get(app.url(path))
            .header("if-none-match", "\"something-else\"")
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status(), 200, "{path}");
    }
    // Another language is another representation with its own validator.
    let en = app.client.get(app.url(&page)).send().await.unwrap();
    let fr = app
        .client
        .get(app.url(&page))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_ne!(header(&en, "etag"), header(&fr, "etag"));
    // Signed in, a page names its reader: private.
    let mine = app
        .client
        .get(app.url(&page))
        .header("cookie", cookie(&app, "focal-ken"))
        .send()
        .await
        .unwrap();
    assert_eq!(header(&mine, "cache-control"), "private, no-cache");
    // A page that does not exist is not cached as found.
    let missing = app
        .client
        .get(app.url(&format!("/results/{EDITION}/v9/")))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert!(header(&missing, "etag").is_empty());
}
