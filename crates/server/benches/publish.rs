//! Rendering the public results: one country profile (target: under 10 ms on the server), the
//! overview with its world map, and the static export of a publication of 194 countries (target:
//! 194 profiles under 10 s on 2 cores; the export writes them in all six languages, so 1,164
//! profiles, plus every other page and the open-data files).
//!
//! `cargo bench -p cyberindex-server --bench publish`. Method and figures: BENCHMARKS.md.

use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::{FrozenAnswer, Meta, Site};
use cyberindex_server::i18n::Tr;
use cyberindex_server::public::{Mode, Published, export, overview, profile};
use cyberindex_store::{DeskPolicy, Edition, PublicationMeta};

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

fn benches(c: &mut Criterion) {
    let site = Arc::new(site());
    let meta = PublicationMeta {
        edition: "bench".into(),
        version: 1,
        published_at: 1_795_000_000_000,
        published_by: None,
        change_note: String::new(),
        licence: "CC BY 4.0".into(),
        countries: 194,
    };
    let versions = vec![meta.clone()];
    let p = Published {
        site: &site,
        meta: &meta,
        versions: &versions,
    };
    let kenya = site.unit("KEN").unwrap();
    let sources = [(&meta, site.as_ref())];
    for lang in ["en", "ar"] {
        let tr = Tr::new(lang);
        c.bench_function(&format!("profile/render/{lang}"), |b| {
            b.iter(|| {
                let history = profile::history(&sources, "KEN", &meta, tr);
                profile::page(&p, tr, Mode::Live, false, kenya, history)
                    .render()
                    .unwrap()
                    .len()
            })
        });
    }
    c.bench_function("overview/render/en", |b| {
        b.iter(|| {
            overview::page(&p, Tr::new("en"), Mode::Live, false, false)
                .render()
                .unwrap()
                .len()
        })
    });
    let loaded = export::Loaded {
        publications: versions.clone(),
        editions: vec![Edition {
            id: "bench".into(),
            name: "Benchmark".into(),
            names: Default::default(),
            framework_id: String::new(),
            framework_version: String::new(),
            framework_source: String::new(),
            opens_on: String::new(),
            deadline: String::new(),
            archived_at: None,
            created_at: 0,
            countries: Vec::new(),
            desk_policy: DeskPolicy::KeepDraft,
        }],
        sites: HashMap::from([(("bench".to_string(), 1), site.clone())]),
        teams: Vec::new(),
        maturity: HashMap::new(),
    };
    let out = std::env::temp_dir().join(format!("cyberindex-bench-export-{}", std::process::id()));
    let evidence = cyberindex_blobs::Blobs::local(out.with_extension("no-evidence")).unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.bench_function("static/194-countries-6-languages", |b| {
        b.iter(|| {
            let _ = std::fs::remove_dir_all(&out);
            runtime
                .block_on(export::write(&loaded, &out, &evidence, false))
                .unwrap()
                .profiles
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_dir_all(out.with_extension("no-evidence"));
}

criterion_group!(publish, benches);
criterion_main!(publish);
