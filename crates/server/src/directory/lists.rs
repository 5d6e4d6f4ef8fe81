//! `GET /directory/lists/`: the secretariat's saved queries: each who's who filter saved under
//! a name ("every national CIRT in Africa with an emergency phone"), with how many teams it
//! keeps today, a link to the who's who with that filter, its downloads as a mailing list (CSV
//! of the channels, each use alone, and vCards) and a button to delete it. Lists are saved from
//! the who's who (`list_save.rs`).

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;
use cyberindex_directory::Team;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

/// One saved query in the list.
#[derive(Debug)]
pub struct ListLine {
    pub id: i64,
    pub name: String,
    pub query: String,
    pub count: usize,
    pub created: String,
}

#[derive(Debug, Template)]
#[template(path = "directory/lists.html")]
pub struct ListsPage {
    pub page: Page,
    pub lists: Vec<ListLine>,
    pub usages: Vec<(&'static str, String)>,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let level = super::level(Some(&secretariat.0));
    let teams = super::load_all(&state, level).await?;
    let refs: Vec<&Team> = teams.iter().map(|(_, t)| t).collect();
    let lists = state
        .store
        .saved_queries()
        .await?
        .into_iter()
        .map(|q| {
            let filter = super::Filter::parse(&q.query);
            ListLine {
                id: q.id,
                count: refs.iter().filter(|t| filter.keeps(t)).count(),
                name: q.name,
                query: q.query,
                created: when(q.created_at),
            }
        })
        .collect();
    let usages = super::USAGES
        .iter()
        .map(|(key, _)| (*key, tr.t(&format!("directory-list-usage-{key}"))))
        .collect();
    render(&ListsPage {
        page: Page::new(
            tr,
            Some(&secretariat.0),
            state.config.demo,
            &uri,
            tr.t("directory-lists-title"),
        ),
        lists,
        usages,
    })
}
