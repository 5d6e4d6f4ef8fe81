//! `POST /editions/{edition}/countries/{country}/answers/{question}/messages`: a message in the
//! question's thread (the country and the secretariat), or with `internal=1` a reviewer-only note.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    internal: String,
}

pub async fn post(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, question)): Path<(String, String, String)>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let scope = signed
        .discuss_country(&state.store, &edition, &country)
        .await?;
    let internal = form.internal == "1";
    crate::service::review::post_message(&state, &scope, &question, &form.body, internal).await?;
    let page = if scope.user.role.is_secretariat() {
        "/review"
    } else {
        ""
    };
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}{page}#q-{question}"
    )))
}
