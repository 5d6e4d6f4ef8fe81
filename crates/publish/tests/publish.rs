//! Published results from the shipped framework and generated answers: the open-data files agree
//! with the results document and with each other, missing values are never 0, the charts and
//! exports match their snapshots, and recommendations say what the engine computes.

use std::sync::Arc;

use arrow_array::{Array, Float64Array, StringArray};
use cyberindex_publish::opendata;
use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::svg::{self, Bar, MapEntry, Series};
use cyberindex_publish::world::{Shape, parse, world};
use cyberindex_publish::{FrozenAnswer, Meta, Results, Site};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const UNITS: [&str; 6] = ["BRA", "FJI", "FRA", "IND", "KEN", "LUX"];

fn meta() -> Meta {
    Meta {
        edition: EditionRef {
            id: "test-2026".into(),
            name: "Test 2026".into(),
            names: Default::default(),
        },
        publication: PublicationRef {
            version: 2,
            published_at: "2026-11-27T10:00:00Z".into(),
            change_note: "Corrected one answer.".into(),
        },
        licence: "CC BY 4.0".into(),
    }
}

/// A site of six countries from `source`; Fiji answered nothing of the first pillar.
fn site(source: &str) -> Site {
    let framework = cyberindex_framework::read(source).unwrap();
    let first_pillar = framework.pillars().next().unwrap().0;
    let answers: Vec<FrozenAnswer> = cyberindex_demo::answers(&framework, &UNITS, 11)
        .into_iter()
        .filter(|r| {
            let q = framework.question_index(&r.question).unwrap();
            !(r.unit == "FJI" && framework.pillar_of(framework.questions[q].parent) == first_pillar)
        })
        .map(|r| FrozenAnswer {
            unit: r.unit,
            question: r.question,
            value: r.value,
            comment: String::new(),
        })
        .collect();
    let csv = results::answers_csv(&meta(), &framework, &answers);
    let built = results::build(&framework, &meta(), &csv, Vec::new()).unwrap();
    let json = String::from_utf8(opendata::json(&built)).unwrap();
    Site::load(source, &json, &csv).unwrap()
}

fn shared() -> Arc<Site> {
    static SITE: std::sync::OnceLock<Arc<Site>> = std::sync::OnceLock::new();
    SITE.get_or_init(|| Arc::new(site(FRAMEWORK))).clone()
}

