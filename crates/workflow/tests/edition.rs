//! The edition checks, one case per error: each bad field gives exactly its error (in English
//! through `Display`), and nothing else; a good form gives the edition.

use std::collections::BTreeMap;

use cyberindex_workflow::WorkflowError;
use cyberindex_workflow::edition::{EditionForm, check};

const FRAMEWORK: &str = include_str!("../../../frameworks/examples/cirt-maturity.toml");

fn good() -> EditionForm {
    EditionForm {
        id: "2026".into(),
        name: "Global index 2026".into(),
        names: BTreeMap::new(),
        framework: "cirt-maturity.toml".into(),
        opens_on: "2026-01-15".into(),
        deadline: "2026-06-30".into(),
        countries: "fra, KEN;fra".into(),
        carry_forward_from: String::new(),
    }
}

fn names(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(l, n)| (l.to_string(), n.to_string()))
        .collect()
}

/// A framework's name and text, as the caller read them.
type Source = Option<(String, String)>;

fn source() -> Source {
    Some(("cirt-maturity.toml".into(), FRAMEWORK.into()))
}

/// The English of every error a form gives, one per line.
fn errors(form: &EditionForm, source: Source) -> String {
    match check(form, source) {
        Ok(_) => "ok".into(),
        Err((errors, _)) => errors
            .iter()
            .map(WorkflowError::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

#[test]
fn a_good_form_gives_the_edition_with_sorted_unique_countries() {
    let edition = check(&good(), source()).expect("a good form");
    assert_eq!(edition.id, "2026");
    assert_eq!(edition.name, "Global index 2026");
    assert_eq!(edition.countries, ["FRA", "KEN"]);
    assert_eq!(edition.framework_source, FRAMEWORK);
    assert_eq!(edition.opens_on, "2026-01-15");
    let all = check(
        &EditionForm {
            countries: "all".into(),
            ..good()
        },
        source(),
    )
    .expect("every country");
    assert!(all.countries.len() > 150, "{}", all.countries.len());
}

#[test]
fn names_in_other_languages_are_trimmed_and_empty_ones_left_out() {
    let edition = check(
        &EditionForm {
            names: names(&[
                ("fr", "  Indice mondial 2026 "),
                ("ar", "المؤشر العالمي 2026"),
                ("zh", "   "),
                ("es", ""),
            ]),
            ..good()
        },
        source(),
    )
    .expect("a good form");
    assert_eq!(
        edition.names,
        names(&[("ar", "المؤشر العالمي 2026"), ("fr", "Indice mondial 2026")])
    );
    assert_eq!(
        check(&good(), source()).unwrap().names,
        BTreeMap::new(),
        "no other name"
    );
    let longest = "é".repeat(200);
    let edition = check(
        &EditionForm {
            name: longest.clone(),
            names: names(&[("ru", &longest)]),
            ..good()
        },
        source(),
    )
    .expect("200 characters fit");
    assert_eq!(edition.names["ru"], longest);
}

#[test]
fn each_bad_field_gives_its_own_error() {
    let cases: Vec<(&str, EditionForm, Source, &str)> = vec![
        (
            "empty id",
            EditionForm {
                id: " ".into(),
                ..good()
            },
            source(),
            "Edition id: use 1 to 40 lowercase letters, digits and dashes, such as 2026.",
        ),
        (
            "uppercase id",
            EditionForm {
                id: "GCI-2026".into(),
                ..good()
            },
            source(),
            "Edition id: use 1 to 40 lowercase letters, digits and dashes, such as 2026.",
        ),
        (
            "id starting with a dash",
            EditionForm {
                id: "-2026".into(),
                ..good()
            },
            source(),
            "Edition id: use 1 to 40 lowercase letters, digits and dashes, such as 2026.",
        ),
        (
            "id of 41 characters",
            EditionForm {
                id: "a".repeat(41),
                ..good()
            },
            source(),
            "Edition id: use 1 to 40 lowercase letters, digits and dashes, such as 2026.",
        ),
        (
            "no name",
            EditionForm {
                name: "  ".into(),
                ..good()
            },
            source(),
            "Name: give the edition a name.",
        ),
        (
            "name of 201 characters",
            EditionForm {
                name: "é".repeat(201),
                ..good()
            },
            source(),
            "Name: use at most 200 characters.",
        ),
        (
            "French name of 201 characters",
            EditionForm {
                names: names(&[("fr", &"é".repeat(201))]),
                ..good()
            },
            source(),
            "Name in French: use at most 200 characters.",
        ),
        (
            "Arabic name with a line break",
            EditionForm {
                names: names(&[("ar", "المؤشر\n2026")]),
                ..good()
            },
            source(),
            "Name in Arabic: remove the line breaks, tabs and other control characters.",
        ),
        (
            "name in a language that is not a UN language",
            EditionForm {
                names: names(&[("de", "Index 2026")]),
                ..good()
            },
            source(),
            "Names: “de” is not a language code: use ar, zh, en, fr, ru or es.",
        ),
        (
            "bad opening date",
            EditionForm {
                opens_on: "2026-1-15".into(),
                ..good()
            },
            source(),
            "Opening date: write the date as YYYY-MM-DD.\n\
             Deadline: it must not be before the opening date.",
        ),
        (
            "bad deadline",
            EditionForm {
                deadline: "30/06/2026".into(),
                ..good()
            },
            source(),
            "Deadline: write the date as YYYY-MM-DD.",
        ),
        (
            "deadline before opening",
            EditionForm {
                deadline: "2026-01-14".into(),
                ..good()
            },
            source(),
            "Deadline: it must not be before the opening date.",
        ),
        (
            "unknown country",
            EditionForm {
                countries: "FRA,XXX".into(),
                ..good()
            },
            source(),
            "Countries: “XXX” is not an ISO 3166-1 alpha-3 code of the master list.",
        ),
        (
            "no framework",
            good(),
            None,
            "Framework: choose a shipped framework or upload one.",
        ),
        (
            "broken framework",
            good(),
            Some(("broken.toml".into(), "id = \"x\"\nversion = 1\n".into())),
            "",
        ),
    ];
    for (case, form, source, expected) in cases {
        let actual = errors(&form, source);
        if case == "broken framework" {
            assert!(
                actual.starts_with("Framework: broken.toml has ")
                    && actual.ends_with(" error(s); nothing was created."),
                "{case}: {actual}"
            );
            continue;
        }
        assert_eq!(actual, expected, "{case}");
    }
}

#[test]
fn a_broken_framework_comes_with_its_diagnostics_and_a_count() {
    let (errors, diagnostics) = check(
        &good(),
        Some(("broken.toml".into(), "id = \"x\"\nversion = 1\n".into())),
    )
    .unwrap_err();
    let [WorkflowError::EditionFramework { name, count }] = errors.as_slice() else {
        panic!("{errors:?}");
    };
    assert_eq!(name, "broken.toml");
    assert!(*count > 0);
    assert!(diagnostics.contains("broken.toml:"), "{diagnostics}");
}

#[test]
fn every_problem_is_reported_at_once() {
    let form = EditionForm {
        id: String::new(),
        name: String::new(),
        opens_on: "x".into(),
        deadline: "y".into(),
        countries: "ZZZ".into(),
        ..good()
    };
    let (errors, _) = check(&form, None).unwrap_err();
    assert_eq!(
        errors,
        [
            WorkflowError::EditionId,
            WorkflowError::EditionName,
            WorkflowError::EditionDate { field: "opens" },
            WorkflowError::EditionDate { field: "deadline" },
            WorkflowError::EditionCountry {
                country: "ZZZ".into()
            },
            WorkflowError::EditionFrameworkMissing,
        ]
    );
}
