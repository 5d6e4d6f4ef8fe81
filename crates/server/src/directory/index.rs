//! `GET /directory/`: the who's who: every team the directory lists, by country, with the
//! fields the reader may see. `?country=KEN` keeps one country, `?q=` matches names (any part,
//! without regard to case or accents), `?type=national` one type of team. The secretariat also
//! sees each team's staleness score, and `?sort=staleness` lists every team in one table, the
//! stalest first.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_answers::countries::{fold, name_of};
use cyberindex_directory::{TeamType, Usage};
use serde::Deserialize;

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Default, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub q: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    /// `staleness`: one table, the stalest first (secretariat).
    #[serde(default)]
    pub sort: String,
}

#[derive(Debug)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub types: String,
    pub emergency: String,
    /// The staleness score, for the secretariat.
    pub score: Option<u8>,
}

#[derive(Debug)]
pub struct CountryGroup {
    pub code: String,
    pub name: String,
    pub teams: Vec<Row>,
}

#[derive(Debug, Template)]
#[template(path = "directory/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub filter: Filter,
    pub countries: Vec<(String, String)>,
    pub groups: Vec<CountryGroup>,
    pub count: usize,
    pub secretariat: bool,
}

/// The machine name of a team type, as `?type=` names it.
pub fn type_key(t: &TeamType) -> &'static str {
    match t {
        TeamType::National => "national",
        TeamType::Government => "government",
        TeamType::Sector(_) => "sector",
        TeamType::Academic => "academic",
        TeamType::Psirt => "psirt",
        TeamType::Commercial => "commercial",
    }
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    let user = super::reader(&caller);
    let level = super::level(user);
    let teams = super::load_all(&state, level).await?;
    let secretariat = level == cyberindex_directory::Visibility::Restricted;
    let acks = if secretariat {
        super::last_acks(&state).await?
    } else {
        Default::default()
    };
    let mut countries: Vec<(String, String)> = teams
        .iter()
        .map(|(row, _)| (row.country.clone(), name_of(&row.country, tr.lang)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries.dedup();
    let query = fold(filter.q.trim());
    let mut groups: Vec<CountryGroup> = Vec::new();
    let mut count = 0;
    for (row, team) in &teams {
        if !filter.country.is_empty() && !row.country.eq_ignore_ascii_case(&filter.country) {
            continue;
        }
        if !filter.kind.is_empty() && !team.types.iter().any(|t| type_key(&t.value) == filter.kind)
        {
            continue;
        }
        let short = team
            .short_name
            .as_ref()
            .map(|f| f.value.clone())
            .unwrap_or_default();
        if !query.is_empty()
            && !fold(&team.official_name.value).contains(&query)
            && !fold(&short).contains(&query)
        {
            continue;
        }
        let emergency: Vec<String> = team
            .channels
            .iter()
            .filter(|c| c.value.usages.contains(&Usage::Emergency))
            .map(|c| c.value.value.clone())
            .collect();
        let entry = Row {
            id: row.id.clone(),
            name: team.official_name.value.clone(),
            short_name: short,
            types: team
                .types
                .iter()
                .map(|t| super::team::type_label(tr, &t.value))
                .collect::<Vec<_>>()
                .join(", "),
            emergency: emergency.join(", "),
            score: secretariat.then(|| super::staleness_of(team, acks.get(&row.id).copied()).score),
        };
        count += 1;
        match groups.iter_mut().find(|g| g.code == row.country) {
            Some(g) => g.teams.push(entry),
            None => groups.push(CountryGroup {
                code: row.country.clone(),
                name: name_of(&row.country, tr.lang),
                teams: vec![entry],
            }),
        }
    }
    groups.sort_by(|a, b| a.name.cmp(&b.name));
    if secretariat && filter.sort == "staleness" {
        let mut all: Vec<Row> = groups.into_iter().flat_map(|g| g.teams).collect();
        all.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
        groups = vec![CountryGroup {
            code: "all".to_string(),
            name: tr.t("directory-by-staleness"),
            teams: all,
        }];
    }
    render(&IndexPage {
        page: Page::new(tr, user, state.config.demo, &uri, tr.t("directory-title")),
        filter,
        countries,
        groups,
        count,
        secretariat,
    })
}
