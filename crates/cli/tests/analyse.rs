//! `cyberindex analyse` on the shipped framework, demo answers and uncertainty spec: the same
//! seed gives the same bytes at one and two threads, CSV has a row per country, `--checks` adds
//! the coherence report, and a bad spec is refused with its file, place and reason.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn analyse(extra: &[&str]) -> Output {
    let mut args = vec![
        "analyse",
        "--framework",
        "frameworks/gca-national-index.toml",
        "--answers",
        "data/demo/gca-demo-answers.csv",
        "--spec",
        "frameworks/gca-national-index.uncertainty.toml",
    ];
    for (flag, default) in [("--runs", "400"), ("--sensitivity", "32")] {
        if !extra.contains(&flag) {
            args.extend([flag, default]);
        }
    }
    args.extend_from_slice(extra);
    Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(&args)
        .current_dir(root())
        .output()
        .unwrap()
}

fn ok(extra: &[&str]) -> Vec<u8> {
    let out = analyse(extra);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn the_same_seed_gives_the_same_analysis_at_any_thread_count() {
    let one = ok(&["--threads", "1", "--seed", "5"]);
    let two = ok(&["--threads", "2", "--seed", "5"]);
    assert_eq!(one, two);
    let report: serde_json::Value = serde_json::from_slice(&one).unwrap();
    assert_eq!(report["schema"], "cyberindex/analysis/1");
    assert_eq!(report["settings"]["runs"], 400);
    assert_eq!(report["units"].as_array().unwrap().len(), 194);
    assert_eq!(report["sensitivity"].as_array().unwrap().len(), 6);
    let unit = &report["units"][0];
    assert!(unit["rank_p05"].as_f64().unwrap() <= unit["median_rank"].as_f64().unwrap());
    assert!(unit["median_rank"].as_f64().unwrap() <= unit["rank_p95"].as_f64().unwrap());
    let tiers: f64 = unit["tiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t[1].as_f64().unwrap())
        .sum();
    assert!((tiers - 1.0).abs() < 1e-9);
    assert!(report.get("coherence").is_none());
    let other = ok(&["--threads", "2", "--seed", "6"]);
    assert_ne!(one, other);
}

#[test]
fn csv_and_checks() {
    let csv = String::from_utf8(ok(&["--format", "csv", "--sensitivity", "0"])).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "unit,nominal_rank,median_rank,rank_p05,rank_p95,p_T1,p_T2,p_T3,p_T4,p_T5"
    );
    assert_eq!(lines.count(), 194);
    let checked: serde_json::Value =
        serde_json::from_slice(&ok(&["--checks", "--sensitivity", "0", "--runs", "50"])).unwrap();
    let coherence = &checked["coherence"];
    assert!(
        coherence["availability"]["per_indicator"]
            .as_array()
            .unwrap()
            .len()
            > 80
    );
    assert!(!coherence["groups"].as_array().unwrap().is_empty());
    assert!(!coherence["main_effects"].as_array().unwrap().is_empty());
}

#[test]
fn a_bad_spec_is_refused_with_its_place_and_reason() {
    let dir = std::env::temp_dir().join(format!("cyberindex-analyse-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("bad.uncertainty.toml");
    std::fs::write(
        &spec,
        "framework = \"gca-national-index\"\n\n[[assumption]]\nkind = \"exclude\"\nquestions = [\"LEG1.1\", \"LEG9.9\"]\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args([
            "analyse",
            "-f",
            "frameworks/gca-national-index.toml",
            "-a",
            "data/demo/gca-demo-answers.csv",
            "-s",
            spec.to_str().unwrap(),
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "bad.uncertainty.toml: assumption 1 (exclude): `LEG9.9` is not a scored question"
        ),
        "{err}"
    );
    assert!(err.contains("nothing was analysed"));
    std::fs::write(
        &spec,
        "framework = \"gca-national-index\"\nassumption = 3\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args([
            "analyse",
            "-f",
            "frameworks/gca-national-index.toml",
            "-a",
            "data/demo/gca-demo-answers.csv",
            "-s",
            spec.to_str().unwrap(),
        ])
        .current_dir(root())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn expert_weight_sheets_in_csv_and_xlsx() {
    let dir = std::env::temp_dir().join(format!("cyberindex-experts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec =
        std::fs::read_to_string(root().join("frameworks/gca-national-index.uncertainty.toml"))
            .unwrap()
            + "\n[method.weights.experts]\nsheets = [\"a.xlsx\", \"b.csv\"]\ncombine = \"mean\"\n";
    std::fs::write(dir.join("spec.toml"), spec).unwrap();
    std::fs::write(dir.join("b.csv"), "component,weight\nLEG,3\n").unwrap();
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "component").unwrap();
    sheet.write_string(0, 1, "weight").unwrap();
    sheet.write_string(1, 0, "LEG").unwrap();
    sheet.write_number(1, 1, 1.0).unwrap();
    book.save(dir.join("a.xlsx")).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args([
            "analyse",
            "-f",
            "frameworks/gca-national-index.toml",
            "-a",
            "data/demo/gca-demo-answers.csv",
            "-s",
            dir.join("spec.toml").to_str().unwrap(),
            "--runs",
            "20",
            "--sensitivity",
            "0",
        ])
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let experts = report["weights"]["experts"].as_array().unwrap();
    assert_eq!(experts.len(), 2);
    assert_eq!(experts[0]["expert"], "a.xlsx");
    // Pillar level (3): LEG is 1 × 20 and 3 × 20 in the model's units; the mean is 40.
    assert_eq!(experts[0]["weights"][3][0], 20.0);
    assert_eq!(experts[1]["weights"][3][0], 60.0);
    assert_eq!(report["weights"]["combined"][3][0], 40.0);
    let _ = std::fs::remove_dir_all(&dir);
}
