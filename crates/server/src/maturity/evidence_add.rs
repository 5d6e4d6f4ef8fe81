//! `POST /maturity/{id}/evidence`: adds evidence to a parameter: a web address (`url`) or a
//! reachability check message sent to the team (`ping`), with a title, the date of the
//! evidence and an optional expiry (after which the parameter is flagged). The team's staff or
//! the secretariat, until the assessment is validated.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::{EvidenceSource, NewMaturityEvidence};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct EvidenceForm {
    #[serde(default)]
    pub parameter: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub url: String,
    /// A reachability check message's id (instead of `url`).
    #[serde(default)]
    pub ping: String,
    #[serde(default)]
    pub issued: String,
    #[serde(default)]
    pub expires: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<EvidenceForm>,
) -> AppResult<Response> {
    let source =
        match (form.url.trim(), form.ping.trim()) {
            ("", "") => {
                return Err(AppError::bad(
                    "url",
                    crate::msg!("maturity-error-evidence-source"),
                ));
            }
            ("", ping) => EvidenceSource::Check(ping.parse().map_err(|_| {
                AppError::bad("ping", crate::msg!("maturity-error-evidence-source"))
            })?),
            (url, _) => EvidenceSource::Url(url.to_string()),
        };
    let issued = match form.issued.trim() {
        "" => super::today(),
        d => d.to_string(),
    };
    let new = NewMaturityEvidence {
        assessment_id: id,
        parameter: form.parameter.trim().to_string(),
        source,
        title: form.title.trim().to_string(),
        issued_on: issued,
        expires_on: Some(form.expires.trim().to_string()).filter(|d| !d.is_empty()),
    };
    cyberindex_workflow::maturity::add_evidence(&state.store, &signed.0.user, &new).await?;
    Ok(see_other(&format!("/maturity/{id}/#p-{}", new.parameter)))
}
