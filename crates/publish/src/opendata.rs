//! Open-data files of a publication: CSV, XLSX, JSON and Parquet, all made from the one
//! [`Results`] document so that they cannot disagree with each other or with the pages.
//!
//! Every file carries the edition, framework version, publication version, licence and the
//! missing-value convention: CSV in `#` comment lines, XLSX in a `metadata` sheet, JSON in its
//! fields, Parquet in the file's key-value metadata. A missing value is never written as 0.

use std::sync::Arc;

use arrow_array::{ArrayRef, BooleanArray, Float64Array, RecordBatch, StringArray, UInt32Array};
use arrow_schema::{DataType, Field, Schema};
use cyberindex_answers::cell::neutralise_all;
use cyberindex_engine::NodeKind;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::results::{Groups, PublishedUnit, Results, csv_preamble};

/// A file of the open data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataFile {
    pub name: &'static str,
    pub media_type: &'static str,
    /// Translation key of the description shown on the downloads page.
    pub key: &'static str,
}

/// Every file a publication offers, in the order the downloads page lists them.
pub const FILES: [DataFile; 9] = [
    DataFile {
        name: "results.json",
        media_type: "application/json",
        key: "data-file-json",
    },
    DataFile {
        name: "scores.csv",
        media_type: "text/csv; charset=utf-8",
        key: "data-file-scores-csv",
    },
    DataFile {
        name: "questions.csv",
        media_type: "text/csv; charset=utf-8",
        key: "data-file-questions-csv",
    },
    DataFile {
        name: "results.xlsx",
        media_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key: "data-file-xlsx",
    },
    DataFile {
        name: "scores.parquet",
        media_type: "application/vnd.apache.parquet",
        key: "data-file-scores-parquet",
    },
    DataFile {
        name: "questions.parquet",
        media_type: "application/vnd.apache.parquet",
        key: "data-file-questions-parquet",
    },
    DataFile {
        name: "answers.csv",
        media_type: "text/csv; charset=utf-8",
        key: "data-file-answers",
    },
    DataFile {
        name: "framework.toml",
        media_type: "application/toml; charset=utf-8",
        key: "data-file-framework",
    },
    DataFile {
        name: "schema.json",
        media_type: "application/schema+json",
        key: "data-file-schema",
    },
];

/// The file with this name.
pub fn file(name: &str) -> Option<DataFile> {
    FILES.iter().copied().find(|f| f.name == name)
}

/// The bytes of a data file. `answers_csv` and `framework_source` are the frozen inputs.
pub fn render(
    name: &str,
    results: &Results,
    answers_csv: &str,
    framework_source: &str,
) -> anyhow::Result<Vec<u8>> {
    Ok(match name {
        "results.json" => json(results),
        "scores.csv" => scores_csv(results)?.into_bytes(),
        "questions.csv" => questions_csv(results)?.into_bytes(),
        "results.xlsx" => xlsx(results)?,
        "scores.parquet" => scores_parquet(results)?,
        "questions.parquet" => questions_parquet(results)?,
        "answers.csv" => answers_csv.as_bytes().to_vec(),
        "framework.toml" => framework_source.as_bytes().to_vec(),
        "schema.json" => schema_json(),
        other => anyhow::bail!("no data file is called {other}"),
    })
}

/// The JSON Schema of `results.json`, generated from the types that write it.
pub fn schema_json() -> Vec<u8> {
    let schema = schemars::schema_for!(Results);
    let mut out = serde_json::to_vec_pretty(&schema).unwrap_or_default();
    out.push(b'\n');
    out
}

/// `results.json`: the results document, pretty-printed.
pub fn json(results: &Results) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(results).unwrap_or_default();
    out.push(b'\n');
    out
}

fn fixed(x: Option<f64>, precision: u8) -> String {
    x.map_or(String::new(), |v| format!("{v:.*}", usize::from(precision)))
}

fn r6(x: Option<f64>) -> String {
    x.map_or(String::new(), |v| format!("{v}"))
}

