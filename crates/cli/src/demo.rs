//! `cyberindex demo answers`: deterministic demonstration answers as CSV.

use std::path::Path;

use cyberindex_answers::countries;

use crate::input;

pub fn run(
    framework: &Path,
    seed: u64,
    units: &[String],
    out: Option<&Path>,
) -> anyhow::Result<()> {
    let framework = input::framework(framework)?;
    let units: Vec<&str> = if units.is_empty() {
        countries::builtin()
            .iter()
            .map(|c| c.alpha3.as_str())
            .collect()
    } else {
        units.iter().map(String::as_str).collect()
    };
    let rows = cyberindex_demo::answers(&framework, &units, seed);
    let mut writer = cyberindex_answers::cell::writer();
    writer.write_record(["unit", "question", "value", "evidence"])?;
    for row in rows {
        writer.write_record([&row.unit, &row.question, &row.value, &row.evidence])?;
    }
    input::write_output(out, &String::from_utf8(writer.into_inner()?)?)
}
