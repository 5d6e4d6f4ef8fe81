//! Coherence audit: hand-computed examples.

use cyberindex_lab::coherence::{self, CoherenceSettings};
use cyberindex_lab::data::Dataset;
use cyberindex_lab::pipeline::{self, Method};
use cyberindex_lab::{Hierarchy, synthetic};

const NAN: f64 = f64::NAN;

#[test]
fn availability_flags_below_threshold() {
    // 4 units × 3 indicators; indicator 2 has 2/4 = 50% < 65%;
    // unit 3 has 1/3 = 33% < 65%, unit 1 has 2/3 = 66.7% ≥ 65%.
    let rows = vec![
        vec![1.0, 2.0, 3.0],
        vec![1.0, NAN, 3.0],
        vec![1.0, 2.0, NAN],
        vec![1.0, NAN, NAN],
    ];
    let d = Dataset::from_rows(
        (0..4).map(|i| i.to_string()).collect(),
        vec!["a".into(), "b".into(), "c".into()],
        &rows,
    )
    .unwrap();
    let a = coherence::availability(&d, 0.65);
    assert_eq!(a.per_indicator, vec![1.0, 0.5, 0.5]);
    assert_eq!(a.low_indicators, vec![1, 2]);
    assert!((a.per_unit[1] - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(a.low_units, vec![3]);
}

#[test]
fn cronbach_alpha_worked_examples() {
    // x1 = 1 2 3 4, x2 = 2 1 4 3: Var = 5/3 each (sample); totals 3 3 7 7, Var = 16/3.
    // α = 2/1 · (1 − (10/3)/(16/3)) = 2 · 0.375 = 0.75.
    let (x1, x2) = ([1.0, 2.0, 3.0, 4.0], [2.0, 1.0, 4.0, 3.0]);
    assert!((coherence::cronbach_alpha(&[&x1, &x2]) - 0.75).abs() < 1e-12);
    // Parallel items: totals 3 5 7 9, Var = 20/3; α = 2 · (1 − (10/3)/(20/3)) = 1.
    let x3 = [2.0, 3.0, 4.0, 5.0];
    assert!((coherence::cronbach_alpha(&[&x1, &x3]) - 1.0).abs() < 1e-12);
    // Incomplete cases are dropped: the NaN row goes, leaving x1 = 1 2 3, x2 = 2 1 4.
    // Var 1 and 7/3; totals 3 3 7, Var 16/3; α = 2 · (1 − (10/3)/(16/3)) = 0.75.
    let (y1, y2) = ([1.0, 2.0, 3.0, NAN], [2.0, 1.0, 4.0, 3.0]);
    assert!((coherence::cronbach_alpha(&[&y1, &y2]) - 0.75).abs() < 1e-12);
}

#[test]
fn eigenvalues_and_pc1() {
    // [[2, 1], [1, 2]] has eigenvalues 3 and 1.
    let ev = coherence::symmetric_eigenvalues(&[2.0, 1.0, 1.0, 2.0], 2);
    assert!(
        (ev[0] - 3.0).abs() < 1e-12 && (ev[1] - 1.0).abs() < 1e-12,
        "{ev:?}"
    );
    // [[4, 1, 0], [1, 3, 1], [0, 1, 2]]: trace 9; eigenvalues 3 + √3, 3, 3 − √3.
    let ev = coherence::symmetric_eigenvalues(&[4.0, 1.0, 0.0, 1.0, 3.0, 1.0, 0.0, 1.0, 2.0], 3);
    let want = [3.0 + 3f64.sqrt(), 3.0, 3.0 - 3f64.sqrt()];
    for (g, w) in ev.iter().zip(want) {
        assert!((g - w).abs() < 1e-10, "{ev:?}");
    }
    // Two items with correlation r: eigenvalues 1 ± r, PC1 share (1 + |r|)/2.
    // x1 = 1 2 3 4, x2 = 2 1 4 3: r = 0.6 → 0.8.
    let (x1, x2) = ([1.0, 2.0, 3.0, 4.0], [2.0, 1.0, 4.0, 3.0]);
    assert!((coherence::pc1_share(&[&x1, &x2]) - 0.8).abs() < 1e-12);
}

#[test]
fn correlation_ratio_sees_nonlinear_effects() {
    // y = x² on a symmetric grid: Pearson r ≈ 0 but y is a function of x.
    let x: Vec<f64> = (-50..=50).map(|v| f64::from(v) / 50.0).collect();
    let y: Vec<f64> = x.iter().map(|v| v * v).collect();
    let r = cyberindex_lab::stats::pearson(&x, &y);
    assert!(r.abs() < 1e-9);
    assert!(coherence::correlation_ratio(&x, &y, 10) > 0.9);
    // Linear y = 2x: η² close to 1 (within-bin variance only).
    let y: Vec<f64> = x.iter().map(|v| 2.0 * v).collect();
    assert!(coherence::correlation_ratio(&x, &y, 10) > 0.98);
}

#[test]
fn full_audit_on_synthetic_data() {
    let (data, hier) = synthetic::dataset(120, 12, 3, 0.1, 4);
    let r = pipeline::rebuild(&data, &hier, &Method::default()).unwrap();
    let a = coherence::coherence(&data, &hier, &r, &CoherenceSettings::default()).unwrap();
    assert_eq!(a.distributions.len(), 12);
    // Lognormal indicators (every fifth) are heavily skewed.
    assert!(a.distributions[0].skew > 1.0);
    assert_eq!(a.within.len(), 3);
    assert_eq!(a.within[0].rows.len(), 12);
    assert_eq!(a.across.len(), 3); // (0,1), (0,2), (1,2)
    assert_eq!(a.groups.len(), 3 + 1);
    assert!(
        a.groups
            .iter()
            .all(|g| g.pc1_share > 0.0 && g.pc1_share <= 1.0 + 1e-12)
    );
    assert_eq!(a.main_effects.len(), 12 + 3);
    let pillar_weights: f64 = a
        .main_effects
        .iter()
        .filter(|m| m.level == 1)
        .map(|m| m.weight)
        .sum();
    assert!((pillar_weights - 1.0).abs() < 1e-12);
    for m in &a.main_effects {
        assert!((0.0..=1.0 + 1e-12).contains(&m.correlation_ratio), "{m:?}");
    }
}

#[test]
fn duplicate_indicators_are_collinear() {
    // a and b identical, c unrelated, all under one index.
    let rows: Vec<Vec<f64>> = (0..10)
        .map(|i| vec![f64::from(i), f64::from(i), f64::from((i * 7) % 10)])
        .collect();
    let data = Dataset::from_rows(
        (0..10).map(|i| i.to_string()).collect(),
        vec!["a".into(), "b".into(), "c".into()],
        &rows,
    )
    .unwrap();
    let ind = |c: &str| (c.to_string(), 0, 1.0);
    let hier =
        Hierarchy::three_level(&[ind("a"), ind("b"), ind("c")], &[("P".into(), 1.0)], "I").unwrap();
    let r = pipeline::rebuild(&data, &hier, &Method::default()).unwrap();
    let a = coherence::coherence(&data, &hier, &r, &CoherenceSettings::default()).unwrap();
    assert_eq!(a.collinear.len(), 1);
    assert_eq!(
        (a.collinear[0].level, a.collinear[0].a, a.collinear[0].b),
        (0, 0, 1)
    );
    assert!((a.collinear[0].r - 1.0).abs() < 1e-12);
}
