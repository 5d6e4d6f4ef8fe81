//! The server's integration tests, as one test binary (one link instead of one per file: each
//! binary holds the whole server, about 320 MB in a debug build). `hardening_auth` and
//! `ops_metrics` stay binaries of their own: each installs a process-wide `tracing` subscriber.
//! Run one file's tests with a filter: `cargo test -p cyberindex-server --test server -- review::`.

mod common;

mod admin;
mod browser;
mod carry;
mod directory;
mod directory_edit;
mod directory_fetch;
mod directory_import;
mod directory_keys;
mod directory_static;
mod directory_whoswho;
mod drills;
mod edition_names;
mod establishment;
mod evidence_s3;
mod flows;
mod form_errors;
mod hardening_data;
mod hardening_policy;
mod hardening_store;
mod instances;
mod mail;
mod maturity;
mod maturity_api;
mod maturity_files;
mod maturity_report;
mod permissions;
mod publication_day;
mod publishing;
mod reachability;
mod review;
mod security;
mod snapshot_diff;
mod store_errors;
mod uploads;
