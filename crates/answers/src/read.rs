//! Long-format answer files: one row per unit and question.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use cyberindex_engine::{Framework, QuestionType, UnitAnswers, UnitKind, Value};

use crate::RowError;
use crate::countries;

/// The file formats answers are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// The format for a file name, by extension.
    pub fn from_name(name: &str) -> Option<Self> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(Self::Csv)
        } else if lower.ends_with(".xlsx") {
            Some(Self::Xlsx)
        } else {
            None
        }
    }
}

/// What a row said, kept for explanations and output.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawAnswer {
    pub value: String,
    pub comment: String,
    pub evidence: String,
}

/// A fully read answer file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnswerFile {
    /// Units in id order, each with one value slot per question.
    pub units: Vec<UnitAnswers>,
    /// What each row said: `raw[u][q]` for `units[u]` and question index `q`.
    pub raw: Vec<Vec<Option<RawAnswer>>>,
    /// Data rows read (the header excluded).
    pub rows: usize,
}

impl AnswerFile {
    /// What the file said for a unit and question.
    pub fn raw_answer(&self, unit: &str, question: usize) -> Option<&RawAnswer> {
        let u = self
            .units
            .binary_search_by(|x| x.unit.as_str().cmp(unit))
            .ok()?;
        self.raw[u][question].as_ref()
    }
}

const COLUMNS: [&str; 5] = ["unit", "question", "value", "comment", "evidence"];

/// Reads an answer file against a framework. Returns every error, or the answers.
pub fn read(
    framework: &Framework,
    bytes: &[u8],
    format: Format,
) -> Result<AnswerFile, Vec<RowError>> {
    let rows = match format {
        Format::Csv => csv_rows(bytes)?,
        Format::Xlsx => xlsx_rows(bytes)?,
    };
    interpret(framework, rows)
}

/// Rows as (spreadsheet row number, cells); the first is the header.
type Rows = Vec<(usize, csv::StringRecord)>;

fn csv_rows(bytes: &[u8]) -> Result<Rows, Vec<RowError>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Lines starting with `#` are comments: published answer files carry their edition, licence
    // and missing-value convention that way. A cell that starts with `'` before a formula
    // character is restored (`cell::restore`): cyberindex writes formulas quoted.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(bytes);
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(rows.len() + 1, |p| p.line() as usize);
                // Cells quoted against spreadsheet formulas read back as they were written.
                let cells: Vec<&str> = r.iter().map(crate::cell::restore).collect();
                rows.push((line, csv::StringRecord::from(cells)));
            }
            Err(e) => {
                let row = e.position().map_or(0, |p| p.line() as usize);
                let message = match e.kind() {
                    csv::ErrorKind::Utf8 { .. } => "the file is not valid UTF-8".to_string(),
                    _ => format!("unreadable CSV: {e}"),
                };
                errors.push(RowError::new(
                    row,
                    None,
                    message,
                    "save the file as UTF-8 CSV",
                ));
                break;
            }
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

fn xlsx_rows(bytes: &[u8]) -> Result<Rows, Vec<RowError>> {
    Ok(xlsx_table(bytes, "answers")?
        .into_iter()
        .map(|(row, cells)| (row, csv::StringRecord::from(cells)))
        .collect())
}

/// The rows of one sheet of an XLSX workbook as text, each with its spreadsheet row number (1
/// is the first row) and its cells from column A on (a date as `YYYY-MM-DD`, a whole number
/// without decimals); empty rows are left out. The sheet named `sheet` (any case), else the
/// first. The answer files' reading path, shared with the other workbook imports (the maturity
/// self-assessment). A damaged workbook is an error, never a panic.
pub fn xlsx_table(bytes: &[u8], sheet: &str) -> Result<Vec<(usize, Vec<String>)>, Vec<RowError>> {
    // calamine 0.38 can panic on a malformed workbook (found by the `answers_xlsx` fuzz target:
    // a cell reference with a huge column overflows its arithmetic in builds with overflow
    // checks). A broken file is the sender's problem to fix, so it becomes an error, not a crash.
    std::panic::catch_unwind(|| xlsx_table_unchecked(bytes, sheet)).unwrap_or_else(|_| {
        Err(vec![RowError::file(
            "not a readable XLSX workbook: its structure is damaged",
        )])
    })
}

fn xlsx_table_unchecked(
    bytes: &[u8],
    wanted: &str,
) -> Result<Vec<(usize, Vec<String>)>, Vec<RowError>> {
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| vec![RowError::file(format!("not a readable XLSX workbook: {e}"))])?;
    let names = workbook.sheet_names();
    let sheet = names
        .iter()
        .find(|n| n.eq_ignore_ascii_case(wanted))
        .or(names.first())
        .cloned()
        .ok_or_else(|| vec![RowError::file("the workbook has no sheets")])?;
    let range = workbook.worksheet_range(&sheet).map_err(|e| {
        vec![RowError::file(format!(
            "sheet `{sheet}` is unreadable: {e}"
        ))]
    })?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let mut cells = vec![String::new(); first_col];
        cells.extend(row.iter().map(cell_text));
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push((first_row + i + 1, cells));
    }
    Ok(rows)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::Error(e) => format!("#ERROR {e:?}"),
    }
}

