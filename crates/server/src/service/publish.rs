//! Publishing: freezing an edition's validated responses into a numbered publication (the rules
//! and the freezing are `cyberindex_workflow::publish`; these are its server entry points), and
//! loading publications for the public pages, the results API and the static export.

use std::sync::Arc;

use cyberindex_engine::Framework;
use cyberindex_publish::preview::Preview;
use cyberindex_publish::results::PublicEvidence;
use cyberindex_publish::{FrozenAnswer, Site};
use cyberindex_store::{PublicationMeta, Store, StoreError};
pub use cyberindex_workflow::publish::{DEFAULT_LICENCE, PublishRequest, rfc3339};

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// Publishes the next version of an edition from its validated responses
/// ([`cyberindex_workflow::publish::publish`] with the edition's cached framework).
pub async fn publish(
    state: &AppState,
    edition_id: &str,
    request: &PublishRequest,
    by: Option<i64>,
) -> AppResult<PublicationMeta> {
    let framework = state.framework(edition_id).await?;
    let meta = publish_with(&state.store, &framework, edition_id, request, by).await?;
    // The latest aliases and every version's chrome ("a newer version exists") changed.
    state.pages.publication_changed();
    Ok(meta)
}

/// [`publish`] with the edition's framework at hand (the demonstration seeds this way).
pub async fn publish_with(
    store: &Store,
    framework: &Framework,
    edition_id: &str,
    request: &PublishRequest,
    by: Option<i64>,
) -> AppResult<PublicationMeta> {
    Ok(cyberindex_workflow::publish::publish(store, framework, edition_id, request, by).await?)
}

/// What publishing now would publish, compared with the latest version
/// ([`cyberindex_workflow::publish::preview`]).
pub async fn preview(state: &AppState, edition_id: &str) -> AppResult<Preview> {
    let framework = state.framework(edition_id).await?;
    Ok(cyberindex_workflow::publish::preview(&state.store, &framework, edition_id).await?)
}

/// The accepted answers of the validated responses, their public evidence, and how many
/// responses are validated ([`cyberindex_workflow::publish::validated`]).
pub async fn validated(
    store: &Store,
    framework: &Framework,
    edition_id: &str,
) -> AppResult<(Vec<FrozenAnswer>, Vec<PublicEvidence>, i64)> {
    Ok(cyberindex_workflow::publish::validated(store, framework, edition_id).await?)
}

/// The latest version of an edition's publication.
pub async fn latest_version(state: &AppState, edition: &str) -> AppResult<i64> {
    state
        .store
        .publications(Some(edition))
        .await?
        .first()
        .map(|p| p.version)
        .ok_or(AppError::NotFound)
}

/// A publication ready to show (loaded once, then cached: publications never change).
pub async fn site(state: &AppState, edition: &str, version: i64) -> AppResult<Arc<Site>> {
    if let Some(site) = state
        .sites
        .read()
        .expect("not poisoned")
        .get(&(edition.to_string(), version))
    {
        return Ok(site.clone());
    }
    let publication = match state.store.publication(edition, version).await {
        Err(StoreError::NotFound(_)) => return Err(AppError::NotFound),
        other => other?,
    };
    let site = Site::load(
        &publication.framework_source,
        &publication.results_json,
        &publication.answers_csv,
    )
    .map_err(|e| {
        AppError::Internal(anyhow::anyhow!(
            "publication {edition} version {version} no longer loads: {e}"
        ))
    })?;
    let site = Arc::new(site);
    state
        .sites
        .write()
        .expect("not poisoned")
        .insert((edition.to_string(), version), site.clone());
    Ok(site)
}
