//! `GET /maturity/{id}/assessment.xlsx`: the assessment as one worksheet (`sheet::write`): each
//! parameter with its group and short name, the team's level and note, the evidence with its
//! dates and expiry, the validated level and comment. For whoever may read the assessment; the
//! headers and names in the reader's language. The same sheet imports back the team's
//! self-assessment (`sheet_import`).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let (assessment, _) = m::read(&state.store, &signed.0.user, id).await?;
    let framework = m::framework(&state.store, &assessment).await?;
    let answers: BTreeMap<String, cyberindex_store::ParameterAnswer> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| (a.parameter.clone(), a))
        .collect();
    let evidence = state.store.maturity_evidence(id, false).await?;
    let bytes = super::sheet::write(tr, id, &framework, &answers, &evidence, &super::today())
        .map_err(|e| AppError::Internal(anyhow::anyhow!("assessment XLSX: {e}")))?;
    Ok(crate::directory::export::workbook(
        &format!("assessment-{id}-{}.xlsx", assessment.team_id),
        bytes,
    ))
}
