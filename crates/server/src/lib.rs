//! The cyberindex web server: country workspaces, the secretariat dashboard, accounts and
//! evidence, and the JSON API.
//!
//! - `app.rs`: the router and the middleware (security headers, CSRF, error pages);
//! - `web/` and `api/`: one file per resource action; `pages/`: pages several handlers render;
//! - `auth.rs` and `scope.rs`: who is calling, and permissions as types;
//! - `service/`: what pages and the API share;
//! - `public/`: the public results site, served and exported as static files;
//! - `i18n.rs`: every string through Fluent, in the six UN languages;
//! - `ops/`: health, readiness, metrics and request ids.

pub(crate) mod api;
pub(crate) mod app;
pub mod auth;
pub mod config;
pub mod directory;
pub mod drills;
pub(crate) mod error;
pub mod establishment;
pub(crate) mod extract;
pub(crate) mod forms;
pub mod i18n;
mod limits;
pub mod mail;
pub mod maturity;
pub mod ops;
pub(crate) mod pages;
pub(crate) mod passwords;
pub(crate) mod present;
pub mod public;
pub(crate) mod ratelimit;
pub(crate) mod scope;
pub mod service;
pub(crate) mod state;
pub mod web;

use std::sync::Arc;
use std::time::Duration;

use tower::ServiceExt;

pub use app::router;
pub use config::{Config, Overrides};
/// The edition the demonstration seeds: public pages made from an installation that holds it
/// say they show demonstration data (`cyberindex publish --static` checks for it).
pub use service::demo::EDITION as DEMO_EDITION;
pub use state::AppState;

/// Runs the server until Ctrl-C or SIGTERM, then finishes the requests in flight and closes the
/// database.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    std::fs::create_dir_all(&config.data).map_err(|e| {
        anyhow::anyhow!(
            "cannot create the data directory {}: {e}",
            config.data.display()
        )
    })?;
    let store = cyberindex_store::Store::open(&config.db_url()).await?;
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.listen))?;
    let address = listener.local_addr()?;
    let public_url = if config.public_url.contains("127.0.0.1:8080") && address.port() != 8080 {
        format!("http://{address}")
    } else {
        config.public_url.clone()
    };
    let mut config = config;
    config.public_url = public_url.clone();
    println!(
        "cyberindex is listening on http://{address} (public address {public_url}); press Ctrl-C to stop"
    );
    // The configuration in force is recorded (secrets are never serialised).
    config.record(&store).await?;
    // A programme's own crosswalk to the index that does not fit its frameworks would fail
    // only when someone asks for a pre-fill: it is said at start (as `config check` does).
    if let Err(problems) = maturity::prefill::check_files(&config.frameworks) {
        tracing::warn!(
            %problems,
            "the crosswalk from CIRT maturity to the index does not fit its frameworks: pre-fills from maturity assessments will fail"
        );
    }
    let state = AppState::new(store.clone(), config)?;
    // The demonstration data is made while the server already answers: pages say it is being
    // prepared (503, `ops/preparing.rs`) and `/readyz` is not ready until it is done.
    let (seed_failed, seed_failure) = tokio::sync::oneshot::channel::<anyhow::Error>();
    if state.config.demo {
        state.preparing.start();
        println!("preparing the demonstration data; pages answer 503 until it is ready");
        let state = state.clone();
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match service::demo::seed(&state.store).await {
                Ok(created) => {
                    state.preparing.done();
                    if created {
                        tracing::info!("demonstration data created");
                    }
                    println!(
                        "the demonstration is ready ({:.1} s)\n{}",
                        started.elapsed().as_secs_f64(),
                        service::demo::accounts_text(&state.config.public_url)
                    );
                }
                Err(e) => {
                    let _ = seed_failed.send(e);
                }
            }
        });
    }
    let metrics = match state.config.metrics_listen {
        Some(address) => Some(serve_metrics(address, &state).await?),
        None => None,
    };
    let background = start_background(&state);
    let failure = Arc::new(std::sync::Mutex::new(None));
    let shutdown = {
        let failure = failure.clone();
        async move {
            tokio::select! {
                () = shutdown_signal() => {}
                Ok(e) = seed_failure => {
                    *failure.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
                }
            }
        }
    };
    serve_on(listener, state, shutdown).await?;
    background.stop();
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    store.close().await;
    if let Some(e) = failure.lock().unwrap_or_else(|p| p.into_inner()).take() {
        return Err(e.context("the demonstration data could not be created"));
    }
    println!("cyberindex stopped");
    Ok(())
}

/// Serves `/metrics` alone on the separate address `metrics_listen` (see `ops::metrics`), until
/// the returned task is aborted.
async fn serve_metrics(
    address: std::net::SocketAddr,
    state: &AppState,
) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {address} (metrics_listen): {e}"))?;
    println!(
        "metrics are served on http://{}/metrics",
        listener.local_addr()?
    );
    let router = ops::metrics::router(state.clone());
    Ok(tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, router).await {
            tracing::error!(error = %e, "the metrics listener stopped");
        }
    }))
}

