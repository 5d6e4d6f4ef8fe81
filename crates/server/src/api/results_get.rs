//! `GET /api/v1/editions/{edition}/results[?version=N]`: the published results as JSON, in the
//! same schema as the open data's `results.json` (`cyberindex/results/1`). Public: no sign-in.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::error::AppResult;
use crate::service::publish::{latest_version, site};
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct VersionQuery {
    /// A publication version; the latest when absent.
    pub version: Option<i64>,
}

#[utoipa::path(get, operation_id = "getResults", path = "/api/v1/editions/{edition}/results", tag = "publishing",
    params(("edition" = String, Path), VersionQuery),
    responses((status = 200, description = "The results document (schema cyberindex/results/1; JSON Schema at /opendata/{edition}/v{n}/schema.json)", content_type = "application/json"),
              (status = 404, description = "Not published, or no such version", body = crate::error::ErrorBody)))]
pub async fn get(
    State(state): State<AppState>,
    Path(edition): Path<String>,
    Query(query): Query<VersionQuery>,
) -> AppResult<Response> {
    let version = match query.version {
        Some(v) => v,
        None => latest_version(&state, &edition).await?,
    };
    let site = site(&state, &edition, version).await?;
    // The document is kept by the site; the body shares it (no copy of several MB), and the
    // page cache (`public/caching.rs`) compresses it once and sets the caching headers.
    let document = site
        .file("results.json")
        .ok_or(crate::error::AppError::NotFound)??;
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        axum::body::Body::from(axum::body::Bytes::from_owner(document)),
    )
        .into_response())
}
