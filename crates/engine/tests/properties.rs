//! Properties of the scoring maths, checked on random answers to the shipped frameworks.

use std::collections::HashSet;

use cyberindex_answers::Format;
use cyberindex_engine::{
    Framework, NumberScale, QuestionType, UnitAnswers, Value, score_all, score_unit,
};
use proptest::prelude::*;

fn load(path: &str) -> Framework {
    let source =
        std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    cyberindex_framework::read(&source).unwrap()
}

fn gca() -> Framework {
    load("frameworks/gca-national-index.toml")
}

fn frameworks() -> Vec<Framework> {
    vec![
        gca(),
        load("frameworks/examples/cirt-maturity.toml"),
        load("crates/engine/tests/worked/weighted/framework.toml"),
    ]
}

/// A valid value (or none) for each question, driven by one random number per question.
fn answers_from(framework: &Framework, seeds: &[u64]) -> Vec<Option<Value>> {
    framework
        .questions
        .iter()
        .zip(seeds)
        .map(|(q, &seed)| {
            if seed % 9 == 0 {
                return None;
            }
            let n = q.options.len() as u64;
            Some(match q.kind {
                QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
                    Value::Choice((seed % n) as u32)
                }
                QuestionType::MultipleChoice => Value::Choices(seed & ((1 << n) - 1)),
                QuestionType::Number => {
                    // Whole, and within the question's limits where it has them (the answer
                    // readers refuse anything else).
                    let x = (seed % 400) as f64 - 50.0;
                    let x = q.limits.min.map_or(x, |min| x.max(min));
                    Value::Number(q.limits.max.map_or(x, |max| x.min(max)))
                }
                _ => Value::Given,
            })
        })
        .collect()
}

/// The best possible value of a question.
fn best(q: &cyberindex_engine::Question) -> Option<Value> {
    Some(match q.kind {
        QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
            let i = (0..q.options.len())
                .max_by(|a, b| q.options[*a].points.total_cmp(&q.options[*b].points))
                .unwrap();
            Value::Choice(i as u32)
        }
        QuestionType::MultipleChoice => Value::Choices((1 << q.options.len()) - 1),
        QuestionType::Number => Value::Number(match q.scale.as_ref().unwrap() {
            NumberScale::Goalposts { low, high } => low.max(*high) * 2.0,
            NumberScale::Steps { steps } => steps.last().unwrap().0,
        }),
        _ => Value::Given,
    })
}

/// The worst possible value of a question.
fn worst(q: &cyberindex_engine::Question) -> Option<Value> {
    Some(match q.kind {
        QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
            let i = (0..q.options.len())
                .min_by(|a, b| q.options[*a].points.total_cmp(&q.options[*b].points))
                .unwrap();
            Value::Choice(i as u32)
        }
        QuestionType::MultipleChoice => Value::Choices(0),
        QuestionType::Number => Value::Number(match q.scale.as_ref().unwrap() {
            NumberScale::Goalposts { low, high } => low.min(*high) - 1.0,
            NumberScale::Steps { steps } => steps[0].0 - 1.0,
        }),
        _ => Value::Given,
    })
}

