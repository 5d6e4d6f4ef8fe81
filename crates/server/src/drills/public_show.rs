//! `GET /drills/results/{id}/`: the public page of one drill's results, the public copy of its
//! after-action report as a web page: the drill's facts, the aggregate (teams, responses,
//! mean, lowest and highest score), the share of teams that met each expectation with the
//! strengths and gaps, and the timeline; with the same copy as PDF and workbook in each of
//! the drill's languages. The page speaks the reader's language; the scenario's own texts
//! (inject titles, expectations) are in the drill's language nearest to it (`?lang=`). Only for a drill that is over and whose host agreed; any other id
//! is 404. No team is named (`workflow::drill::public_report`).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_drill::report::AfterAction;

use super::ReportQuery;
use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Template)]
#[template(path = "drills/public_show.html")]
pub struct PublicShowPage {
    pub page: Page,
    /// In the reader's words (`cyberindex_drill::report::localise`).
    pub report: AfterAction,
    /// The drill's languages as (code, name), for the downloads.
    pub languages: Vec<(String, String)>,
    pub mean: String,
    pub min: String,
    pub max: String,
}

fn score(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_string(), |v| format!("{v:.0}"))
}

/// The public copy of drill `id` in the language asked, else the reader's when the drill has
/// it, else the drill's first.
pub async fn public_copy(
    state: &AppState,
    id: i64,
    asked: Option<&str>,
    reader: &str,
) -> AppResult<AfterAction> {
    let drill = state.store.drill(id).await?;
    let lang = super::language_of(&drill.languages, asked, reader);
    Ok(cyberindex_workflow::drill::public_report(&state.store, id, &lang).await?)
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = public_copy(&state, id, query.lang.as_deref(), tr.lang).await?;
    // The page's words in the reader's language; the scenario's texts in the drill's
    // language nearest to it (`?lang=` one of the drill's).
    let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
    let report = cyberindex_drill::report::localise(&report, &labels);
    let languages = report
        .facts
        .languages
        .split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let name = crate::i18n::LANGUAGES
                .iter()
                .find(|(code, _)| *code == l)
                .map_or(l, |(_, n)| *n);
            (l.to_string(), name.to_string())
        })
        .collect();
    render(&PublicShowPage {
        page: Page::new(
            tr,
            crate::directory::reader(&caller),
            state.config.demo,
            &uri,
            report.facts.title.clone(),
        ),
        mean: score(report.aggregate.mean),
        min: score(report.aggregate.min),
        max: score(report.aggregate.max),
        languages,
        report,
    })
}
