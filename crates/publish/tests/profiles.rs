//! Profile results in the score output: the shipped maturity framework and its example answers in
//! the table, CSV and JSON, and the outputs of a framework without profiles left as they were.

use cyberindex_answers::{AnswerFile, Format};
use cyberindex_engine::{Framework, UnitProfiles, UnitResult, assess_all, score_all};
use cyberindex_publish::report;

const MATURITY: &str = include_str!("../../../frameworks/cirt-maturity.toml");
const MATURITY_ANSWERS: &str =
    include_str!("../../../frameworks/examples/cirt-maturity-answers.csv");
const GCA: &str = include_str!("../../../frameworks/gca-national-index.toml");
const GCA_ANSWERS: &str = include_str!("../../../data/demo/gca-demo-answers.csv");

struct Scored {
    framework: Framework,
    file: AnswerFile,
    results: Vec<UnitResult>,
    profiles: Vec<UnitProfiles>,
}

fn score(framework: &str, answers: &str) -> Scored {
    let framework = cyberindex_framework::read(framework).unwrap();
    let file = cyberindex_answers::read(&framework, answers.as_bytes(), Format::Csv).unwrap();
    let results = score_all(&framework, &file.units);
    let profiles = assess_all(&framework, &framework.profiles, &file.units);
    Scored {
        framework,
        file,
        results,
        profiles,
    }
}

#[test]
fn maturity_table_shows_level_next_and_blockers_per_profile() {
    let s = score(MATURITY, MATURITY_ANSWERS);
    let table = report::table_with_profiles(&s.framework, &s.results, &s.profiles, "en");
    // CHARLIE, the worked example of docs/cirt.md.
    assert!(
        table.contains(
            "CHARLIE  intermediate  advanced      7: O-1=3<4, O-2=3<4, O-3=3<4, O-6=n/a<3, O-11=3<4, P-2=n/a<3, P-8=3<4"
        ),
        "{table}"
    );
    insta::assert_snapshot!("maturity.table", table);
}

#[test]
fn maturity_csv_has_three_columns_per_profile() {
    let s = score(MATURITY, MATURITY_ANSWERS);
    let csv = report::csv_with_profiles(&s.framework, &s.results, &s.profiles).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(
            ",cyberindex-example:level,cyberindex-example:next,cyberindex-example:blockers"
        ),
        "{header}"
    );
    assert!(
        csv.contains(
            ",intermediate,advanced,O-1=3<4;O-2=3<4;O-3=3<4;O-6=n/a<3;O-11=3<4;P-2=n/a<3;P-8=3<4\n"
        ),
        "{csv}"
    );
    insta::assert_snapshot!("maturity.csv", csv);
}

#[test]
fn maturity_json_has_profiles_per_unit() {
    let s = score(MATURITY, MATURITY_ANSWERS);
    let text = report::json(&s.framework, &s.file, &s.results, &s.profiles).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let units = json["units"].as_array().unwrap();
    assert_eq!(units.len(), 5);
    for unit in units {
        let profiles = unit["profiles"].as_array().unwrap();
        assert_eq!(profiles.len(), 1, "{unit}");
        assert_eq!(profiles[0]["profile"], "cyberindex-example");
    }
    let charlie = units.iter().find(|u| u["unit"] == "CHARLIE").unwrap();
    let result = &charlie["profiles"][0];
    assert_eq!(result["level"], "intermediate");
    assert_eq!(result["next"], "advanced");
    assert_eq!(
        result["blockers"][3],
        serde_json::json!({
            "parameter": "O-6", "status": "not-applicable", "value": null, "required": 3.0,
            "allow_na": false
        })
    );
    // The unit's report is unchanged: the same keys, then `profiles`.
    let plain = serde_json::to_value(report::build(&s.framework, &s.file, &s.results)).unwrap();
    let mut without = charlie.clone();
    without.as_object_mut().unwrap().remove("profiles");
    let plain_charlie = plain["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "CHARLIE")
        .unwrap();
    assert_eq!(&without, plain_charlie);
    // Only the profiles part is snapshotted: the rest is the plain report of every question.
    let profiles: Vec<_> = units
        .iter()
        .map(|u| serde_json::json!({"unit": u["unit"], "profiles": u["profiles"]}))
        .collect();
    insta::assert_snapshot!(
        "maturity.profiles.json",
        serde_json::to_string_pretty(&profiles).unwrap()
    );
}

#[test]
fn outputs_without_profiles_are_unchanged() {
    let s = score(GCA, GCA_ANSWERS);
    assert!(s.framework.profiles.is_empty());
    assert!(s.profiles.iter().all(|u| u.results.is_empty()));
    let mut plain =
        serde_json::to_string_pretty(&report::build(&s.framework, &s.file, &s.results)).unwrap();
    plain.push('\n');
    // Whether given no results or a framework's empty ones.
    for profiles in [&[][..], &s.profiles] {
        assert_eq!(
            report::json(&s.framework, &s.file, &s.results, profiles).unwrap(),
            plain
        );
        assert_eq!(
            report::csv_with_profiles(&s.framework, &s.results, profiles).unwrap(),
            report::csv(&s.framework, &s.results).unwrap()
        );
        assert_eq!(
            report::table_with_profiles(&s.framework, &s.results, profiles, "en"),
            report::table(&s.framework, &s.results, "en")
        );
    }
}
