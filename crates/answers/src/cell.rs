//! Spreadsheet formulas in CSV cells (OWASP "CSV injection"): every CSV file cyberindex writes
//! passes its cells through [`neutralise`], and the answer reader undoes it with [`restore`], so a
//! published `answers.csv` reads back exactly as it was written.
//!
//! A cell is *armed* when, after any leading single quotes, it starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return and is not a plain number (`-5`, `+3.25` and `-1e3` stay numbers). An
//! armed cell is written with one more leading `'`, which spreadsheets show as text. The reader
//! removes one leading `'` exactly when what follows is armed. Counting the quotes makes the round
//! trip exact even for a text that itself starts with `'=`.
//!
//! The files also start with `#` comment lines, which the answer reader skips, so a record whose
//! first cell starts with `#` (a unit id such as `#team`, which a framework with `units = "any"`
//! accepts) must be quoted: [`writer`] makes the CSV writer that does it.

use std::borrow::Cow;

/// The characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text` is a plain decimal number, such as `-5`, `+0.25` or `-1e3`.
fn is_plain_number(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | 'e' | 'E'))
        && text.chars().any(|c| c.is_ascii_digit())
        && text.parse::<f64>().is_ok_and(f64::is_finite)
}

/// Whether a spreadsheet could read `text`, once its leading quotes are removed, as a formula.
fn armed(text: &str) -> bool {
    let rest = text.trim_start_matches('\'');
    rest.starts_with(TRIGGERS) && !is_plain_number(rest)
}

/// The cell as written to a CSV file: with a leading `'` when it could be read as a formula.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if armed(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The cell as it was before [`neutralise`].
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if armed(rest) => rest,
        _ => cell,
    }
}

/// The CSV writer for every file cyberindex writes in CSV: it quotes a record's first cell when it
/// starts with `#`, which the answer reader, like most tools reading the published files, would
/// otherwise take for a comment line and skip. Found by the `answers_csv` fuzz target: a unit
/// `#x` vanished from a publication's `answers.csv` when it was read back for scoring.
pub fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .comment(Some(b'#'))
        .from_writer(Vec::new())
}

/// A whole record, neutralised.
pub fn neutralise_all<I, S>(cells: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    cells
        .into_iter()
        .map(|c| neutralise(c.as_ref()).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_get_a_quote_and_numbers_do_not() {
        for (cell, written) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("+1+1", "'+1+1"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-", "'-"),
            ("-inf", "'-inf"),
            ("-NaN", "'-NaN"),
            ("'=1", "''=1"),
            ("''@x", "'''@x"),
            ("-5", "-5"),
            ("-0.25", "-0.25"),
            ("+3", "+3"),
            ("-1e3", "-1e3"),
            ("'-5", "'-5"),
            ("12", "12"),
            ("plain words", "plain words"),
            ("a=b", "a=b"),
            (" =1", " =1"),
            ("", ""),
            ("'", "'"),
            ("it's", "it's"),
        ] {
            assert_eq!(neutralise(cell), written, "{cell:?}");
            assert_eq!(restore(written), cell, "{written:?}");
        }
    }

    #[test]
    fn restore_leaves_cells_it_did_not_quote() {
        for cell in ["'hello", "'-5", "'", "''", "x'=1", "'12"] {
            assert_eq!(restore(cell), cell);
        }
    }
}
