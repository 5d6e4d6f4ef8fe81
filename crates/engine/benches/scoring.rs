//! Scoring throughput. Targets (issue 2): 10,000 units × 100 questions in under 0.2 s on 2 cores
//! in a release build. Method and figures: BENCHMARKS.md.

use std::fmt::Write;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use cyberindex_engine::{Framework, UnitAnswers, Value, score_all, score_unit};

/// A framework of 5 pillars × 4 indicators × 5 three-state questions = 100 questions; one question
/// in five has a relevance rule, as in the shipped index.
fn synthetic() -> Framework {
    let mut t = String::from(
        "id = \"bench\"\nversion = \"1\"\nlabel.en = \"Bench\"\nmax = 100\naggregation = \"weighted-sum\"\n\
         [[tier]]\nid = \"a\"\nlabel.en = \"A\"\nmin = 50\n[[tier]]\nid = \"b\"\nlabel.en = \"B\"\nmin = 0\n",
    );
    for p in 0..5 {
        let _ = write!(t, "[[pillar]]\nid = \"P{p}\"\nlabel.en = \"P\"\nmax = 20\n");
        for i in 0..4 {
            let _ = write!(
                t,
                "[[indicator]]\nid = \"P{p}I{i}\"\nparent = \"P{p}\"\nlabel.en = \"I\"\nweight = {}\n",
                1 + i % 2
            );
            for q in 0..5 {
                let _ = write!(
                    t,
                    "[[question]]\nid = \"P{p}I{i}Q{q}\"\nparent = \"P{p}I{i}\"\ntype = \"three-state\"\nlabel.en = \"Q\"\nweight = {}\n",
                    1 + q % 2
                );
                if q == 4 {
                    let _ = writeln!(t, "relevant = \"P{p}I{i}Q0 in [in-place, partial]\"");
                }
            }
        }
    }
    cyberindex_framework::read(&t).unwrap()
}

fn units(framework: &Framework, n: usize) -> Vec<UnitAnswers> {
    let mut rng = cyberindex_demo::SplitMix64::new(7);
    (0..n)
        .map(|i| UnitAnswers {
            unit: format!("U{i:05}"),
            values: framework
                .questions
                .iter()
                .map(|q| {
                    let r = rng.next_u64();
                    (!r.is_multiple_of(10))
                        .then(|| Value::Choice((r % q.options.len() as u64) as u32))
                })
                .collect(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let framework = synthetic();
    assert_eq!(framework.questions.len(), 100);
    let mut group = c.benchmark_group("score_all");
    group.sample_size(20);
    for n in [194usize, 10_000] {
        let data = units(&framework, n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("units_x100q", n), &data, |b, data| {
            b.iter(|| score_all(&framework, data))
        });
    }
    group.finish();
    let data = units(&framework, 1);
    c.bench_function("score_unit/100q", |b| {
        b.iter(|| score_unit(&framework, &data[0].values))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
