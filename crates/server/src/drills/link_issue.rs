//! `POST /drills/{id}/links`: the facilitator issues a single-use participant link (a player
//! of one team, an evaluator or observer of one team or all). The answer is a page showing the
//! link once: its secret is never stored (only its hash) and never put in an address.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::LinkRole;
use cyberindex_workflow::drill::View;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, when};

#[derive(Debug, Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub label: String,
}

#[derive(Debug, Template)]
#[template(path = "drills/link.html")]
pub struct LinkPage {
    pub page: Page,
    pub id: i64,
    pub title: String,
    pub role: String,
    pub team: String,
    pub address: String,
    pub expires: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
    Form(form): Form<LinkForm>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    let view = View::of_user(&state.store, user, id).await?;
    let console = view.console()?;
    let role = match form.role.as_str() {
        "player" => LinkRole::Player,
        "observer" => LinkRole::Observer,
        "evaluator" => LinkRole::Evaluator,
        _ => return Err(AppError::bad("role", crate::msg!("drill-error-role"))),
    };
    let team = Some(form.team.trim()).filter(|t| !t.is_empty());
    let issued = console
        .issue_link(&state.store, role, team, form.label.trim())
        .await?;
    render(&LinkPage {
        page: Page::new(
            tr,
            Some(user),
            state.config.demo,
            &uri,
            tr.t("drill-link-issued"),
        ),
        id,
        title: view.drill.title.clone(),
        role: tr.t(super::role_key(role)),
        team: team.unwrap_or_default().to_string(),
        address: format!(
            "{}/drills/join/{}",
            state.config.public_url.trim_end_matches('/'),
            issued.token
        ),
        expires: when(issued.link.expires_at),
    })
}
