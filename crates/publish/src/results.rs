//! The published results document (`cyberindex/results/1`): what a publication freezes and what
//! every page, open-data file and the results API are made from.
//!
//! A publication is built from the validated answers written out in the answer-file layout that
//! `cyberindex score` reads ([`answers_csv`]), so the published scores are, by construction, the
//! scores `cyberindex score` gives on the published `answers.csv` and `framework.toml`.

use std::collections::BTreeMap;

use cyberindex_answers::cell::neutralise_all;
use cyberindex_answers::{AnswerFile, Format, RowError, countries};
use cyberindex_engine::{Framework, NodeKind, score_all, text};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::report::{self, FrameworkRef, UnitReport};

/// The schema id of the results document; bump it when the layout changes.
pub const SCHEMA: &str = "cyberindex/results/1";

/// The missing-value convention every open-data file states.
pub const MISSING_VALUES: &str = "A value that does not exist (nothing under a node applies, or a \
question was not answered) is null in JSON and Parquet and an empty cell in CSV and XLSX. It is \
never written as 0.";

/// The results of one publication of an edition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Results {
    pub schema: String,
    pub edition: EditionRef,
    pub publication: PublicationRef,
    pub framework: FrameworkRef,
    /// The licence the secretariat publishes the data under.
    pub licence: String,
    /// How missing values are written: [`MISSING_VALUES`].
    pub missing_values: String,
    /// Tiers from the highest to the lowest.
    pub tiers: Vec<TierRef>,
    /// Pillars, indicators and sub-indicators in framework order (the root excluded).
    pub nodes: Vec<NodeRef>,
    /// Units in rank order, then by id.
    pub units: Vec<PublishedUnit>,
    /// Evidence the countries marked public.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<PublicEvidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EditionRef {
    pub id: String,
    /// The default name, shown in every language without a name of its own in `names`.
    pub name: String,
    /// The name in other languages, by UN language code (`ar`, `zh`, `en`, `fr`, `ru`, `es`),
    /// as the edition had them when published. Absent when there is none, and in documents
    /// published before editions had names per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
}

