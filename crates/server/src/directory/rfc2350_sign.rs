//! `GET/POST /directory/teams/{id}/rfc2350/sign`: the secretariat, or the team's own staff
//! (`scope::TeamEdit`), clear-signs the team's RFC 2350
//! (its public fields, as `rfc2350.txt` serves them) with a secret key and passphrase given for
//! this one request, and downloads the signed text to publish. **The key and passphrase are
//! never stored or logged** (request bodies are never logged, the OpenPGP library's own log is
//! held at `warn`, `ops/logs.rs`), and no error repeats them.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use cyberindex_directory::Visibility;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

#[derive(Debug, Template)]
#[template(path = "directory/sign.html")]
pub struct SignPage {
    pub page: Page,
    pub id: String,
    pub name: String,
    pub error: Option<String>,
}

#[derive(Deserialize)]
pub struct SignForm {
    #[serde(default)]
    pub secret_key: String,
    #[serde(default)]
    pub passphrase: String,
}

// Never printed: the form holds a secret key.
impl std::fmt::Debug for SignForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SignForm { .. }")
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let editor = signed.edit_team(&id)?;
    let (_, team) = super::load(&state, &id, Visibility::Public).await?;
    render(&SignPage {
        page: Page::new(
            tr,
            Some(&editor.user),
            state.config.demo,
            &uri,
            tr.t("directory-sign-title"),
        ),
        id,
        name: team.official_name.value,
        error: None,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<String>,
    Form(form): Form<SignForm>,
) -> AppResult<Response> {
    let editor = signed.edit_team(&id)?;
    let (_, team) = super::load(&state, &id, Visibility::Public).await?;
    match cyberindex_directory::rfc2350::render_signed_text(
        &team,
        Visibility::Public,
        &form.secret_key,
        &form.passphrase,
        time::OffsetDateTime::now_utc(),
    ) {
        Ok(signed_text) => Ok(super::text_file(
            "text/plain; charset=utf-8",
            format!("{id}-rfc2350.txt"),
            signed_text,
        )),
        Err(e) => {
            let page = render(&SignPage {
                page: Page::new(
                    tr,
                    Some(&editor.user),
                    state.config.demo,
                    &uri,
                    tr.t("directory-sign-title"),
                ),
                id,
                name: team.official_name.value,
                // The library's sentences name neither the key nor the passphrase.
                error: Some(tr.ta("directory-sign-refused", &[("reason", &e.message)])),
            })?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
