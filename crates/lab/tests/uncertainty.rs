//! Monte Carlo uncertainty analysis and the index sensitivity analysis:
//! determinism, thread-count independence, degenerate (zero-noise) specs.

use cyberindex_lab::pipeline::{
    Aggregation, Imputation, Method, Normalisation, Treatment, ZeroPolicy,
};
use cyberindex_lab::sensitivity::{self, SobolSettings, UnitOutput};
use cyberindex_lab::synthetic;
use cyberindex_lab::uncertainty::{
    self, McSettings, UncertainInput, UncertaintyReport, UncertaintySpec,
};
use proptest::prelude::*;

fn method() -> Method {
    Method {
        default: Treatment {
            imputation: Imputation::Mean,
            ..Treatment::default()
        },
        ..Method::default()
    }
}

/// A spec whose every input maps to the nominal choice.
fn zero_noise_spec() -> UncertaintySpec {
    UncertaintySpec {
        own_treatment: Vec::new(),
        inputs: vec![
            UncertainInput::WeightNoise {
                level: 0,
                component: None,
                fraction: 0.0,
            },
            UncertainInput::WeightNoise {
                level: 1,
                component: Some(0),
                fraction: 0.0,
            },
            UncertainInput::Normalisation {
                options: vec![Normalisation::MIN_MAX_100],
            },
            UncertainInput::Aggregation {
                level: None,
                options: vec![Aggregation::Arithmetic],
            },
            UncertainInput::Imputation {
                options: vec![Imputation::Mean],
            },
            UncertainInput::TierThresholds {
                options: vec![vec![60.0, 45.0]],
            },
        ],
        tiers: vec![60.0, 45.0],
    }
}

/// Five genuinely uncertain inputs.
fn noisy_spec() -> UncertaintySpec {
    UncertaintySpec {
        own_treatment: Vec::new(),
        inputs: vec![
            UncertainInput::WeightNoise {
                level: 0,
                component: None,
                fraction: 0.25,
            },
            UncertainInput::Normalisation {
                options: vec![
                    Normalisation::MIN_MAX_100,
                    Normalisation::PercentileRank,
                    Normalisation::Rank,
                ],
            },
            UncertainInput::Aggregation {
                level: Some(2),
                options: vec![
                    Aggregation::Arithmetic,
                    Aggregation::Geometric {
                        zeros: ZeroPolicy::Shift { epsilon: 0.01 },
                    },
                ],
            },
            UncertainInput::Imputation {
                options: vec![Imputation::None, Imputation::Mean, Imputation::GroupMedian],
            },
            UncertainInput::ExcludeIndicator {
                candidates: vec![0, 1, 2],
            },
        ],
        tiers: vec![60.0, 45.0],
    }
}