fn group_cells(groups: Option<&Groups>) -> [String; 5] {
    let flag = |b: bool| if b { "1" } else { "0" }.to_string();
    match groups {
        Some(g) => [
            g.itu_region.clone(),
            g.m49_region.clone(),
            flag(g.ldc),
            flag(g.sids),
            flag(g.lldc),
        ],
        None => Default::default(),
    }
}

fn preamble(results: &Results) -> String {
    csv_preamble(&results.meta(), &results.framework)
}

fn finish(preamble: String, writer: csv::Writer<Vec<u8>>) -> anyhow::Result<String> {
    let body = String::from_utf8(writer.into_inner()?)?;
    Ok(preamble + &body)
}

const UNIT_COLUMNS: [&str; 13] = [
    "rank",
    "unit",
    "name",
    "itu_region",
    "m49_region",
    "ldc",
    "sids",
    "lldc",
    "overall",
    "tier",
    "answered",
    "missing",
    "not_relevant",
];

fn unit_cells(results: &Results, u: &PublishedUnit) -> Vec<String> {
    let r = &u.report;
    let mut row = vec![
        r.rank.map_or(String::new(), |x| x.to_string()),
        r.unit.clone(),
        r.name.clone().unwrap_or_default(),
    ];
    row.extend(group_cells(u.groups.as_ref()));
    row.extend([
        fixed(r.overall, results.framework.precision),
        r.tier.clone().unwrap_or_default(),
        r.answered.to_string(),
        r.missing.to_string(),
        r.not_relevant.to_string(),
    ]);
    row
}

/// `scores.csv`: one row per unit, one column per pillar, indicator and sub-indicator, scores
/// to six decimals as in the JSON document.
pub fn scores_csv(results: &Results) -> anyhow::Result<String> {
    let mut writer = cyberindex_answers::cell::writer();
    let mut header: Vec<&str> = UNIT_COLUMNS.to_vec();
    header.extend(results.nodes.iter().map(|n| n.id.as_str()));
    writer.write_record(neutralise_all(&header))?;
    for u in &results.units {
        let mut row = unit_cells(results, u);
        row.extend(u.report.nodes.iter().map(|n| r6(n.score)));
        writer.write_record(neutralise_all(&row))?;
    }
    finish(preamble(results), writer)
}

/// `questions.csv`: one row per unit and question.
pub fn questions_csv(results: &Results) -> anyhow::Result<String> {
    let mut writer = cyberindex_answers::cell::writer();
    writer.write_record([
        "unit",
        "question",
        "status",
        "value",
        "points",
        "max_points",
        "weight",
        "contribution",
    ])?;
    for u in &results.units {
        for q in &u.report.questions {
            writer.write_record(neutralise_all([
                u.report.unit.clone(),
                q.id.clone(),
                serde_plain(&q.status),
                q.value.clone().unwrap_or_default(),
                r6(q.points),
                format!("{}", q.max_points),
                format!("{}", q.weight),
                r6(q.contribution),
            ]))?;
        }
    }
    finish(preamble(results), writer)
}

/// The kebab-case spelling serde gives a unit enum.
fn serde_plain<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn metadata_rows(results: &Results) -> Vec<(&'static str, String)> {
    vec![
        ("schema", results.schema.clone()),
        ("edition", results.edition.id.clone()),
        ("edition_name", results.edition.name.clone()),
        ("framework", results.framework.id.clone()),
        ("framework_version", results.framework.version.clone()),
        (
            "publication_version",
            results.publication.version.to_string(),
        ),
        ("published_at", results.publication.published_at.clone()),
        ("change_note", results.publication.change_note.clone()),
        ("licence", results.licence.clone()),
        ("missing_values", results.missing_values.clone()),
        (
            "missing_answer_policy",
            serde_plain(&results.framework.missing),
        ),
        ("units", results.units.len().to_string()),
    ]
}

fn write_cell(sheet: &mut Worksheet, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
    if !text.is_empty() {
        sheet.write_string(row, col, text)?;
    }
    Ok(())
}

fn write_score(sheet: &mut Worksheet, row: u32, col: u16, x: Option<f64>) -> Result<(), XlsxError> {
    if let Some(v) = x {
        sheet.write_number(row, col, v)?;
    }
    Ok(())
}

