//! `GET/POST /admin/users/{id}`: one account (admins): its role and countries, a new
//! invitation (`…/reinvite`), deactivation (`…/deactivate`: its sessions and API tokens end at
//! once) and reactivation (`…/reactivate`). Refusals are shown beside their field, with what
//! was typed kept; the last active administrator cannot be demoted or deactivated.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use cyberindex_answers::countries;
use cyberindex_store::{Role, User};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::present::user_state_key;
use crate::scope::Admin;
use crate::service::accounts;
use crate::state::AppState;
use crate::web::{FormError, Page, render, role_key};

#[derive(Debug, Template)]
#[template(path = "user_edit.html")]
struct UserPage {
    page: Page,
    user: User,
    state: String,
    invited: bool,
    roles: Vec<(&'static str, String)>,
    countries: Vec<(String, String)>,
    /// The directory's teams (id, name), for a team staff member's team.
    teams: Vec<(String, String)>,
    /// What happened, for the status message.
    notice: Option<String>,
    /// A new invitation link.
    new_link: Option<String>,
    error: Option<FormError>,
    form: EditForm,
}

/// The role and countries, as typed.
#[derive(Debug, Clone, Deserialize)]
pub struct EditForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    observed: String,
    #[serde(default)]
    team: String,
}

impl EditForm {
    fn of(user: &User) -> Self {
        Self {
            role: user.role.as_str().to_string(),
            country: user.country.clone().unwrap_or_default(),
            observed: user.observed.join(", "),
            team: user.team.clone().unwrap_or_default(),
        }
    }
}

/// What the page shows besides the account itself.
#[derive(Debug, Default)]
struct Outcome {
    notice: Option<String>,
    new_link: Option<String>,
    error: Option<FormError>,
    form: Option<EditForm>,
}

async fn page(
    state: &AppState,
    admin: &Admin,
    tr: Tr,
    uri: &Uri,
    id: i64,
    outcome: Outcome,
) -> AppResult<Response> {
    let user = state.store.user(id).await?;
    let mut country_list: Vec<(String, String)> = countries::builtin()
        .iter()
        .map(|c| (c.alpha3.clone(), c.name(tr.lang).to_string()))
        .collect();
    country_list.sort_by(|a, b| a.1.cmp(&b.1));
    let title = tr.ta("users-edit-title", &[("email", &user.email)]);
    let page = Page::new(tr, Some(&admin.0), state.config.demo, uri, title);
    let failed = outcome.error.is_some();
    let mut response = render(&UserPage {
        page,
        state: tr.t(user_state_key(&user)),
        invited: user.active && user.password_hash.is_none(),
        roles: Role::ALL
            .iter()
            .map(|r| (r.as_str(), tr.t(role_key(*r))))
            .collect(),
        countries: country_list,
        teams: crate::web::team_choices(state).await?,
        notice: outcome.notice,
        new_link: outcome.new_link,
        error: outcome.error,
        form: outcome.form.unwrap_or_else(|| EditForm::of(&user)),
        user,
    })?;
    if failed {
        *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(response)
}

/// A refusal the page can show beside `field` (or the one the error names).
fn refusal(e: AppError, tr: Tr, field: Option<&str>) -> AppResult<Outcome> {
    let mut error = FormError::from_app(e, tr)?;
    if let Some(field) = field {
        error.field = Some(field.to_string());
    }
    Ok(Outcome {
        error: Some(error),
        ..Outcome::default()
    })
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    page(&state, &admin, tr, &uri, id, Outcome::default()).await
}

pub async fn edit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
    Form(form): Form<EditForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let result = match accounts::user_change(&form.role, &form.country, &form.observed, &form.team)
    {
        Ok(change) => accounts::update(&state, id, &change, admin.0.id).await,
        Err(e) => Err(e),
    };
    let outcome = match result {
        Ok(_) => Outcome {
            notice: Some(tr.t("users-edit-saved")),
            ..Outcome::default()
        },
        Err(e) => Outcome {
            form: Some(form),
            ..refusal(e, tr, None)?
        },
    };
    page(&state, &admin, tr, &uri, id, outcome).await
}

pub async fn deactivate(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let outcome = match accounts::deactivate(&state, id, admin.0.id).await {
        Ok(_) => Outcome {
            notice: Some(tr.t("users-deactivated")),
            ..Outcome::default()
        },
        Err(e) => refusal(e, tr, Some("deactivate"))?,
    };
    page(&state, &admin, tr, &uri, id, outcome).await
}

pub async fn reactivate(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    accounts::reactivate(&state, id, admin.0.id).await?;
    let outcome = Outcome {
        notice: Some(tr.t("users-reactivated")),
        ..Outcome::default()
    };
    page(&state, &admin, tr, &uri, id, outcome).await
}

pub async fn reinvite(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let outcome = match accounts::reinvite(&state, id, admin.0.id).await {
        Ok((user, link)) => {
            tracing::info!(admin = admin.0.id, user = user.id, "user invited again");
            Outcome {
                notice: Some(tr.t("users-reinvited")),
                new_link: Some(link),
                ..Outcome::default()
            }
        }
        Err(e) => refusal(e, tr, Some("reinvite"))?,
    };
    page(&state, &admin, tr, &uri, id, outcome).await
}
