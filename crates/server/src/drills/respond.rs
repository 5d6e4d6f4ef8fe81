//! `POST /drills/play/respond`: a player's response to one expectation of an inject released
//! to its team, while the drill runs: a text, a document, or both (a multipart form; the file
//! goes through the safe-upload path: size, type by content, no markup). Responses are kept,
//! never replaced: a second one is added beside the first. The file is kept only once the
//! response is recorded, so a refused response leaves nothing behind. A refusal (an empty or
//! too long text, a refused file, a drill paused meanwhile) shows the seat again with the
//! text as typed and the reason beside it.

use axum::extract::{Multipart, State};
use axum::http::Uri;
use axum::response::Response;

use super::Seat;
use super::play::Failed;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{FormError, see_other};

pub async fn submit(
    State(state): State<AppState>,
    Seat(view): Seat,
    tr: Tr,
    uri: Uri,
    multipart: Multipart,
) -> AppResult<Response> {
    let player = view.player()?;
    let (mut inject, mut expectation, mut text) = (String::new(), String::new(), String::new());
    let outcome = async {
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
        let index = super::number("expectation", &expectation)?;
        let document = file
            .as_ref()
            .map(|f| (f.file.sha256.as_str(), f.file.file_name.as_str()));
        player
            .respond(&state.store, &inject, index, Some(&text), document)
            .await?;
        if let Some(file) = file {
            file.keep().await?;
        }
        AppResult::Ok(())
    }
    .await;
    match outcome {
        Ok(()) => {
            state.drill_changed_for(view.drill.id, vec![player.team.clone()]);
            Ok(see_other(&format!("/drills/play/#inject-{inject}")))
        }
        // The page again, with the text as typed beside the message, never lost.
        Err(e) => {
            let (status, error) = FormError::refusal(e, tr, "text")?;
            let failed = Failed {
                expectation: expectation.trim().parse().unwrap_or(0),
                inject,
                text,
                error,
            };
            super::play::page(&state, &view, tr, &uri, false, Some((status, failed))).await
        }
    }
}
