//! HTTP caching of the public results site (`/results/…`, `/opendata/…`, and the results API
//! `/api/v1/editions/{edition}/results`), so that publication day costs a lookup per reader, and
//! readers on slow links and the caches between them fetch a page or a file once.
//!
//! **The page cache.** An anonymous `GET` (or `HEAD`) of a public page or file is answered from
//! [`PageCache`] when it holds it: an entry is keyed by the path and query and by the reader's
//! language (the `lang` cookie, else `Accept-Language`, as [`Tr`] chooses; open-data files and the
//! API answer are the same in every language and share one entry). It holds the bytes as sent
//! without compression and, for text, compressed once with gzip and brotli, with one strong
//! `ETag` per coding (the first 128 bits of the SHA-256 of the uncompressed bytes, suffixed
//! `-gz`/`-br`). A request whose `If-None-Match` names the entry gets `304` from the lookup alone;
//! nothing is rendered. On a miss the page is rendered once (concurrent readers of the same page
//! wait for the first), compressed on a blocking thread, kept, and sent from the entry. The
//! entries stay within `[public] cache_bytes` (the least recently used go first; `0` turns the
//! cache off). A response that sets a cookie, fails, or is larger than a quarter of the bound is
//! sent but not kept.
//!
//! **Signed-in readers** never touch the cache: their pages name them. They get an `ETag` from
//! the bytes sent and `private, no-cache`.
//!
//! `Cache-Control` follows what can change:
//!
//! | What | Cache-Control | Kept in the page cache |
//! |---|---|---|
//! | a published version's files: `/opendata/{edition}/v{n}/…`, charts (`charts/{id}.svg|png|csv`), `profile.pdf`, `report.pdf`, `countries.json`; the results API with `?version=` | `public, max-age=31536000, immutable` | until evicted |
//! | a published version's pages, read anonymously | `public, max-age=300` (their chrome links to a newer version once one exists) | until a publication, at most 300 s |
//! | the latest aliases (`/results/`, `/results/{edition}/`, the results API without `?version=`) | `public, max-age=60` | until a publication, at most 60 s |
//! | anything read signed in | `private, no-cache` (the page names the reader) | never |
//!
//! A publication made through this server ([`crate::service::publish::publish`]) drops every
//! entry but the immutable ones at once; one made elsewhere (another instance, the command line)
//! shows within the age limits above.
//!
//! Pages are in the reader's language, so responses carry `Vary: Accept-Language, Cookie`, and
//! `Accept-Encoding` too when they can be compressed. The layer sits outside compression: on a
//! miss it asks the inner layers for the uncompressed bytes and compresses them itself.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

use crate::i18n::Tr;
use crate::state::AppState;

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

impl Class {
    fn cache_control(self) -> &'static str {
        match self {
            Class::Immutable => "public, max-age=31536000, immutable",
            Class::Page => "public, max-age=300",
            Class::Latest => "public, max-age=60",
        }
    }

    /// How long the server's own cache keeps it when no publication through this server says
    /// otherwise (`None`: until evicted).
    fn ttl(self) -> Option<Duration> {
        match self {
            Class::Immutable => None,
            Class::Page => Some(Duration::from_secs(300)),
            Class::Latest => Some(Duration::from_secs(60)),
        }
    }
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

/// The class of a request (the results API's class depends on its query), and whether its
/// answer is the same in every language.
fn class_of_request(path: &str, query: Option<&str>) -> Option<(Class, bool)> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    if let ["api", "v1", "editions", _, "results"] = parts.as_slice() {
        let versioned = query.is_some_and(|q| {
            q.split('&').any(|p| {
                p.strip_prefix("version=")
                    .is_some_and(|v| v.parse::<i64>().is_ok())
            })
        });
        return Some((
            if versioned {
                Class::Immutable
            } else {
                Class::Latest
            },
            true,
        ));
    }
    class_of(path).map(|c| (c, path.starts_with("/opendata/")))
}

fn matches(if_none_match: &str, etag: &str) -> bool {
    if_none_match.split(',').any(|t| {
        let t = t.trim();
        t == "*" || t.trim_start_matches("W/") == etag
    })
}

