//! `POST /directory/import`: reads an uploaded file and shows every error with where it is
//! (422, nothing saved), or what importing it would change, team by team and field by field,
//! with a button to confirm (`import_apply.rs`). Nothing is saved here.

use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render};

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    request: axum::extract::Request,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let upload = super::importing::read_form(&state, request).await?;
    let layout = super::importing::layout_of(&upload)?;
    let outcome = super::importing::plan(&state, &upload, layout).await?;
    let page = Page::new(
        tr,
        Some(&secretariat.0),
        state.config.demo,
        &uri,
        tr.t("directory-import-title"),
    );
    let mut view = super::importing::ImportPage::new(&state, tr, page).await?;
    view.chosen_layout = upload.layout.clone();
    view.chosen_team = upload.team.clone();
    view.file_name = upload.file_name.clone();
    match outcome {
        Err(errors) => {
            view.errors = errors;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&view)?).into_response())
        }
        Ok((plan, notes)) => {
            view.notes = notes;
            view.digest = super::importing::digest(&plan);
            view.payload = base64::engine::general_purpose::STANDARD.encode(&upload.bytes);
            view.unchanged = plan.unchanged;
            view.changes = plan.changes;
            render(&view)
        }
    }
}
