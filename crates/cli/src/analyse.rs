//! `cyberindex analyse`: the methodology lab on an answer file: rank intervals, tier
//! probabilities, the audit verdicts, variance-based sensitivity indices with intervals, and
//! with `--checks` the statistical coherence report.

use std::path::{Path, PathBuf};
use std::time::Instant;

use cyberindex_answers::cell::neutralise_all;
use cyberindex_publish::analysis::{self, Analysis, Spec};

use crate::input::{self, InputError};

/// Output formats of `analyse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AnalyseFormat {
    Json,
    Csv,
}

/// Where the answers come from.
#[derive(Debug)]
pub enum Source {
    Files {
        framework: PathBuf,
        answers: PathBuf,
    },
    /// The validated responses of an edition of an installation.
    Edition {
        install: crate::install::Installation,
        edition: String,
    },
}

/// What the command was asked.
#[derive(Debug)]
pub struct Request<'a> {
    pub source: Source,
    pub spec: Option<&'a Path>,
    pub indicators: Option<&'a Path>,
    pub runs: Option<usize>,
    pub seed: Option<u64>,
    pub sensitivity: Option<usize>,
    pub threads: Option<usize>,
    pub checks: bool,
    pub out: Option<&'a Path>,
    pub format: Option<AnalyseFormat>,
}

