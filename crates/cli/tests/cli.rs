//! End-to-end tests of the `cyberindex` binary on the shipped framework and demo answers.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

const GCA: &str = "frameworks/gca-national-index.toml";
const DEMO: &str = "data/demo/gca-demo-answers.csv";

#[test]
fn check_accepts_the_shipped_frameworks_with_a_summary() {
    let out = stdout(&run(&[
        "check",
        GCA,
        "frameworks/examples/cirt-maturity.toml",
    ]));
    insta::assert_snapshot!(out);
}

#[test]
fn the_shipped_index_is_complete_in_the_six_languages() {
    let output = run(&["check", "--require-languages", "ar,zh,en,fr,ru,es", GCA]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout(&output).contains(": ok: gca-national-index"));
}

#[test]
fn check_lists_every_text_that_lacks_a_required_language() {
    let output = run(&[
        "check",
        "--require-languages",
        "en,fr,ar",
        "crates/framework/tests/languages/partial.toml",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    insta::assert_snapshot!(String::from_utf8(output.stderr).unwrap());
    let bad = run(&["check", "--require-languages", "en,de", GCA]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(bad.stderr).unwrap(),
        "--require-languages: `de` is not one of the six UN languages; use some of: ar,zh,en,fr,ru,es\n"
    );
}

#[test]
fn check_rejects_a_broken_framework_with_locations_and_exit_code() {
    let output = run(&["check", "crates/framework/tests/check/every-error.toml"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(
            "crates/framework/tests/check/every-error.toml:48:6: error: duplicate id `Q1`"
        ),
        "{stderr}"
    );
    assert!(stderr.ends_with("13 errors found\n"), "{stderr}");
    assert_eq!(stderr.matches(": error: ").count(), 13);
    assert!(output.stdout.is_empty());
}

#[test]
fn schema_in_docs_matches_the_code() {
    let generated = stdout(&run(&["framework", "schema"]));
    let committed = std::fs::read_to_string(root().join("docs/framework.schema.json")).unwrap();
    assert_eq!(
        committed, generated,
        "docs/framework.schema.json is stale: run `cyberindex framework schema > docs/framework.schema.json`"
    );
}

#[test]
fn shipped_demo_answers_are_what_the_generator_makes() {
    let generated = stdout(&run(&["demo", "answers", "--framework", GCA]));
    let committed = std::fs::read_to_string(root().join(DEMO)).unwrap();
    assert!(
        committed == generated,
        "{DEMO} is stale: run `cyberindex demo answers -f {GCA} -o {DEMO}`"
    );
}

#[test]
fn score_csv_of_the_demo_is_stable() {
    let out = stdout(&run(&["score", "--framework", GCA, "--answers", DEMO]));
    assert_eq!(out.lines().count(), 195);
    insta::assert_snapshot!(out);
}

#[test]
fn score_table_names_countries_and_tiers() {
    let out = stdout(&run(&[
        "score", "-f", GCA, "-a", DEMO, "--format", "table", "--lang", "fr",
    ]));
    assert!(out.starts_with("rank  unit  name"), "{out}");
    assert!(out.contains("194 units scored with gca-national-index 1.0.0."));
    assert!(
        out.contains("T1 Rôle de modèle") || out.contains("T1 "),
        "{out}"
    );
}

#[test]
fn bad_answers_are_all_listed_and_nothing_is_scored() {
    let dir = tempdir("bad-answers");
    let file = dir.join("answers.csv");
    std::fs::write(
        &file,
        "unit,question,value,evidence\nKEN,LEG1.1,in-place,\nken,LEG1.2,yes,\nKEN,LEG9.9,no,\nKEN,LEG1.1,partial,\nFRA,LEG1.1,maybe,\nFRA,LEG1.2,in-place,notaurl\n",
    )
    .unwrap();
    let output = run(&["score", "-f", GCA, "-a", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output.stdout.is_empty(),
        "nothing may be scored from a file with errors"
    );
    let stderr = String::from_utf8(output.stderr)
        .unwrap()
        .replace(file.to_str().unwrap(), "answers.csv");
    insta::assert_snapshot!(stderr);
}

#[test]
fn malformed_files_get_a_clear_error() {
    let dir = tempdir("malformed");
    let cases = [
        ("empty.csv", &b""[..]),
        ("header.csv", b"country,item,answer\nKEN,LEG1.1,yes\n"),
        ("binary.xlsx", b"PK\x03\x04 not really a workbook"),
        ("latin1.csv", b"unit,question,value\nKEN,ORG2.4,caf\xe9\n"),
        ("answers.txt", b"unit,question,value\n"),
    ];
    for (name, bytes) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let output = run(&["score", "-f", GCA, "-a", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1), "{name}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(
            stderr.starts_with(path.to_str().unwrap()),
            "{name}: {stderr}"
        );
        assert!(output.stdout.is_empty());
    }
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cyberindex-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
