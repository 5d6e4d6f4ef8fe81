//! `/metrics` in the Prometheus text format (version 0.0.4).
//!
//! What is measured:
//! - `cyberindex_http_requests_total{method, route, status}` and the latency histogram
//!   `cyberindex_http_request_duration_seconds{method, route}` (from the request to the
//!   response's headers), recorded by [`track`] for every request the router serves. `route` is
//!   the route template (axum's `MatchedPath`, such as
//!   `/api/v1/editions/{edition}/responses/{country}/answers/{question}`), or `unmatched`, and
//!   `method` one of the standard methods or `other`, never the raw URL: the number of series
//!   stays bounded whatever clients send.
//! - `cyberindex_build_info{version}` (always 1).
//! - At each scrape, from the store (`Store::stats`): `cyberindex_db_up`, the pool
//!   (`cyberindex_db_pool_connections{state="idle"|"in_use"}`, `cyberindex_db_pool_max_connections`),
//!   answer saves through the group commit (`cyberindex_answer_saves_total{outcome="saved"|
//!   "refused"|"failed"}`, and the histogram `cyberindex_answer_save_batch_size` of how many
//!   saves each commit carried), and the queues (`cyberindex_email_outbox_messages` and
//!   `cyberindex_webhook_deliveries`, each `{state="pending"|"failed"}`). Saves are counted by
//!   this instance since it started; the queues are the database's, shared by all instances.
//!
//! Where it is served: with `metrics_listen` set, only on that second address ([`router`]),
//! without sign-in, since only the operator's Prometheus should reach it; the main address then
//! answers 404. Without it, on the main address for administrators only ([`admin_scrape`]: a
//! session, or an admin's API token as Prometheus' `authorization` credentials), since the
//! figures (queue lengths, activity by route) are not for everyone.
//!
//! The registry is `prometheus-client` (the Prometheus project's own Rust client: a few small
//! dependencies, one registry per server rather than a process-wide recorder, so test servers in
//! one process count apart, and a real text encoder with label escaping) rather than text
//! written by hand.

use std::time::Instant;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric, NoLabelSet};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// Upper bounds of the latency buckets, in seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct StateLabels {
    state: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: String,
}

/// The server's own metrics: requests and latency by route, and the build.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("cyberindex");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "Requests served, by method, route template and status",
            requests.clone(),
        );
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(LATENCY_BUCKETS)
        });
        registry.register(
            "http_request_duration_seconds",
            "Time from a request to its response's headers, by method and route template",
            latency.clone(),
        );
        registry.register(
            "build",
            "The version of cyberindex serving",
            Info::new(vec![("version", env!("CARGO_PKG_VERSION"))]),
        );
        Self {
            registry,
            requests,
            latency,
        }
    }
}

impl Metrics {
    fn record(&self, method: &Method, route: String, status: u16, seconds: f64) {
        let method = match *method {
            Method::GET
            | Method::HEAD
            | Method::POST
            | Method::PUT
            | Method::DELETE
            | Method::PATCH
            | Method::OPTIONS => method.as_str().to_string(),
            _ => "other".to_string(),
        };
        self.latency
            .get_or_create(&RouteLabels {
                method: method.clone(),
                route: route.clone(),
            })
            .observe(seconds);
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route,
                status,
            })
            .inc();
    }
}

/// Counts every request by method, route template and status, and times it.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method().clone();
    let route = super::request_id::route(&request);
    let started = Instant::now();
    let response = next.run(request).await;
    state.metrics.record(
        &method,
        route,
        response.status().as_u16(),
        started.elapsed().as_secs_f64(),
    );
    response
}

/// The store's figures at one scrape, written as metrics.
#[derive(Debug)]
struct StoreFigures(Option<cyberindex_store::StoreStats>);

