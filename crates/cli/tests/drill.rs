//! `cyberindex drill check|import|export|create|add-team|links|report` through the binary: a
//! scenario file is checked with every problem and where, imported once per version and
//! exported again, played by a drill whose teams come from the directory, each team gets its
//! own single-use link, and the after-action report is written as PDF and XLSX.

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

    // The scenario goes out again: the file as imported, OpenAEV JSON, the MSEL workbook.
    let out = |name: &str| root.join(name).to_str().unwrap().to_string();
    let export = |format: &str, file: &str| {
        ok(&[
            "drill",
            "export",
            "--data",
            d,
            "--scenario",
            "health-ransomware",
            "--scenario-version",
            &version,
            "--format",
            format,
            "--out",
            file,
        ])
    };
    export("toml", &out("s.toml"));
    assert_eq!(std::fs::read_to_string(out("s.toml")).unwrap(), text);
    export("json", &out("s.json"));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out("s.json")).unwrap()).unwrap();
    assert!(
        json["scenario_injects"]
            .as_array()
            .is_some_and(|a| a.len() == 12)
    );
    export("xlsx", &out("s.xlsx"));
    assert!(std::fs::read(out("s.xlsx")).unwrap().starts_with(b"PK"));
    let err = fails(&[
        "drill",
        "export",
        "--data",
        d,
        "--scenario",
        "nothing",
        "--scenario-version",
        "1",
        "--format",
        "json",
        "--out",
        &out("x.json"),
    ]);
    assert!(err.contains("no scenario nothing version 1"), "{err}");

    // The after-action report, the same bytes each time; a team's copy; no public copy of a
    // drill whose host did not agree (nor of one not ended).
    let report = |extra: &[&str], file: &str| {
        let mut args = vec![
            "drill", "report", "--data", d, "--drill", "1", "--out", file,
        ];
        args.extend_from_slice(extra);
        run(&args)
    };
    for (format, magic) in [("pdf", &b"%PDF"[..]), ("xlsx", &b"PK"[..])] {
        let (a, b) = (out(&format!("r1.{format}")), out(&format!("r2.{format}")));
        assert!(report(&["--format", format], &a).status.success());
        assert!(
            report(&["--format", format, "--lang", "fr"], &b)
                .status
                .success()
        );
        assert!(std::fs::read(&a).unwrap().starts_with(magic));
        assert!(report(&["--format", format], &b).status.success());
        assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    }
    let team = out("team.xlsx");
    assert!(
        report(&["--format", "xlsx", "--team", &teams[0].id], &team)
            .status
            .success()
    );
    let public = report(&["--format", "pdf", "--public"], &out("public.pdf"));
    assert!(!public.status.success());
    let err = String::from_utf8_lossy(&public.stderr);
    assert!(err.contains("has no public report"), "{err}");
    let other = report(&["--format", "pdf", "--team", "nobody"], &out("x.pdf"));
    assert!(String::from_utf8_lossy(&other.stderr).contains("team nobody does not take part"));
    let lang = report(&["--format", "pdf", "--lang", "ru"], &out("x.pdf"));
    assert!(String::from_utf8_lossy(&lang.stderr).contains("not written in “ru”"));
}
