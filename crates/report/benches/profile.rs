//! Typesetting one country's profile as PDF (target: under 200 ms, issue 15), from a
//! publication of every country in the master list, with the system's Noto fonts loaded once.
//!
//! `cargo bench -p cyberindex-report --bench profile`. Method and figures: BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::{FrozenAnswer, Meta, Site};
use cyberindex_report::{Fonts, profile_pdf};

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
    group.finish();
}

criterion_group!(profile, benches);
criterion_main!(profile);
