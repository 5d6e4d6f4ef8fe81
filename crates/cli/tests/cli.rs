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
const MATURITY: &str = "frameworks/cirt-maturity.toml";
const MATURITY_ANSWERS: &str = "frameworks/examples/cirt-maturity-answers.csv";
/// Test fixtures: a programme's own profile file, one with errors, one whose id clashes.
const TEST_TIERS: &str = "crates/cli/tests/fixtures/profiles/test-tiers.toml";
const BAD_PROFILES: &str = "crates/cli/tests/fixtures/profiles/bad-profiles.toml";
const CLASH: &str = "crates/cli/tests/fixtures/profiles/clash.toml";

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
    for (file, id) in [
        (GCA, "gca-national-index"),
        (MATURITY, "cirt-maturity"),
        ("frameworks/cirt-readiness.toml", "cirt-readiness"),
    ] {
        let output = run(&["check", "--require-languages", "ar,zh,en,fr,ru,es", file]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{file}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(stdout(&output).contains(&format!("{file}: ok: {id} ")));
    }
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

#[test]
fn score_of_the_maturity_framework_shows_each_profile() {
    let table = stdout(&run(&[
        "score",
        "-f",
        MATURITY,
        "-a",
        MATURITY_ANSWERS,
        "--format",
        "table",
    ]));
    assert!(table.contains("\nProfile cyberindex-example: "), "{table}");
    insta::assert_snapshot!("maturity_table", table);
    let json = stdout(&run(&[
        "score",
        "-f",
        MATURITY,
        "-a",
        MATURITY_ANSWERS,
        "--format",
        "json",
    ]));
    insta::assert_snapshot!("maturity_json", json);
    let csv = stdout(&run(&["score", "-f", MATURITY, "-a", MATURITY_ANSWERS]));
    assert!(
        csv.lines().next().unwrap().ends_with(
            ",cyberindex-example:level,cyberindex-example:next,cyberindex-example:blockers"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 6);
}

#[test]
fn a_programme_profile_file_is_added_by_check_show_and_score() {
    let check = stdout(&run(&["check", MATURITY, "--profiles", TEST_TIERS]));
    assert_eq!(
        check,
        format!(
            "{MATURITY}: ok: cirt-maturity 0.1.0: 4 pillars, 4 indicators (0 sub-indicators), 45 questions (45 scored), 4 tiers, 2 profiles\n\
             {TEST_TIERS}: ok: profiles for cirt-maturity: test-fixture-tiers (2 levels)\n"
        )
    );
    let outline = stdout(&run(&[
        "framework",
        "show",
        "--profiles",
        TEST_TIERS,
        MATURITY,
    ]));
    assert!(
        outline.ends_with(
            "profile test-fixture-tiers Test fixture tiers: lower (3 minimums) < upper (4 minimums)\n"
        ),
        "{outline}"
    );
    let json = stdout(&run(&[
        "framework",
        "show",
        "--json",
        "--profiles",
        TEST_TIERS,
        MATURITY,
    ]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = json["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["cyberindex-example", "test-fixture-tiers"]);
    let table = stdout(&run(&[
        "score",
        "-f",
        MATURITY,
        "-a",
        MATURITY_ANSWERS,
        "--profiles",
        TEST_TIERS,
        "--format",
        "table",
    ]));
    let added = &table[table.find("\nProfile test-fixture-tiers").expect(&table)..];
    insta::assert_snapshot!("test_tiers_table", added);
    let json = stdout(&run(&[
        "score",
        "-f",
        MATURITY,
        "-a",
        MATURITY_ANSWERS,
        "--profiles",
        TEST_TIERS,
        "--format",
        "json",
    ]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    for unit in json["units"].as_array().unwrap() {
        assert_eq!(
            unit["profiles"][1]["profile"], "test-fixture-tiers",
            "{unit}"
        );
    }
}

#[test]
fn bad_profile_files_are_reported_with_line_and_column() {
    for command in [
        vec!["check", MATURITY, "--profiles", BAD_PROFILES],
        vec!["framework", "show", "--profiles", BAD_PROFILES, MATURITY],
        vec![
            "score",
            "-f",
            MATURITY,
            "-a",
            MATURITY_ANSWERS,
            "--profiles",
            BAD_PROFILES,
        ],
    ] {
        let output = run(&command);
        assert_eq!(output.status.code(), Some(1), "{command:?}");
        assert!(output.stdout.is_empty(), "{command:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        for expected in [
            format!(
                "{BAD_PROFILES}:12:15: error: the minimum of `O-1` in level `lower` of profile `test-fixture-bad` is 7, outside its scale from 0 to 4\n"
            ),
            format!(
                "{BAD_PROFILES}:12:18: error: level `lower` of profile `test-fixture-bad` names unknown parameter `X-1`\n"
            ),
        ] {
            assert!(stderr.contains(&expected), "{command:?}: {stderr}");
        }
        assert!(
            stderr.ends_with(&format!("{BAD_PROFILES}: 2 errors found\n")),
            "{stderr}"
        );
    }
    let output = run(&["check", MATURITY, "--profiles", BAD_PROFILES]);
    insta::assert_snapshot!("bad_profiles", String::from_utf8(output.stderr).unwrap());

    // A profile id the framework or an earlier profile file already has names both files.
    let output = run(&[
        "check",
        MATURITY,
        "--profiles",
        CLASH,
        "--profiles",
        TEST_TIERS,
        "--profiles",
        TEST_TIERS,
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    for expected in [
        format!(
            "{CLASH}:5:6: error: profile `cyberindex-example` is already defined in {MATURITY}\n"
        ),
        format!(
            "{TEST_TIERS}:6:6: error: profile `test-fixture-tiers` is already defined in {TEST_TIERS}\n"
        ),
    ] {
        assert!(stderr.contains(&expected), "{stderr}");
    }
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cyberindex-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