/// CSV rows after the `#` preamble, as maps from column to cell.
fn csv_rows(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    reader
        .records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

#[test]
fn every_file_carries_the_publication_and_its_conventions() {
    let site = shared();
    let r = &site.results;
    for name in ["scores.csv", "questions.csv", "answers.csv"] {
        let bytes = opendata::render(name, r, &site.answers_csv, FRAMEWORK).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        for needle in [
            "# edition: test-2026 (Test 2026)",
            "# framework: gca-national-index",
            "# publication: version 2 published 2026-11-27T10:00:00Z",
            "# licence: CC BY 4.0",
            "# missing values: ",
        ] {
            assert!(text.contains(needle), "{name} lacks {needle:?}");
        }
    }
    let json: serde_json::Value =
        serde_json::from_slice(&opendata::render("results.json", r, "", "").unwrap()).unwrap();
    assert_eq!(json["schema"], "cyberindex/results/1");
    assert_eq!(json["publication"]["version"], 2);
    assert_eq!(json["licence"], "CC BY 4.0");
    assert!(
        json["missing_values"]
            .as_str()
            .unwrap()
            .contains("never written as 0")
    );
    let xlsx = opendata::xlsx(r).unwrap();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
    use calamine::Reader;
    assert_eq!(
        book.sheet_names(),
        [
            "metadata",
            "overall",
            "pillars",
            "indicators",
            "sub-indicators",
            "questions"
        ]
    );
    let metadata = book.worksheet_range("metadata").unwrap();
    let fields: Vec<(String, String)> = metadata
        .rows()
        .skip(1)
        .map(|row| (row[0].to_string(), row[1].to_string()))
        .collect();
    for (k, v) in [
        ("edition", "test-2026"),
        ("publication_version", "2"),
        ("licence", "CC BY 4.0"),
    ] {
        assert!(fields.contains(&(k.to_string(), v.to_string())), "{k}");
    }
    let parquet = bytes::Bytes::from(opendata::scores_parquet(r).unwrap());
    let reader = parquet::file::reader::SerializedFileReader::new(parquet).unwrap();
    use parquet::file::reader::FileReader;
    let kv = reader
        .metadata()
        .file_metadata()
        .key_value_metadata()
        .unwrap()
        .clone();
    for (k, v) in [("edition", "test-2026"), ("licence", "CC BY 4.0")] {
        assert!(
            kv.iter()
                .any(|x| x.key == k && x.value.as_deref() == Some(v)),
            "parquet metadata {k}"
        );
    }
    assert!(kv.iter().any(|x| x.key == "missing_values"));
}

#[test]
fn open_data_formats_agree_with_the_results_document() {
    let site = shared();
    let r: &Results = &site.results;
    // CSV: every node of every unit.
    let rows = csv_rows(&opendata::scores_csv(r).unwrap());
    assert_eq!(rows.len(), r.units.len());
    for (row, unit) in rows.iter().zip(&r.units) {
        assert_eq!(row["unit"], unit.report.unit);
        for node in &unit.report.nodes {
            let cell = &row[&node.id];
            match node.score {
                Some(s) => assert_eq!(
                    cell.parse::<f64>().unwrap(),
                    s,
                    "{} {}",
                    unit.report.unit,
                    node.id
                ),
                None => assert_eq!(cell, "", "a missing score is an empty cell, never 0"),
            }
        }
    }
    // Parquet: the same numbers, nulls where there is no score.
    let bytes = bytes::Bytes::from(opendata::scores_parquet(r).unwrap());
    let batches: Vec<_> =
        parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(bytes)
            .unwrap()
            .build()
            .unwrap()
            .map(Result::unwrap)
            .collect();
    let mut seen = 0;
    for batch in &batches {
        let unit = batch
            .column_by_name("unit")
            .unwrap()
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap();
        let node = batch
            .column_by_name("node")
            .unwrap()
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap();
        let score = batch
            .column_by_name("score")
            .unwrap()
            .as_any()
            .downcast_ref::<Float64Array>()
            .unwrap();
        for i in 0..batch.num_rows() {
            let u = r.unit(unit.value(i)).unwrap();
            let expected = if node.is_null(i) {
                u.report.overall
            } else {
                u.report
                    .nodes
                    .iter()
                    .find(|n| n.id == node.value(i))
                    .unwrap()
                    .score
            };
            assert_eq!(
                (!score.is_null(i)).then(|| score.value(i)),
                expected,
                "{} {:?}",
                unit.value(i),
                (!node.is_null(i)).then(|| node.value(i))
            );
            seen += 1;
        }
    }
    assert_eq!(seen, r.units.len() * (r.nodes.len() + 1));
    // XLSX: the pillar sheet.
    let xlsx = opendata::xlsx(r).unwrap();
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
    use calamine::Reader;
    let sheet = book.worksheet_range("pillars").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    for (k, row) in sheet.rows().skip(1).enumerate() {
        let unit = &r.units[k];
        for node in unit
            .report
            .nodes
            .iter()
            .filter(|n| n.kind == cyberindex_engine::NodeKind::Pillar)
        {
            let col = header.iter().position(|h| h == &node.id).unwrap();
            match node.score {
                Some(s) => assert_eq!(row[col], calamine::Data::Float(s)),
                None => assert_eq!(row[col], calamine::Data::Empty, "missing is an empty cell"),
            }
        }
    }
}

#[test]
fn a_pillar_without_answers_has_no_score_anywhere_when_missing_answers_are_excluded() {
    // Under the shipped `zero` policy an unanswered pillar scores a real 0; under `exclude` it
    // has no score, and no file may write one.
    let source = FRAMEWORK.replace("missing = \"zero\"", "missing = \"exclude\"");
    assert_ne!(source, FRAMEWORK);
    let site = site(&source);
    let fji = site.unit("FJI").unwrap();
    let pillar = &fji.report.nodes[0];
    assert_eq!(pillar.kind, cyberindex_engine::NodeKind::Pillar);
    assert_eq!(pillar.score, None);
    assert_eq!(pillar.missing, pillar.missing + pillar.answered);
    let rows = csv_rows(&opendata::scores_csv(&site.results).unwrap());
    let row = rows.iter().find(|r| r["unit"] == "FJI").unwrap();
    assert_eq!(row[&pillar.id], "");
    let json: serde_json::Value = serde_json::from_slice(&opendata::json(&site.results)).unwrap();
    let unit = json["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["unit"] == "FJI")
        .unwrap();
    assert!(unit["nodes"][0]["score"].is_null());
    let shared = shared();
    let zero = shared.unit("FJI").unwrap();
    assert_eq!(zero.report.nodes[0].score, Some(0.0));
}

#[test]
fn exports_match_their_snapshots() {
    let site = shared();
    insta::assert_snapshot!("scores.csv", opendata::scores_csv(&site.results).unwrap());
    let questions = opendata::questions_csv(&site.results).unwrap();
    let head: Vec<&str> = questions.lines().take(20).collect();
    insta::assert_snapshot!("questions.csv.head", head.join("\n"));
    insta::assert_snapshot!(
        "schema.json",
        String::from_utf8(opendata::schema_json()).unwrap()
    );
}

#[test]
fn charts_match_their_snapshots() {
    let bars = svg::bars(
        "Pillar scores of Kenya",
        &[
            Bar {
                label: "Legal".into(),
                value: Some(12.5),
                max: 20.0,
                text: "12.50 / 20".into(),
            },
            Bar {
                label: "Technical <& \"measures\">".into(),
                value: None,
                max: 20.0,
                text: "–".into(),
            },
        ],
    );
    insta::assert_snapshot!("bars.svg", bars);
    let radar = svg::radar(
        "Kenya against Africa and the world",
        &["A".into(), "B".into(), "C".into(), "D".into(), "E".into()],
        &[
            Series {
                name: "Kenya".into(),
                shares: vec![Some(0.5), Some(1.0), Some(0.25), None, Some(0.75)],
            },
            Series {
                name: "Africa".into(),
                shares: vec![Some(0.4); 5],
            },
        ],
    );
    insta::assert_snapshot!("radar.svg", radar);
    let tiers = svg::tier_counts(
        "Countries per tier",
        &[("Top".into(), 3), ("Low".into(), 1)],
    );
    insta::assert_snapshot!("tiers.svg", tiers);
    let grouped = svg::grouped_bars(
        "Kenya and France by pillar",
        &[("Legal".into(), 20.0), ("Technical".into(), 20.0)],
        &[
            svg::Group {
                short: "KEN".into(),
                name: "Kenya".into(),
                values: vec![(Some(10.0), "10.00".into()), (None, "–".into())],
            },
            svg::Group {
                short: "FRA".into(),
                name: "France <&>".into(),
                values: vec![(Some(20.0), "20.00".into()), (Some(5.0), "5.00".into())],
            },
        ],
    );
    insta::assert_snapshot!("grouped.svg", grouped);
    let small = parse(
        "# viewbox: 0 0 100 50\nFRA\tpath\tM10 10l5 0 0 5z\nKEN\tpoint\t50 25\n-\tpath\tM1 1l1 0 0 1z\nLUX\tpoint\t60 20\n",
    )
    .unwrap();
    let entries = |code: &str| -> Option<MapEntry> {
        (code != "LUX").then(|| MapEntry {
            href: format!("countries/{code}/"),
            label: format!("{code}: score"),
            class: if code == "KEN" { 0 } else { 3 },
        })
    };
    insta::assert_snapshot!(
        "map.svg",
        svg::map(&small, &entries, "Map by tier", "A map")
    );
}

#[test]
fn the_world_map_draws_every_country_of_the_master_list_once() {
    let world = world();
    assert_eq!(world.size, (1000.0, 487.0));
    for country in cyberindex_answers::countries::builtin() {
        let shapes: Vec<_> = world
            .shapes
            .iter()
            .filter(|s| s.key.as_deref() == Some(country.alpha3.as_str()))
            .collect();
        assert_eq!(shapes.len(), 1, "{}", country.alpha3);
        if let Shape::Point(x, y) = shapes[0].kind {
            assert!((0.0..=1000.0).contains(&x) && (0.0..=487.0).contains(&y));
        }
    }
    assert!(parse("KEN\tpath\tM0 0z\n").unwrap_err().contains("viewbox"));
    assert!(
        parse("# viewbox: 0 0 1 1\nKEN\tpolygon\tM0 0z\n")
            .unwrap_err()
            .contains("line 2: unknown kind")
    );
}

#[test]
fn recommendations_are_what_the_engine_computes_largest_gain_first() {
    let site = shared();
    for unit in &site.results.units {
        let recs = site.recommendations(unit, 100);
        for pair in recs.windows(2) {
            assert!(pair[0].gain >= pair[1].gain);
        }
        for r in recs.iter().take(3) {
            let q = &unit.report.questions[r.question];
            assert!(q.points.unwrap() < q.max_points);
            assert!(r.gain > 0.0);
            for peer in &r.peers {
                let p = site.unit(peer.unit).unwrap();
                let pq = &p.report.questions[r.question];
                assert_eq!(pq.points, Some(pq.max_points), "a peer has the measure");
            }
        }
    }
    // The gain is the engine's score with the measure in place, less the score today.
    let ken = site.unit("KEN").unwrap();
    let top = &site.recommendations(ken, 1)[0];
    let file = results::read_answers(&site.framework, &site.answers_csv).unwrap();
    let mut values = file
        .units
        .iter()
        .find(|u| u.unit == "KEN")
        .unwrap()
        .values
        .clone();
    let before = cyberindex_engine::score_unit(&site.framework, &values)
        .overall()
        .unwrap();
    let q = &site.framework.questions[top.question];
    let best = q
        .options
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.points.total_cmp(&b.1.points))
        .map(|(i, _)| i as u32);
    if let Some(best) = best {
        values[top.question] = Some(cyberindex_engine::Value::Choice(best));
        let after = cyberindex_engine::score_unit(&site.framework, &values)
            .overall()
            .unwrap();
        assert!((after - before - top.gain).abs() < 1e-9);
    }
}

#[test]
fn areas_of_strength_are_above_the_world_average_and_growth_below() {
    let site = shared();
    for unit in &site.results.units {
        let (strengths, growth) = site.areas(unit, 3);
        assert!(strengths.iter().all(|a| a.share > a.world + 0.05));
        assert!(growth.iter().all(|a| a.share < a.world - 0.05));
        assert!(strengths.len() <= 3 && growth.len() <= 3);
    }
}

#[test]
fn group_averages_are_means_of_the_members() {
    let site = shared();
    let all: Vec<f64> = site
        .results
        .units
        .iter()
        .filter_map(|u| u.report.overall)
        .collect();
    let mean = site.mean_where(0, |_| true);
    assert_eq!(mean.n, all.len());
    assert!((mean.value.unwrap() - all.iter().sum::<f64>() / all.len() as f64).abs() < 1e-12);
    let sids = site
        .by_group()
        .into_iter()
        .find(|g| g.key == "sids")
        .unwrap();
    // Fiji is the only small island developing state of the six.
    assert_eq!(sids.mean.n, 1);
    assert_eq!(sids.mean.value, site.unit("FJI").unwrap().report.overall);
    let counts: usize = site.tier_counts().iter().sum();
    assert_eq!(counts, all.len());
}

/// Found by the `answers_csv` fuzz target: a publication of a framework with `units = "any"` lost
/// the answers of a unit whose id starts with `#`, because the frozen `answers.csv` was read back
/// (to score it) as comment lines. The open-data files quote it too.
#[test]
fn a_unit_starting_with_a_hash_is_published_not_skipped() {
    let source = include_str!("../../../frameworks/examples/cirt-maturity.toml");
    let framework = cyberindex_framework::read(source).unwrap();
    let answers: Vec<FrozenAnswer> = ["#team", "team"]
        .into_iter()
        .map(|unit| FrozenAnswer {
            unit: unit.into(),
            question: "ORG1.1".into(),
            value: "yes".into(),
            comment: String::new(),
        })
        .collect();
    let csv = results::answers_csv(&meta(), &framework, &answers);
    let built = results::build(&framework, &meta(), &csv, Vec::new()).unwrap();
    let units: Vec<&str> = built.units.iter().map(|u| u.report.unit.as_str()).collect();
    assert_eq!(units.len(), 2, "{units:?}\n{csv}");
    assert!(units.contains(&"#team"), "{units:?}\n{csv}");
    let questions = opendata::questions_csv(&built).unwrap();
    assert!(
        csv_rows(&questions).iter().any(|r| r["unit"] == "#team"),
        "{questions}"
    );
}

/// The results of `units` answered with the demonstration answers of `seed`.
fn results_of(units: &[&str], seed: u64, version: u32) -> Results {
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let answers: Vec<FrozenAnswer> = cyberindex_demo::answers(&framework, units, seed)
        .into_iter()
        .map(|r| FrozenAnswer {
            unit: r.unit,
            question: r.question,
            value: r.value,
            comment: String::new(),
        })
        .collect();
    let mut meta = meta();
    meta.publication.version = version;
    let csv = results::answers_csv(&meta, &framework, &answers);
    results::build(&framework, &meta, &csv, Vec::new()).unwrap()
}

#[test]
fn the_preview_lists_every_country_and_what_changed_since_the_previous_version() {
    use cyberindex_publish::preview::{Change, compare};
    let first = results_of(&["FRA", "KEN"], 5, 1);
    // No previous version: every country is listed, none is compared.
    let alone = compare(None, &first);
    assert_eq!(alone.previous_version, None);
    assert_eq!(alone.rows.len(), 2);
    assert!(alone.rows.iter().all(|r| r.change == Change::First));
    assert!(alone.removed.is_empty());
    // The same results again: nothing changed.
    let same = compare(Some(&first), &results_of(&["FRA", "KEN"], 5, 2));
    assert_eq!(same.previous_version, Some(1));
    assert!(
        same.rows.iter().all(|r| r.change == Change::Same),
        "{same:?}"
    );
    // Kenya answered differently, Brazil is new and France is left out.
    let next = results_of(&["BRA", "KEN"], 6, 2);
    let preview = compare(Some(&first), &next);
    let row = |unit: &str| preview.rows.iter().find(|r| r.unit == unit).unwrap();
    assert_eq!(row("BRA").change, Change::New);
    let ken_before = first.units.iter().find(|u| u.report.unit == "KEN").unwrap();
    assert_eq!(
        row("KEN").change,
        Change::Moved {
            overall: ken_before.report.overall,
            rank: ken_before.report.rank,
        }
    );
    assert_ne!(row("KEN").overall, ken_before.report.overall);
    assert_eq!(preview.removed.len(), 1);
    assert_eq!(preview.removed[0].unit, "FRA");
    // In the publication's order, by rank.
    let ranks: Vec<_> = preview.rows.iter().map(|r| r.rank).collect();
    assert_eq!(
        ranks,
        next.units.iter().map(|u| u.report.rank).collect::<Vec<_>>()
    );
}

#[test]
fn peers_are_chosen_per_measure_region_first_with_evidence_first() {
    use cyberindex_publish::results::PublicEvidence;
    use cyberindex_publish::site::{PEERS_PER_MEASURE, PeerReason};
    // Every country of the master list, and public evidence for one full answer in three.
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let codes: Vec<String> = cyberindex_answers::countries::builtin()
        .iter()
        .map(|c| c.alpha3.clone())
        .collect();
    let units: Vec<&str> = codes.iter().map(String::as_str).collect();
    let answers: Vec<FrozenAnswer> = cyberindex_demo::answers(&framework, &units, 11)
        .into_iter()
        .map(|r| FrozenAnswer {
            unit: r.unit,
            question: r.question,
            value: r.value,
            comment: String::new(),
        })
        .collect();
    let csv = results::answers_csv(&meta(), &framework, &answers);
    let evidence: Vec<PublicEvidence> = answers
        .iter()
        .enumerate()
        .filter(|(i, a)| i % 3 == 0 && a.value == "in-place")
        .map(|(i, a)| PublicEvidence {
            id: i as i64,
            unit: a.unit.clone(),
            question: a.question.clone(),
            title: format!("Evidence {i}"),
            url: Some(format!("https://example.org/{i}")),
            file_name: None,
            sha256: None,
            media_type: None,
        })
        .collect();
    let built = results::build(&framework, &meta(), &csv, evidence).unwrap();
    let json = String::from_utf8(opendata::json(&built)).unwrap();
    let site = Site::load(FRAMEWORK, &json, &csv).unwrap();
    let mut with_evidence = 0;
    let mut distinct_per_profile = 0;
    let mut recommendations = 0;
    for unit in &site.results.units {
        let region = unit.groups.as_ref().map(|g| g.itu_region.clone());
        let next_tier = site
            .tier_index(unit)
            .and_then(|t| t.checked_sub(1))
            .map(|t| site.results.tiers[t].id.clone());
        let mut distinct_lists = std::collections::BTreeSet::new();
        for r in site.recommendations(unit, 10) {
            recommendations += 1;
            assert!(r.peers.len() <= PEERS_PER_MEASURE);
            // Same region first: no next-tier peer comes before a same-region one.
            let reasons: Vec<PeerReason> = r.peers.iter().map(|p| p.reason).collect();
            let first_next = reasons.iter().position(|x| *x == PeerReason::NextTier);
            if let Some(k) = first_next {
                assert!(reasons[k..].iter().all(|x| *x == PeerReason::NextTier));
            }
            for peer in &r.peers {
                let p = site.unit(peer.unit).unwrap();
                assert_ne!(p.report.unit, unit.report.unit);
                match peer.reason {
                    PeerReason::SameRegion => {
                        assert_eq!(p.groups.as_ref().map(|g| g.itu_region.clone()), region)
                    }
                    PeerReason::NextTier => assert_eq!(p.report.tier, next_tier),
                }
            }
            // Within a reason, peers with public evidence for the measure come first.
            for pair in r.peers.windows(2) {
                if pair[0].reason == pair[1].reason {
                    assert!(!pair[0].evidence.is_empty() || pair[1].evidence.is_empty());
                }
            }
            // A same-region country that has the measure is never left out for a next-tier one.
            let same_region_with_measure = site
                .results
                .units
                .iter()
                .filter(|u| {
                    u.report.unit != unit.report.unit
                        && region.is_some()
                        && u.groups.as_ref().map(|g| g.itu_region.clone()) == region
                        && u.report.questions[r.question]
                            .points
                            .is_some_and(|x| x >= u.report.questions[r.question].max_points)
                })
                .count();
            let same = reasons
                .iter()
                .filter(|x| **x == PeerReason::SameRegion)
                .count();
            assert_eq!(same, same_region_with_measure.min(PEERS_PER_MEASURE));
            with_evidence += r.peers.iter().filter(|p| !p.evidence.is_empty()).count();
            distinct_lists.insert(r.peers.iter().map(|p| p.unit).collect::<Vec<_>>());
        }
        distinct_per_profile += distinct_lists.len();
    }
    assert!(recommendations > 1000, "{recommendations}");
    assert!(
        with_evidence > recommendations,
        "{with_evidence} peers with evidence"
    );
    // The peers follow the measure: on a profile, the lists are not one list repeated.
    assert!(
        distinct_per_profile * 2 > recommendations,
        "{distinct_per_profile} distinct peer lists on profiles for {recommendations} recommendations"
    );
}
