//! Findings: what a reader or a check noticed about a document, with a stable machine code.
//!
//! Readers never fail: they return what they could read plus a list of findings, so a person sees
//! every problem at once.

use serde::Serialize;

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Allowed, but a reader or a tool may be misled.
    Warning,
    /// Breaks the standard or makes the document unusable.
    Error,
}

impl Severity {
    /// The lower-case name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding about a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// A stable machine code such as `expired` or `no_contact`; never reworded.
    pub code: &'static str,
    pub severity: Severity,
    /// The 1-based line in the document the finding is about, when there is one.
    pub line: Option<usize>,
    /// A plain English sentence that says where and what.
    pub message: String,
}

impl Finding {
    pub(crate) fn new(
        code: &'static str,
        severity: Severity,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            code,
            severity,
            line,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(
                f,
                "line {line}: {} [{}]: {}",
                self.severity.as_str(),
                self.code,
                self.message
            ),
            None => write!(
                f,
                "{} [{}]: {}",
                self.severity.as_str(),
                self.code,
                self.message
            ),
        }
    }
}
