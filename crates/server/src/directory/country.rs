//! `GET /directory/countries/{ISO3}/`: the who's who of one country (ISO 3166-1 alpha-3, any
//! case), linked from each team's row and from the map. A country the country list does not
//! know is 404; a known one without teams says so.

use askama::Template;
use axum::extract::{Path, State};
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
pub struct CountryPage {
    pub page: Page,
    pub body: WhosWho,
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
    Path(code): Path<String>,
) -> AppResult<Response> {
    let country = cyberindex_answers::countries::by_alpha3(&code.to_ascii_uppercase())
        .ok_or(AppError::NotFound)?;
    let user = super::reader(&caller);
    let level = super::level(user);
    let teams = super::load_all(&state, level).await?;
    let scores = super::scores(&state, &teams, level).await?;
    let score = |t: &Team| scores.get(&t.id).copied().unwrap_or(0);
    let refs: Vec<&Team> = teams.iter().map(|(_, t)| t).collect();
    let heading = super::country_heading(tr, &country.alpha3);
    let mut body = WhosWho::build(
        tr,
        Links::live(),
        heading.clone(),
        &refs,
        Filter {
            country: country.alpha3.clone(),
            ..Filter::default()
        },
        (level == Visibility::Restricted).then_some(&score as &dyn Fn(&Team) -> u8),
        false,
        None,
    );
    body.up = Some((
        format!(
            "/directory/regions/{}/",
            super::region_slug(&country.itu_region)
        ),
        super::region_heading(tr, &country.itu_region),
    ));
    render(&CountryPage {
        page: Page::new(tr, user, state.config.demo, &uri, heading),
        body,
    })
}
