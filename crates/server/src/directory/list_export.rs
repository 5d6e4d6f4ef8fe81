//! `GET /directory/lists/{id}.csv` and `/directory/lists/{id}.vcf`: a saved query's teams as a
//! mailing list, at the reader's level (the secretariat sees everything; a signed-in member
//! the public and members' fields). The CSV has one row per channel (team id, name, country,
//! kind, address or number, uses); `?usage=emergency|contact|abuse|reports` keeps the channels
//! of one use, and a query with `emergency=1` keeps the emergency channels. The vCard file is
//! the card of each team. Signing in is required: the names of the lists are the secretariat's.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use cyberindex_directory::Team;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct Options {
    #[serde(default)]
    pub usage: String,
}

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(file): Path<String>,
    Query(options): Query<Options>,
) -> AppResult<Response> {
    let (id, vcf) = match (file.strip_suffix(".csv"), file.strip_suffix(".vcf")) {
        (Some(id), _) => (id, false),
        (_, Some(id)) => (id, true),
        _ => return Err(AppError::NotFound),
    };
    let id: i64 = id.parse().map_err(|_| AppError::NotFound)?;
    let usage = match options.usage.as_str() {
        "" => None,
        key => Some(
            super::USAGES
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, u)| *u)
                .ok_or_else(|| {
                    AppError::bad(
                        "usage",
                        crate::msg!("directory-list-error-usage", usage = key),
                    )
                })?,
        ),
    };
    let query = state.store.saved_query(id).await?;
    let filter = super::Filter::parse(&query.query);
    let level = super::level(Some(signed.user()));
    let teams = super::load_all(&state, level).await?;
    let refs: Vec<&Team> = teams.iter().map(|(_, t)| t).collect();
    Ok(if vcf {
        super::text_file(
            "text/vcard; charset=utf-8",
            format!("list-{id}.vcf"),
            super::mailing_vcf(&refs, &filter, level),
        )
    } else {
        super::text_file(
            "text/csv; charset=utf-8",
            format!("list-{id}.csv"),
            super::mailing_csv(&refs, &filter, usage.as_ref())?,
        )
    })
}
