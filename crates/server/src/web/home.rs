//! `GET /`: the public landing page for visitors, which leads to every published edition (the
//! latest version of each); the secretariat goes to the editions, country users and observers see
//! their responses.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::present::{country_name, status_key};
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug)]
pub struct Row {
    pub edition: String,
    pub country: String,
    pub status: String,
    pub deadline: String,
    pub href: String,
}

#[derive(Debug, Template)]
#[template(path = "home.html")]
struct HomePage {
    page: Page,
    rows: Vec<Row>,
    /// For visitors: each published edition, newest first, linking to its latest version.
    published: Vec<crate::public::index::EditionRow>,
    /// For visitors: the most recent publication's headline figures and map.
    front: Option<crate::public::overview::Front>,
}

pub async fn show(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let caller = match caller {
        Some(c) if c.owed.is_some() => {
            return Ok(see_other(if c.owed == Some(crate::auth::Owed::TotpCode) {
                "/login/totp"
            } else {
                "/account"
            }));
        }
        other => other,
    };
    let Some(caller) = caller else {
        let publications = state.store.publications(None).await?;
        let editions = state.store.editions().await?;
        let published = crate::public::index::page(
            tr,
            crate::public::Mode::Live,
            state.config.demo,
            &publications,
            &editions,
        )
        .editions;
        let front = match publications.first() {
            Some(latest) => {
                let versions: Vec<_> = publications
                    .iter()
                    .filter(|m| m.edition == latest.edition)
                    .cloned()
                    .collect();
                let site =
                    crate::service::publish::site(&state, &latest.edition, latest.version).await?;
                let p = crate::public::Published {
                    site: &site,
                    meta: latest,
                    versions: &versions,
                };
                Some(crate::public::overview::front(&p, tr))
            }
            None => None,
        };
        let page = Page::new(tr, None, state.config.demo, &uri, tr.t("home-title"));
        return render(&HomePage {
            page,
            rows: Vec::new(),
            published,
            front,
        });
    };
    let user = &caller.user;
    if user.role.is_secretariat() {
        return Ok(see_other("/editions"));
    }
    // Team staff have no questionnaire: their home is their team's record.
    if let Some(team) = user.team.as_deref().filter(|_| user.role.is_team_role()) {
        return Ok(see_other(&format!("/directory/teams/{team}/")));
    }
    let countries: Vec<String> = match &user.country {
        Some(c) => vec![c.clone()],
        None => user.observed.clone(),
    };
    let mut rows = Vec::new();
    for edition in state
        .store
        .editions()
        .await?
        .into_iter()
        .filter(|e| e.archived_at.is_none())
    {
        for country in countries.iter().filter(|c| edition.countries.contains(c)) {
            let response = state.store.response(&edition.id, country).await?;
            rows.push(Row {
                edition: edition.name.clone(),
                country: country_name(tr, country),
                status: tr.t(status_key(response.status)),
                deadline: edition.deadline.clone(),
                href: format!("/editions/{}/countries/{country}", edition.id),
            });
        }
    }
    let page = Page::new(
        tr,
        Some(user),
        state.config.demo,
        &uri,
        tr.t("my-responses-title"),
    );
    render(&HomePage {
        page,
        rows,
        published: Vec::new(),
        front: None,
    })
}
