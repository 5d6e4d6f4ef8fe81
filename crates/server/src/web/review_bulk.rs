//! `POST /editions/{edition}/countries/{country}/review/bulk`: a reviewer accepts many answers in
//! one action: every answered question with its evidence (`kind=evidenced`), or every answer
//! unchanged since it was last accepted (`kind=unchanged`), in the whole response or under one
//! pillar or indicator (`scope`). Each answer gets its own audit entry.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_workflow::review::Bulk;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

#[derive(Debug, Deserialize)]
pub struct BulkForm {
    #[serde(default)]
    kind: String,
    /// A pillar or indicator id; empty for the whole response.
    #[serde(default)]
    scope: String,
}

pub async fn accept(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
    Form(form): Form<BulkForm>,
) -> AppResult<Response> {
    let scope = signed
        .review_country(&state.store, &edition, &country)
        .await?;
    let kind = Bulk::parse(&form.kind).ok_or_else(|| {
        AppError::bad(
            "kind",
            crate::msg!("review-bulk-unknown", kind = form.kind.as_str()),
        )
    })?;
    let accepted = crate::service::review::bulk_accept(&state, &scope, kind, &form.scope).await?;
    // After the whole response or a pillar, the page goes on to the next pillar with work left
    // (and says how many were accepted at the top); after an indicator it stays on its pillar.
    let framework = state.framework(&edition).await?;
    let to = match framework.node_index(&form.scope) {
        Some(n) if framework.nodes[n].parent != Some(0) => {
            let pillar = &framework.nodes[framework.pillar_of(n)].id;
            format!("?pillar={pillar}&accepted={accepted}#rg-{}", form.scope)
        }
        _ => format!("?accepted={accepted}#review-status"),
    };
    Ok(see_other(&format!(
        "/editions/{edition}/countries/{country}/review{to}"
    )))
}
