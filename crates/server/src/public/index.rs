//! `GET /results/`: the published editions, and `GET /results/{edition}/`, which leads to the
//! latest version of an edition.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use cyberindex_store::{Edition, PublicationMeta};

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::public::{Frame, Mode};
use crate::service::publish::latest_version;
use crate::state::AppState;
use crate::web::{render, when};

#[derive(Debug)]
pub struct EditionRow {
    pub name: String,
    pub href: String,
    pub version: i64,
    pub published: String,
    pub countries: i64,
    /// Earlier versions: (label, href).
    pub earlier: Vec<(String, String)>,
}

#[derive(Debug, Template)]
#[template(path = "public/index.html")]
pub struct IndexPage {
    pub frame: Frame,
    pub editions: Vec<EditionRow>,
}

/// `publications`: every publication, newest first; `editions`: the editions, whose names (in
/// the reader's language, or the default name) the rows show (the id when one is missing).
pub fn page(
    tr: Tr,
    mode: Mode,
    demo: bool,
    publications: &[PublicationMeta],
    editions: &[Edition],
) -> IndexPage {
    let name = |id: &str| {
        editions
            .iter()
            .find(|e| e.id == id)
            .map_or(id, |e| e.name_in(tr.lang))
            .to_string()
    };
    let mut editions: Vec<EditionRow> = Vec::new();
    for p in publications {
        if let Some(row) = editions
            .iter_mut()
            .find(|r| r.href.starts_with(&format!("{}/", p.edition)))
        {
            row.earlier.push((
                tr.ta("public-version", &[("version", &p.version.to_string())]),
                format!("{}/v{}/", p.edition, p.version),
            ));
            continue;
        }
        editions.push(EditionRow {
            name: name(&p.edition),
            href: format!("{}/v{}/", p.edition, p.version),
            version: p.version,
            published: when(p.published_at),
            countries: p.countries,
            earlier: Vec::new(),
        });
    }
    IndexPage {
        frame: Frame::new(tr, mode, demo, "", tr.t("public-index-title")),
        editions,
    }
}

pub async fn show(State(state): State<AppState>, tr: Tr) -> AppResult<Response> {
    let publications = state.store.publications(None).await?;
    let editions = state.store.editions().await?;
    render(&page(
        tr,
        Mode::Live,
        state.config.demo,
        &publications,
        &editions,
    ))
}

/// `GET /results/{edition}/`: to the latest version.
pub async fn latest(
    State(state): State<AppState>,
    Path(edition): Path<String>,
) -> AppResult<Response> {
    let version = latest_version(&state, &edition).await?;
    Ok(Redirect::to(&format!("/results/{edition}/v{version}/")).into_response())
}
