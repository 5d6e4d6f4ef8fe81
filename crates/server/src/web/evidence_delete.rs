//! `POST /editions/{edition}/countries/{country}/evidence/{id}/delete`: removes evidence from an
//! answer (the record is kept, marked deleted).

use axum::extract::{Path, State};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

pub async fn delete(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country, id)): Path<(String, String, i64)>,
) -> AppResult<Response> {
    let write = signed
        .write_country(&state.store, &edition, &country)
        .await?;
    let item = state.store.evidence_item(&edition, &country, id).await?;
    write.delete_evidence(&state.store, id).await?;
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}#q-{}",
        item.question_id
    )))
}