pub fn run(r: &Request) -> anyhow::Result<()> {
    let (framework, answers) = match &r.source {
        Source::Files { framework, answers } => {
            let framework = input::framework(framework)?;
            let answers = input::answers(&framework, answers)?;
            (framework, answers)
        }
        Source::Edition { install, edition } => crate::install::edition_answers(install, edition)?,
    };
    let mut spec = match r.spec {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| InputError(format!("{}: cannot read: {e}\n", path.display())))?;
            Spec::parse(&text).map_err(|e| {
                InputError(format!("{}: {e}\nnothing was analysed\n", path.display()))
            })?
        }
        None => Spec::generic(&framework),
    };
    if let Some(runs) = r.runs {
        spec.settings.runs = runs;
    }
    if let Some(seed) = r.seed {
        spec.settings.seed = seed;
    }
    if let Some(n) = r.sensitivity {
        spec.settings.sensitivity_samples = n;
    }
    // Expert weight sheets are named relative to the spec file.
    let mut sheets = Vec::new();
    if let (Some(path), Some(analysis::WeightsSpec::Experts { sheets: names, .. })) = (
        r.spec,
        spec.method.as_ref().and_then(|m| m.weights.as_ref()),
    ) {
        let dir = path.parent().unwrap_or(Path::new("."));
        for name in names {
            let file = dir.join(name);
            let bytes = std::fs::read(&file)
                .map_err(|e| InputError(format!("{}: cannot read: {e}\n", file.display())))?;
            let text = if name.to_ascii_lowercase().ends_with(".xlsx") {
                xlsx_as_csv(&bytes).map_err(|e| InputError(format!("{}: {e}\n", file.display())))?
            } else {
                String::from_utf8(bytes).map_err(|_| {
                    InputError(format!("{}: the file is not UTF-8 text\n", file.display()))
                })?
            };
            sheets.push((name.clone(), text));
        }
    }
    let table = match r.indicators {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| InputError(format!("{}: cannot read: {e}\n", path.display())))?;
            Some(
                analysis::IndicatorTable::parse(&path.display().to_string(), &text)
                    .map_err(|e| InputError(format!("{e}\nnothing was analysed\n")))?,
            )
        }
        None => None,
    };
    let (model, lab_spec, labels) = spec
        .prepare(
            &framework,
            &answers,
            |unit| {
                cyberindex_answers::countries::by_alpha3(unit)
                    .map_or_else(String::new, |c| c.itu_region.clone())
            },
            Some(&sheets),
            table.as_ref(),
        )
        .map_err(|e| {
            let name = r
                .spec
                .map_or("the spec".to_string(), |p| p.display().to_string());
            InputError(format!("{name}: {e}\nnothing was analysed\n"))
        })?;
    let bar = indicatif::ProgressBar::new(if r.checks { 4 } else { 3 });
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let progress = |step: &str| {
        if step != "rebuild" {
            bar.inc(1);
        }
        bar.set_message(match step {
            "rebuild" => "nominal rebuild".to_string(),
            "coherence" => "coherence checks".to_string(),
            "uncertainty" => format!("uncertainty: {} runs", spec.settings.runs),
            _ => format!(
                "sensitivity: {} rebuilds",
                spec.settings.sensitivity_samples * (labels.len() + 2)
            ),
        });
    };
    let work = || {
        analysis::analyse(
            &model,
            &lab_spec,
            &labels,
            &spec.settings,
            r.checks,
            &progress,
        )
    };
    let result = match r.threads {
        Some(t) => rayon::ThreadPoolBuilder::new()
            .num_threads(t.max(1))
            .build()?
            .install(work),
        None => work(),
    };
    bar.finish_and_clear();
    let mut report: Analysis =
        result.map_err(|e| InputError(format!("the analysis failed: {e}\n")))?;
    report.framework = format!("{} {}", framework.id, framework.version);
    let format = r.format.unwrap_or_else(|| match r.out {
        Some(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => {
            AnalyseFormat::Csv
        }
        _ => AnalyseFormat::Json,
    });
    let text = match format {
        AnalyseFormat::Json => {
            let mut s = serde_json::to_string_pretty(&report)?;
            s.push('\n');
            s
        }
        AnalyseFormat::Csv => csv(&report)?,
    };
    input::write_output(r.out, &text)?;
    eprintln!(
        "{} units, {} assumptions: {:.0} % within ±3 ranks of their median, mean rank shift {:.2}; {} runs{} in {:.1} s",
        report.units.len(),
        report.assumptions.len(),
        report.share_within_3 * 100.0,
        report.mean_abs_rank_shift,
        spec.settings.runs,
        if spec.settings.sensitivity_samples > 0 {
            format!(
                " and {} sensitivity rebuilds",
                spec.settings.sensitivity_samples * (labels.len() + 2)
            )
        } else {
            String::new()
        },
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// One row per unit: ranks, interval and tier probabilities. Cells a spreadsheet would take for a
/// formula are quoted (`cyberindex_answers::cell`).
fn csv(report: &Analysis) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "unit".to_string(),
        "nominal_rank".into(),
        "median_rank".into(),
        "rank_p05".into(),
        "rank_p95".into(),
    ];
    if let Some(u) = report.units.first() {
        header.extend(u.tiers.iter().map(|(t, _)| format!("p_{t}")));
    }
    w.write_record(neutralise_all(&header))?;
    for u in &report.units {
        let mut row = vec![
            u.unit.clone(),
            u.nominal_rank.map_or(String::new(), |r| r.to_string()),
            format!("{}", u.median_rank),
            format!("{}", u.rank_p05),
            format!("{}", u.rank_p95),
        ];
        row.extend(u.tiers.iter().map(|(_, p)| format!("{p:.4}")));
        w.write_record(neutralise_all(&row))?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// The first sheet of a workbook as CSV text, for expert weight sheets kept in Excel.
fn xlsx_as_csv(bytes: &[u8]) -> Result<String, String> {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a readable XLSX workbook: {e}"))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or("the workbook has no sheet")?
        .map_err(|e| format!("unreadable sheet: {e}"))?;
    let mut w = csv::Writer::from_writer(Vec::new());
    for row in range.rows() {
        w.write_record(row.iter().map(|c| c.to_string()))
            .map_err(|e| e.to_string())?;
    }
    String::from_utf8(w.into_inner().map_err(|e| e.to_string())?).map_err(|e| e.to_string())
}
