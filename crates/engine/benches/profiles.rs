//! Threshold-profile throughput. Target (issue 17): 2,000 team assessments against three profiles
//! of the shipped maturity framework (45 parameters) in under 50 ms on 2 cores in a release
//! build. Method and figures: BENCHMARKS.md.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use cyberindex_engine::{Framework, UnitAnswers, Value, assess_all};

/// The shipped maturity framework with its example profile and two more made from it (each
/// minimum one lower, and one higher where the scale allows), so there are three profiles.
fn framework() -> Framework {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../frameworks/cirt-maturity.toml"
    );
    let mut f = cyberindex_framework::read(&std::fs::read_to_string(path).unwrap()).unwrap();
    let example = f.profiles[0].clone();
    for (id, shift) in [("lower", -1.0), ("higher", 1.0)] {
        let mut p = example.clone();
        p.id = id.into();
        for level in &mut p.levels {
            for m in &mut level.minimums {
                m.min = (m.min + shift).clamp(0.0, 4.0);
            }
        }
        f.profiles.push(p);
    }
    f
}

/// Random answers: one in twelve missing, the rest a random option (n/a included).
fn units(framework: &Framework, n: usize) -> Vec<UnitAnswers> {
    let mut rng = cyberindex_demo::SplitMix64::new(17);
    (0..n)
        .map(|i| UnitAnswers {
            unit: format!("TEAM{i:05}"),
            values: framework
                .questions
                .iter()
                .map(|q| {
                    let r = rng.next_u64();
                    (!r.is_multiple_of(12))
                        .then(|| Value::Choice((r % q.options.len() as u64) as u32))
                })
                .collect(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let framework = framework();
    assert_eq!(framework.questions.len(), 45);
    assert_eq!(framework.profiles.len(), 3);
    let mut group = c.benchmark_group("assess_all");
    group.sample_size(20);
    let n = 2_000usize;
    let data = units(&framework, n);
    group.throughput(Throughput::Elements(n as u64));
    group.bench_with_input(BenchmarkId::new("teams_x3profiles", n), &data, |b, data| {
        b.iter(|| assess_all(&framework, &framework.profiles, data))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
