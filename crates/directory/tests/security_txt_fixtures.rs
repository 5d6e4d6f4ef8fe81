//! Runs every `tests/fixtures/security_txt/NAME.txt` through `parse` and `validate` at a fixed
//! `now` and compares the finding codes with `NAME.expected`: one `code` or `code LINE` per line,
//! in any order; `#` starts a comment. On a mismatch it prints what is missing and what is extra.
//!
//! The clear-signed files in `tests/fixtures/security_txt_signed/` go through
//! `validate_with_keys` with the fixture keys `valid`, `expires_2030` and `expired` of
//! `tests/fixtures/openpgp/` (test keys, not secret), in the same way.

use std::path::Path;

use cyberindex_directory::openpgp::{self, KeyInfo};
use cyberindex_directory::{Finding, security_txt};
use time::OffsetDateTime;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

fn run_dir(dir: &str, min: usize, findings_of: impl Fn(&str) -> Vec<Finding>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= min,
        "only {} fixtures in {dir:?}",
        names.len()
    );
    let mut failures = Vec::new();
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        let expected_path = path.with_extension("expected");
        let expected_text = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        let mut expected: Vec<String> = expected_text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        let findings = findings_of(&text);
        let mut actual: Vec<String> = findings
            .iter()
            .map(|f| match f.line {
                Some(n) => format!("{} {n}", f.code),
                None => f.code.to_string(),
            })
            .collect();
        expected.sort();
        actual.sort();
        if expected != actual {
            let missing: Vec<_> = expected.iter().filter(|e| !actual.contains(e)).collect();
            let extra: Vec<_> = actual.iter().filter(|a| !expected.contains(a)).collect();
            let mut report = format!(
                "{}:\n  missing (expected, not found): {missing:?}\n  extra (found, not expected): {extra:?}\n  all findings:\n",
                path.file_name().unwrap().to_string_lossy()
            );
            for f in &findings {
                report.push_str(&format!("    {f}\n"));
            }
            failures.push(report);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn fixtures_give_the_expected_findings() {
    run_dir("tests/fixtures/security_txt", 10, |text| {
        security_txt::validate(&security_txt::parse(text), NOW)
    });
}

fn fixture_keys() -> Vec<KeyInfo> {
    ["valid", "expires_2030", "expired"]
        .iter()
        .map(|name| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/openpgp")
                .join(format!("{name}.pub.asc"));
            openpgp::read_key(&std::fs::read_to_string(path).unwrap()).unwrap()
        })
        .collect()
}

#[test]
fn signed_fixtures_give_the_expected_findings() {
    let keys = fixture_keys();
    run_dir("tests/fixtures/security_txt_signed", 7, |text| {
        security_txt::validate_with_keys(&security_txt::parse(text), &keys, NOW)
    });
}

#[test]
fn unsigned_and_unreadable_files_with_keys() {
    let keys = fixture_keys();
    // The old fixtures: unsigned files still say `unsigned`; the fake signatures are unreadable.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/security_txt");
    for (name, code) in [
        ("valid_minimal.txt", "unsigned"),
        ("signed.txt", "signature_unreadable"),
    ] {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let codes: Vec<_> =
            security_txt::validate_with_keys(&security_txt::parse(&text), &keys, NOW)
                .into_iter()
                .map(|f| f.code)
                .collect();
        assert!(codes.contains(&code), "{name}: {codes:?}");
        assert!(
            !codes.contains(&"signature_not_verified"),
            "{name}: {codes:?}"
        );
    }
}
