//! CyberDrills under load (issue 18): 200 players of 40 teams follow a running drill while they
//! submit responses and the facilitator releases injects. Target: each release reaches every
//! connected player in under 1 s at p99, on loopback.
//!
//! The bench seeds the demonstration directory in a temporary database, creates a drill of the
//! shipped scenario with 40 of its teams (5 player links each, redeemed: 200 seats), starts it
//! and the real server (router, middleware, accept loop) on a loopback port. In the same
//! process:
//!
//! - each player follows `/drills/play/events` (server-sent events) on a connection of its own
//!   and, as `static/app.js` does, reloads its seat `/drills/play/` on every event; it notes
//!   when an inject first shows on its page;
//! - each player also responds (a multipart text response to I-01) every `RESPOND_SECONDS`
//!   (default 30, with a random start), which announces the change to its team's seats;
//! - the facilitator releases the injects that have no dependency (I-03, I-04, I-05, I-07,
//!   I-09, I-10, I-11, I-12) one every `GAP_SECONDS` (default 3), through the console's
//!   workflow and the same announcement as the console's handler (to the teams it reaches).
//!
//! A release's delay for a player is from just before the release to the moment the player's
//! reloaded page first shows the inject (injects for national CIRTs reach those teams only:
//! all 40 play that role here). The bench prints p50, p99 and max over every (release, player),
//! how many never saw a release they should have, and the responses sent and refused. It stops
//! by itself. Method and figures: BENCHMARKS.md.
//!
//! `cargo bench -p cyberindex-server --bench drill_load` (env `PLAYERS_PER_TEAM`, `TEAMS`,
//! `RESPOND_SECONDS`, `GAP_SECONDS`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cyberindex_server::{AppState, Config};
use cyberindex_store::{DrillLevel, DrillMode, LinkRole, Store};
use cyberindex_workflow::drill::{DrillForm, Move, Planner, ScenarioFormat, View, redeem_link};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const RELEASES: [&str; 8] = [
    "I-03", "I-04", "I-05", "I-07", "I-09", "I-10", "I-11", "I-12",
];

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// When each player first saw each inject.
type Seen = Arc<Mutex<HashMap<(usize, String), Instant>>>;