/// A content coding the cache keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Coding {
    Identity,
    Gzip,
    Brotli,
}

impl Coding {
    /// The best coding the client accepts among those an entry has (brotli, then gzip).
    fn choose(accept: &str, compressed: bool) -> Self {
        if !compressed {
            return Coding::Identity;
        }
        let accepts = |name: &str| {
            accept.split(',').any(|part| {
                let mut pieces = part.trim().split(';');
                let coding = pieces.next().unwrap_or("").trim();
                let q = pieces
                    .find_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                coding.eq_ignore_ascii_case(name) && q > 0.0
            })
        };
        if accepts("br") {
            Coding::Brotli
        } else if accepts("gzip") {
            Coding::Gzip
        } else {
            Coding::Identity
        }
    }
}

/// What the cache keeps of a page or file.
#[derive(Debug)]
pub struct Entry {
    class: Class,
    /// The response's headers (content type, disposition, security headers), without the
    /// length, the validators and the coding, which are set per answer.
    headers: HeaderMap,
    /// The `ETag` of the uncompressed bytes (quoted).
    etag: String,
    identity: Bytes,
    /// Compressed copies, for text (`None` for files that are compressed already).
    gzip: Option<Bytes>,
    brotli: Option<Bytes>,
    made: Instant,
    /// The cache's clock when last read, for eviction.
    used: AtomicU64,
}

impl Entry {
    /// Builds an entry from an uncompressed body: the `ETag`, and for text, gzip and brotli.
    fn new(class: Class, headers: HeaderMap, body: Bytes) -> Self {
        let digest = Sha256::digest(&body);
        let etag = format!("\"{}\"", hex::encode(&digest[..16]));
        let compress = crate::app::compressible_media(&headers) && body.len() > 256;
        let (gzip, brotli) = if compress {
            (Some(compress_gzip(&body)), Some(compress_brotli(&body)))
        } else {
            (None, None)
        };
        Self {
            class,
            headers,
            etag,
            identity: body,
            gzip,
            brotli,
            made: Instant::now(),
            used: AtomicU64::new(0),
        }
    }

    fn size(&self) -> usize {
        self.identity.len()
            + self.gzip.as_ref().map_or(0, Bytes::len)
            + self.brotli.as_ref().map_or(0, Bytes::len)
            + 512
    }

    fn fresh(&self) -> bool {
        self.class.ttl().is_none_or(|ttl| self.made.elapsed() < ttl)
    }

    fn etag_of(&self, coding: Coding) -> String {
        match coding {
            Coding::Identity => self.etag.clone(),
            Coding::Gzip => format!("{}-gz\"", self.etag.trim_end_matches('"')),
            Coding::Brotli => format!("{}-br\"", self.etag.trim_end_matches('"')),
        }
    }

    /// Whether `If-None-Match` names any coding of this entry (the bytes behind them are the
    /// same page).
    fn matched_by(&self, if_none_match: &str) -> bool {
        [Coding::Identity, Coding::Gzip, Coding::Brotli]
            .into_iter()
            .any(|c| matches(if_none_match, &self.etag_of(c)))
    }

    /// The answer to a reader: `304` when `If-None-Match` names the entry, else the bytes in the
    /// best coding the reader accepts (none for `HEAD`).
    fn answer(&self, request: &HeaderMap, head: bool) -> Response {
        let accept = request
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let coding = Coding::choose(accept, self.gzip.is_some());
        let body = match coding {
            Coding::Identity => &self.identity,
            Coding::Gzip => self.gzip.as_ref().unwrap_or(&self.identity),
            Coding::Brotli => self.brotli.as_ref().unwrap_or(&self.identity),
        };
        let mut response = Response::new(Body::empty());
        *response.headers_mut() = self.headers.clone();
        let headers = response.headers_mut();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(self.class.cache_control()),
        );
        headers.insert(
            header::VARY,
            HeaderValue::from_static(if self.gzip.is_some() {
                "Accept-Encoding, Accept-Language, Cookie"
            } else {
                "Accept-Language, Cookie"
            }),
        );
        if let Ok(etag) = HeaderValue::from_str(&self.etag_of(coding)) {
            headers.insert(header::ETAG, etag);
        }
        let not_modified = request
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| self.matched_by(v));
        if not_modified {
            headers.remove(header::CONTENT_TYPE);
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            return response;
        }
        match coding {
            Coding::Identity => {}
            Coding::Gzip => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            Coding::Brotli => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br"));
            }
        }
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        if !head {
            *response.body_mut() = Body::from(body.clone());
        }
        response
    }
}