/// `results.xlsx`: a `metadata` sheet, then one sheet per level (overall, pillars, indicators,
/// sub-indicators when the framework has them, questions). Missing scores are empty cells.
pub fn xlsx(results: &Results) -> anyhow::Result<Vec<u8>> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    {
        let sheet = book.add_worksheet().set_name("metadata")?;
        sheet.write_string_with_format(0, 0, "field", &bold)?;
        sheet.write_string_with_format(0, 1, "value", &bold)?;
        for (i, (k, v)) in metadata_rows(results).iter().enumerate() {
            let row = i as u32 + 1;
            sheet.write_string(row, 0, *k)?;
            sheet.write_string(row, 1, v)?;
        }
        sheet.set_column_width(0, 24)?;
        sheet.set_column_width(1, 100)?;
    }
    let levels = [
        (None, "overall"),
        (Some(NodeKind::Pillar), "pillars"),
        (Some(NodeKind::Indicator), "indicators"),
        (Some(NodeKind::SubIndicator), "sub-indicators"),
    ];
    for (kind, name) in levels {
        let nodes: Vec<usize> = match kind {
            None => Vec::new(),
            Some(k) => results
                .nodes
                .iter()
                .enumerate()
                .filter(|(_, n)| n.kind == k)
                .map(|(i, _)| i)
                .collect(),
        };
        if kind.is_some() && nodes.is_empty() {
            continue;
        }
        let sheet = book.add_worksheet().set_name(name)?;
        let mut header: Vec<&str> = UNIT_COLUMNS.to_vec();
        header.extend(nodes.iter().map(|i| results.nodes[*i].id.as_str()));
        for (c, h) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &bold)?;
        }
        for (r, u) in results.units.iter().enumerate() {
            let row = r as u32 + 1;
            let report = &u.report;
            let cells = unit_cells(results, u);
            for (c, cell) in cells.iter().enumerate() {
                match c {
                    0 => write_score(sheet, row, 0, report.rank.map(f64::from))?,
                    8 => write_score(sheet, row, 8, report.overall)?,
                    10..=12 => sheet
                        .write_number(row, c as u16, cell.parse::<f64>().unwrap_or(0.0))
                        .map(|_| ())?,
                    5..=7 if !cell.is_empty() => sheet
                        .write_boolean(row, c as u16, cell == "1")
                        .map(|_| ())?,
                    _ => write_cell(sheet, row, c as u16, cell)?,
                }
            }
            for (k, i) in nodes.iter().enumerate() {
                let col = (UNIT_COLUMNS.len() + k) as u16;
                write_score(sheet, row, col, report.nodes[*i].score)?;
            }
        }
        sheet.set_freeze_panes(1, 3)?;
    }
    {
        let sheet = book.add_worksheet().set_name("questions")?;
        let header = [
            "unit",
            "question",
            "status",
            "value",
            "points",
            "max_points",
            "weight",
            "contribution",
        ];
        for (c, h) in header.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &bold)?;
        }
        let mut row = 1u32;
        for u in &results.units {
            for q in &u.report.questions {
                sheet.write_string(row, 0, &u.report.unit)?;
                sheet.write_string(row, 1, &q.id)?;
                sheet.write_string(row, 2, serde_plain(&q.status))?;
                write_cell(sheet, row, 3, q.value.as_deref().unwrap_or(""))?;
                write_score(sheet, row, 4, q.points)?;
                sheet.write_number(row, 5, q.max_points)?;
                sheet.write_number(row, 6, q.weight)?;
                write_score(sheet, row, 7, q.contribution)?;
                row += 1;
            }
        }
        sheet.set_freeze_panes(1, 2)?;
    }
    Ok(book.save_to_buffer()?)
}

fn parquet_properties(results: &Results) -> WriterProperties {
    WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_key_value_metadata(Some(
            metadata_rows(results)
                .into_iter()
                .map(|(k, v)| KeyValue::new(k.to_string(), v))
                .collect(),
        ))
        .build()
}

