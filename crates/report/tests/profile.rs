//! A country's profile as PDF, read back with a real parser: the text `pdftotext` (poppler-utils)
//! extracts holds the country's name, score and tier in each of the six languages, in Arabic and
//! Chinese script for those two (so the fonts are embedded); a missing font is a clear error.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use cyberindex_publish::results::{self, EditionRef, PublicationRef};
use cyberindex_publish::{FrozenAnswer, Meta, Site, opendata};
use cyberindex_report::fonts::Source;
use cyberindex_report::{Fonts, ReportError, profile_pdf};

const FRAMEWORK: &str = include_str!("../../../frameworks/gca-national-index.toml");
const UNITS: [&str; 6] = ["BRA", "FJI", "FRA", "IND", "KEN", "LUX"];

fn site() -> &'static Site {
    static SITE: OnceLock<Site> = OnceLock::new();
    SITE.get_or_init(|| {
        let meta = Meta {
            edition: EditionRef {
                id: "test-2026".into(),
                name: "Test 2026".into(),
                names: Default::default(),
            },
            publication: PublicationRef {
                version: 1,
                published_at: "2026-11-27T10:00:00Z".into(),
                change_note: String::new(),
            },
            licence: "CC BY 4.0".into(),
        };
        let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
        let answers: Vec<FrozenAnswer> = cyberindex_demo::answers(&framework, &UNITS, 11)
            .into_iter()
            .map(|r| FrozenAnswer {
                unit: r.unit,
                question: r.question,
                value: r.value,
                comment: String::new(),
            })
            .collect();
        let csv = results::answers_csv(&meta, &framework, &answers);
        let built = results::build(&framework, &meta, &csv, Vec::new()).unwrap();
        let json = String::from_utf8(opendata::json(&built)).unwrap();
        Site::load(FRAMEWORK, &json, &csv).unwrap()
    })
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts::discover().expect("the Noto fonts are installed (.ci/run)"))
}

/// The single-line messages of the server's Fluent file for `lang`, with `{ $name }` filled in:
/// enough for the messages the report uses, without depending on the server.
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

/// The text of a PDF, or `None` (a skip) when pdftotext is not installed and CI is not set.
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

/// Text as compared: every run of white space as one space (pdftotext breaks lines where the
/// PDF does), without the bidi controls pdftotext puts around right-to-left runs and without
/// Arabic vowel marks (pdftotext extracts a mark such as the shadda as a glyph of its own).
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_profile_names_the_country_its_score_and_tier_in_every_language() {
    let site = site();
    let unit = site.unit("KEN").unwrap();
    let score = format!(
        "{:.*}",
        usize::from(site.framework.precision),
        unit.report.overall.unwrap()
    );
    let tier = &site.framework.tiers[site.tier_index(unit).unwrap()];
    let country = cyberindex_answers::countries::by_alpha3("KEN").unwrap();
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let messages = messages(lang);
        let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
        let pdf = profile_pdf(site, "KEN", lang, &labels, fonts()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        let Some(text) = pdftotext(&pdf, &format!("KEN-{lang}.pdf")) else {
            return;
        };
        let text = squash(&text);
        let name = squash(country.name(lang));
        for (what, wanted) in [("name", &name), ("score", &score)] {
            assert!(
                text.contains(wanted.as_str()),
                "{lang}: the {what} {wanted:?} is not in the text:\n{text}"
            );
        }
        // The tier may wrap in its box, and pdftotext orders right-to-left lines its own way:
        // each of its words, then.
        let tier = squash(cyberindex_engine::text(&tier.label, lang));
        for word in tier.split(' ') {
            assert!(
                text.contains(word),
                "{lang}: the tier {tier:?} ({word:?}) is not in the text:\n{text}"
            );
        }
        let pages = text.matches(" / ").count();
        assert!(pages >= 1, "{lang}");
    }
}

#[test]
fn arabic_and_chinese_names_are_in_their_own_script() {
    for (lang, script) in [
        ("ar", '\u{0600}'..='\u{06FF}'),
        ("zh", '\u{4E00}'..='\u{9FFF}'),
    ] {
        let name = cyberindex_answers::countries::by_alpha3("KEN")
            .unwrap()
            .name(lang);
        assert!(
            name.chars().all(|c| script.contains(&c) || c == ' '),
            "{name}"
        );
        let messages = messages(lang);
        let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
        let pdf = profile_pdf(site(), "KEN", lang, &labels, fonts()).unwrap();
        let Some(text) = pdftotext(&pdf, &format!("KEN-{lang}-script.pdf")) else {
            return;
        };
        assert!(text.contains(name), "{lang}: {name} is not in:\n{text}");
    }
}

#[test]
fn unknown_countries_and_languages_are_named() {
    let messages = messages("en");
    let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
    let err = profile_pdf(site(), "XYZ", "en", &labels, fonts()).unwrap_err();
    assert!(
        matches!(err, ReportError::UnknownUnit(ref u) if u == "XYZ"),
        "{err}"
    );
    let err = profile_pdf(site(), "KEN", "de", &labels, fonts()).unwrap_err();
    assert!(err.to_string().contains("\"de\""), "{err}");
}

