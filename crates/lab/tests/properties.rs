//! Property tests of the building blocks.

use cyberindex_lab::pipeline::{self, Direction, Method, Normalisation};
use cyberindex_lab::{stats, synthetic};
use proptest::prelude::*;

fn values() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(
        prop_oneof![9 => (-1e6f64..1e6).prop_map(|v| (v * 8.0).round() / 8.0), 1 => Just(f64::NAN)],
        1..60,
    )
}

proptest! {
    #[test]
    fn competition_ranks_count_strictly_better(x in values()) {
        let mut r = vec![0u32; x.len()];
        stats::competition_ranks_desc(&x, &mut r, &mut Vec::new());
        for (i, &xi) in x.iter().enumerate() {
            if xi.is_nan() {
                prop_assert_eq!(r[i], 0);
            } else {
                let better = x.iter().filter(|v| !v.is_nan() && **v > xi).count() as u32;
                prop_assert_eq!(r[i], better + 1);
            }
        }
    }

    #[test]
    fn average_ranks_sum_to_triangular_number(x in values()) {
        let mut r = vec![0.0; x.len()];
        let k = stats::average_ranks(&x, &mut r, &mut Vec::new());
        let s: f64 = r.iter().filter(|v| !v.is_nan()).sum();
        prop_assert!((s - (k * (k + 1)) as f64 / 2.0).abs() < 1e-6);
    }

    #[test]
    fn min_max_is_monotone_and_in_range(x in values(), lower in any::<bool>()) {
        let dir = if lower { Direction::LowerIsBetter } else { Direction::HigherIsBetter };
        let mut y = x.clone();
        let mut tmp = vec![0.0; x.len()];
        pipeline::normalise(&mut y, Normalisation::MIN_MAX_100, dir, &mut tmp, &mut Vec::new());
        for i in 0..x.len() {
            prop_assert_eq!(x[i].is_nan(), y[i].is_nan());
            if !y[i].is_nan() {
                prop_assert!((-1e-9..=100.0 + 1e-9).contains(&y[i]));
            }
            for j in 0..x.len() {
                if !x[i].is_nan() && !x[j].is_nan() && x[i] < x[j] {
                    let ordered = if lower { y[i] >= y[j] } else { y[i] <= y[j] };
                    prop_assert!(ordered, "{} {}", y[i], y[j]);
                }
            }
        }
    }

    #[test]
    fn effective_weights_sum_to_one(seed in any::<u64>(), m in 3usize..30, pillars in 1usize..5, excl in 0usize..3) {
        let (data, hier) = synthetic::dataset(10, m, pillars, 0.0, seed);
        let method = Method { excluded: (0..excl).collect(), ..Method::default() };
        let (_, report) = method.plan(&data, &hier).unwrap();
        let s: f64 = report.effective.iter().sum();
        prop_assert!((s - 1.0).abs() < 1e-9, "{}", s);
        for j in 0..excl {
            prop_assert_eq!(report.effective[j], 0.0);
        }
    }

    #[test]
    fn index_of_min_max_scores_stays_in_range(seed in any::<u64>()) {
        let (data, hier) = synthetic::dataset(30, 8, 3, 0.2, seed);
        let r = pipeline::rebuild(&data, &hier, &Method::default()).unwrap();
        for &s in r.index.iter().filter(|s| !s.is_nan()) {
            prop_assert!((-1e-9..=100.0 + 1e-9).contains(&s));
        }
    }
}
