//! `cyberindex check [--require-languages LANGS] FILE…`: validate frameworks, and optionally that
//! every text is translated.

use std::path::PathBuf;

use cyberindex_engine::{Framework, NodeKind};

use crate::input;

pub fn run(files: &[PathBuf], require_languages: Option<&str>) -> anyhow::Result<()> {
    let required = match require_languages {
        Some(list) => cyberindex_framework::parse_languages(list)
            .map_err(|e| input::InputError(format!("--require-languages: {e}\n")))?,
        None => Vec::new(),
    };
    let mut failures = Vec::new();
    for file in files {
        match input::framework(file) {
            Ok(framework) => {
                let missing = cyberindex_framework::missing_languages(&framework, &required);
                if missing.is_empty() {
                    println!("{}: ok: {}", file.display(), summary(&framework));
                } else {
                    let name = file.display();
                    let mut text: String = missing
                        .iter()
                        .map(|m| format!("{name}: {}\n", m.line()))
                        .collect();
                    text.push_str(&format!(
                        "{name}: {} text{} lack{} a required language ({})\n",
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        if missing.len() == 1 { "s" } else { "" },
                        required.join(",")
                    ));
                    failures.push(input::InputError(text).into());
                }
            }
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
