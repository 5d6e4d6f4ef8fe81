//! Golden tests of threshold profiles: each `tests/profiles/<case>/` holds answers to a shipped
//! framework (`answers.csv`, or none for the shipped `frameworks/examples/cirt-maturity-answers.csv`), optional added profiles (`profiles.toml`, read as a programme reads its licensed
//! ones) and, in `expected.toml`, the level, next level and blockers of every unit against every
//! profile, worked out by hand.

use std::path::Path;

use cyberindex_answers::Format;
use cyberindex_engine::{ParameterValue, assess_all};
use toml::Table;

fn check_case(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let expected: Table = std::fs::read_to_string(dir.join("expected.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let framework_path = root.join("frameworks/cirt-maturity.toml");
    let source = std::fs::read_to_string(&framework_path).unwrap();
    let mut framework = cyberindex_framework::read(&source).unwrap();
    if let Ok(extra) = std::fs::read_to_string(dir.join("profiles.toml")) {
        let added = cyberindex_framework::read_profiles(&framework, &extra).unwrap_or_else(|d| {
            panic!(
                "{}",
                cyberindex_framework::render("profiles.toml", &extra, &d)
            )
        });
        framework.profiles.extend(added);
    }
    // A case's own answers, or else the shipped example's.
    let answers = match std::fs::read(dir.join("answers.csv")) {
        Ok(bytes) => bytes,
        Err(_) => {
            std::fs::read(root.join("frameworks/examples/cirt-maturity-answers.csv")).unwrap()
        }
    };
    let file = cyberindex_answers::read(&framework, &answers, Format::Csv).unwrap();
    let results = assess_all(&framework, &framework.profiles, &file.units);
    assert_eq!(results.len(), expected.len(), "{}: units", dir.display());
    for unit in &results {
        let want = expected[&unit.unit].as_table().unwrap();
        assert_eq!(unit.results.len(), want.len(), "{}: profiles", unit.unit);
        for result in &unit.results {
            let case = format!("{} {} {}", dir.display(), unit.unit, result.profile);
            let want = want[&result.profile].as_table().unwrap();
            let level = result.level.as_deref().unwrap_or("none");
            assert_eq!(level, want["level"].as_str().unwrap(), "{case}: level");
            let next = result.next.as_deref().unwrap_or("none");
            assert_eq!(next, want["next"].as_str().unwrap(), "{case}: next");
            let blockers: Vec<String> = result
                .blockers
                .iter()
                .map(|b| {
                    let value = match b.value {
                        ParameterValue::Value(x) => x.to_string(),
                        ParameterValue::NotApplicable => "n/a".into(),
                        ParameterValue::Missing => "missing".into(),
                    };
                    format!("{} {value} < {}", b.parameter, b.required)
                })
                .collect();
            let want_blockers: Vec<&str> = want["blockers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|b| b.as_str().unwrap())
                .collect();
            assert_eq!(blockers, want_blockers, "{case}: blockers");
        }
    }
}

#[test]
fn profile_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/profiles");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    for case in cases {
        check_case(&case);
    }
}
