//! `GET /drills/results/{id}/report.pdf` and `…/report.xlsx`: the public copy of a drill's
//! after-action report (`?lang=` one of the drill's languages), for anyone, only when the
//! drill is over and its host agreed (else 404). No team is named in it.

use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::public_show::public_copy;
use super::{ReportQuery, pdf_download, xlsx_download};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;

fn name(report: &cyberindex_drill::report::AfterAction, ext: &str) -> String {
    format!(
        "drill-{}-public-report-{}.{ext}",
        report.facts.id, report.lang
    )
}

pub async fn pdf(
    State(state): State<AppState>,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = public_copy(&state, id, query.lang.as_deref(), tr.lang).await?;
    let name = name(&report, "pdf");
    pdf_download(report, name).await
}

pub async fn xlsx(
    State(state): State<AppState>,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = public_copy(&state, id, query.lang.as_deref(), tr.lang).await?;
    xlsx_download(&report, name(&report, "xlsx"))
}
