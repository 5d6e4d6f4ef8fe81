//! `GET /api/v1/editions`: the editions the caller may see.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

/// An edition.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EditionDoc {
    pub id: String,
    /// The default name, shown in every language without a name of its own in `names`.
    pub name: String,
    /// The name in other languages, by UN language code; empty when there is none.
    pub names: BTreeMap<String, String>,
    pub framework_id: String,
    pub framework_version: String,
    /// YYYY-MM-DD.
    pub opens_on: String,
    /// YYYY-MM-DD.
    pub deadline: String,
    pub archived: bool,
    /// Participating countries the caller may see (ISO 3166-1 alpha-3).
    pub countries: Vec<String>,
}

#[utoipa::path(get, operation_id = "listEditions", path = "/api/v1/editions", tag = "editions",
    responses((status = 200, description = "Editions the caller may see", body = [EditionDoc]),
              (status = 401, description = "Not signed in", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
) -> AppResult<Json<Vec<EditionDoc>>> {
    let readable = signed.readable_countries();
    let editions = state
        .store
        .editions()
        .await?
        .into_iter()
        .filter_map(|e| {
            let countries: Vec<String> = match &readable {
                None => e.countries.clone(),
                Some(r) => e
                    .countries
                    .iter()
                    .filter(|c| r.contains(c))
                    .cloned()
                    .collect(),
            };
            (readable.is_none() || !countries.is_empty()).then(|| EditionDoc {
                id: e.id,
                name: e.name,
                names: e.names,
                framework_id: e.framework_id,
                framework_version: e.framework_version,
                opens_on: e.opens_on,
                deadline: e.deadline,
                archived: e.archived_at.is_some(),
                countries,
            })
        })
        .collect();
    Ok(Json(editions))
}
