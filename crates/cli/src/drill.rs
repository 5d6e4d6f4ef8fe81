//! `cyberindex drill check|import|export|create|add-team|links|report`: CyberDrills from the command line,
//! through `cyberindex_workflow::drill` (the command line plans and facilitates as the system:
//! it holds the database itself).
//!
//! - `check FILE…` reads scenario files (TOML, OpenAEV JSON by the `.json` extension, or an
//!   MSEL workbook by `.xlsx`) and prints a summary per good file, or every problem with where
//!   it is; it exits with 1 when a file has a problem;
//! - `import --scenario FILE` keeps a scenario version (TOML or JSON) in the database;
//! - `create` makes a drill of a kept scenario version and prints its id;
//! - `add-team` adds a directory team to a drill;
//! - `links --drill ID` issues one player link per team (and with `--evaluator`/`--observer`
//!   one more of each) and prints them: the secrets are shown here only, never stored;
//! - `export --scenario ID --scenario-version V --format toml|json|xlsx --out FILE` writes a
//!   kept scenario version: its file as imported, OpenAEV JSON, or the MSEL workbook;
//! - `report --drill N --format pdf|xlsx [--team T | --public] [--lang L] --out FILE` writes
//!   the after-action report: the full report, one team's copy, or the public copy (only of
//!   an ended drill whose host agreed to publish its results).

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use cyberindex_server::Overrides;
use cyberindex_store::{DrillLevel, DrillMode, LinkRole};
use cyberindex_workflow::drill::{self, DrillForm, Planner, ScenarioFormat, View};

use cyberindex_server::i18n::Tr;

use crate::input::{InputError, write_bytes};
use crate::install::{Installation, open, runtime};

