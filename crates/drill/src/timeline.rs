//! The live timeline of a drill: when each inject is due, given the scenario, the
//! facilitator's edits (a new time, a hold, a skip) and what has been released so far, and
//! which injects are ready to go out now.
//!
//! **Editing re-orders only what has not gone out.** A released inject keeps the time it was
//! released at; an edited one that has not been released takes its new time; the order of the
//! timeline is by due time, then by the scenario's order, so edits move only unreleased rows.

use std::collections::BTreeMap;

use crate::model::{Condition, Scenario, Timing};

/// What the facilitator did to one inject.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Edit {
    /// A new time, replacing the scenario's.
    pub timing: Option<Timing>,
    /// Held: not released until the hold is lifted, even when due.
    pub held: bool,
    /// Skipped: never released.
    pub skipped: bool,
}

/// What a team did with a released inject, for dependency conditions.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Progress {
    pub answered: bool,
    /// The team's score on it (0–100), once evaluated.
    pub score: Option<f64>,
}

/// Where an inject stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Released at this second of the drill.
    Released(u32),
    Skipped,
    Held,
    /// Due at this second; ready means its time has come and its dependencies hold.
    Waiting {
        due: u32,
        ready: bool,
    },
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub inject: String,
    /// Seconds from the start: when it was released, or when it is due.
    pub at: u32,
    pub state: State,
    /// Whether the facilitator changed its time.
    pub edited: bool,
}

/// The drill as it stands at second `now` (from the start; the start's clock time is
/// `start_minute` after midnight): every inject in timeline order.
///
/// `progress` is, per inject id, what the teams it went to did with it; a dependency holds
/// when its condition holds for at least one team (`released` needs only the release).
pub fn rows(
    scenario: &Scenario,
    start_minute: u32,
    now: u32,
    edits: &BTreeMap<String, Edit>,
    released: &BTreeMap<String, u32>,
    progress: &BTreeMap<String, Vec<Progress>>,
) -> Vec<Row> {
    let holds = |inject: &str, condition: Condition| -> bool {
        if !released.contains_key(inject) {
            return false;
        }
        let teams = progress.get(inject).map_or(&[][..], Vec::as_slice);
        match condition {
            Condition::Released => true,
            Condition::Answered => teams.iter().any(|p| p.answered),
            Condition::ScoredBelow(x) => teams.iter().any(|p| p.score.is_some_and(|s| s < x)),
        }
    };
    let mut out: Vec<(usize, Row)> = scenario
        .injects
        .iter()
        .enumerate()
        .map(|(order, inject)| {
            let edit = edits.get(&inject.id).copied().unwrap_or_default();
            let timing = edit.timing.unwrap_or(inject.timing);
            let due = timing.seconds_from_start(start_minute);
            let state = if let Some(at) = released.get(&inject.id) {
                State::Released(*at)
            } else if edit.skipped {
                State::Skipped
            } else if edit.held {
                State::Held
            } else {
                let deps = inject
                    .depends_on
                    .iter()
                    .all(|d| holds(&d.inject, d.condition));
                State::Waiting {
                    due,
                    ready: due <= now && deps,
                }
            };
            let at = match state {
                State::Released(at) => at,
                _ => due,
            };
            (
                order,
                Row {
                    inject: inject.id.clone(),
                    at,
                    state,
                    edited: edit.timing.is_some(),
                },
            )
        })
        .collect();
    out.sort_by(|(oa, a), (ob, b)| a.at.cmp(&b.at).then(oa.cmp(ob)));
    out.into_iter().map(|(_, r)| r).collect()
}

/// The injects ready to go out at `now`, in timeline order.
pub fn ready(rows: &[Row]) -> Vec<&str> {
    rows.iter()
        .filter(|r| matches!(r.state, State::Waiting { ready: true, .. }))
        .map(|r| r.inject.as_str())
        .collect()
}

/// Whether the facilitator may still change an inject's time, hold or skip it: only before it
/// goes out.
pub fn editable(released: &BTreeMap<String, u32>, inject: &str) -> bool {
    !released.contains_key(inject)
}
