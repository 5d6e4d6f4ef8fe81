//! `GET /directory/regions/{region}/`: the who's who of one ITU region (`africa`,
//! `arab-states`: the region as the country list names it, in lower case with dashes), with
//! the map of its countries' teams. The who's who's other filters apply too. An unknown
//! region is 404.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_directory::{Team, Visibility};

use super::{Filter, Links, WhosWho};
use crate::auth::MaybeCaller;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Template)]
#[template(path = "directory/index.html")]
pub struct RegionPage {
    pub page: Page,
    pub body: WhosWho,
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
    Path(slug): Path<String>,
    Query(mut filter): Query<Filter>,
) -> AppResult<Response> {
    let region = super::region_of_slug(&slug).ok_or(AppError::NotFound)?;
    filter.region = slug.clone();
    let user = super::reader(&caller);
    let level = super::level(user);
    let teams = super::load_all(&state, level).await?;
    let scores = super::scores(&state, &teams, level).await?;
    let score = |t: &Team| scores.get(&t.id).copied().unwrap_or(0);
    let refs: Vec<&Team> = teams.iter().map(|(_, t)| t).collect();
    let heading = super::region_heading(tr, region);
    let mut body = WhosWho::build(
        tr,
        Links::live(),
        heading.clone(),
        &refs,
        filter,
        (level == Visibility::Restricted).then_some(&score as &dyn Fn(&Team) -> u8),
        true,
        Some(&slug),
    );
    body.up = Some(("/directory/".into(), tr.t("directory-title")));
    render(&RegionPage {
        page: Page::new(tr, user, state.config.demo, &uri, heading),
        body,
    })
}
