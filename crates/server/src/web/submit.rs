//! `GET /editions/{edition}/countries/{country}/submit`: the review-and-confirm page (WCAG 3.3.4),
//! listing unanswered questions and answers without required evidence; `POST` submits. After
//! submission the response is read-only for the country.

use std::collections::HashSet;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_store::Role;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::present::country_name;
use crate::service::answers;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "submit.html")]
struct SubmitPage {
    page: Page,
    country_name: String,
    edition_name: String,
    summary: String,
    unanswered: Vec<(String, String)>,
    no_evidence: Vec<(String, String)>,
    can_submit: bool,
    action: String,
    workspace: String,
}

pub async fn review(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Response> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let response = state.store.response(&edition, &country).await?;
    if !response.status.is_open_to_country() {
        return Err(AppError::Locked(response.status));
    }
    let framework = state.framework(&edition).await?;
    let stored = state.store.edition(&edition).await?;
    let answers_list = state.store.answers(&edition, &country).await?;
    let evidence = state.store.evidence(&edition, &country).await?;
    let progress = answers::progress(&framework, &answers_list, &evidence);
    let relevant: HashSet<&str> = progress
        .relevant_questions
        .iter()
        .map(String::as_str)
        .collect();
    let answered: HashSet<&str> = answers_list
        .iter()
        .filter(|a| a.value.is_some())
        .map(|a| a.question_id.as_str())
        .collect();
    let with_evidence: HashSet<&str> = evidence.iter().map(|e| e.question_id.as_str()).collect();
    let mut unanswered = Vec::new();
    let mut no_evidence = Vec::new();
    for q in &framework.questions {
        if !relevant.contains(q.id.as_str()) {
            continue;
        }
        let label = tr.pick(&q.label).to_string();
        if !answered.contains(q.id.as_str()) {
            unanswered.push((q.id.clone(), label));
        } else if q.evidence_required && !with_evidence.contains(q.id.as_str()) {
            no_evidence.push((q.id.clone(), label));
        }
    }
    let summary = tr.ta(
        "submit-summary",
        &[
            ("answered", &progress.answered.to_string()),
            ("relevant", &progress.relevant.to_string()),
        ],
    );
    let page = Page::new(
        tr,
        Some(&write.user),
        state.config.demo,
        &uri,
        tr.t("submit-title"),
    );
    render(&SubmitPage {
        page,
        country_name: country_name(tr, &country),
        edition_name: stored.name,
        summary,
        unanswered,
        no_evidence,
        can_submit: write.user.role == Role::FocalPoint,
        action: uri.path().to_string(),
        workspace: format!("/editions/{edition}/countries/{country}"),
    })
}

#[derive(Debug, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    confirm: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    Form(form): Form<ConfirmForm>,
) -> AppResult<Response> {
    let scope = signed
        .submit_country(&state.store, &edition, &country)
        .await?;
    if form.confirm != "1" {
        return Err(AppError::bad("confirm", crate::msg!("error-confirm-box")));
    }
    let response = scope.submit(&state.store).await?;
    tracing::info!(user = scope.user.id, edition, country, "response submitted");
    crate::service::notify::status_changed(
        &state,
        &edition,
        &country,
        response.status,
        Some(scope.user.id),
    )
    .await;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}?submitted=1"
    )))
}