fn compress_gzip(bytes: &[u8]) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 4),
        flate2::Compression::default(),
    );
    encoder.write_all(bytes).expect("writing to memory");
    Bytes::from(encoder.finish().expect("writing to memory"))
}

fn compress_brotli(bytes: &[u8]) -> Bytes {
    // Quality 5 compresses text nearly as well as 11 at a hundredth of the time; a page is
    // compressed once, but on the reader's request.
    let mut out = Vec::with_capacity(bytes.len() / 4);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 5, 22);
        writer.write_all(bytes).expect("writing to memory");
    }
    Bytes::from(out)
}

/// Which page in which language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    /// The path and query.
    target: String,
    /// `""` for what is the same in every language.
    lang: &'static str,
}

#[derive(Debug, Default)]
struct Entries {
    map: HashMap<Key, Arc<Entry>>,
    bytes: usize,
}

/// Rendered public pages and files, compressed, within a memory bound. See the module
/// documentation.
#[derive(Debug)]
pub struct PageCache {
    bound: usize,
    entries: Mutex<Entries>,
    /// Pages being rendered, so that concurrent readers of one page wait for the first.
    making: Mutex<HashMap<Key, Arc<tokio::sync::Mutex<()>>>>,
    clock: AtomicU64,
    hits: AtomicU64,
    misses: AtomicU64,
}

impl PageCache {
    /// A cache of at most `bound` bytes (`0`: keeps nothing).
    pub fn new(bound: u64) -> Self {
        Self {
            bound: usize::try_from(bound).unwrap_or(usize::MAX),
            entries: Mutex::default(),
            making: Mutex::default(),
            clock: AtomicU64::new(0),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
        }
    }

    fn get(&self, key: &Key) -> Option<Arc<Entry>> {
        let entries = self.entries.lock().expect("not poisoned");
        let entry = entries.map.get(key)?;
        if !entry.fresh() {
            return None;
        }
        entry.used.store(
            self.clock.fetch_add(1, Ordering::Relaxed),
            Ordering::Relaxed,
        );
        Some(entry.clone())
    }

    fn insert(&self, key: Key, entry: Arc<Entry>) {
        let size = entry.size();
        if size > self.bound / 4 {
            return;
        }
        entry.used.store(
            self.clock.fetch_add(1, Ordering::Relaxed),
            Ordering::Relaxed,
        );
        let mut entries = self.entries.lock().expect("not poisoned");
        if let Some(old) = entries.map.insert(key, entry) {
            entries.bytes -= old.size();
        }
        entries.bytes += size;
        if entries.bytes > self.bound {
            // Evict the least recently used until a tenth of the bound is free, so that a full
            // cache does not sort on every insert.
            let target = self.bound - self.bound / 10;
            let mut by_use: Vec<(u64, Key, usize)> = entries
                .map
                .iter()
                .map(|(k, e)| (e.used.load(Ordering::Relaxed), k.clone(), e.size()))
                .collect();
            by_use.sort_unstable_by_key(|(used, _, _)| *used);
            for (_, key, size) in by_use {
                if entries.bytes <= target {
                    break;
                }
                entries.map.remove(&key);
                entries.bytes -= size;
            }
        }
    }

    /// Forgets every page that can change when an edition gets a new version (the latest
    /// aliases and the versioned pages, whose chrome links to the newest version).
    pub fn publication_changed(&self) {
        let mut entries = self.entries.lock().expect("not poisoned");
        let before = entries.map.len();
        entries.map.retain(|_, e| e.class == Class::Immutable);
        entries.bytes = entries.map.values().map(|e| e.size()).sum();
        tracing::debug!(
            forgotten = before - entries.map.len(),
            "public pages forgotten after a publication"
        );
    }