#[derive(Debug, Subcommand)]
pub enum DrillCommand {
    /// Check scenario files (TOML, OpenAEV JSON, or an MSEL workbook): a summary of each good
    /// file, or every problem with where it is. Exits with 1 when a file has a problem.
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Keep a scenario version (TOML, or OpenAEV JSON by its .json extension).
    Import {
        #[command(flatten)]
        install: Installation,
        #[arg(long, value_name = "FILE")]
        scenario: PathBuf,
    },
    /// Create a drill of a kept scenario version; prints its id.
    Create {
        #[command(flatten)]
        install: Installation,
        /// The scenario's id.
        #[arg(long)]
        scenario: String,
        /// The scenario's version.
        #[arg(long = "scenario-version")]
        scenario_version: String,
        #[arg(long)]
        title: String,
        #[arg(long, value_enum, default_value = "national")]
        level: Level,
        #[arg(long)]
        host: String,
        /// The directory team whose staff facilitate.
        #[arg(long, value_name = "ID")]
        host_team: Option<String>,
        /// `UTC` or `UTC±HH:MM`.
        #[arg(long, default_value = "UTC")]
        time_zone: String,
        /// The planned start, RFC 3339 (2026-12-10T09:00:00Z).
        #[arg(long)]
        start: String,
        #[arg(long, value_enum, default_value = "tabletop")]
        mode: Mode,
        /// The drill's languages, comma-separated (all the scenario's when not given).
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        /// The host agrees to publish the aggregate results.
        #[arg(long)]
        public_results: bool,
    },
    /// Add a directory team to a drill.
    AddTeam {
        #[command(flatten)]
        install: Installation,
        #[arg(long)]
        drill: i64,
        #[arg(long, value_name = "ID")]
        team: String,
        /// A scenario role the team plays (`national-cirt`); repeat for several.
        #[arg(long = "role")]
        roles: Vec<String>,
        /// The team agrees to offer its results as maturity evidence.
        #[arg(long)]
        consent: bool,
    },
    /// Write a kept scenario version: the scenario file as imported (toml), OpenAEV JSON
    /// (json), or the MSEL workbook (xlsx).
    Export {
        #[command(flatten)]
        install: Installation,
        #[arg(long)]
        scenario: String,
        #[arg(long = "scenario-version")]
        scenario_version: String,
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write a drill's after-action report: the full report, one team's copy (--team), or the
    /// public copy (--public: only of an ended drill whose host agreed to publish its results).
    Report {
        #[command(flatten)]
        install: Installation,
        #[arg(long)]
        drill: i64,
        #[arg(long, value_enum)]
        format: ReportFormat,
        /// One team's copy.
        #[arg(long, value_name = "ID", conflicts_with = "public")]
        team: Option<String>,
        /// The public copy: the aggregate, no team named.
        #[arg(long)]
        public: bool,
        /// One of the drill's languages (its first when not given).
        #[arg(long)]
        lang: Option<String>,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Issue one player link per team of the drill (and an evaluator's and an observer's when
    /// asked) and print them: `TEAM ROLE LINK`. The links are shown only here.
    Links {
        #[command(flatten)]
        install: Installation,
        #[arg(long)]
        drill: i64,
        #[arg(long)]
        evaluator: bool,
        #[arg(long)]
        observer: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Toml,
    Json,
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Pdf,
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    National,
    Regional,
    Global,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Mode {
    Tabletop,
    Hybrid,
    Strategy,
}

fn format_of(path: &Path) -> ScenarioFormat {
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("json") => ScenarioFormat::Json,
        _ => ScenarioFormat::Toml,
    }
}

fn read_text(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

pub fn run(command: DrillCommand) -> anyhow::Result<()> {
    match command {
        DrillCommand::Check { files } => check(&files),
        DrillCommand::Export {
            install,
            scenario,
            scenario_version,
            format,
            out,
        } => {
            let config = install.config(Overrides::default())?;
            let bytes = runtime()?.block_on(async {
                let store = open(&config).await?;
                let r = Planner::command_line()
                    .export_scenario(
                        &store,
                        &scenario,
                        &scenario_version,
                        match format {
                            ExportFormat::Toml => drill::ExportFormat::Toml,
                            ExportFormat::Json => drill::ExportFormat::Json,
                            ExportFormat::Xlsx => drill::ExportFormat::Xlsx,
                        },
                    )
                    .await;
                store.close().await;
                r.map_err(|e| match e {
                    drill::DrillError::NotFound => InputError(format!(
                        "error: no scenario {scenario} version {scenario_version} is kept\n"
                    ))
                    .into(),
                    e => anyhow::Error::from(e),
                })
            })?;
            write_bytes(&out, &bytes)?;
            println!("{}: {scenario} {scenario_version}", out.display());
            Ok(())
        }
        DrillCommand::Report {
            install,
            drill: id,
            format,
            team,
            public,
            lang,
            out,
        } => {
            let config = install.config(Overrides::default())?;
            let report = runtime()?.block_on(async {
                let store = open(&config).await?;
                let r = async {
                    let view = View::of_command_line(&store, id).await?;
                    let lang = lang.unwrap_or_else(|| {
                        view.drill
                            .languages
                            .split(',')
                            .next()
                            .unwrap_or("en")
                            .trim()
                            .to_string()
                    });
                    if public {
                        drill::public_report(&store, id, &lang).await
                    } else {
                        view.report(&store, team.as_deref(), &lang).await
                    }
                }
                .await;
                store.close().await;
                r.map_err(|e| match e {
                    drill::DrillError::NotFound if public => InputError(format!(
                        "error: drill {id} has no public report: it has not ended, or its host \
                         has not agreed to publish its results\n"
                    ))
                    .into(),
                    drill::DrillError::NotFound => InputError(match &team {
                        Some(t) => format!("error: team {t} does not take part in drill {id}\n"),
                        None => format!("error: there is no drill {id}\n"),
                    })
                    .into(),
                    e @ drill::DrillError::Language { .. } => {
                        InputError(format!("error: {e}\n")).into()
                    }
                    e => anyhow::Error::from(e),
                })
            })?;
            let tr = Tr::new(&report.lang);
            let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
            let bytes = match format {
                ReportFormat::Xlsx => cyberindex_drill::report::write_xlsx(&report, &labels)
                    .map_err(|e| anyhow::anyhow!("drill {id}: {e}"))?,
                ReportFormat::Pdf => {
                    let fonts = cyberindex_report::Fonts::discover()
                        .map_err(|e| InputError(format!("error: {e}\n")))?;
                    cyberindex_report::drill_pdf(&report, &report.lang, &labels, &fonts)
                        .map_err(|e| anyhow::anyhow!("drill {id}: {e}"))?
                }
            };
            write_bytes(&out, &bytes)?;
            println!("{}: drill {id}, {} bytes", out.display(), bytes.len());
            Ok(())
        }
        DrillCommand::Import { install, scenario } => {
            let source = read_text(&scenario)?;
            let config = install.config(Overrides::default())?;
            let stored = runtime()?.block_on(async {
                let store = open(&config).await?;
                let r = Planner::command_line()
                    .import_scenario(&store, &source, format_of(&scenario))
                    .await;
                store.close().await;
                r.map_err(|e| anyhow::anyhow!("{}: {e}", scenario.display()))
            })?;
            println!(
                "{}: imported {} {} (sha256 {})",
                scenario.display(),
                stored.id,
                stored.version,
                stored.sha256
            );
            Ok(())
        }
        DrillCommand::Create {
            install,
            scenario,
            scenario_version,
            title,
            level,
            host,
            host_team,
            time_zone,
            start,
            mode,
            languages,
            public_results,
        } => {
            let start_at =
                time::OffsetDateTime::parse(&start, &time::format_description::well_known::Rfc3339)
                    .map_err(|_| {
                        anyhow::anyhow!(
                            "--start: “{start}” is not a time: write it as 2026-12-10T09:00:00Z"
                        )
                    })?;
            let form = DrillForm {
                scenario_id: scenario,
                scenario_version,
                title,
                level: match level {
                    Level::National => DrillLevel::National,
                    Level::Regional => DrillLevel::Regional,
                    Level::Global => DrillLevel::Global,
                },
                host,
                host_team,
                time_zone,
                start_at: i64::try_from(start_at.unix_timestamp_nanos() / 1_000_000)
                    .unwrap_or(i64::MAX),
                mode: match mode {
                    Mode::Tabletop => DrillMode::Tabletop,
                    Mode::Hybrid => DrillMode::Hybrid,
                    Mode::Strategy => DrillMode::Strategy,
                },
                languages,
                public_results,
            };
            let config = install.config(Overrides::default())?;
            let created = runtime()?.block_on(async {
                let store = open(&config).await?;
                let r = Planner::command_line().create(&store, &form).await;
                store.close().await;
                r.map_err(anyhow::Error::from)
            })?;
            println!(
                "drill {}: {} ({})",
                created.id, created.title, created.status
            );
            Ok(())
        }
        DrillCommand::AddTeam {
            install,
            drill,
            team,
            roles,
            consent,
        } => {
            let config = install.config(Overrides::default())?;
            runtime()?.block_on(async {
                let store = open(&config).await?;
                let r = async {
                    let view = View::of_command_line(&store, drill).await?;
                    let roles: Vec<&str> = roles.iter().map(String::as_str).collect();
                    view.console()?
                        .add_team(&store, &team, &roles, consent)
                        .await
                }
                .await;
                store.close().await;
                r.map_err(anyhow::Error::from)
            })?;
            println!("drill {drill}: team {team} added");
            Ok(())
        }
        DrillCommand::Links {
            install,
            drill,
            evaluator,
            observer,
        } => {
            let config = install.config(Overrides::default())?;
            let base = config.public_url.trim_end_matches('/').to_string();
            let issued = runtime()?.block_on(async {
                let store = open(&config).await?;
                let r = async {
                    let view = View::of_command_line(&store, drill).await?;
                    let console = view.console()?;
                    let mut out = Vec::new();
                    for team in view.teams(&store).await? {
                        out.push(
                            console
                                .issue_link(&store, LinkRole::Player, Some(&team.team_id), "")
                                .await?,
                        );
                    }
                    for (asked, role) in [
                        (evaluator, LinkRole::Evaluator),
                        (observer, LinkRole::Observer),
                    ] {
                        if asked {
                            out.push(console.issue_link(&store, role, None, "").await?);
                        }
                    }
                    Ok::<_, drill::DrillError>(out)
                }
                .await;
                store.close().await;
                r.map_err(anyhow::Error::from)
            })?;
            for link in issued {
                println!(
                    "{}\t{}\t{base}/drills/join/{}",
                    link.link.team_id.as_deref().unwrap_or("*"),
                    link.link.role,
                    link.token
                );
            }
            Ok(())
        }
    }
}

fn check(files: &[PathBuf]) -> anyhow::Result<()> {
    let mut failed = 0;
    let mut out = String::new();
    for path in files {
        let name = path.display();
        let read = if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
        {
            let bytes = std::fs::read(path).with_context(|| format!("cannot read {name}"))?;
            cyberindex_drill::msel::read_xlsx(&bytes)
                .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())
        } else {
            drill::read_scenario(&read_text(path)?, format_of(path)).map_err(|e| match e {
                drill::DrillError::Scenario { problems } => problems,
                e => vec![e.to_string()],
            })
        };
        match read {
            Ok(s) => out.push_str(&format!(
                "{name}: ok: {} {}: {} moves, {} injects, {} expectations, {}\n",
                s.id,
                s.version,
                s.moves.len(),
                s.injects.len(),
                s.injects
                    .iter()
                    .map(|i| i.expectations.len())
                    .sum::<usize>(),
                s.languages.join(",")
            )),
            Err(problems) => {
                failed += 1;
                for p in problems {
                    out.push_str(&format!("{name}: {p}\n"));
                }
            }
        }
    }
    if failed > 0 {
        return Err(InputError(out).into());
    }
    print!("{out}");
    Ok(())
}
