//! The `cyberindex` command line.
//!
//! Error policy: a command returns `Ok(())` or an [`anyhow::Error`]. Problems in the user's input
//! (framework files, answer files) are [`input::InputError`]s, whose text already lists every
//! problem with its location; `main` prints it to standard error and exits with status 1.

mod check;
mod demo;
mod input;
mod report;
mod score;
mod show;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// cyberindex: define, check and score national cybersecurity capacity indices.
#[derive(Debug, Parser)]
#[command(name = "cyberindex", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate framework files; print a one-line summary of each, or every error found.
    Check {
        /// Framework files (TOML).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Inspect a framework.
    Framework {
        #[command(subcommand)]
        command: FrameworkCommand,
    },
    /// Score answers with a framework: overall, pillar and indicator scores, tiers and ranks.
    Score {
        /// The framework file (TOML).
        #[arg(long, short)]
        framework: PathBuf,
        /// The answers in long format (CSV or XLSX): unit,question,value[,comment][,evidence].
        #[arg(long, short)]
        answers: PathBuf,
        /// Output format; `table` is for reading in a terminal.
        #[arg(long, value_enum, default_value_t = ScoreFormat::Csv)]
        format: ScoreFormat,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Language of names in the table (ar, zh, en, fr, ru, es).
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Demonstration data.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
}

#[derive(Debug, Subcommand)]
enum FrameworkCommand {
    /// Print the fully resolved framework (defaults filled in, formulas spelled out).
    Show {
        /// Print JSON (schema: docs/framework.schema.json); without it, an outline.
        #[arg(long)]
        json: bool,
        /// Language of the outline (ar, zh, en, fr, ru, es).
        #[arg(long, default_value = "en")]
        lang: String,
        file: PathBuf,
    },
    /// Print the JSON Schema of `framework show --json`.
    Schema,
}

#[derive(Debug, Subcommand)]
enum DemoCommand {
    /// Generate demonstration answers for every country in the master list (or ids given).
    Answers {
        #[arg(long, short)]
        framework: PathBuf,
        /// Seed of the generator: the same seed gives the same file.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        /// Unit ids; by default every country of data/countries.csv.
        #[arg(long, value_delimiter = ',')]
        units: Vec<String>,
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ScoreFormat {
    Csv,
    Json,
    Table,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check { files } => check::run(&files),
        Command::Framework {
            command: FrameworkCommand::Show { json, lang, file },
        } => show::run(&file, json, &lang),
        Command::Framework {
            command: FrameworkCommand::Schema,
        } => show::schema(),
        Command::Score {
            framework,
            answers,
            format,
            out,
            lang,
        } => score::run(&framework, &answers, format, out.as_deref(), &lang),
        Command::Demo {
            command:
                DemoCommand::Answers {
                    framework,
                    seed,
                    units,
                    out,
                },
        } => demo::run(&framework, seed, &units, out.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if error.downcast_ref::<input::InputError>().is_some() {
                eprint!("{error}");
            } else {
                eprintln!("error: {error:#}");
            }
            ExitCode::FAILURE
        }
    }
}
