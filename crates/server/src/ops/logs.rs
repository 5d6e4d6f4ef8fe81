//! The server's log: structured `tracing` events, written for people (`text`, coloured on a
//! terminal) or as one JSON object a line (`json`, `--log-format json`) for a log collector.
//!
//! Every event of a request carries the request's span (`ops/request_id.rs`): its id, method and
//! route template. In JSON it is the `span` object (`{"name":"request","id":…,"method":…,
//! "route":…}`) beside `fields` (the message and the event's own fields). Raw paths, query
//! strings, bodies, cookies and tokens are never fields: what a request logs is its route
//! template, its status and its duration.
//!
//! `RUST_LOG` filters (default: `info`, and warnings only from sqlx); one line per request comes
//! from `cyberindex_server::ops::request_id` at `info`: `RUST_LOG=info,cyberindex_server::ops=warn`
//! leaves those lines out.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

use crate::config::LogFormat;

/// The default filter when `RUST_LOG` is not set.
pub const DEFAULT_FILTER: &str = "info,sqlx=warn";

/// Added to every filter, whatever `RUST_LOG` says: the OpenPGP library writes a parsed secret
/// key's bytes at `debug` (a team's key given to sign its RFC 2350 must never reach the log).
pub const ALWAYS: &str = "pgp=warn";

/// A subscriber writing `format` to `writer`, keeping what `filter` lets through.
pub fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    writer: W,
    ansi: bool,
) -> Box<dyn tracing::Subscriber + Send + Sync>
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    match format {
        LogFormat::Text => Box::new(
            tracing_subscriber::fmt()
                .with_env_filter(filter)
                .with_ansi(ansi)
                .with_writer(writer)
                .finish(),
        ),
        LogFormat::Json => Box::new(
            tracing_subscriber::fmt()
                .json()
                .with_current_span(true)
                .with_span_list(false)
                .with_env_filter(filter)
                .with_writer(writer)
                .finish(),
        ),
    }
}

/// Installs the process's log on standard output (`cyberindex serve`). Does nothing when a
/// subscriber is already installed.
pub fn init(format: LogFormat) {
    use std::io::IsTerminal;
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let filter = match ALWAYS.parse() {
        Ok(directive) => filter.add_directive(directive),
        Err(_) => filter,
    };
    let ansi = std::io::stdout().is_terminal();
    let _ =
        tracing::subscriber::set_global_default(subscriber(format, filter, std::io::stdout, ansi));
}
