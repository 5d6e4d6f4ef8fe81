//! `GET /directory/`: the who's who: every team the directory lists, by country, with the
//! fields the reader may see, and a map of the countries with a team. The filters combine:
//! `?country=KEN` keeps one country, `?region=africa` one ITU region, `?q=` matches names (any
//! part, without regard to case or accents), `?type=national` one type of team,
//! `?network=first` the current members of a network and `?emergency=1` the teams with an
//! emergency channel the reader may see. The secretariat also sees each team's staleness
//! score (`?sort=staleness` lists every team in one table, the stalest first) and may save the
//! filter as a mailing list (`/directory/lists/`). The filters, rows and map are in `mod.rs`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_directory::{Team, Visibility};

use super::{Filter, Links, WhosWho};
use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

pub use super::type_key;

#[derive(Debug, Template)]
#[template(path = "directory/index.html")]
pub struct IndexPage {
    pub page: Page,
    pub body: WhosWho,
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
    let scores = super::scores(&state, &teams, level).await?;
    let score = |t: &Team| scores.get(&t.id).copied().unwrap_or(0);
    let refs: Vec<&Team> = teams.iter().map(|(_, t)| t).collect();
    let body = WhosWho::build(
        tr,
        Links::live(),
        tr.t("directory-title"),
        &refs,
        filter,
        (level == Visibility::Restricted).then_some(&score as &dyn Fn(&Team) -> u8),
        true,
        None,
    );
    render(&IndexPage {
        page: Page::new(tr, user, state.config.demo, &uri, tr.t("directory-title")),
        body,
    })
}
