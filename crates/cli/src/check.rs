//! `cyberindex check FILE…`: validate frameworks.

use std::path::PathBuf;

use cyberindex_engine::{Framework, NodeKind};

use crate::input;

pub fn run(files: &[PathBuf]) -> anyhow::Result<()> {
    let mut failures = Vec::new();
    for file in files {
        match input::framework(file) {
            Ok(framework) => println!("{}: ok: {}", file.display(), summary(&framework)),
            Err(e) => failures.push(e),
        }
    }
    match failures.len() {
        0 => Ok(()),
        1 => Err(failures.remove(0)),
        _ => Err(input::InputError(failures.iter().map(|f| f.to_string()).collect()).into()),
    }
}

/// One line, such as `gca-national-index 1.0.0: 5 pillars, 24 indicators (2 sub-indicators), 90
/// questions (87 scored), 5 tiers`.
pub fn summary(framework: &Framework) -> String {
    let count = |kind| framework.nodes.iter().filter(|n| n.kind == kind).count();
    let subs = count(NodeKind::SubIndicator);
    let scored = framework
        .questions
        .iter()
        .filter(|q| q.kind.is_scored())
        .count();
    format!(
        "{} {}: {} pillars, {} indicators ({} sub-indicators), {} questions ({} scored), {} tiers",
        framework.id,
        framework.version,
        count(NodeKind::Pillar),
        count(NodeKind::Indicator) + subs,
        subs,
        framework.questions.len(),
        scored,
        framework.tiers.len()
    )
}