fn seeds() -> impl Strategy<Value = Vec<u64>> {
    prop::collection::vec(any::<u64>(), 100)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_score_lies_between_zero_and_its_maximum(seeds in seeds()) {
        for f in frameworks() {
            let unit = score_unit(&f, &answers_from(&f, &seeds));
            for (node, score) in f.nodes.iter().zip(&unit.nodes) {
                if let Some(s) = score.score {
                    prop_assert!((0.0..=node.max + 1e-9).contains(&s), "{} {}: {s} outside 0..={}", f.id, node.id, node.max);
                }
            }
            for (q, score) in f.questions.iter().zip(&unit.questions) {
                if let Some(p) = score.points {
                    prop_assert!((0.0..=q.max_points).contains(&p));
                }
            }
        }
    }

    /// Raising one answer never lowers any score. Raising an answer that other questions'
    /// relevance rules read can open follow-up questions, which then count (see
    /// docs/framework-format.md), so the property is stated for answers no rule reads.
    #[test]
    fn improving_one_answer_never_lowers_any_score(seeds in seeds(), pick in any::<prop::sample::Index>()) {
        for f in frameworks() {
            let read_by_rules: HashSet<usize> = f.questions.iter().filter_map(|q| q.rule.as_ref()).flat_map(|r| r.reads()).collect();
            let candidates: Vec<usize> = (0..f.questions.len()).filter(|q| !read_by_rules.contains(q) && f.questions[*q].kind.is_scored()).collect();
            let q = candidates[pick.index(candidates.len())];
            let before = answers_from(&f, &seeds);
            let mut after = before.clone();
            after[q] = best(&f.questions[q]);
            let (b, a) = (score_unit(&f, &before), score_unit(&f, &after));
            for ((node, sb), sa) in f.nodes.iter().zip(&b.nodes).zip(&a.nodes) {
                let (sb, sa) = (sb.score.unwrap_or(0.0), sa.score.unwrap_or(0.0));
                prop_assert!(sa >= sb - 1e-9, "{} {}: {sb} fell to {sa} when {} improved", f.id, node.id, f.questions[q].id);
            }
        }
    }

    #[test]
    fn pillar_scores_sum_to_the_overall_score(seeds in seeds()) {
        let f = gca();
        prop_assert!(f.pillars_sum_to_overall());
        let unit = score_unit(&f, &answers_from(&f, &seeds));
        let sum: f64 = f.pillars().map(|(i, _)| unit.nodes[i].score.unwrap_or(0.0)).sum();
        prop_assert!((sum - unit.overall().unwrap()).abs() < 1e-9);
        // And every question's contribution adds up to the overall score.
        let contributions: f64 = unit.questions.iter().filter_map(|q| q.contribution).sum();
        prop_assert!((contributions - unit.overall().unwrap()).abs() < 1e-9);
    }

    #[test]
    fn shuffling_the_input_rows_changes_nothing(seeds in prop::collection::vec(seeds(), 4), order in Just((0..400usize).collect::<Vec<_>>()).prop_shuffle()) {
        let f = gca();
        let units = ["KEN", "FRA", "BRA", "IND"];
        let mut rows = Vec::new();
        for (unit, seeds) in units.iter().zip(&seeds) {
            for (q, value) in f.questions.iter().zip(answers_from(&f, seeds)) {
                let text = match value {
                    None => String::new(),
                    Some(Value::Choice(i)) => q.options[i as usize].id.clone(),
                    Some(Value::Choices(set)) => q.options.iter().enumerate().filter(|(i, _)| set & (1 << i) != 0).map(|(_, o)| o.id.clone()).collect::<Vec<_>>().join(";"),
                    Some(Value::Number(x)) => x.to_string(),
                    Some(Value::Given) => match q.kind { QuestionType::Url => "https://example.org".into(), QuestionType::Date => "2020-01-31".into(), _ => "text".into() },
                };
                rows.push(format!("{unit},{},{text}", q.id));
            }
        }
        let csv = |rows: &[String]| format!("unit,question,value\n{}\n", rows.join("\n"));
        let shuffled: Vec<String> = order.iter().filter(|&&i| i < rows.len()).map(|&i| rows[i].clone()).chain(rows.iter().skip(400).cloned()).collect();
        let a = cyberindex_answers::read(&f, csv(&rows).as_bytes(), Format::Csv).unwrap();
        let b = cyberindex_answers::read(&f, csv(&shuffled).as_bytes(), Format::Csv).unwrap();
        prop_assert_eq!(score_all(&f, &a.units), score_all(&f, &b.units));
    }
}

#[test]
fn all_best_answers_give_the_maximum_and_the_top_tier() {
    for f in frameworks() {
        let answers: Vec<Option<Value>> = f.questions.iter().map(best).collect();
        let results = score_all(
            &f,
            &[UnitAnswers {
                unit: "X".into(),
                values: answers,
            }],
        );
        assert_eq!(results[0].overall, Some(f.root().max), "{}", f.id);
        assert_eq!(results[0].tier, Some(0), "{}", f.id);
    }
    let f = gca();
    let in_place: Vec<Option<Value>> = f.questions.iter().map(best).collect();
    let results = score_all(
        &f,
        &[UnitAnswers {
            unit: "X".into(),
            values: in_place,
        }],
    );
    assert_eq!(
        (
            results[0].overall,
            f.tiers[results[0].tier.unwrap()].id.as_str()
        ),
        (Some(100.0), "T1")
    );
}

#[test]
fn all_worst_answers_give_zero_and_the_lowest_tier() {
    for f in frameworks() {
        let answers: Vec<Option<Value>> = f.questions.iter().map(worst).collect();
        let results = score_all(
            &f,
            &[UnitAnswers {
                unit: "X".into(),
                values: answers,
            }],
        );
        assert_eq!(results[0].overall, Some(0.0), "{}", f.id);
        assert_eq!(results[0].tier, Some(f.tiers.len() - 1), "{}", f.id);
    }
}

#[test]
fn results_are_identical_at_any_thread_count() {
    let f = gca();
    let names: Vec<String> = (0..500).map(|i| format!("U{i:03}")).collect();
    let units: Vec<UnitAnswers> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let seeds: Vec<u64> = (0..100)
                .map(|j| (i as u64 * 7919 + j * 104_729) ^ 0x5555)
                .collect();
            UnitAnswers {
                unit: name.clone(),
                values: answers_from(&f, &seeds),
            }
        })
        .collect();
    let run = |threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| score_all(&f, &units))
    };
    let one = run(1);
    assert_eq!(one, run(2));
    assert_eq!(one, run(4));
}
