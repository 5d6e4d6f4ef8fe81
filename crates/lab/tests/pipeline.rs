//! Worked examples for the pipeline: every expected value is computed by hand
//! in the comments.

use cyberindex_lab::data::{Component, Dataset, Hierarchy, Level};
use cyberindex_lab::pipeline::{
    self, Aggregation, AggregationDefault, Combine, Direction, Imputation, Method, Normalisation,
    OutlierAction, OutlierTreatment, Treatment, TreatmentOverride, WeightScheme, WeightSheet,
    Workspace, ZeroPolicy,
};
use cyberindex_lab::{LabError, stats};

fn close(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || (a - b).abs() < 1e-9
}

fn assert_all_close(got: &[f64], want: &[f64]) {
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(want) {
        assert!(close(*g, *w), "got {got:?}, want {want:?}");
    }
}

fn norm(x: &[f64], n: Normalisation, d: Direction) -> Vec<f64> {
    let mut col = x.to_vec();
    let mut tmp = vec![0.0; x.len()];
    pipeline::normalise(&mut col, n, d, &mut tmp, &mut Vec::new());
    col
}

const NAN: f64 = f64::NAN;
use Direction::{HigherIsBetter as Up, LowerIsBetter as Down};

#[test]
fn normalisation_worked_examples() {
    // (input, normalisation, direction, expected)
    let cases: Vec<(Vec<f64>, Normalisation, Direction, Vec<f64>)> = vec![
        // min 2, max 10, range 8: (2−2)/8·100 = 0, (4−2)/8·100 = 25, 50, 100.
        (
            vec![2.0, 4.0, 6.0, NAN, 10.0],
            Normalisation::MIN_MAX_100,
            Up,
            vec![0.0, 25.0, 50.0, NAN, 100.0],
        ),
        // lower is better: (10 − x)/8 · 100.
        (
            vec![2.0, 4.0, 6.0, NAN, 10.0],
            Normalisation::MIN_MAX_100,
            Down,
            vec![100.0, 75.0, 50.0, NAN, 0.0],
        ),
        // output range [1, 2]: 1 + (x − 2)/8.
        (
            vec![2.0, 6.0, 10.0],
            Normalisation::MinMax {
                low: 1.0,
                high: 2.0,
            },
            Up,
            vec![1.0, 1.5, 2.0],
        ),
        // constant indicator → midpoint.
        (
            vec![3.0, 3.0],
            Normalisation::MIN_MAX_100,
            Up,
            vec![50.0, 50.0],
        ),
        // mean 4, s = √((4 + 0 + 4)/2) = 2: z = −1, 0, 1.
        (
            vec![2.0, 4.0, 6.0],
            Normalisation::Z_SCORE,
            Up,
            vec![-1.0, 0.0, 1.0],
        ),
        // z on mean 100, sd 10 and flipped: 100 − 10·z = 110, 100, 90.
        (
            vec![2.0, 4.0, 6.0],
            Normalisation::ZScore {
                mean: 100.0,
                sd: 10.0,
            },
            Down,
            vec![110.0, 100.0, 90.0],
        ),
        // goalposts 0..50 on 0..100: −10 → clamp 0; 25 → 50; 60 → clamp 100.
        (
            vec![-10.0, 25.0, 60.0],
            Normalisation::Goalposts {
                low: 0.0,
                high: 50.0,
                scale: 100.0,
            },
            Up,
            vec![0.0, 50.0, 100.0],
        ),
        // lower is better: (50 − x)/50: 60/50 → clamp 1; 25/50 = 0.5; −10/50 → clamp 0.
        (
            vec![-10.0, 25.0, 60.0],
            Normalisation::Goalposts {
                low: 0.0,
                high: 50.0,
                scale: 1.0,
            },
            Down,
            vec![1.0, 0.5, 0.0],
        ),
        // ranks of (3, 1, 3, 7): 1 → 1; the two 3s share (2 + 3)/2 = 2.5; 7 → 4.
        (
            vec![3.0, 1.0, 3.0, 7.0, NAN],
            Normalisation::Rank,
            Up,
            vec![2.5, 1.0, 2.5, 4.0, NAN],
        ),
        // flipped: ranks of (−3, −1, −3, −7): −7 → 1, −3s → 2.5, −1 → 4.
        (
            vec![3.0, 1.0, 3.0, 7.0],
            Normalisation::Rank,
            Down,
            vec![2.5, 4.0, 2.5, 1.0],
        ),
        // percentile (r − 1)/(k − 1) with k = 4: 1.5/3, 0, 1.5/3, 1.
        (
            vec![3.0, 1.0, 3.0, 7.0],
            Normalisation::PercentileRank,
            Up,
            vec![0.5, 0.0, 0.5, 1.0],
        ),
        // none, flipped: negation.
        (vec![3.0, NAN], Normalisation::None, Down, vec![-3.0, NAN]),
    ];
    for (x, n, d, want) in cases {
        assert_all_close(&norm(&x, n, d), &want);
    }
}

