//! A CIRT maturity assessment as PDF, read back with `pdftotext` (poppler-utils; skipped with a
//! message when missing, a failure when `CI` is set): in English and in Arabic, the team, the
//! levels, a note, the evidence's expiry and a roadmap action are in the text, in their script.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use cyberindex_report::maturity::{
    Assessment, BlockerRow, EvidenceRow, GroupRow, ParameterRow, RoadmapRow, TierRow,
};
use cyberindex_report::{Fonts, maturity_pdf};

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::discover().expect("the Noto fonts are installed (.ci/run)"))
}

/// The single-line messages of the server's Fluent file for `lang`, `{ $name }` filled in.
fn messages(lang: &str) -> HashMap<String, String> {
    let path = format!(
        "{}/../server/locales/{lang}/main.ftl",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with([' ', '#', '}']))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn label(messages: &HashMap<String, String>, key: &str, args: &[(&str, &str)]) -> String {
    let mut text = messages
        .get(key)
        .unwrap_or_else(|| panic!("message {key}"))
        .clone();
    for (name, value) in args {
        text = text.replace(&format!("{{ ${name} }}"), value);
    }
    text
}

fn pdftotext(pdf: &[u8], name: &str) -> Option<String> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("report-pdfs");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, pdf).unwrap();
    match Command::new("pdftotext").arg(&path).arg("-").output() {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext: {out:?}");
            Some(String::from_utf8(out.stdout).unwrap())
        }
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("skipped: pdftotext not found ({e}); apt-get install poppler-utils");
            None
        }
        Err(e) => panic!("pdftotext not found ({e}) and CI is set: apt-get install poppler-utils"),
    }
}

/// White space squashed, without bidi controls and Arabic vowel marks (as `tests/profile.rs`).
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A small assessment whose names are in `lang`'s script where it matters.
fn assessment(team: &str, note: &str, action: &str) -> Assessment {
    Assessment {
        id: 7,
        team: team.into(),
        country: "Kenya".into(),
        framework: "CIRT maturity".into(),
        framework_version: "cirt-maturity 0.1.0".into(),
        kind: "Peer".into(),
        round: 2,
        status: "Signed off".into(),
        signed_off: "2026-11-30".into(),
        tiers: vec![TierRow {
            profile: "Example".into(),
            reached: "Basic".into(),
            next: "Intermediate".into(),
            blockers: vec![BlockerRow {
                parameter: "P-9".into(),
                name: "Emergency Reachability Process".into(),
                value: "1".into(),
                required: "3".into(),
            }],
        }],
        groups: vec![GroupRow {
            id: "O".into(),
            label: "Organisation".into(),
            parameters: vec![
                ParameterRow {
                    id: "O-1".into(),
                    name: "Mandate".into(),
                    self_level: "3".into(),
                    validated_level: "2".into(),
                    note: note.into(),
                    comment: "Board minutes missing".into(),
                    differs: true,
                },
                ParameterRow {
                    id: "O-2".into(),
                    name: "Constituency".into(),
                    self_level: "–".into(),
                    validated_level: "–".into(),
                    ..ParameterRow::default()
                },
            ],
        }],
        evidence: vec![EvidenceRow {
            parameter: "O-1".into(),
            title: "Decree".into(),
            kind: "link".into(),
            issued: "2024-01-10".into(),
            expires: "2025-01-10".into(),
            expired: true,
        }],
        roadmap: vec![RoadmapRow {
            parameter: "P-9".into(),
            from: "1".into(),
            to: "3".into(),
            action: action.into(),
            owner: "Duty manager".into(),
            due: "2027-03-31".into(),
            status: "Open".into(),
        }],
    }
}

#[test]
fn an_assessment_report_holds_levels_evidence_and_roadmap_in_english_and_arabic() {
    for (lang, team, note, action) in [
        (
            "en",
            "Kenya Test CIRT",
            "Decree approved by the board",
            "Test the duty phone every month",
        ),
        (
            "ar",
            "فريق كينيا",
            "مرسوم معتمد من المجلس",
            "اختبر هاتف المناوبة كل شهر",
        ),
    ] {
        let messages = messages(lang);
        let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
        let pdf = maturity_pdf(&assessment(team, note, action), lang, &labels, fonts()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        let Some(text) = pdftotext(&pdf, &format!("maturity-{lang}.pdf")) else {
            return;
        };
        let text = squash(&text);
        let expired = squash(&label(&messages, "maturity-expired", &[]));
        let roadmap = squash(&label(&messages, "report-maturity-roadmap", &[]));
        for wanted in [
            team,
            note,
            action,
            "O-1",
            "P-9",
            "2025-01-10",
            "2026-11-30",
            "Board minutes missing",
        ]
        .into_iter()
        .map(squash)
        .chain([expired, roadmap])
        {
            // pdftotext may order the words of a right-to-left line its own way: each word.
            for word in wanted.split(' ') {
                assert!(
                    text.contains(word),
                    "{lang}: {word:?} of {wanted:?} is not in the text:\n{text}"
                );
            }
        }
    }
}

#[test]
fn an_unknown_language_is_named() {
    let messages = messages("en");
    let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
    let err = maturity_pdf(&assessment("T", "", ""), "de", &labels, fonts()).unwrap_err();
    assert!(err.to_string().contains("\"de\""), "{err}");
}