fn run(
    spec: &UncertaintySpec,
    runs: usize,
    seed: u64,
    data_seed: u64,
    threads: usize,
) -> UncertaintyReport {
    let (data, hier) = synthetic::dataset(40, 10, 3, 0.1, data_seed);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let s = McSettings {
        runs,
        seed,
        chunk_size: 16,
    };
    pool.install(|| uncertainty::monte_carlo(&data, &hier, &method(), spec, &s).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    #[test]
    fn zero_noise_collapses_every_interval(seed in any::<u64>(), data_seed in 0u64..1000, runs in 1usize..60) {
        let r = run(&zero_noise_spec(), runs, seed, data_seed, 2);
        for u in &r.units {
            let nominal = f64::from(u.nominal_rank.unwrap());
            prop_assert_eq!(u.rank_p05, nominal);
            prop_assert_eq!(u.median_rank, nominal);
            prop_assert_eq!(u.rank_p95, nominal);
            let t = u.nominal_tier.unwrap();
            prop_assert_eq!(u.tier_probabilities[t], 1.0);
        }
        prop_assert_eq!(r.share_within_3, 1.0);
        prop_assert_eq!(r.mean_abs_rank_shift, 0.0);
    }

    #[test]
    fn fixed_seed_gives_identical_output(seed in any::<u64>(), data_seed in 0u64..1000) {
        let a = run(&noisy_spec(), 50, seed, data_seed, 2);
        let b = run(&noisy_spec(), 50, seed, data_seed, 2);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn one_thread_equals_two_threads(seed in any::<u64>(), data_seed in 0u64..1000, runs in 1usize..80) {
        let a = run(&noisy_spec(), runs, seed, data_seed, 1);
        let b = run(&noisy_spec(), runs, seed, data_seed, 2);
        prop_assert_eq!(a, b);
    }
}

#[test]
fn noisy_spec_moves_ranks_and_tiers_sum_to_one() {
    let r = run(&noisy_spec(), 300, 42, 3, 2);
    assert!(r.mean_abs_rank_shift > 0.0);
    assert!(r.units.iter().any(|u| u.rank_p95 > u.rank_p05));
    for u in &r.units {
        assert!(u.rank_p05 <= u.median_rank && u.median_rank <= u.rank_p95);
        let p: f64 = u.tier_probabilities.iter().sum();
        assert!((p - 1.0).abs() < 1e-12, "{p}");
        assert_eq!(u.ranked_runs, 300);
    }
    assert!((0.0..=1.0).contains(&r.share_within_3));
    // A different seed gives a different sample.
    assert_ne!(run(&noisy_spec(), 300, 43, 3, 2), r);
}

#[test]
fn invalid_specs_are_refused() {
    let (data, hier) = synthetic::dataset(20, 6, 2, 0.0, 1);
    let s = McSettings::default();
    let bad = [
        UncertaintySpec {
            own_treatment: Vec::new(),
            inputs: vec![UncertainInput::Normalisation { options: vec![] }],
            tiers: vec![],
        },
        UncertaintySpec {
            own_treatment: Vec::new(),
            inputs: vec![UncertainInput::ExcludeIndicator {
                candidates: vec![99],
            }],
            tiers: vec![],
        },
        UncertaintySpec {
            own_treatment: Vec::new(),
            inputs: vec![UncertainInput::WeightNoise {
                level: 7,
                component: None,
                fraction: 0.1,
            }],
            tiers: vec![],
        },
        UncertaintySpec {
            own_treatment: Vec::new(),
            inputs: vec![],
            tiers: vec![10.0, 20.0],
        },
        UncertaintySpec {
            own_treatment: Vec::new(),
            inputs: vec![UncertainInput::TierThresholds {
                options: vec![vec![1.0]],
            }],
            tiers: vec![2.0, 1.0],
        },
    ];
    for spec in bad {
        assert!(
            uncertainty::monte_carlo(&data, &hier, &method(), &spec, &s).is_err(),
            "{spec:?}"
        );
    }
}

#[test]
fn run_errors_name_the_run() {
    // z-scores are negative, the geometric mean refuses them.
    let (data, hier) = synthetic::dataset(20, 6, 2, 0.0, 1);
    let spec = UncertaintySpec {
        own_treatment: Vec::new(),
        inputs: vec![UncertainInput::Aggregation {
            level: None,
            options: vec![Aggregation::Geometric {
                zeros: ZeroPolicy::Refuse,
            }],
        }],
        tiers: vec![],
    };
    let m = Method {
        default: Treatment {
            normalisation: Normalisation::Z_SCORE,
            ..Treatment::default()
        },
        ..Method::default()
    };
    let err =
        uncertainty::monte_carlo(&data, &hier, &m, &spec, &McSettings::default()).unwrap_err();
    assert!(matches!(err, cyberindex_lab::LabError::Run { .. }), "{err}");
}

#[test]
fn index_sensitivity_zero_noise_and_noisy() {
    let (data, hier) = synthetic::dataset(30, 9, 3, 0.05, 11);
    let settings = SobolSettings {
        n: 64,
        seed: 1,
        bootstrap: 50,
        ..SobolSettings::default()
    };
    let s = sensitivity::index_sensitivity(
        &data,
        &hier,
        &method(),
        &zero_noise_spec(),
        UnitOutput::Rank,
        &settings,
    )
    .unwrap();
    assert_eq!(s.per_unit.len(), 30);
    assert_eq!(s.runs, 64 * 8);
    assert_eq!(s.mean_abs_rank_shift.variance, 0.0);
    assert!(
        s.per_unit
            .iter()
            .all(|u| u.first_order.iter().chain(&u.total).all(|e| e.value == 0.0))
    );

    let s = sensitivity::index_sensitivity(
        &data,
        &hier,
        &method(),
        &noisy_spec(),
        UnitOutput::Score,
        &settings,
    )
    .unwrap();
    assert_eq!(s.inputs.len(), 5);
    assert!(s.mean_abs_rank_shift.variance > 0.0);
    // Normalisation changes the score scale (0–100 vs 0–1 vs ranks): it dominates the scores.
    let st = &s.per_unit[0].total;
    let top = (0..5)
        .max_by(|&a, &b| st[a].value.total_cmp(&st[b].value))
        .unwrap();
    assert_eq!(top, 1, "{st:?}");
}

#[test]
fn alternatives_leave_indicators_with_their_own_treatment_alone() {
    let (data, hier) = synthetic::dataset(20, 4, 2, 0.1, 3);
    let (nominal, _) = method().plan(&data, &hier).unwrap();
    let spec = UncertaintySpec {
        inputs: vec![
            UncertainInput::Normalisation {
                options: vec![Normalisation::Rank],
            },
            UncertainInput::Imputation {
                options: vec![Imputation::GroupMedian],
            },
        ],
        tiers: Vec::new(),
        own_treatment: vec![2],
    };
    let mut plan = nominal.clone();
    spec.apply(&nominal, &[0.5, 0.5], &mut plan);
    for (j, t) in plan.treatments.iter().enumerate() {
        if j == 2 {
            assert_eq!(
                t, &nominal.treatments[2],
                "indicator 2 keeps its own treatment"
            );
        } else {
            assert_eq!(t.normalisation, Normalisation::Rank);
            assert_eq!(t.imputation, Imputation::GroupMedian);
        }
    }
}
