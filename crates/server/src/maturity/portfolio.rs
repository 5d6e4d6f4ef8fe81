//! `GET /maturity/portfolio?region=`: the programme's portfolio, for the secretariat: every
//! country (of one ITU region, or all) with its national CIRT, where it stands (no team in the
//! directory, not assessed, or its latest assessment's status), the tier its latest assessment
//! reaches on the first profile, days since that assessment last changed, the parameters
//! blocking the next tier and the team's open roadmap items, and for a country with an open
//! engagement of the establishment tracker its phase. `GET /maturity/portfolio.csv`: the same
//! rows as a spreadsheet.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use cyberindex_answers::countries;
use cyberindex_directory::TeamType;
use cyberindex_store::{Assessment, AssessmentStatus};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Deserialize)]
pub struct Filter {
    #[serde(default)]
    pub region: String,
}

#[derive(Debug)]
pub struct Row {
    pub country: String,
    pub country_name: String,
    pub region: String,
    pub team: String,
    pub team_name: String,
    pub stage: String,
    pub assessment: i64,
    pub tier: String,
    pub days: String,
    pub blockers: String,
    pub open_items: usize,
    /// The phase of the country's open engagement (establishment tracker), and its id; empty
    /// and 0 without one.
    pub phase: String,
    pub engagement: i64,
}

#[derive(Debug, Template)]
#[template(path = "maturity/portfolio.html")]
pub struct PortfolioPage {
    pub page: Page,
    pub rows: Vec<Row>,
    pub regions: Vec<(String, String)>,
    pub region: String,
    /// Countries with a national team / assessed / with a tier.
    pub with_team: usize,
    pub assessed: usize,
}

async fn rows(state: &AppState, tr: Tr, region: Option<&str>) -> AppResult<Vec<Row>> {
    use cyberindex_workflow::maturity as m;
    let now = cyberindex_store::now_ms();
    // The national team of each country: the first team typed national, else the first team.
    let mut national: HashMap<String, (String, String)> = HashMap::new();
    let mut fallback: HashMap<String, (String, String)> = HashMap::new();
    for row in state.store.teams().await? {
        let team = cyberindex_workflow::directory::read_team(&row).map_err(AppError::from)?;
        let entry = (row.id.clone(), row.official_name.clone());
        if team.types.iter().any(|t| t.value == TeamType::National) {
            national.entry(row.country.clone()).or_insert(entry);
        } else {
            fallback.entry(row.country.clone()).or_insert(entry);
        }
    }
    let mut latest: HashMap<String, Assessment> = HashMap::new();
    for a in state.store.assessments(None).await? {
        match latest.get(&a.team_id) {
            Some(b) if b.id > a.id => {}
            _ => {
                latest.insert(a.team_id.clone(), a);
            }
        }
    }
    // Each country's open engagement: the latest that is not closed.
    let mut engagements: HashMap<String, cyberindex_store::Engagement> = HashMap::new();
    for e in state.store.engagements().await? {
        if e.phase == cyberindex_store::Phase::Closed {
            continue;
        }
        match engagements.get(&e.country) {
            Some(f) if f.id > e.id => {}
            _ => {
                engagements.insert(e.country.clone(), e);
            }
        }
    }
    let mut out = Vec::new();
    for c in countries::builtin() {
        if region.is_some_and(|r| r != c.itu_region) {
            continue;
        }
        let team = national
            .get(&c.alpha3)
            .or_else(|| fallback.get(&c.alpha3))
            .cloned();
        let mut row = Row {
            country: c.alpha3.clone(),
            country_name: c.name(tr.lang).to_string(),
            region: crate::directory::region_label(tr, &c.itu_region),
            team: String::new(),
            team_name: String::new(),
            stage: tr.t("maturity-stage-no-team"),
            assessment: 0,
            tier: String::new(),
            days: String::new(),
            blockers: String::new(),
            open_items: 0,
            phase: String::new(),
            engagement: 0,
        };
        if let Some(e) = engagements.get(&c.alpha3) {
            row.phase = tr.t(crate::establishment::phase_key(e.phase));
            row.engagement = e.id;
        }
        if let Some((id, name)) = team {
            row.stage = tr.t("maturity-stage-not-assessed");
            row.open_items = state
                .store
                .roadmap(&id)
                .await?
                .iter()
                .filter(|i| i.status.is_active())
                .count();
            if let Some(a) = latest.get(&id) {
                row.stage = tr.t(super::status_key(a.status));
                row.assessment = a.id;
                row.days = ((now - a.updated_at).max(0) / 86_400_000).to_string();
                let framework = m::framework(&state.store, a).await?;
                if let (Some(result), Some(profile)) = (
                    m::results(&state.store, a).await?.into_iter().next(),
                    framework.profiles.first(),
                ) {
                    row.tier = result
                        .level
                        .as_ref()
                        .and_then(|l| profile.levels.iter().find(|x| &x.id == l))
                        .map_or_else(
                            || tr.t("maturity-tier-none"),
                            |l| tr.pick(&l.label).to_string(),
                        );
                    if matches!(
                        a.status,
                        AssessmentStatus::SelfAssessment | AssessmentStatus::PeerReview
                    ) {
                        row.tier = tr.ta("maturity-tier-provisional", &[("tier", &row.tier)]);
                    }
                    row.blockers = result
                        .blockers
                        .iter()
                        .map(|b| b.parameter.as_str())
                        .collect::<Vec<_>>()
                        .join(", ");
                }
            }
            row.team = id;
            row.team_name = name;
        }
        out.push(row);
    }
    Ok(out)
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    signed.secretariat()?;
    let region = crate::directory::region_filter(&filter.region)?;
    let rows = rows(&state, tr, region).await?;
    render(&PortfolioPage {
        page: Page::new(
            tr,
            Some(&signed.0.user),
            state.config.demo,
            &uri,
            tr.t("maturity-portfolio-title"),
        ),
        with_team: rows.iter().filter(|r| !r.team.is_empty()).count(),
        assessed: rows.iter().filter(|r| r.assessment > 0).count(),
        rows,
        regions: crate::directory::region_options(tr),
        region: filter.region.trim().to_string(),
    })
}

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Query(filter): Query<Filter>,
) -> AppResult<Response> {
    signed.secretariat()?;
    let region = crate::directory::region_filter(&filter.region)?;
    let rows = rows(&state, tr, region).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| AppError::Internal(anyhow::anyhow!("portfolio CSV: {e}"));
    w.write_record([
        "country",
        "country_name",
        "region",
        "team",
        "team_name",
        "stage",
        "assessment",
        "tier",
        "days_since_assessment",
        "blocking_parameters",
        "open_roadmap_items",
        "establishment_phase",
    ])
    .map_err(fail)?;
    for r in &rows {
        let assessment = if r.assessment > 0 {
            r.assessment.to_string()
        } else {
            String::new()
        };
        let cells = [
            r.country.as_str(),
            &r.country_name,
            &r.region,
            &r.team,
            &r.team_name,
            &r.stage,
            &assessment,
            &r.tier,
            &r.days,
            &r.blockers,
            &r.open_items.to_string(),
            &r.phase,
        ];
        w.write_record(cyberindex_answers::cell::neutralise_all(cells))
            .map_err(fail)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("portfolio CSV: {e}")))?;
    use axum::http::header;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"maturity-portfolio.csv\"".to_string(),
            ),
            (header::CACHE_CONTROL, "private, no-cache".to_string()),
        ],
        bytes,
    )
        .into_response())
}
