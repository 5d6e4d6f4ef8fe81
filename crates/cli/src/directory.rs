//! `cyberindex directory export|import|check`: the CIRT directory from the command line.
//!
//! - `export` writes every team's record as JSON (a list, every field with its visibility and
//!   provenance; `--public` keeps only the public fields);
//! - `import FILE.json [--from first|ti]` reads such a list (or FIRST's or Trusted
//!   Introducer's layout, printing what they carry that the record cannot hold) and shows, team by team and field by field, what it
//!   would change; with `--apply` it saves them all in one transaction (through
//!   `cyberindex_workflow::directory::save_teams`), or none if any record has a problem;
//! - `check FILE…` reads `security.txt` (RFC 9116) or RFC 2350 files and prints every finding
//!   with its line; it exits with 1 when a file has an error.

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use cyberindex_directory::{Severity, Team, Visibility, rfc2350, security_txt};
use cyberindex_server::Overrides;
use cyberindex_workflow::directory::{read_team, save_teams};

use crate::input::{InputError, write_output};
use crate::install::{Installation, open, runtime};

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Every team of the directory as JSON, to standard output or a file.
    Export {
        #[command(flatten)]
        install: Installation,
        /// Only the public fields (for publishing the file).
        #[arg(long)]
        public: bool,
        /// The file to write (standard output when not given).
        #[arg(long, short, value_name = "FILE.json")]
        out: Option<PathBuf>,
    },
    /// Import team records (a JSON list, as `export` writes it): shows what would change, field
    /// by field; with --apply, saves them all, or none when any has a problem.
    Import {
        #[command(flatten)]
        install: Installation,
        /// The JSON file.
        file: PathBuf,
        /// The file's layout: cyberindex's own records (as `export` writes them), FIRST's team
        /// directory (`{"data": [...]}`), or Trusted Introducer's `teams.json`.
        #[arg(long, value_enum, default_value = "records")]
        from: Layout,
        /// Save the changes (without it, only the preview is printed).
        #[arg(long)]
        apply: bool,
    },
    /// Check security.txt (RFC 9116) or RFC 2350 files: every finding with its line. Exits with 1
    /// when a file has an error.
    Check {
        /// The files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// What the files are (found from their content when not given).
        #[arg(long, value_enum)]
        format: Option<Format>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Layout {
    Records,
    First,
    Ti,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    SecurityTxt,
    Rfc2350,
}

pub fn run(command: DirectoryCommand) -> anyhow::Result<()> {
    match command {
        DirectoryCommand::Export {
            install,
            public,
            out,
        } => export(&install, public, out.as_deref()),
        DirectoryCommand::Import {
            install,
            file,
            from,
            apply,
        } => import(&install, &file, from, apply),
        DirectoryCommand::Check { files, format } => check(&files, format),
    }
}

fn export(install: &Installation, public: bool, out: Option<&Path>) -> anyhow::Result<()> {
    let config = install.config(Overrides::default())?;
    let teams = runtime()?.block_on(async {
        let store = open(&config).await?;
        let rows = store.teams().await;
        store.close().await;
        anyhow::Ok(rows?)
    })?;
    let teams: Vec<Team> = teams
        .iter()
        .map(|row| {
            let team = read_team(row)?;
            Ok(if public {
                team.view(Visibility::Public)
            } else {
                team
            })
        })
        .collect::<Result<_, cyberindex_store::StoreError>>()?;
    write_output(out, &(serde_json::to_string_pretty(&teams)? + "\n"))
}

/// What an import would do to one team.
fn preview(before: Option<&Team>, after: &Team) -> Vec<String> {
    let Some(before) = before else {
        return vec![format!(
            "new {}: {} ({})",
            after.id, after.official_name.value, after.country.value
        )];
    };
    let (Ok(serde_json::Value::Object(old)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    let short = |v: Option<&serde_json::Value>| -> String {
        let text = v.map_or_else(|| "(none)".to_string(), shown);
        if text.chars().count() > 70 {
            format!("{}…", text.chars().take(70).collect::<String>())
        } else {
            text
        }
    };
    let lines: Vec<String> = keys
        .into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| {
            format!(
                "  {k}: {} → {}",
                short(old.get(k.as_str())),
                short(new.get(k.as_str()))
            )
        })
        .collect();
    if lines.is_empty() {
        return Vec::new();
    }
    std::iter::once(format!("change {}:", after.id))
        .chain(lines)
        .collect()
}

/// A field's value as the preview shows it: the `value` of a field (with its visibility when
/// not public), each item of a list, and other JSON as it is.
fn shown(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(o) if o.contains_key("value") => {
            let value = o.get("value").map_or_else(String::new, shown);
            match o.get("visibility").and_then(|v| v.as_str()) {
                Some(level) => format!("{value} [{level}]"),
                None => value,
            }
        }
        serde_json::Value::Array(items) => {
            format!(
                "[{}]",
                items.iter().map(shown).collect::<Vec<_>>().join(", ")
            )
        }
        serde_json::Value::String(text) => format!("{text:?}"),
        other => other.to_string(),
    }
}

fn import(install: &Installation, file: &Path, from: Layout, apply: bool) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| InputError(format!("error: cannot read {}: {e}\n", file.display())))?;
    let not_json = |e: serde_json::Error| {
        InputError(format!(
            "error: {}:{}:{}: {e}\nNothing was imported.\n",
            file.display(),
            e.line(),
            e.column()
        ))
    };
    let teams: Vec<Team> = match from {
        Layout::Records => serde_json::from_str(&text).map_err(not_json)?,
        Layout::First | Layout::Ti => {
            let value: serde_json::Value = serde_json::from_str(&text).map_err(not_json)?;
            let alpha3 = |code: &str| {
                cyberindex_answers::countries::builtin()
                    .iter()
                    .find(|c| {
                        c.alpha2.eq_ignore_ascii_case(code) || c.alpha3.eq_ignore_ascii_case(code)
                    })
                    .map(|c| c.alpha3.clone())
            };
            let now = time::OffsetDateTime::now_utc();
            let (teams, findings) = if from == Layout::First {
                cyberindex_directory::exchange::from_first_list(&value, now, &alpha3)
            } else {
                cyberindex_directory::exchange::from_ti_list(&value, now, &alpha3)
            };
            // What the layout carries that the record has no place for, or could not read.
            for f in &findings {
                println!(
                    "{}: {} {}: {}",
                    file.display(),
                    severity(f.severity),
                    f.code,
                    f.message
                );
            }
            teams
        }
    };
    // Every record is checked first, numbered by its place in the file: one with a problem
    // refuses the whole file, preview or not.
    let mut problems = Vec::new();
    for (i, team) in teams.iter().enumerate() {
        if teams[..i].iter().any(|t| t.id == team.id) {
            problems.push(format!(
                "[{i}] {}: the same id appears earlier in the file",
                team.id
            ));
        }
        problems.extend(
            cyberindex_workflow::directory::check_team(team)
                .into_iter()
                .map(|(path, message)| format!("[{i}] {}: {path}: {message}", team.id)),
        );
    }
    if !problems.is_empty() {
        return Err(InputError(format!(
            "error: {}: {} problem(s):\n{}\nNothing was imported.\n",
            file.display(),
            problems.len(),
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        ))
        .into());
    }
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = open(&config).await?;
        let result = async {
            let stored = store.teams().await?;
            let mut changes: Vec<(Team, Option<i64>)> = Vec::new();
            let mut unchanged = 0;
            for team in teams {
                let current = stored.iter().find(|row| row.id == team.id);
                let before = current.map(read_team).transpose()?;
                let lines = preview(before.as_ref(), &team);
                if lines.is_empty() {
                    unchanged += 1;
                    continue;
                }
                for line in lines {
                    println!("{line}");
                }
                changes.push((team, current.map(|row| row.version)));
            }
            println!(
                "{} to save, {unchanged} unchanged{}",
                changes.len(),
                if apply || changes.is_empty() {
                    ""
                } else {
                    "; nothing saved (add --apply to save)"
                }
            );
            if apply && !changes.is_empty() {
                match save_teams(&store, &changes, None).await {
                    Ok(versions) => println!("saved {} teams", versions.len()),
                    Err(cyberindex_workflow::ActionError::Rule(e)) => {
                        return Err(InputError(format!(
                            "error: {}: {e}\nNothing was imported.\n",
                            file.display()
                        ))
                        .into());
                    }
                    Err(e) => return Err(anyhow::Error::from(e)),
                }
            }
            anyhow::Ok(())
        }
        .await;
        store.close().await;
        result
    })
}

