//! Typesetting one country's profile as PDF (target: under 200 ms, issue 15) and the whole
//! edition report (target: under 60 s), from a publication of every country in the master
//! list, with the system's Noto fonts loaded once (and the profile with the shipped subsets).
//!
//! The edition report takes seconds, too long for criterion's ten samples at least: it is
//! timed by hand, three runs, and the median printed (`edition report …`).
//!
//! `cargo bench -p cyberindex-report --bench profile`. Method and figures: BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::{FrozenAnswer, Meta, Site};
use cyberindex_report::{Fonts, edition_pdf, profile_pdf};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");

fn site() -> Site {
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let codes: Vec<&str> = cyberindex_answers::countries::builtin()
        .iter()
        .map(|c| c.alpha3.as_str())
        .collect();
    let answers: Vec<FrozenAnswer> = cyberindex_demo::answers(&framework, &codes, 2026)
        .into_iter()
        .map(|r| FrozenAnswer {
            unit: r.unit,
            question: r.question,
            value: r.value,
            comment: String::new(),
        })
        .collect();
    let meta = Meta {
        edition: EditionRef {
            id: "bench".into(),
            name: "Benchmark".into(),
            names: Default::default(),
        },
        publication: PublicationRef {
            version: 1,
            published_at: "2026-11-27T00:00:00Z".into(),
            change_note: String::new(),
        },
        licence: "CC BY 4.0".into(),
    };
    let csv = results::answers_csv(&meta, &framework, &answers);
    let built = results::build(&framework, &meta, &csv, Vec::new()).unwrap();
    let json = String::from_utf8(cyberindex_publish::opendata::json(&built)).unwrap();
    Site::load(FRAMEWORK, &json, &csv).unwrap()
}

/// The message key itself with its arguments: the bench measures typesetting, not Fluent.
fn labels(key: &str, args: &[(&str, &str)]) -> String {
    let mut text = key.to_string();
    for (name, value) in args {
        text.push_str(&format!(" {name}={value}"));
    }
    text
}

fn benches(c: &mut Criterion) {
    let site = site();
    let fonts = Fonts::discover().expect("the Noto fonts are installed");
    // The robustness analysis is computed once per publication and cached; not measured here.
    let _ = site.robustness();
    let mut group = c.benchmark_group("pdf");
    group.sample_size(20);
    for lang in ["en", "ar", "zh"] {
        group.bench_function(format!("profile_{lang}"), |b| {
            b.iter(|| profile_pdf(&site, "KEN", lang, &labels, &fonts).unwrap())
        });
    }
    let shipped = Fonts::shipped();
    group.bench_function("profile_zh_shipped_fonts", |b| {
        b.iter(|| profile_pdf(&site, "KEN", "zh", &labels, &shipped).unwrap())
    });
    group.finish();

    let mut runs: Vec<(f64, usize)> = (0..3)
        .map(|_| {
            let started = std::time::Instant::now();
            let pdf = edition_pdf(&site, "en", &labels, &fonts).unwrap();
            (started.elapsed().as_secs_f64(), pdf.len())
        })
        .collect();
    runs.sort_by(|a, b| a.0.total_cmp(&b.0));
    println!(
        "edition report en, {} countries: median {:.2} s of 3 runs (fastest {:.2} s, slowest {:.2} s), {:.1} MB",
        site.results.units.len(),
        runs[1].0,
        runs[0].0,
        runs[2].0,
        runs[1].1 as f64 / 1e6
    );
}

criterion_group!(profile, benches);
criterion_main!(profile);