/// Two indicators under one index, raw values, given weights.
fn two_indicator_index(
    rows: &[Vec<f64>],
    w: [f64; 2],
    agg: Aggregation,
) -> Result<Vec<f64>, LabError> {
    let units = (0..rows.len()).map(|i| format!("u{i}")).collect();
    let data = Dataset::from_rows(units, vec!["a".into(), "b".into()], rows).unwrap();
    let hier = Hierarchy::new(vec![
        Level {
            name: "indicator".into(),
            components: vec![
                Component {
                    code: "a".into(),
                    parent: Some(0),
                    weight: w[0],
                },
                Component {
                    code: "b".into(),
                    parent: Some(0),
                    weight: w[1],
                },
            ],
        },
        Level {
            name: "index".into(),
            components: vec![Component {
                code: "I".into(),
                parent: None,
                weight: 1.0,
            }],
        },
    ])
    .unwrap();
    let method = Method {
        default: Treatment {
            normalisation: Normalisation::None,
            ..Treatment::default()
        },
        aggregation: AggregationDefault(agg),
        ..Method::default()
    };
    pipeline::rebuild(&data, &hier, &method).map(|r| r.index)
}

#[test]
fn aggregation_worked_examples() {
    let refuse = ZeroPolicy::Refuse;
    let rows = vec![vec![4.0, 1.0], vec![NAN, 1.0], vec![9.0, 4.0]];
    let cases: Vec<(Aggregation, [f64; 2], Vec<f64>)> = vec![
        // (4 + 1)/2 = 2.5; missing child → renormalise over b: 1; (9 + 4)/2 = 6.5.
        (Aggregation::Arithmetic, [1.0, 1.0], vec![2.5, 1.0, 6.5]),
        // weights 3:1: (3·4 + 1)/4 = 3.25; 1; (27 + 4)/4 = 7.75.
        (Aggregation::Arithmetic, [3.0, 1.0], vec![3.25, 1.0, 7.75]),
        // √(4·1) = 2; 1; √(9·4) = 6.
        (
            Aggregation::Geometric { zeros: refuse },
            [1.0, 1.0],
            vec![2.0, 1.0, 6.0],
        ),
        // 4^(3/4) · 1^(1/4) = 2.828427…; 1; 9^(3/4)·4^(1/4) = 5.196152·1.414214 = 7.348469.
        (
            Aggregation::Geometric { zeros: refuse },
            [3.0, 1.0],
            vec![4f64.powf(0.75), 1.0, 9f64.powf(0.75) * 4f64.powf(0.25)],
        ),
        // 2/(1/4 + 1/1) = 1.6; 1; 2/(1/9 + 1/4) = 2/(13/36) = 72/13.
        (
            Aggregation::Harmonic { zeros: refuse },
            [1.0, 1.0],
            vec![1.6, 1.0, 72.0 / 13.0],
        ),
        // p = 2: √((16 + 1)/2) = √8.5; 1; √((81 + 16)/2) = √48.5.
        (
            Aggregation::Power {
                p: 2.0,
                zeros: refuse,
            },
            [1.0, 1.0],
            vec![8.5f64.sqrt(), 1.0, 48.5f64.sqrt()],
        ),
        // p = 0 is the geometric mean, p = −1 the harmonic one.
        (
            Aggregation::Power {
                p: 0.0,
                zeros: refuse,
            },
            [1.0, 1.0],
            vec![2.0, 1.0, 6.0],
        ),
        (
            Aggregation::Power {
                p: -1.0,
                zeros: refuse,
            },
            [1.0, 1.0],
            vec![1.6, 1.0, 72.0 / 13.0],
        ),
    ];
    for (agg, w, want) in cases {
        assert_all_close(&two_indicator_index(&rows, w, agg).unwrap(), &want);
    }
}

