//! What the fuzz targets share: the shipped frameworks, parsed once, and the properties every
//! reader's output must have. Each `check_*` function panics (so libFuzzer reports a crash) when a
//! property fails; the targets in `fuzz_targets/` only feed them input.

use std::sync::OnceLock;

use cyberindex_answers::{AnswerFile, Format, RowError};
use cyberindex_engine::rule::{Rule, RuleSyntax};
use cyberindex_engine::{Child, Framework, QuestionType, UnitAnswers, UnitKind, score_all};
use cyberindex_publish::results::{EditionRef, PublicationRef};
use cyberindex_publish::{FrozenAnswer, Meta};

/// Says how far an input got, when `FUZZ_VERBOSE` is set: for checking that the seeds reach the
/// deep paths (`cargo fuzz run TARGET corpus/TARGET -- -runs=0` with `FUZZ_VERBOSE=1`).
pub fn note(what: std::fmt::Arguments<'_>) {
    static ON: OnceLock<bool> = OnceLock::new();
    if *ON.get_or_init(|| std::env::var_os("FUZZ_VERBOSE").is_some()) {
        eprintln!("fuzz: {what}");
    }
}

/// The shipped national framework (units are countries).
pub fn gca() -> &'static Framework {
    static GCA: OnceLock<Framework> = OnceLock::new();
    GCA.get_or_init(|| {
        cyberindex_framework::read(include_str!("../../frameworks/gca-national-index.toml"))
            .expect("the shipped framework reads")
    })
}

/// The example framework (any unit id, maturity-gated nodes, number scales).
pub fn cirt() -> &'static Framework {
    static CIRT: OnceLock<Framework> = OnceLock::new();
    CIRT.get_or_init(|| {
        cyberindex_framework::read(include_str!("../../frameworks/examples/cirt-maturity.toml"))
            .expect("the example framework reads")
    })
}

/// Every invariant `Framework`'s doc comment lists, checked on a framework the reader accepted.
pub fn check_framework_invariants(f: &Framework) {
    assert!(!f.nodes.is_empty(), "no root");
    assert!(f.nodes[0].parent.is_none(), "the root has a parent");
    for (i, node) in f.nodes.iter().enumerate().skip(1) {
        let parent = node.parent.expect("a non-root node without a parent");
        assert!(parent < i, "node {i} comes before its parent {parent}");
        assert!(
            f.nodes[parent].children.contains(&Child::Node(i)),
            "node {i} is not among its parent's children"
        );
    }
    for (i, node) in f.nodes.iter().enumerate() {
        assert!(
            node.weight.is_finite() && node.weight > 0.0,
            "node {} weight {}",
            node.id,
            node.weight
        );
        assert!(node.max.is_finite(), "node {} max {}", node.id, node.max);
        for child in &node.children {
            match *child {
                Child::Node(c) => assert_eq!(f.nodes[c].parent, Some(i)),
                Child::Question(q) => assert_eq!(f.questions[q].parent, i),
            }
        }
    }
    for q in &f.questions {
        if q.kind.is_scored() {
            assert!(
                q.weight.is_finite() && q.weight > 0.0,
                "question {} weight {}",
                q.id,
                q.weight
            );
            assert!(
                q.max_points.is_finite() && q.max_points > 0.0,
                "question {} max_points {}",
                q.id,
                q.max_points
            );
        }
        if q.kind == QuestionType::MultipleChoice {
            // Multiple-choice answers are a u64 bit set.
            assert!(
                q.options.len() <= 64,
                "question {} has {} options",
                q.id,
                q.options.len()
            );
        }
    }
    assert!(!f.tiers.is_empty(), "no tiers");
    for w in f.tiers.windows(2) {
        assert!(w[0].min > w[1].min, "tiers not strictly decreasing");
    }
    assert_eq!(f.tiers.last().map(|t| t.min), Some(0.0), "last tier min");
    // relevance_order: a permutation, each question after those its rule reads.
    let n = f.questions.len();
    let mut position = vec![usize::MAX; n];
    assert_eq!(f.relevance_order.len(), n, "relevance_order length");
    for (at, &q) in f.relevance_order.iter().enumerate() {
        assert!(
            q < n && position[q] == usize::MAX,
            "relevance_order repeats {q}"
        );
        position[q] = at;
    }
    for (i, q) in f.questions.iter().enumerate() {
        assert_eq!(q.rule.is_some(), q.relevant.is_some(), "question {}", q.id);
        if let Some(rule) = &q.rule {
            for read in rule.reads() {
                assert!(read < n, "rule of {} reads question {read}", q.id);
                assert!(
                    position[read] < position[i],
                    "{} before what it reads",
                    q.id
                );
            }
            check_rule_options(f, rule);
        }
    }
}

