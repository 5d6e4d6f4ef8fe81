//! Reads answers in long format (`unit,question,value[,comment][,evidence]`) from CSV or XLSX
//! into the engine's [`UnitAnswers`], and the country master list.
//!
//! A file with any error yields every error found, each with its row number, and no answers: a
//! half-read file is never scored. The crate does no file IO: callers pass bytes.

pub mod cell;
pub mod countries;
pub mod position;
mod read;

use std::fmt;

pub use position::{column_letter, line_column};
pub use read::{
    AnswerFile, Format, RawAnswer, ValueError, is_date, is_url, parse_value, read, xlsx_table,
};

/// A problem in a tabular file, located by row (1 is the header row) and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// 1-based row number as a spreadsheet shows it; 0 for the file as a whole.
    pub row: usize,
    pub column: Option<String>,
    pub message: String,
    pub help: String,
}

impl RowError {
    pub fn new(
        row: usize,
        column: Option<&str>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Self {
            row,
            column: column.map(str::to_string),
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn file(message: impl Into<String>) -> Self {
        Self::new(
            0,
            None,
            message,
            "check that the file is a CSV or XLSX answer file",
        )
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.row > 0 {
            write!(f, "row {}", self.row)?;
            if let Some(c) = &self.column {
                write!(f, ", column `{c}`")?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{} (help: {})", self.message, self.help)
    }
}
