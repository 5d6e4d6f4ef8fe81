//! Crosswalks: which answers of one framework another framework's results support, such as the
//! national index's "is there a national CIRT with a mandate?" from a signed-off CIRT maturity
//! assessment (issue 17, part 8). A crosswalk is a small TOML file
//! (`frameworks/crosswalks/*.toml`): for each target question, candidate answers in order, each
//! with the least level some source parameters need, or a recency the source assessment needs.
//! The first candidate that holds is offered; nothing is offered when none holds.
//!
//! [`read_crosswalk`] parses one and [`check_crosswalk`] checks it against both frameworks (every
//! parameter, question and answer exists; minimums within the scale). [`evaluate`] applies it to
//! one assessment's levels. No IO.

use std::collections::BTreeMap;

use cyberindex_engine::Framework;
use serde::Deserialize;

/// A crosswalk file.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Crosswalk {
    /// The source framework's id (`cirt-maturity`).
    pub from: String,
    /// The target framework's id (`gca-national-index`).
    pub to: String,
    #[serde(default, rename = "map")]
    pub maps: Vec<Map>,
}

/// One target question and the answers the source may support, in order.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Map {
    pub question: String,
    pub answers: Vec<Candidate>,
}

/// An answer and when it holds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    /// The target question's option id (`in-place`, `yes`).
    pub value: String,
    /// The least level each named source parameter needs (n/a and unrated meet none).
    #[serde(default)]
    pub min: BTreeMap<String, f64>,
    /// The source assessment must have been signed off at most this many days ago.
    #[serde(default)]
    pub signed_within_days: Option<u32>,
}

/// What an assessment brings to [`evaluate`].
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Each rated parameter's effective level (0–4); n/a and unrated are absent.
    pub levels: BTreeMap<String, f64>,
    /// Days since the assessment was signed off (`None`: not signed off).
    pub signed_days_ago: Option<i64>,
}

/// An answer offered for a target question, with the source levels it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub question: String,
    pub value: String,
    /// (parameter, level) of each rated parameter any answer of the map names, in parameter
    /// order: what the answer rests on, and what fell short of a better one.
    pub because: Vec<(String, f64)>,
}

/// Parses a crosswalk; an error names the line and column and what is wrong.
pub fn read_crosswalk(text: &str) -> Result<Crosswalk, String> {
    toml::from_str(text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let (line, column) = crate::line_column(text, s.start);
                format!("line {line}, column {column}: ")
            })
            .unwrap_or_default();
        format!("{at}{}", e.message())
    })
}

/// Every problem of `crosswalk` against its source and target frameworks, each naming the
/// map and candidate (`map 2 (TEC1a.2), answer 1`).
pub fn check_crosswalk(crosswalk: &Crosswalk, from: &Framework, to: &Framework) -> Vec<String> {
    let mut problems = Vec::new();
    if crosswalk.from != from.id {
        problems.push(format!(
            "from is \"{}\" but the source framework is \"{}\"",
            crosswalk.from, from.id
        ));
    }
    if crosswalk.to != to.id {
        problems.push(format!(
            "to is \"{}\" but the target framework is \"{}\"",
            crosswalk.to, to.id
        ));
    }
    for (i, map) in crosswalk.maps.iter().enumerate() {
        let at = format!("map {} ({})", i + 1, map.question);
        let Some(question) = to.questions.iter().find(|q| q.id == map.question) else {
            problems.push(format!(
                "{at}: the target framework has no question \"{}\"",
                map.question
            ));
            continue;
        };
        if map.answers.is_empty() {
            problems.push(format!("{at}: no answers"));
        }
        for (k, c) in map.answers.iter().enumerate() {
            let at = format!("{at}, answer {}", k + 1);
            if !question.options.iter().any(|o| o.id == c.value) {
                let ids: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
                problems.push(format!(
                    "{at}: \"{}\" is not an answer of {} (use one of {})",
                    c.value,
                    map.question,
                    ids.join(", ")
                ));
            }
            for (parameter, level) in &c.min {
                if !from.questions.iter().any(|q| &q.id == parameter) {
                    problems.push(format!(
                        "{at}: the source framework has no parameter \"{parameter}\""
                    ));
                }
                if !(0.0..=4.0).contains(level) {
                    problems.push(format!(
                        "{at}: the minimum of {parameter} is {level}; levels run from 0 to 4"
                    ));
                }
            }
        }
    }
    problems
}

