//! While `serve --demo` creates the demonstration data (some seconds on a fresh data folder), the
//! server already listens: every request but `/healthz`, `/readyz` and `/static/…` gets `503` with
//! `Retry-After` and, for people, a page in their language that says so and reloads itself;
//! `/readyz` reports the `demonstration` check as failing until the data is ready.

use std::sync::atomic::{AtomicBool, Ordering};

use askama::Template;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::i18n::Tr;
use crate::state::AppState;

/// Seconds a client is asked to wait before trying again.
pub const RETRY_AFTER: u32 = 2;

/// Whether the demonstration data is still being made (false on every other server).
#[derive(Debug, Default)]
pub struct Preparing(AtomicBool);

impl Preparing {
    pub fn start(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn done(&self) {
        self.0.store(false, Ordering::SeqCst);
    }

    pub fn now(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

#[derive(Template)]
#[template(path = "preparing.html")]
struct PreparingPage {
    tr: Tr,
    retry_after: u32,
    here: String,
}

/// The middleware: `503` for everything but health, readiness and the static files while the
/// demonstration is being prepared.
pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !state.preparing.now() {
        return next.run(request).await;
    }
    let path = request.uri().path();
    if path == "/healthz" || path == "/readyz" || path.starts_with("/static/") {
        return next.run(request).await;
    }
    let here = request
        .uri()
        .path_and_query()
        .map_or_else(|| path.to_string(), |p| p.as_str().to_string());
    let api = path.starts_with("/api/");
    let (mut parts, _) = request.into_parts();
    let Ok(tr) = Tr::from_request_parts(&mut parts, &()).await;
    let mut response = if api {
        axum::Json(serde_json::json!({
            "error": { "code": "unavailable", "message": tr.t("preparing-text") }
        }))
        .into_response()
    } else {
        let page = PreparingPage {
            tr,
            retry_after: RETRY_AFTER,
            here,
        };
        match page.render() {
            Ok(html) => Html(html).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "preparing page");
                tr.t("preparing-text").into_response()
            }
        }
    };
    *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
    let headers = response.headers_mut();
    headers.insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