fn write_parquet(
    results: &Results,
    schema: Schema,
    columns: Vec<ArrayRef>,
) -> anyhow::Result<Vec<u8>> {
    let schema = Arc::new(schema);
    let batch = RecordBatch::try_new(schema.clone(), columns)?;
    let mut out = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut out, schema, Some(parquet_properties(results)))?;
    writer.write(&batch)?;
    writer.close()?;
    Ok(out)
}

/// `scores.parquet`: one row per unit and level: the overall score (`level` = `overall`, `node`
/// empty) and every node. Missing scores are null.
pub fn scores_parquet(results: &Results) -> anyhow::Result<Vec<u8>> {
    let mut unit = Vec::new();
    let mut itu = Vec::new();
    let mut level = Vec::new();
    let mut node = Vec::new();
    let mut score = Vec::new();
    let mut max = Vec::new();
    let mut rank = Vec::new();
    let mut tier = Vec::new();
    for u in &results.units {
        let r = &u.report;
        let region = u.groups.as_ref().map(|g| g.itu_region.clone());
        unit.push(r.unit.clone());
        itu.push(region.clone());
        level.push("overall".to_string());
        node.push(None);
        score.push(r.overall);
        max.push(results.framework.max);
        rank.push(r.rank);
        tier.push(r.tier.clone());
        for n in &r.nodes {
            unit.push(r.unit.clone());
            itu.push(region.clone());
            level.push(serde_plain(&n.kind));
            node.push(Some(n.id.clone()));
            score.push(n.score);
            max.push(n.max);
            rank.push(None);
            tier.push(None);
        }
    }
    let schema = Schema::new(vec![
        Field::new("unit", DataType::Utf8, false),
        Field::new("itu_region", DataType::Utf8, true),
        Field::new("level", DataType::Utf8, false),
        Field::new("node", DataType::Utf8, true),
        Field::new("score", DataType::Float64, true),
        Field::new("max", DataType::Float64, false),
        Field::new("rank", DataType::UInt32, true),
        Field::new("tier", DataType::Utf8, true),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from(unit)),
        Arc::new(StringArray::from(itu)),
        Arc::new(StringArray::from(level)),
        Arc::new(StringArray::from(node)),
        Arc::new(Float64Array::from(score)),
        Arc::new(Float64Array::from(max)),
        Arc::new(UInt32Array::from(rank)),
        Arc::new(StringArray::from(tier)),
    ];
    write_parquet(results, schema, columns)
}

/// `questions.parquet`: one row per unit and question.
pub fn questions_parquet(results: &Results) -> anyhow::Result<Vec<u8>> {
    let mut unit = Vec::new();
    let mut question = Vec::new();
    let mut status = Vec::new();
    let mut value = Vec::new();
    let mut points = Vec::new();
    let mut max_points = Vec::new();
    let mut contribution = Vec::new();
    let mut answered = Vec::new();
    for u in &results.units {
        for q in &u.report.questions {
            unit.push(u.report.unit.clone());
            question.push(q.id.clone());
            status.push(serde_plain(&q.status));
            value.push(q.value.clone());
            points.push(q.points);
            max_points.push(q.max_points);
            contribution.push(q.contribution);
            answered.push(q.value.is_some());
        }
    }
    let schema = Schema::new(vec![
        Field::new("unit", DataType::Utf8, false),
        Field::new("question", DataType::Utf8, false),
        Field::new("status", DataType::Utf8, false),
        Field::new("value", DataType::Utf8, true),
        Field::new("points", DataType::Float64, true),
        Field::new("max_points", DataType::Float64, false),
        Field::new("contribution", DataType::Float64, true),
        Field::new("answered", DataType::Boolean, false),
    ]);
    let columns: Vec<ArrayRef> = vec![
        Arc::new(StringArray::from(unit)),
        Arc::new(StringArray::from(question)),
        Arc::new(StringArray::from(status)),
        Arc::new(StringArray::from(value)),
        Arc::new(Float64Array::from(points)),
        Arc::new(Float64Array::from(max_points)),
        Arc::new(Float64Array::from(contribution)),
        Arc::new(BooleanArray::from(answered)),
    ];
    write_parquet(results, schema, columns)
}
