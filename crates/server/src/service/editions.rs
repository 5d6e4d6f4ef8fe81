//! Editions: carrying answers forward from a previous edition, for the country to confirm.

use crate::error::AppResult;
use crate::state::AppState;

/// Carries the answers of edition `from` forward into edition `to`, against `to`'s (cached)
/// framework: see [`cyberindex_workflow::carry::carry_forward`]. Returns how many were carried.
pub async fn carry_forward(
    state: &AppState,
    from: &str,
    to: &str,
    by: Option<i64>,
) -> AppResult<u64> {
    let target = state.framework(to).await?;
    Ok(cyberindex_workflow::carry::carry_forward(&state.store, &target, from, to, by).await?)
}

/// The frameworks built into the binary, offered whatever folder the server starts in.
const BUILT_IN: [(&str, &str); 2] = [
    // The same text the demo runs on.
    ("gca-national-index.toml", crate::service::demo::FRAMEWORK),
    (
        "examples/cirt-maturity.toml",
        include_str!("../../../../frameworks/examples/cirt-maturity.toml"),
    ),
];

/// The frameworks offered when creating an edition, by name: the built-in ones, and every
/// `*.toml` under `dir` (the `frameworks` folder of the configuration, and its subfolders). A
/// file in the folder replaces a built-in framework of the same name.
pub fn shipped_frameworks(dir: &std::path::Path) -> Vec<String> {
    let mut found: Vec<String> = BUILT_IN.iter().map(|(name, _)| name.to_string()).collect();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml")
                && !path.to_string_lossy().ends_with(".uncertainty.toml")
                && let Ok(rel) = path.strip_prefix(dir)
            {
                found.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The text of the offered framework `name` (one of [`shipped_frameworks`]): the folder's file,
/// else the built-in one. `None` for a name that is not offered.
pub fn framework_source(dir: &std::path::Path, name: &str) -> Option<std::io::Result<String>> {
    if !shipped_frameworks(dir).iter().any(|n| n == name) {
        return None;
    }
    let path = dir.join(name);
    if path.is_file() {
        return Some(std::fs::read_to_string(path));
    }
    BUILT_IN
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| Ok(text.to_string()))
}
