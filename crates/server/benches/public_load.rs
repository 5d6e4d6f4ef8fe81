//! Publication day: anonymous readers of the public results site under load (issue 19).
//!
//! The bench seeds the demonstration installation (`service::demo::seed`: the past edition
//! `demo-2024` published for 194 countries, version 2 a correction) in a temporary folder, starts
//! the real server (router, middleware, page cache, the same accept loop as `serve`) on a loopback
//! port, and runs closed-loop readers in the same process, each on its own kept-alive connection,
//! each sending the next request as soon as the last answer is read:
//!
//! - `ceiling`: the same server sending a fixed body of the size of a compressed country profile
//!   from a route with no middleware (`/bench/ceiling`, added for the bench only);
//! - `profiles`: country profiles of random countries in the six languages (the `lang` cookie),
//!   `Accept-Encoding: gzip, br`;
//! - `mix`: profiles (half), the overview, the map by score, the ranking, the methodology, the
//!   open-data page, `scores.csv`, the search box's `countries.json` and the latest alias
//!   `/results/`, in six languages;
//! - each with and without conditional requests (a reader that has a page's `ETag` sends it in
//!   `If-None-Match` and gets `304`);
//! - at 100 and 500 readers; and `profiles` with the page cache off (`cache_bytes = 0`: every
//!   page rendered), for comparison.
//!
//! Every run lasts `SECONDS` (default 8) after a warm-up pass over every page of the run, and the
//! bench stops by itself. It prints one line per run: answers/s, p50, p99 and max latency, and the
//! errors (anything but 200 and 304, and transport errors). Method and figures: BENCHMARKS.md.
//!
//! `cargo bench -p cyberindex-server --bench public_load` (env `SECONDS`, `ONLY=profiles` to run
//! the runs whose name contains it; `ONLY=export` times the static export instead).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use cyberindex_server::{AppState, Config};
use cyberindex_store::Store;

/// The allocator of the `cyberindex` binary, so that the bench measures what ships.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const LANGS: [&str; 6] = ["en", "fr", "es", "ru", "zh", "ar"];
const EDITION: &str = cyberindex_server::service::demo::PAST_EDITION;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Load {
    Ceiling,
    Profiles,
    Mix,
}

struct Server {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    state: AppState,
}

