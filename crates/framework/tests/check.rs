//! Data-driven tests of the framework reader: every `tests/check/*.toml` is read, and its
//! outcome (a summary, or every diagnostic rendered as `file:line:column`) is compared with its
//! snapshot in `tests/snapshots/`.

use std::path::Path;

use cyberindex_engine::Framework;

fn outcome(path: &Path) -> (bool, String) {
    let source = std::fs::read_to_string(path).unwrap();
    let name = format!("check/{}", path.file_name().unwrap().to_string_lossy());
    match cyberindex_framework::read(&source) {
        Ok(f) => (true, summary(&f)),
        Err(diagnostics) => {
            // Every diagnostic covers whole characters of the source (`render` and editors
            // slice it there).
            for d in &diagnostics {
                assert!(
                    d.span.start <= d.span.end
                        && source.is_char_boundary(d.span.start)
                        && source.is_char_boundary(d.span.end),
                    "{name}: span {:?} is not on character boundaries: {}",
                    d.span,
                    d.message
                );
            }
            (
                false,
                cyberindex_framework::render(&name, &source, &diagnostics),
            )
        }
    }
}

fn summary(f: &Framework) -> String {
    format!(
        "ok: {} nodes, {} questions, {} tiers",
        f.nodes.len(),
        f.questions.len(),
        f.tiers.len()
    )
}

#[test]
fn check_fixtures() {
    insta::glob!("check/*.toml", |path| {
        let (ok, text) = outcome(path);
        let base = path.file_stem().unwrap() == "base";
        assert_eq!(
            ok,
            base,
            "only base.toml is valid, got for {}:\n{text}",
            path.display()
        );
        insta::assert_snapshot!(text);
    });
}

#[test]
fn every_error_is_reported_at_once() {
    let (_, text) = outcome(Path::new("tests/check/every-error.toml"));
    for expected in [
        "duplicate id `Q1`",
        "unknown question `Q9`",
        "has no option `maybe`",
        "`weight` of indicator `I` is 0",
        "`weight` of question `Q1` is -1",
        "has no English `label`",
        "indicator parents form a cycle",
        "relevance rules form a cycle",
        "tier thresholds are out of order",
        "unknown key `colour`",
        "unknown key `wieght` in pillar `P`",
        "can earn no points",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    // Every error carries file:line:column and a help line.
    let errors = text.lines().filter(|l| l.contains(": error: ")).count();
    assert_eq!(
        errors,
        text.lines().filter(|l| l.starts_with("  help: ")).count()
    );
    assert!(
        text.lines()
            .filter(|l| l.contains(": error: "))
            .all(|l| l.starts_with("check/every-error.toml:"))
    );
}

#[test]
fn missing_languages_lists_each_text_with_the_languages_it_lacks() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/languages/partial.toml");
    let framework = cyberindex_framework::read(&std::fs::read_to_string(path).unwrap()).unwrap();
    let required = cyberindex_framework::parse_languages("ar, en,fr,ar").unwrap();
    assert_eq!(required, ["ar", "en", "fr"]);
    let lines: Vec<String> = cyberindex_framework::missing_languages(&framework, &required)
        .iter()
        .map(|m| m.line())
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
    // Texts present in every required language are not listed; nothing is missing in English.
    let english = cyberindex_framework::missing_languages(&framework, &["en".to_string()]);
    assert!(english.is_empty(), "{english:?}");
    assert!(cyberindex_framework::parse_languages("en,de").is_err());
    assert!(cyberindex_framework::parse_languages(" , ").is_err());
}

#[test]
fn a_separate_profile_file_is_checked_against_its_framework() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../frameworks/cirt-maturity.toml");
    let framework = cyberindex_framework::read(&std::fs::read_to_string(root).unwrap()).unwrap();
    let good = "framework = \"cirt-maturity\"\n[[profile]]\nid = \"licensed\"\nlabel.en = \"L\"\n[[profile.level]]\nid = \"one\"\nlabel.en = \"One\"\nallow_na = [\"O-6\"]\nmin = { O-1 = 2, O-6 = 3 }\n";
    let profiles = cyberindex_framework::read_profiles(&framework, good).unwrap();
    assert_eq!(profiles.len(), 1);
    let minimums: Vec<(&str, f64, bool)> = profiles[0].levels[0]
        .minimums
        .iter()
        .map(|m| (m.parameter.as_str(), m.min, m.allow_na))
        .collect();
    assert_eq!(minimums, [("O-1", 2.0, false), ("O-6", 3.0, true)]);

    let bad = "framework = \"gca\"\ncolour = 1\n[[profile]]\nid = \"cyberindex-example\"\nlabel.en = \"Clash\"\n[[profile.level]]\nid = \"one\"\nlabel.en = \"One\"\nmin = { O-1 = 7, X-1 = 1 }\n";
    let diagnostics = cyberindex_framework::read_profiles(&framework, bad).unwrap_err();
    let text = cyberindex_framework::render("licensed.toml", bad, &diagnostics);
    for expected in [
        "licensed.toml:1:13: error: the profiles are for framework `gca`, not `cirt-maturity`",
        "licensed.toml:2:1: error: unknown key `colour` in the profile file",
        "licensed.toml:4:6: error: the framework already has a profile `cyberindex-example`",
        "licensed.toml:9:15: error: the minimum of `O-1` in level `one` of profile `cyberindex-example` is 7, outside its scale from 0 to 4",
        "licensed.toml:9:18: error: level `one` of profile `cyberindex-example` names unknown parameter `X-1`",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}