/// How long a client may take and how many are served at once (`config.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// To send a request's headers, from the connection or the previous response.
    pub header_read: Duration,
    /// From a request's headers to its response, uploads included: then 408.
    pub request: Duration,
    /// With no traffic and no request in flight, before the connection is closed.
    pub idle: Duration,
    /// Connections served at once; the next client waits to be accepted.
    pub max_connections: usize,
}

impl Limits {
    pub fn new(config: &Config) -> Self {
        Self {
            header_read: Duration::from_secs(config.header_read_timeout_secs.max(1)),
            request: Duration::from_secs(config.request_timeout_secs.max(1)),
            idle: Duration::from_secs(config.idle_timeout_secs.max(1)),
            max_connections: config.max_connections.max(1),
        }
    }
}

/// Serves the application on `listener` until `shutdown` completes, then finishes the requests
/// in flight (for at most 30 seconds).
///
/// The accept loop is our own rather than `axum::serve`, which sets no timeouts: a client that
/// never finishes its headers, or holds a quiet connection open, would keep a slot forever. Here
/// each connection holds a permit of a semaphore of `max_connections` (the next client waits in
/// the listen backlog), HTTP/1.1 headers must arrive within `header_read`, a connection with no
/// traffic and no request in flight is closed after `idle`, and a request that takes longer than
/// `request` gets 408.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let limits = Limits::new(&state.config);
    serve_router(listener, limits, router(state), shutdown).await
}

/// [`serve_on`] with the router given: the same accept loop and limits (the load bench adds its
/// ceiling route this way).
pub async fn serve_router(
    listener: tokio::net::TcpListener,
    limits: Limits,
    app: axum::Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};

    let permits = Arc::new(tokio::sync::Semaphore::new(limits.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => permit?,
            () = &mut shutdown => break,
        };
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let activity = Arc::new(limits::Activity::default());
        let io = TokioIo::new(limits::Tracked::new(stream, activity.clone()));
        let service = {
            let (app, activity) = (app.clone(), activity.clone());
            hyper::service::service_fn(move |request: hyper::Request<hyper::body::Incoming>| {
                let (app, activity) = (app.clone(), activity.clone());
                async move {
                    let _busy = activity.busy();
                    let mut request = request.map(axum::body::Body::new);
                    request
                        .extensions_mut()
                        .insert(axum::extract::ConnectInfo(remote));
                    let response =
                        match tokio::time::timeout(limits.request, app.oneshot(request)).await {
                            Ok(response) => response?,
                            Err(_) => axum::response::IntoResponse::into_response((
                                axum::http::StatusCode::REQUEST_TIMEOUT,
                                "the request took too long",
                            )),
                        };
                    Ok::<_, std::convert::Infallible>(response)
                }
            })
        };
        let connection = graceful.watch(builder.serve_connection(io, service));
        tokio::spawn(async move {
            tokio::select! {
                result = connection => {
                    if let Err(e) = result {
                        tracing::debug!(error = %e, "connection ended with an error");
                    }
                }
                () = activity.idle_for(limits.idle) => {
                    tracing::debug!("idle connection closed");
                }
            }
            drop(permit);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(Duration::from_secs(30)) => {
            tracing::warn!("requests still running 30 s after the shutdown signal were cut");
        }
    }
    Ok(())
}

/// Starts the background work of a server: webhook delivery, deadlines that act on their own
/// (desk-research drafts settled by the edition's policy), reachability checks of the directory
/// when they are due, drills' injects when their time comes, and following what other instances
/// on the same database change.
pub fn start_background(state: &AppState) -> Background {
    // One TLS crypto provider for the process (webhooks over https).
    let _ = rustls::crypto::ring::default_provider().install_default();
    Background(vec![
        tokio::spawn(service::webhooks::run(state.clone())),
        tokio::spawn(service::deadlines::run(state.clone())),
        tokio::spawn(service::reach::run(state.clone())),
        tokio::spawn(service::drills::run(state.clone())),
        tokio::spawn(follow_peers(state.clone())),
    ])
}

/// Keeps this instance's session cache true when another instance on the same database signs
/// someone out, revokes a token or changes a password (PostgreSQL notifications).
async fn follow_peers(state: AppState) {
    use tokio::sync::broadcast::error::RecvError;
    let mut changes = state.store.peer_changes();
    loop {
        match changes.recv().await {
            Ok(cyberindex_store::PeerChange::Accounts) | Err(RecvError::Lagged(_)) => {
                state.auth_cache.clear();
            }
            Err(RecvError::Closed) => return,
        }
    }
}

/// The background tasks of one server: they run until the process ends or this is stopped
/// (an embedding program, or a test ending its server, stops them so their database
/// connections close).
#[derive(Debug)]
pub struct Background(Vec<tokio::task::JoinHandle<()>>);

impl Background {
    /// Stops every task at its next await point.
    pub fn stop(&self) {
        for task in &self.0 {
            task.abort();
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
