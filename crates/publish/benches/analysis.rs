//! The methodology lab on the real case: the shipped framework (90 questions, 79 scored), demo
//! answers for all 194 countries and the shipped uncertainty spec (6 assumptions). Times one
//! nominal rebuild, the 10,000-run uncertainty analysis, and the Saltelli analysis with N = 1000
//! (8,000 rebuilds for 6 assumptions, 200 bootstrap resamples), on both cores.
//!
//! `cargo bench -p cyberindex-publish --bench analysis`. Figures: BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex_publish::analysis::{self, Settings, Spec};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const SPEC: &str = include_str!("../../../frameworks/gca-national-index.uncertainty.toml");

fn benches(c: &mut Criterion) {
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let codes: Vec<&str> = cyberindex_answers::countries::builtin()
        .iter()
        .map(|c| c.alpha3.as_str())
        .collect();
    let mut csv = String::from("unit,question,value\n");
    for r in cyberindex_demo::answers(&framework, &codes, 2026) {
        csv.push_str(&format!(
            "{},{},\"{}\"\n",
            r.unit,
            r.question,
            r.value.replace('"', "\"\"")
        ));
    }
    let file =
        cyberindex_answers::read(&framework, csv.as_bytes(), cyberindex_answers::Format::Csv)
            .unwrap();
    let model = analysis::model(&framework, &file, |u| {
        cyberindex_answers::countries::by_alpha3(u)
            .map_or_else(String::new, |c| c.itu_region.clone())
    })
    .unwrap();
    let spec = Spec::parse(SPEC).unwrap();
    let lab = spec.to_lab(&model, &framework).unwrap();
    let labels = analysis::labels(&spec);
    c.bench_function("analysis/rebuild-194x79", |b| {
        b.iter(|| {
            cyberindex_lab::pipeline::rebuild(&model.dataset, &model.hierarchy, &model.method)
                .unwrap()
                .index
                .len()
        })
    });
    let mut group = c.benchmark_group("analysis");
    group.sample_size(10);
    let uncertainty = Settings {
        runs: 10_000,
        seed: 2026,
        sensitivity_samples: 0,
        bootstrap: 0,
    };
    group.bench_function("uncertainty-10000-runs", |b| {
        b.iter(|| {
            analysis::analyse(&model, &lab, &labels, &uncertainty, false, &|_| {})
                .unwrap()
                .mean_abs_rank_shift
        })
    });
    let sensitivity = Settings {
        runs: 1,
        seed: 2026,
        sensitivity_samples: 1000,
        bootstrap: 200,
    };
    group.bench_function("sensitivity-n1000", |b| {
        b.iter(|| {
            analysis::analyse(&model, &lab, &labels, &sensitivity, false, &|_| {})
                .unwrap()
                .sensitivity
                .len()
        })
    });
    group.finish();
}

criterion_group!(analysis_benches, benches);
criterion_main!(analysis_benches);
