//! The cyberindex web server: country workspaces, the secretariat dashboard, accounts and
//! evidence, and the JSON API.
//!
//! - `app.rs`: the router and the middleware (security headers, CSRF, error pages);
//! - `web/` and `api/`: one file per resource action;
//! - `auth.rs` and `scope.rs`: who is calling, and permissions as types;
//! - `service/`: what pages and the API share;
//! - `public/`: the public results site, served and exported as static files;
//! - `i18n.rs`: every string through Fluent, in the six UN languages.

pub mod api;
pub mod app;
pub mod auth;
pub mod config;
pub mod error;
pub mod i18n;
pub mod mail;
pub mod public;
pub mod ratelimit;
pub mod scope;
pub mod service;
pub mod state;
pub mod web;

use std::net::SocketAddr;

pub use app::router;
pub use config::{Config, Overrides};
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
    if config.demo && service::demo::seed(&store).await? {
        tracing::info!("demonstration data created");
    }
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
    if config.demo {
        println!("{}", service::demo::accounts_text(&public_url));
    }
    println!(
        "cyberindex is listening on http://{address} (public address {public_url}); press Ctrl-C to stop"
    );
    // The configuration in force is recorded (secrets are never serialised).
    store
        .record(
            &cyberindex_store::AuditEvent::new(None, "config.loaded")
                .object("configuration")
                .after(&config),
        )
        .await?;
    let state = AppState::new(store.clone(), config)?;
    start_background(&state);
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    store.close().await;
    println!("cyberindex stopped");
    Ok(())
}

/// Starts the background work of a server: webhook delivery, and deadlines that act on their
/// own (desk-research drafts settled by the edition's policy).
pub fn start_background(state: &AppState) {
    // One TLS crypto provider for the process (webhooks over https).
    let _ = rustls::crypto::ring::default_provider().install_default();
    tokio::spawn(service::webhooks::run(state.clone()));
    tokio::spawn(service::deadlines::run(state.clone()));
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
