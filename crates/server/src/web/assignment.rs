//! `POST /editions/{edition}/countries/{country}/assignments`: a secretariat administrator assigns
//! a reviewer to a country, for the whole response or one pillar (`action=remove` unassigns).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    reviewer: String,
    #[serde(default)]
    pillar: String,
    #[serde(default)]
    action: String,
}

pub async fn change(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let reviewer: i64 = form
        .reviewer
        .parse()
        .map_err(|_| AppError::bad("reviewer", crate::msg!("error-choose-reviewer")))?;
    let framework = state.framework(&edition).await?;
    if !form.pillar.is_empty() && !framework.pillars().any(|(_, n)| n.id == form.pillar) {
        return Err(AppError::bad(
            "pillar",
            crate::msg!("error-no-pillar", pillar = form.pillar),
        ));
    }
    if form.action == "remove" {
        state
            .store
            .unassign(&edition, &country, &form.pillar, reviewer, Some(admin.0.id))
            .await?;
    } else {
        state
            .store
            .assign(&edition, &country, &form.pillar, reviewer, Some(admin.0.id))
            .await?;
    }
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review"
    )))
}