fn check(files: &[PathBuf], format: Option<Format>) -> anyhow::Result<()> {
    let now = time::OffsetDateTime::now_utc();
    let mut errors = 0;
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| InputError(format!("error: cannot read {}: {e}\n", file.display())))?;
        let format = format.unwrap_or_else(|| guess(&text));
        let findings = match format {
            Format::SecurityTxt => security_txt::validate(&security_txt::parse(&text), now),
            Format::Rfc2350 => rfc2350::parse(&text).1,
        };
        if findings.is_empty() {
            println!("{}: no problem found", file.display());
        }
        for f in &findings {
            if f.severity == Severity::Error {
                errors += 1;
            }
            let line = f.line.map(|l| format!("{l}:")).unwrap_or_default();
            println!(
                "{}:{line} {} {}: {}",
                file.display(),
                severity(f.severity),
                f.code,
                f.message
            );
        }
    }
    if errors > 0 {
        return Err(InputError(format!(
            "error: {errors} error(s) in {} file(s)\n",
            files.len()
        ))
        .into());
    }
    Ok(())
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// A `security.txt` names its fields at the start of lines; anything else is read as RFC 2350.
fn guess(text: &str) -> Format {
    let fields = text.lines().any(|l| {
        let l = l.trim_start_matches('\u{feff}').to_ascii_lowercase();
        l.starts_with("contact:") || l.starts_with("expires:")
    });
    if fields {
        Format::SecurityTxt
    } else {
        Format::Rfc2350
    }
}