#[test]
fn geometric_zero_handling() {
    let rows = vec![vec![0.0, 3.0]];
    // Refuse: an error naming the unit.
    let err = two_indicator_index(
        &rows,
        [1.0, 1.0],
        Aggregation::Geometric {
            zeros: ZeroPolicy::Refuse,
        },
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            LabError::NonPositive {
                unit: 0,
                value: 0.0,
                ..
            }
        ),
        "{err:?}"
    );
    // Shift ε = 1: √((0 + 1)(3 + 1)) − 1 = 2 − 1 = 1.
    let got = two_indicator_index(
        &rows,
        [1.0, 1.0],
        Aggregation::Geometric {
            zeros: ZeroPolicy::Shift { epsilon: 1.0 },
        },
    );
    assert_all_close(&got.unwrap(), &[1.0]);
    // Negative values are refused even with a shift.
    let rows = vec![vec![-1.0, 3.0]];
    assert!(
        two_indicator_index(
            &rows,
            [1.0, 1.0],
            Aggregation::Harmonic {
                zeros: ZeroPolicy::Shift { epsilon: 1.0 }
            }
        )
        .is_err()
    );
    // The arithmetic mean accepts both.
    assert_all_close(
        &two_indicator_index(&rows, [1.0, 1.0], Aggregation::Arithmetic).unwrap(),
        &[1.0],
    );
}

/// a1, a2 → pillar A (weight 1); b1 → pillar B (weight 3); both → index.
fn small_hierarchy() -> Hierarchy {
    let ind = |c: &str, p: usize, w: f64| (c.to_string(), p, w);
    Hierarchy::three_level(
        &[ind("a1", 0, 1.0), ind("a2", 0, 3.0), ind("b1", 1, 1.0)],
        &[("A".to_string(), 1.0), ("B".to_string(), 3.0)],
        "Index",
    )
    .unwrap()
}

fn small_data() -> Dataset {
    let rows = vec![
        vec![10.0, 20.0, 30.0],
        vec![20.0, 10.0, 10.0],
        vec![30.0, 30.0, 20.0],
        vec![NAN, 40.0, 40.0],
    ];
    Dataset::from_rows(
        (0..4).map(|i| format!("u{i}")).collect(),
        vec!["a1".into(), "a2".into(), "b1".into()],
        &rows,
    )
    .unwrap()
    .with_groups(&["x", "x", "y", "y"])
    .unwrap()
}

