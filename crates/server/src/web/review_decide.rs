//! `POST /editions/{edition}/countries/{country}/answers/{question}/review`: a reviewer accepts an
//! answer, requests clarification or rejects it (a comment is required for the last two; a
//! rejection may propose a value, one of the question's options when it has options).
//!
//! The review page's script posts with `Accept: application/json` and gets the decision back, so
//! the reviewer stays where they are; without JavaScript the form posts and the page comes back
//! at the question.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde::Serialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::{Render, Tr};
use crate::pages::review::{Filter, Problem, page};
use crate::present::decision_key;
use crate::service::review::read_decision;
use crate::state::AppState;
use crate::web::{see_other, wants_json};

/// The decision form's fields; a multiple-choice proposal comes as one `proposed` field per
/// option ticked.
#[derive(Debug, Default)]
struct DecisionForm {
    decision: String,
    comment: String,
    proposed: String,
}

impl DecisionForm {
    fn read(fields: Vec<(String, String)>) -> Self {
        let mut form = Self::default();
        let mut proposed = Vec::new();
        for (name, value) in fields {
            match name.as_str() {
                "decision" => form.decision = value,
                "comment" => form.comment = value,
                "proposed" if !value.trim().is_empty() => proposed.push(value),
                _ => {}
            }
        }
        form.proposed = proposed.join(" ");
        form
    }
}

/// What the page's script learns of a saved decision.
#[derive(Debug, Serialize)]
struct Decided {
    question: String,
    decision: &'static str,
    /// "Decision saved: Accept", in the reviewer's language.
    message: String,
    /// The label of the decision, for the question's mark.
    label: String,
}

pub async fn decide(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    headers: HeaderMap,
    Path((edition, country, question)): Path<(String, String, String)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = DecisionForm::read(fields);
    let scope = signed
        .clone()
        .review_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let decided = match read_decision(
        &framework,
        &question,
        &form.decision,
        &form.comment,
        Some(&form.proposed),
    ) {
        Ok((decision, proposed)) => {
            crate::service::review::decide(
                &state,
                &scope,
                &question,
                decision,
                &form.comment,
                proposed.as_deref(),
            )
            .await
        }
        Err(e) => Err(e),
    };
    let review = match decided {
        Ok(review) => review,
        Err(e) if wants_json(&headers) => return Err(e),
        // Without JavaScript a refused decision comes back on the review page, beside its
        // field, with what was chosen and typed.
        Err(AppError::BadRequest { field, message }) => {
            let problem = Problem {
                question: question.clone(),
                field: field.unwrap_or_default(),
                message: message.render(tr),
                decision: form.decision,
                comment: form.comment,
                ..Problem::default()
            };
            let filter = Filter::default();
            return page(
                &state,
                signed,
                tr,
                &uri,
                (&edition, &country),
                filter,
                Some(problem),
            )
            .await;
        }
        Err(e) => return Err(e),
    };
    if wants_json(&headers) {
        let label = tr.t(decision_key(review.decision));
        return Ok(Json(Decided {
            message: tr.ta("review-saved", &[("decision", &label)]),
            label,
            decision: review.decision.as_str(),
            question,
        })
        .into_response());
    }
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review#q-{question}"
    )))
}
