//! `POST /maturity/establishment/{id}/services`: replaces the planned services of an
//! engagement: each checked `service` (a FIRST CSIRT Services Framework v2.1 service id) with
//! its `phase.{id}`, the phase it starts in. Every field is read and checked before anything is
//! written, so a bad one (422, naming it) leaves the plan as it was. The secretariat only.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::Phase;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    use cyberindex_workflow::establishment as e;
    let user = &signed.0.user;
    let (_, access) = e::read(&state.store, user, id).await?;
    access.require(e::Act::Services)?;
    let mut services: Vec<(String, Phase)> = Vec::new();
    for (key, value) in &fields {
        if key != "service" {
            continue;
        }
        let service = value.trim();
        if !e::is_service(service) {
            return Err(AppError::bad(
                "service",
                crate::msg!("establishment-error-service", id = service),
            ));
        }
        let field = format!("phase.{service}");
        let phase = fields
            .iter()
            .find(|(k, _)| *k == field)
            .map_or("", |(_, v)| v.as_str());
        let phase = Phase::parse(phase.trim())
            .filter(|p| *p != Phase::Closed)
            .ok_or_else(|| {
                AppError::bad(
                    &field,
                    crate::msg!(
                        "establishment-error-service-phase",
                        id = service,
                        value = phase.trim()
                    ),
                )
            })?;
        if !services.iter().any(|(s, _)| s == service) {
            services.push((service.to_string(), phase));
        }
    }
    e::set_services(&state.store, user, id, &services).await?;
    Ok(see_other(&format!(
        "/maturity/establishment/{id}/#services"
    )))
}