fn check_rule_options(f: &Framework, rule: &Rule) {
    match rule {
        Rule::Or(parts) | Rule::And(parts) => parts.iter().for_each(|p| check_rule_options(f, p)),
        Rule::Not(inner) => check_rule_options(f, inner),
        Rule::OneOf { question, options } => {
            for o in options {
                assert!((*o as usize) < f.questions[*question].options.len());
            }
        }
        Rule::NotOption { question, option } | Rule::Has { question, option } => {
            assert!((*option as usize) < f.questions[*question].options.len());
        }
        Rule::Compare { value, .. } => assert!(value.is_finite()),
    }
}

/// Scores demonstration answers (and no answers at all) with a checked framework: the engine
/// promises a value for every checked framework, and scores within `0..=max`.
pub fn check_scoring(f: &Framework) {
    let units: &[&str] = match f.units {
        UnitKind::Country => &["BRA", "FRA", "KEN"],
        UnitKind::Any => &["team-a", "team-b", "team-c"],
    };
    let rows = cyberindex_demo::answers(f, units, 7);
    let mut answers: Vec<UnitAnswers> = units
        .iter()
        .map(|u| UnitAnswers {
            unit: (*u).to_string(),
            values: vec![None; f.questions.len()],
        })
        .collect();
    for row in rows {
        let u = units
            .iter()
            .position(|x| *x == row.unit)
            .expect("a demo unit");
        let q = f.question_index(&row.question).expect("a demo question");
        // The demo writes values the answer parser must accept.
        let value = cyberindex_answers::parse_value(f, q, &row.value)
            .unwrap_or_else(|e| panic!("demo value {:?} for {}: {e}", row.value, row.question));
        answers[u].values[q] = value;
    }
    answers.push(UnitAnswers {
        unit: "zzz-nothing".into(),
        values: vec![None; f.questions.len()],
    });
    let max = f.root().max;
    for result in score_all(f, &answers) {
        if let Some(score) = result.overall {
            assert!(
                score.is_finite() && score >= -1e-9 && score <= max + 1e-6,
                "overall {score} outside 0..={max} for {}",
                result.unit
            );
        }
    }
}

/// Properties of an answer file read from `bytes`: errors name a row that exists in the input;
/// an accepted file is internally consistent and survives the publication's writer
/// (`results::answers_csv`) and the reader again unchanged.
pub fn check_answers(framework: &Framework, bytes: &[u8], format: Format) {
    match cyberindex_answers::read(framework, bytes, format) {
        Err(errors) => {
            note(format_args!(
                "{} errors, first: {}",
                errors.len(),
                errors[0]
            ));
            check_row_errors(&errors, bytes, format)
        }
        Ok(file) => {
            note(format_args!(
                "accepted: {} units, {} rows",
                file.units.len(),
                file.rows
            ));
            check_answer_file(framework, &file);
            round_trip(framework, &file);
        }
    }
}

fn check_row_errors(errors: &[RowError], bytes: &[u8], format: Format) {
    assert!(!errors.is_empty(), "an error result without errors");
    for e in errors {
        assert!(!e.message.is_empty() && !e.help.is_empty(), "{e:?}");
        if format == Format::Csv {
            // Every CSV problem is on a line of the file (the header is row 1).
            let lines = bytes.split(|b| *b == b'\n').count().max(1);
            assert!(
                e.row >= 1 && e.row <= lines,
                "row {} in a file of {lines} lines: {e}",
                e.row
            );
        }
    }
}

fn check_answer_file(framework: &Framework, file: &AnswerFile) {
    let n = framework.questions.len();
    assert_eq!(file.units.len(), file.raw.len());
    for w in file.units.windows(2) {
        assert!(w[0].unit < w[1].unit, "units not sorted and unique");
    }
    let mut rows = 0;
    for (unit, raw) in file.units.iter().zip(&file.raw) {
        assert!(!unit.unit.trim().is_empty());
        assert_eq!(unit.values.len(), n);
        assert_eq!(raw.len(), n);
        for (value, raw) in unit.values.iter().zip(raw) {
            if value.is_some() {
                assert!(raw.is_some(), "a value without what the row said");
            }
            rows += usize::from(raw.is_some());
        }
    }
    assert_eq!(rows, file.rows, "rows read and answers kept differ");
}

