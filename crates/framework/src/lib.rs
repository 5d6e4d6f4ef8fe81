//! Reads framework definitions written in TOML (see `docs/framework-format.md`) into the engine's
//! [`Framework`](cyberindex_engine::Framework).
//!
//! Every problem is collected, not just the first, and each carries a byte span that
//! [`render`] turns into `file:line:column: error: …` with the fix. The crate does no IO: callers
//! pass the text and the file name.

pub mod crosswalk;
mod diagnostic;
mod fields;
mod languages;
mod read;
pub mod resolved;

pub use diagnostic::{Diagnostic, line_column, render};
pub use languages::{MissingText, missing_languages, parse_languages};
pub use read::{read, read_profiles};
