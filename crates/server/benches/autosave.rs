//! Autosave under load: 200 concurrent users on loopback save answers through the JSON API
//! (`PUT …/answers/{question}`, the path the workspace's autosave also takes).
//!
//! Two runs: an open load where every user saves every `INTERVAL_MS` (default 100 ms, so 200 users
//! offer 2,000 saves/s) and latency is measured from the moment each save was due (no coordinated
//! omission); then a closed loop where every user saves again as soon as the last save returns,
//! which finds the most the server sustains. Method and figures: BENCHMARKS.md.
//!
//! Before them, the ceiling: the raw commit rate of the same database on the same disk, measured
//! in the same run (SQLite: a loop of synced single-row transactions; PostgreSQL: `pgbench` with
//! one single-row insert per transaction, from one client, the same measure, and from sixteen).
//!
//! `cargo bench -p cyberindex-server --bench autosave` (env `USERS`, `SAVES`, `INTERVAL_MS`);
//! on PostgreSQL with `TEST_POSTGRES_URL` set (a new database is made on that server).

use std::sync::Arc;
use std::time::{Duration, Instant};

use cyberindex_answers::countries;
use cyberindex_server::{AppState, Config, auth};
use cyberindex_store::{NewEdition, NewUser, Role, Store};

/// The allocator of the `cyberindex` binary, so that the bench measures what ships.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");

