//! `POST /api/v1/users`: a secretariat administrator invites a user; the answer holds the
//! single-use invitation link (also emailed, or kept in the outbox).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::service::accounts;
use crate::service::accounts::new_user;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUserBody {
    pub email: String,
    #[serde(default)]
    pub name: String,
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

/// The invited user.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Invited {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub country: Option<String>,
    /// Single-use; expires after the configured number of days.
    pub invitation_link: String,
}

#[utoipa::path(post, operation_id = "inviteUser", path = "/api/v1/users", tag = "users",
    request_body = NewUserBody,
    responses((status = 201, description = "Invited", body = Invited),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Not a secretariat administrator", body = crate::error::ErrorBody),
              (status = 422, description = "Bad email, role or country, or the account exists", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn create(
    State(state): State<AppState>,
    signed: SignedIn,
    ApiJson(body): ApiJson<NewUserBody>,
) -> AppResult<(StatusCode, Json<Invited>)> {
    let admin = signed.admin()?;
    let new = new_user(
        &body.email,
        &body.name,
        &body.role,
        body.country.as_deref().unwrap_or(""),
        &body.observed.join(","),
        body.team.as_deref().unwrap_or(""),
    )?;
    let (user, link) = accounts::invite(&state, &new, Some(admin.0.id)).await?;
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
