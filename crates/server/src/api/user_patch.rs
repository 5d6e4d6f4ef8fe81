//! `PATCH /api/v1/users/{id}`: a secretariat administrator changes a user's role and countries;
//! `POST …/{id}/deactivate` ends the account's sessions and API tokens at once,
//! `POST …/{id}/reactivate` opens it again, and `POST …/{id}/reinvite` makes a new single-use
//! invitation link (every earlier link void). Each is audited; the last active administrator
//! cannot be demoted or deactivated (422).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use cyberindex_store::User;
use serde::{Deserialize, Serialize};

use crate::api::ApiJson;
use crate::api::user_post::Invited;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::accounts;
use crate::state::AppState;

/// A user's new role and countries.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UserChangeBody {
    /// admin, reviewer, focal-point, contributor, observer or team-staff.
    pub role: String,
    /// ISO 3166-1 alpha-3: required for focal points and contributors.
    #[serde(default)]
    pub country: Option<String>,
    /// Countries an observer may read.
    #[serde(default)]
    pub observed: Vec<String>,
    /// The directory team (its id) of a team staff member: required for team-staff.
    #[serde(default)]
    pub team: Option<String>,
}

/// An account as an administrator sees it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct UserDoc {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub country: Option<String>,
    pub observed: Vec<String>,
    /// The directory team of a team staff member.
    pub team: Option<String>,
    /// False once deactivated.
    pub active: bool,
    /// Invited and not yet accepted (no password set).
    pub invited: bool,
}

impl From<User> for UserDoc {
    fn from(u: User) -> Self {
        Self {
            id: u.id,
            invited: u.password_hash.is_none(),
            email: u.email,
            name: u.name,
            role: u.role.as_str().to_string(),
            country: u.country,
            observed: u.observed,
            team: u.team,
            active: u.active,
        }
    }
}

/// What deactivating ended.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DeactivatedDoc {
    pub sessions_ended: u64,
    pub tokens_revoked: u64,
    pub links_voided: u64,
}

#[utoipa::path(patch, operation_id = "updateUser", path = "/api/v1/users/{id}", tag = "users",
    params(("id" = i64, Path)),
    request_body = UserChangeBody,
    responses((status = 200, description = "Changed", body = UserDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 404, description = "No such user", body = crate::error::ErrorBody),
              (status = 422, description = "Bad role or country, or no active administrator would be left", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn patch(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<UserChangeBody>,
) -> AppResult<Json<UserDoc>> {
    let admin = signed.admin()?;
    let change = accounts::user_change(
        &body.role,
        body.country.as_deref().unwrap_or(""),
        &body.observed.join(","),
        body.team.as_deref().unwrap_or(""),
    )?;
    let user = accounts::update(&state, id, &change, admin.0.id).await?;
    Ok(Json(user.into()))
}

#[utoipa::path(post, operation_id = "deactivateUser", path = "/api/v1/users/{id}/deactivate", tag = "users",
    params(("id" = i64, Path)),
    responses((status = 200, description = "Deactivated: its sessions and API tokens ended", body = DeactivatedDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 404, description = "No such user", body = crate::error::ErrorBody),
              (status = 422, description = "Already deactivated, or no active administrator would be left", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn deactivate(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Json<DeactivatedDoc>> {
    let admin = signed.admin()?;
    let done = accounts::deactivate(&state, id, admin.0.id).await?;
    Ok(Json(DeactivatedDoc {
        sessions_ended: done.sessions_ended,
        tokens_revoked: done.tokens_revoked,
        links_voided: done.links_voided,
    }))
}

#[utoipa::path(post, operation_id = "reactivateUser", path = "/api/v1/users/{id}/reactivate", tag = "users",
    params(("id" = i64, Path)),
    responses((status = 200, description = "Active again", body = UserDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 404, description = "No such deactivated user", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn reactivate(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Json<UserDoc>> {
    let admin = signed.admin()?;
    accounts::reactivate(&state, id, admin.0.id).await?;
    Ok(Json(state.store.user(id).await?.into()))
}

#[utoipa::path(post, operation_id = "reinviteUser", path = "/api/v1/users/{id}/reinvite", tag = "users",
    params(("id" = i64, Path)),
    responses((status = 201, description = "A new invitation; every earlier link is void", body = Invited),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 404, description = "No such user", body = crate::error::ErrorBody),
              (status = 422, description = "The account is deactivated", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn reinvite(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<(StatusCode, Json<Invited>)> {
    let admin = signed.admin()?;
    let (user, link) = accounts::reinvite(&state, id, admin.0.id).await?;
    Ok((
        StatusCode::CREATED,
        Json(Invited {
            id: user.id,
            email: user.email,
            role: user.role.as_str().to_string(),
            country: user.country,
            invitation_link: link,
        }),
    ))
}
