//! `GET /maturity/establishment/`: the engagements the reader may see (the secretariat: all;
//! a focal point: their country's; a team's staff: those linked to their team), by country,
//! with the phase, the days in it and the deliverables waiting for a decision; `?region=` keeps
//! one ITU region. The secretariat also gets the form to start one.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::DeliverableStatus;
use cyberindex_workflow::establishment::{Access, Act};

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

/// One engagement in the list.
#[derive(Debug)]
pub struct Line {
    pub id: i64,
    pub country: String,
    pub country_name: String,
    pub region: String,
    pub phase: String,
    pub days: i64,
    pub pending: usize,
    /// The required deliverables not yet approved, named.
    pub missing: String,
}

#[derive(Debug, Template)]
#[template(path = "establishment/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub lines: Vec<Line>,
    /// The ITU regions as (slug, label), and the one chosen (empty: all).
    pub regions: Vec<(String, String)>,
    pub region: String,
    pub can_create: bool,
    /// Countries as (alpha-3, label), for the form.
    pub countries: Vec<(String, String)>,
    /// Directory teams as (id, label), for the form.
    pub teams: Vec<(String, String)>,
}

#[derive(Debug, Default, serde::Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub region: String,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    use cyberindex_workflow::establishment as e;
    let user = &signed.0.user;
    let region = crate::directory::region_of_slug(filter.region.trim())
        .map(|_| filter.region.trim().to_string())
        .unwrap_or_default();
    let deliverables = state.store.deliverables(None).await?;
    let mut lines = Vec::new();
    for engagement in state.store.engagements().await? {
        if !Access::of(user, &engagement).may(Act::Read) {
            continue;
        }
        let slug = crate::directory::country_region_slug(&engagement.country);
        if !region.is_empty() && slug != region {
            continue;
        }
        let own: Vec<_> = deliverables
            .iter()
            .filter(|d| d.engagement_id == engagement.id)
            .cloned()
            .collect();
        let missing = e::missing(engagement.phase, &own)
            .into_iter()
            .map(|(_, k)| tr.t(super::kind_key(k)))
            .collect::<Vec<_>>()
            .join(", ");
        let region_name = cyberindex_answers::countries::by_alpha3(&engagement.country)
            .map(|c| crate::directory::region_label(tr, &c.itu_region))
            .unwrap_or_default();
        lines.push(Line {
            id: engagement.id,
            country_name: cyberindex_answers::countries::name_of(&engagement.country, tr.lang),
            country: engagement.country,
            region: region_name,
            phase: tr.t(super::phase_key(engagement.phase)),
            days: super::days_since(engagement.phase_since),
            pending: own
                .iter()
                .filter(|d| d.status == DeliverableStatus::Submitted)
                .count(),
            missing,
        });
    }
    let can_create = Access::of_country(user, "", None).may(Act::Create);
    let (countries, teams) = if can_create {
        let mut countries: Vec<(String, String)> = cyberindex_answers::countries::builtin()
            .iter()
            .map(|c| {
                (
                    c.alpha3.clone(),
                    format!("{} ({})", c.name(tr.lang), c.alpha3),
                )
            })
            .collect();
        countries.sort_by(|a, b| a.1.cmp(&b.1));
        let teams = state
            .store
            .teams()
            .await?
            .into_iter()
            .map(|t| {
                let label = format!("{} ({}, {})", t.official_name, t.country, t.id);
                (t.id, label)
            })
            .collect();
        (countries, teams)
    } else {
        (Vec::new(), Vec::new())
    };
    render(&IndexPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.t("establishment-title"),
        ),
        lines,
        regions: crate::directory::region_options(tr),
        region,
        can_create,
        countries,
        teams,
    })
}
