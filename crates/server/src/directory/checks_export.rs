//! `GET /directory/checks.csv`: every message of every reachability check (or of one check,
//! `?run=N`, or one team, `?team=ID`) with its outcome and latency, for the secretariat: the
//! record a team's maturity assessment cites as evidence of emergency reachability.

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub run: Option<i64>,
    #[serde(default)]
    pub team: Option<String>,
}

/// The CSV of `pings` as of `now` (milliseconds): one row per message, times in UTC.
pub fn csv_of(pings: &[cyberindex_store::Ping], now: i64) -> String {
    use crate::present::iso;
    use cyberindex_answers::cell::{neutralise_all, writer};
    let mut out = writer();
    let _ = out.write_record([
        "check",
        "message",
        "team",
        "channel",
        "address",
        "sent_at",
        "window_hours",
        "acknowledged_at",
        "latency_seconds",
        "outcome",
        "error",
        "note",
    ]);
    for p in pings {
        let m = super::message_of(p);
        // Addresses and SMTP replies come from outside: no cell may become a formula.
        let _ = out.write_record(neutralise_all([
            p.run_id.to_string(),
            p.id.to_string(),
            p.team_id.clone(),
            p.channel.clone(),
            p.address.clone(),
            iso(p.sent_at),
            (p.window_seconds / 3600).to_string(),
            p.acked_at.map(iso).unwrap_or_default(),
            m.latency()
                .map(|l| (l / 1000).to_string())
                .unwrap_or_default(),
            m.outcome(now).as_str().to_string(),
            p.error.clone().unwrap_or_default(),
            p.note.clone().unwrap_or_default(),
        ]));
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}

pub async fn csv(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    signed.secretariat()?;
    let pings = state
        .store
        .pings(filter.run, filter.team.as_deref())
        .await?;
    Ok(super::text_file(
        "text/csv; charset=utf-8",
        "reachability-checks.csv".to_string(),
        csv_of(&pings, cyberindex_store::now_ms()),
    ))
}
