//! `POST /editions/{edition}/countries/{country}/answers/{question}/evidence`: attach a file or a
//! link to an answer (multipart form).

use axum::Json;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::extract::{attach, read_multipart};
use crate::i18n::{Render, Tr};
use crate::pages::workspace::Problem;
use crate::state::AppState;
use crate::web::{see_other, wants_json};

pub async fn add(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    headers: HeaderMap,
    Path((edition, country, question)): Path<(String, String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let write = signed
        .clone()
        .write_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    framework
        .question_index(&question)
        .ok_or(AppError::NotFound)?;
    // A refused form comes back on the workspace, beside its field, with what was typed (the
    // page's scripts get the JSON error instead).
    let mut problem = Problem {
        question: question.clone(),
        ..Problem::default()
    };
    let outcome = match read_multipart(&state, multipart).await {
        Ok((fields, file)) => {
            problem.title = fields.title.clone();
            problem.url = fields.url.clone().unwrap_or_default();
            problem.issued_on = fields.issued_on.clone();
            attach(&state, &write, &question, fields, file).await
        }
        Err(e) => Err(e),
    };
    let evidence = match outcome {
        Ok(evidence) => evidence,
        Err(e) if wants_json(&headers) => return Err(e),
        Err(e) => {
            let (field, message) = match &e {
                AppError::BadRequest { field, message } => {
                    (field.clone().unwrap_or_default(), message.render(tr))
                }
                AppError::TooLarge(m) | AppError::UnsupportedMedia(m) => {
                    ("file".to_string(), m.render(tr))
                }
                _ => return Err(e),
            };
            problem.field = field;
            problem.message = message;
            let shown = crate::pages::workspace::Shown::for_question(&framework, &question);
            let mut page = crate::pages::workspace::page(
                &state,
                signed,
                tr,
                &uri,
                (&edition, &country),
                shown,
                Some(problem),
            )
            .await?;
            // The status still says what went wrong (422, 413 too large, 415 refused type).
            *page.status_mut() = e.status();
            return Ok(page);
        }
    };
    if wants_json(&headers) {
        return Ok((StatusCode::CREATED, Json(evidence)).into_response());
    }
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}#q-{question}"
    )))
}
