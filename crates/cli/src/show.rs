//! `cyberindex framework show` and `framework schema`.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use cyberindex_engine::{Aggregation, Child, Framework, text};
use cyberindex_framework::resolved;

use crate::input;

pub fn run(file: &Path, profiles: &[PathBuf], json: bool, lang: &str) -> anyhow::Result<()> {
    let framework = input::framework_with_profiles(file, profiles)?;
    let text = if json {
        let mut s = serde_json::to_string_pretty(&resolved::resolve(&framework))?;
        s.push('\n');
        s
    } else {
        outline(&framework, lang)
    };
    input::write_output(None, &text)
}

pub fn schema() -> anyhow::Result<()> {
    let mut s = serde_json::to_string_pretty(&resolved::schema())?;
    s.push('\n');
    input::write_output(None, &s)
}

/// A readable outline of the tree with weights, maxima and rules.
fn outline(framework: &Framework, lang: &str) -> String {
    let mut out = String::new();
    let root = framework.root();
    let _ = writeln!(
        out,
        "{} {} — {}",
        framework.id,
        framework.version,
        text(&framework.label, lang)
    );
    let _ = writeln!(
        out,
        "overall max {} ({}); missing answers: {:?}",
        root.max,
        rule(root.aggregation),
        framework.missing
    );
    let tiers: Vec<String> = framework
        .tiers
        .iter()
        .map(|t| format!("{} {} ≥ {}", t.id, text(&t.label, lang), t.min))
        .collect();
    let _ = writeln!(out, "tiers: {}", tiers.join(", "));
    fn walk(framework: &Framework, node: usize, depth: usize, lang: &str, out: &mut String) {
        for child in &framework.nodes[node].children {
            let indent = "  ".repeat(depth);
            match *child {
                Child::Node(n) => {
                    let n_ = &framework.nodes[n];
                    let _ = writeln!(
                        out,
                        "{indent}{} {} [weight {}, max {}, {}]",
                        n_.id,
                        text(&n_.label, lang),
                        n_.weight,
                        n_.max,
                        rule(n_.aggregation)
                    );
                    walk(framework, n, depth + 1, lang, out);
                }
                Child::Question(q) => {
                    let q_ = &framework.questions[q];
                    let mut extra = q_.kind.as_str().to_string();
                    if q_.kind.is_scored() {
                        extra.push_str(&format!(", weight {}, max {}", q_.weight, q_.max_points));
                    }
                    if let Some(r) = &q_.relevant {
                        extra.push_str(&format!(", if {r}"));
                    }
                    let _ = writeln!(out, "{indent}{} {} [{extra}]", q_.id, text(&q_.label, lang));
                }
            }
        }
    }
    walk(framework, 0, 0, lang, &mut out);
    for profile in &framework.profiles {
        let levels: Vec<String> = profile
            .levels
            .iter()
            .map(|l| {
                let n = l.minimums.len();
                format!("{} ({n} minimum{})", l.id, if n == 1 { "" } else { "s" })
            })
            .collect();
        let _ = writeln!(
            out,
            "profile {} {}: {}",
            profile.id,
            text(&profile.label, lang),
            levels.join(" < ")
        );
    }
    out
}

fn rule(aggregation: Aggregation) -> String {
    match aggregation {
        Aggregation::WeightedSum => "weighted sum".into(),
        Aggregation::WeightedMean => "weighted mean".into(),
        Aggregation::MaturityGated { met_at } => format!("maturity-gated, met at {met_at}"),
    }
}
