//! `POST /editions/{edition}/countries/{country}/return`: sends the response back to the country,
//! opening a new numbered round with a deadline. A refusal (a deadline in the past, a message too
//! long, nothing asked about) comes back on the review page beside its field, with what was typed.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::{Render, Tr};
use crate::pages::review::{Filter, Problem, page};
use crate::service::review;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct ReturnForm {
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    message: String,
}

pub async fn send_back(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path((edition, country)): Path<(String, String)>,
    Form(form): Form<ReturnForm>,
) -> AppResult<Response> {
    let scope = signed
        .clone()
        .review_country(&state.store, &edition, &country)
        .await?;
    // Nothing asked about is not a mistake in the form: the response is not ready to go back
    // (409, as the API says); the review page shows why when it shows the form at all.
    let mut ready = true;
    let (field, message) =
        match review::send_back(&state, &scope, &form.deadline, &form.message).await {
            Ok(_) => {
                return Ok(see_other(&format!(
                    "/editions/{edition}/countries/{country}/review"
                )));
            }
            Err(AppError::BadRequest { field, message }) => {
                let field = match field.as_deref() {
                    Some("deadline") => "deadline",
                    Some("reason") => "message",
                    _ => "send-back",
                };
                (field, message)
            }
            Err(AppError::Closed(message))
                if state
                    .store
                    .response(&edition, &country)
                    .await?
                    .status
                    .is_under_review() =>
            {
                ready = false;
                ("send-back", message)
            }
            Err(e) => return Err(e),
        };
    let problem = Problem {
        field: field.to_string(),
        message: message.render(tr),
        comment: form.message,
        deadline: form.deadline,
        ..Problem::default()
    };
    let mut response = page(
        &state,
        signed,
        tr,
        &uri,
        (&edition, &country),
        Filter::default(),
        Some(problem),
    )
    .await?;
    if !ready {
        *response.status_mut() = StatusCode::CONFLICT;
    }
    Ok(response)
}
