//! `GET /results/{edition}/v{n}/compare/?c=KEN,FRA,BRA`: up to six countries side by side: a
//! chart of their pillar scores, a summary table, and every pillar and indicator with each
//! country's difference from the first one chosen.
//!
//! Countries are added by typing: the form's `add=` takes a name in any of the six languages or
//! an ISO code (without JavaScript the server resolves it; with JavaScript the box is a
//! combobox). The address is kept clean: any other spelling of a valid choice (`c=KEN&c=fra`,
//! `add=`) is redirected to `?c=KEN,FRA`, so the address can be shared as it is.
//!
//! The static copy has no server to read the query: its page holds the summary row of every
//! country, and `public.js` shows the ones named by `?c=`.

use askama::Template;
use axum::extract::{Path, Query, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use cyberindex_answers::countries;
use cyberindex_engine::NodeKind;

use crate::error::AppResult;
use crate::i18n::{Bidi, Tr};
use crate::public::{Frame, Mode, Published, score_text, tier_label, unit_name};
use crate::state::AppState;
use crate::web::render;

/// At most this many countries are compared.
pub const MAX: usize = 6;

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

/// A chosen country, with the address of the comparison without it.
#[derive(Debug)]
pub struct Chip {
    pub code: String,
    pub name: String,
    pub remove_href: String,
}

/// One cell of the indicator table: the score, and for every country after the first its
/// difference from the first (`+1.25`, `−0.50`, `=`), with its direction for styling.
#[derive(Debug)]
pub struct DiffCell {
    pub text: String,
    pub diff: String,
    /// `up`, `down`, `same`, or empty (no difference shown).
    pub class: &'static str,
}

#[derive(Debug)]
pub struct IndicatorRow {
    pub name: Bidi,
    pub depth: u8,
    pub cells: Vec<DiffCell>,
}

/// What went wrong with the request, said on the page.
#[derive(Debug)]
pub enum Problem {
    /// `add=` matched no country of this edition.
    NoMatch(String),
    /// `add=` matched several: links to add each.
    Several(String, Vec<Chip>),
    /// Already six countries.
    Full,
    /// Codes in `c=` that are not countries of this edition.
    Unknown(String),
}

#[derive(Debug, Template)]
#[template(path = "public/compare.html")]
pub struct ComparePage {
    pub frame: Frame,
    pub chips: Vec<Chip>,
    /// The chosen codes, comma-separated (the form's hidden `c`).
    pub chosen: String,
    pub problem: Option<Problem>,
    pub pillars: Vec<String>,
    pub rows: Vec<Row>,
    pub any_shown: bool,
    pub chart: String,
    pub chart_tools: Option<super::charts::Tools>,
    pub indicator_rows: Vec<IndicatorRow>,
    /// Names of the chosen countries, for the indicator table's header.
    pub columns: Vec<String>,
    pub first: String,
    pub max: usize,
}

/// The countries asked for: every `c=` value (each may list codes separated by commas), then
/// `add=` resolved by name or code.
#[derive(Debug, Default)]
pub struct Choice {
    pub codes: Vec<String>,
    pub problem: Option<Problem>,
}

fn href(codes: &[&str]) -> String {
    if codes.is_empty() {
        "./".to_string()
    } else {
        format!("?c={}", codes.join(","))
    }
}

/// Reads `c=` and `add=` pairs against a publication.
pub fn choose(pairs: &[(String, String)], p: &Published, tr: Tr) -> Choice {
    let mut choice = Choice::default();
    let mut unknown: Vec<String> = Vec::new();
    for (key, value) in pairs {
        if key != "c" {
            continue;
        }
        for code in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let code = code.to_ascii_uppercase();
            if p.site.unit(&code).is_none() {
                unknown.push(code.chars().take(8).collect());
            } else if !choice.codes.contains(&code) {
                if choice.codes.len() < MAX {
                    choice.codes.push(code);
                } else {
                    choice.problem = Some(Problem::Full);
                }
            }
        }
    }
    if !unknown.is_empty() {
        choice.problem = Some(Problem::Unknown(unknown.join(", ")));
    }
    let add = super::search::clean(
        pairs
            .iter()
            .filter(|(k, _)| k == "add")
            .map(|(_, v)| v.as_str())
            .find(|v| !v.trim().is_empty())
            .unwrap_or(""),
    );
    if add.is_empty() {
        return choice;
    }
    let published = p
        .site
        .results
        .units
        .iter()
        .filter_map(|u| countries::by_alpha3(&u.report.unit));
    let found = countries::search(published, &add);
    // One exact match (a code or a whole name), or the only match there is.
    let pick = super::search::exact(p, &add)
        .map(str::to_string)
        .or_else(|| match found.as_slice() {
            [one] => Some(one.alpha3.clone()),
            _ => None,
        });
    match pick {
        Some(code) if choice.codes.contains(&code) => {}
        Some(_) if choice.codes.len() >= MAX => choice.problem = Some(Problem::Full),
        Some(code) => choice.codes.push(code),
        None if found.is_empty() => choice.problem = Some(Problem::NoMatch(add)),
        None => {
            let chips = found
                .iter()
                .take(10)
                .map(|c| {
                    let mut codes: Vec<&str> = choice.codes.iter().map(String::as_str).collect();
                    codes.push(&c.alpha3);
                    Chip {
                        code: c.alpha3.clone(),
                        name: c.name(tr.lang).to_string(),
                        remove_href: href(&codes),
                    }
                })
                .collect();
            choice.problem = Some(Problem::Several(add, chips));
        }
    }
    choice
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool, choice: Choice) -> ComparePage {
    let site = p.site;
    let frame = p.frame(
        tr,
        mode,
        demo,
        "compare/",
        "compare",
        format!(
            "{} · {}",
            super::isolate(site.results.edition.name_in(tr.lang)),
            tr.t("public-compare-title")
        ),
    );
    let chosen = choice.codes;
    let units: Vec<_> = chosen.iter().filter_map(|c| site.unit(c)).collect();
    let pillars = site.pillars();
    let rounded = |x: Option<f64>| score_text(site, x.map(|v| site.framework.round(v)));
    let cell = |x: Option<f64>, max: f64| Cell {
        text: rounded(x),
        value: x.unwrap_or(0.0),
        max,
        has: x.is_some(),
    };
    let row = |u: &cyberindex_publish::results::PublishedUnit, shown: bool| Row {
        code: u.report.unit.clone(),
        name: unit_name(tr, u),
        rank: u.report.rank.map_or_else(String::new, |r| r.to_string()),
        tier: tier_label(site, tr, site.tier_index(u)),
        overall: cell(u.report.overall, site.framework.root().max),
        pillars: pillars
            .iter()
            .map(|i| cell(site.score(u, *i), site.framework.nodes[*i].max))
            .collect(),
        shown,
    };
    // Live pages hold the chosen countries only; the static copy holds every country, hidden,
    // for its script to show.
    let rows: Vec<Row> = match mode {
        Mode::Live => units.iter().map(|u| row(u, true)).collect(),
        Mode::Static => {
            let mut all: Vec<Row> = site.results.units.iter().map(|u| row(u, false)).collect();
            all.sort_by(|a, b| a.name.cmp(&b.name));
            all
        }
    };
    let codes: Vec<&str> = chosen.iter().map(String::as_str).collect();
    let chips = units
        .iter()
        .map(|u| {
            let others: Vec<&str> = codes
                .iter()
                .copied()
                .filter(|c| *c != u.report.unit)
                .collect();
            Chip {
                code: u.report.unit.clone(),
                name: unit_name(tr, u),
                remove_href: href(&others),
            }
        })
        .collect();
    let (chart, chart_tools) = if units.is_empty() {
        (String::new(), None)
    } else {
        let chart = super::charts::compare(site, tr, &units);
        let tools = super::charts::Tools::new(chart.id.clone(), "../", mode);
        (chart.svg, Some(tools))
    };
    let indicator_rows = if units.is_empty() {
        Vec::new()
    } else {
        site.framework
            .nodes
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, node)| {
                let first = site.score(units[0], i).map(|v| site.framework.round(v));
                IndicatorRow {
                    name: tr.bidi(&node.label),
                    depth: match node.kind {
                        NodeKind::Pillar | NodeKind::Framework => 0,
                        NodeKind::Indicator => 1,
                        NodeKind::SubIndicator => 2,
                    },
                    cells: units
                        .iter()
                        .enumerate()
                        .map(|(k, u)| {
                            let x = site.score(u, i).map(|v| site.framework.round(v));
                            let (diff, class) = match (k, first, x) {
                                (0, _, _) | (_, None, _) | (_, _, None) => (String::new(), ""),
                                (_, Some(a), Some(b)) => {
                                    let d = site.framework.round(b - a);
                                    if d.abs() < 1e-9 {
                                        ("=".to_string(), "same")
                                    } else if d > 0.0 {
                                        (
                                            format!(
                                                "+{d:.*}",
                                                usize::from(site.framework.precision)
                                            ),
                                            "up",
                                        )
                                    } else {
                                        (
                                            format!(
                                                "−{:.*}",
                                                usize::from(site.framework.precision),
                                                d.abs()
                                            ),
                                            "down",
                                        )
                                    }
                                }
                            };
                            DiffCell {
                                text: score_text(site, x),
                                diff,
                                class,
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    };
    ComparePage {
        chips,
        chosen: chosen.join(","),
        problem: choice.problem,
        pillars: pillars
            .iter()
            .map(|i| tr.pick(&site.framework.nodes[*i].label).to_string())
            .collect(),
        any_shown: rows.iter().any(|r| r.shown),
        rows,
        chart,
        chart_tools,
        indicator_rows,
        columns: units.iter().map(|u| unit_name(tr, u)).collect(),
        first: units.first().map(|u| unit_name(tr, u)).unwrap_or_default(),
        max: MAX,
        frame,
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
    Query(pairs): Query<Vec<(String, String)>>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let published = loaded.published();
    let choice = choose(&pairs, &published, tr);
    if choice.problem.is_none() {
        // The clean address of a valid choice, so that what is shared is short and stable.
        let canonical = (!choice.codes.is_empty()).then(|| format!("c={}", choice.codes.join(",")));
        let raw = raw.filter(|r| !r.is_empty());
        if raw
            .as_deref()
            .map(|r| r.replace("%2C", ",").replace("%2c", ","))
            != canonical.clone()
        {
            let to = format!(
                "/results/{edition}/{version}/compare/{}",
                canonical.map_or_else(String::new, |c| format!("?{c}"))
            );
            return Ok(Redirect::to(&to).into_response());
        }
    }
    render(&page(&published, tr, Mode::Live, state.config.demo, choice))
}
