//! `cyberindex check [--require-languages LANGS] [--profiles FILE]… FILE…`: validate frameworks
//! (with a programme's profile files added to each), and optionally that every text is
//! translated.

use std::path::PathBuf;

use cyberindex_engine::{Framework, NodeKind};

use crate::input;

pub fn run(
    files: &[PathBuf],
    profiles: &[PathBuf],
    require_languages: Option<&str>,
) -> anyhow::Result<()> {
    let required = match require_languages {
        Some(list) => cyberindex_framework::parse_languages(list)
            .map_err(|e| input::InputError(format!("--require-languages: {e}\n")))?,
        None => Vec::new(),
    };
    let mut failures = Vec::new();
    for file in files {
        let read = input::framework(file).and_then(|mut framework| {
            let counts = input::add_profiles(&mut framework, file, profiles)?;
            Ok((framework, counts))
        });
        match read {
            Ok((framework, counts)) => {
                let missing = cyberindex_framework::missing_languages(&framework, &required);
                if missing.is_empty() {
                    println!("{}: ok: {}", file.display(), summary(&framework));
                    let mut added = &framework.profiles
                        [framework.profiles.len() - counts.iter().sum::<usize>()..];
                    for (path, count) in profiles.iter().zip(counts) {
                        let (these, rest) = added.split_at(count);
                        added = rest;
                        let list: Vec<String> = these
                            .iter()
                            .map(|p| format!("{} ({} levels)", p.id, p.levels.len()))
                            .collect();
                        println!(
                            "{}: ok: profiles for {}: {}",
                            path.display(),
                            framework.id,
                            list.join(", ")
                        );
                    }
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
/// questions (87 scored), 5 tiers`, followed by `, N profiles` when the framework has any.
pub fn summary(framework: &Framework) -> String {
    let count = |kind| framework.nodes.iter().filter(|n| n.kind == kind).count();
    let subs = count(NodeKind::SubIndicator);
    let scored = framework
        .questions
        .iter()
        .filter(|q| q.kind.is_scored())
        .count();
    let profiles = match framework.profiles.len() {
        0 => String::new(),
        1 => ", 1 profile".into(),
        n => format!(", {n} profiles"),
    };
    format!(
        "{} {}: {} pillars, {} indicators ({} sub-indicators), {} questions ({} scored), {} tiers{profiles}",
        framework.id,
        framework.version,
        count(NodeKind::Pillar),
        count(NodeKind::Indicator) + subs,
        subs,
        framework.questions.len(),
        scored,
        framework.tiers.len(),
    )
}
