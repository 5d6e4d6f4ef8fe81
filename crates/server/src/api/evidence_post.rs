//! `POST /api/v1/editions/{edition}/responses/{country}/answers/{question}/evidence`: attaches a
//! file (multipart: `file`, `title`, `language`, `issued_on`, `public`) or a link (JSON
//! `{"url": …, "title": …}`).

use axum::Json;
use axum::extract::{FromRequest, Multipart, Path, Request, State};
use axum::http::{StatusCode, header};
use cyberindex_store::Evidence;

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::extract::{EvidenceFields, attach, read_multipart};
use crate::state::AppState;

#[utoipa::path(post, operation_id = "addEvidence", path = "/api/v1/editions/{edition}/responses/{country}/answers/{question}/evidence", tag = "responses",
    params(("edition" = String, Path), ("country" = String, Path), ("question" = String, Path)),
    request_body(content(
        (EvidenceFields = "application/json"),
        (Object = "multipart/form-data")
    )),
    responses((status = 201, description = "Attached", body = Object),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 409, description = "The response is submitted", body = crate::error::ErrorBody),
              (status = 413, description = "The file is over the size limit", body = crate::error::ErrorBody),
              (status = 415, description = "The file type is not accepted", body = crate::error::ErrorBody),
              (status = 422, body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    request: Request,
) -> AppResult<(StatusCode, Json<Evidence>)> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    framework
        .question_index(&question)
        .ok_or(AppError::NotFound)?;
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let (fields, file) = if content_type.starts_with("multipart/form-data") {
        let multipart = Multipart::from_request(request, &state)
            .await
            .map_err(|e| {
                AppError::bad(
                    "file",
                    crate::msg!("error-form-unreadable", detail = e.body_text()),
                )
            })?;
        read_multipart(&state, multipart).await?
    } else {
        let ApiJson(fields) = ApiJson::<EvidenceFields>::from_request(request, &state).await?;
        (fields, None)
    };
    let evidence = attach(&state, &write, &question, fields, file).await?;
    Ok((StatusCode::CREATED, Json(evidence)))
}
