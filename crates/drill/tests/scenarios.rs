//! The drill core on the shipped scenario and on broken inputs: the file, the MSEL workbook and
//! OpenAEV's JSON each give back the same scenario; every error says where; the timeline moves
//! only what has not been released; team scores follow the expectations' groups.

use std::collections::BTreeMap;

use cyberindex_drill::model::{Condition, Scenario, Timing};
use cyberindex_drill::score::{self, Verdict};
use cyberindex_drill::timeline::{self, Edit, Progress, State};
use cyberindex_drill::{file, msel, openaev};

const SHIPPED: &str = include_str!("../../../scenarios/health-ransomware.toml");

fn shipped() -> Scenario {
    file::read(SHIPPED).unwrap_or_else(|p| panic!("{p:?}"))
}

#[test]
fn the_shipped_scenario_has_three_moves_twelve_injects_and_a_news_feed() {
    let s = shipped();
    assert_eq!(s.moves.len(), 3);
    assert_eq!(s.injects.len(), 12);
    assert!(s.fictional);
    let news = s
        .injects
        .iter()
        .filter(|i| i.channel == cyberindex_drill::Channel::News)
        .count();
    assert!(news >= 3, "{news}");
    assert!(s.title["en"].contains("not real"));
    let parameters: Vec<&str> = s
        .injects
        .iter()
        .flat_map(|i| &i.expectations)
        .flat_map(|e| e.parameters.iter().map(String::as_str))
        .collect();
    assert!(parameters.contains(&"P-9") && parameters.contains(&"P-1"));
}

#[test]
fn the_file_the_workbook_and_openaev_json_each_give_back_the_scenario() {
    let s = shipped();
    assert_eq!(file::read(&file::write(&s).unwrap()).unwrap(), s);
    let book = msel::write_xlsx(&s).unwrap();
    assert_eq!(
        msel::read_xlsx(&book).unwrap_or_else(|p| panic!("{p:?}")),
        s
    );
    let json = openaev::export(&s);
    assert_eq!(
        json["scenario_injects"][0]["inject_title"],
        s.injects[0].title["en"]
    );
    assert_eq!(
        json["scenario_injects"][1]["inject_depends_duration"],
        20 * 60
    );
    assert_eq!(
        json["scenario_injects"][0]["inject_expectations"][0]["inject_expectation_type"],
        "MANUAL"
    );
    assert_eq!(
        openaev::import(&json).unwrap_or_else(|p| panic!("{p:?}")),
        s
    );
}

#[test]
fn a_plain_openaev_file_becomes_one_move_in_one_language() {
    let json = serde_json::json!({
        "scenario_name": "Phishing wave",
        "scenario_description": "Staff receive credential-phishing mail.",
        "scenario_injects": [
            {"inject_id": "a", "inject_title": "First mail", "inject_description": "A user reports a mail.",
             "inject_depends_duration": 0, "inject_all_teams": true,
             "inject_expectations": [{"inject_expectation_type": "TEXT", "inject_expectation_name": "Triage",
                                      "inject_expectation_expected_score": 80, "inject_expectation_group": false}]},
            {"inject_id": "b", "inject_title": "Second", "inject_description": "More reports.",
             "inject_depends_duration": 1800, "inject_all_teams": false, "inject_teams": ["soc"],
             "inject_depends_on": [{"dependency_relationship": {"inject_parent_id": "a", "inject_children_id": "b"}}]}
        ]
    });
    let s = openaev::import(&json).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(s.moves.len(), 1);
    assert_eq!(s.languages, ["en"]);
    assert_eq!(s.injects[1].timing, Timing::Offset(1800));
    assert_eq!(s.injects[1].depends_on[0].condition, Condition::Released);
    assert_eq!(
        s.injects[0].expectations[0].group,
        cyberindex_drill::Group::All
    );
    let bad = serde_json::json!({"scenario_injects": [{"inject_id": "a", "inject_title": "t",
        "inject_description": "d", "inject_depends_duration": -5,
        "inject_expectations": [{"inject_expectation_type": "DETECTION"}]}]});
    let problems = openaev::import(&bad).unwrap_err();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    insta::assert_debug_snapshot!("openaev_errors", text);
}

#[test]
fn scenario_file_errors_say_where() {
    let cases = [
        ("syntax", "id = \"x\"\nversion = \n"),
        (
            "shape",
            "id = \"x\"\nversion = \"1\"\nlanguages = [\"en\"]\nlicence = \"CC0\"\ntlp = \"TLP:CLEAR\"\ntitle.en = \"t\"\n[[inject]]\nid = \"a\"\nmove = 1\ntiming = \"soon\"\ntitle.en = \"t\"\nbody.en = \"b\"\n",
        ),
        (
            "rules",
            &SHIPPED
                .replace(
                    "{ inject = \"I-02\", condition = \"answered\" }",
                    "{ inject = \"I-09\", condition = \"answered\" }",
                )
                .replace("tlp = \"TLP:CLEAR\"", "tlp = \"amber\"")
                .replace("body.fr = \"Ci-joint", "body.de = \"Ci-joint")
                .replace("expected_score = 100", "expected_score = 140"),
        ),
    ];
    for (name, text) in cases {
        let problems = file::read(text).unwrap_err();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        insta::assert_debug_snapshot!(format!("file_errors_{name}"), lines);
    }
}

