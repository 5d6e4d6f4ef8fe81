//! Reading the user's files: frameworks and answers. Every problem is reported at once.

use std::fmt;
use std::path::Path;

use anyhow::Context;
use cyberindex_answers::{AnswerFile, Format};
use cyberindex_engine::Framework;

/// Problems in the user's input, already rendered with their locations.
#[derive(Debug)]
pub struct InputError(pub String);

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InputError {}

/// Reads and checks a framework file.
pub fn framework(path: &Path) -> anyhow::Result<Framework> {
    let source = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read framework file {}", path.display()))?;
    let name = path.display().to_string();
    cyberindex_framework::read(&source).map_err(|diagnostics| {
        let mut text = cyberindex_framework::render(&name, &source, &diagnostics);
        text.push_str(&format!(
            "{name}: {} error{} found\n",
            diagnostics.len(),
            if diagnostics.len() == 1 { "" } else { "s" }
        ));
        InputError(text).into()
    })
}

/// Reads an answer file (CSV or XLSX, by extension) against a framework.
pub fn answers(framework: &Framework, path: &Path) -> anyhow::Result<AnswerFile> {
    let name = path.display().to_string();
    let format = Format::from_name(&name).ok_or_else(|| {
        InputError(format!(
            "{name}: unknown file type; answers must be a .csv or .xlsx file\n"
        ))
    })?;
    let bytes = std::fs::read(path).with_context(|| format!("cannot read answer file {name}"))?;
    cyberindex_answers::read(framework, &bytes, format).map_err(|errors| {
        let mut text = String::new();
        for e in &errors {
            text.push_str(&format!("{name}: {e}\n"));
        }
        text.push_str(&format!(
            "{name}: {} error{} found; nothing was scored\n",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        ));
        InputError(text).into()
    })
}

/// Writes `text` to `out`, or to standard output.
/// Writes bytes (a PDF) to the user's file.
pub fn write_bytes(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

pub fn write_output(out: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match out {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()) {
                // A closed pipe (`| head`) is not an error for the user.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => other.context("cannot write to standard output"),
            }
        }
    }
}
