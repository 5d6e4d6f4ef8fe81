//! A request id for every request, so that a user can quote it to support and an operator can
//! find the request's log lines.
//!
//! The id is taken from the client's `X-Request-Id` only when it is short and plain (1 to
//! [`MAX_LEN`] characters of `A-Z a-z 0-9 - _ .`), as a reverse proxy that sets one sends it;
//! anything else (too long, spaces, quotes, control characters: text meant to forge log lines
//! or pages) is replaced by a new random id (128 bits, hex). The id goes into the request's
//! extensions ([`RequestId`], read by the error pages), into the `request` tracing span that
//! every log line of the request carries (with the method and the route template, never the
//! raw path, whose segments can be secrets), and back out in the `X-Request-Id` header.
//!
//! Our own middleware rather than tower-http's request-id layer: that one keeps any incoming
//! header as it is, and the validation is the point here.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing::Instrument;

/// The header that carries the id, both ways.
pub const HEADER: &str = "x-request-id";

/// The longest incoming id kept.
pub const MAX_LEN: usize = 64;

/// The id of the request being served (a request extension).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

/// Whether an incoming id is short and plain enough to keep.
pub fn acceptable(id: &str) -> bool {
    (1..=MAX_LEN).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// A new id: 128 random bits in hex.
pub fn generate() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    hex::encode(bytes)
}

/// The route template of a request (`/editions/{edition}/…`), or `unmatched` when no route
/// matched: a bounded set, for log fields and metric labels.
pub fn route(request: &Request) -> String {
    request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string())
}

/// Gives the request its id and span, serves it, writes one log line for it (status and
/// milliseconds) and echoes the id.
pub async fn middleware(mut request: Request, next: Next) -> Response {
    let id = request
        .headers()
        .get(HEADER)
        .and_then(|v| v.to_str().ok())
        .filter(|v| acceptable(v))
        .map_or_else(generate, str::to_string);
    let span = tracing::info_span!(
        "request",
        id = %id,
        method = %request.method(),
        route = %route(&request),
    );
    request.extensions_mut().insert(RequestId(id.clone()));
    let started = Instant::now();
    let mut response = next.run(request).instrument(span.clone()).await;
    let status = response.status().as_u16();
    let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    span.in_scope(|| tracing::info!(status, ms, "request served"));
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(HEADER, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_plain_ids_are_kept() {
        for kept in ["a", "req-1_2.3", "0123456789abcdef", &"x".repeat(64)] {
            assert!(acceptable(kept), "{kept}");
        }
        for refused in [
            "",
            &"x".repeat(65),
            "two words",
            "quote\"d",
            "line\nbreak",
            "<script>",
            "é",
            "a/b",
        ] {
            assert!(!acceptable(refused), "{refused:?}");
        }
        let new = generate();
        assert!(acceptable(&new) && new.len() == 32, "{new}");
        assert_ne!(generate(), new);
    }
}
