//! The after-action report of a CyberDrill as PDF (issue 18): the drill's facts, the
//! timeline, each team's results beside the target (confidential: a team's copy holds its own
//! only, the public copy none), the aggregate with no team named, the strengths and gaps, the
//! improvement plan and the lessons answers.
//!
//! The caller composes the report (`cyberindex_workflow::drill::View::report`, with its access
//! checks); this module only adds the headings through [`Labels`] and typesets `drill.typ`
//! with the same set-up and fonts as the other reports (`parts.typ`). No clock is read: the
//! date is the drill's own, so the same drill gives the same bytes.

use std::collections::BTreeMap;

use cyberindex_drill::report::{AfterAction, Variant, headings, localise};
use serde::Serialize;

use crate::profile::{direction, uncovered_list};
use crate::{Fonts, LANGUAGES, Labels, ReportError, typeset};

const TEMPLATE: &str = concat!(include_str!("parts.typ"), include_str!("drill.typ"));

/// What the template reads.
#[derive(Debug, Serialize)]
struct Document<'a> {
    lang: &'a str,
    dir: &'static str,
    title: String,
    /// The document's author field and the line above the title.
    edition: String,
    /// The footer of every page.
    source: String,
    /// The copy, in words (full, a team's, public).
    copy: String,
    r: AfterAction,
    labels: BTreeMap<&'static str, String>,
    uncovered: Vec<String>,
}

/// `report` as a PDF in `lang` (one of [`LANGUAGES`]), with the words from `labels` and the
/// faces of `fonts`.
pub fn drill_pdf(
    report: &AfterAction,
    lang: &str,
    labels: Labels,
    fonts: &Fonts,
) -> Result<Vec<u8>, ReportError> {
    if !LANGUAGES.contains(&lang) {
        return Err(ReportError::UnknownLanguage(lang.to_string()));
    }
    let f = &report.facts;
    let id = f.id.to_string();
    let mut words = headings(labels);
    words.insert("uncovered", labels("report-missing-glyphs", &[]));
    let copy = match report.variant {
        Variant::Full => labels("drill-report-copy-full", &[]),
        Variant::Team => labels(
            "drill-report-copy-team",
            &[("team", report.teams.first().map_or("", |t| t.name.as_str()))],
        ),
        Variant::Public => labels("drill-report-copy-public", &[]),
    };
    let mut data = Document {
        lang,
        dir: direction(lang),
        title: labels("drill-report-title", &[("title", f.title.as_str())]),
        edition: format!("{} · {} {}", f.host, f.scenario, f.scenario_version),
        source: labels(
            "drill-report-source",
            &[
                ("id", id.as_str()),
                ("date", f.date.as_str()),
                ("tlp", f.tlp.as_str()),
            ],
        ),
        copy,
        r: localise(report, labels),
        labels: words,
        uncovered: Vec::new(),
    };
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    data.uncovered = uncovered_list(fonts, &json);
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    typeset(TEMPLATE, json, fonts)
}
