//! An assessment as one worksheet, and the team's self-assessment read back from it.
//!
//! The sheet (`assessment`): a header row (frozen) and one row per parameter of the framework,
//! in framework order: parameter id (A), group (B), short name (C), the team's level (D) and
//! note (E), the evidence with its dates and expiry (F), the validated level (G) and the
//! reviewer's comment (H). Levels are `0`…`4` or `n/a`, empty when not rated.
//!
//! [`plan`] reads the rows the index's workbook reader gives (`cyberindex_answers::xlsx_table`,
//! the answer files' path) and compares columns A, D and E with what is stored: every change
//! (parameter, level from → to, note changed), and **every** problem with its cell (`D7: level
//! "5" is not on the scale 0–4 or n/a`). Nothing is applied while there are problems; the
//! changes are applied by the levels form's path (`levels_save_as`, one store transaction) on
//! the versions read here, so a change made by someone else in between is refused (409).
//! Columns B, C and F–H are the export's and are not read.

use std::collections::BTreeMap;

use cyberindex_answers::position::column_letter;
use cyberindex_engine::Framework;
use cyberindex_store::{Level, MaturityEvidence, MaturityEvidenceKind, ParameterAnswer};

use crate::i18n::{Msg, Tr};

/// The sheet's name.
pub const SHEET: &str = "assessment";

/// The columns' headers, by message key.
pub const HEADERS: [&str; 8] = [
    "maturity-col-parameter",
    "maturity-sheet-group",
    "maturity-sheet-name",
    "maturity-self-level",
    "maturity-note",
    "maturity-sheet-evidence",
    "maturity-validated-level",
    "maturity-comment",
];

const COL_ID: usize = 0;
const COL_LEVEL: usize = 3;
const COL_NOTE: usize = 4;

/// A level as the sheet writes it.
fn level_cell(level: Option<Level>) -> &'static str {
    match level {
        None => "",
        Some(Level::NotApplicable) => "n/a",
        Some(l) => l.as_str(),
    }
}

