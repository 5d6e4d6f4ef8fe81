//! The promise of `framework show --json`: anyone can recompute every score from it. This test
//! does so without the engine, reading only the two JSON documents the command line prints (the
//! resolved framework and the score report with each answer's value), as a spreadsheet would.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_cyberindex"))
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap()
}

/// Evaluates the relevance rule forms a spreadsheet user would meet: `Q == a`, `Q != a`,
/// `Q in [a, b]`, `Q >= n` (and the other comparisons), `Q has a`, joined by `and`/`or`.
fn holds(rule: &str, values: &HashMap<&str, Option<String>>) -> bool {
    if let Some((a, b)) = rule.split_once(" or ") {
        return holds(a, values) || holds(b, values);
    }
    if let Some((a, b)) = rule.split_once(" and ") {
        return holds(a, values) && holds(b, values);
    }
    let words: Vec<&str> = rule.splitn(3, ' ').collect();
    let (q, op, rest) = (words[0], words[1], words[2]);
    let Some(Some(value)) = values.get(q) else {
        return false;
    };
    match op {
        "==" => value == rest,
        "!=" => value != rest,
        "in" => rest
            .trim_matches(['[', ']'])
            .split(',')
            .any(|o| o.trim() == value),
        "has" => value.split([';', ' ']).any(|o| o == rest),
        _ => {
            let (x, y) = (value.parse::<f64>().unwrap(), rest.parse::<f64>().unwrap());
            match op {
                ">=" => x >= y,
                ">" => x > y,
                "<=" => x <= y,
                "<" => x < y,
                _ => panic!("operator {op}"),
            }
        }
    }
}

#[test]
fn scores_recompute_from_the_resolved_framework() {
    let framework = json(&[
        "framework",
        "show",
        "--json",
        "frameworks/gca-national-index.toml",
    ]);
    let report = json(&[
        "score",
        "--format",
        "json",
        "-f",
        "frameworks/gca-national-index.toml",
        "-a",
        "data/demo/gca-demo-answers.csv",
    ]);
    let questions: Vec<&Value> = framework["questions"].as_array().unwrap().iter().collect();
    let nodes: Vec<&Value> = framework["nodes"].as_array().unwrap().iter().collect();
    assert_eq!(framework["missing"]["policy"], "zero");
    let units = report["units"].as_array().unwrap();
    assert_eq!(units.len(), 194);
    let mut checked = 0;
    for unit in units {
        let answers: HashMap<&str, Option<String>> = unit["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| {
                (
                    q["id"].as_str().unwrap(),
                    q["value"].as_str().map(str::to_string),
                )
            })
            .collect();
        // Relevance, then points, per question.
        let mut relevant: HashMap<&str, bool> = HashMap::new();
        let mut points: HashMap<&str, Option<f64>> = HashMap::new();
        for q in &questions {
            let id = q["id"].as_str().unwrap();
            let is_relevant = q["relevant"].as_str().is_none_or(|r| holds(r, &answers));
            relevant.insert(id, is_relevant);
            if !is_relevant || !q["scored"].as_bool().unwrap() {
                points.insert(id, None);
                continue;
            }
            let max = num(&q["max_points"]);
            let p = match answers[id].as_deref() {
                None => 0.0, // policy "zero": missing counts 0
                Some(v) => match q["type"].as_str().unwrap() {
                    "multiple-choice" => {
                        let chosen: Vec<&str> = v.split([';', ' ']).collect();
                        let sum: f64 = q["options"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .filter(|o| chosen.contains(&o["id"].as_str().unwrap()))
                            .map(|o| num(&o["points"]))
                            .sum();
                        sum.min(max)
                    }
                    "number" => {
                        let x: f64 = v.parse().unwrap();
                        let scale = &q["scale"];
                        let share = match scale["method"].as_str().unwrap() {
                            "goalposts" => ((x - num(&scale["low"]))
                                / (num(&scale["high"]) - num(&scale["low"])))
                            .clamp(0.0, 1.0),
                            _ => scale["steps"]
                                .as_array()
                                .unwrap()
                                .iter()
                                .rev()
                                .find(|s| x >= num(&s[0]))
                                .map_or(0.0, |s| num(&s[1])),
                        };
                        share * max
                    }
                    _ => q["options"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|o| o["id"] == v)
                        .map(|o| num(&o["points"]))
                        .unwrap(),
                },
            };
            points.insert(id, Some(p));
        }
        // Nodes bottom-up: nodes are listed in pre-order, so walk them backwards.
        let mut score: HashMap<&str, Option<f64>> = HashMap::new();
        for node in nodes.iter().rev() {
            let mut parts = Vec::new(); // (score, max, weight)
            for child in node["children"].as_array().unwrap() {
                let child = child.as_str().unwrap();
                if let Some(q) = questions.iter().find(|q| q["id"] == child) {
                    if let Some(p) = points[child] {
                        parts.push((p, num(&q["max_points"]), num(&q["weight"])));
                    }
                } else if let Some(s) = score[child] {
                    let n = nodes.iter().find(|n| n["id"] == child).unwrap();
                    parts.push((s, num(&n["max"]), num(&n["weight"])));
                }
            }
            let max = num(&node["max"]);
            let value =
                (!parts.is_empty()).then(|| match node["aggregation"]["rule"].as_str().unwrap() {
                    "weighted-sum" => {
                        max * parts.iter().map(|p| p.2 * p.0).sum::<f64>()
                            / parts.iter().map(|p| p.2 * p.1).sum::<f64>()
                    }
                    "weighted-mean" => {
                        max * parts.iter().map(|p| p.2 * p.0 / p.1).sum::<f64>()
                            / parts.iter().map(|p| p.2).sum::<f64>()
                    }
                    other => panic!("the shipped framework has no {other} nodes"),
                });
            score.insert(node["id"].as_str().unwrap(), value);
        }
        // Compare with the report: every node to 6 decimals, the overall at the stated precision.
        for reported in unit["nodes"].as_array().unwrap() {
            let mine = score[reported["id"].as_str().unwrap()].unwrap();
            assert!(
                (mine - num(&reported["score"])).abs() < 2e-6,
                "{} {}: {mine} vs {}",
                unit["unit"],
                reported["id"],
                reported["score"]
            );
        }
        let overall = score[framework["id"].as_str().unwrap()].unwrap();
        let rounded = (overall * 100.0).round() / 100.0;
        assert_eq!(rounded, num(&unit["overall"]), "{}", unit["unit"]);
        let tier = framework["tiers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| rounded >= num(&t["min"]))
            .unwrap();
        assert_eq!(tier["id"], unit["tier"]);
        for q in unit["questions"].as_array().unwrap() {
            let id = q["id"].as_str().unwrap();
            assert_eq!(
                relevant[id],
                q["status"] != "not-relevant",
                "{} {id}",
                unit["unit"]
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 194);
    // Ranks: standard competition ranking on the rounded overall score.
    for unit in units {
        let better = units
            .iter()
            .filter(|u| num(&u["overall"]) > num(&unit["overall"]))
            .count();
        assert_eq!(unit["rank"].as_u64().unwrap(), better as u64 + 1);
    }
}
