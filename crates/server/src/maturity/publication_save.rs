//! `POST /maturity/teams/{team}/publication`: the team (its staff, or the secretariat on its
//! behalf) chooses whether the public site shows the tier of its latest signed-off assessment
//! (`show_tier=yes`) or nothing (`no`). Audited. The programme's `maturity.publish` setting
//! still decides whether any tier is published.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct PublicationForm {
    #[serde(default)]
    pub show_tier: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(team): Path<String>,
    Form(form): Form<PublicationForm>,
) -> AppResult<Response> {
    let show = match form.show_tier.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::bad(
                "show_tier",
                crate::msg!("maturity-error-publication"),
            ));
        }
    };
    cyberindex_workflow::maturity::set_publication(&state.store, &signed.0.user, &team, show)
        .await?;
    Ok(see_other(&format!("/maturity/teams/{team}/#publication")))
}
