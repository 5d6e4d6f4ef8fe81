//! `cyberindex score`: score an answer file with a framework, and against its threshold profiles
//! (with those of `--profiles` files) when it has any.

use std::path::{Path, PathBuf};

use cyberindex_publish::report;

use crate::{ScoreFormat, input};

pub fn run(
    framework: &Path,
    profiles: &[PathBuf],
    answers: &Path,
    format: ScoreFormat,
    out: Option<&Path>,
    lang: &str,
) -> anyhow::Result<()> {
    let framework = input::framework_with_profiles(framework, profiles)?;
    let file = input::answers(&framework, answers)?;
    let results = cyberindex_engine::score_all(&framework, &file.units);
    let assessed = if framework.profiles.is_empty() {
        Vec::new()
    } else {
        cyberindex_engine::assess_all(&framework, &framework.profiles, &file.units)
    };
    let text = match format {
        ScoreFormat::Csv => report::csv_with_profiles(&framework, &results, &assessed)?,
        ScoreFormat::Json => report::json(&framework, &file, &results, &assessed)?,
        ScoreFormat::Table => report::table_with_profiles(&framework, &results, &assessed, lang),
    };
    input::write_output(out, &text)
}
