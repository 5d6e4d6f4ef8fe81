//! PDF reports of published results, typeset with Typst used as a library, in the reader's
//! language (Arabic right to left):
//! - a country's profile ([`profile_pdf`]), 2–4 pages: headline, pillar chart, strengths and
//!   areas of growth, recommendations with their gain and peers, the robustness sentences and a
//!   method note;
//! - the edition report ([`edition_pdf`]): summary with the headline figures and the world map,
//!   regional averages, the countries of each tier, annexes on the method and on robustness,
//!   then every country's profile;
//! - a CIRT maturity assessment ([`maturity_pdf`]): tiers and blockers, both levels of each
//!   parameter, evidence with its expiry, the roadmap (issue 17);
//! - a CyberDrill's after-action report ([`drill_pdf`]): timeline, results per team, the
//!   aggregate, strengths and gaps, the improvement plan and the lessons (issue 18).
//!
//! The data come from a [`Site`] (the same calls as the HTML profile,
//! `crates/server/src/public/profile.rs`); the words from the caller's translator
//! ([`Labels`], Fluent messages of the server). Rust turns them into one JSON document
//! ([`profile::Profile`]) which the Typst template `profile.typ` reads with `json(…)`: no text
//! of the publication is ever parsed as Typst markup, so nothing needs escaping.
//!
//! **Architecture invariant:** this crate does no IO beyond reading the font files it is given
//! ([`Fonts`]); nothing is downloaded at build or run time (no Typst packages).

pub mod drill;
pub mod edition;
pub mod fonts;
pub mod maturity;
pub mod profile;

use std::path::PathBuf;

use typst::foundations::{Dict, IntoValue};
use typst_as_lib::TypstEngine;
use typst_as_lib::typst_kit_options::TypstKitFontOptions;
use typst_layout::PagedDocument;

pub use drill::drill_pdf;
pub use edition::edition_pdf;
pub use fonts::{FAMILIES, Fonts};
pub use maturity::maturity_pdf;
pub use profile::{certainty, profile_pdf};

/// The translator: a Fluent message by key with named arguments, in the reader's language
/// (the server passes `|key, args| tr.ta(key, args)`).
pub type Labels<'a> = &'a dyn Fn(&str, &[(&str, &str)]) -> String;

/// The languages a report can be written in (the six UN languages).
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(
        "the font family \"{family}\" was not found: install the Debian package {package} \
         (apt-get install {package}) or put its files in a font folder"
    )]
    MissingFont {
        family: &'static str,
        package: &'static str,
    },
    #[error("cannot read the font file {path}: {message}")]
    FontFile { path: PathBuf, message: String },
    #[error("{0} is not a country of this publication")]
    UnknownUnit(String),
    #[error("unknown language {0:?}: the languages are ar, zh, en, fr, ru and es")]
    UnknownLanguage(String),
    /// The template failed: a bug, with Typst's messages.
    #[error("the report could not be typeset: {0}")]
    Typeset(String),
}

/// How many documents a memoised result of Typst survives unused.
const EVICT_AFTER_DOCUMENTS: usize = 8;

/// Typesets `template` (a Typst file) with `data` as `sys.inputs.data` (JSON text) and returns
/// the PDF.
pub(crate) fn typeset(
    template: &'static str,
    data: String,
    fonts: &Fonts,
) -> Result<Vec<u8>, ReportError> {
    let engine = TypstEngine::builder()
        .main_file(template)
        .fonts(fonts.faces.iter().cloned())
        // Typst's own Latin fonts as a last fallback (math, symbols); never the system's.
        .search_fonts_with(
            TypstKitFontOptions::default()
                .include_system_fonts(false)
                .include_embedded_fonts(true),
        )
        // Typst memoises layout work in one cache for the whole process. The default clears it
        // after every document, which throws away what the next report of the same template
        // reuses (the template, the fonts' shaping) and, with reports typeset on every core,
        // empties it under the other threads' feet. Keeping what was used in the last few
        // documents bounds the memory and lets the threads share it (BENCHMARKS.md, static
        // export).
        .comemo_evict_max_age(Some(EVICT_AFTER_DOCUMENTS))
        .build();
    let mut inputs = Dict::new();
    inputs.insert("data".into(), data.into_value());
    let doc: PagedDocument = engine.compile_with_input(inputs).output.map_err(|e| {
        ReportError::Typeset(match e {
            typst_as_lib::TypstAsLibError::TypstSource(diagnostics) => diagnostics
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
            other => other.to_string(),
        })
    })?;
    let options = typst_pdf::PdfOptions::default();
    typst_pdf::pdf(&doc, &options).map_err(|diagnostics| {
        ReportError::Typeset(
            diagnostics
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        )
    })
}
