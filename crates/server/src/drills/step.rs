//! `POST /drills/{id}/step`: the facilitator moves the drill on: the communications check
//! (an acknowledgement to every team through the directory's reachability check, all or
//! nothing), start, pause, resume, end, and marking the after-action report issued (ended →
//! reported). The workflow refuses a step its status does not allow.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_workflow::drill::{COMMS_WINDOW_HOURS, Console, Move, View};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct StepForm {
    #[serde(default)]
    pub step: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<StepForm>,
) -> AppResult<Response> {
    let view = View::of_user(&state.store, &signed.0.user, id).await?;
    let console = view.console()?;
    let now = cyberindex_store::now_ms();
    let step = match form.step.as_str() {
        "comms_check" => {
            let teams = crate::service::reach::all_teams(&state).await?;
            let notifier = crate::service::notify::mailer(&state);
            let compose = crate::service::reach::composer(&state, COMMS_WINDOW_HOURS);
            console
                .comms_check(&state.store, &notifier, &teams, now, compose)
                .await?;
            state.drill_changed(id);
            return Ok(see_other(&format!("/drills/{id}/")));
        }
        other => move_of(other)?,
    };
    take(&state, &console, id, step, now).await?;
    Ok(see_other(&format!("/drills/{id}/")))
}

/// A step from its form or body value: `start`, `pause`, `resume`, `end` or `report` (the
/// communications check, which sends mail, is the console's own).
pub fn move_of(value: &str) -> AppResult<Move> {
    match value {
        "start" => Ok(Move::Start),
        "pause" => Ok(Move::Pause),
        "resume" => Ok(Move::Resume),
        "end" => Ok(Move::End),
        "report" => Ok(Move::Report),
        _ => Err(AppError::bad("step", crate::msg!("drill-error-step"))),
    }
}

/// Takes `step` in drill `id` at `now` and announces it; on start and resume what is due goes
/// out at once (the first injects of the first move). The console's form and the API both
/// come here.
pub async fn take(
    state: &AppState,
    console: &Console<'_>,
    id: i64,
    step: Move,
    now: i64,
) -> AppResult<()> {
    console.step(&state.store, step, now).await?;
    if step == Move::Start || step == Move::Resume {
        console.release_due(&state.store, now).await?;
    }
    state.drill_changed(id);
    Ok(())
}
