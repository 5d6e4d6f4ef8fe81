//! The CyberDrill core: what a scenario is and how a drill runs it, with no IO.
//!
//! - [`model`]: a scenario (versioned, licensed, TLP-labelled, in several languages) holds
//!   moves, and moves hold injects; an inject has a time (an offset from the start or a clock
//!   time), dependencies on earlier injects with a condition, an audience, a channel, texts per
//!   language, attachments and expectations. [`model::Scenario::check`] reports every problem
//!   with where it is.
//! - [`file`]: the scenario file (TOML), read with line and column in every error.
//! - [`msel`]: the Master Scenario Event List as an XLSX sheet, written and read back, every
//!   error with its cell.
//! - [`openaev`]: a scenario as JSON with OpenAEV's inject and expectation field names.
//! - [`timeline`]: when each inject is due in a drill, with the facilitator's edits, holds and
//!   skips, and which injects are ready to release.
//! - [`score`]: a team's result per expectation and inject against the expected score.
//! - [`report`]: the after-action report's contents, its strengths and gaps, and its workbook.
//!
//! **Invariant:** nothing here reads a clock, a file or the network: times come in as
//! arguments (seconds from the drill's start), so the same inputs give the same bytes.

pub mod file;
pub mod model;
pub mod msel;
pub mod openaev;
pub mod report;
pub mod score;
pub mod timeline;

pub use model::{
    Attachment, AttachmentKind, Audience, Channel, Condition, Dependency, Expectation,
    ExpectationKind, Group, Inject, Move, Problem, Scenario, Texts, Timing,
};
