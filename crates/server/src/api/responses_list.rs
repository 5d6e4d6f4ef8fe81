//! `GET /api/v1/editions/{edition}/responses`: the dashboard as data. Every participating country
//! the caller may read, with its status, review round, progress and last activity.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_answers::countries;
use cyberindex_store::Answer;
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::answers;
use crate::state::AppState;

/// One country's response in the dashboard.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ResponseRow {
    /// ISO 3166-1 alpha-3.
    pub country: String,
    pub itu_region: String,
    /// not-started, in-progress, submitted, in-review, returned or validated.
    pub status: String,
    pub round: i64,
    pub answered: u32,
    /// Questions asked, given the answers so far.
    pub relevant: u32,
    pub percent: u32,
    /// Unix milliseconds.
    pub last_activity_at: Option<i64>,
    pub submitted_at: Option<i64>,
}

#[utoipa::path(get, operation_id = "listResponses", path = "/api/v1/editions/{edition}/responses", tag = "responses",
    params(("edition" = String, Path)),
    responses((status = 200, description = "The responses the caller may read, by country", body = [ResponseRow]),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
) -> AppResult<Json<Vec<ResponseRow>>> {
    let readable = signed.readable_countries();
    let framework = state.framework(&edition).await?;
    let mut by_country: HashMap<String, Vec<Answer>> = HashMap::new();
    for (country, answer) in state.store.edition_answers(&edition).await? {
        if readable.as_ref().is_none_or(|r| r.contains(&country)) {
            by_country.entry(country).or_default().push(answer);
        }
    }
    let rows = state
        .store
        .responses(&edition)
        .await?
        .into_iter()
        .filter(|r| readable.as_ref().is_none_or(|c| c.contains(&r.country)))
        .map(|r| {
            let answers = by_country.get(&r.country).map_or(&[][..], Vec::as_slice);
            let progress = answers::progress(&framework, answers, &[]);
            ResponseRow {
                itu_region: countries::by_alpha3(&r.country)
                    .map_or(String::new(), |c| c.itu_region.clone()),
                status: r.status.as_str().to_string(),
                round: r.round,
                answered: progress.answered,
                relevant: progress.relevant,
                percent: progress.percent,
                last_activity_at: r.last_activity_at,
                submitted_at: r.submitted_at,
                country: r.country,
            }
        })
        .collect();
    Ok(Json(rows))
}
