//! `POST /api/v1/editions/{edition}/publish`: a secretariat administrator publishes the edition's
//! validated responses as its next publication version.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::publish::{self, DEFAULT_LICENCE, PublishRequest, rfc3339};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PublishBody {
    /// What changed since the previous version; required from the second version on.
    #[serde(default)]
    pub change_note: String,
    /// The licence of the published data; CC BY 4.0 when absent.
    #[serde(default)]
    pub licence: Option<String>,
}

/// A publication version.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PublicationDoc {
    pub edition: String,
    pub version: i64,
    /// RFC 3339, UTC.
    pub published_at: String,
    pub change_note: String,
    pub licence: String,
    pub countries: i64,
    /// The public overview of this version.
    pub url: String,
    /// The results document of this version.
    pub results: String,
}

impl PublicationDoc {
    pub fn new(m: &cyberindex_store::PublicationMeta) -> Self {
        Self {
            edition: m.edition.clone(),
            version: m.version,
            published_at: rfc3339(m.published_at),
            change_note: m.change_note.clone(),
            licence: m.licence.clone(),
            countries: m.countries,
            url: format!("/results/{}/v{}/", m.edition, m.version),
            results: format!(
                "/api/v1/editions/{}/results?version={}",
                m.edition, m.version
            ),
        }
    }
}

#[utoipa::path(post, operation_id = "publishEdition", path = "/api/v1/editions/{edition}/publish", tag = "publishing",
    params(("edition" = String, Path)),
    request_body = PublishBody,
    responses((status = 201, description = "Published", body = PublicationDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 422, description = "Nothing validated to publish, no licence, or no change note for a correction", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
    ApiJson(body): ApiJson<PublishBody>,
) -> AppResult<(StatusCode, Json<PublicationDoc>)> {
    let admin = signed.admin()?;
    let request = PublishRequest {
        change_note: body.change_note,
        licence: body.licence.unwrap_or_else(|| DEFAULT_LICENCE.to_string()),
    };
    let meta = publish::publish(&state, &edition, &request, Some(admin.0.id)).await?;
    Ok((StatusCode::CREATED, Json(PublicationDoc::new(&meta))))
}
