//! `GET /drills/programme?region=&year=&country=`: the programme's view of every drill, for the
//! secretariat: each drill with its level, host, dates, status, the countries and teams taking
//! part, participation (teams that responded of those invited) and the aggregate result (the
//! teams' mean score against the mean target). Filtered by ITU region (a drill with a team of
//! the region) and year of the planned start; with `country`, the country's history of
//! participation: each drill its teams took part in, with their own score. Anyone else is
//! refused (403).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_answers::countries;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filter {
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub country: String,
}

/// A drill of the programme.
#[derive(Debug)]
pub struct Row {
    pub id: i64,
    pub title: String,
    pub level: String,
    pub host: String,
    pub start: String,
    pub status: String,
    /// Country names, sorted.
    pub countries: String,
    pub teams: usize,
    pub responded: usize,
    /// Mean score of the teams, and the mean target (empty before any verdict).
    pub score: String,
    pub target: String,
}

/// A drill in a country's history.
#[derive(Debug)]
pub struct HistoryRow {
    pub id: i64,
    pub title: String,
    pub start: String,
    pub status: String,
    /// The country's teams with their score against the target.
    pub teams: String,
}

#[derive(Debug, Template)]
#[template(path = "drills/programme.html")]
pub struct ProgrammePage {
    pub page: Page,
    pub rows: Vec<Row>,
    pub regions: Vec<(String, String)>,
    pub region: String,
    pub years: Vec<String>,
    pub year: String,
    /// Countries with a team in some drill, as (code, name).
    pub countries: Vec<(String, String)>,
    pub country: String,
    pub country_name: String,
    pub history: Vec<HistoryRow>,
}

fn level_key(level: cyberindex_store::DrillLevel) -> &'static str {
    match level {
        cyberindex_store::DrillLevel::National => "drill-level-national",
        cyberindex_store::DrillLevel::Regional => "drill-level-regional",
        cyberindex_store::DrillLevel::Global => "drill-level-global",
    }
}

fn year_of(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms / 1000)
        .map(|t| t.year().to_string())
        .unwrap_or_default()
}

fn date_of(ms: i64) -> String {
    crate::web::when(ms).chars().take(10).collect()
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    signed.secretariat()?;
    let store = &state.store;
    let region = crate::directory::region_filter(&filter.region)?;
    let year = filter.year.trim();
    if !year.is_empty() && (year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit())) {
        return Err(AppError::bad(
            "year",
            crate::msg!("drill-error-year", value = year.to_string()),
        ));
    }
    let country = filter.country.trim().to_ascii_uppercase();
    if !country.is_empty() && countries::by_alpha3(&country).is_none() {
        return Err(AppError::bad(
            "country",
            crate::msg!("drill-error-country", value = country.clone()),
        ));
    }
    let directory: HashMap<String, (String, String)> = store
        .teams()
        .await?
        .into_iter()
        .map(|t| (t.id, (t.country, t.official_name)))
        .collect();
    let mut rows = Vec::new();
    let mut history = Vec::new();
    let mut years = BTreeSet::new();
    let mut seen_countries = BTreeSet::new();
    for d in store.drills().await? {
        years.insert(year_of(d.start_at));
        let teams = store.drill_teams(d.id).await?;
        let codes: BTreeSet<String> = teams
            .iter()
            .filter_map(|t| directory.get(&t.team_id).map(|(c, _)| c.clone()))
            .collect();
        seen_countries.extend(codes.iter().cloned());
        let stored = store.scenario(&d.scenario_id, &d.scenario_version).await?;
        let scenario = cyberindex_workflow::drill::scenario_of(&stored)?;
        let evaluations = store.drill_evaluations(d.id, None).await?;
        let responded: BTreeSet<String> = store
            .drill_responses(d.id, None)
            .await?
            .into_iter()
            .map(|r| r.team_id)
            .collect();
        let mut scores: BTreeMap<String, (f64, f64, usize)> = BTreeMap::new();
        for t in &teams {
            // `team_score` keeps the team's own verdicts.
            let s = cyberindex_workflow::drill::team_score(&scenario, &t.team_id, &evaluations);
            scores.insert(
                t.team_id.clone(),
                (s.total.score, s.total.target, s.total.evaluated),
            );
        }
        let status = tr.t(super::status_key(d.status));
        if !country.is_empty() && codes.contains(&country) {
            let own: Vec<String> = teams
                .iter()
                .filter(|t| {
                    directory
                        .get(&t.team_id)
                        .is_some_and(|(c, _)| *c == country)
                })
                .map(|t| {
                    let name = directory
                        .get(&t.team_id)
                        .map_or(t.team_id.clone(), |(_, n)| n.clone());
                    match scores.get(&t.team_id) {
                        Some((score, target, n)) if *n > 0 => tr.ta(
                            "drill-programme-team-score",
                            &[
                                ("team", &name),
                                ("score", &format!("{score:.0}")),
                                ("target", &format!("{target:.0}")),
                            ],
                        ),
                        _ => name,
                    }
                })
                .collect();
            history.push(HistoryRow {
                id: d.id,
                title: d.title.clone(),
                start: date_of(d.start_at),
                status: status.clone(),
                teams: own.join("; "),
            });
        }
        if region.is_some_and(|r| {
            !codes
                .iter()
                .any(|c| countries::by_alpha3(c).is_some_and(|k| k.itu_region == r))
        }) || (!year.is_empty() && year_of(d.start_at) != year)
        {
            continue;
        }
        let scored: Vec<&(f64, f64, usize)> = scores.values().filter(|s| s.2 > 0).collect();
        let (score, target) = if scored.is_empty() {
            (String::new(), String::new())
        } else {
            let n = scored.len() as f64;
            (
                format!("{:.0}", scored.iter().map(|s| s.0).sum::<f64>() / n),
                format!("{:.0}", scored.iter().map(|s| s.1).sum::<f64>() / n),
            )
        };
        let mut names: Vec<String> = codes
            .iter()
            .map(|c| countries::name_of(c, tr.lang))
            .collect();
        names.sort();
        rows.push(Row {
            id: d.id,
            title: d.title,
            level: tr.t(level_key(d.level)),
            host: d.host,
            start: date_of(d.start_at),
            status,
            countries: names.join(", "),
            teams: teams.len(),
            responded: teams
                .iter()
                .filter(|t| responded.contains(&t.team_id))
                .count(),
            score,
            target,
        });
    }
    let mut country_list: Vec<(String, String)> = seen_countries
        .into_iter()
        .map(|c| {
            let name = countries::name_of(&c, tr.lang);
            (c, name)
        })
        .collect();
    country_list.sort_by(|a, b| a.1.cmp(&b.1));
    render(&ProgrammePage {
        page: Page::new(
            tr,
            Some(&signed.0.user),
            state.config.demo,
            &uri,
            tr.t("drill-programme-title"),
        ),
        rows,
        regions: crate::directory::region_options(tr),
        region: filter.region.trim().to_string(),
        years: years.into_iter().rev().collect(),
        year: year.to_string(),
        country_name: if country.is_empty() {
            String::new()
        } else {
            countries::name_of(&country, tr.lang)
        },
        countries: country_list,
        country,
        history,
    })
}