    /// Bytes held and entries, for tests and the bench.
    pub fn usage(&self) -> (usize, usize) {
        let entries = self.entries.lock().expect("not poisoned");
        (entries.bytes, entries.map.len())
    }

    /// Answers served from the cache and pages rendered for it, since the start.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.misses.load(Ordering::Relaxed),
        )
    }

    fn making(&self, key: &Key) -> Arc<tokio::sync::Mutex<()>> {
        self.making
            .lock()
            .expect("not poisoned")
            .entry(key.clone())
            .or_default()
            .clone()
    }

    fn made(&self, key: &Key) {
        self.making.lock().expect("not poisoned").remove(key);
    }
}

/// The middleware (outermost, outside compression).
pub async fn middleware(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let Some((class, shared)) = class_of_request(path, request.uri().query()) else {
        return next.run(request).await;
    };
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return next.run(request).await;
    }
    let signed_in = crate::auth::cookie(request.headers(), crate::auth::SESSION_COOKIE).is_some();
    if signed_in || state.pages.bound == 0 {
        return uncached(class, signed_in, request, next).await;
    }
    let (mut parts, body) = request.into_parts();
    let lang = if shared {
        ""
    } else {
        let Ok(tr) = Tr::from_request_parts(&mut parts, &()).await;
        tr.lang
    };
    let key = Key {
        target: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_string(), |p| p.as_str().to_string()),
        lang,
    };
    let head = parts.method == Method::HEAD;
    let pages = state.pages.clone();
    if let Some(entry) = pages.get(&key) {
        pages.hits.fetch_add(1, Ordering::Relaxed);
        return entry.answer(&parts.headers, head);
    }
    // One reader renders; the others wait for it and then read the cache.
    let making = pages.making(&key);
    let _turn = making.lock().await;
    if let Some(entry) = pages.get(&key) {
        pages.hits.fetch_add(1, Ordering::Relaxed);
        return entry.answer(&parts.headers, head);
    }
    pages.misses.fetch_add(1, Ordering::Relaxed);
    let reader = parts.headers.clone();
    // The inner layers send the bytes uncompressed; the entry compresses them once. A `HEAD`
    // is rendered as a `GET`, so that the entry has the body.
    parts.headers.remove(header::ACCEPT_ENCODING);
    parts.headers.remove(header::IF_NONE_MATCH);
    parts.method = Method::GET;
    let response = next.run(Request::from_parts(parts, body)).await;
    let answer = keep(&pages, key.clone(), class, response, &reader, head).await;
    pages.made(&key);
    answer
}

