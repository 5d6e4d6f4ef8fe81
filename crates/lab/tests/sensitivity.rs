//! Sobol indices on analytic test functions with known values.

use std::f64::consts::PI;

use cyberindex_lab::sensitivity::{self, SaltelliDesign, SobolSettings};

/// Ishigami & Homma (1990): `sin x₁ + a sin² x₂ + b x₃⁴ sin x₁`, xᵢ ~ U(−π, π).
fn ishigami(u: &[f64]) -> f64 {
    let (a, b) = (7.0, 0.1);
    let x: Vec<f64> = u.iter().map(|v| -PI + 2.0 * PI * v).collect();
    x[0].sin() + a * x[1].sin().powi(2) + b * x[2].powi(4) * x[0].sin()
}

// Analytic values for a = 7, b = 0.1 (e.g. Saltelli et al. 2010; SALib docs):
// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8446;
// S₁ = 0.3139, S₂ = 0.4424, S₃ = 0; ST₁ = 0.5576, ST₂ = 0.4424, ST₃ = 0.2437.
const ISHIGAMI_S1: [f64; 3] = [0.3139, 0.4424, 0.0];
const ISHIGAMI_ST: [f64; 3] = [0.5576, 0.4424, 0.2437];
const TOL: f64 = 0.03;

fn settings(n: usize, seed: u64) -> SobolSettings {
    SobolSettings {
        n,
        seed,
        bootstrap: 100,
        confidence: 0.95,
        max_ci_width: 0.1,
    }
}

#[test]
fn ishigami_indices_within_tolerance() {
    for seed in [1, 2] {
        let r = sensitivity::sobol(3, &settings(1 << 15, seed), ishigami).unwrap();
        let show = |e: &[sensitivity::Estimate]| {
            e.iter()
                .map(|e| format!("{:.4}", e.value))
                .collect::<Vec<_>>()
        };
        eprintln!(
            "seed {seed}: S = {:?}, ST = {:?}",
            show(&r.first_order),
            show(&r.total)
        );
        for i in 0..3 {
            let (s, st) = (r.first_order[i].value, r.total[i].value);
            assert!(
                (s - ISHIGAMI_S1[i]).abs() < TOL,
                "seed {seed}: S{} = {s}",
                i + 1
            );
            assert!(
                (st - ISHIGAMI_ST[i]).abs() < TOL,
                "seed {seed}: ST{} = {st}",
                i + 1
            );
            assert!(r.first_order[i].low <= s && s <= r.first_order[i].high);
        }
        assert!((r.variance - 13.8446).abs() < 0.5, "V = {}", r.variance);
        assert!(r.converged, "{r:?}");
    }
}

#[test]
fn linear_model_indices_are_squared_coefficient_shares() {
    // Y = Σ cᵢXᵢ, Xᵢ ~ U(0, 1) independent: Var(cᵢXᵢ) = cᵢ²/12, no interactions,
    // so Sᵢ = STᵢ = cᵢ² / Σc². c = (1, 2, 3, 0.5): Σc² = 1 + 4 + 9 + 0.25 = 14.25.
    let c = [1.0, 2.0, 3.0, 0.5];
    let sum_sq: f64 = c.iter().map(|v| v * v).sum();
    let r = sensitivity::sobol(4, &settings(1 << 14, 9), |x| {
        x.iter().zip(&c).map(|(x, c)| x * c).sum()
    })
    .unwrap();
    for (i, ci) in c.iter().enumerate() {
        let want = ci * ci / sum_sq;
        assert!(
            (r.first_order[i].value - want).abs() < TOL,
            "S{i} {} vs {want}",
            r.first_order[i].value
        );
        assert!(
            (r.total[i].value - want).abs() < TOL,
            "ST{i} {} vs {want}",
            r.total[i].value
        );
    }
    // Var(Y) = Σc²/12 = 1.1875.
    assert!((r.variance - 1.1875).abs() < 0.05);
}

#[test]
fn small_samples_are_flagged_not_converged() {
    let r = sensitivity::sobol(3, &settings(64, 3), ishigami).unwrap();
    assert!(!r.converged);
    assert!(r.first_order.iter().any(|e| !e.converged));
}

#[test]
fn constant_output_gives_zero_indices() {
    let r = sensitivity::sobol(2, &settings(100, 3), |_| 5.0).unwrap();
    assert_eq!(r.variance, 0.0);
    assert!(r.first_order.iter().chain(&r.total).all(|e| e.value == 0.0));
}

#[test]
fn design_layout() {
    let d = SaltelliDesign::new(4, 3, 11);
    assert_eq!(d.runs(), 4 * 5);
    let mut x = [0.0; 3];
    d.point(1, &mut x); // A row 1
    assert_eq!(&x, &d.a[3..6]);
    d.point(4 + 2, &mut x); // B row 2
    assert_eq!(&x, &d.b[6..9]);
    d.point(4 * 3 + 1, &mut x); // A_B^(2) (block 3 = input index 1) row 1
    assert_eq!(x, [d.a[3], d.b[4], d.a[5]]);
}

#[test]
fn same_result_at_any_thread_count() {
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| sensitivity::sobol(3, &settings(2000, 5), ishigami).unwrap())
    };
    assert_eq!(run(1), run(2));
}
