//! `GET /api/v1/drills/{id}/report`: a drill's after-action report as data, for those who run
//! it (as its console's downloads): the full report, or with `?team=` one team's copy;
//! `?lang=` one of the drill's languages (else the caller's when the drill has it, else its
//! first). The same contents as the PDF and the workbook, with codes (level, mode, state,
//! channel, verdict, status) left as codes. A drill the caller does not run is 404; a
//! language the drill does not have is 422.

use axum::Json;
use axum::extract::{Path, Query, State};
use cyberindex_drill::report::AfterAction;

use crate::auth::SignedIn;
use crate::drills::ReportQuery;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

#[utoipa::path(get, operation_id = "getDrillReport", path = "/api/v1/drills/{id}/report", tag = "drills",
    params(("id" = i64, Path, description = "The drill's id"),
           ("team" = Option<String>, Query, description = "One team's copy: the team's id"),
           ("lang" = Option<String>, Query, description = "One of the drill's languages")),
    responses((status = 200, description = "The after-action report", body = AfterAction),
              (status = 401, body = crate::error::ErrorBody),
              (status = 404, description = "No such drill or team, or a drill the caller does not run", body = crate::error::ErrorBody),
              (status = 422, description = "A language the drill does not have", body = crate::error::ErrorBody)),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Json<AfterAction>> {
    Ok(Json(
        crate::drills::console_report(&state, &signed, &tr, id, &query).await?,
    ))
}