#[test]
fn effective_weights_through_levels() {
    let hier = small_hierarchy();
    let data = small_data();
    let (_, report) = Method::default().plan(&data, &hier).unwrap();
    // a1: (1/4)·(1/4) = 0.0625; a2: (3/4)·(1/4) = 0.1875; b1: 1·(3/4) = 0.75.
    assert_all_close(&report.effective, &[0.0625, 0.1875, 0.75]);
    // Excluding b1 empties pillar B: A takes all, a1 = 0.25, a2 = 0.75.
    let m = Method {
        excluded: vec![2],
        ..Method::default()
    };
    let (_, report) = m.plan(&data, &hier).unwrap();
    assert_all_close(&report.effective, &[0.25, 0.75, 0.0]);
    // Equal weights: a1 = a2 = 1/2 · 1/2 = 0.25; b1 = 0.5.
    let m = Method {
        weights: WeightScheme::Equal,
        ..Method::default()
    };
    assert_all_close(
        &m.plan(&data, &hier).unwrap().1.effective,
        &[0.25, 0.25, 0.5],
    );
}

#[test]
fn expert_weights_mean_and_median() {
    let hier = small_hierarchy();
    let data = small_data();
    let sheet = |e: &str, l0: [f64; 3], l1: [f64; 2]| WeightSheet {
        expert: e.into(),
        weights: vec![l0.to_vec(), l1.to_vec(), vec![1.0]],
    };
    let sheets = vec![
        sheet("e1", [1.0, 3.0, 1.0], [1.0, 3.0]),
        sheet("e2", [3.0, 1.0, 1.0], [1.0, 1.0]),
        sheet("e3", [2.0, 2.0, 4.0], [2.0, 1.0]),
    ];
    let m = Method {
        weights: WeightScheme::Experts {
            sheets: sheets.clone(),
            combine: Combine::Mean,
        },
        ..Method::default()
    };
    let (_, r) = m.plan(&data, &hier).unwrap();
    // Means: (1+3+2)/3 = 2, (3+1+2)/3 = 2, (1+1+4)/3 = 2; pillars (1+1+2)/3 = 4/3, (3+1+1)/3 = 5/3.
    assert_all_close(&r.combined[0], &[2.0, 2.0, 2.0]);
    assert_all_close(&r.combined[1], &[4.0 / 3.0, 5.0 / 3.0]);
    assert_eq!(r.experts, sheets);
    // Effective: pillar A share (4/3)/3 = 4/9; a1 = a2 = 2/9; b1 = 5/9.
    assert_all_close(&r.effective, &[2.0 / 9.0, 2.0 / 9.0, 5.0 / 9.0]);
    let m = Method {
        weights: WeightScheme::Experts {
            sheets,
            combine: Combine::Median,
        },
        ..Method::default()
    };
    let (_, r) = m.plan(&data, &hier).unwrap();
    // Medians: a1 med(1,3,2) = 2, a2 med(3,1,2) = 2, b1 med(1,1,4) = 1; pillars med(1,1,2) = 1, med(3,1,1) = 1.
    assert_all_close(&r.combined[0], &[2.0, 2.0, 1.0]);
    assert_all_close(&r.combined[1], &[1.0, 1.0]);
}

#[test]
fn full_rebuild_small_example() {
    let hier = small_hierarchy();
    let data = small_data();
    let r = pipeline::rebuild(&data, &hier, &Method::default()).unwrap();
    // Min-max 0–100 per indicator:
    //   a1 = (10, 20, 30, –): 0, 50, 100, NaN
    //   a2 = (20, 10, 30, 40): 33.33, 0, 66.67, 100
    //   b1 = (30, 10, 20, 40): 66.67, 0, 33.33, 100
    // Pillar A = (1·a1 + 3·a2)/4 (unit 3: a2 alone = 100):
    //   u0 (0 + 100)/4 = 25; u1 (50 + 0)/4 = 12.5; u2 (100 + 200)/4 = 75; u3 100.
    // Pillar B = b1. Index = (A + 3B)/4:
    //   u0 (25 + 200)/4 = 56.25; u1 12.5/4 = 3.125; u2 (75 + 100)/4 = 43.75; u3 100.
    assert_all_close(&r.levels[1].scores[..4], &[25.0, 12.5, 75.0, 100.0]);
    assert_all_close(&r.index, &[56.25, 3.125, 43.75, 100.0]);
    assert_eq!(r.ranks, vec![Some(2), Some(4), Some(3), Some(1)]);
    assert!(r.imputations.is_empty());
}

