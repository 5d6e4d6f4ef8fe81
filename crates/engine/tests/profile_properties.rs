//! Properties of threshold profiles, on random profiles (ascending minimums, random `allow_na`)
//! and random parameter values (numbers, n/a, missing), and on random answers to the shipped
//! maturity framework.

use cyberindex_engine::{
    Minimum, ParameterValue, Profile, ProfileLevel, QuestionType, Value, assess, assess_unit,
    level_holds, parameter_values,
};
use proptest::prelude::*;

const PARAMETERS: usize = 8;

/// A profile of 1 to 4 levels over `PARAMETERS` parameters on a 0–4 scale: each level names a
/// random subset, and a parameter's minimum never falls from one level to the next.
fn profile() -> impl Strategy<Value = Profile> {
    (1usize..=4)
        .prop_flat_map(|levels| {
            prop::collection::vec(
                prop::collection::vec((any::<bool>(), 0u8..=2, any::<bool>()), PARAMETERS),
                levels,
            )
        })
        .prop_map(|spec| {
            let mut floor = [0u8; PARAMETERS];
            let levels = spec
                .into_iter()
                .enumerate()
                .map(|(l, params)| ProfileLevel {
                    id: format!("l{l}"),
                    label: Default::default(),
                    description: Default::default(),
                    minimums: params
                        .into_iter()
                        .enumerate()
                        .filter(|(_, (named, _, _))| *named)
                        .map(|(p, (_, step, allow_na))| {
                            floor[p] = (floor[p] + step).min(4);
                            Minimum {
                                parameter: format!("X-{p}"),
                                question: p,
                                min: f64::from(floor[p]),
                                allow_na,
                            }
                        })
                        .collect(),
                })
                .collect();
            Profile {
                id: "random".into(),
                label: Default::default(),
                description: Default::default(),
                source: Default::default(),
                levels,
            }
        })
}

fn value() -> impl Strategy<Value = ParameterValue> {
    prop_oneof![
        6 => (0u8..=4).prop_map(|x| ParameterValue::Value(f64::from(x))),
        1 => Just(ParameterValue::NotApplicable),
        1 => Just(ParameterValue::Missing),
    ]
}

fn values() -> impl Strategy<Value = Vec<ParameterValue>> {
    prop::collection::vec(value(), PARAMETERS)
}

fn meets(value: ParameterValue, m: &Minimum) -> bool {
    match value {
        ParameterValue::Value(x) => x >= m.min,
        ParameterValue::NotApplicable => m.allow_na,
        ParameterValue::Missing => false,
    }
}

