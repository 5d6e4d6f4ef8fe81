//! A CIRT maturity assessment as PDF (issue 17): the team and its country, the framework, the
//! round and status, the sign-off date, the tier of each profile with the parameters blocking
//! the next, each group's parameters with the team's and the validated level side by side, the
//! evidence with its expiry, the roadmap, and a note that the parameters are restricted.
//!
//! This crate knows nothing of the store: the caller (the server's `maturity/report_pdf.rs`)
//! gathers an [`Assessment`] whose texts are already in the reader's language, as it does for
//! the assessment's page; [`maturity_pdf`] adds the headings through [`Labels`] and typesets
//! `maturity.typ` with the same set-up and fonts as the profile (`parts.typ`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::profile::{direction, uncovered_list};
use crate::{Fonts, LANGUAGES, Labels, ReportError, typeset};

const TEMPLATE: &str = concat!(include_str!("parts.typ"), include_str!("maturity.typ"));

/// One assessment, every text in the reader's language (names, levels, statuses).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Assessment {
    pub id: i64,
    pub team: String,
    pub country: String,
    /// The framework's name, and its id and version (`cirt-maturity 0.1.0`).
    pub framework: String,
    pub framework_version: String,
    pub kind: String,
    pub round: i64,
    pub status: String,
    /// `YYYY-MM-DD`, empty when not signed off.
    pub signed_off: String,
    pub tiers: Vec<TierRow>,
    pub groups: Vec<GroupRow>,
    pub evidence: Vec<EvidenceRow>,
    pub roadmap: Vec<RoadmapRow>,
}

/// A profile's result: the tier reached, the next one and what blocks it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TierRow {
    pub profile: String,
    pub reached: String,
    /// Empty at the top.
    pub next: String,
    pub blockers: Vec<BlockerRow>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct BlockerRow {
    pub parameter: String,
    pub name: String,
    pub value: String,
    pub required: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct GroupRow {
    pub id: String,
    pub label: String,
    pub parameters: Vec<ParameterRow>,
}

/// One parameter: both levels (as the page writes them: `–`, `n/a` or the number) and texts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ParameterRow {
    pub id: String,
    pub name: String,
    pub self_level: String,
    pub validated_level: String,
    pub note: String,
    pub comment: String,
    /// The validated level differs from the team's.
    pub differs: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct EvidenceRow {
    pub parameter: String,
    pub title: String,
    /// Link, file or reachability check.
    pub kind: String,
    pub issued: String,
    pub expires: String,
    pub expired: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct RoadmapRow {
    pub parameter: String,
    pub from: String,
    pub to: String,
    pub action: String,
    pub owner: String,
    pub due: String,
    pub status: String,
}

/// What the template reads: the assessment, the words and the layout's settings.
#[derive(Debug, Serialize)]
struct Document<'a> {
    lang: &'a str,
    dir: &'static str,
    title: String,
    /// The document's author field and the line above the title.
    edition: String,
    /// The footer of every page.
    source: String,
    a: &'a Assessment,
    labels: BTreeMap<&'static str, String>,
    uncovered: Vec<String>,
}

/// The headings and captions the template uses, by its name for them and the Fluent key.
const LABELS: [(&str, &str); 27] = [
    ("team", "maturity-col-team"),
    ("country", "maturity-col-country"),
    ("framework", "maturity-col-framework"),
    ("kind", "maturity-col-kind"),
    ("round", "maturity-col-round"),
    ("status", "maturity-col-status"),
    ("signed_off", "maturity-col-signed-off"),
    ("tiers", "maturity-tiers"),
    ("profile", "maturity-col-profile"),
    ("tier", "maturity-col-tier"),
    ("next", "report-maturity-next"),
    ("blockers", "report-maturity-blockers"),
    ("no_blockers", "report-maturity-no-blockers"),
    ("parameters", "maturity-parameters"),
    ("parameter", "maturity-col-parameter"),
    ("self_level", "maturity-self-level"),
    ("validated_level", "maturity-validated-level"),
    ("note", "maturity-note"),
    ("comment", "maturity-comment"),
    ("differs", "maturity-differs"),
    ("evidence", "report-maturity-evidence"),
    ("evidence_none", "report-maturity-evidence-none"),
    ("issued", "maturity-evidence-issued"),
    ("expires", "report-maturity-expires"),
    ("expired", "maturity-expired"),
    ("roadmap", "report-maturity-roadmap"),
    ("roadmap_none", "report-maturity-roadmap-none"),
];

/// More headings: the roadmap's columns and the restriction note.
const MORE_LABELS: [(&str, &str); 8] = [
    ("from", "maturity-col-from"),
    ("to", "maturity-col-to"),
    ("action", "maturity-col-action"),
    ("owner", "maturity-col-owner"),
    ("due", "maturity-col-due"),
    ("item_status", "maturity-col-status"),
    ("restricted", "report-maturity-restricted"),
    ("uncovered", "report-missing-glyphs"),
];

/// `assessment` as a PDF in `lang` (one of [`LANGUAGES`]), with the words from `labels` and the
/// faces of `fonts`.
pub fn maturity_pdf(
    assessment: &Assessment,
    lang: &str,
    labels: Labels,
    fonts: &Fonts,
) -> Result<Vec<u8>, ReportError> {
    if !LANGUAGES.contains(&lang) {
        return Err(ReportError::UnknownLanguage(lang.to_string()));
    }
    let mut data = Document {
        lang,
        dir: direction(lang),
        title: labels(
            "report-maturity-title",
            &[("team", assessment.team.as_str())],
        ),
        edition: format!("{} {}", assessment.framework, assessment.framework_version),
        source: labels(
            "report-maturity-source",
            &[
                ("id", &assessment.id.to_string()),
                ("round", &assessment.round.to_string()),
            ],
        ),
        a: assessment,
        labels: LABELS
            .iter()
            .chain(MORE_LABELS.iter())
            .map(|(name, key)| (*name, labels(key, &[])))
            .collect(),
        uncovered: Vec::new(),
    };
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    data.uncovered = uncovered_list(fonts, &json);
    let json = serde_json::to_string(&data).map_err(|e| ReportError::Typeset(e.to_string()))?;
    typeset(TEMPLATE, json, fonts)
}
