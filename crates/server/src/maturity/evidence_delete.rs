//! `POST /maturity/{id}/evidence/{e}/delete`: removes an evidence item (kept in the store as
//! deleted, and audited), on the same terms as adding one.

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, evidence)): Path<(i64, i64)>,
) -> AppResult<Response> {
    // The address names the assessment: an item of another one is not found here.
    let item = state.store.maturity_evidence_item(evidence).await?;
    if item.assessment_id != id {
        return Err(AppError::NotFound);
    }
    cyberindex_workflow::maturity::remove_evidence(&state.store, &signed.0.user, evidence).await?;
    Ok(see_other(&format!("/maturity/{id}/#p-{}", item.parameter)))
}
