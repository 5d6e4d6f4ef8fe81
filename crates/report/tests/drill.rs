//! A drill's after-action report as PDF: the same bytes for the same report, in English and in
//! Arabic (right to left), and read back with `pdftotext` (poppler-utils; skipped with a
//! message when missing, a failure when `CI` is set): a team's copy names no other team, the
//! public copy no team at all.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use cyberindex_drill::report::{
    AfterAction, Aggregate, ExpectationResult, Facts, ImprovementRow, LessonRow, TeamResult,
    TimelineRow, Variant, share,
};
use cyberindex_report::{Fonts, drill_pdf};

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

fn pdf(report: &AfterAction, lang: &str) -> Vec<u8> {
    let messages = messages(lang);
    let labels = |key: &str, args: &[(&str, &str)]| {
        let mut text = messages
            .get(key)
            .unwrap_or_else(|| panic!("message {key}"))
            .clone();
        for (name, value) in args {
            text = text.replace(&format!("{{ ${name} }}"), value);
        }
        text
    };
    drill_pdf(report, lang, &labels, fonts()).unwrap()
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

fn team(id: &str, name: &str, score: f64) -> TeamResult {
    TeamResult {
        team: id.into(),
        name: name.into(),
        responses: 3,
        expectations: vec![ExpectationResult {
            inject: "I-01".into(),
            index: 0,
            name: "Acknowledge the alert".into(),
            verdicts: vec!["success".into()],
            score: Some(score),
            expected: 50.0,
            met: Some(score >= 50.0),
        }],
        score: Some(score),
        target: Some(50.0),
        evaluated: 1,
        met: usize::from(score >= 50.0),
    }
}

/// A drill of two teams, Alphaland's and Betaland's, as the full copy.
fn full() -> AfterAction {
    let shares = vec![share("I-01", 0, "Acknowledge the alert", 2, 1)];
    AfterAction {
        variant: Variant::Full,
        lang: "en".into(),
        facts: Facts {
            id: 4,
            title: "Regional CyberDrill".into(),
            host: "Ministry of ICT".into(),
            level: "regional".into(),
            mode: "tabletop".into(),
            time_zone: "UTC+03:00".into(),
            languages: "en,ar".into(),
            start: "2026-12-10 09:00 UTC+03:00".into(),
            end: "2026-12-10 12:30 UTC+03:00".into(),
            date: "2026-12-10".into(),
            scenario: "health-ransomware".into(),
            scenario_title: "Ransomware at the health service".into(),
            scenario_version: "1.0.0".into(),
            tlp: "TLP:CLEAR".into(),
            licence: "CC-BY-4.0".into(),
        },
        timeline: vec![TimelineRow {
            inject: "I-01".into(),
            move_number: 1,
            planned: "+0:05".into(),
            released: "0:05:00".into(),
            state: "released".into(),
            channel: "portal".into(),
            title: "Alert from a hospital".into(),
        }],
        teams: vec![
            team("alpha", "Alphaland CIRT", 100.0),
            team("beta", "Betaland CIRT", 0.0),
        ],
        aggregate: Aggregate {
            teams: 2,
            responses: 6,
            mean: Some(50.0),
            min: Some(0.0),
            max: Some(100.0),
            expectations: shares.clone(),
        },
        strengths: shares,
        gaps: Vec::new(),
        improvements: vec![ImprovementRow {
            team: "Alphaland CIRT".into(),
            issue: "Slow escalation".into(),
            action: "Write the escalation path".into(),
            owner: "Head of CIRT".into(),
            due: "2027-03-31".into(),
            parameter: "P-1".into(),
            status: "open".into(),
        }],
        lessons: vec![LessonRow {
            team: String::new(),
            question: "What went well?".into(),
            question_key: None,
            answer: "The news feed".into(),
        }],
    }
}

/// Alphaland's copy, as the workflow cuts it.
fn alpha_copy() -> AfterAction {
    let mut r = full();
    r.variant = Variant::Team;
    r.teams.retain(|t| t.team == "alpha");
    r.lessons.clear();
    r
}

#[test]
fn the_same_report_is_the_same_bytes_in_english_and_arabic() {
    for lang in ["en", "ar"] {
        let mut report = full();
        report.lang = lang.into();
        let a = pdf(&report, lang);
        let b = pdf(&report, lang);
        assert!(a.starts_with(b"%PDF"));
        assert!(a == b, "{lang}: two renderings differ");
    }
}

#[test]
fn a_teams_copy_names_no_other_team_and_the_public_copy_none() {
    let Some(text) = pdftotext(&pdf(&full(), "en"), "drill-full.pdf") else {
        return;
    };
    for wanted in [
        "Alphaland CIRT",
        "Betaland CIRT",
        "Slow escalation",
        "The news feed",
    ] {
        assert!(text.contains(wanted), "full copy lacks {wanted}:\n{text}");
    }
    let text = pdftotext(&pdf(&alpha_copy(), "en"), "drill-alpha.pdf").unwrap();
    assert!(text.contains("Alphaland CIRT"), "{text}");
    assert!(
        !text.contains("Betaland"),
        "Alphaland's copy names Betaland:\n{text}"
    );
    let mut public = full();
    public.variant = Variant::Public;
    public.teams.clear();
    public.improvements.clear();
    public.lessons.clear();
    let text = pdftotext(&pdf(&public, "en"), "drill-public.pdf").unwrap();
    assert!(
        !text.contains("Alphaland") && !text.contains("Betaland"),
        "{text}"
    );
    assert!(text.contains("Acknowledge the alert"), "{text}");
}
