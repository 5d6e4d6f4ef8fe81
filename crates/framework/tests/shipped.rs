//! The frameworks shipped in `frameworks/` are valid and have the shape their docs promise.

use cyberindex_engine::{Aggregation, MissingPolicy, NodeKind, QuestionType, UnitKind};

fn read(path: &str) -> cyberindex_engine::Framework {
    let source =
        std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    cyberindex_framework::read(&source)
        .unwrap_or_else(|d| panic!("{}", cyberindex_framework::render(path, &source, &d)))
}

#[test]
fn gca_national_index_has_the_promised_shape() {
    let f = read("frameworks/gca-national-index.toml");
    assert_eq!(f.id, "gca-national-index");
    let pillars: Vec<(&str, f64)> = f.pillars().map(|(_, p)| (p.id.as_str(), p.max)).collect();
    assert_eq!(
        pillars,
        [
            ("LEG", 20.0),
            ("TEC", 20.0),
            ("ORG", 20.0),
            ("CAP", 20.0),
            ("COO", 20.0)
        ]
    );
    assert_eq!(f.root().max, 100.0);
    assert_eq!(f.root().aggregation, Aggregation::WeightedSum);
    assert!(f.pillars_sum_to_overall());
    let indicators = f
        .nodes
        .iter()
        .filter(|n| matches!(n.kind, NodeKind::Indicator | NodeKind::SubIndicator))
        .count();
    assert!(indicators >= 20, "{indicators} indicators");
    assert!(f.questions.len() >= 80, "{} questions", f.questions.len());
    let tiers: Vec<(&str, &str, f64)> = f
        .tiers
        .iter()
        .map(|t| (t.id.as_str(), t.label["en"].as_str(), t.min))
        .collect();
    assert_eq!(
        tiers,
        [
            ("T1", "Role-modelling", 95.0),
            ("T2", "Advancing", 85.0),
            ("T3", "Establishing", 55.0),
            ("T4", "Evolving", 20.0),
            ("T5", "Building", 0.0)
        ]
    );
    assert_eq!(f.missing, MissingPolicy::Zero);
    assert_eq!(f.units, UnitKind::Country);
    // Every question type the format offers is exercised, with guidance and expected evidence.
    for kind in [
        QuestionType::ThreeState,
        QuestionType::YesNo,
        QuestionType::SingleChoice,
        QuestionType::MultipleChoice,
        QuestionType::Number,
        QuestionType::Text,
        QuestionType::Url,
        QuestionType::Date,
    ] {
        assert!(
            f.questions.iter().any(|q| q.kind == kind),
            "no {kind:?} question"
        );
    }
    assert!(
        f.questions
            .iter()
            .all(|q| q.guidance.contains_key("en") && q.evidence.contains_key("en"))
    );
    assert!(f.questions.iter().filter(|q| q.rule.is_some()).count() >= 8);
    // Labels of the framework, pillars, indicators and tiers exist in all six UN languages.
    for labels in f
        .nodes
        .iter()
        .map(|n| &n.label)
        .chain(f.tiers.iter().map(|t| &t.label))
    {
        assert_eq!(labels.len(), 6, "{labels:?}");
    }
}

#[test]
fn example_cirt_maturity_is_gated() {
    let f = read("frameworks/examples/cirt-maturity.toml");
    assert_eq!(f.levels.len(), 3);
    assert!(
        f.nodes
            .iter()
            .any(|n| matches!(n.aggregation, Aggregation::MaturityGated { .. }))
    );
}

/// Every text in all six UN languages, as `cyberindex check --require-languages` asks.
fn complete_in_six_languages(f: &cyberindex_engine::Framework) {
    let six: Vec<String> = cyberindex_engine::model::LANGUAGES
        .iter()
        .map(|l| l.to_string())
        .collect();
    let missing = cyberindex_framework::missing_languages(f, &six);
    assert!(
        missing.is_empty(),
        "{}",
        missing
            .iter()
            .map(|m| m.line())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn cirt_maturity_has_the_45_sim3_parameters_and_an_example_profile() {
    let f = read("frameworks/cirt-maturity.toml");
    assert_eq!(f.id, "cirt-maturity");
    let groups: Vec<(&str, usize)> = f
        .pillars()
        .map(|(i, p)| {
            let count = f
                .questions
                .iter()
                .filter(|q| f.pillar_of(q.parent) == i)
                .count();
            (p.id.as_str(), count)
        })
        .collect();
    assert_eq!(groups, [("O", 11), ("H", 7), ("T", 10), ("P", 17)]);
    for (i, q) in f.questions.iter().enumerate() {
        let group = &f.nodes[f.pillar_of(q.parent)].id;
        let number = f
            .questions
            .iter()
            .take(i + 1)
            .filter(|o| f.nodes[f.pillar_of(o.parent)].id == *group)
            .count();
        assert_eq!(q.id, format!("{group}-{number}"));
        assert_eq!(q.kind, QuestionType::SingleChoice);
        let scale: Vec<(&str, f64, bool)> = q
            .options
            .iter()
            .map(|o| (o.id.as_str(), o.points, o.not_applicable))
            .collect();
        assert_eq!(
            scale,
            [
                ("0", 0.0, false),
                ("1", 1.0, false),
                ("2", 2.0, false),
                ("3", 3.0, false),
                ("4", 4.0, false),
                ("na", 0.0, true)
            ],
            "{}",
            q.id
        );
        assert!(q.guidance.contains_key("en") && q.evidence.contains_key("en"));
    }
    assert_eq!(f.profiles.len(), 1);
    let profile = &f.profiles[0];
    assert_eq!(profile.id, "cyberindex-example");
    assert!(profile.source["en"].contains("not ENISA"));
    let levels: Vec<(&str, usize)> = profile
        .levels
        .iter()
        .map(|l| (l.id.as_str(), l.minimums.len()))
        .collect();
    assert_eq!(
        levels,
        [("basic", 45), ("intermediate", 45), ("advanced", 45)]
    );
    complete_in_six_languages(&f);
}

#[test]
fn cirt_readiness_covers_eight_areas() {
    let f = read("frameworks/cirt-readiness.toml");
    assert_eq!(f.id, "cirt-readiness");
    let areas: Vec<&str> = f.pillars().map(|(_, p)| p.id.as_str()).collect();
    assert_eq!(
        areas,
        ["MAN", "LAW", "CON", "FUN", "STA", "FAC", "STK", "INT"]
    );
    assert!(f.questions.iter().all(|q| q.kind.is_scored()));
    assert!(f.profiles.is_empty());
    complete_in_six_languages(&f);
}
