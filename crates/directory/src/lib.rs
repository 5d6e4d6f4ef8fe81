//! The core of the CIRT directory: one record per team, and every format made from it.
//!
//! - [`model`]: the [`Team`] record, with a visibility and a provenance on every field, the
//!   [`Team::view`] a reader at one visibility level may see, and [`Team::validate`].
//! - [`security_txt`]: reads, checks and writes RFC 9116 `security.txt` files.
//! - [`rfc2350`]: writes RFC 2350 team descriptions as text and Markdown and reads them back
//!   leniently, section by section.
//! - [`vcard`]: vCard 4.0 (RFC 6350) cards for a team and its contact persons.
//! - [`exchange`]: FIRST's team directory and Trusted Introducer's `teams.json` shapes, written
//!   at a visibility level and read back leniently, with findings for what could not be kept.
//! - [`reach`]: what became of a reachability check's messages (acknowledged, late, pending,
//!   no reply, bounced), with latencies and summaries.
//! - [`table`]: the directory as a spreadsheet (CSV and XLSX), one row per team: export, the
//!   import template, and import with every error located by row and column.
//! - [`openpgp`]: reads ASCII-armored public keys (fingerprint, creation, expiry from the newest
//!   self-signature, user IDs), verifies clear-signed texts against a team's keys and clear-signs
//!   a text with a secret key given for that one call. Used by [`security_txt::validate_with_keys`],
//!   [`rfc2350::parse_with_keys`], [`security_txt::generate_signed`] and
//!   [`rfc2350::render_signed_text`]; [`Key::from_armored`] fills a key record from the key itself.
//! - [`staleness`]: a 0–100 score of how out of date a team's entry looks, with the reasons.
//!
//! **Invariant: no IO.** This crate reads no file, opens no connection and never asks the clock:
//! every function that needs the current time takes it as an argument (`now`). Callers fetch,
//! store and schedule; this crate only computes. Readers never fail on bad input: they return what
//! they could read and a list of [`Finding`]s, each with a stable code, a line and a sentence.
//! The spreadsheet readers are the exception, because an import is all or nothing: they return
//! every [`table::TableError`] (row, column, sentence) and no team at all.
//!
//! Secret keys are never kept: [`openpgp::read_key`] refuses one, and [`openpgp::clear_sign`]
//! uses the secret key and passphrase it is given and drops them; no error quotes either.

pub mod exchange;
pub mod finding;
pub mod model;
pub mod openpgp;
pub mod reach;
pub mod rfc2350;
pub mod security_txt;
pub mod staleness;
pub mod table;
pub mod vcard;

pub use finding::{Finding, Severity};
pub use model::{
    Channel, ChannelKind, Consent, Constituency, Contact, ContactKind, Field, Hours, Key,
    Membership, MembershipStatus, Network, Problem, Provenance, Source, Team, TeamType, Usage,
    Visibility,
};
