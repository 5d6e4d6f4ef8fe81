//! `GET /drills/play/report.pdf`: the seat's own copy of the after-action report, once the
//! drill has ended: a player's is its own team's; an observer's or an evaluator's of one team,
//! that team's (`?team=` names a team it sees). Another team's copy is 404, as everywhere in
//! the drills; before the end it is refused as the drill's status.

use axum::extract::{Query, State};
use axum::response::Response;

use super::{ReportQuery, Seat, file_name, language, pdf_download};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

pub async fn pdf(
    State(state): State<AppState>,
    Seat(view): Seat,
    tr: Tr,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let lang = language(&view, query.lang.as_deref(), tr.lang);
    let report = view
        .report(&state.store, query.team.as_deref(), &lang)
        .await?;
    let team = report.teams.first().map(|t| t.team.clone());
    let name = file_name(&report, team.as_deref(), "pdf");
    pdf_download(report, name).await
}