#[test]
fn a_family_the_machine_lacks_comes_from_the_shipped_subset() {
    let err = Fonts::from_data(Vec::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the font family \"Noto Sans\" was not found: install the Debian package \
         fonts-noto-core (apt-get install fonts-noto-core) or put its files in a font folder"
    );
    // A folder with the Latin and Arabic fonts but no CJK font.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fonts-without-cjk");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf"] {
        std::fs::copy(
            format!("/usr/share/fonts/truetype/noto/{file}"),
            dir.join(file),
        )
        .expect("fonts-noto-core is installed");
    }
    let fonts = Fonts::from_dirs(std::slice::from_ref(&dir)).unwrap();
    let sources: Vec<(&str, Source)> = fonts.sources().to_vec();
    assert_eq!(
        sources,
        vec![
            (
                "Noto Sans",
                Source::System(dir.join("NotoSans-Regular.ttf"))
            ),
            (
                "Noto Naskh Arabic",
                Source::System(dir.join("NotoNaskhArabic-Regular.ttf"))
            ),
            ("Noto Sans CJK SC", Source::Shipped),
        ]
    );
    assert_eq!(
        fonts.uncovered("Kenya كينيا 肯尼亚 Кения"),
        Vec::<char>::new()
    );
}

/// With only the shipped subsets (a machine without any Noto package), every language's profile
/// still names the country in its own script.
#[test]
fn the_shipped_fonts_alone_typeset_every_language() {
    let shipped = Fonts::shipped();
    assert!(shipped.sources().iter().all(|(_, s)| *s == Source::Shipped));
    let country = cyberindex_answers::countries::by_alpha3("KEN").unwrap();
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let messages = messages(lang);
        let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
        let pdf = profile_pdf(site(), "KEN", lang, &labels, &shipped).unwrap();
        let Some(text) = pdftotext(&pdf, &format!("KEN-{lang}-shipped.pdf")) else {
            return;
        };
        let name = country.name(lang);
        assert!(text.contains(name), "{lang}: {name} is not in:\n{text}");
        assert!(
            !text.contains("U+"),
            "{lang}: the shipped fonts lack a character of the profile:\n{text}"
        );
    }
}

#[test]
fn characters_no_font_has_are_named_not_left_as_silent_boxes() {
    assert_eq!(
        fonts().uncovered("Kenya كينيا 肯尼亚 Кения"),
        Vec::<char>::new()
    );
    assert_eq!(
        fonts().uncovered("a \u{13000} b \u{13000}"),
        vec!['\u{13000}']
    );
    let messages = messages("en");
    // A text of the publication in a script none of the fonts has (Egyptian hieroglyphs).
    let labels = |key: &str, args: &[(&str, &str)]| {
        if key == "public-strengths" {
            "Strengths \u{13000}".to_string()
        } else {
            label(&messages, key, args)
        }
    };
    let pdf = profile_pdf(site(), "KEN", "en", &labels, fonts()).unwrap();
    let Some(text) = pdftotext(&pdf, "KEN-uncovered.pdf") else {
        return;
    };
    assert!(
        squash(&text)
            .contains("Characters no font of this report has (shown as boxes above): U+13000"),
        "{text}"
    );
}

/// The edition report holds, in every language: its title, the summary's figures, every
/// country in the tier tables and a profile per country (its name as a heading, so at least
/// twice), and the robustness annex's rank intervals.
#[test]
fn the_edition_report_holds_every_country_in_every_language() {
    let site = site();
    for lang in ["ar", "zh", "en", "fr", "ru", "es"] {
        let messages = messages(lang);
        let labels = |key: &str, args: &[(&str, &str)]| label(&messages, key, args);
        let pdf = cyberindex_report::edition_pdf(site, lang, &labels, fonts()).unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        let Some(text) = pdftotext(&pdf, &format!("edition-{lang}.pdf")) else {
            return;
        };
        let text = squash(&text);
        let title = squash(&label(
            &messages,
            "report-edition-title",
            &[("edition", "Test 2026")],
        ));
        let summary = squash(&label(&messages, "report-summary", &[]));
        for wanted in [
            &summary,
            &squash(&label(&messages, "report-tier-tables", &[])),
        ] {
            assert!(
                text.contains(wanted.as_str()),
                "{lang}: {wanted:?} is not in:\n{text}"
            );
        }
        // The title may wrap on the title page, and pdftotext orders mixed-direction lines its
        // own way: each of its words, then, without the punctuation.
        for word in title.split(' ').map(|w| w.trim_matches([':', '：'])) {
            assert!(
                text.contains(word),
                "{lang}: {title:?} ({word:?}) is not in the report"
            );
        }
        for unit in UNITS {
            let name = squash(
                cyberindex_answers::countries::by_alpha3(unit)
                    .unwrap()
                    .name(lang),
            );
            assert!(
                text.matches(name.as_str()).count() >= 2,
                "{lang}: {name} is not in both the tier tables and its profile:\n{text}"
            );
        }
        assert!(
            !text.contains("U+"),
            "{lang}: a character has no glyph:\n{text}"
        );
    }
}
