//! The methodology lab's spec reader (`*.uncertainty.toml`, `Spec::parse`) and what follows it
//! for a spec that reads: resolving it against the shipped framework (`Spec::prepare`, as
//! `cyberindex analyse` and the server do) and a short analysis. Syntax errors say where; a
//! spec either fails with a message or gives an analysis whose ranks and probabilities are in
//! range; nothing panics.
#![no_main]

use std::sync::OnceLock;

use cyberindex_answers::{AnswerFile, Format, countries};
use cyberindex_fuzz::{gca, note};
use cyberindex_publish::analysis::{self, IndicatorTable, Settings, Spec};
use libfuzzer_sys::fuzz_target;

const UNITS: [&str; 8] = ["ARG", "BRA", "EGY", "FRA", "IND", "KEN", "NZL", "RUS"];

/// Demonstration answers of eight countries in four regions, read as an answer file.
fn answers() -> &'static AnswerFile {
    static ANSWERS: OnceLock<AnswerFile> = OnceLock::new();
    ANSWERS.get_or_init(|| {
        let mut csv = String::from("unit,question,value\n");
        for row in cyberindex_demo::answers(gca(), &UNITS, 11) {
            csv.push_str(&format!(
                "{},{},\"{}\"\n",
                row.unit, row.question, row.value
            ));
        }
        cyberindex_answers::read(gca(), csv.as_bytes(), Format::Csv).expect("demo answers read")
    })
}

/// A data file for the spec's `[[indicator]]` entries: columns `a`, `b`, and `pop` as a
/// denominator, with a missing cell and a zero.
fn table() -> &'static IndicatorTable {
    static TABLE: OnceLock<IndicatorTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        IndicatorTable::parse(
            "fuzz.csv",
            "unit,a,b,pop\nARG,1,10,5\nBRA,2,,7\nEGY,3,30,0\nFRA,4,40,9\nIND,5,50,100\nKEN,0,60,3\nNZL,7,70,1\nRUS,8,80,2\n",
        )
        .expect("the fuzz data file reads")
    })
}

fn pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spec = match Spec::parse(text) {
        Err(message) => {
            note(format_args!("not read: {message}"));
            // toml's messages start "TOML parse error at line L, column C".
            assert!(message.contains("line "), "no location in {message:?}");
            return;
        }
        Ok(spec) => spec,
    };
    let framework = gca();
    let region =
        |unit: &str| countries::by_alpha3(unit).map_or_else(String::new, |c| c.itu_region.clone());
    let prepared = spec.prepare(framework, answers(), region, None, Some(table()));
    let (model, lab, labels) = match prepared {
        Ok(prepared) => prepared,
        Err(e) => {
            note(format_args!("not prepared: {e}"));
            return;
        }
    };
    assert_eq!(labels.len(), lab.inputs.len());
    // A short run: the spec's own settings could ask for millions of rebuilds.
    let settings = Settings {
        runs: spec.settings.runs.min(6),
        seed: spec.settings.seed,
        sensitivity_samples: spec.settings.sensitivity_samples.min(3),
        bootstrap: spec.settings.bootstrap.min(3),
    };
    let result =
        pool().install(|| analysis::analyse(&model, &lab, &labels, &settings, true, &|_| {}));
    let report = match result {
        Ok(report) => report,
        Err(e) => {
            note(format_args!("analysis failed: {e}"));
            return;
        }
    };
    note(format_args!("analysed: {} units", report.units.len()));
    let n = report.units.len() as f64;
    for u in &report.units {
        if let Some(rank) = u.nominal_rank {
            assert!(
                rank >= 1 && f64::from(rank) <= n,
                "nominal rank {rank} of {n}"
            );
        }
        for (tier, p) in &u.tiers {
            assert!(
                p.is_nan() || (-1e-9..=1.0 + 1e-9).contains(p),
                "tier {tier} probability {p}"
            );
        }
    }
});