/// Keeps a fresh response in the cache (when it may be kept) and answers from it.
async fn keep(
    pages: &Arc<PageCache>,
    key: Key,
    class: Class,
    response: Response,
    reader: &HeaderMap,
    head: bool,
) -> Response {
    let keepable = response.status() == StatusCode::OK
        && !response.headers().contains_key(header::SET_COOKIE)
        && !response.headers().contains_key(header::CONTENT_ENCODING);
    if !keepable {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "public response body not read");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut headers = parts.headers;
    for name in [
        header::CONTENT_LENGTH,
        header::ETAG,
        header::CACHE_CONTROL,
        header::VARY,
        header::DATE,
    ] {
        headers.remove(name);
    }
    headers.remove("x-request-id");
    let entry = match tokio::task::spawn_blocking(move || Entry::new(class, headers, bytes)).await {
        Ok(entry) => Arc::new(entry),
        Err(e) => {
            tracing::warn!(error = %e, "public response not compressed");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    pages.insert(key, entry.clone());
    entry.answer(reader, head)
}

/// A signed-in reader's answer (or any answer when the cache is off): the `ETag` of the bytes
/// sent, and `304` when `If-None-Match` names it.
async fn uncached(class: Class, signed_in: bool, request: Request, next: Next) -> Response {
    let head = request.method() == Method::HEAD;
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
        (Class::Immutable, _) => class.cache_control(),
        (_, true) => "private, no-cache",
        (_, false) => class.cache_control(),
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
        parts.headers.remove(header::CONTENT_ENCODING);
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
        ] {
            assert_eq!(class_of(path), class, "{path}");
        }
        for (path, query, class) in [
            (
                "/api/v1/editions/x/results",
                None,
                Some((Class::Latest, true)),
            ),
            (
                "/api/v1/editions/x/results",
                Some("version=2"),
                Some((Class::Immutable, true)),
            ),
            (
                "/opendata/x/v2/scores.csv",
                None,
                Some((Class::Immutable, true)),
            ),
            ("/results/x/v2/", None, Some((Class::Page, false))),
            ("/api/v1/editions/x", None, None),
        ] {
            assert_eq!(class_of_request(path, query), class, "{path}?{query:?}");
        }
        assert!(matches("\"a\", \"b\"", "\"b\""));
        assert!(matches("W/\"b\"", "\"b\""));
        assert!(matches("*", "\"b\""));
        assert!(!matches("\"c\"", "\"b\""));
    }

    #[test]
    fn the_best_accepted_coding_is_chosen() {
        for (accept, compressed, coding) in [
            ("gzip, deflate, br", true, Coding::Brotli),
            ("gzip", true, Coding::Gzip),
            ("br;q=0, gzip", true, Coding::Gzip),
            ("identity", true, Coding::Identity),
            ("", true, Coding::Identity),
            ("br, gzip", false, Coding::Identity),
        ] {
            assert_eq!(Coding::choose(accept, compressed), coding, "{accept}");
        }
    }

    fn entry(class: Class, size: usize) -> Arc<Entry> {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("image/png"));
        Arc::new(Entry::new(class, headers, Bytes::from(vec![7u8; size])))
    }

    fn key(target: &str) -> Key {
        Key {
            target: target.to_string(),
            lang: "en",
        }
    }

    #[test]
    fn the_bound_evicts_the_least_recently_used() {
        let cache = PageCache::new(10_000);
        // Entries of about 2,000 bytes: four fit.
        for i in 0..4 {
            cache.insert(key(&format!("/{i}")), entry(Class::Immutable, 1_500));
        }
        assert_eq!(cache.usage().1, 4);
        // Reading /0 makes /1 the least recently used.
        assert!(cache.get(&key("/0")).is_some());
        cache.insert(key("/4"), entry(Class::Immutable, 1_500));
        let (bytes, entries) = cache.usage();
        assert!(bytes <= 10_000, "{bytes}");
        assert_eq!(entries, 4);
        assert!(
            cache.get(&key("/1")).is_none(),
            "least recently used, evicted"
        );
        cache.insert(key("/5"), entry(Class::Immutable, 1_500));
        assert!(
            cache.get(&key("/2")).is_none(),
            "next least recently used, evicted"
        );
        for kept in ["/0", "/3", "/4", "/5"] {
            assert!(cache.get(&key(kept)).is_some(), "{kept} kept");
        }
        // Larger than a quarter of the bound: sent, never kept.
        cache.insert(key("/big"), entry(Class::Immutable, 3_000));
        assert!(cache.get(&key("/big")).is_none());
        // A cache of 0 bytes keeps nothing.
        let off = PageCache::new(0);
        off.insert(key("/0"), entry(Class::Immutable, 1));
        assert_eq!(off.usage(), (0, 0));
    }

    #[test]
    fn a_publication_forgets_what_can_change() {
        let cache = PageCache::new(1 << 20);
        cache.insert(key("/latest"), entry(Class::Latest, 10));
        cache.insert(key("/page"), entry(Class::Page, 10));
        cache.insert(key("/file"), entry(Class::Immutable, 10));
        cache.publication_changed();
        assert!(cache.get(&key("/latest")).is_none());
        assert!(cache.get(&key("/page")).is_none());
        assert!(cache.get(&key("/file")).is_some());
        assert_eq!(cache.usage().1, 1);
    }
}