async fn start(store: &Store, dir: &std::path::Path, cache_bytes: u64, ceiling: usize) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let mut config = Config {
        data: dir.to_path_buf(),
        public_url: format!("http://{address}"),
        demo: true,
        ..Config::default()
    };
    config.public.cache_bytes = cache_bytes;
    let state = AppState::new(store.clone(), config).unwrap();
    let limits = cyberindex_server::Limits::new(&state.config);
    let body = axum::body::Bytes::from(vec![b'x'; ceiling]);
    let app = cyberindex_server::router(state.clone()).route(
        "/bench/ceiling",
        axum::routing::get(move || {
            let body = body.clone();
            async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    body,
                )
            }
        }),
    );
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        cyberindex_server::serve_router(listener, limits, app, async {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    Server {
        base: format!("http://{address}"),
        stop: Some(stop),
        state,
    }
}

/// A small deterministic generator (SplitMix64), one per reader.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

fn pick(load: Load, rng: &mut Rng, countries: &[String]) -> String {
    let v = format!("/results/{EDITION}/v2/");
    let country = &countries[rng.below(countries.len())];
    let profile = format!("{v}countries/{country}/");
    match load {
        Load::Ceiling => "/bench/ceiling".into(),
        Load::Profiles => profile,
        Load::Mix => match rng.below(18) {
            0..=8 => profile,
            9 => v,
            10 => format!("{v}map-score/"),
            11 => format!("{v}ranking/"),
            12 => format!("{v}methodology/"),
            13 => format!("{v}data/"),
            14 => format!("/opendata/{EDITION}/v2/scores.csv"),
            15 => format!("{v}search/countries.json"),
            _ => "/results/".into(),
        },
    }
}

#[derive(Default)]
struct Tally {
    latencies: Vec<u32>,
    ok: u64,
    not_modified: u64,
    errors: u64,
    bytes: u64,
}

/// One reader of a run.
struct Reader {
    base: String,
    load: Load,
    conditional: bool,
    seed: u64,
    countries: Arc<Vec<String>>,
    /// The pages this reader fetches once before the run.
    warm: Vec<(String, &'static str)>,
    go: Arc<tokio::sync::Barrier>,
    running: Arc<AtomicBool>,
}

async fn reader(
    Reader {
        base,
        load,
        conditional,
        seed,
        countries,
        warm,
        go,
        running,
    }: Reader,
) -> Tally {
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(1)
        .build()
        .unwrap();
    let mut etags: HashMap<(String, &'static str), String> = HashMap::new();
    let mut tally = Tally::default();
    let mut rng = Rng(seed);
    let get = |path: &str, lang: &str, etag: Option<&String>| {
        let mut request = client
            .get(format!("{base}{path}"))
            .header("cookie", format!("lang={lang}"))
            .header("accept-encoding", "gzip, br");
        if let Some(etag) = etag {
            request = request.header("if-none-match", etag);
        }
        request.send()
    };
    // Warm-up: this reader's share of every page of the run, so that the run measures the
    // steady state of publication day (and its connection is open).
    for (path, lang) in &warm {
        if let Ok(r) = get(path, lang, None).await {
            let _ = r.bytes().await;
        }
    }
    go.wait().await;
    while running.load(Ordering::Relaxed) {
        let path = pick(load, &mut rng, &countries);
        let lang = LANGS[rng.below(LANGS.len())];
        let key = (path, lang);
        let etag = if conditional { etags.get(&key) } else { None };
        let started = Instant::now();
        match get(&key.0, lang, etag).await {
            Ok(r) => {
                let status = r.status().as_u16();
                let tag = r
                    .headers()
                    .get("etag")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                match r.bytes().await {
                    Ok(body) => {
                        tally.bytes += body.len() as u64;
                        match status {
                            200 => tally.ok += 1,
                            304 => tally.not_modified += 1,
                            _ => tally.errors += 1,
                        }
                    }
                    Err(_) => tally.errors += 1,
                }
                if conditional && let Some(tag) = tag {
                    etags.insert(key, tag);
                }
            }
            Err(_) => tally.errors += 1,
        }
        tally
            .latencies
            .push(started.elapsed().as_micros().min(u32::MAX as u128) as u32);
    }
    tally
}

async fn run(
    server: &Server,
    name: &str,
    load: Load,
    readers: usize,
    conditional: bool,
    seconds: u64,
    countries: &Arc<Vec<String>>,
) {
    // Every page of the run once per language, shared out among the readers.
    let mut pages: Vec<(String, &'static str)> = Vec::new();
    match load {
        Load::Ceiling => pages.push(("/bench/ceiling".into(), "en")),
        Load::Profiles | Load::Mix => {
            let v = format!("/results/{EDITION}/v2/");
            let mut paths: Vec<String> = countries
                .iter()
                .map(|c| format!("{v}countries/{c}/"))
                .collect();
            if load == Load::Mix {
                for sub in ["", "map-score/", "ranking/", "methodology/", "data/"] {
                    paths.push(format!("{v}{sub}"));
                }
                paths.push(format!("{v}search/countries.json"));
                paths.push(format!("/opendata/{EDITION}/v2/scores.csv"));
                paths.push("/results/".into());
            }
            for path in paths {
                for lang in LANGS {
                    pages.push((path.clone(), lang));
                }
            }
        }
    }
    let go = Arc::new(tokio::sync::Barrier::new(readers + 1));
    let running = Arc::new(AtomicBool::new(true));
    let mut tasks = Vec::new();
    for i in 0..readers {
        let warm: Vec<_> = pages.iter().skip(i).step_by(readers).cloned().collect();
        tasks.push(tokio::spawn(reader(Reader {
            base: server.base.clone(),
            load,
            conditional,
            seed: 0x5EED + i as u64,
            countries: countries.clone(),
            warm,
            go: go.clone(),
            running: running.clone(),
        })));
    }
    go.wait().await;
    let (hits, misses) = server.state.pages.counts();
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs(seconds)).await;
    running.store(false, Ordering::Relaxed);
    let elapsed = started.elapsed().as_secs_f64();
    let mut all = Tally::default();
    for task in tasks {
        let t = task.await.unwrap();
        all.latencies.extend(t.latencies);
        all.ok += t.ok;
        all.not_modified += t.not_modified;
        all.errors += t.errors;
        all.bytes += t.bytes;
    }
    all.latencies.sort_unstable();
    let at = |q: f64| {
        let i =
            ((all.latencies.len() as f64 * q) as usize).min(all.latencies.len().saturating_sub(1));
        all.latencies.get(i).copied().unwrap_or(0) as f64 / 1000.0
    };
    let (hits_after, misses_after) = server.state.pages.counts();
    let answers = all.ok + all.not_modified;
    println!(
        "{name:<34} readers {readers:>3}  {:>7.0} answers/s  p50 {:>6.1} ms  p99 {:>6.1} ms  max {:>7.1} ms  200: {:>7}  304: {:>7}  errors {:>4}  {:>6.1} MB/s  cache hits {} misses {}",
        answers as f64 / elapsed,
        at(0.50),
        at(0.99),
        all.latencies.last().copied().unwrap_or(0) as f64 / 1000.0,
        all.ok,
        all.not_modified,
        all.errors,
        all.bytes as f64 / elapsed / 1e6,
        hits_after - hits,
        misses_after - misses,
    );
}

fn main() {
    let seconds: u64 = std::env::var("SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let only = std::env::var("ONLY").unwrap_or_default();
    // The readers' client (reqwest without its own TLS provider), as `start_background` does.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let (url, dir) = cyberindex_store::testing::fresh_database("bench-public").await;
        let store = Store::open(&url).await.unwrap();
        let seeding = Instant::now();
        cyberindex_server::service::demo::seed(&store)
            .await
            .unwrap();
        println!(
            "demonstration seeded in {:.1} s",
            seeding.elapsed().as_secs_f64()
        );
        let countries: Arc<Vec<String>> = Arc::new(
            cyberindex_answers::countries::builtin()
                .iter()
                .map(|c| c.alpha3.clone())
                .collect(),
        );
        // The ceiling's body: as large as a profile as sent compressed.
        let probe = start(&store, &dir, 256 << 20, 1).await;
        let profile = reqwest::Client::new()
            .get(format!(
                "{}/results/{EDITION}/v2/countries/KEN/",
                probe.base
            ))
            .header("accept-encoding", "gzip, br")
            .send()
            .await
            .unwrap();
        let size = profile.bytes().await.unwrap().len();
        println!("a country profile as sent (brotli): {size} bytes; the ceiling sends as many");
        drop(probe);
        let mut server = start(&store, &dir, 256 << 20, size).await;
        for (name, load, readers, conditional) in [
            ("ceiling (static body)", Load::Ceiling, 100, false),
            ("profiles", Load::Profiles, 100, false),
            ("profiles, conditional", Load::Profiles, 100, true),
            ("mix", Load::Mix, 100, false),
            ("mix, conditional", Load::Mix, 100, true),
            ("ceiling (static body)", Load::Ceiling, 500, false),
            ("profiles", Load::Profiles, 500, false),
            ("mix", Load::Mix, 500, false),
            ("mix, conditional", Load::Mix, 500, true),
        ] {
            if name.contains(only.as_str()) {
                run(
                    &server,
                    name,
                    load,
                    readers,
                    conditional,
                    seconds,
                    &countries,
                )
                .await;
            }
        }
        let (bytes, entries) = server.state.pages.usage();
        println!(
            "page cache: {entries} entries, {:.1} MB",
            bytes as f64 / 1e6
        );
        if let Some(stop) = server.stop.take() {
            let _ = stop.send(());
        }
        if "profiles, cache off".contains(only.as_str()) {
            let mut off = start(&store, &dir, 0, size).await;
            run(
                &off,
                "profiles, cache off",
                Load::Profiles,
                100,
                false,
                seconds,
                &countries,
            )
            .await;
            if let Some(stop) = off.stop.take() {
                let _ = stop.send(());
            }
        }
        if only == "export" {
            export(&store, &dir).await;
        }
        store.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    });
}

/// `ONLY=export`: the static export (`publish --static`) of the demonstration's latest version
/// (194 countries, six languages, with the PDF reports), timed once. Run it under `taskset -c 0`
/// for one core (the export uses as many threads as the process may use cores).
async fn export(store: &Store, dir: &std::path::Path) {
    use cyberindex_server::public::export;
    let mut loaded = export::load(store).await.unwrap();
    loaded
        .publications
        .retain(|m| m.edition == EDITION && m.version == 2);
    let out = dir.join("export");
    let evidence = cyberindex_blobs::Blobs::local(dir.join("evidence")).unwrap();
    let started = Instant::now();
    let report = export::write(&loaded, &out, &evidence, true).await.unwrap();
    println!(
        "static export of {EDITION} v2 on {} threads: {:.1} s ({} pages, {} profiles, {} PDFs, {} files, {:.0} MB)",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        started.elapsed().as_secs_f64(),
        report.pages,
        report.profiles,
        report.pdfs,
        report.files,
        report.bytes as f64 / 1e6
    );
    let _ = std::fs::remove_dir_all(&out);
}
