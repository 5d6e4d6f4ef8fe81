//! Carrying answers forward from a previous edition, for the country to confirm, and confirming
//! them again in bulk.
//!
//! Carried answers bring their evidence with them, marked as carried from the earlier edition
//! (the same links; the same stored files, which are content-addressed, so nothing is copied).
//! The country confirms what still holds one pillar at a time ([`confirm_pillar`]): one action,
//! one audit entry per answer, as if each had been confirmed on its own.

use cyberindex_engine::{Framework, NodeKind};
use cyberindex_store::{Answer, BulkAnswer, Provenance, Store};

use crate::ActionError;
use crate::answer::check_value;

/// Copies the answers of edition `from` into edition `to` as "carried forward" (unconfirmed), for
/// every country in both, for the questions that exist in `target` (`to`'s framework) and whose
/// value still fits them, each with its evidence. Answers already present in `to` are kept (and
/// keep their evidence). Returns how many were carried forward. An unknown `from` is the store's
/// `NotFound`.
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
    Ok(store.prefill(to, &items, Some(from), by).await?)
}

/// Whether the country may still confirm `answer` as it stands: a pre-filled answer (carried
/// forward or drafted by the secretariat) that it has neither confirmed nor corrected.
pub fn confirmable(answer: &Answer) -> bool {
    !answer.confirmed && answer.outcome.is_none()
}

/// The questions under the pillar `pillar`, in framework order; `None` when the framework has no
/// such pillar.
pub fn pillar_questions(framework: &Framework, pillar: &str) -> Option<Vec<String>> {
    let (index, _) = framework
        .pillars()
        .find(|(_, node)| node.id == pillar && node.kind == NodeKind::Pillar)?;
    Some(
        framework
            .questions
            .iter()
            .filter(|q| framework.pillar_of(q.parent) == index)
            .map(|q| q.id.clone())
            .collect(),
    )
}

/// "Confirm every unchanged answer in this pillar": confirms each [`confirmable`] answer under
/// `pillar` in one write, with one `answer.confirm` audit entry per answer. The store leaves out
/// questions the country may not change in this round, and refuses a response that is no longer
/// open to the country. Returns the confirmed answers (none when nothing was left to confirm).
/// An unknown pillar is the store's `NotFound`.
pub async fn confirm_pillar(
    store: &Store,
    framework: &Framework,
    edition: &str,
    country: &str,
    pillar: &str,
    by: Option<i64>,
) -> Result<Vec<Answer>, ActionError> {
    let questions = pillar_questions(framework, pillar)
        .ok_or(cyberindex_store::StoreError::NotFound("pillar"))?;
    Ok(store
        .confirm_answers(edition, country, &questions, by)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::pillar_questions;

    const FRAMEWORK: &str = include_str!("../../../frameworks/examples/cirt-maturity.toml");

    #[test]
    fn a_pillars_questions_are_those_under_it_in_framework_order() {
        let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
        let mut all = Vec::new();
        for (_, pillar) in framework.pillars() {
            let questions = pillar_questions(&framework, &pillar.id).unwrap();
            assert!(!questions.is_empty(), "{}", pillar.id);
            all.extend(questions);
        }
        let expected: Vec<String> = framework.questions.iter().map(|q| q.id.clone()).collect();
        let mut sorted = all.clone();
        sorted.sort();
        let mut expected_sorted = expected.clone();
        expected_sorted.sort();
        assert_eq!(
            sorted, expected_sorted,
            "every question in exactly one pillar"
        );
        assert_eq!(pillar_questions(&framework, "no-such-pillar"), None);
        // An indicator is not a pillar.
        let indicator = framework
            .nodes
            .iter()
            .find(|n| n.kind == cyberindex_engine::NodeKind::Indicator)
            .unwrap();
        assert_eq!(pillar_questions(&framework, &indicator.id), None);
    }
}
