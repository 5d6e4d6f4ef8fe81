//! `GET/POST /invitation/{token}`: an invited user sets a password (single-use link).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::LinkPurpose;

use crate::error::AppResult;
use crate::extract::ClientKey;
use crate::forms::password::{PasswordForm, form_for, redeem};
use crate::i18n::Tr;
use crate::state::AppState;

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    Path(token): Path<String>,
) -> AppResult<Response> {
    form_for(&state, tr, &uri, &token, LinkPurpose::Invitation, None).await
}

pub async fn submit(
    State(state): State<AppState>,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> AppResult<Response> {
    redeem(
        &state,
        tr,
        &uri,
        &client,
        &token,
        LinkPurpose::Invitation,
        &form,
    )
    .await
}
