//! The scenario file: TOML, one `[[move]]` per move and one `[[inject]]` per inject, each
//! inject with its `[[inject.expectation]]`s. Reading reports a syntax or shape error with its
//! line and column, or every problem of [`Scenario::check`]; a scenario is returned only when
//! it has none.
//!
//! ```toml
//! id = "health-ransomware"
//! version = "1.0.0"
//! languages = ["en", "fr"]
//! licence = "CC-BY-4.0"
//! tlp = "TLP:CLEAR"
//! title.en = "…"
//!
//! [[move]]
//! number = 1
//! title.en = "…"
//!
//! [[inject]]
//! id = "I-01"
//! move = 1
//! timing = "+0:00"            # or a clock time, "09:30"
//! depends_on = [{ inject = "I-00", condition = "answered" }]
//! audience = "all"            # or ["health-cert"]
//! channel = "email"           # portal, email, news, document
//! title.en = "…"
//! body.en = "…"
//!
//! [[inject.expectation]]
//! kind = "text"               # manual, document, text, acknowledgement
//! expected_score = 75
//! time_limit = 1800           # seconds
//! group = "any"               # any, all
//! parameters = ["P-9"]
//! name.en = "…"
//! ```

use crate::model::{Problem, Scenario};

/// Reads a scenario file. Every error names where it is: `line L, column C` for the file's
/// syntax and shape, the inject and field for the scenario's rules.
pub fn read(text: &str) -> Result<Scenario, Vec<Problem>> {
    let scenario: Scenario = toml::from_str(text).map_err(|e| {
        let at = e
            .span()
            .map(|span| {
                let (line, column) = cyberindex_answers::line_column(text, span.start);
                format!("line {line}, column {column}")
            })
            .unwrap_or_else(|| "the file".into());
        vec![Problem {
            at,
            message: e.message().trim().to_string(),
        }]
    })?;
    let problems = scenario.check();
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(problems)
    }
}

/// Writes a scenario as a file [`read`] reads back the same.
pub fn write(scenario: &Scenario) -> Result<String, String> {
    toml::to_string(scenario).map_err(|e| e.to_string())
}
