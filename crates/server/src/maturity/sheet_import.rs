//! `GET /maturity/{id}/import`: the form to import the team's self-assessment from the
//! assessment's workbook (`assessment.xlsx`, filled in); `POST` (multipart, `file`): the
//! preview: each change (parameter, level from → to, note changed) and every problem with its
//! cell (`sheet::plan`). Nothing is applied here. Without problems, the preview's "Apply" form
//! posts the changes, with the versions read, to `/maturity/{id}/levels`, which writes them all
//! in one store transaction or none (a parameter changed in between is 409). The team's staff
//! or the secretariat, while the assessment is in self-assessment; the check comes before the
//! file is read.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use cyberindex_store::{Assessment, AssessmentStatus, User};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::{Render, Tr};
use crate::state::AppState;
use crate::web::{Page, render};

/// One change, as the preview shows and the apply form posts it.
#[derive(Debug)]
pub struct ChangeView {
    pub parameter: String,
    pub name: String,
    pub from: String,
    pub to: String,
    /// The level as the form posts it (`0`…`4`, `na`, empty).
    pub level: String,
    pub note: String,
    pub note_changed: bool,
    pub version: i64,
}

#[derive(Debug, Template)]
#[template(path = "maturity/import.html")]
pub struct ImportPage {
    pub page: Page,
    pub id: i64,
    /// Whether a file was read (the preview is shown).
    pub read: bool,
    pub file_name: String,
    pub changes: Vec<ChangeView>,
    /// Each problem, rendered, with its cell first.
    pub errors: Vec<String>,
}

/// The assessment, when `user` may change the team's levels now.
async fn open(state: &AppState, user: &User, id: i64) -> AppResult<Assessment> {
    use cyberindex_workflow::maturity as m;
    let (assessment, access) = m::read(&state.store, user, id).await?;
    access.require(m::Act::SelfAssess).map_err(AppError::from)?;
    if assessment.status != AssessmentStatus::SelfAssessment {
        return Err(m::MaturityError::Closed {
            status: assessment.status,
        }
        .into());
    }
    Ok(assessment)
}

fn page(state: &AppState, tr: Tr, user: &User, uri: &Uri, id: i64) -> Page {
    Page::new(
        tr,
        Some(user),
        state.config.demo,
        uri,
        tr.ta("maturity-import-title", &[("id", &id.to_string())]),
    )
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let user = &signed.0.user;
    open(&state, user, id).await?;
    render(&ImportPage {
        page: page(&state, tr, user, &uri, id),
        id,
        read: false,
        file_name: String::new(),
        changes: Vec::new(),
        errors: Vec::new(),
    })
}

/// The uploaded workbook's name and bytes (the route's body limit bounds them).
async fn read_file(mut multipart: Multipart) -> AppResult<(String, Vec<u8>)> {
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        AppError::bad("file", crate::msg!("error-form-unreadable", detail = e))
    };
    while let Some(field) = multipart.next_field().await.map_err(unreadable)? {
        if field.name() == Some("file") {
            let name = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(unreadable)?;
            if name.is_empty() && bytes.is_empty() {
                break;
            }
            return Ok((name, bytes.to_vec()));
        }
    }
    Err(AppError::bad(
        "file",
        crate::msg!("maturity-import-error-no-file"),
    ))
}

pub async fn preview(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let user = &signed.0.user;
    let assessment = open(&state, user, id).await?;
    let (file_name, bytes) = read_file(multipart).await?;
    let framework = m::framework(&state.store, &assessment).await?;
    let answers: BTreeMap<String, cyberindex_store::ParameterAnswer> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| (a.parameter.clone(), a))
        .collect();
    let plan = match tokio::task::spawn_blocking(move || {
        cyberindex_answers::xlsx_table(&bytes, super::sheet::SHEET)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))?
    {
        Ok(rows) => super::sheet::plan(&framework, &answers, &rows, &tr.t("maturity-na")),
        Err(problems) => super::sheet::Plan {
            changes: Vec::new(),
            errors: problems
                .into_iter()
                .map(|p| {
                    (
                        String::new(),
                        crate::msg!("maturity-import-error-file", detail = p.message),
                    )
                })
                .collect(),
        },
    };
    let errors: Vec<String> = plan.errors.iter().map(|(_, m)| m.render(tr)).collect();
    let changes = plan
        .changes
        .into_iter()
        .map(|c| ChangeView {
            name: super::parameter_name(tr, &framework, &c.parameter),
            from: super::level_text(tr, c.from),
            to: super::level_text(tr, c.to),
            level: c.to.map(|l| l.as_str().to_string()).unwrap_or_default(),
            parameter: c.parameter,
            note: c.note,
            note_changed: c.note_changed,
            version: c.version,
        })
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = render(&ImportPage {
        page: page(&state, tr, user, &uri, id),
        id,
        read: true,
        file_name,
        changes,
        errors,
    })?;
    Ok((status, body).into_response())
}
