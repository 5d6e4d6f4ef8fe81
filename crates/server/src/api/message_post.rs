//! `POST /api/v1/editions/{edition}/responses/{country}/answers/{question}/messages`: a message in
//! a question's thread, or (secretariat, `internal: true`) a reviewer-only note.

use axum::Json;
use axum::extract::{Path, State};
use cyberindex_store::Message;
use serde::Deserialize;

use crate::api::ApiJson;
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    pub body: String,
    /// A reviewer-only note, never shown to the country (secretariat only).
    #[serde(default)]
    pub internal: bool,
}

#[utoipa::path(post, operation_id = "postMessage", path = "/api/v1/editions/{edition}/responses/{country}/answers/{question}/messages", tag = "review",
    params(("edition" = String, Path), ("country" = String, Path), ("question" = String, Path)),
    request_body = MessageBody,
    responses((status = 200, description = "The message", body = Object),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "Observers; notes by non-secretariat", body = crate::error::ErrorBody),
              (status = 404, body = crate::error::ErrorBody),
              (status = 422, description = "Empty or too long", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    ApiJson(body): ApiJson<MessageBody>,
) -> AppResult<Json<Message>> {
    let scope = signed
        .discuss_country(&state.store, &edition, &country)
        .await?;
    let message =
        crate::service::review::post_message(&state, &scope, &question, &body.body, body.internal)
            .await?;
    Ok(Json(message))
}
