//! The public site on publication day (issue 19): anonymous readers are answered from the page
//! cache (304 from a lookup, gzip and brotli compressed once, `Vary` and `Cache-Control` by what
//! can change), within the memory bound, forgetting the latest pages when a new version is
//! published; signed-in readers never share it; once a publication is loaded, no public page
//! reads its frozen documents from the database again; and while `serve --demo` prepares its
//! data, the server says so.

use crate::common;

use std::io::Read;

use common::{EDITION, TestApp};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

async fn publish(app: &TestApp, body: Value) {
    let response = app
        .api(
            Method::POST,
            &format!("/api/v1/editions/{EDITION}/publish"),
            "admin",
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
}

async fn published() -> TestApp {
    published_with(|_| {}).await
}

async fn published_with(configure: impl FnOnce(&mut cyberindex_server::config::Config)) -> TestApp {
    let app = TestApp::with(configure).await;
    common::validate_generated(&app, EDITION, "KEN", 3).await;
    publish(&app, json!({})).await;
    app
}

fn header(r: &reqwest::Response, name: &str) -> String {
    r.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// A response's body decoded from its `Content-Encoding`.
async fn decoded(r: reqwest::Response) -> Vec<u8> {
    let coding = header(&r, "content-encoding");
    let body = r.bytes().await.unwrap();
    let mut out = Vec::new();
    match coding.as_str() {
        "" => out = body.to_vec(),
        "gzip" => {
            flate2::read::GzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .expect("a complete gzip stream");
        }
        "br" => {
            brotli_decompressor::Decompressor::new(&body[..], 4096)
                .read_to_end(&mut out)
                .expect("a complete brotli stream");
        }
        other => panic!("unexpected coding {other}"),
    }
    out
}

fn paths() -> Vec<(String, &'static str, bool)> {
    // (path, Cache-Control, compressed)
    vec![
        (
            format!("/results/{EDITION}/v1/countries/KEN/"),
            "public, max-age=300",
            true,
        ),
        (
            format!("/results/{EDITION}/v1/"),
            "public, max-age=300",
            true,
        ),
        (
            format!("/results/{EDITION}/v1/ranking/"),
            "public, max-age=300",
            true,
        ),
        (
            format!("/results/{EDITION}/v1/methodology/"),
            "public, max-age=300",
            true,
        ),
        ("/results/".to_string(), "public, max-age=60", true),
        (
            format!("/opendata/{EDITION}/v1/scores.csv"),
            "public, max-age=31536000, immutable",
            true,
        ),
        (
            format!("/opendata/{EDITION}/v1/scores.parquet"),
            "public, max-age=31536000, immutable",
            false,
        ),
        // One country: a file of under 256 bytes, not worth compressing.
        (
            format!("/results/{EDITION}/v1/search/countries.json"),
            "public, max-age=31536000, immutable",
            false,
        ),
        (
            format!("/api/v1/editions/{EDITION}/results?version=1"),
            "public, max-age=31536000, immutable",
            true,
        ),
        (
            format!("/api/v1/editions/{EDITION}/results"),
            "public, max-age=60",
            true,
        ),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_readers_get_compressed_cached_pages_and_304_from_a_lookup() {
    let app = published().await;
    for (path, cache, compressed) in paths() {
        let plain = app.client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(plain.status(), 200, "{path}");
        assert_eq!(header(&plain, "cache-control"), cache, "{path}");
        let vary = header(&plain, "vary");
        assert!(
            vary.contains("Accept-Language") && vary.contains("Cookie"),
            "{path}: {vary}"
        );
        assert_eq!(
            vary.contains("Accept-Encoding"),
            compressed,
            "{path}: {vary}"
        );
        assert!(header(&plain, "content-encoding").is_empty(), "{path}");
        let plain_etag = header(&plain, "etag");
        let content_type = header(&plain, "content-type");
        assert!(!content_type.is_empty(), "{path}");
        let plain = decoded(plain).await;
        assert!(!plain.is_empty(), "{path}");
        let mut etags = vec![plain_etag.clone()];
        for (accept, coding) in [("gzip", "gzip"), ("br, gzip", "br"), ("identity", "")] {
            let r = app
                .client
                .get(app.url(&path))
                .header("accept-encoding", accept)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200, "{path} {accept}");
            assert_eq!(
                header(&r, "content-encoding"),
                if compressed { coding } else { "" },
                "{path} {accept}"
            );
            assert_eq!(header(&r, "content-type"), content_type, "{path} {accept}");
            assert_eq!(header(&r, "cache-control"), cache, "{path} {accept}");
            let etag = header(&r, "etag");
            if compressed && !coding.is_empty() {
                assert_ne!(etag, plain_etag, "each coding has its own validator");
            }
            etags.push(etag);
            assert_eq!(decoded(r).await, plain, "{path} {accept}: the same content");
        }
        // A conditional request answers 304 from the cache: nothing rendered, nothing read.
        let (_, misses) = app.state.pages.counts();
        let reads = app.state.store.document_reads();
        for etag in &etags {
            for accept in ["", "gzip", "br"] {
                let r = app
                    .client
                    .get(app.url(&path))
                    .header("if-none-match", format!("\"nope\", {etag}"))
                    .header("accept-encoding", accept)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 304, "{path} {etag} {accept}");
                assert_eq!(header(&r, "cache-control"), cache);
                assert!(header(&r, "vary").contains("Cookie"));
                assert!(!header(&r, "etag").is_empty());
                assert!(r.bytes().await.unwrap().is_empty());
            }
        }
        assert_eq!(
            app.state.pages.counts().1,
            misses,
            "{path}: no page rendered"
        );
        assert_eq!(app.state.store.document_reads(), reads, "{path}");
        // HEAD: the headers, no body.
        let head = app.client.head(app.url(&path)).send().await.unwrap();
        assert_eq!(head.status(), 200);
        assert_eq!(header(&head, "etag"), plain_etag);
        assert!(head.bytes().await.unwrap().is_empty());
    }
    // Six languages, six representations of a page, by cookie or by Accept-Language; the
    // same language either way is the same entry.
    let page = format!("/results/{EDITION}/v1/countries/KEN/");
    let mut etags = std::collections::BTreeSet::new();
    for lang in ["en", "fr", "es", "ru", "zh", "ar"] {
        let by_cookie = app
            .client
            .get(app.url(&page))
            .header("cookie", format!("lang={lang}"))
            .send()
            .await
            .unwrap();
        let by_header = app
            .client
            .get(app.url(&page))
            .header("accept-language", format!("{lang};q=0.9"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            header(&by_cookie, "etag"),
            header(&by_header, "etag"),
            "{lang}"
        );
        let html = by_cookie.text().await.unwrap();
        assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang}");
        etags.insert(header(&by_header, "etag"));
    }
    assert_eq!(etags.len(), 6);
    // A missing page is not kept as found.
    let missing = app
        .client
        .get(app.url(&format!("/results/{EDITION}/v1/countries/XXX/")))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert!(header(&missing, "etag").is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_in_readers_are_never_cached_nor_served_the_shared_copy() {
    let app = published().await;
    let page = format!("/results/{EDITION}/v1/countries/KEN/");
    let anonymous = app.client.get(app.url(&page)).send().await.unwrap();
    let anonymous_etag = header(&anonymous, "etag");
    let anonymous = anonymous.text().await.unwrap();
    let usage = app.state.pages.usage();
    let counts = app.state.pages.counts();
    let cookie = format!(
        "{}={}",
        cyberindex_server::auth::SESSION_COOKIE,
        app.sessions["focal-ken"]
    );
    for path in [page.clone(), format!("/results/{EDITION}/v1/ranking/")] {
        let mine = app
            .client
            .get(app.url(&path))
            .header("cookie", &cookie)
            .header("accept-encoding", "br")
            .send()
            .await
            .unwrap();
        assert_eq!(mine.status(), 200);
        assert_eq!(
            header(&mine, "cache-control"),
            "private, no-cache",
            "{path}"
        );
        assert!(header(&mine, "vary").contains("Cookie"));
        assert!(!header(&mine, "etag").is_empty());
        let html = String::from_utf8(decoded(mine).await).unwrap();
        assert!(html.contains("<html"), "{path}");
    }
    assert_eq!(app.state.pages.usage(), usage, "nothing signed in was kept");
    assert_eq!(
        app.state.pages.counts(),
        counts,
        "the shared copy was not read"
    );
    // Anonymous readers still get the anonymous page.
    let again = app.client.get(app.url(&page)).send().await.unwrap();
    assert_eq!(header(&again, "etag"), anonymous_etag);
    assert_eq!(again.text().await.unwrap(), anonymous);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_version_replaces_the_latest_pages_at_once() {
    let app = published().await;
    let v1 = format!("/results/{EDITION}/v1/");
    let file = format!("/opendata/{EDITION}/v1/scores.csv");
    let api = format!("/api/v1/editions/{EDITION}/results");
    let index = app.client.get(app.url("/results/")).send().await.unwrap();
    let index_etag = header(&index, "etag");
    let page = app
        .client
        .get(app.url(&v1))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Version 1 of 1"), "{page}");
    let latest: Value = app
        .client
        .get(app.url(&api))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(latest["units"].as_array().unwrap().len(), 1);
    let file_etag = header(
        &app.client.get(app.url(&file)).send().await.unwrap(),
        "etag",
    );

    common::validate_generated(&app, EDITION, "FRA", 4).await;
    publish(&app, json!({ "change_note": "France added." })).await;

    let index = app.client.get(app.url("/results/")).send().await.unwrap();
    assert_ne!(
        header(&index, "etag"),
        index_etag,
        "the latest list changed"
    );
    assert!(index.text().await.unwrap().contains("v2/"));
    let page = app
        .client
        .get(app.url(&v1))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Version 1 of 2"),
        "the chrome links to the new version"
    );
    let latest: Value = app
        .client
        .get(app.url(&api))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        latest["units"].as_array().unwrap().len(),
        2,
        "the API's latest is v2"
    );
    // A published version's file never changes: it stays cached.
    let (_, misses) = app.state.pages.counts();
    let again = app.client.get(app.url(&file)).send().await.unwrap();
    assert_eq!(header(&again, "etag"), file_etag);
    assert_eq!(app.state.pages.counts().1, misses, "served from the cache");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cache_stays_within_its_bound() {
    let bound = 1024 * 1024;
    let app = published_with(|c| c.public.cache_bytes = bound).await;
    let mut fetched = 0;
    for lang in ["en", "fr", "es", "ru", "zh", "ar"] {
        for sub in [
            "countries/KEN/",
            "",
            "ranking/",
            "methodology/",
            "robustness/",
            "data/",
        ] {
            let r = app
                .client
                .get(app.url(&format!("/results/{EDITION}/v1/{sub}")))
                .header("cookie", format!("lang={lang}"))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200);
            fetched += r.bytes().await.unwrap().len();
            let (bytes, _) = app.state.pages.usage();
            assert!(bytes as u64 <= bound, "{bytes} bytes held");
        }
    }
    let (bytes, entries) = app.state.pages.usage();
    assert!(
        fetched as u64 > bound,
        "the pages ({fetched} bytes) do not fit"
    );
    assert!(
        entries < 36 && entries > 0,
        "{entries} entries, {bytes} bytes"
    );
    // The most recent page is still there.
    let (_, misses) = app.state.pages.counts();
    app.client
        .get(app.url(&format!("/results/{EDITION}/v1/data/")))
        .header("cookie", "lang=ar")
        .send()
        .await
        .unwrap();
    assert_eq!(app.state.pages.counts().1, misses);
}

/// With the page cache off, every public page renders; once the publication is loaded, none of
/// them reads its frozen documents (framework, answers, results document) from the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn public_pages_read_the_frozen_documents_once() {
    let app = published_with(|c| c.public.cache_bytes = 0).await;
    let first = app
        .client
        .get(app.url(&format!("/results/{EDITION}/v1/")))
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), 200);
    assert_eq!(first.headers()["cache-control"], "public, max-age=300");
    let reads = app.state.store.document_reads();
    assert!(reads >= 1);
    for sub in [
        "",
        "countries/KEN/",
        "ranking/",
        "methodology/",
        "map-score/",
        "data/",
        "search/",
        "search/?q=zz",
        "search/countries.json",
    ] {
        for lang in ["en", "ar"] {
            let r = app
                .client
                .get(app.url(&format!("/results/{EDITION}/v1/{sub}")))
                .header("cookie", format!("lang={lang}"))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 200, "{sub}");
        }
        assert_eq!(
            app.state.store.document_reads(),
            reads,
            "{sub} read the frozen documents again"
        );
    }
    for path in [
        "/results/".to_string(),
        format!("/opendata/{EDITION}/v1/scores.csv"),
        format!("/api/v1/editions/{EDITION}/results"),
    ] {
        assert_eq!(
            app.client
                .get(app.url(&path))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
        assert_eq!(app.state.store.document_reads(), reads, "{path}");
    }
    assert_eq!(
        app.state.pages.usage(),
        (0, 0),
        "a cache of 0 bytes keeps nothing"
    );
}

