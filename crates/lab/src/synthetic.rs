//! Seeded synthetic data sets (for tests, demos and benches).
//!
//! Indicators are drawn from a latent "capacity" per unit plus noise; a
//! fraction of indicators is log-normally skewed (so outlier treatment has
//! work to do), a fraction of values is missing, units carry one of six
//! region labels and a population denominator.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, LogNormal, Normal};

use crate::data::{Component, Dataset, Hierarchy, Level};

/// A dataset of `n` units × `m` indicators and a 3-level hierarchy with
/// `pillars` pillars (at most `m`; indicators assigned round-robin), deterministic in
/// `seed`. About `missing` (0–1) of the values are missing.
pub fn dataset(
    n: usize,
    m: usize,
    pillars: usize,
    missing: f64,
    seed: u64,
) -> (Dataset, Hierarchy) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let normal = Normal::new(0.0, 1.0).expect("valid normal");
    let lognormal = LogNormal::new(0.0, 1.0).expect("valid lognormal");
    let latent: Vec<f64> = (0..n).map(|_| normal.sample(&mut rng)).collect();
    let mut values = vec![f64::NAN; n * m];
    for j in 0..m {
        let skewed = j % 5 == 0;
        for i in 0..n {
            let noise = normal.sample(&mut rng);
            let v = if skewed {
                lognormal.sample(&mut rng) * (1.0 + latent[i].exp())
            } else {
                50.0 + 10.0 * (0.7 * latent[i] + 0.7 * noise)
            };
            let miss: f64 = rng.random();
            values[j * n + i] = if miss < missing { f64::NAN } else { v };
        }
    }
    let units: Vec<String> = (0..n).map(|i| format!("U{i:03}")).collect();
    let indicators: Vec<String> = (0..m).map(|j| format!("ind{j:02}")).collect();
    let regions: Vec<String> = (0..n).map(|i| format!("R{}", i % 6)).collect();
    let population: Vec<f64> = (0..n).map(|_| rng.random_range(0.5..200.0)).collect();
    let data = Dataset::from_columns(units, indicators, values)
        .and_then(|d| d.with_groups(&regions))
        .and_then(|d| d.with_denominator("population", population))
        .expect("consistent synthetic shapes");
    let pillars = pillars.clamp(1, m.max(1));
    let hier = Hierarchy::new(vec![
        Level {
            name: "indicator".into(),
            components: (0..m)
                .map(|j| Component {
                    code: format!("ind{j:02}"),
                    parent: Some(j % pillars),
                    weight: 1.0 + (j % 3) as f64,
                })
                .collect(),
        },
        Level {
            name: "pillar".into(),
            components: (0..pillars)
                .map(|p| Component {
                    code: format!("P{p}"),
                    parent: Some(0),
                    weight: 1.0,
                })
                .collect(),
        },
        Level {
            name: "index".into(),
            components: vec![Component {
                code: "Index".into(),
                parent: None,
                weight: 1.0,
            }],
        },
    ])
    .expect("valid synthetic hierarchy");
    (data, hier)
}
