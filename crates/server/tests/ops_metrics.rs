//! Operations (issue 13, items 3 and 4): `/healthz`, `/readyz` and what makes it fail,
//! `/metrics` parsed with a real Prometheus text-format parser, where `/metrics` is served, the
//! request id (kept from a proxy only when short and plain, echoed, shown on error pages), the
//! JSON log, and the configuration keys `metrics_listen` and `log_format`.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use common::{EDITION, Side, TestApp};
use openmetrics_parser::{MetricsExposition, PrometheusType, PrometheusValue};
use reqwest::Method;
use serde_json::Value;

const ANSWER_ROUTE: &str = "/api/v1/editions/{edition}/responses/{country}/answers/{question}";

type Exposition = MetricsExposition<PrometheusType, PrometheusValue>;

/// Scrapes `/metrics` with the admin's token and parses it; the parser refuses anything that is
/// not the Prometheus text format.
async fn scrape(app: &TestApp) -> Exposition {
    let r = app
        .api(Method::GET, "/metrics", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(
        r.headers()["content-type"],
        "text/plain; version=0.0.4; charset=utf-8"
    );
    parse(&r.text().await.unwrap())
}

fn parse(text: &str) -> Exposition {
    openmetrics_parser::prometheus::parse_prometheus(text)
        .unwrap_or_else(|e| panic!("not the Prometheus text format ({e:?}):\n{text}"))
}

/// The samples of `family` whose labels include `labels`, as (all labels, value).
fn samples<'a>(
    metrics: &'a Exposition,
    family: &str,
    labels: &[(&str, &str)],
) -> Vec<(HashMap<String, String>, &'a PrometheusValue)> {
    let Some(family) = metrics.families.get(family) else {
        return Vec::new();
    };
    family
        .iter_samples()
        .filter_map(|s| {
            let set: HashMap<String, String> = s
                .get_labelset()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            labels
                .iter()
                .all(|(k, v)| set.get(*k).map(String::as_str) == Some(*v))
                .then_some((set, &s.value))
        })
        .collect()
}

/// The value of the one counter or gauge sample of `family` with `labels` (0 when absent).
fn value(metrics: &Exposition, family: &str, labels: &[(&str, &str)]) -> f64 {
    let found = samples(metrics, family, labels);
    assert!(found.len() <= 1, "{family} {labels:?}: {found:?}");
    match found.first().map(|(_, v)| *v) {
        None => 0.0,
        Some(PrometheusValue::Counter(c)) => c.value.as_f64(),
        Some(PrometheusValue::Gauge(g) | PrometheusValue::Unknown(g)) => g.as_f64(),
        Some(other) => panic!("{family}: not a counter or gauge: {other:?}"),
    }
}

fn histogram<'a>(
    metrics: &'a Exposition,
    family: &str,
    labels: &[(&str, &str)],
) -> &'a openmetrics_parser::HistogramValue {
    let found = samples(metrics, family, labels);
    assert_eq!(found.len(), 1, "{family} {labels:?}: {found:?}");
    match found[0].1 {
        PrometheusValue::Histogram(h) => h,
        other => panic!("{family}: not a histogram: {other:?}"),
    }
}

async fn save(app: &TestApp, value: &str, version: i64) -> reqwest::Response {
    app.api(
        Method::PUT,
        &format!("/api/v1/editions/{EDITION}/responses/KEN/answers/LEG1.1"),
        "focal-ken",
    )
    .json(&serde_json::json!({"value": value, "version": version}))
    .send()
    .await
    .unwrap()
}

async fn readyz(app: &TestApp) -> (u16, Value) {
    let r = app.client.get(app.url("/readyz")).send().await.unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap())
}

