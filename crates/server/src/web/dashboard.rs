//! `GET /editions/{edition}/dashboard`: every participating country with its status, percent
//! complete and last activity, filterable by ITU region and status. Observers see their countries.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_answers::countries;
use cyberindex_store::{Answer, Status};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::present::ITU_REGIONS;
use crate::present::{country_name, status_key};
use crate::service::answers;
use crate::state::AppState;
use crate::web::{Page, render, when};

#[derive(Debug)]
pub struct Row {
    pub code: String,
    pub name: String,
    pub region: String,
    pub status: &'static str,
    pub status_label: String,
    pub percent: u32,
    pub last_activity: String,
}

#[derive(Debug, Template)]
#[template(path = "dashboard.html")]
struct DashboardPage {
    page: Page,
    /// Just published: what was published, and the link to it.
    published: Option<(String, String)>,
    edition_id: String,
    edition_name: String,
    summary: String,
    caption: String,
    regions: Vec<&'static str>,
    region: String,
    statuses: Vec<(&'static str, String)>,
    status: String,
    counts: Vec<String>,
    rows: Vec<Row>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    region: String,
    #[serde(default)]
    status: String,
    /// After publishing: the version just published, said at the top with a link to it.
    #[serde(default, deserialize_with = "crate::web::lenient_count")]
    published: Option<usize>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let readable = signed.readable_countries();
    if readable.is_some() && signed.user().role != cyberindex_store::Role::Observer {
        return Err(AppError::Forbidden(crate::msg!("error-dashboard-readers")));
    }
    let stored = state.store.edition(&edition).await?;
    let framework = state.framework(&edition).await?;
    let mut by_country: HashMap<String, Vec<Answer>> = HashMap::new();
    for (country, answer) in state.store.edition_answers(&edition).await? {
        by_country.entry(country).or_default().push(answer);
    }
    let mut counts: HashMap<Status, usize> = HashMap::new();
    let mut rows = Vec::new();
    for response in state.store.responses(&edition).await? {
        if readable
            .as_ref()
            .is_some_and(|r| !r.contains(&response.country))
        {
            continue;
        }
        *counts.entry(response.status).or_default() += 1;
        let region = countries::by_alpha3(&response.country).map_or("", |c| c.itu_region.as_str());
        if !filters.region.is_empty() && region != filters.region {
            continue;
        }
        if !filters.status.is_empty() && response.status.as_str() != filters.status {
            continue;
        }
        let answers = by_country
            .get(&response.country)
            .map_or(&[][..], Vec::as_slice);
        let percent = answers::progress(&framework, answers, &[]).percent;
        rows.push(Row {
            name: country_name(tr, &response.country),
            region: region.to_string(),
            status: response.status.as_str(),
            status_label: tr.t(status_key(response.status)),
            percent,
            last_activity: response
                .last_activity_at
                .map(when)
                .unwrap_or_else(|| "—".into()),
            code: response.country,
        });
    }
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    let statuses: Vec<(&'static str, String)> = Status::ALL
        .iter()
        .map(|s| (s.as_str(), tr.t(status_key(*s))))
        .collect();
    let counts_text = Status::ALL
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                tr.t(status_key(*s)),
                counts.get(s).copied().unwrap_or(0)
            )
        })
        .collect();
    let summary = tr.ta(
        "dashboard-summary",
        &[
            ("deadline", &stored.deadline),
            (
                "framework",
                &format!("{} {}", stored.framework_id, stored.framework_version),
            ),
        ],
    );
    let caption = tr.tn("dashboard-caption", "count", rows.len() as i64);
    let page = Page::new(
        tr,
        Some(signed.user()),
        state.config.demo,
        &uri,
        format!("{} · {}", tr.t("dashboard-title"), stored.name),
    );
    let published = match filters.published {
        Some(version) => state
            .store
            .publications(Some(&edition))
            .await?
            .iter()
            .find(|p| usize::try_from(p.version).ok() == Some(version))
            .map(|p| {
                (
                    tr.ta("published-notice", &[("version", &p.version.to_string())]),
                    format!("/results/{edition}/v{}/", p.version),
                )
            }),
        None => None,
    };
    render(&DashboardPage {
        published,
        page,
        edition_id: edition,
        edition_name: stored.name,
        summary,
        caption,
        regions: ITU_REGIONS.to_vec(),
        region: filters.region,
        statuses,
        status: filters.status,
        counts: counts_text,
        rows,
    })
}
