//! HTTP caching of the public results site (`/results/…`, `/opendata/…`), so that readers on
//! slow links and the caches between them fetch a page or a file once.
//!
//! Every successful `GET` gets a strong `ETag` (the first 128 bits of the SHA-256 of the bytes
//! sent, so each content coding has its own) and a request whose `If-None-Match` names it gets
//! `304 Not Modified` without a body. `Cache-Control` follows what can change:
//!
//! | What | Cache-Control |
//! |---|---|
//! | a published version's files: `/opendata/{edition}/v{n}/…`, charts (`charts/{id}.svg|png|csv`), `profile.pdf`, `report.pdf`, `countries.json` | `public, max-age=31536000, immutable` |
//! | a published version's pages, read anonymously | `public, max-age=300` (their chrome links to a newer version once one exists) |
//! | the latest aliases (`/results/`, `/results/{edition}/`) | `public, max-age=60` |
//! | anything read signed in | `private, no-cache` (the page names the reader) |
//!
//! Pages and files are in the reader's language, chosen by the `lang` cookie or
//! `Accept-Language`, so responses carry `Vary: Accept-Language, Cookie`. The layer sits
//! outside compression: it hashes and answers for exactly what goes on the wire.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

/// How long a response may be cached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A published version's file: never changes.
    Immutable,
    /// A published version's page.
    Page,
    /// A page that points at whatever is latest.
    Latest,
}

/// The class of a public path, or `None` outside the public results site.
pub fn class_of(path: &str) -> Option<Class> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let versioned = |p: &str| {
        p.strip_prefix('v')
            .is_some_and(|n| n.parse::<u32>().is_ok())
    };
    match parts.as_slice() {
        ["opendata", _, v, ..] if versioned(v) => Some(Class::Immutable),
        ["results", ""] | ["results", _, ""] => Some(Class::Latest),
        ["results", _, v, rest @ ..] if versioned(v) => {
            let last = rest.last().copied().unwrap_or("");
            let file = !last.is_empty() && last.contains('.');
            Some(if file { Class::Immutable } else { Class::Page })
        }
        _ => None,
    }
}

fn matches(if_none_match: &str, etag: &str) -> bool {
    if_none_match.split(',').any(|t| {
        let t = t.trim();
        t == "*" || t.trim_start_matches("W/") == etag
    })
}

/// The middleware (outermost, outside compression).
pub async fn middleware(request: Request, next: Next) -> Response {
    let Some(class) = class_of(request.uri().path()) else {
        return next.run(request).await;
    };
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return next.run(request).await;
    }
    let head = request.method() == Method::HEAD;
    let signed_in = crate::auth::cookie(request.headers(), crate::auth::SESSION_COOKIE).is_some();
    let if_none_match = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let response = next.run(request).await;
    if response.status() != StatusCode::OK {
        return response;
    }
    let cache_control = match (class, signed_in) {
        (Class::Immutable, _) => "public, max-age=31536000, immutable",
        (_, true) => "private, no-cache",
        (Class::Page, false) => "public, max-age=300",
        (Class::Latest, false) => "public, max-age=60",
    };
    let (mut parts, body) = response.into_parts();
    parts.headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    parts.headers.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Encoding, Accept-Language, Cookie"),
    );
    if head {
        return Response::from_parts(parts, body);
    }
    let bytes = match to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "public response body not read");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let digest = Sha256::digest(&bytes);
    let etag = format!("\"{}\"", hex::encode(&digest[..16]));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        parts.headers.insert(header::ETAG, value);
    }
    if if_none_match.is_some_and(|v| matches(&v, &etag)) {
        parts.status = StatusCode::NOT_MODIFIED;
        parts.headers.remove(header::CONTENT_LENGTH);
        parts.headers.remove(header::CONTENT_TYPE);
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_classed_by_what_can_change() {
        for (path, class) in [
            ("/results/", Some(Class::Latest)),
            ("/results/gci-2026/", Some(Class::Latest)),
            ("/results/gci-2026/v3/", Some(Class::Page)),
            ("/results/gci-2026/v3/countries/KEN/", Some(Class::Page)),
            (
                "/results/gci-2026/v3/countries/KEN/profile.pdf",
                Some(Class::Immutable),
            ),
            (
                "/results/gci-2026/v3/charts/tiers.svg",
                Some(Class::Immutable),
            ),
            (
                "/results/gci-2026/v3/search/countries.json",
                Some(Class::Immutable),
            ),
            ("/opendata/gci-2026/v3/scores.csv", Some(Class::Immutable)),
            ("/opendata/gci-2026/latest/scores.csv", None),
            ("/results/gci-2026/latest/", None),
            ("/directory/", None),
            ("/api/v1/editions/x/results", None),
        ] {
            assert_eq!(class_of(path), class, "{path}");
        }
        assert!(matches("\"a\", \"b\"", "\"b\""));
        assert!(matches("W/\"b\"", "\"b\""));
        assert!(matches("*", "\"b\""));
        assert!(!matches("\"c\"", "\"b\""));
    }
}
