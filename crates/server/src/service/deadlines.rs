//! Deadlines that act on their own: once an open edition's deadline has passed, the secretariat
//! drafts that the country neither confirmed nor corrected are settled by the edition's
//! desk-research policy (each outcome recorded, the response submitted for review), as an
//! administrator can also do at any time from the review queue.

use std::time::Duration;

use cyberindex_store::Status;

use crate::state::AppState;

/// Settles the drafts of every open edition whose deadline (a UTC date) has passed. Returns the
/// countries submitted, by edition.
pub async fn settle_due(state: &AppState) -> anyhow::Result<Vec<(String, Vec<String>)>> {
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let mut settled = Vec::new();
    for edition in state.store.editions().await? {
        if edition.archived_at.is_some() || edition.deadline.as_str() >= today.as_str() {
            continue;
        }
        let (kept, dropped, submitted) = state
            .store
            .apply_desk_policy(
                &edition.id,
                cyberindex_workflow::status::allowed_from(
                    cyberindex_workflow::status::Actor::System,
                    "deadline",
                ),
                None,
            )
            .await?;
        if kept + dropped > 0 {
            tracing::info!(
                edition = edition.id,
                kept,
                dropped,
                submitted = submitted.len(),
                "deadline passed: desk-research policy applied"
            );
        }
        for country in &submitted {
            crate::service::notify::status_changed(
                state,
                &edition.id,
                country,
                Status::Submitted,
                None,
            )
            .await;
        }
        if !submitted.is_empty() {
            settled.push((edition.id, submitted));
        }
    }
    Ok(settled)
}

/// Runs until the process ends: a pass every minute.
pub async fn run(state: AppState) {
    loop {
        if let Err(e) = settle_due(&state).await {
            tracing::warn!(error = %e, "deadline pass failed");
        }
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}
