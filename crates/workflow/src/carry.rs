//! Carrying answers forward from a previous edition, for the country to confirm.

use cyberindex_engine::Framework;
use cyberindex_store::{BulkAnswer, Provenance, Store};

use crate::ActionError;
use crate::answer::check_value;

/// Copies the answers of edition `from` into edition `to` as "carried forward" (unconfirmed), for
/// every country in both, for the questions that exist in `target` (`to`'s framework) and whose
/// value still fits them. Answers already present in `to` are kept. Returns how many were carried
/// forward. An unknown `from` is the store's `NotFound`.
pub async fn carry_forward(
    store: &Store,
    target: &Framework,
    from: &str,
    to: &str,
    by: Option<i64>,
) -> Result<u64, ActionError> {
    store.edition(from).await?;
    let mut items = Vec::new();
    for (country, answer) in store.edition_answers(from).await? {
        let Some(value) = answer.value.as_deref() else {
            continue;
        };
        // A question whose type or options changed is not carried: its old value would not fit.
        let Ok((_, Some(value))) = check_value(target, &answer.question_id, Some(value)) else {
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
    Ok(store.prefill(to, &items, by).await?)
}
