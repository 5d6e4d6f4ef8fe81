//! Editions: carrying answers forward from a previous edition, for the country to confirm.

use cyberindex_store::{BulkAnswer, Provenance};

use crate::error::AppResult;
use crate::service::answers::check_value;
use crate::state::AppState;

/// Copies the answers of edition `from` into edition `to` as "carried forward" (unconfirmed), for
/// every country in both, for the questions that exist in `to`'s framework and whose value still
/// fits them. Answers already present in `to` are kept. Returns how many were carried forward.
pub async fn carry_forward(
    state: &AppState,
    from: &str,
    to: &str,
    by: Option<i64>,
) -> AppResult<u64> {
    state.store.edition(from).await?;
    let target = state.framework(to).await?;
    let mut items = Vec::new();
    for (country, answer) in state.store.edition_answers(from).await? {
        let Some(value) = answer.value.as_deref() else {
            continue;
        };
        // A question whose type or options changed is not carried: its old value would not fit.
        let Ok((_, Some(value))) = check_value(&target, &answer.question_id, Some(value)) else {
            continue;
        };
        items.push((
            country,
            BulkAnswer {
                question: answer.question_id,
                value: Some(value),
                comment: answer.comment,
                provenance: Provenance::CarriedForward,
                evidence_url: None,
            },
        ));
    }
    Ok(state.store.prefill(to, &items, by).await?)
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
