//! `cyberindex drill check|import|create|add-team|links` through the binary: a scenario file
//! is checked with every problem and where, imported once per version, played by a drill whose
//! teams come from the directory, and each team gets its own single-use link.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SCENARIO: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../scenarios/health-ransomware.toml"
);

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fails(args: &[&str]) -> String {
    let out = run(args);
    assert!(!out.status.success(), "{args:?} succeeded");
    String::from_utf8(out.stderr).unwrap()
}

fn dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("drill-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) -> String {
    std::fs::write(path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn check_reports_every_problem_with_where_it_is() {
    let root = dir("check");
    let good = ok(&["drill", "check", SCENARIO]);
    assert!(
        good.contains(": ok: health-ransomware ")
            && good.contains("3 moves, 12 injects, 10 expectations"),
        "{good}"
    );
    let text = std::fs::read_to_string(SCENARIO).unwrap();
    let bad = write(
        &root.join("bad.toml"),
        &text.replacen("tlp = \"TLP:CLEAR\"", "tlp = \"TLP:WHITE\"", 1),
    );
    let err = fails(&["drill", "check", SCENARIO, &bad]);
    assert!(
        err.contains("bad.toml: tlp: `TLP:WHITE` is not a TLP 2.0 label"),
        "{err}"
    );
    let syntax = write(&root.join("syntax.toml"), "id = \n");
    let err = fails(&["drill", "check", &syntax]);
    assert!(err.contains("syntax.toml: line 1, column"), "{err}");
}

#[test]
fn a_drill_is_created_from_an_imported_scenario_and_each_team_gets_its_link() {
    let root = dir("links");
    let data = root.join("data");
    let d = data.to_str().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let teams: Vec<cyberindex_directory::Team> =
        cyberindex_demo::directory::teams(&[("KEN", "Kenya"), ("GHA", "Ghana")], now, 3)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
    let file = write(
        &root.join("teams.json"),
        &serde_json::to_string_pretty(&teams).unwrap(),
    );
    ok(&["directory", "import", "--data", d, &file, "--apply"]);

    let imported = ok(&["drill", "import", "--data", d, "--scenario", SCENARIO]);
    assert!(
        imported.contains("imported health-ransomware "),
        "{imported}"
    );
    // The same version again is the same; other content under it is refused.
    ok(&["drill", "import", "--data", d, "--scenario", SCENARIO]);
    let text = std::fs::read_to_string(SCENARIO).unwrap();
    let changed = write(
        &root.join("changed.toml"),
        &text.replacen("TLP:CLEAR", "TLP:GREEN", 1),
    );
    let err = fails(&["drill", "import", "--data", d, "--scenario", &changed]);
    assert!(err.contains("already exists with other content"), "{err}");

    let version = text
        .lines()
        .find_map(|l| l.strip_prefix("version = "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    let err = fails(&[
        "drill",
        "create",
        "--data",
        d,
        "--scenario",
        "health-ransomware",
        "--scenario-version",
        &version,
        "--title",
        "Drill",
        "--host",
        "Host",
        "--start",
        "tomorrow",
    ]);
    assert!(err.contains("--start"), "{err}");
    let created = ok(&[
        "drill",
        "create",
        "--data",
        d,
        "--scenario",
        "health-ransomware",
        "--scenario-version",
        &version,
        "--title",
        "Regional drill",
        "--host",
        "Host",
        "--level",
        "regional",
        "--time-zone",
        "UTC+03:00",
        "--start",
        "2026-12-10T06:00:00Z",
        "--languages",
        "en,fr",
    ]);
    assert!(
        created.starts_with("drill 1: Regional drill (planned)"),
        "{created}"
    );
    for team in &teams {
        ok(&[
            "drill",
            "add-team",
            "--data",
            d,
            "--drill",
            "1",
            "--team",
            &team.id,
            "--role",
            "national-cirt",
        ]);
    }
    let err = fails(&[
        "drill", "add-team", "--data", d, "--drill", "1", "--team", "nobody",
    ]);
    assert!(err.contains("The directory has no team “nobody”"), "{err}");

    let links = ok(&["drill", "links", "--data", d, "--drill", "1", "--evaluator"]);
    let lines: Vec<&str> = links.lines().collect();
    assert_eq!(lines.len(), teams.len() + 1, "{links}");
    for team in &teams {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{}\tplayer\t", team.id))
                    && l.contains("/drills/join/")),
            "{links}"
        );
    }
    assert!(lines.last().unwrap().starts_with("*\tevaluator\t"));
    // Each link is new: a second run prints other secrets.
    let again = ok(&["drill", "links", "--data", d, "--drill", "1"]);
    for line in again.lines() {
        assert!(!links.contains(line.rsplit('/').next().unwrap()));
    }
    let err = fails(&["drill", "links", "--data", d, "--drill", "9"]);
    assert!(err.contains("does not exist"), "{err}");
}