/// The readiness checks as name → problem (`None` when it passed).
fn checks(body: &Value) -> Vec<(String, Option<String>)> {
    body["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c["ok"].as_bool().unwrap(), c["problem"].is_null(), "{c}");
            (
                c["name"].as_str().unwrap().to_string(),
                c["problem"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[tokio::test]
async fn healthz_says_the_process_is_up() {
    let app = TestApp::new().await;
    let r = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("x-request-id"));
    assert_eq!(r.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn readyz_is_ready_when_the_database_migrations_and_evidence_directory_are() {
    let app = TestApp::new().await;
    let (status, body) = readyz(&app).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["ready"], true);
    assert_eq!(
        checks(&body),
        [
            ("database".to_string(), None),
            ("migrations".to_string(), None),
            ("evidence".to_string(), None),
        ]
    );
    // The probe leaves nothing behind in the evidence directory.
    let left: Vec<_> = std::fs::read_dir(app.state.config.evidence_dir())
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test]
async fn readyz_fails_on_an_evidence_directory_that_takes_no_write_and_says_so() {
    let app = TestApp::new().await;
    // A file where the directory should be: no file can be written below it (even as root,
    // for whom permission bits would not stop the write).
    let dir = app.state.config.evidence_dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::write(&dir, "not a directory").unwrap();
    let (status, body) = readyz(&app).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["ready"], false);
    let checks = checks(&body);
    assert_eq!(checks[0], ("database".to_string(), None));
    assert_eq!(checks[1], ("migrations".to_string(), None));
    assert_eq!(checks[2].0, "evidence");
    let problem = checks[2].1.as_deref().unwrap();
    assert!(problem.contains("not writable"), "{problem}");
    // No path in the public body: it goes to the log.
    assert!(
        !body.to_string().contains(&dir.display().to_string()),
        "{body}"
    );
    // Repaired, the instance is ready again.
    std::fs::remove_file(&dir).unwrap();
    assert_eq!(readyz(&app).await.0, 200);
}

#[tokio::test]
async fn readyz_fails_when_the_database_is_gone_and_says_which_check() {
    let app = TestApp::new().await;
    assert_eq!(readyz(&app).await.0, 200);
    app.state.store.close().await;
    let (status, body) = readyz(&app).await;
    assert_eq!(status, 503, "{body}");
    let checks = checks(&body);
    assert_eq!(checks[0].0, "database");
    assert!(
        checks[0]
            .1
            .as_deref()
            .unwrap()
            .contains("database does not answer"),
        "{body}"
    );
    assert_eq!(checks[2], ("evidence".to_string(), None));
    // /healthz still says the process is up.
    let r = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
}

#[tokio::test]
async fn readyz_fails_on_a_database_migrated_by_a_newer_build() {
    let app = TestApp::new().await;
    let mut side = Side::open(&app).await;
    let insert = match side {
        Side::Sqlite(_) => {
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (29991231000001, 'from a newer build', TRUE, X'00', 0)"
        }
        Side::Postgres(_) => {
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES (29991231000001, 'from a newer build', TRUE, '\\x00'::bytea, 0)"
        }
    };
    side.execute(insert).await.unwrap();
    let (status, body) = readyz(&app).await;
    assert_eq!(status, 503, "{body}");
    let checks = checks(&body);
    assert_eq!(checks[0], ("database".to_string(), None));
    assert_eq!(checks[1].0, "migrations");
    let problem = checks[1].1.as_deref().unwrap();
    assert!(
        problem.contains("unknown to this build: 29991231000001"),
        "{problem}"
    );
    side.execute("DELETE FROM _sqlx_migrations WHERE version = 29991231000001")
        .await
        .unwrap();
    assert_eq!(readyz(&app).await.0, 200);
}

#[tokio::test]
async fn metrics_count_saves_requests_batches_and_queues_in_the_prometheus_text_format() {
    let app = TestApp::new().await;
    let before = scrape(&app).await;
    let put_200 = [
        ("method", "PUT"),
        ("route", ANSWER_ROUTE),
        ("status", "200"),
    ];
    let saved = [("outcome", "saved")];
    assert_eq!(value(&before, "cyberindex_answer_saves_total", &saved), 0.0);
    let requests_before = value(&before, "cyberindex_http_requests_total", &put_200);

    const N: i64 = 5;
    for version in 0..N {
        let value = if version % 2 == 0 {
            "in-place"
        } else {
            "not-in-place"
        };
        assert_eq!(save(&app, value, version).await.status(), 200);
    }
    // A stale version is refused by the store's check: a save refused, a 409.
    assert_eq!(save(&app, "in-place", 0).await.status(), 409);
    // The email queue: one message waiting, one whose sending failed.
    let store = &app.state.store;
    store.push_outbox("a@example.org", "s", "b").await.unwrap();
    let failed = store.push_outbox("b@example.org", "s", "b").await.unwrap();
    store
        .mark_sent(failed, Some("connection refused"))
        .await
        .unwrap();

    let after = scrape(&app).await;
    assert_eq!(
        value(&after, "cyberindex_answer_saves_total", &saved),
        N as f64
    );
    assert_eq!(
        value(
            &after,
            "cyberindex_answer_saves_total",
            &[("outcome", "refused")]
        ),
        1.0
    );
    assert_eq!(
        value(
            &after,
            "cyberindex_answer_saves_total",
            &[("outcome", "failed")]
        ),
        0.0
    );
    assert_eq!(
        value(&after, "cyberindex_http_requests_total", &put_200) - requests_before,
        N as f64
    );
    assert_eq!(
        value(
            &after,
            "cyberindex_http_requests_total",
            &[
                ("method", "PUT"),
                ("route", ANSWER_ROUTE),
                ("status", "409")
            ]
        ),
        1.0
    );
    // Never the raw URL: no label holds the edition's or the country's value.
    for family in after.families.values() {
        for sample in family.iter_samples() {
            for (_, label) in sample.get_labelset().unwrap().iter() {
                assert!(
                    !label.contains(EDITION) && !label.contains("KEN"),
                    "{label}"
                );
            }
        }
    }
    // Latency: one observation per request of the route, in buckets that add up.
    let latency = histogram(
        &after,
        "cyberindex_http_request_duration_seconds",
        &[("method", "PUT"), ("route", ANSWER_ROUTE)],
    );
    assert_eq!(latency.count, Some(N as u64 + 1));
    let inf = latency
        .buckets
        .iter()
        .find(|b| b.upper_bound.is_infinite())
        .unwrap();
    assert_eq!(inf.count.as_f64(), (N + 1) as f64);
    // Batches: the saves went one after the other, so each was its own batch (6 in all, the
    // refused one included); the histogram's sum is the saves they carried.
    let batches = histogram(&after, "cyberindex_answer_save_batch_size", &[]);
    assert_eq!(batches.count, Some(N as u64 + 1));
    assert_eq!(
        batches.sum.as_ref().unwrap().as_f64(),
        (N + 1) as f64,
        "{batches:?}"
    );
    let one = batches
        .buckets
        .iter()
        .find(|b| b.upper_bound == 1.0)
        .unwrap();
    assert_eq!(one.count.as_f64(), (N + 1) as f64);
    // Queues.
    let state = |s| [("state", s)];
    assert_eq!(
        value(
            &after,
            "cyberindex_email_outbox_messages",
            &state("pending")
        ),
        1.0
    );
    assert_eq!(
        value(&after, "cyberindex_email_outbox_messages", &state("failed")),
        1.0
    );
    assert_eq!(
        value(&after, "cyberindex_webhook_deliveries", &state("pending")),
        0.0
    );
    assert_eq!(
        samples(&after, "cyberindex_webhook_deliveries", &[]).len(),
        2
    );
    // The pool: within its bounds, and the database answered.
    assert_eq!(value(&after, "cyberindex_db_up", &[]), 1.0);
    let max = value(&after, "cyberindex_db_pool_max_connections", &[]);
    let idle = value(&after, "cyberindex_db_pool_connections", &state("idle"));
    let busy = value(&after, "cyberindex_db_pool_connections", &state("in_use"));
    assert!(
        max >= 4.0 && idle + busy >= 1.0 && idle + busy <= max,
        "{max} {idle} {busy}"
    );
    // The build.
    let build = samples(&after, "cyberindex_build_info", &[]);
    assert_eq!(build.len(), 1);
    assert_eq!(build[0].0["version"], env!("CARGO_PKG_VERSION"));
}

#[tokio::test]
async fn metrics_show_webhook_deliveries_waiting_and_given_up() {
    // 127.0.0.1 is allowed (its port 1 refuses connections: a retry, an hour later), 127.0.0.2
    // is not (a forbidden destination is given up at once).
    let app = TestApp::with(|c| {
        c.webhook_allowed_hosts = vec!["127.0.0.1".into()];
        c.webhook_retry_ms = 3_600_000;
    })
    .await;
    let store = &app.state.store;
    store
        .create_webhook("http://127.0.0.1:1/hook", "secret-one", None)
        .await
        .unwrap();
    store
        .create_webhook("http://127.0.0.2:1/hook", "secret-two", None)
        .await
        .unwrap();
    let queue = |metrics: &Exposition| {
        (
            value(
                metrics,
                "cyberindex_webhook_deliveries",
                &[("state", "pending")],
            ),
            value(
                metrics,
                "cyberindex_webhook_deliveries",
                &[("state", "failed")],
            ),
        )
    };
    assert_eq!(queue(&scrape(&app).await), (0.0, 0.0));
    // A submission queues one delivery per webhook.
    use cyberindex_store::Status;
    store
        .set_status(
            EDITION,
            "KEN",
            &[Status::NotStarted, Status::InProgress],
            Status::Submitted,
            None,
        )
        .await
        .unwrap();
    // The delivery worker attempts both within a second or so.
    let mut last = (0.0, 0.0);
    for _ in 0..100 {
        last = queue(&scrape(&app).await);
        if last == (1.0, 1.0) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(last, (1.0, 1.0), "(pending, failed)");
}

#[tokio::test]
async fn metrics_on_the_main_address_are_for_administrators_only() {
    let app = TestApp::new().await;
    for caller in ["focal-ken", "reviewer", "observer-ken"] {
        let r = app
            .api(Method::GET, "/metrics", caller)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{caller}");
        assert!(!r.text().await.unwrap().contains("cyberindex_build_info"));
    }
    let anonymous = app.client.get(app.url("/metrics")).send().await.unwrap();
    assert_ne!(anonymous.status(), 200);
    assert!(
        !anonymous
            .text()
            .await
            .unwrap()
            .contains("cyberindex_build_info")
    );
    // An administrator's browser session works as well as a token.
    let r = app
        .page(Method::GET, "/metrics", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    parse(&r.text().await.unwrap());
}

#[tokio::test]
async fn with_metrics_listen_metrics_are_served_only_on_the_second_address() {
    let app = TestApp::with(|c| c.metrics_listen = Some("127.0.0.1:0".parse().unwrap())).await;
    // Not on the main address, even for an administrator.
    let r = app
        .api(Method::GET, "/metrics", "admin")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    // The second address serves the same registry without sign-in, as `serve` binds it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = cyberindex_server::ops::metrics::router(app.state.clone());
    let server = tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    assert_eq!(save(&app, "in-place", 0).await.status(), 200);
    let r = app
        .client
        .get(format!("http://{address}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let metrics = parse(&r.text().await.unwrap());
    assert_eq!(
        value(
            &metrics,
            "cyberindex_answer_saves_total",
            &[("outcome", "saved")]
        ),
        1.0
    );
    assert_eq!(
        value(
            &metrics,
            "cyberindex_http_requests_total",
            &[
                ("method", "PUT"),
                ("route", ANSWER_ROUTE),
                ("status", "200")
            ]
        ),
        1.0
    );
    // Only /metrics there.
    let other = app
        .client
        .get(format!("http://{address}/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 404);
    server.abort();
}

fn request_id(r: &reqwest::Response) -> String {
    r.headers()["x-request-id"].to_str().unwrap().to_string()
}

#[tokio::test]
async fn the_request_id_is_echoed_and_shown_on_a_404_page_in_the_reader_s_language() {
    let app = TestApp::new().await;
    // A new id when none came.
    let r = app
        .client
        .get(app.url("/no-such-page"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let id = request_id(&r);
    assert!(
        id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()),
        "{id}"
    );
    let page = r.text().await.unwrap();
    assert!(
        page.contains(&format!("Reference for support: {id}.")),
        "{page}"
    );
    // Each request its own.
    let again = app
        .client
        .get(app.url("/no-such-page"))
        .send()
        .await
        .unwrap();
    assert_ne!(request_id(&again), id);
    // A proxy's short, plain id is kept, echoed and shown, here in French.
    let proxy_id = "edge-7f3a.2026_12";
    let r = app
        .client
        .get(app.url("/no-such-page"))
        .header("X-Request-Id", proxy_id)
        .header("Cookie", "lang=fr")
        .send()
        .await
        .unwrap();
    assert_eq!(request_id(&r), proxy_id);
    let page = r.text().await.unwrap();
    assert!(
        page.contains(&format!("Référence pour l’assistance : {proxy_id}.")),
        "{page}"
    );
    // API errors carry it in the header.
    let r = app
        .api(
            Method::GET,
            &format!("/api/v1/editions/{EDITION}/responses/XXX"),
            "admin",
        )
        .header("X-Request-Id", proxy_id)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert_eq!(request_id(&r), proxy_id);
}

#[tokio::test]
async fn a_500_page_shows_the_request_id() {
    let app = TestApp::new().await;
    assert_eq!(save(&app, "in-place", 0).await.status(), 200);
    Side::open(&app).await.damage_provenance().await;
    let r = app
        .page(
            Method::GET,
            &format!("/editions/{EDITION}/countries/KEN"),
            "focal-ken",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 500);
    let id = request_id(&r);
    let page = r.text().await.unwrap();
    assert!(page.contains("<html"), "{page}");
    assert!(
        page.contains(&format!("Reference for support: {id}.")),
        "{page}"
    );
}

#[tokio::test]
async fn a_proxy_s_long_or_unusual_request_id_is_replaced() {
    let app = TestApp::new().await;
    let long = "a".repeat(65);
    for sent in [
        long.as_str(),
        "two words",
        "<script>alert(1)</script>",
        "id\"quoted",
        "path/like",
        "naïve",
    ] {
        let r = app
            .client
            .get(app.url("/no-such-page"))
            .header("X-Request-Id", sent)
            .send()
            .await
            .unwrap();
        let id = request_id(&r);
        assert_ne!(id, sent);
        assert!(
            id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()),
            "{id}"
        );
        let page = r.text().await.unwrap();
        assert!(page.contains(&id), "{page}");
        assert!(!page.contains("<script>alert"), "{page}");
    }
    // 64 characters is still short enough.
    let longest = "b".repeat(64);
    let r = app
        .client
        .get(app.url("/healthz"))
        .header("X-Request-Id", &longest)
        .send()
        .await
        .unwrap();
    assert_eq!(request_id(&r), longest);
}

/// A `MakeWriter` into a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// The JSON log of this test binary, the way `cyberindex serve --log-format json` writes it
/// (`ops::logs::subscriber`), captured. It is the process's global subscriber: a thread's own
/// default is not enough, since a callsite first reached on another test's thread would be
/// cached as of no interest to anyone.
fn json_log() -> &'static Captured {
    static LOG: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOG.get_or_init(|| {
        let captured = Captured::default();
        let subscriber = cyberindex_server::ops::logs::subscriber(
            cyberindex_server::config::LogFormat::Json,
            tracing_subscriber::EnvFilter::new("info"),
            captured.clone(),
            false,
        );
        tracing::subscriber::set_global_default(subscriber).unwrap();
        captured
    })
}

#[tokio::test]
async fn json_log_lines_carry_the_request_id_and_route_template_never_the_raw_path() {
    let captured = json_log();
    let app = TestApp::new().await;
    let secret = "Zq8mT2vX9kLp4RwN7sYb3HcJ6dFg";
    let r = app
        .client
        .get(app.url(&format!("/password/reset/{secret}")))
        .header("X-Request-Id", "trace-me-1")
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(!text.contains(secret), "a link secret in the log: {text}");
    let line: Value = text
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .find(|v| v["span"]["id"] == "trace-me-1" && v["fields"]["message"] == "request served")
        .unwrap_or_else(|| panic!("no line for the request: {text}"));
    assert_eq!(line["span"]["name"], "request");
    assert_eq!(line["span"]["route"], "/password/reset/{token}");
    assert_eq!(line["span"]["method"], "GET");
    assert_eq!(line["fields"]["status"], status);
    assert_eq!(line["level"], "INFO");
}

#[test]
fn metrics_listen_and_log_format_are_configuration_keys() {
    use cyberindex_server::config::LogFormat;
    use cyberindex_server::{Config, Overrides};
    let dir = std::env::temp_dir().join(format!("cyberindex-ops-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let load = |toml: &str| {
        let file = dir.join("cyberindex.toml");
        std::fs::write(&file, toml).unwrap();
        Config::load(Some(&file), &Overrides::default())
    };
    let config = load("metrics_listen = \"127.0.0.1:9464\"\nlog_format = \"json\"\n").unwrap();
    assert_eq!(
        config.metrics_listen,
        Some("127.0.0.1:9464".parse().unwrap())
    );
    assert_eq!(config.log_format, LogFormat::Json);
    let config = load("").unwrap();
    assert_eq!(
        (config.metrics_listen, config.log_format),
        (None, LogFormat::Text)
    );
    let wrong = load("log_format = \"xml\"\n").unwrap_err().to_string();
    assert!(wrong.contains("log_format"), "{wrong}");
    let same = load("listen = \"127.0.0.1:8080\"\nmetrics_listen = \"127.0.0.1:8080\"\n")
        .unwrap_err()
        .to_string();
    assert!(same.contains("metrics_listen"), "{same}");
    // `--log-format` wins over the file.
    let file = dir.join("cyberindex.toml");
    std::fs::write(&file, "log_format = \"text\"\n").unwrap();
    let config = Config::load(
        Some(&file),
        &Overrides {
            log_format: Some(LogFormat::Json),
            ..Overrides::default()
        },
    )
    .unwrap();
    assert_eq!(config.log_format, LogFormat::Json);
    let _ = std::fs::remove_dir_all(&dir);
}
