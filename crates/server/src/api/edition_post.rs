//! `POST /api/v1/editions`: a secretariat administrator creates an edition from a shipped
//! framework or a framework's text; the framework is frozen into it. `POST …/{edition}/archive`
//! archives one and `POST …/{edition}/unarchive` opens it again.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde::Deserialize;

use crate::api::ApiJson;
use crate::api::editions_list::EditionDoc;
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult, workflow_msg};
use crate::i18n::{Render, Tr};
use crate::service::editions::framework_source;
use crate::state::AppState;
use cyberindex_workflow::WorkflowError;
use cyberindex_workflow::edition::{EditionForm, check};

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEditionBody {
    /// 1 to 40 lowercase letters, digits and dashes, such as `2026`.
    pub id: String,
    /// The default name, shown in every language without a name of its own in `names`.
    pub name: String,
    /// The name in other languages, by UN language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`),
    /// such as `{"fr": "Indice 2026"}`; each at most 200 characters, without control characters.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// A shipped framework, such as `gca-national-index.toml`; or give `framework_source`.
    #[serde(default)]
    pub framework: Option<String>,
    /// The framework file's text (TOML).
    #[serde(default)]
    pub framework_source: Option<String>,
    /// YYYY-MM-DD.
    pub opens_on: String,
    /// YYYY-MM-DD.
    pub deadline: String,
    /// ISO 3166-1 alpha-3 codes; empty for every country of the master list.
    #[serde(default)]
    pub countries: Vec<String>,
    /// An earlier edition whose answers are carried forward, unconfirmed.
    #[serde(default)]
    pub carry_forward_from: Option<String>,
}

fn doc(e: cyberindex_store::Edition) -> EditionDoc {
    EditionDoc {
        id: e.id,
        name: e.name,
        names: e.names,
        framework_id: e.framework_id,
        framework_version: e.framework_version,
        opens_on: e.opens_on,
        deadline: e.deadline,
        archived: e.archived_at.is_some(),
        countries: e.countries,
    }
}

#[utoipa::path(post, operation_id = "createEdition", path = "/api/v1/editions", tag = "editions",
    request_body = NewEditionBody,
    responses((status = 201, description = "Created", body = EditionDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 422, description = "Every problem found, with the framework's diagnostics as file:line:column", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    signed: SignedIn,
    ApiJson(body): ApiJson<NewEditionBody>,
) -> AppResult<(StatusCode, Json<EditionDoc>)> {
    let admin = signed.admin()?;
    let source = match (&body.framework_source, &body.framework) {
        (Some(text), _) => Some(("framework".to_string(), text.clone())),
        (None, Some(name)) => match framework_source(&state.config.frameworks, name) {
            Some(text) => Some((
                name.clone(),
                text.map_err(|e| AppError::Internal(e.into()))?,
            )),
            None => None,
        },
        _ => None,
    };
    let form = EditionForm {
        id: body.id,
        name: body.name,
        names: body.names,
        framework: body.framework.unwrap_or_default(),
        opens_on: body.opens_on,
        deadline: body.deadline,
        countries: body.countries.join(","),
        carry_forward_from: body.carry_forward_from.unwrap_or_default(),
    };
    let mut checked = check(&form, source);
    let from = form.carry_forward_from.trim().to_string();
    if !from.is_empty() && state.store.edition(&from).await.is_err() {
        let (mut errors, diagnostics) = checked.err().unwrap_or_default();
        errors.push(WorkflowError::EditionCarryForward {
            edition: from.clone(),
        });
        checked = Err((errors, diagnostics));
    }
    let edition = match checked {
        Ok(edition) => edition,
        Err((errors, diagnostics)) => {
            let mut detail: Vec<String> = errors
                .iter()
                .map(|e| workflow_msg(e).render(Tr::new("en")))
                .collect();
            if !diagnostics.is_empty() {
                detail.push(diagnostics);
            }
            return Err(AppError::BadRequest {
                field: None,
                message: crate::msg!("error-edition-invalid", detail = detail.join("\n")),
            });
        }
    };
    let created = state
        .store
        .create_edition(&edition, Some(admin.0.id))
        .await?;
    if !from.is_empty() {
        crate::service::editions::carry_forward(&state, &from, &edition.id, Some(admin.0.id))
            .await?;
    }
    Ok((StatusCode::CREATED, Json(doc(created))))
}

#[utoipa::path(post, operation_id = "archiveEdition", path = "/api/v1/editions/{edition}/archive", tag = "editions",
    params(("edition" = String, Path)),
    responses((status = 200, description = "Archived", body = EditionDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, description = "No such open edition", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn archive(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
) -> AppResult<Json<EditionDoc>> {
    let admin = signed.admin()?;
    state
        .store
        .archive_edition(&edition, Some(admin.0.id))
        .await?;
    Ok(Json(doc(state.store.edition(&edition).await?)))
}

#[utoipa::path(post, operation_id = "unarchiveEdition", path = "/api/v1/editions/{edition}/unarchive", tag = "editions",
    params(("edition" = String, Path)),
    responses((status = 200, description = "Open again", body = EditionDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, description = "No such archived edition", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn unarchive(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
) -> AppResult<Json<EditionDoc>> {
    let admin = signed.admin()?;
    state
        .store
        .unarchive_edition(&edition, Some(admin.0.id))
        .await?;
    tracing::info!(user = admin.0.id, edition, "edition unarchived");
    Ok(Json(doc(state.store.edition(&edition).await?)))
}
