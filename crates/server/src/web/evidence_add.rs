//! `POST /editions/{edition}/countries/{country}/answers/{question}/evidence`: attach a file or a
//! link to an answer (multipart form).

use axum::Json;
use axum::extract::{Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::extract::{attach, read_multipart};
use crate::state::AppState;
use crate::web::{see_other, wants_json};

pub async fn add(
    State(state): State<AppState>,
    signed: SignedIn,
    headers: HeaderMap,
    Path((edition, country, question)): Path<(String, String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    framework
        .question_index(&question)
        .ok_or(AppError::NotFound)?;
    let (fields, file) = read_multipart(&state, multipart).await?;
    let evidence = attach(&state, &write, &question, fields, file).await?;
    if wants_json(&headers) {
        return Ok((StatusCode::CREATED, Json(evidence)).into_response());
    }
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}#q-{question}"
    )))
}