#[test]
fn imputation_records() {
    let hier = small_hierarchy();
    // Column a1 = (10, 20, 30, NaN); groups x = {u0, u1}, y = {u2, u3}.
    let cases = [
        // mean (10 + 20 + 30)/3 = 20
        (Imputation::Mean, 20.0),
        // median of 10, 20, 30 = 20
        (Imputation::Median, 20.0),
        // group y has only u2 = 30
        (Imputation::GroupMean, 30.0),
        (Imputation::GroupMedian, 30.0),
    ];
    for (imp, want) in cases {
        let m = Method {
            default: Treatment {
                imputation: imp,
                ..Treatment::default()
            },
            ..Method::default()
        };
        let r = pipeline::rebuild(&small_data(), &hier, &m).unwrap();
        assert_eq!(r.imputations.len(), 1, "{imp:?}");
        let rec = &r.imputations[0];
        assert_eq!((rec.unit, rec.indicator, rec.method), (3, 0, imp));
        assert!(close(rec.value, want), "{imp:?}: {}", rec.value);
    }
    // Per-indicator override: no imputation for a1 → no record.
    let mut m = Method {
        default: Treatment {
            imputation: Imputation::Mean,
            ..Treatment::default()
        },
        ..Method::default()
    };
    m.overrides.insert(
        0,
        TreatmentOverride {
            imputation: Some(Imputation::None),
            ..TreatmentOverride::default()
        },
    );
    assert!(
        pipeline::rebuild(&small_data(), &hier, &m)
            .unwrap()
            .imputations
            .is_empty()
    );
    // Group imputation needs group labels.
    let data = Dataset::from_rows(
        vec!["u".into()],
        vec!["a1".into(), "a2".into(), "b1".into()],
        &[vec![1.0, 2.0, NAN]],
    )
    .unwrap();
    let m = Method {
        default: Treatment {
            imputation: Imputation::GroupMedian,
            ..Treatment::default()
        },
        ..Method::default()
    };
    assert!(pipeline::rebuild(&data, &hier, &m).is_err());
}

#[test]
fn zero_imputation_and_cells_that_do_not_apply() {
    let hier = small_hierarchy();
    // u3's a1 is missing; u0's b1 does not apply (a question not asked): it is never imputed.
    let data = small_data()
        .with_not_applicable(&[
            vec![false, false, true],
            vec![false; 3],
            vec![false; 3],
            vec![false; 3],
        ])
        .unwrap();
    assert!(
        data.value(0, 2).is_nan(),
        "a cell that does not apply holds no value"
    );
    for imp in [Imputation::Zero, Imputation::Mean, Imputation::GroupMean] {
        let m = Method {
            default: Treatment {
                imputation: imp,
                ..Treatment::default()
            },
            ..Method::default()
        };
        let r = pipeline::rebuild(&data, &hier, &m).unwrap();
        let filled: Vec<(usize, usize)> = r
            .imputations
            .iter()
            .map(|x| (x.unit, x.indicator))
            .collect();
        assert_eq!(filled, [(3, 0)], "{imp:?}");
        if imp == Imputation::Zero {
            assert_eq!(r.imputations[0].value, 0.0);
        }
        // u0 has no b1, so its pillar B has no score and the index is its pillar A alone.
        assert!(r.levels[1].scores[4].is_nan(), "{imp:?}");
        assert!(close(r.index[0], r.levels[1].scores[0]), "{imp:?}");
    }
    assert!(
        data.clone()
            .with_not_applicable(&[vec![true; 2]])
            .unwrap_err()
            .to_string()
            .contains("4 rows of 3 flags")
    );
}

