//! Diagnostics: what is wrong, where (a byte span in the source), and how to fix it.

use std::fmt::Write;
use std::ops::Range;

/// One problem found in a framework file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range in the source.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Diagnostic {
    pub fn new(span: Range<usize>, message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            help: help.into(),
        }
    }
}

pub use cyberindex_answers::line_column;

/// Renders diagnostics as `file:line:column: error: message` lines, each followed by the source
/// line, a caret and the help, sorted by position.
pub fn render(file: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|d| (d.span.start, d.message.clone()));
    let mut out = String::new();
    for d in sorted {
        let (line, column) = line_column(source, d.span.start);
        let text = source.lines().nth(line - 1).unwrap_or("");
        let _ = writeln!(out, "{file}:{line}:{column}: error: {}", d.message);
        let _ = writeln!(out, "  {line:>4} | {text}");
        let _ = writeln!(out, "       | {}^", " ".repeat(column - 1));
        let _ = writeln!(out, "  help: {}", d.help);
    }
    out
}