#[test]
fn workbook_errors_name_their_cells_and_nothing_is_half_read() {
    let s = shipped();
    let mut rows = msel::inject_rows(&s);
    // Break some cells of the injects sheet, then write the workbook around it.
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let (time, channel, score_col, group) = (
        col("Exercise time"),
        col("Channel"),
        col("Expected score"),
        col("Group"),
    );
    rows[2][time] = "+9:00".into();
    rows[3][time] = "tomorrow".into();
    rows[4][channel] = "pigeon".into();
    rows[1][score_col] = "lots".into();
    rows[1][group] = "some".into();
    let book = write_rows(&s, &rows);
    let problems = msel::read_xlsx(&book).unwrap_err();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    insta::assert_debug_snapshot!("workbook_errors", text);
    let not_a_workbook = msel::read_xlsx(b"Order,Inject\n1,I-01\n").unwrap_err();
    assert!(
        not_a_workbook[0]
            .message
            .contains("not a readable XLSX workbook")
    );
}

/// The shipped scenario's workbook with its injects sheet replaced by `rows`.
fn write_rows(s: &Scenario, rows: &[Vec<String>]) -> Vec<u8> {
    use rust_xlsxwriter::Workbook;
    let book = msel::write_xlsx(s).unwrap();
    let mut wb = Workbook::new();
    let injects = wb.add_worksheet();
    injects.set_name("Injects").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            injects.write_string(r as u32, c as u16, cell).unwrap();
        }
    }
    // The other two sheets as written.
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    let mut original: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(book)).unwrap();
    for name in ["Moves", "Scenario"] {
        let range = original.worksheet_range(name).unwrap();
        let sheet = wb.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let Data::String(v) = cell {
                    sheet.write_string(r as u32, c as u16, v).unwrap();
                }
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn editing_the_timeline_moves_only_what_has_not_been_released() {
    let s = shipped();
    let mut released = BTreeMap::new();
    let mut edits = BTreeMap::new();
    let none = BTreeMap::new();
    // At 0:50: I-01..I-03 are out.
    for (id, at) in [("I-01", 0), ("I-02", 1200), ("I-03", 2700)] {
        released.insert(id.to_string(), at);
    }
    let rows = timeline::rows(&s, 540, 3000, &edits, &released, &none);
    let order = |rows: &[timeline::Row]| rows.iter().map(|r| r.inject.clone()).collect::<Vec<_>>();
    let before = order(&rows);
    // Moving I-03 (released) to the end is refused by `editable`; moving I-07 earlier than
    // I-05 reorders only unreleased rows.
    assert!(!timeline::editable(&released, "I-03"));
    assert!(timeline::editable(&released, "I-07"));
    edits.insert(
        "I-07".to_string(),
        Edit {
            timing: Some(Timing::Offset(3300)),
            ..Edit::default()
        },
    );
    let after = order(&timeline::rows(&s, 540, 3000, &edits, &released, &none));
    assert_eq!(before[..3], after[..3], "released rows keep their place");
    let p7 = after.iter().position(|i| i == "I-07").unwrap();
    let p5 = after.iter().position(|i| i == "I-05").unwrap();
    assert!(p7 < p5, "{after:?}");
    // Held and skipped injects are never ready; I-04 is ready at 1:00; I-06 waits for an
    // answer to I-02; I-08 for a low score on I-04.
    edits.insert(
        "I-05".into(),
        Edit {
            held: true,
            ..Edit::default()
        },
    );
    edits.insert(
        "I-09".into(),
        Edit {
            skipped: true,
            ..Edit::default()
        },
    );
    let rows = timeline::rows(&s, 540, 3600, &edits, &released, &none);
    assert_eq!(timeline::ready(&rows), ["I-07", "I-04"]);
    let state =
        |rows: &[timeline::Row], id: &str| rows.iter().find(|r| r.inject == id).unwrap().state;
    assert_eq!(state(&rows, "I-05"), State::Held);
    assert_eq!(state(&rows, "I-09"), State::Skipped);
    released.insert("I-04".into(), 3600);
    let mut progress = BTreeMap::new();
    progress.insert(
        "I-02".to_string(),
        vec![Progress {
            answered: true,
            score: None,
        }],
    );
    progress.insert(
        "I-04".to_string(),
        vec![Progress {
            answered: true,
            score: Some(40.0),
        }],
    );
    let rows = timeline::rows(&s, 540, 8200, &edits, &released, &progress);
    let ready = timeline::ready(&rows);
    assert!(
        ready.contains(&"I-06") && ready.contains(&"I-08"),
        "{ready:?}"
    );
    progress.insert(
        "I-04".to_string(),
        vec![Progress {
            answered: true,
            score: Some(80.0),
        }],
    );
    let rows = timeline::rows(&s, 540, 8200, &edits, &released, &progress);
    assert!(!timeline::ready(&rows).contains(&"I-08"));
}

#[test]
fn team_scores_follow_the_groups_and_sit_beside_the_target() {
    let s = shipped();
    let e = &s.injects[0].expectations[1];
    assert_eq!(score::expectation_score(e, &[]), None);
    let any = score::expectation_score(e, &[Verdict::Failed, Verdict::Success]).unwrap();
    assert_eq!(any, 100.0);
    let mut all = e.clone();
    all.group = cyberindex_drill::Group::All;
    assert_eq!(
        score::expectation_score(&all, &[Verdict::Partial, Verdict::Success]),
        Some(50.0)
    );
    assert_eq!(Verdict::parse("partial"), Some(Verdict::Partial));
    assert_eq!(Verdict::parse("101"), None);
    let total = score::total([(e, 100.0), (&s.injects[1].expectations[0], 25.0)]);
    assert_eq!(total.evaluated, 2);
    assert_eq!(total.met, 1);
    assert_eq!(total.score, 62.5);
    assert_eq!(total.target, 62.5);
}