/// Three indicators with the given first column; the others are 1..n.
fn one_column_data(col: &[f64]) -> Dataset {
    let n = col.len();
    let rows: Vec<Vec<f64>> = (0..n).map(|i| vec![col[i], i as f64, i as f64]).collect();
    Dataset::from_rows(
        (0..n).map(|i| format!("u{i}")).collect(),
        vec!["a1".into(), "a2".into(), "b1".into()],
        &rows,
    )
    .unwrap()
}

fn winsorise_method(max_points: usize, log_fallback: bool) -> Method {
    Method {
        default: Treatment {
            outliers: OutlierTreatment::Winsorise {
                max_points,
                log_fallback,
            },
            ..Treatment::default()
        },
        ..Method::default()
    }
}

#[test]
fn winsorisation_triggers_only_when_rule_holds() {
    let hier = small_hierarchy();
    // 1..=20 and one extreme 1000: skew and kurtosis far above 2 and 3.5.
    let mut col: Vec<f64> = (1..=20).map(f64::from).collect();
    col.push(1000.0);
    let (s, k) = stats::skew_kurt(&col);
    assert!(s > 2.0 && k > 3.5, "{s} {k}");
    let r = pipeline::rebuild(&one_column_data(&col), &hier, &winsorise_method(5, false)).unwrap();
    assert_eq!(r.outliers.len(), 1);
    let rec = &r.outliers[0];
    assert_eq!(rec.indicator, 0);
    // One point (unit 20: 1000 → 20) suffices: 1..20, 20 is not skewed.
    assert_eq!(
        rec.action,
        OutlierAction::Winsorised {
            high_units: vec![20],
            low_units: vec![],
            rule_still_holds: false
        }
    );
    assert!(rec.skew_after.abs() < 2.0);
    // After winsorising, u20's min-max score equals u19's (both 20 → 100).
    assert!(close(r.score(0, 0, 20), 100.0) && close(r.score(0, 0, 19), 100.0));

    // Not skewed: 1..=21 → no record.
    let col: Vec<f64> = (1..=21).map(f64::from).collect();
    let r = pipeline::rebuild(&one_column_data(&col), &hier, &winsorise_method(5, false)).unwrap();
    assert!(r.outliers.is_empty());

    // |skew| > 2 but kurtosis ≤ 3.5: two-point data, 7 ones and 43 zeros.
    // Population skew (1 − 2p)/√(p(1−p)) with p = 0.14 ≈ 2.08, excess kurtosis skew² − 2 ≈ 2.3;
    // the sample versions are G1 ≈ 2.14 and G2 ≈ 2.68: the rule does not hold.
    let col: Vec<f64> = (0..50).map(|i| if i < 7 { 1.0 } else { 0.0 }).collect();
    let (s, k) = stats::skew_kurt(&col);
    assert!(s > 2.0 && k < 3.5, "{s} {k}");
    let r = pipeline::rebuild(&one_column_data(&col), &hier, &winsorise_method(5, false)).unwrap();
    assert!(r.outliers.is_empty());
}

#[test]
fn winsorisation_cap_and_log_fallback() {
    let hier = small_hierarchy();
    // Four huge points among 1..=30: one point per step, cap 2 is not enough.
    let mut col: Vec<f64> = (1..=30).map(f64::from).collect();
    col.extend([1e4, 2e4, 3e4, 4e4]);
    let r = pipeline::rebuild(&one_column_data(&col), &hier, &winsorise_method(2, false)).unwrap();
    match &r.outliers[0].action {
        OutlierAction::Winsorised {
            high_units,
            low_units,
            rule_still_holds,
        } => {
            // The two largest (units 33 then 32) were pulled in to 2e4.
            assert_eq!(high_units, &vec![33, 32]);
            assert!(low_units.is_empty());
            assert!(*rule_still_holds);
        }
        a => panic!("{a:?}"),
    }
    let r = pipeline::rebuild(&one_column_data(&col), &hier, &winsorise_method(2, true)).unwrap();
    // All values positive → plain ln(x).
    assert_eq!(r.outliers[0].action, OutlierAction::Log { shifted: false });
}

