//! `cyberindex score`: score an answer file with a framework.

use std::path::Path;

use cyberindex_publish::report;

use crate::{ScoreFormat, input};

pub fn run(
    framework: &Path,
    answers: &Path,
    format: ScoreFormat,
    out: Option<&Path>,
    lang: &str,
) -> anyhow::Result<()> {
    let framework = input::framework(framework)?;
    let file = input::answers(&framework, answers)?;
    let results = cyberindex_engine::score_all(&framework, &file.units);
    let text = match format {
        ScoreFormat::Csv => report::csv(&framework, &results)?,
        ScoreFormat::Json => {
            let mut s = serde_json::to_string_pretty(&report::build(&framework, &file, &results))?;
            s.push('\n');
            s
        }
        ScoreFormat::Table => report::table(&framework, &results, lang),
    };
    input::write_output(out, &text)
}