/// Writes `file` as a publication freezes it and reads it back: the same units, values and texts
/// (evidence links are not part of the published answers file).
fn round_trip(framework: &Framework, file: &AnswerFile) {
    let mut frozen = Vec::new();
    for (unit, raw) in file.units.iter().zip(&file.raw) {
        for (q, raw) in raw.iter().enumerate() {
            if let Some(raw) = raw {
                frozen.push(FrozenAnswer {
                    unit: unit.unit.clone(),
                    question: framework.questions[q].id.clone(),
                    value: raw.value.clone(),
                    comment: raw.comment.clone(),
                });
            }
        }
    }
    let meta = Meta {
        edition: EditionRef {
            id: "fuzz".into(),
            name: "Fuzz # edition\nwith a line break".into(),
            names: Default::default(),
        },
        publication: PublicationRef {
            version: 1,
            published_at: "2026-01-01T00:00:00Z".into(),
            change_note: String::new(),
        },
        licence: "CC-BY-4.0".into(),
    };
    let text = cyberindex_publish::results::answers_csv(&meta, framework, &frozen);
    let again = cyberindex_answers::read(framework, text.as_bytes(), Format::Csv)
        .unwrap_or_else(|e| panic!("the written answers do not read back: {e:?}\n{text}"));
    assert_eq!(
        again.units, file.units,
        "values changed on the round trip\n{text}"
    );
    assert_eq!(again.rows, file.rows, "row count changed\n{text}");
    for (a, b) in again.raw.iter().zip(&file.raw) {
        for (a, b) in a.iter().zip(b) {
            match (a, b) {
                (Some(a), Some(b)) => {
                    assert_eq!(a.value, b.value, "\n{text}");
                    assert_eq!(a.comment, b.comment, "\n{text}");
                }
                (None, None) => {}
                _ => panic!("an answer appeared or vanished on the round trip\n{text}"),
            }
        }
    }
}

/// A rule written back as text, in a canonical form with exactly the parentheses the parsed rule
/// needs: around an `or` inside an `and`, and around a part that was parenthesised in the text
/// (an `or` in an `or`, an `and` in an `and`), so that the reprint nests exactly as deep.
pub fn print_rule(syntax: &RuleSyntax) -> String {
    fn part(s: &RuleSyntax, inside_or: bool) -> String {
        match s {
            // `not` and `and` bind tighter than `or`, and `not` tighter than `and`.
            RuleSyntax::Test { .. } | RuleSyntax::Not(_) => print_rule(s),
            RuleSyntax::And(_) if inside_or => print_rule(s),
            _ => format!("({})", print_rule(s)),
        }
    }
    match syntax {
        RuleSyntax::Or(parts) => parts
            .iter()
            .map(|p| part(p, true))
            .collect::<Vec<_>>()
            .join(" or "),
        RuleSyntax::And(parts) => parts
            .iter()
            .map(|p| part(p, false))
            .collect::<Vec<_>>()
            .join(" and "),
        RuleSyntax::Not(inner) => format!("not {}", part(inner, false)),
        RuleSyntax::Test {
            question,
            op,
            values,
        } => {
            if op.text == "in" {
                let list: Vec<&str> = values.iter().map(|v| v.text.as_str()).collect();
                format!("{} in [{}]", question.text, list.join(", "))
            } else {
                format!("{} {} {}", question.text, op.text, values[0].text)
            }
        }
    }
}

/// Every word of a parsed rule sits at its offset in the text.
pub fn check_rule_offsets(text: &str, syntax: &RuleSyntax) {
    match syntax {
        RuleSyntax::Or(parts) | RuleSyntax::And(parts) => {
            parts.iter().for_each(|p| check_rule_offsets(text, p))
        }
        RuleSyntax::Not(inner) => check_rule_offsets(text, inner),
        RuleSyntax::Test {
            question,
            op,
            values,
        } => {
            assert!(!values.is_empty(), "a test without a value");
            for w in std::iter::once(question)
                .chain(std::iter::once(op))
                .chain(values)
            {
                assert_eq!(
                    text.get(w.offset..w.offset + w.text.len()),
                    Some(w.text.as_str()),
                    "word {w:?} not at its offset in {text:?}"
                );
            }
        }
    }
}
