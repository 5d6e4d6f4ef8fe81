//! `GET /results/{edition}/v{n}/search/?q=…`: find a country of a publication by its name in any
//! of the six UN languages or its ISO code. Without JavaScript the search box on every page posts
//! here: one exact match (a code, or a whole name) goes straight to the profile, anything else
//! lists the matches. With JavaScript, `public.js` turns the same box into a combobox fed by
//! `search/countries.json`. The static copy has the page with every country listed (the
//! script filters it by `?q=`) and the same JSON file.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use cyberindex_answers::countries::{self, Country, Match};
use serde::{Deserialize, Serialize};

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::public::{Frame, Mode, Published, score_text, tier_label};
use crate::state::AppState;
use crate::web::render;

/// Longest query read; longer ones are cut, since no country name comes near it.
const MAX_QUERY: usize = 100;

#[derive(Debug)]
pub struct Hit {
    pub code: String,
    pub name: String,
    pub score: String,
    pub tier: String,
}

#[derive(Debug, Template)]
#[template(path = "public/search.html")]
pub struct SearchPage {
    pub frame: Frame,
    pub query: String,
    pub hits: Vec<Hit>,
    /// Every country is listed (no query): the page is the index of countries.
    pub all: bool,
}

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    pub q: String,
}

/// The countries of a publication, in the order of its units, from the master list.
fn published_countries<'a>(p: &'a Published<'_>) -> impl Iterator<Item = &'static Country> + 'a {
    p.site
        .results
        .units
        .iter()
        .filter_map(|u| countries::by_alpha3(&u.report.unit))
}

/// A query as read: trimmed, and cut at [`MAX_QUERY`] characters.
pub fn clean(query: &str) -> String {
    query.trim().chars().take(MAX_QUERY).collect()
}

/// The one country a query names exactly (by code or whole name), if only one does.
pub fn exact(p: &Published<'_>, query: &str) -> Option<&'static str> {
    let folded = countries::fold(&clean(query));
    let mut exact = published_countries(p).filter(|c| c.matches(&folded) == Some(Match::Exact));
    match (exact.next(), exact.next()) {
        (Some(c), None) => Some(c.alpha3.as_str()),
        _ => None,
    }
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool, query: &str) -> SearchPage {
    let site = p.site;
    let query = clean(query);
    let mut frame = p.frame(
        tr,
        mode,
        demo,
        "search/",
        "search",
        format!(
            "{} · {}",
            super::isolate(site.results.edition.name_in(tr.lang)),
            tr.t("public-search-title")
        ),
    );
    frame.search.clone_from(&query);
    let all = query.is_empty();
    let mut found: Vec<&Country> = if all {
        published_countries(p).collect()
    } else {
        countries::search(published_countries(p), &query)
    };
    if all {
        found.sort_by(|a, b| a.name(tr.lang).cmp(b.name(tr.lang)));
    }
    let hits = found
        .into_iter()
        .filter_map(|c| {
            let unit = site.unit(&c.alpha3)?;
            Some(Hit {
                code: c.alpha3.clone(),
                name: c.name(tr.lang).to_string(),
                score: score_text(site, unit.report.overall),
                tier: tier_label(site, tr, site.tier_index(unit)),
            })
        })
        .collect();
    SearchPage {
        frame,
        query,
        hits,
        all,
    }
}

/// One entry of `countries.json`: what the combobox shows and matches on.
#[derive(Debug, Serialize)]
struct Entry<'a> {
    /// ISO alpha-3: the profile is `countries/{code}/`.
    code: &'a str,
    alpha2: &'a str,
    /// Names in the six languages (ar, zh, en, fr, ru, es).
    names: [&'a str; 6],
}

/// `search/countries.json`: the publication's countries for the combobox, the same for every
/// language (the script picks the reader's names and folds them the way [`countries::fold`]
/// does).
pub fn json(p: &Published) -> Vec<u8> {
    let entries: Vec<Entry> = published_countries(p)
        .map(|c| Entry {
            code: &c.alpha3,
            alpha2: &c.alpha2,
            names: c.names(),
        })
        .collect();
    serde_json::to_vec(&entries).expect("plain strings serialise")
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
    Query(query): Query<SearchQuery>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let published = loaded.published();
    if let Some(code) = exact(&published, &query.q) {
        return Ok(
            Redirect::to(&format!("/results/{edition}/{version}/countries/{code}/"))
                .into_response(),
        );
    }
    render(&page(
        &published,
        tr,
        Mode::Live,
        state.config.demo,
        &query.q,
    ))
}

pub async fn countries_json(
    State(state): State<AppState>,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    Ok((
        [(header::CONTENT_TYPE, "application/json")],
        json(&loaded.published()),
    )
        .into_response())
}
