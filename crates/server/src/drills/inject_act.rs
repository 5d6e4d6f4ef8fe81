//! `POST /drills/{id}/injects/{inject}`: the facilitator releases an inject now, holds it,
//! resumes a held one, skips it, or moves an unreleased one to another minute from the start
//! (`act=move` with `minutes`); what has been released never changes, and moving one re-orders
//! only what has not gone out.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_drill::Timing;
use cyberindex_workflow::drill::{Console, DrillError, View};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

/// The latest minute an inject may be moved to: a week of play.
pub const MAX_MINUTES: i64 = 7 * 24 * 60;

#[derive(Debug, Deserialize)]
pub struct InjectForm {
    #[serde(default)]
    pub act: String,
    #[serde(default)]
    pub minutes: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, inject)): Path<(i64, String)>,
    Form(form): Form<InjectForm>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    let minutes = if form.act == "move" {
        Some(super::number("minutes", &form.minutes)?)
    } else {
        None
    };
    act(&state, &console, id, &inject, &form.act, minutes).await?;
    Ok(see_other(&format!("/drills/{id}/")))
}

/// Does `act` (`release`, `hold`, `resume`, `skip`, or `move` to `minutes` from the start) to
/// an inject of drill `id` through its console and announces the change: the console's form
/// and the API (`api/drill_post.rs`) both come here.
pub async fn act(
    state: &AppState,
    console: &Console<'_>,
    id: i64,
    inject: &str,
    act: &str,
    minutes: Option<i64>,
) -> AppResult<()> {
    let store = &state.store;
    match act {
        "release" => {
            match console
                .release(store, inject, cyberindex_store::now_ms())
                .await
            {
                // Sent meanwhile (the server's 5 s release, another facilitator): what was
                // asked for holds, so it is not refused.
                Ok(_) | Err(DrillError::Released { .. }) => {}
                Err(e) => return Err(e.into()),
            }
            let reached = console.reached(store, &[inject.to_string()]).await?;
            state.drill_changed_for(id, reached);
            return Ok(());
        }
        "hold" => {
            console.hold(store, inject).await?;
        }
        "resume" => {
            console.resume_inject(store, inject).await?;
        }
        "skip" => {
            console.skip(store, inject).await?;
        }
        "move" => {
            let minutes = minutes
                .filter(|m| (0..=MAX_MINUTES).contains(m))
                .ok_or_else(|| {
                    AppError::bad(
                        "minutes",
                        crate::msg!("drill-error-minutes", max = MAX_MINUTES.to_string()),
                    )
                })?;
            let seconds = u32::try_from(minutes * 60).unwrap_or(u32::MAX);
            console
                .edit(store, inject, Some(Timing::Offset(seconds)), None, None)
                .await?;
        }
        _ => return Err(AppError::bad("act", crate::msg!("drill-error-act"))),
    }
    // The rest changes what has not gone out, which only the console and the seats that
    // follow every team show.
    state.drill_changed_for(id, Vec::new());
    Ok(())
}
