//! `PUT /api/v1/maturity/assessments/{id}/levels` (the team's levels and notes, in
//! self-assessment: the team's staff or the secretariat) and `PUT …/validation` (the reviewer's
//! validated levels and comments, in peer review: the assigned peer reviewer or the
//! secretariat). A batch is all or nothing, as the pages' forms are (both go through
//! `maturity::levels_save_as` and one store transaction): an unknown parameter, a level off the
//! scale or a text too long is 422 naming the parameter, a parameter changed since it was read
//! is 409, and nothing is written. Parameters sent unchanged are not written.

use axum::Json;
use axum::extract::{Path, State};
use serde::Deserialize;

use crate::api::ApiJson;
use crate::api::maturity_get::{AssessmentDoc, read_doc};
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::maturity::Side;
use crate::state::AppState;

/// The team's levels to save.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SelfLevelsBody {
    pub levels: Vec<SelfLevel>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SelfLevel {
    /// Such as `O-6`.
    pub parameter: String,
    /// `0`…`4` or `na`; null or left out: unanswered.
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub note: String,
    /// The parameter's `version` as read (0: never saved).
    pub expected_version: i64,
}

/// The reviewer's validated levels to save.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValidatedLevelsBody {
    pub levels: Vec<ValidatedLevel>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValidatedLevel {
    pub parameter: String,
    /// `0`…`4` or `na`; null or left out: not validated.
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub comment: String,
    pub expected_version: i64,
}

/// The batch as the levels form's fields (`version.P`, `level.P`, `note.P`/`comment.P`), so
/// that the API and the pages take one path; a parameter named twice is refused.
fn fields<'a>(
    items: impl Iterator<Item = (&'a str, Option<&'a str>, &'a str, i64)>,
    text_name: &str,
) -> AppResult<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (parameter, level, text, expected) in items {
        let parameter = parameter.trim();
        if !seen.insert(parameter.to_string()) {
            return Err(AppError::bad(
                &format!("level.{parameter}"),
                crate::msg!("maturity-error-parameter-twice", parameter = parameter),
            ));
        }
        out.push((format!("version.{parameter}"), expected.to_string()));
        out.push((
            format!("level.{parameter}"),
            level.unwrap_or("").to_string(),
        ));
        out.push((format!("{text_name}.{parameter}"), text.to_string()));
    }
    Ok(out)
}

#[utoipa::path(put, operation_id = "putSelfLevels", path = "/api/v1/maturity/assessments/{id}/levels", tag = "maturity",
    params(("id" = i64, Path, description = "The assessment's id")),
    request_body = SelfLevelsBody,
    responses((status = 200, description = "Saved; the assessment as it now is", body = AssessmentDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "The caller may read the assessment but not change the team's levels", body = crate::error::ErrorBody),
              (status = 404, description = "No such assessment, or one the caller may not read", body = crate::error::ErrorBody),
              (status = 409, description = "A parameter changed since it was read, or the assessment is no longer in self-assessment; nothing was written", body = crate::error::ErrorBody),
              (status = 422, description = "An unknown parameter, a level off the scale or a note too long, named; nothing was written", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn put_self(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SelfLevelsBody>,
) -> AppResult<Json<AssessmentDoc>> {
    let user = &signed.0.user;
    let fields = fields(
        body.levels.iter().map(|l| {
            (
                l.parameter.as_str(),
                l.level.as_deref(),
                l.note.as_str(),
                l.expected_version,
            )
        }),
        "note",
    )?;
    crate::maturity::levels_save_as(&state, user, id, &fields, Side::Team).await?;
    Ok(Json(read_doc(&state, user, id).await?))
}

#[utoipa::path(put, operation_id = "putValidatedLevels", path = "/api/v1/maturity/assessments/{id}/validation", tag = "maturity",
    params(("id" = i64, Path, description = "The assessment's id")),
    request_body = ValidatedLevelsBody,
    responses((status = 200, description = "Saved; the assessment as it now is", body = AssessmentDoc),
              (status = 401, body = crate::error::ErrorBody),
              (status = 403, description = "The caller may read the assessment but is not its reviewer", body = crate::error::ErrorBody),
              (status = 404, description = "No such assessment, or one the caller may not read", body = crate::error::ErrorBody),
              (status = 409, description = "A parameter changed since it was read, or the assessment is not in peer review; nothing was written", body = crate::error::ErrorBody),
              (status = 422, description = "An unknown parameter, a level off the scale or a comment too long, named; nothing was written", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn put_validated(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ValidatedLevelsBody>,
) -> AppResult<Json<AssessmentDoc>> {
    let user = &signed.0.user;
    let fields = fields(
        body.levels.iter().map(|l| {
            (
                l.parameter.as_str(),
                l.level.as_deref(),
                l.comment.as_str(),
                l.expected_version,
            )
        }),
        "comment",
    )?;
    crate::maturity::levels_save_as(&state, user, id, &fields, Side::Reviewer).await?;
    Ok(Json(read_doc(&state, user, id).await?))
}
