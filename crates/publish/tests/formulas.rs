//! Spreadsheet formulas in published CSV files: a cell that a spreadsheet would run as a formula is
//! written with a leading `'`, numbers stay numbers, and the published `answers.csv` reads back
//! exactly as the answers were typed, so its scores are still those of the results document.

use cyberindex_engine::score_all;
use cyberindex_publish::opendata;
use cyberindex_publish::report;
use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::{FrozenAnswer, Meta};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const FORMULA: &str = "=HYPERLINK(\"http://x\",\"y\")";

fn meta() -> Meta {
    Meta {
        edition: EditionRef {
            id: "test-2026".into(),
            name: "Test 2026".into(),
            names: Default::default(),
        },
        publication: PublicationRef {
            version: 1,
            published_at: "2026-11-27T10:00:00Z".into(),
            change_note: String::new(),
        },
        licence: "CC BY 4.0".into(),
    }
}

/// Every data cell of a CSV text (the `#` preamble skipped).
fn cells(text: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(String::from).collect::<Vec<_>>())
        .collect()
}

/// What a spreadsheet would run: a cell starting with `=`, `+`, `-`, `@`, tab or CR that is not a
/// plain number.
fn formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err()
}

#[test]
fn formulas_are_quoted_in_every_csv_and_answers_read_back_exactly() {
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let mut answers: Vec<FrozenAnswer> = cyberindex_demo::answers(&framework, &["KEN", "FRA"], 7)
        .into_iter()
        .filter(|r| !["ORG2.4", "TEC1b.3"].contains(&r.question.as_str()))
        .map(|r| FrozenAnswer {
            unit: r.unit,
            question: r.question,
            value: r.value,
            comment: String::new(),
        })
        .collect();
    let typed = [
        ("KEN", "ORG2.4", FORMULA, "@SUM(A1:A9)"),
        ("KEN", "TEC1b.3", "2", "-2+3+cmd|' /C calc'!A0"),
        ("FRA", "ORG2.4", "'=already quoted by hand", "\t=1+1"),
        ("FRA", "TEC1b.3", "-5", "-5"),
    ];
    for (unit, question, value, comment) in typed {
        answers.push(FrozenAnswer {
            unit: unit.into(),
            question: question.into(),
            value: value.into(),
            comment: comment.into(),
        });
    }
    let csv = results::answers_csv(&meta(), &framework, &answers);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        "{csv}"
    );
    assert!(
        csv.contains("FRA,TEC1b.3,-5,-5,"),
        "a negative number changed: {csv}"
    );
    let written = cells(&csv);
    assert!(
        !written.iter().any(|c| formula(c)),
        "a formula was left in answers.csv"
    );

    // Read back exactly as typed, and scored as the results document says.
    let file = results::read_answers(&framework, &csv).unwrap();
    for (unit, question, value, comment) in typed {
        let q = framework.question_index(question).unwrap();
        let raw = file.raw_answer(unit, q).unwrap();
        assert_eq!(raw.value, value, "{unit} {question}");
        // The reader trims cells, as it always has.
        assert_eq!(raw.comment, comment.trim(), "{unit} {question}");
    }
    let built = results::build(&framework, &meta(), &csv, Vec::new()).unwrap();
    let scored = report::build(&framework, &file, &score_all(&framework, &file.units));
    assert_eq!(
        serde_json::to_value(built.units.iter().map(|u| &u.report).collect::<Vec<_>>()).unwrap(),
        serde_json::to_value(&scored.units).unwrap()
    );
    let fra = built.unit("FRA").unwrap();
    let tec = fra
        .report
        .questions
        .iter()
        .find(|q| q.id == "TEC1b.3")
        .unwrap();
    assert_eq!(tec.value.as_deref(), Some("-5"));

    // The other CSV files quote formulas too, and keep numbers.
    for name in ["scores.csv", "questions.csv", "answers.csv"] {
        let bytes = opendata::render(name, &built, &csv, FRAMEWORK).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let cells = cells(&text);
        assert!(!cells.iter().any(|c| formula(c)), "{name}: {text}");
        if name == "questions.csv" {
            assert!(cells.iter().any(|c| c == &format!("'{FORMULA}")), "{name}");
            assert!(cells.iter().any(|c| c == "-5"), "{name}");
        }
    }
    let score_csv = report::csv(&framework, &score_all(&framework, &file.units)).unwrap();
    assert!(!cells(&score_csv).iter().any(|c| formula(c)));
}
