//! `POST /directory/checks/{n}/calls/{ping}`: the secretariat records a call of a check's
//! telephone channel: answered (`answered=yes`) or not (`answered=no`), with an optional note.
//! An answered call counts as the team's acknowledgement, with its latency from the check's
//! start; an unanswered one is "no reply" until a later call is answered. A call already
//! answered, or a message that is not a call, is 409 and changes nothing. Audited
//! (`check.call`).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct CallForm {
    /// `yes` or `no`.
    #[serde(default)]
    pub answered: String,
    #[serde(default)]
    pub note: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((run, ping)): Path<(i64, i64)>,
    Form(form): Form<CallForm>,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let answered = match form.answered.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::bad("answered", crate::msg!("check-call-choose")));
        }
    };
    // The message must be one of this check's (the address names both): the store answers
    // NotFound otherwise.
    cyberindex_workflow::reach::record_call(
        &state.store,
        ping,
        Some(run),
        answered,
        &form.note,
        Some(secretariat.0.id),
    )
    .await?;
    Ok(see_other(&format!("/directory/checks/{run}/#ping-{ping}")))
}