/// An Excel serial date (1900 system) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    let days = serial.floor() as i64 - 25569; // days from 1970-01-01
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

fn interpret(framework: &Framework, rows: Rows) -> Result<AnswerFile, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut rows = rows.into_iter();
    let Some((header_row, header)) = rows.next() else {
        return Err(vec![RowError::new(
            1,
            None,
            "the file is empty",
            "start with the header row `unit,question,value`",
        )]);
    };
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let mut column: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        match COLUMNS.iter().find(|c| **c == name) {
            Some(c) => {
                if column.insert(c, i).is_some() {
                    errors.push(RowError::new(
                        header_row,
                        Some(c),
                        format!("column `{c}` appears twice"),
                        "keep one",
                    ));
                }
            }
            None => errors.push(RowError::new(
                header_row,
                Some(name),
                format!("unknown column `{name}`"),
                format!("use the columns {}", COLUMNS.join(", ")),
            )),
        }
    }
    for required in ["unit", "question", "value"] {
        if !column.contains_key(required) {
            errors.push(RowError::new(header_row, None, format!("the header has no `{required}` column"), "the header must name the columns unit, question and value (comment and evidence are optional)"));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let col = |name: &str| column.get(name).copied();
    let (c_unit, c_question, c_value) = (col("unit"), col("question"), col("value"));
    let (c_comment, c_evidence) = (col("comment"), col("evidence"));
    let question_index: HashMap<&str, usize> = framework
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let question_ids: Vec<&str> = framework.questions.iter().map(|q| q.id.as_str()).collect();

    // Units are interned as they appear; each has one slot per question.
    let n = framework.questions.len();
    let mut unit_index: HashMap<String, usize> = HashMap::new();
    let mut units: Vec<UnitRows> = Vec::new();
    let mut count = 0;
    for (row, cells) in rows {
        count += 1;
        let unit = cell(&cells, c_unit);
        let question = cell(&cells, c_question);
        let value = cell(&cells, c_value);
        let evidence = cell(&cells, c_evidence);
        if unit.is_empty() {
            errors.push(RowError::new(
                row,
                Some("unit"),
                "the unit is empty",
                "write the unit id (an ISO 3166-1 alpha-3 code for countries)",
            ));
            continue;
        }
        let Some(&q) = question_index.get(question) else {
            let help = match suggest(question, &question_ids) {
                Some(s) => format!(
                    "did you mean `{s}`? Question ids are listed by `cyberindex framework show`"
                ),
                None => {
                    "use a question id of the framework; `cyberindex framework show` lists them"
                        .to_string()
                }
            };
            errors.push(RowError::new(
                row,
                Some("question"),
                format!("unknown question `{question}`"),
                help,
            ));
            continue;
        };
        let u = match unit_index.get(unit) {
            Some(&u) => u,
            None => {
                if framework.units == UnitKind::Country && countries::by_alpha3(unit).is_none() {
                    let upper = unit.to_ascii_uppercase();
                    let help = if countries::by_alpha3(&upper).is_some() {
                        format!("write it in capitals: `{upper}`")
                    } else {
                        "this framework scores countries: use an ISO 3166-1 alpha-3 code from data/countries.csv, such as `KEN`".to_string()
                    };
                    errors.push(RowError::new(
                        row,
                        Some("unit"),
                        format!("`{unit}` is not a country code in the master list"),
                        help,
                    ));
                    continue;
                }
                unit_index.insert(unit.to_string(), units.len());
                units.push(UnitRows {
                    unit: unit.to_string(),
                    values: vec![None; n],
                    raw: vec![None; n],
                    row: vec![0; n],
                });
                units.len() - 1
            }
        };
        let first = units[u].row[q];
        if first != 0 {
            errors.push(RowError::new(row, None, format!("duplicate answer for unit `{unit}` and question `{question}` (first on row {first})"), "keep one row per unit and question"));
            continue;
        }
        units[u].row[q] = row;
        if !evidence.is_empty() && !is_url(evidence) {
            errors.push(RowError::new(
                row,
                Some("evidence"),
                format!("`{evidence}` is not a web address"),
                "write an http:// or https:// URL, or leave it empty",
            ));
        }
        match parse_value(framework, q, value) {
            Ok(parsed) => {
                units[u].values[q] = parsed;
                units[u].raw[q] = Some(RawAnswer {
                    value: value.to_string(),
                    comment: cell(&cells, c_comment).to_string(),
                    evidence: evidence.to_string(),
                });
            }
            Err(e) => errors.push(RowError::new(row, Some("value"), e.to_string(), e.hint())),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    units.sort_by(|a, b| a.unit.cmp(&b.unit));
    let (units, raw) = units
        .into_iter()
        .map(|u| {
            (
                UnitAnswers {
                    unit: u.unit,
                    values: u.values,
                },
                u.raw,
            )
        })
        .unzip();
    Ok(AnswerFile {
        units,
        raw,
        rows: count,
    })
}

/// The trimmed text of a cell; empty when the column or cell is absent.
fn cell(cells: &csv::StringRecord, column: Option<usize>) -> &str {
    column.and_then(|i| cells.get(i)).map_or("", str::trim)
}

/// One unit's answers while the file is read: values, what was written, and the row of each.
struct UnitRows {
    unit: String,
    values: Vec<Option<Value>>,
    raw: Vec<Option<RawAnswer>>,
    row: Vec<usize>,
}

/// Why a value does not fit its question. `Display` is the problem in English; [`ValueError::hint`]
/// says what to write instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// A choice question's value is not one of its options (`options`: the ids, comma-separated).
    #[error("`{value}` is not an option of {kind} question `{question}`")]
    NotAnOption {
        value: String,
        kind: &'static str,
        question: String,
        options: String,
    },
    /// A word of a multiple-choice value is not one of the question's options.
    #[error("`{word}` is not an option of multiple-choice question `{question}`")]
    NotOptions {
        word: String,
        question: String,
        options: String,
    },
    #[error("`{value}` is not a number, and `{question}` is a number question")]
    NotNumber { value: String, question: String },
    #[error("`{value}` is not a web address")]
    NotUrl { value: String },
    #[error("`{value}` is not a date")]
    NotDate { value: String },
}

impl ValueError {
    /// What to write instead, in English.
    pub fn hint(&self) -> String {
        match self {
            Self::NotAnOption { options, .. } => {
                format!("use one of: {options} (or leave it empty if not answered)")
            }
            Self::NotOptions { options, .. } => {
                format!("list options separated by `;` or spaces, from: {options}")
            }
            Self::NotNumber { .. } => {
                "write a number with a dot for decimals, such as 12 or 3.5".to_string()
            }
            Self::NotUrl { .. } => "write an http:// or https:// URL".to_string(),
            Self::NotDate { .. } => "write the date as YYYY-MM-DD, such as 2024-03-31".to_string(),
        }
    }
}

/// Parses one value for question `q`; empty means not answered.
pub fn parse_value(
    framework: &Framework,
    q: usize,
    text: &str,
) -> Result<Option<Value>, ValueError> {
    let question = &framework.questions[q];
    if text.is_empty() {
        return Ok(None);
    }
    let options = || {
        question
            .options
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let find = |word: &str| question.option_index(&word.to_ascii_lowercase());
    match question.kind {
        QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => {
            match find(text) {
                Some(i) => Ok(Some(Value::Choice(i as u32))),
                None => Err(ValueError::NotAnOption {
                    value: text.to_string(),
                    kind: question.kind.as_str(),
                    question: question.id.clone(),
                    options: options(),
                }),
            }
        }
        QuestionType::MultipleChoice => {
            let mut set = 0u64;
            for word in text.split([';', ' ']).filter(|w| !w.is_empty()) {
                match find(word) {
                    Some(i) => set |= 1 << i,
                    None => {
                        return Err(ValueError::NotOptions {
                            word: word.to_string(),
                            question: question.id.clone(),
                            options: options(),
                        });
                    }
                }
            }
            Ok(Some(Value::Choices(set)))
        }
        QuestionType::Number => match text.parse::<f64>() {
            Ok(x) if x.is_finite() => Ok(Some(Value::Number(x))),
            _ => Err(ValueError::NotNumber {
                value: text.to_string(),
                question: question.id.clone(),
            }),
        },
        QuestionType::Url if !is_url(text) => Err(ValueError::NotUrl {
            value: text.to_string(),
        }),
        QuestionType::Date if !is_date(text) => Err(ValueError::NotDate {
            value: text.to_string(),
        }),
        QuestionType::Text | QuestionType::Url | QuestionType::Date => Ok(Some(Value::Given)),
    }
}

/// Whether `text` is an http(s) address with a host.
pub fn is_url(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !r.contains(char::is_whitespace)
    })
}

/// Whether `text` is a calendar date written `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

fn suggest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lower = word.to_ascii_lowercase();
    candidates
        .iter()
        .find(|c| c.to_ascii_lowercase() == lower)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2024-13-01"));
        assert!(!is_date("24-01-01"));
        assert_eq!(excel_date(45382.0), "2024-03-31");
        assert_eq!(excel_date(25569.0), "1970-01-01");
    }

    #[test]
    fn urls() {
        assert!(is_url("https://example.org/law.pdf"));
        assert!(!is_url("ftp://example.org"));
        assert!(!is_url("https://"));
        assert!(!is_url("https://exa mple.org"));
    }
}