/// The answers `crosswalk` offers for an assessment with `facts`: per map, the first candidate
/// whose minimums and recency all hold.
pub fn evaluate(crosswalk: &Crosswalk, facts: &Facts) -> Vec<Offer> {
    crosswalk
        .maps
        .iter()
        .filter_map(|map| {
            map.answers.iter().find_map(|c| {
                let recent = c.signed_within_days.is_none_or(|days| {
                    facts
                        .signed_days_ago
                        .is_some_and(|ago| ago >= 0 && ago <= i64::from(days))
                });
                let levels_hold = c
                    .min
                    .iter()
                    .all(|(p, min)| facts.levels.get(p).is_some_and(|l| l >= min));
                (recent && levels_hold).then(|| {
                    // Every parameter the map looks at, so that "partly" shows what fell short.
                    let named: std::collections::BTreeSet<&String> =
                        map.answers.iter().flat_map(|a| a.min.keys()).collect();
                    Offer {
                        question: map.question.clone(),
                        value: c.value.clone(),
                        because: named
                            .into_iter()
                            .filter_map(|p| facts.levels.get(p).map(|l| (p.clone(), *l)))
                            .collect(),
                    }
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../frameworks/crosswalks/cirt-maturity-to-gca.toml");

    fn frameworks() -> (Framework, Framework) {
        (
            crate::read(include_str!("../../../frameworks/cirt-maturity.toml")).unwrap(),
            crate::read(include_str!("../../../frameworks/gca-national-index.toml")).unwrap(),
        )
    }

    #[test]
    fn the_shipped_crosswalk_fits_both_frameworks() {
        let (from, to) = frameworks();
        let crosswalk = read_crosswalk(SHIPPED).unwrap();
        assert_eq!(
            check_crosswalk(&crosswalk, &from, &to),
            Vec::<String>::new()
        );
    }

    #[test]
    fn each_problem_names_its_map_and_answer() {
        let (from, to) = frameworks();
        let crosswalk = read_crosswalk(
            r#"from = "cirt-maturity"
to = "other"
[[map]]
question = "NOPE"
answers = [{ value = "yes" }]
[[map]]
question = "TEC1a.1"
answers = [{ value = "maybe", min = { "X-1" = 2, "O-1" = 5 } }]
"#,
        )
        .unwrap();
        assert_eq!(
            check_crosswalk(&crosswalk, &from, &to),
            vec![
                "to is \"other\" but the target framework is \"gca-national-index\"".to_string(),
                "map 1 (NOPE): the target framework has no question \"NOPE\"".into(),
                "map 2 (TEC1a.1), answer 1: \"maybe\" is not an answer of TEC1a.1 (use one of in-place, partial, not-in-place)".into(),
                "map 2 (TEC1a.1), answer 1: the minimum of O-1 is 5; levels run from 0 to 4".into(),
                "map 2 (TEC1a.1), answer 1: the source framework has no parameter \"X-1\"".into(),
            ]
        );
        let err = read_crosswalk("from = \"a\"\nto = \"b\"\n[[map]]\nquestion = 1\n").unwrap_err();
        assert!(err.starts_with("line 4, column 12: "), "{err}");
    }

    /// One case: levels, days since sign-off, and the offers as (question, value).
    type Case = (
        &'static [(&'static str, f64)],
        Option<i64>,
        &'static [(&'static str, &'static str)],
    );

    /// (levels, signed days ago) → the offers, as (question, value).
    #[test]
    fn the_first_candidate_that_holds_is_offered() {
        let crosswalk = read_crosswalk(SHIPPED).unwrap();
        let cases: [Case; 4] = [
            (
                &[
                    ("O-1", 3.0),
                    ("O-2", 3.0),
                    ("O-5", 4.0),
                    ("P-10", 2.0),
                    ("P-5", 3.0),
                    ("P-9", 3.0),
                ],
                Some(10),
                &[
                    ("TEC1a.1", "in-place"),
                    ("TEC1a.2", "in-place"),
                    ("TEC1a.4", "yes"),
                    ("TEC3.1", "in-place"),
                ],
            ),
            (
                &[("O-1", 2.0), ("O-5", 2.0), ("P-5", 1.0)],
                Some(2000),
                &[("TEC1a.1", "partial"), ("TEC1a.2", "partial")],
            ),
            (&[], None, &[("TEC1a.1", "partial")]),
            (
                &[("P-5", 2.0), ("P-9", 4.0)],
                Some(1095),
                &[
                    ("TEC1a.1", "partial"),
                    ("TEC1a.4", "yes"),
                    ("TEC3.1", "partial"),
                ],
            ),
        ];
        for (levels, days, expected) in cases {
            let facts = Facts {
                levels: levels.iter().map(|(p, l)| (p.to_string(), *l)).collect(),
                signed_days_ago: days,
            };
            let got: Vec<(String, String)> = evaluate(&crosswalk, &facts)
                .into_iter()
                .map(|o| (o.question, o.value))
                .collect();
            let want: Vec<(String, String)> = expected
                .iter()
                .map(|(q, v)| (q.to_string(), v.to_string()))
                .collect();
            assert_eq!(got, want, "{levels:?} {days:?}");
        }
        let offer = &evaluate(
            &crosswalk,
            &Facts {
                levels: [("O-1".to_string(), 4.0)].into(),
                signed_days_ago: None,
            },
        )[0];
        assert_eq!(offer.because, vec![("O-1".to_string(), 4.0)]);
    }
}