/// While `serve --demo` prepares its data, the server already answers: pages say so in the
/// reader's language with `503` and `Retry-After` and reload themselves, the API answers `503`
/// in JSON, the stylesheet and health still work, and `/readyz` is not ready until it is done.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demonstration_being_prepared_is_said_and_not_ready() {
    let app = TestApp::new().await;
    app.state.preparing.start();
    for (lang, title) in [
        ("en", "Preparing the demonstration"),
        ("fr", "Préparation de la démonstration"),
        ("ar", "جارٍ إعداد العرض التوضيحي"),
    ] {
        for path in ["/", "/results/", "/login"] {
            let r = app
                .client
                .get(app.url(path))
                .header("cookie", format!("lang={lang}"))
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 503, "{path}");
            assert_eq!(header(&r, "retry-after"), "2");
            assert_eq!(header(&r, "cache-control"), "no-store");
            let html = r.text().await.unwrap();
            assert!(html.contains(title), "{lang} {path}: {html}");
            assert!(html.contains("http-equiv=\"refresh\""), "it reloads itself");
            assert!(html.contains("role=\"status\""), "screen readers hear it");
            assert!(html.contains(&format!("lang=\"{lang}\"")));
        }
    }
    let api = app
        .client
        .get(app.url(&format!("/api/v1/editions/{EDITION}/results")))
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 503);
    let body: Value = api.json().await.unwrap();
    assert_eq!(body["error"]["code"], "unavailable");
    assert_eq!(
        app.client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        app.client
            .get(app.url("/static/app.css"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let ready = app.client.get(app.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 503);
    let ready: Value = ready.json().await.unwrap();
    assert_eq!(ready["ready"], false);
    assert!(
        ready["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "demonstration" && c["ok"] == false),
        "{ready}"
    );
    app.state.preparing.done();
    assert_eq!(
        app.client
            .get(app.url("/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        app.client
            .get(app.url("/results/"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}
