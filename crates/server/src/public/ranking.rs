//! `GET /results/{edition}/v{n}/ranking/`: every published country with its rank, scores, tier
//! and groups. Filters by region and group work on the server (`?region=…&group=…`) and, in the
//! static copy, in `public.js`; column sorting is added by `public.js`.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;

use crate::error::AppResult;
use crate::i18n::Tr;
use crate::public::{Frame, Mode, Published, region_name, score_text, tier_label, unit_name};
use crate::state::AppState;
use crate::web::render;

#[derive(Debug)]
pub struct Row {
    pub rank: String,
    pub code: String,
    pub name: String,
    pub overall: String,
    /// For sorting: the score, or -1 when there is none.
    pub sort_overall: String,
    pub tier: String,
    pub pillars: Vec<String>,
    /// The ITU region as in the master list (for filtering).
    pub itu: String,
    pub itu_label: String,
    pub m49: String,
    /// Space-separated group keys, for filtering.
    pub groups: String,
    pub hidden: bool,
}

#[derive(Debug)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Template)]
#[template(path = "public/ranking.html")]
pub struct RankingPage {
    pub frame: Frame,
    pub pillars: Vec<String>,
    pub rows: Vec<Row>,
    pub regions: Vec<Choice>,
    pub groups: Vec<Choice>,
    pub shown: usize,
}

/// The filter in the query string.
#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub group: String,
}

pub fn page(p: &Published, tr: Tr, mode: Mode, demo: bool, filter: &Filter) -> RankingPage {
    let site = p.site;
    let frame = p.frame(
        tr,
        mode,
        demo,
        "ranking/",
        "ranking",
        format!(
            "{} · {}",
            super::isolate(site.results.edition.name_in(tr.lang)),
            tr.t("public-ranking-title")
        ),
    );
    let pillars = site.pillars();
    let mut regions: Vec<Choice> = vec![Choice {
        value: String::new(),
        label: tr.t("public-filter-all"),
        selected: filter.region.is_empty(),
    }];
    let mut itu: Vec<String> = site
        .results
        .units
        .iter()
        .filter_map(|u| u.groups.as_ref().map(|g| g.itu_region.clone()))
        .collect();
    itu.sort();
    itu.dedup();
    regions.extend(itu.into_iter().map(|r| Choice {
        label: region_name(tr, &r),
        selected: filter.region == r,
        value: r,
    }));
    let mut groups: Vec<Choice> = vec![Choice {
        value: String::new(),
        label: tr.t("public-filter-all"),
        selected: filter.group.is_empty(),
    }];
    groups.extend(cyberindex_publish::site::GROUPS.iter().map(|g| Choice {
        value: g.to_string(),
        label: region_name(tr, g),
        selected: filter.group == *g,
    }));
    let rows: Vec<Row> = site
        .results
        .units
        .iter()
        .map(|u| {
            let g = u.groups.as_ref();
            let keys: Vec<&str> = cyberindex_publish::site::GROUPS
                .iter()
                .copied()
                .filter(|k| cyberindex_publish::site::in_group(u, k))
                .collect();
            let itu = g.map_or(String::new(), |g| g.itu_region.clone());
            let itu_label = region_name(tr, &itu);
            let hidden = (!filter.region.is_empty() && itu != filter.region)
                || (!filter.group.is_empty() && !keys.contains(&filter.group.as_str()));
            Row {
                rank: u.report.rank.map_or_else(String::new, |r| r.to_string()),
                code: u.report.unit.clone(),
                name: unit_name(tr, u),
                overall: score_text(site, u.report.overall),
                sort_overall: u.report.overall.map_or("-1".into(), |v| v.to_string()),
                tier: tier_label(site, tr, site.tier_index(u)),
                pillars: pillars
                    .iter()
                    .map(|i| score_text(site, site.score(u, *i).map(|v| site.framework.round(v))))
                    .collect(),
                m49: g.map_or(String::new(), |g| region_name(tr, &g.m49_region)),
                itu,
                itu_label,
                groups: keys.join(" "),
                hidden,
            }
        })
        .collect();
    RankingPage {
        pillars: pillars
            .iter()
            .map(|i| tr.pick(&site.framework.nodes[*i].label).to_string())
            .collect(),
        shown: rows.iter().filter(|r| !r.hidden).count(),
        rows,
        regions,
        groups,
        frame,
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    render(&page(
        &loaded.published(),
        tr,
        Mode::Live,
        state.config.demo,
        &filter,
    ))
}
