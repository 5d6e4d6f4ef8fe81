//! `POST /drills/play/respond`: a player's response to one expectation of an inject released
//! to its team, while the drill runs: a text, a document, or both (a multipart form; the file
//! goes through the safe-upload path: size, type by content, no markup). Responses are kept,
//! never replaced: a second one is added beside the first. The file is kept only once the
//! response is recorded, so a refused response leaves nothing behind.

use axum::extract::{Multipart, State};
use axum::response::Response;

use super::Seat;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    Seat(view): Seat,
    multipart: Multipart,
) -> AppResult<Response> {
    let player = view.player()?;
    let (mut inject, mut expectation, mut text) = (String::new(), String::new(), String::new());
    let file = crate::extract::read_upload_form(&state, multipart, |name, value| {
        match name {
            "inject" => inject = value,
            "expectation" => expectation = value,
            "text" => text = value,
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("drill-error-response-field", field = other),
                ));
            }
        }
        Ok(())
    })
    .await?;
    let expectation = super::number("expectation", &expectation)?;
    let document = file
        .as_ref()
        .map(|f| (f.file.sha256.as_str(), f.file.file_name.as_str()));
    player
        .respond(&state.store, &inject, expectation, Some(&text), document)
        .await?;
    if let Some(file) = file {
        file.keep().await?;
    }
    state.drill_changed_for(view.drill.id, vec![player.team.clone()]);
    Ok(see_other(&format!("/drills/play/#inject-{inject}")))
}
