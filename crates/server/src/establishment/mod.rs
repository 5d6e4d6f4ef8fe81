//! The establishment tracker on the web (issue 17, part 6): the programme's engagements with
//! countries to establish a national CIRT, through the phases assessment → design →
//! establishment → enhancement (→ closed), with each phase's deliverables (a file or a link,
//! approved or sent back by the secretariat) and the CIRT's planned services from the FIRST
//! CSIRT Services Framework v2.1. Every rule and every write is the workflow's
//! (`cyberindex_workflow::establishment`); the handlers here only read forms and render.
//!
//! ```text
//! /maturity/establishment/                          the engagements the reader may see
//!                                                   (?region= ITU region); start one (POST)
//! /maturity/establishment/{id}/                     one engagement: phases, deliverables, services
//! /maturity/establishment/{id}/phase                move to the next phase (POST, secretariat)
//! /maturity/establishment/{id}/team                 link the directory team (POST, secretariat)
//! /maturity/establishment/{id}/deliverables         add a deliverable: file or link (POST, multipart)
//! /maturity/establishment/{id}/services             save the planned services (POST, secretariat)
//! /maturity/establishment/deliverables/{d}/decision approve or request changes (POST, secretariat)
//! /maturity/establishment/deliverables/{d}/file     download a deliverable's file
//! ```
//!
//! **Invariant:** every handler reads the engagement through
//! `cyberindex_workflow::establishment::read` (or `read_deliverable`), so anyone who may not
//! see it gets the same 404 as for an engagement that does not exist.

pub mod create;
pub mod deliverable_add;
pub mod deliverable_decide;
pub mod deliverable_download;
pub mod index;
pub mod phase_move;
pub mod services_save;
pub mod show;
pub mod team_link;

use cyberindex_store::{DeliverableKind, DeliverableStatus, Phase};

use crate::error::{AppError, AppResult};

/// The message key of a phase.
pub fn phase_key(phase: Phase) -> &'static str {
    match phase {
        Phase::Assessment => "establishment-phase-assessment",
        Phase::Design => "establishment-phase-design",
        Phase::Establishment => "establishment-phase-establishment",
        Phase::Enhancement => "establishment-phase-enhancement",
        Phase::Closed => "establishment-phase-closed",
    }
}

/// The message key of a deliverable kind.
pub fn kind_key(kind: DeliverableKind) -> &'static str {
    match kind {
        DeliverableKind::ReadinessReport => "establishment-kind-readiness-report",
        DeliverableKind::DesignDocument => "establishment-kind-design-document",
        DeliverableKind::Procedures => "establishment-kind-procedures",
        DeliverableKind::Handover => "establishment-kind-handover",
        DeliverableKind::Other => "establishment-kind-other",
    }
}

/// The message key of a deliverable status.
pub fn status_key(status: DeliverableStatus) -> &'static str {
    match status {
        DeliverableStatus::Submitted => "establishment-status-submitted",
        DeliverableStatus::Approved => "establishment-status-approved",
        DeliverableStatus::ChangesRequested => "establishment-status-changes-requested",
    }
}

/// A phase from the form field `field`.
pub fn phase_of(field: &str, value: &str) -> AppResult<Phase> {
    Phase::parse(value.trim()).ok_or_else(|| {
        AppError::bad(
            field,
            crate::msg!("establishment-error-phase-value", value = value.trim()),
        )
    })
}

/// A version number from the form field `version`.
pub fn version_of(value: &str) -> AppResult<i64> {
    value
        .trim()
        .parse()
        .map_err(|_| AppError::bad("version", crate::msg!("maturity-error-page-version")))
}

/// Whole days from `since` (Unix milliseconds) to now.
pub fn days_since(since: i64) -> i64 {
    ((cyberindex_store::now_ms() - since) / 86_400_000).max(0)
}
