//! `GET /drills/{id}/report.pdf` and `GET /drills/{id}/report.xlsx`: the after-action report
//! for the console's readers (the secretariat, the host team's staff): the full report, or
//! with `?team=` one team's copy; `?lang=` one of the drill's languages (else the reader's
//! when the drill has it, else the drill's first). The contents come from
//! `View::report` with its access checks: a team that does not take part is 404. Never
//! cached by a shared cache.

use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::{ReportQuery, file_name, pdf_download, xlsx_download};
use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

pub async fn pdf(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = super::console_report(&state, &signed, &tr, id, &query).await?;
    let name = file_name(&report, query.team.as_deref(), "pdf");
    pdf_download(report, name).await
}

pub async fn xlsx(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = super::console_report(&state, &signed, &tr, id, &query).await?;
    xlsx_download(&report, file_name(&report, query.team.as_deref(), "xlsx"))
}
