//! `GET /results/{edition}/v{n}/compare/?c=KEN&c=GHA…`: up to five countries side by side.
//!
//! The page holds a row for every published country and shows the chosen ones: the server
//! chooses from the query string, and `public.js` does the same in the static copy, where no
//! server reads the query.

use askama::Template;
use axum::extract::{Path, RawQuery, State};
use axum::response::Response;

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::public::{Frame, Mode, Published, score_text, tier_label, unit_name};
use crate::state::AppState;
use crate::web::render;

/// At most this many countries are compared.
pub const MAX: usize = 5;

#[derive(Debug)]
pub struct Choice {
    pub code: String,
    pub name: String,
}

#[derive(Debug)]
pub struct Cell {
    pub text: String,
    pub value: f64,
    pub max: f64,
    pub has: bool,
}

#[derive(Debug)]
pub struct Row {
    pub code: String,
    pub name: String,
    pub rank: String,
    pub tier: String,
    pub overall: Cell,
    pub pillars: Vec<Cell>,
    pub shown: bool,
}

#[derive(Debug, Template)]
#[template(path = "public/compare.html")]
pub struct ComparePage {
    pub frame: Frame,
    pub options: Vec<Choice>,
    /// One selector per country that can be compared: its label and chosen country (empty when
    /// unused).
    pub slots: Vec<(String, String)>,
    pub pillars: Vec<String>,
    pub rows: Vec<Row>,
    pub any_shown: bool,
    pub max: usize,
}

/// The countries named by `c=` in a query string, known ones only, at most five, no repeats.
pub fn chosen(query: &str, p: &Published) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for pair in query.split('&') {
        if let Some(code) = pair.strip_prefix("c=") {
            let code = code.to_ascii_uppercase();
            if p.site.unit(&code).is_some() && !out.contains(&code) && out.len() < MAX {
                out.push(code);
            }
        }
    }
    out
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool, chosen: Vec<String>) -> ComparePage {
    let site = p.site;
    let frame = p.frame(
        tr,
        mode,
        demo,
        "compare/",
        "compare",
        format!(
            "{} · {}",
            site.results.edition.name_in(tr.lang),
            tr.t("public-compare-title")
        ),
    );
    let pillars = site.pillars();
    let cell = |x: Option<f64>, max: f64| Cell {
        text: score_text(site, x.map(|v| site.framework.round(v))),
        value: x.unwrap_or(0.0),
        max,
        has: x.is_some(),
    };
    let mut options: Vec<Choice> = site
        .results
        .units
        .iter()
        .map(|u| Choice {
            code: u.report.unit.clone(),
            name: unit_name(tr, u),
        })
        .collect();
    options.sort_by(|a, b| a.name.cmp(&b.name));
    let mut rows: Vec<Row> = site
        .results
        .units
        .iter()
        .map(|u| Row {
            code: u.report.unit.clone(),
            name: unit_name(tr, u),
            rank: u.report.rank.map_or_else(String::new, |r| r.to_string()),
            tier: tier_label(site, tr, site.tier_index(u)),
            overall: cell(u.report.overall, site.framework.root().max),
            pillars: pillars
                .iter()
                .map(|i| cell(site.score(u, *i), site.framework.nodes[*i].max))
                .collect(),
            shown: chosen.contains(&u.report.unit),
        })
        .collect();
    // The chosen countries first, in the order chosen.
    rows.sort_by_key(|r| chosen.iter().position(|c| c == &r.code).unwrap_or(MAX));
    let mut slots = chosen;
    slots.resize(MAX, String::new());
    let slots = slots
        .into_iter()
        .enumerate()
        .map(|(i, code)| {
            (
                tr.ta(
                    "public-compare-country",
                    &[("number", &(i + 1).to_string())],
                ),
                code,
            )
        })
        .collect();
    ComparePage {
        options,
        slots,
        pillars: pillars
            .iter()
            .map(|i| tr.pick(&site.framework.nodes[*i].label).to_string())
            .collect(),
        any_shown: rows.iter().any(|r| r.shown),
        rows,
        max: MAX,
        frame,
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let published = loaded.published();
    let chosen = chosen(query.as_deref().unwrap_or(""), &published);
    render(&page(&published, tr, Mode::Live, state.config.demo, chosen))
}