impl Collector for StoreFigures {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let up = Gauge::<i64>::default();
        up.set(i64::from(self.0.is_some()));
        up.encode(encoder.encode_descriptor(
            "db_up",
            "Whether the database answered this scrape's queries (1) or not (0)",
            None,
            up.metric_type(),
        )?)?;
        let Some(stats) = &self.0 else {
            return Ok(());
        };
        let states = |pairs: &[(&str, u64)]| {
            let family = Family::<StateLabels, Gauge>::default();
            for (state, n) in pairs {
                family
                    .get_or_create(&StateLabels {
                        state: (*state).to_string(),
                    })
                    .set(i64::try_from(*n).unwrap_or(i64::MAX));
            }
            family
        };
        let pool = states(&[
            ("idle", u64::from(stats.pool_idle)),
            (
                "in_use",
                u64::from(stats.pool_size.saturating_sub(stats.pool_idle)),
            ),
        ]);
        pool.encode(encoder.encode_descriptor(
            "db_pool_connections",
            "Connections of the database pool, idle or in use (the group commit's own connection aside)",
            None,
            MetricType::Gauge,
        )?)?;
        let max = Gauge::<i64>::default();
        max.set(i64::from(stats.pool_max));
        max.encode(encoder.encode_descriptor(
            "db_pool_max_connections",
            "The most connections the database pool opens",
            None,
            MetricType::Gauge,
        )?)?;
        let saves = Family::<OutcomeLabels, Counter>::default();
        for (outcome, n) in [
            ("saved", stats.saves.saved),
            ("refused", stats.saves.refused),
            ("failed", stats.saves.failed),
        ] {
            saves
                .get_or_create(&OutcomeLabels {
                    outcome: outcome.to_string(),
                })
                .inc_by(n);
        }
        saves.encode(encoder.encode_descriptor(
            "answer_saves",
            "Answer saves through the group commit since this instance started: saved, refused by a check (conflict, locked…), or failed with their batch (the database failed)",
            None,
            MetricType::Counter,
        )?)?;
        let buckets: Vec<(f64, u64)> = stats
            .saves
            .batch_buckets
            .iter()
            .map(|&(bound, n)| (bound as f64, n))
            .collect();
        encoder
            .encode_descriptor(
                "answer_save_batch_size",
                "Answer saves per group commit (one transaction and one disk sync each)",
                None,
                MetricType::Histogram,
            )?
            .encode_histogram::<NoLabelSet>(
                stats.saves.batch_saves as f64,
                stats.saves.batches,
                &buckets,
                None,
            )?;
        states(&[
            ("pending", stats.outbox_pending),
            ("failed", stats.outbox_failed),
        ])
        .encode(encoder.encode_descriptor(
            "email_outbox_messages",
            "Emails in the outbox not sent yet (pending: waiting, or no SMTP configured) or whose sending failed",
            None,
            MetricType::Gauge,
        )?)?;
        states(&[
            ("pending", stats.webhooks_pending),
            ("failed", stats.webhooks_failed),
        ])
        .encode(encoder.encode_descriptor(
            "webhook_deliveries",
            "Webhook deliveries waiting for an attempt or a retry (pending), or given up after their last attempt (failed)",
            None,
            MetricType::Gauge,
        )?)?;
        Ok(())
    }
}

/// The whole text of a scrape: the server's metrics, then the store's figures read now.
pub async fn render(state: &AppState) -> String {
    let stats = match state.store.stats().await {
        Ok(stats) => Some(stats),
        Err(e) => {
            tracing::warn!(error = %e, "metrics: the store's figures could not be read");
            None
        }
    };
    let mut figures = Registry::with_prefix("cyberindex");
    figures.register_collector(Box::new(StoreFigures(stats)));
    let mut text = String::new();
    // Writing into a String cannot fail.
    let _ =
        prometheus_client::encoding::prometheus_text::encode(&mut text, &state.metrics.registry);
    let _ = prometheus_client::encoding::prometheus_text::encode(&mut text, &figures);
    text
}

fn scrape_response(text: String) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            prometheus_client::encoding::prometheus_text::CONTENT_TYPE,
        )],
        text,
    )
        .into_response()
}

/// `GET /metrics` on the main address (when `metrics_listen` is unset): administrators only.
pub async fn admin_scrape(State(state): State<AppState>, signed: SignedIn) -> AppResult<Response> {
    signed.admin()?;
    Ok(scrape_response(render(&state).await))
}

/// The router of the separate metrics address (`metrics_listen`): `GET /metrics`, nothing else.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route(
            "/metrics",
            get(|State(state): State<AppState>| async move {
                scrape_response(render(&state).await)
            }),
        )
        .with_state(state)
}

/// `/metrics` on the main address: there only when `metrics_listen` is unset.
pub fn on_main_address(config: &crate::config::Config) -> Router<AppState> {
    let routes = Router::new();
    if config.metrics_listen.is_none() {
        routes.route("/metrics", get(admin_scrape))
    } else {
        routes
    }
}
