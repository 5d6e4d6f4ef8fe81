//! The methodology lab on the shipped framework: the nominal model reproduces the engine's
//! scores, spec files are checked with clear messages, fixed assumptions give no uncertainty, and
//! a seed gives the same analysis at any thread count.

use cyberindex_publish::analysis::{self, Assumption, LevelName, Settings, Spec, model};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const SPEC: &str = include_str!("../../../frameworks/gca-national-index.uncertainty.toml");

fn setup(units: usize) -> (cyberindex_engine::Framework, cyberindex_answers::AnswerFile) {
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let codes: Vec<&str> = cyberindex_answers::countries::builtin()
        .iter()
        .take(units)
        .map(|c| c.alpha3.as_str())
        .collect();
    let mut csv = String::from("unit,question,value\n");
    for r in cyberindex_demo::answers(&framework, &codes, 7) {
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
    (framework, file)
}

fn region(unit: &str) -> String {
    cyberindex_answers::countries::by_alpha3(unit)
        .map_or_else(String::new, |c| c.itu_region.clone())
}

#[test]
fn the_nominal_model_reproduces_the_engines_scores() {
    let (framework, file) = setup(60);
    let m = model(&framework, &file, region).unwrap();
    let rebuilt = cyberindex_lab::pipeline::rebuild(&m.dataset, &m.hierarchy, &m.method).unwrap();
    let scale = 100.0 / framework.root().max;
    for (i, unit) in file.units.iter().enumerate() {
        let engine = cyberindex_engine::score_unit(&framework, &unit.values)
            .overall()
            .unwrap();
        assert!(
            (rebuilt.index[i] - engine * scale).abs() < 1e-9,
            "{}: lab {} engine {}",
            unit.unit,
            rebuilt.index[i],
            engine * scale
        );
    }
    assert!(m.notes.is_empty(), "{:?}", m.notes);
}

#[test]
fn the_shipped_spec_reads_and_resolves() {
    let (framework, file) = setup(20);
    let spec = Spec::parse(SPEC).unwrap();
    assert_eq!(spec.framework, "gca-national-index");
    assert_eq!(spec.settings.runs, 10_000);
    let m = model(&framework, &file, region).unwrap();
    let lab = spec.to_lab(&m, &framework).unwrap();
    assert_eq!(lab.inputs.len(), spec.assumptions.len());
    assert_eq!(lab.tiers, vec![95.0, 85.0, 55.0, 20.0, 0.0]);
    assert_eq!(analysis::labels(&spec)[0], "pillar weights ±25 %");
}

#[test]
fn spec_mistakes_say_where_and_what() {
    let (framework, file) = setup(10);
    let m = model(&framework, &file, region).unwrap();
    let unknown_key = Spec::parse("framework = \"gca-national-index\"\n[[assumption]]\nkind = \"weights\"\nlevel = \"pillar\"\nnoise = 0.2\nspread = 1\n")
        .unwrap_err();
    // The place is the assumption's table; the message names the key and what is allowed.
    assert!(
        unknown_key.contains("line 2") && unknown_key.contains("unknown field `spread`"),
        "{unknown_key}"
    );
    let unknown_kind =
        Spec::parse("framework = \"x\"\n[[assumption]]\nkind = \"colour\"\n").unwrap_err();
    assert!(unknown_kind.contains("colour"), "{unknown_kind}");
    let cases: [(Assumption, &str); 4] = [
        (
            Assumption::Exclude {
                questions: vec!["LEG1.1".into(), "NOPE".into()],
            },
            "assumption 1 (exclude): `NOPE` is not a scored question",
        ),
        (
            Assumption::Tiers {
                options: vec![vec![90.0, 50.0]],
            },
            "assumption 1 (tiers): each option needs 5 thresholds, one per tier; one has 2",
        ),
        (
            Assumption::Weights {
                level: LevelName::Pillar,
                noise: 1.5,
            },
            "assumption 1 (weights): noise must be at least 0 and below 1",
        ),
        (
            Assumption::Aggregation {
                level: LevelName::Question,
                options: vec![],
            },
            "assumption 1 (aggregation): questions are not aggregated",
        ),
    ];
    for (assumption, message) in cases {
        let spec = Spec {
            framework: "gca-national-index".into(),
            settings: Settings::default(),
            method: None,
            indicators: Vec::new(),
            assumptions: vec![assumption],
        };
        let error = spec.to_lab(&m, &framework).unwrap_err();
        assert!(error.starts_with(message), "{error}");
    }
    let other = Spec {
        framework: "cirt-maturity".into(),
        ..Spec::generic(&framework)
    };
    assert!(
        other
            .to_lab(&m, &framework)
            .unwrap_err()
            .contains("not `gca-national-index`")
    );
}

fn run(spec: &Spec, threads: usize, units: usize) -> analysis::Analysis {
    let (framework, file) = setup(units);
    let m = model(&framework, &file, region).unwrap();
    let lab = spec.to_lab(&m, &framework).unwrap();
    let labels = analysis::labels(spec);
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap()
        .install(|| analysis::analyse(&m, &lab, &labels, &spec.settings, true, &|_| {}).unwrap())
}

#[test]
fn fixed_assumptions_leave_every_rank_where_it_was() {
    let (framework, _) = setup(1);
    let spec = Spec {
        framework: framework.id.clone(),
        settings: Settings {
            runs: 200,
            seed: 1,
            sensitivity_samples: 0,
            bootstrap: 0,
        },
        method: None,
        indicators: Vec::new(),
        assumptions: vec![
            Assumption::Weights {
                level: LevelName::Pillar,
                noise: 0.0,
            },
            Assumption::Imputation {
                options: vec![cyberindex_lab::pipeline::Imputation::Zero],
            },
        ],
    };
    let result = run(&spec, 2, 40);
    assert_eq!(result.share_within_3, 1.0);
    assert_eq!(result.mean_abs_rank_shift, 0.0);
    for u in &result.units {
        let nominal = f64::from(u.nominal_rank.unwrap());
        assert_eq!(
            (u.rank_p05, u.median_rank, u.rank_p95),
            (nominal, nominal, nominal),
            "{}",
            u.unit
        );
        assert_eq!(u.tiers.iter().filter(|(_, p)| *p == 1.0).count(), 1);
    }
}

#[test]
fn a_seed_gives_the_same_analysis_at_any_thread_count() {
    let mut spec = Spec::parse(SPEC).unwrap();
    spec.settings = Settings {
        runs: 300,
        seed: 9,
        sensitivity_samples: 32,
        bootstrap: 20,
    };
    let one = run(&spec, 1, 50);
    let two = run(&spec, 2, 50);
    assert_eq!(
        serde_json::to_string(&one).unwrap(),
        serde_json::to_string(&two).unwrap()
    );
    assert!(one.mean_abs_rank_shift > 0.0, "the assumptions move ranks");
    assert_eq!(one.sensitivity.len(), spec.assumptions.len());
    assert!(one.coherence.is_some());
    spec.settings.seed = 10;
    let other = run(&spec, 2, 50);
    assert_ne!(
        serde_json::to_string(&one).unwrap(),
        serde_json::to_string(&other).unwrap()
    );
}

#[test]
fn the_method_section_overrides_the_nominal_method() {
    let (framework, file) = setup(30);
    let text = format!(
        "{}\n[method]\nimputation = \"group_mean\"\n[method.questions.\"LEG1.1\"]\nnormalisation = \"rank\"\n[method.aggregation]\npillar = {{ geometric = {{ zeros = {{ shift = {{ epsilon = 1.0 }} }} }} }}\n[method.weights.experts]\nsheets = [\"a.csv\", \"b.csv\"]\ncombine = \"median\"\n",
        SPEC.replace("[settings]", "[settings]\n")
    );
    let spec = Spec::parse(&text).unwrap();
    let sheets = [
        (
            "a.csv".to_string(),
            "component,weight\nLEG,2\nTEC,1\n".to_string(),
        ),
        ("b.csv".to_string(), "component,weight\nLEG,3\n".to_string()),
    ];
    let (m, _, _) = spec
        .prepare(&framework, &file, region, Some(&sheets), None)
        .unwrap();
    assert_eq!(
        m.method.default.imputation,
        cyberindex_lab::pipeline::Imputation::GroupMean
    );
    let legal = m.questions.iter().position(|q| q == "LEG1.1").unwrap();
    assert_eq!(
        m.method.overrides[&legal].normalisation,
        Some(cyberindex_lab::pipeline::Normalisation::Rank)
    );
    assert!(m.method.level_aggregation.contains_key(&3));
    let rebuilt = cyberindex_lab::pipeline::rebuild(&m.dataset, &m.hierarchy, &m.method).unwrap();
    // Both sheets kept; LEG weighs the median of 2 × 20 and 3 × 20 in the model's units.
    assert_eq!(rebuilt.weights.experts.len(), 2);
    let pillars = &rebuilt.weights.combined[3];
    assert_eq!(pillars[0], 50.0);
    // A mistake in a sheet names the file and row; an unknown question in the method too.
    let bad = [
        (
            "a.csv".to_string(),
            "component,weight\nLEG,-1\n".to_string(),
        ),
        sheets[1].clone(),
    ];
    let error = spec
        .prepare(&framework, &file, region, Some(&bad), None)
        .unwrap_err();
    assert_eq!(error, "a.csv: row 2: the weight must be a number ≥ 0");
    let unknown = Spec::parse(&text.replace("LEG1.1", "LEG0.0")).unwrap();
    assert!(
        unknown
            .prepare(&framework, &file, region, Some(&sheets), None)
            .unwrap_err()
            .contains("`LEG0.0` is not a scored question")
    );
}

#[test]
fn numeric_indicators_join_the_questions_with_their_denominators() {
    let (framework, file) = setup(12);
    let units: Vec<&str> = file.units.iter().map(|u| u.unit.as_str()).collect();
    let mut csv = String::from("unit,certified,population\n");
    for (i, u) in units.iter().enumerate() {
        // Certified professionals; one country has no figure.
        let certified = if i == 3 {
            String::new()
        } else {
            format!("{}", 100 * (i + 1))
        };
        csv.push_str(&format!("{u},{certified},{}\n", 10 + i));
    }
    let table = analysis::IndicatorTable::parse("data.csv", &csv).unwrap();
    let text = format!(
        "{SPEC}\n[[indicator]]\nid = \"CERT\"\nunder = \"CAP\"\nweight = 2.0\ncolumn = \"certified\"\ndenominator = \"population\"\n"
    );
    let spec = Spec::parse(&text).unwrap();
    let (m, lab, _) = spec
        .prepare(&framework, &file, region, None, Some(&table))
        .unwrap();
    assert_eq!(m.questions.last().map(String::as_str), Some("CERT"));
    assert_eq!(m.dataset.denominators().len(), 1);
    let j = m.questions.len() - 1;
    assert_eq!(m.method.overrides[&j].denominator, Some(Some(0)));
    let rebuilt = cyberindex_lab::pipeline::rebuild(&m.dataset, &m.hierarchy, &m.method).unwrap();
    // Per capita then min-max: the highest ratio scores 100.
    let level0 = &rebuilt.levels[0];
    let col: Vec<f64> = (0..units.len())
        .map(|i| level0.scores[j * units.len() + i])
        .collect();
    assert!(col[3].is_nan(), "no figure stays missing");
    let best = (0..units.len())
        .filter(|i| *i != 3)
        .max_by(|a, b| {
            let r = |i: usize| (100.0 * (i as f64 + 1.0)) / (10.0 + i as f64);
            r(*a).total_cmp(&r(*b))
        })
        .unwrap();
    assert_eq!(col[best], 100.0);
    assert!(!lab.inputs.is_empty());
    // Its own normalisation and imputation hold in every run of the analyses.
    assert_eq!(lab.own_treatment, [j]);
    // Mistakes name what is wrong.
    let missing =
        Spec::parse(&text.replace("column = \"certified\"", "column = \"nope\"")).unwrap();
    assert!(
        missing
            .prepare(&framework, &file, region, None, Some(&table))
            .unwrap_err()
            .contains("no column `nope`")
    );
    assert!(
        spec.prepare(&framework, &file, region, None, None)
            .unwrap_err()
            .contains("give their data file")
    );
    let bad =
        analysis::IndicatorTable::parse("data.csv", "unit,certified\nKEN,lots\n").unwrap_err();
    assert_eq!(
        bad,
        "data.csv: row 2, column `certified`: `lots` is not a number"
    );
}
