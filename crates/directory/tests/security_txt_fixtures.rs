//! Runs every `tests/fixtures/security_txt/NAME.txt` through `parse` and `validate` at a fixed
//! `now` and compares the finding codes with `NAME.expected`: one `code` or `code LINE` per line,
//! in any order; `#` starts a comment. On a mismatch it prints what is missing and what is extra.

use std::path::Path;

use cyberindex_directory::security_txt;
use time::macros::datetime;

#[test]
fn fixtures_give_the_expected_findings() {
    let now = datetime!(2026-06-01 12:00 UTC);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/security_txt");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 10,
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
        let findings = security_txt::validate(&security_txt::parse(&text), now);
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
