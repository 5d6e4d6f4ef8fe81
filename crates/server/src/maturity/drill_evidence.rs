//! `POST /maturity/{id}/drill-evidence`: attaches a CyberDrill result offered on the page
//! (`drill_offers.rs`) as evidence of one parameter: the team's own copy of the drill's
//! after-action report, typeset as PDF now and kept in the evidence blob store like an upload.
//! The evidence is then a file of the assessment: whoever may read the assessment (the team's
//! staff, its peer reviewer, the secretariat) opens it through the evidence download, frozen
//! as it was when attached, without any access to the drill itself.
//!
//! The form names only the parameter and the drill; what is attached (title, dates, the
//! report) is worked out again here from the offer, so a result the team did not consent to
//! offer, or of a drill not ended, or already attached, is refused. The team's staff or the
//! secretariat, until the assessment is validated.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_store::{EvidenceSource, NewMaturityEvidence};
use cyberindex_workflow::drill::View;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct DrillEvidenceForm {
    #[serde(default)]
    pub parameter: String,
    #[serde(default)]
    pub drill: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
    Form(form): Form<DrillEvidenceForm>,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let user = &signed.0.user;
    let (assessment, access) = m::read(&state.store, user, id).await?;
    access.require(m::Act::Evidence).map_err(AppError::from)?;
    let parameter = form.parameter.trim();
    let drill: i64 = form
        .drill
        .trim()
        .parse()
        .map_err(|_| AppError::bad("drill", crate::msg!("maturity-error-drill-offer")))?;
    let evidence = state.store.maturity_evidence(id, false).await?;
    let offers = super::drill_offers::offers(
        &state,
        tr,
        &assessment.framework_id,
        &assessment.team_id,
        &evidence,
    )
    .await?;
    let offer = offers
        .get(parameter)
        .and_then(|o| o.iter().find(|o| o.drill == drill))
        .ok_or_else(|| AppError::bad("drill", crate::msg!("maturity-error-drill-offer")))?;

    // The team's copy, in the reader's language when the drill has it.
    let view = View::of_command_line(&state.store, drill).await?;
    let lang = crate::drills::language(&view, None, tr.lang);
    let team = assessment.team_id.as_str();
    let report = view.report(&state.store, Some(team), &lang).await?;
    let file_name = crate::drills::file_name(&report, Some(team), "pdf");
    let bytes = crate::drills::pdf_bytes(report).await?;
    let sha256 = cyberindex_blobs::sha256_hex(&bytes);
    // The file first: evidence never names a file that is not there.
    state
        .evidence
        .put_reader(&sha256, &bytes[..])
        .await
        .map_err(|e| AppError::Internal(e.into()))?;
    let new = NewMaturityEvidence {
        assessment_id: id,
        parameter: parameter.to_string(),
        source: EvidenceSource::File {
            sha256,
            file_name,
            media_type: "application/pdf".into(),
            size: bytes.len() as i64,
        },
        title: offer.title.clone(),
        issued_on: offer.issued.clone(),
        expires_on: Some(offer.expires.clone()),
    };
    m::add_evidence(&state.store, user, &new).await?;
    Ok(see_other(&format!("/maturity/{id}/#p-{parameter}")))
}
