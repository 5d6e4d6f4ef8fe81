//! `POST /editions/{edition}/desk-policy`: a secretariat administrator sets what happens to
//! unconfirmed secretariat drafts at the deadline (`keep-draft` or `drop-draft`), or with
//! `apply=1` applies it now, recording the outcome of every draft.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::DeskPolicy;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct PolicyForm {
    #[serde(default)]
    policy: String,
    #[serde(default)]
    apply: String,
}

pub async fn change(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(edition): Path<String>,
    Form(form): Form<PolicyForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    if form.apply == "1" {
        let (kept, dropped, submitted) = state
            .store
            // The administrator takes the deadline's action early.
            .apply_desk_policy(
                &edition,
                cyberindex_workflow::status::rule("deadline").from,
                Some(admin.0.id),
            )
            .await?;
        tracing::info!(
            edition,
            kept,
            dropped,
            submitted = submitted.len(),
            "desk-research policy applied"
        );
        for country in &submitted {
            crate::service::notify::status_changed(
                &state,
                &edition,
                country,
                cyberindex_store::Status::Submitted,
                Some(admin.0.id),
            )
            .await;
        }
    } else {
        let policy: DeskPolicy = form.policy.parse().map_err(|_| {
            AppError::bad(
                "policy",
                crate::msg!("error-desk-policy", policy = form.policy),
            )
        })?;
        state
            .store
            .set_desk_policy(&edition, policy, Some(admin.0.id))
            .await?;
    }
    Ok(see_other(&format!("/editions/{edition}/review")))
}