#[test]
fn workspace_reuse_is_stable() {
    let (data, hier) = cyberindex_lab::synthetic::dataset(60, 12, 3, 0.1, 7);
    let m = Method {
        default: Treatment {
            imputation: Imputation::GroupMedian,
            outliers: OutlierTreatment::Winsorise {
                max_points: 5,
                log_fallback: true,
            },
            ..Treatment::default()
        },
        ..Method::default()
    };
    let (plan, _) = m.plan(&data, &hier).unwrap();
    let mut ws = Workspace::new(&data, &hier);
    ws.run(&data, &plan).unwrap();
    let first = ws.index().to_vec();
    let n_imp = ws.imputations().len();
    assert!(n_imp > 0 && !ws.outliers().is_empty());
    ws.run(&data, &plan).unwrap();
    assert_eq!(ws.index(), &first[..]);
    assert_eq!(ws.imputations().len(), n_imp);
}

#[test]
fn tiers() {
    let t = [75.0, 50.0, 25.0];
    assert_eq!(pipeline::tier(80.0, &t), Some(0));
    assert_eq!(pipeline::tier(75.0, &t), Some(0));
    assert_eq!(pipeline::tier(60.0, &t), Some(1));
    assert_eq!(pipeline::tier(10.0, &t), Some(3));
    assert_eq!(pipeline::tier(NAN, &t), None);
}

#[test]
fn cached_workspace_matches_uncached() {
    let (data, hier) = cyberindex_lab::synthetic::dataset(50, 10, 3, 0.15, 5);
    let mut cached = Workspace::new(&data, &hier).with_cache(2);
    let mut plain = Workspace::new(&data, &hier);
    let imps = [Imputation::Mean, Imputation::GroupMedian, Imputation::None];
    let norms = [
        Normalisation::MIN_MAX_100,
        Normalisation::Rank,
        Normalisation::Z_SCORE,
    ];
    // Cycle through 9 treatments with room for only 2 per indicator: hits and evictions.
    for round in 0..3 {
        for (a, imp) in imps.iter().enumerate() {
            for (b, nm) in norms.iter().enumerate() {
                let m = Method {
                    default: Treatment {
                        imputation: *imp,
                        normalisation: *nm,
                        outliers: OutlierTreatment::Winsorise {
                            max_points: 3,
                            log_fallback: true,
                        },
                        ..Treatment::default()
                    },
                    excluded: if (round + a + b) % 2 == 0 {
                        vec![1]
                    } else {
                        vec![]
                    },
                    ..Method::default()
                };
                let (plan, _) = m.plan(&data, &hier).unwrap();
                cached.run(&data, &plan).unwrap();
                plain.run(&data, &plan).unwrap();
                for l in 0..hier.n_levels() {
                    let (x, y) = (cached.level_scores(l), plain.level_scores(l));
                    assert!(
                        x.iter()
                            .zip(y)
                            .all(|(p, q)| p == q || (p.is_nan() && q.is_nan()))
                    );
                }
                assert_eq!(cached.ranks(), plain.ranks());
                assert_eq!(cached.imputations(), plain.imputations());
                assert_eq!(cached.outliers(), plain.outliers());
            }
        }
    }
    // Another dataset of the same shape invalidates the cache.
    let (other, _) = cyberindex_lab::synthetic::dataset(50, 10, 3, 0.15, 6);
    let (plan, _) = Method::default().plan(&other, &hier).unwrap();
    cached.run(&other, &plan).unwrap();
    plain.run(&other, &plan).unwrap();
    assert_eq!(cached.ranks(), plain.ranks());
    assert_eq!(cached.index(), plain.index());
}
