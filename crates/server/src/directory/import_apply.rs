//! `POST /directory/import/apply`: confirms a previewed import: the file is read and planned
//! again, and saved in one transaction only if it would save exactly what the preview showed
//! (the digest matches); otherwise the directory changed in between and the page says so (409),
//! with nothing saved. Each team's save is in the audit trail.

use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
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
    let plan = match super::importing::plan(&state, &upload, layout).await? {
        Ok((plan, _)) if super::importing::digest(&plan) == upload.digest => plan,
        _ => return Err(AppError::Stale(crate::msg!("directory-import-changed"))),
    };
    let saved = if plan.saves.is_empty() {
        0
    } else {
        cyberindex_workflow::directory::save_teams(
            &state.store,
            &plan.saves,
            Some(secretariat.0.id),
        )
        .await?
        .len()
    };
    // A security.txt is also what the directory last saw of the team's file (the score counts
    // it), whether or not it changed the record.
    if layout == cyberindex_workflow::directory_import::Layout::SecurityTxt {
        cyberindex_workflow::directory_import::keep_security_txt(
            &state.store,
            upload.team.trim(),
            &upload.file_name,
            &upload.bytes,
            Some(secretariat.0.id),
        )
        .await?;
    }
    let page = Page::new(
        tr,
        Some(&secretariat.0),
        state.config.demo,
        &uri,
        tr.t("directory-import-title"),
    );
    let mut view = super::importing::ImportPage::new(&state, tr, page).await?;
    view.saved = Some(saved);
    render(&view)
}