impl EditionRef {
    /// The name in `lang`, or the default name when the edition has none in that language.
    pub fn name_in(&self, lang: &str) -> &str {
        self.names.get(lang).map_or(&self.name, String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PublicationRef {
    /// 1 for the first publication of the edition, 2 for the first correction, and so on.
    pub version: u32,
    /// RFC 3339 time in UTC.
    pub published_at: String,
    /// What changed since the previous version (empty for version 1).
    pub change_note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct TierRef {
    pub id: String,
    /// English label.
    pub label: String,
    /// The lowest rounded overall score in the tier.
    pub min: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeRef {
    pub id: String,
    pub kind: NodeKind,
    /// The parent node id; null for pillars.
    pub parent: Option<String>,
    /// English label.
    pub label: String,
    pub weight: f64,
    pub max: f64,
}

/// One unit's scores, as `cyberindex score` reports them, with the country's groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PublishedUnit {
    #[serde(flatten)]
    pub report: UnitReport,
    /// Regions and groups, for countries of the master list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Groups>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Groups {
    pub itu_region: String,
    pub m49_region: String,
    pub m49_subregion: String,
    /// Least developed country.
    pub ldc: bool,
    /// Small island developing state.
    pub sids: bool,
    /// Landlocked developing country.
    pub lldc: bool,
}

/// A piece of evidence a country marked public.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct PublicEvidence {
    pub id: i64,
    pub unit: String,
    pub question: String,
    pub title: String,
    /// An address outside cyberindex, for links.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// For files: the name it was uploaded under, offered as the download name. The file is
    /// published as `evidence/{id}.{extension}` beside the data files, the extension coming
    /// from its type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// For files: the type found from the content when it was uploaded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

/// The evidence types cyberindex accepts and the extension each is published with.
const EXTENSIONS: [(&str, &str); 15] = [
    ("application/pdf", "pdf"),
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/gif", "gif"),
    ("image/webp", "webp"),
    (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
    ("application/vnd.oasis.opendocument.text", "odt"),
    ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ("application/vnd.oasis.opendocument.presentation", "odp"),
    ("application/msword", "doc"),
    ("application/vnd.ms-excel", "xls"),
    ("application/vnd.ms-powerpoint", "ppt"),
    ("text/plain", "txt"),
];

/// The extension a file of this type is published with; `bin` for a type not accepted.
pub fn extension_of(media_type: &str) -> &'static str {
    let media = media_type.split(';').next().unwrap_or("").trim();
    if media.eq_ignore_ascii_case("text/csv") {
        return "csv";
    }
    EXTENSIONS
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(media))
        .map_or("bin", |(_, e)| e)
}

impl PublicEvidence {
    /// The extension the file is published with: from its type, or, for publications made
    /// before the type was recorded, from its name when that is an accepted type (`bin`
    /// otherwise, never `html` or any other active type).
    pub fn extension(&self) -> &'static str {
        if let Some(media) = &self.media_type {
            return extension_of(media);
        }
        let ext = self
            .file_name
            .as_deref()
            .and_then(|n| n.rsplit_once('.'))
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let ext = if ext == "jpeg" { "jpg".into() } else { ext };
        EXTENSIONS
            .iter()
            .map(|(_, e)| *e)
            .chain(["csv"])
            .find(|e| *e == ext)
            .unwrap_or("bin")
    }

    /// The published file's name, `{id}.{extension}`; `None` for links.
    pub fn stored_name(&self) -> Option<String> {
        (self.url.is_none() && self.file_name.is_some())
            .then(|| format!("{}.{}", self.id, self.extension()))
    }

    /// The name a browser saves the file under: the uploaded name, with the published extension
    /// added when the name does not end with it (`report.html` becomes `report.html.pdf`).
    pub fn download_name(&self) -> Option<String> {
        let name = self.file_name.as_deref()?;
        let ext = self.extension();
        let lower = name.to_ascii_lowercase();
        let fits =
            lower.ends_with(&format!(".{ext}")) || (ext == "jpg" && lower.ends_with(".jpeg"));
        Some(if fits {
            name.to_string()
        } else {
            format!("{name}.{ext}")
        })
    }

    /// Where the evidence is, relative to the folder of the data files.
    pub fn href(&self) -> String {
        match (&self.url, self.stored_name()) {
            (Some(url), _) => url.clone(),
            (None, Some(stored)) => format!("evidence/{stored}"),
            (None, None) => String::new(),
        }
    }
}

/// One validated answer, as frozen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrozenAnswer {
    pub unit: String,
    pub question: String,
    pub value: String,
    pub comment: String,
}

/// What a publication is made of, besides the framework and answers.
#[derive(Debug, Clone)]
pub struct Meta {
    pub edition: EditionRef,
    pub publication: PublicationRef,
    pub licence: String,
}

/// Comment lines (`# key: value`) that head every CSV file of a publication. The answer reader
/// and most CSV tools skip them (`comment = "#"`).
pub fn csv_preamble(meta: &Meta, framework: &FrameworkRef) -> String {
    let mut out = String::new();
    let lines = [
        (
            "edition",
            format!("{} ({})", meta.edition.id, meta.edition.name),
        ),
        (
            "framework",
            format!("{} {}", framework.id, framework.version),
        ),
        (
            "publication",
            format!(
                "version {} published {}",
                meta.publication.version, meta.publication.published_at
            ),
        ),
        ("licence", meta.licence.clone()),
        ("missing values", MISSING_VALUES.to_string()),
    ];
    for (key, value) in lines {
        let value = value.replace(['\r', '\n'], " ");
        out.push_str(&format!("# {key}: {value}\n"));
    }
    out
}

/// The answers in the layout `cyberindex score` reads (`unit,question,value,comment,evidence`),
/// headed by the publication's comment lines. Cells that a spreadsheet would take for a formula
/// get a leading `'` (`cyberindex_answers::cell`), which the answer reader removes again.
pub fn answers_csv(meta: &Meta, framework: &Framework, answers: &[FrozenAnswer]) -> String {
    let mut writer = cyberindex_answers::cell::writer();
    let mut rows: Vec<&FrozenAnswer> = answers.iter().collect();
    let order = |q: &str| framework.question_index(q).unwrap_or(usize::MAX);
    rows.sort_by(|a, b| {
        a.unit
            .cmp(&b.unit)
            .then_with(|| order(&a.question).cmp(&order(&b.question)))
    });
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(["unit", "question", "value", "comment", "evidence"]);
    for a in rows {
        let _ = writer.write_record(neutralise_all([
            &a.unit,
            &a.question,
            &a.value,
            &a.comment,
            "",
        ]));
    }
    let body = writer.into_inner().unwrap_or_default();
    let mut out = csv_preamble(meta, &framework_ref(framework));
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

pub fn framework_ref(framework: &Framework) -> FrameworkRef {
    FrameworkRef {
        id: framework.id.clone(),
        version: framework.version.clone(),
        max: framework.root().max,
        precision: framework.precision,
        missing: framework.missing,
    }
}

/// The groups of a country in the master list.
pub fn groups_of(unit: &str) -> Option<Groups> {
    countries::by_alpha3(unit).map(|c| Groups {
        itu_region: c.itu_region.clone(),
        m49_region: c.m49_region.clone(),
        m49_subregion: c.m49_subregion.clone(),
        ldc: c.ldc,
        sids: c.sids,
        lldc: c.lldc,
    })
}

/// Reads the published answers back, exactly as `cyberindex score` does.
pub fn read_answers(framework: &Framework, answers_csv: &str) -> Result<AnswerFile, Vec<RowError>> {
    cyberindex_answers::read(framework, answers_csv.as_bytes(), Format::Csv)
}

/// Scores the published answers and builds the results document.
pub fn build(
    framework: &Framework,
    meta: &Meta,
    answers_csv: &str,
    evidence: Vec<PublicEvidence>,
) -> Result<Results, Vec<RowError>> {
    let file = read_answers(framework, answers_csv)?;
    let scored = score_all(framework, &file.units);
    let report = report::build(framework, &file, &scored);
    Ok(Results {
        schema: SCHEMA.into(),
        edition: meta.edition.clone(),
        publication: meta.publication.clone(),
        framework: report.framework,
        licence: meta.licence.clone(),
        missing_values: MISSING_VALUES.into(),
        tiers: framework
            .tiers
            .iter()
            .map(|t| TierRef {
                id: t.id.clone(),
                label: text(&t.label, "en").to_string(),
                min: t.min,
            })
            .collect(),
        nodes: framework
            .nodes
            .iter()
            .skip(1)
            .map(|n| NodeRef {
                id: n.id.clone(),
                kind: n.kind,
                parent: n
                    .parent
                    .filter(|p| *p != 0)
                    .map(|p| framework.nodes[p].id.clone()),
                label: text(&n.label, "en").to_string(),
                weight: n.weight,
                max: n.max,
            })
            .collect(),
        units: report
            .units
            .into_iter()
            .map(|u| PublishedUnit {
                groups: groups_of(&u.unit),
                report: u,
            })
            .collect(),
        evidence,
    })
}

impl Results {
    /// The unit with this id.
    pub fn unit(&self, id: &str) -> Option<&PublishedUnit> {
        self.units.iter().find(|u| u.report.unit == id)
    }

    /// The metadata a publication was built with.
    pub fn meta(&self) -> Meta {
        Meta {
            edition: self.edition.clone(),
            publication: self.publication.clone(),
            licence: self.licence.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_in_falls_back_to_the_default_name() {
        let edition = EditionRef {
            id: "2026".into(),
            name: "Global index 2026".into(),
            names: [("fr".to_string(), "Indice mondial 2026".to_string())].into(),
        };
        assert_eq!(edition.name_in("fr"), "Indice mondial 2026");
        assert_eq!(edition.name_in("ar"), "Global index 2026");
        assert_eq!(edition.name_in("en"), "Global index 2026");
        assert_eq!(edition.name_in("xx"), "Global index 2026");
    }

    #[test]
    fn a_document_without_names_reads_and_none_are_written_when_there_are_none() {
        let old: EditionRef = serde_json::from_str(r#"{"id":"2024","name":"Index 2024"}"#)
            .expect("a document published before names per language");
        assert!(old.names.is_empty());
        assert_eq!(old.name_in("zh"), "Index 2024");
        assert_eq!(
            serde_json::to_string(&old).unwrap(),
            r#"{"id":"2024","name":"Index 2024"}"#
        );
        let named = EditionRef {
            names: [("zh".to_string(), "2024年指数".to_string())].into(),
            ..old
        };
        let text = serde_json::to_string(&named).unwrap();
        assert_eq!(
            text,
            r#"{"id":"2024","name":"Index 2024","names":{"zh":"2024年指数"}}"#
        );
        assert_eq!(serde_json::from_str::<EditionRef>(&text).unwrap(), named);
    }
}
