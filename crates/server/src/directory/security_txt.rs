//! `GET /directory/teams/{id}/security.txt`: the team's `security.txt` (RFC 9116) from its
//! public fields, valid for 180 days from now, with `Canonical` naming the address the team
//! should publish it at (`/.well-known/security.txt` on its first website, else this one).

use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_directory::{Visibility, security_txt};

use crate::error::AppResult;
use crate::state::AppState;

/// How long a generated file is valid (RFC 9116 advises less than a year).
pub const VALID_FOR_DAYS: i64 = 180;

pub async fn show(State(state): State<AppState>, Path(id): Path<String>) -> AppResult<Response> {
    let (_, team) = super::load(&state, &id, Visibility::Public).await?;
    let canonical = team.websites.first().map_or_else(
        || {
            format!(
                "{}/directory/teams/{id}/security.txt",
                state.config.public_url.trim_end_matches('/')
            )
        },
        |site| {
            format!(
                "{}/.well-known/security.txt",
                site.value.trim_end_matches('/')
            )
        },
    );
    let text = security_txt::generate(
        &team,
        time::OffsetDateTime::now_utc(),
        &canonical,
        time::Duration::days(VALID_FOR_DAYS),
        None,
    );
    Ok(super::text_file(
        "text/plain; charset=utf-8",
        "security.txt".into(),
        text,
    ))
}
