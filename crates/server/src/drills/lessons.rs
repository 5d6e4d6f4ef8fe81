//! `POST /drills/play/lessons`: a participant answers the lessons questionnaire
//! (`LESSON_QUESTIONS`), by name of its team or anonymously (then no team, link or account is
//! kept with the answers). Every answer is checked before any is kept; empty ones are left
//! out, and at least one is needed.

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use cyberindex_workflow::drill::{LESSON_QUESTIONS, answer_lessons};

use super::Seat;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

/// The message key of a lessons question.
pub fn question_key(question: &str) -> Option<&'static str> {
    Some(match question {
        "went-well" => "drill-lesson-went-well",
        "went-badly" => "drill-lesson-went-badly",
        "procedures" => "drill-lesson-procedures",
        "missing" => "drill-lesson-missing",
        "next" => "drill-lesson-next",
        _ => return None,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    Seat(view): Seat,
    Form(form): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let mut answers: Vec<(&str, &str)> = Vec::new();
    let mut anonymous = false;
    for (k, v) in &form {
        if k == "anonymous" {
            anonymous = !v.is_empty();
        } else if let Some(q) = LESSON_QUESTIONS.iter().find(|q| **q == k) {
            if !v.trim().is_empty() {
                answers.push((q, v.as_str()));
            }
        } else {
            return Err(AppError::bad(
                k,
                crate::msg!("drill-error-lesson-field", field = k.clone()),
            ));
        }
    }
    answer_lessons(&state.store, &view, &answers, anonymous).await?;
    state.drill_changed_for(view.drill.id, Vec::new());
    Ok(see_other("/drills/play/?lessons=sent#lessons-h"))
}
