//! `GET /drills/results/{id}/report.pdf` and `…/report.xlsx`: the public copy of a drill's
//! after-action report (`?lang=` one of the drill's languages), for anyone, only when the
//! drill is over and its host agreed (else 404). No team is named in it. Each is typeset on
//! request, so each client address has an allowance (`ratelimit::DRILL_REPORTS`, then 429).

use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::public_show::public_copy;
use super::{ReportQuery, pdf_download, xlsx_download};
use crate::error::AppResult;
use crate::extract::ClientKey;
use crate::i18n::Tr;
use crate::ratelimit;
use crate::state::AppState;

fn name(report: &cyberindex_drill::report::AfterAction, ext: &str) -> String {
    format!(
        "drill-{}-public-report-{}.{ext}",
        report.facts.id, report.lang
    )
}

pub async fn pdf(
    State(state): State<AppState>,
    client: ClientKey,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    client
        .limit(&state, "drill-report", ratelimit::DRILL_REPORTS)
        .await?;
    let report = public_copy(&state, id, query.lang.as_deref(), tr.lang).await?;
    let name = name(&report, "pdf");
    pdf_download(report, name).await
}

pub async fn xlsx(
    State(state): State<AppState>,
    client: ClientKey,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    client
        .limit(&state, "drill-report", ratelimit::DRILL_REPORTS)
        .await?;
    let report = public_copy(&state, id, query.lang.as_deref(), tr.lang).await?;
    xlsx_download(&report, name(&report, "xlsx"))
}
