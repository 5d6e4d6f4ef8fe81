//! Benches: one rebuild (194 × 80), a 10,000-run uncertainty analysis with 5
//! uncertain inputs, and a Saltelli analysis with N = 1000, k = 5 (7,000
//! rebuilds). Data: `synthetic::dataset` from a fixed seed.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex_lab::pipeline::{
    self, Aggregation, Imputation, Method, Normalisation, OutlierTreatment, Treatment, Workspace,
    ZeroPolicy,
};
use cyberindex_lab::sensitivity::{self, SobolSettings, UnitOutput};
use cyberindex_lab::synthetic;
use cyberindex_lab::uncertainty::{self, McSettings, UncertainInput, UncertaintySpec};

fn method() -> Method {
    Method {
        default: Treatment {
            imputation: Imputation::GroupMedian,
            outliers: OutlierTreatment::Winsorise {
                max_points: 5,
                log_fallback: true,
            },
            ..Treatment::default()
        },
        ..Method::default()
    }
}

fn spec() -> UncertaintySpec {
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
                candidates: (0..10).collect(),
            },
        ],
        tiers: vec![60.0, 50.0, 40.0],
    }
}

fn benches(c: &mut Criterion) {
    let (data, hier) = synthetic::dataset(194, 80, 8, 0.1, 2024);
    let m = method();
    let (plan, _) = m.plan(&data, &hier).expect("plan");
    let mut ws = Workspace::new(&data, &hier);
    c.bench_function("rebuild 194x80 (workspace)", |b| {
        b.iter(|| {
            ws.run(black_box(&data), black_box(&plan)).expect("run");
            black_box(ws.index()[0])
        })
    });
    // Cost of the steps: the same rebuild with fewer steps declared.
    let variants = [
        ("rebuild step: min-max + aggregate only", Method::default()),
        (
            "rebuild step: + group-median imputation",
            Method {
                default: Treatment {
                    imputation: Imputation::GroupMedian,
                    ..Treatment::default()
                },
                ..Method::default()
            },
        ),
        (
            "rebuild step: + winsorisation (no imputation)",
            Method {
                default: Treatment {
                    outliers: OutlierTreatment::Winsorise {
                        max_points: 5,
                        log_fallback: true,
                    },
                    ..Treatment::default()
                },
                ..Method::default()
            },
        ),
        (
            "rebuild step: rank normalisation only",
            Method {
                default: Treatment {
                    normalisation: Normalisation::Rank,
                    ..Treatment::default()
                },
                ..Method::default()
            },
        ),
    ];
    for (name, vm) in variants {
        let (vplan, _) = vm.plan(&data, &hier).expect("plan");
        c.bench_function(name, |b| {
            b.iter(|| {
                ws.run(black_box(&data), black_box(&vplan)).expect("run");
                black_box(ws.index()[0])
            })
        });
    }
    c.bench_function("rebuild 194x80 (allocating, with records)", |b| {
        b.iter(|| black_box(pipeline::rebuild(black_box(&data), &hier, &m).expect("rebuild")))
    });

    let spec = spec();
    let mut g = c.benchmark_group("analyses");
    g.sample_size(10);
    g.bench_function("uncertainty 10000 runs, 5 inputs", |b| {
        let s = McSettings {
            runs: 10_000,
            seed: 1,
            chunk_size: 64,
        };
        b.iter(|| black_box(uncertainty::monte_carlo(&data, &hier, &m, &spec, &s).expect("mc")))
    });
    g.bench_function(
        "saltelli N=1000 k=5 (7000 rebuilds, 195 outputs, 200 bootstraps)",
        |b| {
            let s = SobolSettings {
                n: 1000,
                seed: 1,
                ..SobolSettings::default()
            };
            b.iter(|| {
                black_box(
                    sensitivity::index_sensitivity(&data, &hier, &m, &spec, UnitOutput::Rank, &s)
                        .expect("sobol"),
                )
            })
        },
    );
    g.finish();
}

criterion_group!(lab, benches);
criterion_main!(lab);