async fn player(
    base: String,
    cookie: String,
    n: usize,
    seen: Seen,
    stop: Arc<tokio::sync::Notify>,
) {
    let client = reqwest::Client::new();
    let reload = |client: reqwest::Client, base: String, cookie: String, seen: Seen| async move {
        let Ok(r) = client
            .get(format!("{base}/drills/play/"))
            .header("cookie", &cookie)
            .send()
            .await
        else {
            return;
        };
        let Ok(page) = r.text().await else { return };
        let now = Instant::now();
        let mut seen = seen.lock().unwrap();
        for inject in RELEASES {
            // An inject's card (`inject-I-04`) or, for a news article, its place in the feed
            // (`news-{team}-I-03`).
            if page.contains(&format!("-{inject}\"")) {
                seen.entry((n, inject.to_string())).or_insert(now);
            }
        }
    };
    let events = client
        .get(format!("{base}/drills/play/events"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    let mut events = events;
    loop {
        tokio::select! {
            _ = stop.notified() => return,
            chunk = events.chunk() => match chunk {
                Ok(Some(bytes)) => {
                    if String::from_utf8_lossy(&bytes).contains("event: changed") {
                        reload(client.clone(), base.clone(), cookie.clone(), seen.clone()).await;
                    }
                }
                // The stream ends after its time; reconnect as the browser does.
                _ => {
                    events = match client
                        .get(format!("{base}/drills/play/events"))
                        .header("cookie", &cookie)
                        .send()
                        .await
                    {
                        Ok(e) => e,
                        Err(_) => return,
                    };
                }
            }
        }
    }
}

async fn responder(
    base: String,
    cookie: String,
    every: Duration,
    offset: Duration,
    sent: Arc<Mutex<(u64, u64)>>,
    stop: Arc<tokio::sync::Notify>,
) {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    tokio::time::sleep(offset).await;
    loop {
        let form = reqwest::multipart::Form::new()
            .text("inject", "I-01")
            .text("expectation", "0")
            .text("text", "Bench response: acknowledged.");
        let answer = client
            .post(format!("{base}/drills/play/respond"))
            .header("cookie", &cookie)
            .header("origin", &base)
            .multipart(form)
            .send()
            .await;
        let ok = answer.is_ok_and(|r| r.status().as_u16() == 303);
        {
            let mut s = sent.lock().unwrap();
            if ok {
                s.0 += 1;
            } else {
                s.1 += 1;
            }
        }
        tokio::select! {
            _ = stop.notified() => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn main() {
    let per_team = env("PLAYERS_PER_TEAM", 5) as usize;
    let team_count = env("TEAMS", 40) as usize;
    let respond_every = Duration::from_secs(env("RESPOND_SECONDS", 30));
    let gap = Duration::from_secs(env("GAP_SECONDS", 3));
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async move {
        let (url, dir) = cyberindex_store::testing::fresh_database("bench-drill").await;
        let store = Store::open(&url).await.unwrap();
        cyberindex_server::service::demo::seed_directory(&store)
            .await
            .unwrap();
        let teams: Vec<String> = store
            .teams()
            .await
            .unwrap()
            .into_iter()
            .map(|t| t.id)
            .take(team_count)
            .collect();
        let planner = Planner::command_line();
        let stored = planner
            .import_scenario(
                &store,
                include_str!("../../../scenarios/health-ransomware.toml"),
                ScenarioFormat::Toml,
            )
            .await
            .unwrap();
        let now = cyberindex_store::now_ms();
        let drill = planner
            .create(
                &store,
                &DrillForm {
                    scenario_id: stored.id,
                    scenario_version: stored.version,
                    title: "Bench drill".into(),
                    level: DrillLevel::Global,
                    host: "Bench".into(),
                    host_team: None,
                    time_zone: "UTC".into(),
                    start_at: now,
                    mode: DrillMode::Tabletop,
                    languages: vec!["en".into()],
                    public_results: false,
                },
            )
            .await
            .unwrap();
        let view = View::of_command_line(&store, drill.id).await.unwrap();
        let console = view.console().unwrap();
        let mut cookies = Vec::new();
        for team in &teams {
            console
                .add_team(&store, team, &["national-cirt"], false)
                .await
                .unwrap();
            for k in 0..per_team {
                let issued = console
                    .issue_link(&store, LinkRole::Player, Some(team), &format!("{team} {k}"))
                    .await
                    .unwrap();
                let (session, _) = redeem_link(&store, &issued.token, now).await.unwrap();
                cookies.push(format!("cyberindex_drill={session}"));
            }
        }
        console.step(&store, Move::Start, now).await.unwrap();
        console.release_due(&store, now).await.unwrap();

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let config = Config {
            data: dir.clone(),
            public_url: format!("http://{address}"),
            ..Config::default()
        };
        let state = AppState::new(store.clone(), config).unwrap();
        let limits = cyberindex_server::Limits::new(&state.config);
        let app = cyberindex_server::router(state.clone());
        let (stop_server, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            cyberindex_server::serve_router(listener, limits, app, async {
                let _ = stopped.await;
            })
            .await
            .unwrap();
        });
        let base = format!("http://{address}");
        println!(
            "{} players of {} teams; responses every {:?} each; a release every {:?}",
            cookies.len(),
            teams.len(),
            respond_every,
            gap
        );

        let seen: Seen = Arc::default();
        let sent: Arc<Mutex<(u64, u64)>> = Arc::default();
        let stop = Arc::new(tokio::sync::Notify::new());
        let mut tasks = Vec::new();
        for (n, cookie) in cookies.iter().enumerate() {
            tasks.push(tokio::spawn(player(
                base.clone(),
                cookie.clone(),
                n,
                seen.clone(),
                stop.clone(),
            )));
            let offset = respond_every.mul_f64((n % 97) as f64 / 97.0);
            tasks.push(tokio::spawn(responder(
                base.clone(),
                cookie.clone(),
                respond_every,
                offset,
                sent.clone(),
                stop.clone(),
            )));
        }
        // Let every stream connect.
        tokio::time::sleep(Duration::from_secs(2)).await;
        let mut released: Vec<(String, Instant)> = Vec::new();
        for inject in RELEASES {
            let t0 = Instant::now();
            console
                .release(&store, inject, cyberindex_store::now_ms())
                .await
                .unwrap();
            let reached = console
                .reached(&store, &[inject.to_string()])
                .await
                .unwrap();
            state.drill_changed_for(drill.id, reached);
            released.push((inject.to_string(), t0));
            tokio::time::sleep(gap).await;
        }
        // The last release's stragglers.
        tokio::time::sleep(Duration::from_secs(5)).await;
        stop.notify_waiters();
        for t in tasks {
            t.abort();
        }
        let seen = seen.lock().unwrap().clone();
        let mut delays = Vec::new();
        let mut missed = 0;
        for (inject, t0) in &released {
            for n in 0..cookies.len() {
                match seen.get(&(n, inject.clone())) {
                    Some(at) => delays.push(at.duration_since(*t0).as_secs_f64() * 1000.0),
                    None => missed += 1,
                }
            }
        }
        delays.sort_by(f64::total_cmp);
        let (ok, refused) = *sent.lock().unwrap();
        println!(
            "release → page: {} deliveries, p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms; never seen: {missed}",
            delays.len(),
            percentile(&delays, 0.50),
            percentile(&delays, 0.99),
            delays.last().copied().unwrap_or(f64::NAN),
        );
        println!("responses: {ok} recorded, {refused} refused or failed");
        let _ = stop_server.send(());
        store.close().await;
        let _ = std::fs::remove_dir_all(&dir);
    });
}