/// The evidence of one parameter, one item a line: title, where it is, its dates.
fn evidence_cell(tr: Tr, id: i64, items: &[&MaturityEvidence], today: &str) -> String {
    items
        .iter()
        .map(|e| {
            let place = match e.kind {
                MaturityEvidenceKind::Url => e.url.clone().unwrap_or_default(),
                MaturityEvidenceKind::File => format!(
                    "{} (/maturity/{id}/evidence/{}/file)",
                    e.file_name.clone().unwrap_or_default(),
                    e.id
                ),
                MaturityEvidenceKind::Check => tr.t("maturity-evidence-check"),
            };
            let mut line = format!("{}: {place} ({}", e.title, e.issued_on);
            if let Some(expires) = &e.expires_on {
                line.push_str(&format!(" → {expires}"));
                if expires.as_str() < today {
                    line.push_str(&format!(", {}", tr.t("maturity-expired")));
                }
            }
            line.push(')');
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The workbook of assessment `id`: one sheet, header row frozen, columns sized.
pub fn write(
    tr: Tr,
    id: i64,
    framework: &Framework,
    answers: &BTreeMap<String, ParameterAnswer>,
    evidence: &[MaturityEvidence],
    today: &str,
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, FormatAlign, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(SHEET)?;
    if tr.lang == "ar" {
        sheet.set_right_to_left(true);
    }
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (c, key) in HEADERS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, tr.t(key), &bold)?;
    }
    for (r, q) in framework.questions.iter().enumerate() {
        let row = r as u32 + 1;
        let a = answers.get(&q.id);
        let group = &framework.nodes[framework.pillar_of(q.parent)].id;
        let items: Vec<&MaturityEvidence> = evidence
            .iter()
            .filter(|e| e.parameter == q.id && e.deleted_at.is_none())
            .collect();
        let self_level = a.and_then(|a| a.self_level);
        let validated = a.and_then(|a| a.validated_level);
        let cells = [
            q.id.clone(),
            group.clone(),
            tr.pick(&q.label).to_string(),
            level_cell(self_level).to_string(),
            a.map(|a| a.note.clone()).unwrap_or_default(),
            evidence_cell(tr, id, &items, today),
            level_cell(validated).to_string(),
            a.map(|a| a.comment.clone()).unwrap_or_default(),
        ];
        for (c, text) in cells.iter().enumerate() {
            let col = c as u16;
            // Levels 0–4 are numbers, so that a spreadsheet sorts and sums them.
            match text.parse::<u8>() {
                Ok(n) if c == COL_LEVEL || c == 6 => {
                    sheet.write_number_with_format(row, col, f64::from(n), &wrap)?;
                }
                _ if text.is_empty() => {}
                _ => {
                    sheet.write_string_with_format(row, col, text, &wrap)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    for (c, width) in [10, 8, 36, 14, 50, 60, 14, 50].into_iter().enumerate() {
        sheet.set_column_width(c as u16, width)?;
    }
    sheet.autofilter(0, 0, framework.questions.len() as u32, 7)?;
    book.save_to_buffer()
}

/// One change the sheet asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetChange {
    pub parameter: String,
    pub from: Option<Level>,
    pub to: Option<Level>,
    /// The note as the sheet has it, and whether it differs from the stored one.
    pub note: String,
    pub note_changed: bool,
    /// The parameter's version when the sheet was read.
    pub version: i64,
}

/// What a sheet would change, and every problem in it, each with its cell.
#[derive(Debug, Default)]
pub struct Plan {
    pub changes: Vec<SheetChange>,
    pub errors: Vec<(String, Msg)>,
}

/// Reads the team's levels and notes from `rows` (as `xlsx_table` gives them: row number and
/// cells from column A) against `framework` and the stored `answers`. `na` is the reader's
/// word for "not applicable", accepted beside `n/a` and `na`.
pub fn plan(
    framework: &Framework,
    answers: &BTreeMap<String, ParameterAnswer>,
    rows: &[(usize, Vec<String>)],
    na: &str,
) -> Plan {
    let mut out = Plan::default();
    let cell = |col: usize, row: usize| format!("{}{row}", column_letter(col));
    let known = |id: &str| framework.questions.iter().any(|q| q.id == id);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (i, (row, cells)) in rows.iter().enumerate() {
        let get = |c: usize| cells.get(c).map_or("", |s| s.trim());
        let id = get(COL_ID);
        // The header row: the first row, when its first cell is not a parameter.
        if i == 0 && !known(id) {
            continue;
        }
        let level_text = get(COL_LEVEL);
        let note = cells
            .get(COL_NOTE)
            .map_or(String::new(), |s| s.trim().replace("\r\n", "\n"));
        if id.is_empty() {
            if !level_text.is_empty() || !note.is_empty() {
                out.errors.push((
                    cell(COL_ID, *row),
                    crate::msg!(
                        "maturity-import-error-no-parameter",
                        cell = cell(COL_ID, *row)
                    ),
                ));
            }
            continue;
        }
        if !known(id) {
            out.errors.push((
                cell(COL_ID, *row),
                crate::msg!(
                    "maturity-import-error-parameter",
                    cell = cell(COL_ID, *row),
                    value = id
                ),
            ));
            continue;
        }
        if let Some(first) = seen.insert(id.to_string(), *row) {
            out.errors.push((
                cell(COL_ID, *row),
                crate::msg!(
                    "maturity-import-error-duplicate",
                    cell = cell(COL_ID, *row),
                    parameter = id,
                    row = first
                ),
            ));
            continue;
        }
        let to = if level_text.is_empty() {
            Ok(None)
        } else if level_text.eq_ignore_ascii_case(na) {
            Ok(Some(Level::NotApplicable))
        } else {
            level_text.parse::<Level>().map(Some)
        };
        let to = match to {
            Ok(l) => Some(l),
            Err(_) => {
                out.errors.push((
                    cell(COL_LEVEL, *row),
                    crate::msg!(
                        "maturity-import-error-level",
                        cell = cell(COL_LEVEL, *row),
                        value = level_text
                    ),
                ));
                None
            }
        };
        if note.chars().count() > cyberindex_workflow::limits::MAX_TEXT_CHARS {
            out.errors.push((
                cell(COL_NOTE, *row),
                crate::msg!(
                    "maturity-import-error-too-long",
                    cell = cell(COL_NOTE, *row),
                    parameter = id
                ),
            ));
            continue;
        }
        let Some(to) = to else { continue };
        let stored = answers.get(id);
        let from = stored.and_then(|a| a.self_level);
        let stored_note = stored.map_or("", |a| a.note.as_str());
        let note_changed = stored_note != note;
        if from == to && !note_changed {
            continue;
        }
        out.changes.push(SheetChange {
            parameter: id.to_string(),
            from,
            to,
            note,
            note_changed,
            version: stored.map_or(0, |a| a.version),
        });
    }
    if out.errors.is_empty() && seen.is_empty() {
        out.errors
            .push((String::new(), crate::msg!("maturity-import-error-empty")));
    }
    out
}
