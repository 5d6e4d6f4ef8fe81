//! The JSON API under `/api/v1`: one file per resource action, each documented with
//! `#[utoipa::path]` and served as `/api/v1/openapi.json`. Authentication: `Authorization: Bearer
//! TOKEN`, or the session cookie together with the CSRF rule.

pub mod answer_put;
pub mod audit_get;
pub mod check_call_post;
pub mod check_post;
pub mod checks_list;
pub mod confirm_post;
pub mod draft_put;
pub mod drill_post;
pub mod drill_report_get;
pub mod drills_get;
pub mod edition_post;
pub mod editions_list;
pub mod engagements_list;
pub mod evidence_delete;
pub mod evidence_post;
pub mod maturity_get;
pub mod maturity_levels_put;
pub mod maturity_list;
pub mod maturity_roadmap;
pub mod message_post;
pub mod openapi;
pub mod pillar_confirm_post;
pub mod publish_post;
pub mod reopen_post;
pub mod response_get;
pub mod responses_list;
pub mod results_get;
pub mod return_post;
pub mod review_post;
pub mod submit_post;
pub mod team_get;
pub mod team_put;
pub mod teams_list;
pub mod user_patch;
pub mod user_post;
pub mod validate_post;

use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// A JSON body whose problems become clear 4xx errors in the API's error format.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            // The limit error arrives wrapped, so it is recognised by its text.
            Err(rejection) if rejection.body_text().contains("length limit exceeded") => {
                Err(AppError::TooLarge(crate::msg!("error-body-too-large")))
            }
            Err(rejection) => Err(AppError::BadRequest {
                field: None,
                message: crate::msg!("error-json-invalid", detail = rejection.body_text()),
            }),
        }
    }
}
