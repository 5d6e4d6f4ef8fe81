//! `GET /api/v1/editions/{edition}/responses/{country}/audit`: the audit trail of one response,
//! newest first. The secretariat sees every entry; the country sees its own trail without the
//! entries about reviewer-only notes. Every read is itself recorded (`export.audit-api`).

use axum::Json;
use axum::extract::{Path, Query, State};
use cyberindex_store::{AuditEntry, AuditEvent, AuditFilter};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// Only entries about this question.
    pub question: Option<String>,
    /// Only entries whose action starts with this (such as `review.` or `answer.save`).
    pub action: Option<String>,
}

#[utoipa::path(get, operation_id = "getResponseAudit", path = "/api/v1/editions/{edition}/responses/{country}/audit", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path), AuditQuery),
    responses((status = 200, description = "Entries, newest first, each with its hash and the previous entry's", body = Vec<Object>),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Observers", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    Query(query): Query<AuditQuery>,
) -> AppResult<Json<Vec<AuditEntry>>> {
    let read = signed
        .read_country(&state.store, &edition, &country)
        .await?;
    if read.user.role == cyberindex_store::Role::Observer {
        return Err(AppError::Forbidden(crate::msg!("error-audit-readers")));
    }
    let entries = state
        .store
        .audit(&AuditFilter {
            edition: Some(edition.clone()),
            country: Some(country.clone()),
            question: query.question.clone(),
            action_prefix: query.action.clone(),
            hide_confidential: !read.user.role.is_secretariat(),
            ..AuditFilter::default()
        })
        .await?;
    // Who read the trail, of what, and how much of it.
    state
        .store
        .record(
            &AuditEvent::new(Some(read.user.id), "export.audit-api")
                .object(format!("audit of {edition}/{country}"))
                .after(&serde_json::json!({
                    "question": query.question,
                    "action": query.action,
                    "entries": entries.len(),
                })),
        )
        .await?;
    Ok(Json(entries))
}
