//! Reading the user's files: frameworks and answers. Every problem is reported at once.

use std::fmt;
use std::path::{Path, PathBuf};

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

/// Reads a framework file and adds the profiles of each profile file (`--profiles`), in order.
pub fn framework_with_profiles(path: &Path, profiles: &[PathBuf]) -> anyhow::Result<Framework> {
    let mut framework = framework(path)?;
    add_profiles(&mut framework, path, profiles)?;
    Ok(framework)
}

/// Reads each of a programme's profile files (`framework = "ID"` and `[[profile]]` sections)
/// against `framework`, whose file is `framework_path`, and appends their profiles to
/// `framework.profiles` in order. Returns how many profiles each file added. Every problem of
/// every file is reported at once, with line and column as for a framework; a profile id already
/// used by the framework or by an earlier profile file names that file.
pub fn add_profiles(
    framework: &mut Framework,
    framework_path: &Path,
    files: &[PathBuf],
) -> anyhow::Result<Vec<usize>> {
    // Where each profile id was defined.
    let mut origins: Vec<(String, String)> = framework
        .profiles
        .iter()
        .map(|p| (p.id.clone(), framework_path.display().to_string()))
        .collect();
    let mut counts = Vec::new();
    let mut errors = String::new();
    for file in files {
        let name = file.display().to_string();
        let source = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read profile file {name}"))?;
        match cyberindex_framework::read_profiles(framework, &source) {
            Ok(profiles) => {
                origins.extend(profiles.iter().map(|p| (p.id.clone(), name.clone())));
                counts.push(profiles.len());
                framework.profiles.extend(profiles);
            }
            Err(mut diagnostics) => {
                for d in &mut diagnostics {
                    // The reader knows no file names: say which file has the profile already.
                    if let Some((id, other)) = origins.iter().find(|(id, _)| {
                        d.message == format!("the framework already has a profile `{id}`")
                    }) {
                        d.message = format!("profile `{id}` is already defined in {other}");
                        d.help = "give one of the two profiles another id".into();
                    }
                }
                errors.push_str(&cyberindex_framework::render(&name, &source, &diagnostics));
                errors.push_str(&format!(
                    "{name}: {} error{} found\n",
                    diagnostics.len(),
                    if diagnostics.len() == 1 { "" } else { "s" }
                ));
                counts.push(0);
            }
        }
    }
    if errors.is_empty() {
        Ok(counts)
    } else {
        Err(InputError(errors).into())
    }
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
