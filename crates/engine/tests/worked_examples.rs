//! Worked examples computed by hand: each `tests/worked/<case>/` holds a framework, answers and
//! the expected scores (with the arithmetic written out in comments). The test reads them through
//! the same readers as the command line and compares every number.

use std::path::Path;

use cyberindex_answers::Format;
use cyberindex_engine::{Aggregation, score_all};
use toml::{Table, Value};

fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(*i as f64),
        Value::Float(f) => Some(*f),
        Value::String(s) if s == "none" => None,
        other => panic!("expected a number or \"none\", got {other:?}"),
    }
}

fn check_case(dir: &Path) {
    let source = std::fs::read_to_string(dir.join("framework.toml")).unwrap();
    let framework = cyberindex_framework::read(&source).unwrap_or_else(|d| {
        panic!(
            "{}",
            cyberindex_framework::render("framework.toml", &source, &d)
        )
    });
    let answers = std::fs::read(dir.join("answers.csv")).unwrap();
    let file = cyberindex_answers::read(&framework, &answers, Format::Csv).unwrap();
    let expected: Table = std::fs::read_to_string(dir.join("expected.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let results = score_all(&framework, &file.units);
    assert_eq!(
        results.len(),
        expected.len(),
        "{}: number of units",
        dir.display()
    );
    for result in &results {
        let case = format!("{} unit {}", dir.display(), result.unit);
        let want = expected[&result.unit].as_table().unwrap();
        assert_eq!(result.overall, as_f64(&want["overall"]), "{case}: overall");
        assert_eq!(
            result.rank.map(|r| r as f64),
            as_f64(&want["rank"]),
            "{case}: rank"
        );
        let tier = result
            .tier
            .map(|t| framework.tiers[t].id.as_str())
            .unwrap_or("none");
        assert_eq!(tier, want["tier"].as_str().unwrap(), "{case}: tier");
        assert_eq!(
            i64::from(result.score.nodes[0].answered),
            want["answered"].as_integer().unwrap(),
            "{case}: answered"
        );
        assert_eq!(
            i64::from(result.score.nodes[0].missing),
            want["missing"].as_integer().unwrap(),
            "{case}: missing"
        );
        let nodes = want["nodes"].as_table().unwrap();
        assert_eq!(
            nodes.len(),
            framework.nodes.len() - 1,
            "{case}: every node must be listed"
        );
        for (id, value) in nodes {
            let index = framework
                .node_index(id)
                .unwrap_or_else(|| panic!("{case}: unknown node {id}"));
            let got = result.score.nodes[index].score;
            match (got, as_f64(value)) {
                (Some(g), Some(w)) => assert!(
                    (g - w).abs() < 1e-6,
                    "{case}: node {id} is {g}, expected {w}"
                ),
                (g, w) => assert_eq!(g, w, "{case}: node {id}"),
            }
        }
        if let Some(levels) = want.get("levels").and_then(Value::as_table) {
            for (id, level) in levels {
                let index = framework.node_index(id).unwrap();
                assert_eq!(
                    result.score.nodes[index].level.map(i64::from),
                    level.as_integer(),
                    "{case}: level of {id}"
                );
            }
        }
        // Without gated nodes, question contributions add up to the overall score.
        let linear = framework
            .nodes
            .iter()
            .all(|n| !matches!(n.aggregation, Aggregation::MaturityGated { .. }));
        if let (true, Some(overall)) = (linear, result.score.overall()) {
            let sum: f64 = result
                .score
                .questions
                .iter()
                .filter_map(|q| q.contribution)
                .sum();
            assert!(
                (sum - overall).abs() < 1e-9,
                "{case}: contributions add to {sum}, overall {overall}"
            );
        }
    }
}

#[test]
fn worked_examples() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/worked");
    let mut cases: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 4);
    for case in cases {
        check_case(&case);
    }
}
