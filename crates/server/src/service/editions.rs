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

/// Framework files shipped with the installation (`frameworks/` and its subfolders).
pub fn shipped_frameworks(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
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
    found
}