fn reached_count(r: &cyberindex_engine::ProfileResult) -> usize {
    r.reached.map_or(0, |l| l + 1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Level k is reached iff every parameter meets its minimum at k and at every level below.
    #[test]
    fn a_level_holds_iff_every_minimum_up_to_it_is_met(p in profile(), v in values()) {
        let result = assess(&p, &v);
        for k in 0..p.levels.len() {
            let all_met = p.levels[..=k]
                .iter()
                .all(|level| level.minimums.iter().all(|m| meets(v[m.question], m)));
            prop_assert_eq!(reached_count(&result) > k, all_met, "level {}", k);
            prop_assert_eq!(
                level_holds(&p.levels[k], &v),
                p.levels[k].minimums.iter().all(|m| meets(v[m.question], m))
            );
        }
        prop_assert_eq!(result.level.clone(), result.reached.map(|r| p.levels[r].id.clone()));
    }

    /// The blockers are exactly the parameters under the next level's minimum, in order, with
    /// their values; there are none at the top.
    #[test]
    fn blockers_are_exactly_the_parameters_under_the_next_minimum(p in profile(), v in values()) {
        let result = assess(&p, &v);
        let count = reached_count(&result);
        match p.levels.get(count) {
            None => {
                prop_assert!(result.blockers.is_empty());
                prop_assert_eq!(result.next, None);
            }
            Some(next) => {
                prop_assert_eq!(result.next.as_deref(), Some(next.id.as_str()));
                let expected: Vec<(usize, f64)> = next
                    .minimums
                    .iter()
                    .filter(|m| !meets(v[m.question], m))
                    .map(|m| (m.question, m.min))
                    .collect();
                let got: Vec<(usize, f64)> =
                    result.blockers.iter().map(|b| (b.question, b.required)).collect();
                prop_assert_eq!(got, expected);
                // The next level does not hold, so it has at least one blocker.
                prop_assert!(!result.blockers.is_empty());
                for b in &result.blockers {
                    prop_assert_eq!(b.value, v[b.question]);
                }
            }
        }
    }

    /// Raising a blocking parameter never lowers the level reached: a value to a higher one, a
    /// missing answer to any value, n/a to a value at least the one required (n/a may meet a
    /// lower level's minimum that a low number would not, so n/a → 0 is no raise). Meeting every
    /// blocker's minimum reaches the next level.
    #[test]
    fn raising_a_blocker_never_lowers_the_level(
        p in profile(),
        v in values(),
        pick in any::<prop::sample::Index>(),
        raise in 0u8..=4,
    ) {
        let before = assess(&p, &v);
        if before.blockers.is_empty() {
            return Ok(());
        }
        let blocker = &before.blockers[pick.index(before.blockers.len())];
        let mut raised = v.clone();
        raised[blocker.question] = ParameterValue::Value(match v[blocker.question] {
            ParameterValue::Value(x) => (x + f64::from(raise)).min(4.0),
            ParameterValue::Missing => f64::from(raise),
            ParameterValue::NotApplicable => blocker.required.max(f64::from(raise)),
        });
        let after = assess(&p, &raised);
        prop_assert!(reached_count(&after) >= reached_count(&before));

        let mut fixed = v.clone();
        for b in &before.blockers {
            fixed[b.question] = ParameterValue::Value(b.required);
        }
        prop_assert!(reached_count(&assess(&p, &fixed)) > reached_count(&before));
    }
}

fn maturity() -> cyberindex_engine::Framework {
    let path = format!(
        "{}/../../frameworks/cirt-maturity.toml",
        env!("CARGO_MANIFEST_DIR")
    );
    cyberindex_framework::read(&std::fs::read_to_string(path).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// On the shipped maturity framework: an option's points become the value, the n/a option
    /// becomes n/a and leaves the score, and no answer is missing; profile results follow.
    #[test]
    fn maturity_answers_become_parameter_values(seeds in prop::collection::vec(any::<u64>(), 45)) {
        let f = maturity();
        let answers: Vec<Option<Value>> = f
            .questions
            .iter()
            .zip(&seeds)
            .map(|(q, s)| (s % 11 != 0).then(|| Value::Choice((s % q.options.len() as u64) as u32)))
            .collect();
        let values = parameter_values(&f, &answers);
        let score = cyberindex_engine::score_unit(&f, &answers);
        for ((q, answer), (value, qs)) in f.questions.iter().zip(&answers).zip(values.iter().zip(&score.questions)) {
            prop_assert_eq!(q.kind, QuestionType::SingleChoice);
            match answer {
                None => prop_assert_eq!(*value, ParameterValue::Missing),
                Some(Value::Choice(i)) => {
                    let option = &q.options[*i as usize];
                    if option.not_applicable {
                        prop_assert_eq!(*value, ParameterValue::NotApplicable);
                        prop_assert_eq!(qs.points, None);
                    } else {
                        prop_assert_eq!(*value, ParameterValue::Value(option.points));
                        prop_assert_eq!(qs.points, Some(option.points));
                    }
                }
                Some(_) => unreachable!(),
            }
        }
        let results = assess_unit(&f, &f.profiles, &answers);
        prop_assert_eq!(results.len(), f.profiles.len());
        for (p, r) in f.profiles.iter().zip(&results) {
            prop_assert_eq!(r, &assess(p, &values));
        }
    }
}
