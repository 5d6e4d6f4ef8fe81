//! The status transition table: who may move a response from which status to which.
//!
//! A response starts `not-started`. The country's first save (an answer, evidence or a
//! confirmation) makes it `in-progress`; the focal point submits it; the secretariat's first
//! decision puts it `in-review`; the secretariat sends it back (`returned`, a new round) or
//! validates it; an administrator may reopen a validated response. When an edition's deadline
//! passes, the system submits what the desk-research policy settled.

use cyberindex_store::{Role, Status};

use crate::WorkflowError;

/// Who moves a response: a signed-in user with a role, or the platform itself (the deadline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    User(Role),
    System,
}

/// One row of the table: the action, who may take it, from which statuses, to which status.
#[derive(Debug, Clone, Copy)]
pub struct Transition {
    pub action: &'static str,
    pub who: &'static [Actor],
    pub from: &'static [Status],
    pub to: Status,
}

const SECRETARIAT: &[Actor] = &[Actor::User(Role::Admin), Actor::User(Role::Reviewer)];

/// Every allowed move. Any move not listed is refused.
pub const TABLE: &[Transition] = &[
    Transition {
        action: "first-save",
        who: &[
            Actor::User(Role::FocalPoint),
            Actor::User(Role::Contributor),
        ],
        from: &[Status::NotStarted],
        to: Status::InProgress,
    },
    Transition {
        action: "submit",
        who: &[Actor::User(Role::FocalPoint)],
        from: &[Status::NotStarted, Status::InProgress, Status::Returned],
        to: Status::Submitted,
    },
    Transition {
        action: "deadline",
        who: &[Actor::System],
        from: &[Status::NotStarted, Status::InProgress],
        to: Status::Submitted,
    },
    Transition {
        action: "start-review",
        who: SECRETARIAT,
        from: &[Status::Submitted],
        to: Status::InReview,
    },
    Transition {
        action: "send-back",
        who: SECRETARIAT,
        from: &[Status::Submitted, Status::InReview],
        to: Status::Returned,
    },
    Transition {
        action: "validate",
        who: SECRETARIAT,
        from: &[Status::Submitted, Status::InReview],
        to: Status::Validated,
    },
    Transition {
        action: "reopen",
        who: &[Actor::User(Role::Admin)],
        from: &[Status::Validated],
        to: Status::InReview,
    },
];

/// The row of the table for `action` (`"submit"`, `"send-back"`, …): what the store's status
/// changes take as the statuses a response may be moved from.
///
/// # Panics
/// If no row has that action: a typo in the caller, which every test that takes the action
/// catches.
pub fn rule(action: &str) -> &'static Transition {
    TABLE
        .iter()
        .find(|t| t.action == action)
        .unwrap_or_else(|| panic!("the status table has no action `{action}`"))
}

/// The statuses from which `actor` may take `action`: the action's row of the table, or none if
/// the actor is not among those who may take it (the store then refuses the move).
pub fn allowed_from(actor: Actor, action: &str) -> &'static [Status] {
    let rule = rule(action);
    if rule.who.contains(&actor) {
        rule.from
    } else {
        &[]
    }
}

/// Whether `actor` may move a response from `from` to `to`.
pub fn allowed(actor: Actor, from: Status, to: Status) -> bool {
    TABLE
        .iter()
        .any(|t| t.to == to && t.from.contains(&from) && t.who.contains(&actor))
}

/// Checks that a user with `role` may move a response from `from` to `to`.
pub fn transition(role: Role, from: Status, to: Status) -> Result<(), WorkflowError> {
    check(Actor::User(role), from, to)
}

/// Checks that `actor` may move a response from `from` to `to`.
pub fn check(actor: Actor, from: Status, to: Status) -> Result<(), WorkflowError> {
    if allowed(actor, from, to) {
        return Ok(());
    }
    let role = match actor {
        Actor::User(role) => Some(role),
        Actor::System => None,
    };
    Err(WorkflowError::Transition { role, from, to })
}

/// The statuses from which `actor` may move a response to `to`, in `Status::ALL` order: what
/// the store's status change accepts as the current status.
pub fn sources(actor: Actor, to: Status) -> Vec<Status> {
    Status::ALL
        .into_iter()
        .filter(|&from| allowed(actor, from, to))
        .collect()
}
