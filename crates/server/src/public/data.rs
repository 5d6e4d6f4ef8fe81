//! `GET /results/{edition}/v{n}/data/`: the open-data downloads of a publication, and the files
//! themselves at `GET /opendata/{edition}/v{n}/{file}` (and public evidence files at
//! `…/evidence/{id}.{extension}`, as the static export writes them, or at the older
//! `…/evidence/{id}/{name}`). Evidence is always an attachment. A publication never changes, so
//! its files are cached publicly.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_publish::opendata::{self, FILES};
use cyberindex_publish::results::PublicEvidence;

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::public::{Frame, Mode, Published};
use crate::service::evidence::content_disposition;
use crate::state::AppState;
use crate::web::render;

#[derive(Debug)]
pub struct FileRow {
    pub href: String,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Template)]
#[template(path = "public/data.html")]
pub struct DataPage {
    pub frame: Frame,
    pub files: Vec<FileRow>,
    pub licence: String,
    pub missing: String,
    pub reproduce: String,
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool) -> DataPage {
    let frame = p.frame(
        tr,
        mode,
        demo,
        "data/",
        "data",
        format!(
            "{} · {}",
            super::isolate(p.site.results.edition.name_in(tr.lang)),
            tr.t("public-data-title")
        ),
    );
    let dir = p.data_dir("data/");
    DataPage {
        files: FILES
            .iter()
            .map(|f| FileRow {
                href: format!("{dir}{}", f.name),
                name: f.name.to_string(),
                description: tr.t(f.key),
            })
            .collect(),
        licence: p.site.results.licence.clone(),
        missing: tr.t("public-missing-values"),
        reproduce:
            "cyberindex score --framework framework.toml --answers answers.csv --format json".into(),
        frame,
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
    ))
}

/// `GET /opendata/{edition}/{version}/{file}`.
pub async fn file(
    State(state): State<AppState>,
    Path((edition, version, name)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let file = opendata::file(&name).ok_or(AppError::NotFound)?;
    let loaded = super::load(&state, &edition, &version).await?;
    let site = &loaded.site;
    let bytes = site.file(file.name).ok_or(AppError::NotFound)??;
    Ok((
        [
            (header::CONTENT_TYPE, file.media_type.to_string()),
            (header::CACHE_CONTROL, "public, max-age=86400".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-v{}-{}\"",
                    loaded.meta.edition, loaded.meta.version, file.name
                ),
            ),
        ],
        bytes.to_vec(),
    )
        .into_response())
}

/// `GET /opendata/{edition}/{version}/evidence/{id}.{extension}`: a file a country made public,
/// served as a download under its uploaded name.
pub async fn evidence_file(
    State(state): State<AppState>,
    Path((edition, version, stored)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let item = loaded
        .site
        .results
        .evidence
        .iter()
        .find(|e| e.stored_name().as_deref() == Some(stored.as_str()))
        .ok_or(AppError::NotFound)?;
    send_evidence(&state, item).await
}

/// `GET /opendata/{edition}/{version}/evidence/{id}/{name}`: the same file at the address of
/// versions before files were published as `{id}.{extension}`.
pub async fn evidence(
    State(state): State<AppState>,
    Path((edition, version, id, name)): Path<(String, String, i64, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let item = loaded
        .site
        .results
        .evidence
        .iter()
        .find(|e| e.id == id && e.file_name.as_deref() == Some(name.as_str()))
        .ok_or(AppError::NotFound)?;
    send_evidence(&state, item).await
}

async fn send_evidence(state: &AppState, item: &PublicEvidence) -> AppResult<Response> {
    let sha = item.sha256.as_deref().ok_or(AppError::NotFound)?;
    let name = item.download_name().ok_or(AppError::NotFound)?;
    // Streamed from the evidence store, never read whole into memory.
    let blob = match state.evidence.get(sha).await {
        Ok(Some(blob)) => blob,
        Ok(None) => return Err(AppError::NotFound),
        Err(e) => return Err(AppError::Internal(e.into())),
    };
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
            (header::CONTENT_DISPOSITION, content_disposition(&name)),
            (header::CONTENT_LENGTH, blob.size.to_string()),
            (header::CACHE_CONTROL, "public, max-age=86400".to_string()),
        ],
        axum::body::Body::from_stream(blob.stream),
    )
        .into_response())
}
