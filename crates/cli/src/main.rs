//! The `cyberindex` command line.
//!
//! Error policy: a command returns `Ok(())` or an [`anyhow::Error`]. Problems in the user's input
//! (framework files, answer files) are [`input::InputError`]s, whose text already lists every
//! problem with its location; `main` prints it to standard error and exits with status 1.

mod analyse;
mod backup;
mod check;
mod checksum;
mod config_check;
mod db;
mod demo;
mod directory;
mod drill;
mod evidence;
mod fsck;
mod input;
mod install;
mod report;
mod score;
mod show;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// mimalloc instead of the system allocator: under 2,000 autosaves a second on PostgreSQL it
/// brought p99 from 54–87 ms to 33–45 ms on the same machine (BENCHMARKS.md, "Allocator").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// Also require every text of each framework in these languages (comma-separated, such
        /// as `ar,zh,en,fr,ru,es`), and list each text that lacks one.
        #[arg(long, value_name = "LANGS")]
        require_languages: Option<String>,
        /// A programme's own profile file (`framework = "ID"` and `[[profile]]` sections), checked
        /// against each framework and added to it; may be given several times.
        #[arg(long = "profiles", value_name = "FILE")]
        profiles: Vec<PathBuf>,
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
        /// A programme's own profile file, added to the framework's profiles before scoring; may
        /// be given several times. With profiles, each unit's level reached, next level and
        /// blockers are reported per profile.
        #[arg(long = "profiles", value_name = "FILE")]
        profiles: Vec<PathBuf>,
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
    /// The methodology lab: rank intervals, tier probabilities and sensitivity indices of an
    /// answer file under the uncertain assumptions of a spec file.
    Analyse {
        /// The framework file (TOML).
        #[arg(long, short, required_unless_present = "edition")]
        framework: Option<PathBuf>,
        /// The answers (CSV or XLSX), as for `score`.
        #[arg(long, short, required_unless_present = "edition")]
        answers: Option<PathBuf>,
        /// Instead of files: the validated responses of this edition of an installation (with
        /// `--data` or `--db`), with the framework frozen into it.
        #[arg(long, conflicts_with_all = ["framework", "answers"])]
        edition: Option<String>,
        #[command(flatten)]
        install: install::Installation,
        /// The uncertainty spec (TOML), such as frameworks/gca-national-index.uncertainty.toml;
        /// without it, a generic spec (pillar weights ±25 %, aggregation, normalisation,
        /// imputation, tier thresholds).
        #[arg(long, short)]
        spec: Option<PathBuf>,
        /// Numeric indicators and denominators the spec's `[[indicator]]` entries use: a CSV
        /// file `unit,column,…` (one row per country).
        #[arg(long)]
        indicators: Option<PathBuf>,
        /// Monte Carlo runs (overrides the spec).
        #[arg(long)]
        runs: Option<usize>,
        /// Seed (overrides the spec); the same seed gives the same output at any thread count.
        #[arg(long)]
        seed: Option<u64>,
        /// Saltelli base sample N for the sensitivity analysis (0 skips it; overrides the spec).
        #[arg(long)]
        sensitivity: Option<usize>,
        /// Worker threads (default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// Add the statistical coherence report (JSON only).
        #[arg(long)]
        checks: bool,
        /// Output format; by default from the output file's extension, else JSON.
        #[arg(long, value_enum)]
        format: Option<analyse::AnalyseFormat>,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Demonstration data.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// Run the web server: questionnaires, review, dashboard and the JSON API.
    Serve {
        #[command(flatten)]
        install: install::Installation,
        /// Address to listen on, such as 127.0.0.1:8080 (port 0 picks a free port).
        #[arg(long, env = "CYBERINDEX_LISTEN")]
        listen: Option<std::net::SocketAddr>,
        /// The address users reach the server at, such as https://index.example.org.
        #[arg(long, env = "CYBERINDEX_PUBLIC_URL")]
        public_url: Option<String>,
        /// Start with demonstration data: the shipped framework, demo accounts and generated answers
        /// for all 194 countries. Every page then says the data are not real.
        #[arg(long)]
        demo: bool,
        /// Log format: `text` (for people; coloured on a terminal) or `json` (one object a
        /// line, for a log collector). Also the `log_format` configuration key.
        #[arg(long)]
        log_format: Option<cyberindex_server::config::LogFormat>,
    },
    /// Manage accounts of an installation.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage personal API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Manage editions.
    Edition {
        #[command(subcommand)]
        command: EditionCommand,
    },
    /// Publish an edition's validated responses as a new version, and/or write the whole public
    /// results site as static files.
    Publish {
        #[command(flatten)]
        install: install::Installation,
        /// Publish this edition's validated responses as its next version first.
        #[arg(long)]
        edition: Option<String>,
        /// What changed since the previous version (required for a correction).
        #[arg(long, default_value = "")]
        note: String,
        /// The licence of the published data (CC BY 4.0 when not given).
        #[arg(long)]
        licence: Option<String>,
        /// Write the public site (HTML, SVG, data files) into this folder.
        #[arg(long = "static", value_name = "OUT")]
        out: Option<PathBuf>,
    },
    /// A published edition as a PDF report (summary, map, tier tables, regional averages,
    /// method and robustness annexes, every country's profile), or with --country one
    /// country's profile (2–4 pages), in the reader's language. Typeset with the machine's Noto
    /// fonts where it has them, else with the ones shipped in the binary.
    Report {
        #[command(flatten)]
        install: install::Installation,
        /// The edition.
        #[arg(long)]
        edition: String,
        /// The published version (the latest when not given).
        #[arg(long)]
        version: Option<i64>,
        /// A country's ISO 3166 alpha-3 code: its profile only, not the edition report.
        #[arg(long)]
        country: Option<String>,
        /// The language: ar, zh, en, fr, ru or es.
        #[arg(long, default_value = "en")]
        lang: String,
        /// The PDF file to write.
        #[arg(long, short, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// The audit trail.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Back up a whole installation (database and evidence files) into one archive, while the
    /// server keeps running: a consistent snapshot, with a manifest of every entry's SHA-256 and
    /// the audit trail's head.
    Backup {
        #[command(flatten)]
        install: install::Installation,
        /// The archive to write (tar; gzip-compressed when the name ends in .gz or .tgz). It must
        /// not exist yet.
        #[arg(long, short, value_name = "FILE")]
        out: PathBuf,
    },
    /// Restore a backup into a fresh installation: every checksum is checked before anything is
    /// written, and the restored audit trail must end at the backup's head.
    Restore {
        /// The archive written by `cyberindex backup`.
        file: PathBuf,
        #[command(flatten)]
        install: install::Installation,
        /// Replace an installation that is not empty (stop its server first).
        #[arg(long)]
        force: bool,
    },
    /// Check the evidence files against the database: lists missing, corrupt and unreferenced
    /// files; exits with 1 when a file is missing or corrupt.
    Fsck {
        #[command(flatten)]
        install: install::Installation,
        /// Remove the unreferenced files (and only those).
        #[arg(long)]
        repair: bool,
    },
    /// The CIRT directory: export its teams, import team records (with a preview), and check
    /// security.txt and RFC 2350 files.
    Directory {
        #[command(subcommand)]
        command: directory::DirectoryCommand,
    },
    /// CyberDrills: check scenario files, import a scenario, create a drill, add its teams and
    /// issue its participants' links.
    Drill {
        #[command(subcommand)]
        command: drill::DrillCommand,
    },
    /// Move an installation to another database.
    Db {
        #[command(subcommand)]
        command: db::DbCommand,
    },
    /// The configuration.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Debug, Subcommand)]
enum ConfigCommand {
    /// Read the configuration as `serve` would and try everything it names (data folder,
    /// database, listen addresses, public address, frameworks, SMTP) without changing anything;
    /// exits with 1 and names the key when something is wrong.
    Check {
        #[command(flatten)]
        install: install::Installation,
    },
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Check the hash chain of the whole audit trail: exits with 1 and names the first bad entry
    /// when any entry was altered, removed or reordered.
    Verify {
        #[command(flatten)]
        install: install::Installation,
        /// A head printed earlier by `audit head` and kept elsewhere (`ID:HASH`, or the hash
        /// alone): the trail must still contain it, so a rewrite of the whole chain is caught.
        #[arg(long, value_name = "HEAD")]
        expect_head: Option<String>,
    },
    /// Verify the trail and print its head (`ID:HASH`), to keep elsewhere: email it to the
    /// auditors or publish it, then check with `audit verify --expect-head`.
    Head {
        #[command(flatten)]
        install: install::Installation,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create a user and print an invitation link (also emailed when SMTP is configured).
    Add {
        #[command(flatten)]
        install: install::Installation,
        #[arg(long)]
        email: String,
        /// admin, reviewer, focal-point, contributor, observer or team-staff.
        #[arg(long)]
        role: String,
        /// ISO 3166-1 alpha-3 code: required for focal points and contributors.
        #[arg(long)]
        country: Option<String>,
        /// Countries an observer may read, such as KEN,BRA.
        #[arg(long, value_delimiter = ',')]
        observe: Vec<String>,
        /// The directory team (its id, such as ke-cirt): required for team staff.
        #[arg(long)]
        team: Option<String>,
        #[arg(long, default_value = "")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Create a personal API token for a user and print it (it is shown only once).
    Create {
        #[command(flatten)]
        install: install::Installation,
        #[arg(long)]
        email: String,
        /// What the token is for.
        #[arg(long, default_value = "command line")]
        name: String,
    },
}

#[derive(Debug, Subcommand)]
enum EditionCommand {
    /// Create an edition from a framework file; the framework is frozen into it.
    Create {
        #[command(flatten)]
        install: install::Installation,
        #[command(flatten)]
        edition: install::EditionArgs,
    },
    /// List editions.
    List {
        #[command(flatten)]
        install: install::Installation,
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
        /// A programme's own profile file, added to the framework's profiles; may be given
        /// several times.
        #[arg(long = "profiles", value_name = "FILE")]
        profiles: Vec<PathBuf>,
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
        Command::Check {
            files,
            require_languages,
            profiles,
        } => check::run(&files, &profiles, require_languages.as_deref()),
        Command::Framework {
            command:
                FrameworkCommand::Show {
                    json,
                    lang,
                    profiles,
                    file,
                },
        } => show::run(&file, &profiles, json, &lang),
        Command::Framework {
            command: FrameworkCommand::Schema,
        } => show::schema(),
        Command::Score {
            framework,
            answers,
            profiles,
            format,
            out,
            lang,
        } => score::run(
            &framework,
            &profiles,
            &answers,
            format,
            out.as_deref(),
            &lang,
        ),
        Command::Analyse {
            framework,
            answers,
            edition,
            install,
            spec,
            indicators,
            runs,
            seed,
            sensitivity,
            threads,
            checks,
            format,
            out,
        } => analyse::run(&analyse::Request {
            source: match edition {
                Some(edition) => analyse::Source::Edition {
                    install: install.clone(),
                    edition,
                },
                None => analyse::Source::Files {
                    framework: framework.unwrap_or_default(),
                    answers: answers.unwrap_or_default(),
                },
            },
            spec: spec.as_deref(),
            indicators: indicators.as_deref(),
            runs,
            seed,
            sensitivity,
            threads,
            checks,
            out: out.as_deref(),
            format,
        }),
        Command::Demo {
            command:
                DemoCommand::Answers {
                    framework,
                    seed,
                    units,
                    out,
                },
        } => demo::run(&framework, seed, &units, out.as_deref()),
        Command::Serve {
            install,
            listen,
            public_url,
            demo,
            log_format,
        } => install::serve(&install, listen, public_url, demo, log_format),
        Command::User {
            command:
                UserCommand::Add {
                    install,
                    email,
                    role,
                    country,
                    observe,
                    team,
                    name,
                },
        } => install::user_add(
            &install,
            &email,
            &role,
            country.as_deref(),
            &observe,
            team.as_deref(),
            &name,
        ),
        Command::Token {
            command:
                TokenCommand::Create {
                    install,
                    email,
                    name,
                },
        } => install::token_create(&install, &email, &name),
        Command::Edition {
            command: EditionCommand::Create { install, edition },
        } => install::edition_create(&install, &edition),
        Command::Edition {
            command: EditionCommand::List { install },
        } => install::edition_list(&install),
        Command::Audit {
            command:
                AuditCommand::Verify {
                    install,
                    expect_head,
                },
        } => install::audit_verify(&install, expect_head.as_deref()),
        Command::Audit {
            command: AuditCommand::Head { install },
        } => install::audit_head(&install),
        Command::Publish {
            install,
            edition,
            note,
            licence,
            out,
        } => install::publish(&install, edition.as_deref(), &note, licence, out.as_deref()),
        Command::Report {
            install,
            edition,
            version,
            country,
            lang,
            out,
        } => report::run(
            &install,
            &report::Request {
                edition: &edition,
                version,
                country: country.as_deref(),
                lang: &lang,
                out: &out,
            },
        ),
        Command::Backup { install, out } => backup::backup(&install, &out),
        Command::Restore {
            file,
            install,
            force,
        } => backup::restore(&install, &file, force),
        Command::Fsck { install, repair } => fsck::run(&install, repair),
        Command::Db { command } => db::run(command),
        Command::Directory { command } => directory::run(command),
        Command::Drill { command } => drill::run(command),
        Command::Config {
            command: ConfigCommand::Check { install },
        } => config_check::run(&install),
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