fn main() {
    let users: usize = std::env::var("USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let saves: usize = std::env::var("SAVES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000);
    let interval: u64 = std::env::var("INTERVAL_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    // `CEILING_LAST=1` measures the ceiling after the two runs instead of before them, so that
    // its own aftermath (PostgreSQL's checkpoint and autovacuum of 200,000 inserts) cannot fall
    // into the open load.
    let ceiling_last = std::env::var("CEILING_LAST").is_ok_and(|v| v == "1");
    if !ceiling_last {
        runtime.block_on(ceiling());
    }
    runtime.block_on(run(users, saves, Some(Duration::from_millis(interval))));
    runtime.block_on(run(users, saves, None));
    if ceiling_last {
        runtime.block_on(ceiling());
    }
}

/// The database's raw commit rate: single-row transactions, each durable before the next.
async fn ceiling() {
    let (url, dir) = cyberindex_store::testing::fresh_database("bench-ceiling").await;
    if url.starts_with("sqlite:") {
        use sqlx::{ConnectOptions, Connection};
        use std::str::FromStr;
        let mut conn = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
            .unwrap()
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
            .connect()
            .await
            .unwrap();
        sqlx::query("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
            .execute(&mut conn)
            .await
            .unwrap();
        let n = 3_000;
        let started = Instant::now();
        for i in 0..n {
            sqlx::query("INSERT INTO t (v) VALUES ($1)")
                .bind(format!("value {i}"))
                .execute(&mut conn)
                .await
                .unwrap();
        }
        let elapsed = started.elapsed();
        conn.close().await.unwrap();
        println!(
            "ceiling, SQLite (WAL, synchronous = FULL): {n} single-row transactions, one connection: {:.0} commits/s",
            n as f64 / elapsed.as_secs_f64()
        );
    } else {
        // pgbench: one single-row insert per transaction, 10 seconds.
        let script = dir.join("insert.sql");
        std::fs::write(&script, "INSERT INTO t (v) VALUES ('value');\n").unwrap();
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&url)
            .await
            .unwrap();
        sqlx::query(
            "CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v TEXT NOT NULL)",
        )
        .execute(&mut conn)
        .await
        .unwrap();
        // One client is the same measure as SQLite's loop (one synced commit after another);
        // sixteen let PostgreSQL group-commit across connections, which one writer cannot.
        for (clients, threads) in [("1", "1"), ("16", "2")] {
            let out = std::process::Command::new("pgbench")
                .args(["-n", "-c", clients, "-j", threads, "-T", "10", "-f"])
                .arg(&script)
                .arg(&url)
                .output();
            match out {
                Ok(out) if out.status.success() => {
                    let text = String::from_utf8_lossy(&out.stdout);
                    let tps = text
                        .lines()
                        .find(|l| l.starts_with("tps"))
                        .unwrap_or("tps = ?");
                    println!(
                        "ceiling, PostgreSQL (pgbench, {clients} client(s), single-row inserts): {tps}"
                    );
                }
                other => println!("ceiling, PostgreSQL: pgbench did not run ({other:?})"),
            }
        }
    }
    cyberindex_store::testing::drop_database(&url);
    let _ = std::fs::remove_dir_all(&dir);
}

async fn run(users: usize, saves: usize, every: Option<Duration>) {
    let (url, dir) = cyberindex_store::testing::fresh_database("bench").await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let config = Config {
        data: dir.clone(),
        db: cyberindex_store::testing::on_postgres()
            .then(|| cyberindex_server::config::DatabaseUrl::new(url.clone())),
        public_url: format!("http://{address}"),
        ..Config::default()
    };
    let store = Store::open(&config.db_url()).await.unwrap();
    let codes: Vec<String> = countries::builtin()
        .iter()
        .map(|c| c.alpha3.clone())
        .collect();
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    store
        .create_edition(
            &NewEdition {
                id: "bench".into(),
                name: "Bench".into(),
                names: Default::default(),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: FRAMEWORK.into(),
                opens_on: "2026-01-01".into(),
                deadline: "2026-12-31".into(),
                countries: codes.clone(),
            },
            None,
        )
        .await
        .unwrap();
    // One user per country, then contributors, until there are `users`.
    let mut tokens = Vec::new();
    for i in 0..users {
        let country = codes[i % codes.len()].clone();
        let role = if i < codes.len() {
            Role::FocalPoint
        } else {
            Role::Contributor
        };
        let user = store
            .create_user(&NewUser {
                email: format!("u{i}@bench.example.org"),
                name: String::new(),
                role,
                country: Some(country.clone()),
                observed: vec![],
                team: None,
            })
            .await
            .unwrap();
        let token = format!("cyx_{}", auth::random_token());
        store
            .create_token(user.id, "bench", &auth::hash_token(&token))
            .await
            .unwrap();
        tokens.push((token, country, i));
    }
    let state = AppState::new(store.clone(), config).unwrap();
    let background = cyberindex_server::start_background(&state);
    let router = cyberindex_server::router(state);
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });
    let three_state: Arc<Vec<String>> = Arc::new(
        framework
            .questions
            .iter()
            .filter(|q| q.kind == cyberindex_engine::QuestionType::ThreeState && q.rule.is_none())
            .map(|q| q.id.clone())
            .collect(),
    );
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(users)
        .build()
        .unwrap();
    let per_user = saves / users;
    let base = format!("http://{address}");
    // Warm-up, not measured: every user opens its connection and saves once.
    let mut warm = Vec::new();
    for (token, country, _) in &tokens {
        let client = client.clone();
        let url = format!("{base}/api/v1/editions/bench/responses/{country}/answers/ORG2.4");
        let token = token.clone();
        warm.push(tokio::spawn(async move {
            client
                .put(url)
                .bearer_auth(token)
                .json(&serde_json::json!({"value": "warm-up", "version": 0}))
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    for w in warm {
        w.await.unwrap();
    }
    let started = Instant::now();
    let started_at = std::time::SystemTime::now();
    let mut tasks = Vec::new();
    for (token, country, i) in tokens {
        let client = client.clone();
        let base = base.clone();
        let questions = three_state.clone();
        tasks.push(tokio::spawn(async move {
            // (when the save was due, from the start of the run; how long it took)
            let mut latencies = Vec::with_capacity(per_user);
            let mut versions = std::collections::HashMap::new();
            let mut conflicts = 0;
            // Users start spread over one interval, as real users would.
            let start = tokio::time::Instant::now()
                + every.map_or(Duration::ZERO, |e| e * (i as u32) / (users as u32));
            for n in 0..per_user {
                let due = start + every.unwrap_or(Duration::ZERO) * n as u32;
                if every.is_some() {
                    tokio::time::sleep_until(due).await;
                }
                // Contributors share a country with its focal point: different questions, so
                // conflicts stay rare but possible.
                let q = &questions[(n * 7 + i * 13) % questions.len()];
                let version = *versions.get(q).unwrap_or(&0);
                let value = ["in-place", "partial", "not-in-place"][n % 3];
                let t = if every.is_some() {
                    due.into_std()
                } else {
                    Instant::now()
                };
                let r = client
                    .put(format!(
                        "{base}/api/v1/editions/bench/responses/{country}/answers/{q}"
                    ))
                    .bearer_auth(&token)
                    .json(&serde_json::json!({"value": value, "version": version}))
                    .send()
                    .await
                    .unwrap();
                let status = r.status().as_u16();
                let body: serde_json::Value = r.json().await.unwrap();
                latencies.push((t.saturating_duration_since(started), t.elapsed()));
                match status {
                    200 => {
                        versions.insert(q.clone(), body["version"].as_i64().unwrap());
                    }
                    409 => {
                        conflicts += 1;
                        versions.insert(
                            q.clone(),
                            body["error"]["current"]["version"].as_i64().unwrap(),
                        );
                    }
                    other => panic!("unexpected status {other}: {body}"),
                }
            }
            (latencies, conflicts)
        }));
    }
    let mut timed: Vec<(Duration, Duration)> = Vec::new();
    let mut conflicts = 0;
    for t in tasks {
        let (l, c) = t.await.unwrap();
        timed.extend(l);
        conflicts += c;
    }
    let elapsed = started.elapsed();
    let mut latencies: Vec<Duration> = timed.iter().map(|(_, l)| *l).collect();
    server.abort();
    background.stop();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let stored: i64 = store
        .edition_answers("bench")
        .await
        .unwrap()
        .iter()
        .map(|(_, a)| a.version)
        .sum();
    match every {
        Some(e) => println!(
            "autosave, open load: {users} users each saving every {} ms ({:.0} saves/s offered)",
            e.as_millis(),
            users as f64 * 1000.0 / e.as_millis() as f64
        ),
        None => println!(
            "autosave, closed loop: {users} users each saving again as soon as the last save returns"
        ),
    }
    println!(
        "  {} saves in {:.2} s",
        latencies.len(),
        elapsed.as_secs_f64()
    );
    println!(
        "  throughput: {:.0} saves/s ({} conflicts answered 409)",
        latencies.len() as f64 / elapsed.as_secs_f64(),
        conflicts
    );
    println!(
        "  latency: p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(pct(0.50)),
        ms(pct(0.95)),
        ms(pct(0.99)),
        ms(*latencies.last().unwrap())
    );
    println!("  durable versions in the database: {stored} (every 200 response is one)");
    // Where the slow saves were: the three seconds (by when the save was due) with the slowest
    // save, against the wall clock, to line up with the database's own log.
    let mut seconds: std::collections::BTreeMap<u64, Duration> = Default::default();
    for (due, latency) in &timed {
        let worst = seconds.entry(due.as_secs()).or_default();
        *worst = (*worst).max(*latency);
    }
    let mut worst: Vec<(u64, Duration)> = seconds.into_iter().collect();
    worst.sort_by_key(|w| std::cmp::Reverse(w.1));
    let start_unix = started_at
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    for (second, latency) in worst.iter().take(3) {
        println!(
            "  slowest second: {second} s after the start (unix {}): max {:.1} ms",
            start_unix + second,
            ms(*latency)
        );
    }
    store.close().await;
    cyberindex_store::testing::drop_database(&url);
    let _ = std::fs::remove_dir_all(&dir);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
