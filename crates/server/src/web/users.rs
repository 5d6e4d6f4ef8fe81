//! `GET/POST /admin/users`: accounts, with each one's state (active, invited and not yet
//! accepted, deactivated), and inviting new users (admins). Editing one account is
//! `user_edit.rs`.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use cyberindex_answers::countries;
use cyberindex_store::Role;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::present::user_state_key;
use crate::service::accounts::{self, new_user};
use crate::state::AppState;
use crate::web::{FormError, Page, render, role_key, when};

#[derive(Debug)]
pub struct Row {
    pub id: i64,
    pub email: String,
    /// Active, invited (not yet accepted) or deactivated, in the reader's language.
    pub state: String,
    pub role: String,
    pub country: String,
    pub totp: String,
    pub last_login: String,
}

#[derive(Debug, Template)]
#[template(path = "users.html")]
struct UsersPage {
    page: Page,
    users: Vec<Row>,
    roles: Vec<(&'static str, String)>,
    countries: Vec<(String, String)>,
    /// The directory's teams (id, name), for a team staff member's team.
    teams: Vec<(String, String)>,
    new_link: Option<String>,
    error: Option<FormError>,
    /// What the invitation form shows: empty with the least powerful role on a fresh page, what
    /// was typed after a refusal.
    form: InviteForm,
}

async fn page(
    state: &AppState,
    admin: &cyberindex_store::User,
    tr: Tr,
    uri: &Uri,
    new_link: Option<String>,
    error: Option<FormError>,
    form: InviteForm,
) -> AppResult<Response> {
    let users = state
        .store
        .users()
        .await?
        .into_iter()
        .map(|u| Row {
            id: u.id,
            state: tr.t(user_state_key(&u)),
            role: tr.t(role_key(u.role)),
            country: u
                .country
                .clone()
                .or_else(|| u.team.clone())
                .unwrap_or_else(|| u.observed.join(", ")),
            totp: tr.t(if u.totp_enabled { "yes" } else { "no" }),
            last_login: u.last_login_at.map(when).unwrap_or_else(|| "—".into()),
            email: u.email,
        })
        .collect();
    let mut country_list: Vec<(String, String)> = countries::builtin()
        .iter()
        .map(|c| (c.alpha3.clone(), c.name(tr.lang).to_string()))
        .collect();
    country_list.sort_by(|a, b| a.1.cmp(&b.1));
    let page = Page::new(tr, Some(admin), state.config.demo, uri, tr.t("users-title"));
    let mut response = render(&UsersPage {
        page,
        users,
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str(), tr.t(role_key(*r))))
            .collect(),
        countries: country_list,
        teams: crate::web::team_choices(state).await?,
        new_link,
        error: error.clone(),
        form,
    })?;
    if error.is_some() {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    page(
        &state,
        &admin.0,
        tr,
        &uri,
        None,
        None,
        InviteForm::default(),
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct InviteForm {
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    observed: String,
    #[serde(default)]
    team: String,
}

impl Default for InviteForm {
    /// A fresh form: the least powerful role is preselected, so that an administrator is only
    /// ever made on purpose.
    fn default() -> Self {
        Self {
            email: String::new(),
            name: String::new(),
            role: Role::Observer.as_str().to_string(),
            country: String::new(),
            observed: String::new(),
            team: String::new(),
        }
    }
}

pub async fn invite(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Form(form): Form<InviteForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let new = match new_user(
        &form.email,
        &form.name,
        &form.role,
        &form.country,
        &form.observed,
        &form.team,
    ) {
        Ok(n) => n,
        Err(e) => {
            let error = Some(FormError::from_app(e, tr)?);
            return page(&state, &admin.0, tr, &uri, None, error, form).await;
        }
    };
    match accounts::invite(&state, &new, Some(admin.0.id)).await {
        Ok((user, link)) => {
            tracing::info!(
                admin = admin.0.id,
                user = user.id,
                role = user.role.as_str(),
                "user invited"
            );
            page(
                &state,
                &admin.0,
                tr,
                &uri,
                Some(link),
                None,
                InviteForm::default(),
            )
            .await
        }
        Err(e) => {
            let error = Some(FormError::from_app(e, tr)?);
            page(&state, &admin.0, tr, &uri, None, error, form).await
        }
    }
}
