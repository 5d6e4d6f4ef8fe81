//! `GET /drills/{id}/report.pdf` and `GET /drills/{id}/report.xlsx`: the after-action report
//! for the console's readers (the secretariat, the host team's staff): the full report, or
//! with `?team=` one team's copy; `?lang=` one of the drill's languages (else the reader's
//! when the drill has it, else the drill's first). The contents come from
//! `View::report` with its access checks: a team that does not take part is 404. Never
//! cached by a shared cache.

use axum::extract::{Path, Query, State};
use axum::response::Response;

use super::{ReportQuery, attachment, file_name, pdf_bytes};
use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
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
    Ok(attachment(
        "application/pdf",
        name,
        pdf_bytes(report).await?,
    ))
}

pub async fn xlsx(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Query(query): Query<ReportQuery>,
) -> AppResult<Response> {
    let report = super::console_report(&state, &signed, &tr, id, &query).await?;
    let labels_tr = Tr::new(&report.lang);
    let labels = |key: &str, args: &[(&str, &str)]| labels_tr.ta(key, args);
    let bytes = cyberindex_drill::report::write_xlsx(&report, &labels)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("drill report {id}: {e}")))?;
    Ok(attachment(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file_name(&report, query.team.as_deref(), "xlsx"),
        bytes,
    ))
}
