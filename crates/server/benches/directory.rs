//! The CIRT directory at 2,000 teams (issue 16): (a) the staleness score of every team (target:
//! under 100 ms), (b) the who's who page and a region page, each built from the records and
//! rendered with its map, and every public export (JSON, CSV, FIRST, Trusted Introducer)
//! (target: all of it under 2 s). Everything runs in-process, without HTTP or a database: the
//! same functions the handlers and the static export call, on the public view of the teams.
//!
//! The teams are the demonstration directory (`cyberindex_demo::directory::teams`) over the
//! country list, repeated with a suffix on each id (`ke-cirt-demo-3`) until there are 2,000.
//!
//! `cargo bench -p cyberindex-server --bench directory`. Method and figures: BENCHMARKS.md.

use askama::Template;
use criterion::{Criterion, criterion_group, criterion_main};
use cyberindex_directory::{Team, Visibility, exchange};
use cyberindex_server::directory::{self, Filter, Links, WhosWho, site};
use cyberindex_server::i18n::Tr;
use cyberindex_server::public::{Frame, Mode};

const TEAMS: usize = 2000;

/// 2,000 demonstration teams with unique ids, every visibility in them.
pub fn teams() -> Vec<Team> {
    let countries: Vec<(&str, &str)> = cyberindex_answers::countries::builtin()
        .iter()
        .map(|c| (c.alpha3.as_str(), c.name_en.as_str()))
        .collect();
    let now = time::OffsetDateTime::now_utc();
    let mut out = Vec::with_capacity(TEAMS);
    let mut pass = 0;
    while out.len() < TEAMS {
        for (mut team, _) in cyberindex_demo::directory::teams(&countries, now, 2026 + pass) {
            if pass > 0 {
                team.id = format!("{}-{pass}", team.id);
            }
            out.push(team);
        }
        pass += 1;
    }
    out.truncate(TEAMS);
    out
}

fn whos_who(tr: Tr, teams: &[&Team], path: &str, filter: Filter, region: Option<&str>) -> String {
    let frame = Frame::new(tr, Mode::Static, false, path, "bench".into());
    let links = Links {
        live: false,
        pages: format!("{}directory/", frame.root),
        files: format!("{}../directory/", frame.root),
    };
    let body = WhosWho::build(tr, links, "bench".into(), teams, filter, None, true, region);
    site::StaticWhosWho { frame, body }.render().unwrap()
}

fn exports(teams: &[Team]) -> usize {
    let level = Visibility::Public;
    let alpha2 = |a3: &str| cyberindex_answers::countries::by_alpha3(a3).map(|c| c.alpha2.clone());
    let json = serde_json::to_string_pretty(teams).unwrap();
    let csv = directory::export::csv(teams).unwrap();
    let first: Vec<_> = teams
        .iter()
        .map(|t| exchange::to_first(t, level, &alpha2))
        .collect();
    let first = serde_json::to_string_pretty(&serde_json::json!({ "data": first })).unwrap();
    let ti: Vec<_> = teams
        .iter()
        .map(|t| exchange::to_ti(t, level, &alpha2))
        .collect();
    let ti = serde_json::to_string_pretty(&ti).unwrap();
    json.len() + csv.len() + first.len() + ti.len()
}

fn benches(c: &mut Criterion) {
    let all = teams();
    assert_eq!(all.len(), TEAMS);
    let public = site::public(&all);
    let refs: Vec<&Team> = public.iter().collect();
    let tr = Tr::new("en");

    c.bench_function("directory/staleness/2000", |b| {
        b.iter(|| {
            all.iter()
                .map(|t| {
                    u32::from(directory::staleness_of(&Default::default(), t, None, None).score)
                })
                .sum::<u32>()
        })
    });
    let mut group = c.benchmark_group("directory");
    group.sample_size(10);
    group.bench_function("whoswho/render/2000", |b| {
        b.iter(|| whos_who(tr, &refs, "directory/", Filter::default(), None).len())
    });
    group.bench_function("region/render/africa/2000", |b| {
        b.iter(|| {
            let filter = Filter {
                region: "africa".into(),
                ..Filter::default()
            };
            whos_who(
                tr,
                &refs,
                "directory/regions/africa/",
                filter,
                Some("africa"),
            )
            .len()
        })
    });
    group.bench_function("exports/json-csv-first-ti/2000", |b| {
        b.iter(|| exports(&public))
    });
    group.bench_function("all/whoswho-region-exports/2000", |b| {
        b.iter(|| {
            let filter = Filter {
                region: "africa".into(),
                ..Filter::default()
            };
            whos_who(tr, &refs, "directory/", Filter::default(), None).len()
                + whos_who(
                    tr,
                    &refs,
                    "directory/regions/africa/",
                    filter,
                    Some("africa"),
                )
                .len()
                + exports(&public)
        })
    });
    group.finish();
}

criterion_group!(directory_bench, benches);
criterion_main!(directory_bench);
