//! `/healthz` and `/readyz`, for load balancers, orchestrators and monitoring.
//!
//! `/healthz` says the process is up and serving (always `200 ok`: it touches nothing else).
//! `/readyz` says whether this instance can do its work: `200` when every check passes, `503`
//! otherwise, with a JSON body that names each check and what failed:
//!
//! - `database`: a trivial query answers through the pool;
//! - `migrations`: the database holds exactly this build's migrations (none pending, none
//!   unknown, none changed);
//! - `evidence`: the evidence store takes a write: a small file (local disk) or object (S3) is
//!   written and removed (`cyberindex_blobs::Blobs::probe`);
//! - `demonstration` (only while `serve --demo` prepares its data): failing until it is ready.
//!
//! Each check has [`CHECK_TIMEOUT`] to answer. Neither endpoint needs a sign-in. The body never
//! carries database, file-system or object-store error text (it can name tables, files, paths
//! and buckets): that goes to the log, and the body says where to look.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::state::AppState;

/// How long one readiness check may take before it counts as failed.
pub const CHECK_TIMEOUT: Duration = Duration::from_secs(5);

/// What `/readyz` answers.
#[derive(Debug, Serialize)]
pub struct Readiness {
    pub ready: bool,
    pub checks: Vec<Check>,
}

/// One readiness check.
#[derive(Debug, Serialize)]
pub struct Check {
    pub name: &'static str,
    pub ok: bool,
    /// What failed, for an operator (no database or file-system text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// `GET /healthz`: the process is up.
pub async fn live() -> &'static str {
    "ok"
}

/// `GET /readyz`: 200 when every check passes, else 503; the body lists every check.
pub async fn ready(State(state): State<AppState>) -> Response {
    let mut checks = vec![
        check("database", database(&state)).await,
        check("migrations", migrations(&state)).await,
        check("evidence", evidence(&state)).await,
    ];
    if state.preparing.now() {
        checks.push(Check {
            name: "demonstration",
            ok: false,
            problem: Some("the demonstration data is being prepared".into()),
        });
    }
    let ready = checks.iter().all(|c| c.ok);
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(Readiness { ready, checks })).into_response()
}

async fn check(
    name: &'static str,
    probe: impl std::future::Future<Output = Result<(), String>>,
) -> Check {
    let outcome = match tokio::time::timeout(CHECK_TIMEOUT, probe).await {
        Ok(outcome) => outcome,
        Err(_) => Err(format!(
            "no answer within {} seconds",
            CHECK_TIMEOUT.as_secs()
        )),
    };
    if let Err(problem) = &outcome {
        tracing::warn!(check = name, problem = %problem, "not ready");
    }
    Check {
        name,
        ok: outcome.is_ok(),
        problem: outcome.err(),
    }
}

async fn database(state: &AppState) -> Result<(), String> {
    state.store.ping().await.map_err(|e| {
        tracing::warn!(error = %e, "readiness: the database does not answer");
        "the database does not answer (the server log has the details)".to_string()
    })
}

async fn migrations(state: &AppState) -> Result<(), String> {
    let migrations = state.store.migrations().await.map_err(|e| {
        tracing::warn!(error = %e, "readiness: the migrations could not be read");
        "the applied migrations could not be read (the server log has the details)".to_string()
    })?;
    if migrations.current() {
        Ok(())
    } else {
        Err(format!(
            "the database's migrations are not this build's: {migrations}"
        ))
    }
}

/// The evidence store takes a write (see the module docs).
async fn evidence(state: &AppState) -> Result<(), String> {
    state.evidence.probe().await.map_err(|e| {
        tracing::warn!(error = %e, "readiness: the evidence store takes no write");
        match state.evidence.local_dir() {
            Some(_) => "the evidence directory is not writable (the server log names it and the error)",
            None => "the evidence store (S3) does not take a write (the server log names it and the error)",
        }
        .to_string()
    })
}
