//! `cyberindex directory export|import|check`: the CIRT directory from the command line.
//!
//! - `export` writes every team's record as JSON (a list, every field with its visibility and
//!   provenance), or a spreadsheet (`--format csv|xlsx`), or the import template; `--public`
//!   keeps only the public fields;
//! - `import FILE [--from records|csv|xlsx|first|ti|rfc2350|security-txt] [--team ID]` reads
//!   a file (through `cyberindex_workflow::directory_import`, as the import page does), prints
//!   what its layout carries that the record cannot hold, and shows, team by team and field by
//!   field, what it would change; with `--apply` it saves them all in one transaction, or none if
//!   any record has a problem;
//! - `check FILE… [--key KEY.asc…]` reads `security.txt` (RFC 9116) or RFC 2350 files and
//!   prints every finding with its line, verifying signatures against the keys given; it exits
//!   with 1 when a file has an error.

use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use cyberindex_directory::{Severity, Team, Visibility, rfc2350, security_txt};
use cyberindex_server::Overrides;
use cyberindex_workflow::directory::{read_team, save_teams};

use crate::input::{InputError, write_output};
use crate::install::{Installation, open, runtime};

#[derive(Debug, Subcommand)]
pub enum DirectoryCommand {
    /// Every team of the directory as JSON or a spreadsheet, or the import template, to standard
    /// output or a file.
    Export {
        #[command(flatten)]
        install: Installation,
        /// Only the public fields (for publishing the file).
        #[arg(long)]
        public: bool,
        /// JSON records, a spreadsheet (CSV or XLSX), or the empty import template (CSV; XLSX
        /// when --out ends with .xlsx).
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// The file to write (standard output when not given; XLSX needs a file).
        #[arg(long, short, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Import teams: shows what would change, field by field; with --apply, saves them all, or
    /// none when any has a problem.
    Import {
        #[command(flatten)]
        install: Installation,
        /// The file.
        file: PathBuf,
        /// The file's layout: cyberindex's own records (JSON, as `export` writes them), the
        /// spreadsheet template (CSV or XLSX), FIRST's team directory (`{"data": [...]}`),
        /// Trusted Introducer's `teams.json`, or one team's RFC 2350 text or security.txt
        /// (with --team).
        #[arg(long, value_enum, default_value = "records")]
        from: Layout,
        /// The team an RFC 2350 or security.txt describes (a security.txt adds to a team
        /// already in the directory).
        #[arg(long, value_name = "ID")]
        team: Option<String>,
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
        /// The team's OpenPGP public keys (ASCII-armored files): a signed file's signature is
        /// verified against them (a bad signature, an unknown or expired key is an error).
        #[arg(long = "key", value_name = "KEY.asc")]
        keys: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Layout {
    Records,
    Csv,
    Xlsx,
    First,
    Ti,
    Rfc2350,
    SecurityTxt,
}

impl Layout {
    fn layout(self) -> cyberindex_workflow::directory_import::Layout {
        use cyberindex_workflow::directory_import::Layout as L;
        match self {
            Layout::Records => L::Records,
            Layout::Csv => L::Csv,
            Layout::Xlsx => L::Xlsx,
            Layout::First => L::First,
            Layout::Ti => L::Ti,
            Layout::Rfc2350 => L::Rfc2350,
            Layout::SecurityTxt => L::SecurityTxt,
        }
    }
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The records as JSON (every field with its visibility and provenance).
    Json,
    /// One row per team (the import template's columns).
    Csv,
    /// The same as an Excel workbook, with a "read me" sheet.
    Xlsx,
    /// The empty import template, with one example row to delete.
    Template,
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
            format,
            out,
        } => export(&install, public, format, out.as_deref()),
        DirectoryCommand::Import {
            install,
            file,
            from,
            team,
            apply,
        } => import(&install, &file, from, team.as_deref(), apply),
        DirectoryCommand::Check {
            files,
            format,
            keys,
        } => check(&files, format, &keys),
    }
}

fn export(
    install: &Installation,
    public: bool,
    format: ExportFormat,
    out: Option<&Path>,
) -> anyhow::Result<()> {
    let xlsx_out = out.is_some_and(|p| {
        p.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
    });
    if format == ExportFormat::Template {
        if xlsx_out {
            let bytes =
                cyberindex_directory::table::template_xlsx().map_err(|e| anyhow::anyhow!("{e}"))?;
            return write_bytes(out, &bytes);
        }
        return write_output(out, &cyberindex_directory::table::template_csv());
    }
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
    match format {
        ExportFormat::Json => write_output(out, &(serde_json::to_string_pretty(&teams)? + "\n")),
        ExportFormat::Csv => write_output(out, &cyberindex_directory::table::write_csv(&teams)),
        ExportFormat::Xlsx | ExportFormat::Template => {
            if out.is_none() {
                return Err(InputError(
                    "error: an XLSX workbook needs a file: add --out FILE.xlsx\n".to_string(),
                )
                .into());
            }
            let bytes = cyberindex_directory::table::write_xlsx(&teams)
                .map_err(|e| InputError(format!("error: {e}\n")))?;
            write_bytes(out, &bytes)
        }
    }
}

/// Writes bytes to `out` (standard output when `None`).
fn write_bytes(out: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    match out {
        Some(path) => std::fs::write(path, bytes).map_err(|e| {
            InputError(format!("error: cannot write {}: {e}\n", path.display())).into()
        }),
        None => Ok(std::io::stdout().write_all(bytes)?),
    }
}

fn import(
    install: &Installation,
    file: &Path,
    from: Layout,
    team: Option<&str>,
    apply: bool,
) -> anyhow::Result<()> {
    use cyberindex_workflow::directory_import as import;
    let bytes = std::fs::read(file)
        .map_err(|e| InputError(format!("error: cannot read {}: {e}\n", file.display())))?;
    let layout = from.layout();
    if layout.one_team() && team.is_none() {
        return Err(InputError(format!(
            "error: {}: this file describes one team: name it with --team ID\nNothing was imported.\n",
            file.display()
        ))
        .into());
    }
    let refuse = |problems: Vec<String>| {
        InputError(format!(
            "error: {}: {} problem(s):\n{}\nNothing was imported.\n",
            file.display(),
            problems.len(),
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        ))
    };
    let config = install.config(Overrides::default())?;
    runtime()?.block_on(async {
        let store = open(&config).await?;
        let result = async {
            let stored = store.teams().await?;
            let target = match team {
                Some(id) => stored
                    .iter()
                    .find(|r| r.id == id)
                    .map(read_team)
                    .transpose()?,
                None => None,
            };
            let reading = import::read(
                &bytes,
                layout,
                team,
                target.as_ref(),
                time::OffsetDateTime::now_utc(),
            )
            .map_err(refuse)?;
            // What the layout carries that the record has no place for, or could not read.
            for note in &reading.notes {
                println!("{}: {note}", file.display());
            }
            let plan = import::plan(&reading, layout, &stored);
            if !plan.problems.is_empty() {
                return Err(refuse(plan.problems).into());
            }
            for change in &plan.changes {
                match change.version {
                    None => println!("new {}: {} ({})", change.id, change.name, change.country),
                    Some(_) => println!("change {}:", change.id),
                }
                if change.version.is_some() {
                    for f in &change.fields {
                        println!("  {}: {} → {}", f.field, short(&f.before), short(&f.after));
                    }
                }
            }
            println!(
                "{} to save, {} unchanged{}",
                plan.saves.len(),
                plan.unchanged,
                if apply || plan.saves.is_empty() {
                    ""
                } else {
                    "; nothing saved (add --apply to save)"
                }
            );
            if apply && !plan.saves.is_empty() {
                match save_teams(&store, &plan.saves, None).await {
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
            // The file is also what the directory last saw of the team's security.txt.
            if apply
                && layout == import::Layout::SecurityTxt
                && let Some(team) = team
            {
                let name = file.file_name().map_or_else(
                    || file.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                import::keep_security_txt(&store, team, &name, &bytes, None).await?;
                println!("kept as the security.txt last seen of {team}");
            }
            anyhow::Ok(())
        }
        .await;
        store.close().await;
        result
    })
}

/// At most 70 characters of a value, for a preview line.
fn short(text: &str) -> String {
    let text = if text.is_empty() { "(none)" } else { text };
    if text.chars().count() > 70 {
        format!("{}…", text.chars().take(70).collect::<String>())
    } else {
        text.to_string()
    }
}

fn check(files: &[PathBuf], format: Option<Format>, keys: &[PathBuf]) -> anyhow::Result<()> {
    let now = time::OffsetDateTime::now_utc();
    let mut known = Vec::new();
    for key in keys {
        let text = std::fs::read_to_string(key)
            .map_err(|e| InputError(format!("error: cannot read {}: {e}\n", key.display())))?;
        known.extend(
            cyberindex_directory::openpgp::read_keys(&text)
                .map_err(|e| InputError(format!("error: {}: {}\n", key.display(), e.message)))?,
        );
    }
    let mut errors = 0;
    for file in files {
        let text = std::fs::read_to_string(file)
            .map_err(|e| InputError(format!("error: cannot read {}: {e}\n", file.display())))?;
        let format = format.unwrap_or_else(|| guess(&text));
        let findings = match (format, known.is_empty()) {
            (Format::SecurityTxt, true) => security_txt::validate(&security_txt::parse(&text), now),
            (Format::SecurityTxt, false) => {
                security_txt::validate_with_keys(&security_txt::parse(&text), &known, now)
            }
            (Format::Rfc2350, true) => rfc2350::parse(&text).1,
            (Format::Rfc2350, false) => rfc2350::parse_with_keys(&text, &known, now).1,
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
