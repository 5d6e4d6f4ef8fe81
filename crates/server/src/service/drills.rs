//! Running drills' injects go out when their time comes: every few seconds each running
//! drill releases what is due and ready (`Console::release_due`: in timeline order, each
//! only once its dependencies hold; held and skipped injects stay), and the pages following
//! the drill are told.

use std::time::Duration;

use cyberindex_store::DrillStatus;
use cyberindex_workflow::drill::View;

use crate::state::AppState;

/// How often running drills are looked at.
pub const TICK: Duration = Duration::from_secs(5);

/// Releases what is due in every running drill at `now`; the number released.
pub async fn release_due(state: &AppState, now: i64) -> anyhow::Result<usize> {
    let mut released = 0;
    for drill in state.store.drills().await? {
        if drill.status != DrillStatus::Running {
            continue;
        }
        let view = View::of_command_line(&state.store, drill.id).await?;
        let console = view.console()?;
        let out = console.release_due(&state.store, now).await?;
        if !out.is_empty() {
            released += out.len();
            let reached = console.reached(&state.store, &out).await?;
            state.drill_changed_for(drill.id, reached);
        }
    }
    Ok(released)
}

pub async fn run(state: AppState) {
    loop {
        if let Err(e) = release_due(&state, cyberindex_store::now_ms()).await {
            tracing::warn!(error = %e, "drill release pass failed");
        }
        tokio::time::sleep(TICK).await;
    }
}
