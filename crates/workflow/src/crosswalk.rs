//! Maturity evidence offered to the national index (issue 17, part 8): a country's latest
//! signed-off maturity assessment of its national CIRT, read through a crosswalk
//! (`cyberindex_framework::crosswalk`), becomes pre-filled answers in an index edition, which
//! the country then confirms or corrects as it does carried-forward answers. Each pre-fill's
//! comment names the assessment, its team, the sign-off date and the levels it rests on; answers
//! the country already has are never touched.

use cyberindex_answers::countries;
use cyberindex_directory::TeamType;
use cyberindex_engine::Framework;
use cyberindex_framework::crosswalk::{Crosswalk, Facts, Offer, evaluate};
use cyberindex_store::{Assessment, AssessmentStatus, BulkAnswer, Provenance, Store};

use crate::ActionError;
use crate::answer::check_value;
use crate::maturity::effective_level;

/// What a country's maturity assessment offers one edition.
#[derive(Debug, Clone)]
pub struct Offers {
    /// The assessment the offers come from.
    pub assessment: Assessment,
    /// Each offer that fits the edition's framework, with the comment it would carry.
    pub offers: Vec<(Offer, String)>,
}

/// The comment a pre-fill carries: where it came from, in the index's neutral notation
/// (`CIRT maturity assessment #12 (ken-cirt, signed off 2026-11-30): O-1 = 3`).
pub fn provenance(assessment: &Assessment, offer: &Offer) -> String {
    let date = assessment
        .signed_off_at
        .and_then(|ms| time::OffsetDateTime::from_unix_timestamp(ms / 1000).ok())
        .map(|t| t.date().to_string())
        .unwrap_or_default();
    let levels: Vec<String> = offer
        .because
        .iter()
        .map(|(p, l)| format!("{p} = {l}"))
        .collect();
    let mut text = format!(
        "CIRT maturity assessment #{} ({}, signed off {date})",
        assessment.id, assessment.team_id
    );
    if !levels.is_empty() {
        text.push_str(": ");
        text.push_str(&levels.join(", "));
    }
    text
}

/// The latest signed-off assessment against `crosswalk.from` of `country`'s teams (national
/// teams first), with the answers it offers for `target` (the edition's framework): only
/// questions `target` has and values that fit them. `None` when no such assessment exists.
pub async fn offers(
    store: &Store,
    crosswalk: &Crosswalk,
    target: &Framework,
    country: &str,
    now_ms: i64,
) -> Result<Option<Offers>, ActionError> {
    let mut teams = Vec::new();
    for row in store.teams().await? {
        if row.country != country {
            continue;
        }
        let national = crate::directory::read_team(&row)
            .map(|t| t.types.iter().any(|x| x.value == TeamType::National))
            .unwrap_or(false);
        teams.push((!national, row.id));
    }
    teams.sort();
    for (_, team) in teams {
        let latest = store
            .assessments(Some(&team))
            .await?
            .into_iter()
            .filter(|a| a.status == AssessmentStatus::SignedOff && a.framework_id == crosswalk.from)
            .max_by_key(|a| (a.signed_off_at, a.id));
        let Some(assessment) = latest else {
            continue;
        };
        let levels = store
            .parameter_answers(assessment.id)
            .await?
            .iter()
            .filter_map(|a| {
                let level = effective_level(a)?.number()?;
                Some((a.parameter.clone(), f64::from(level)))
            })
            .collect();
        let facts = Facts {
            levels,
            signed_days_ago: assessment.signed_off_at.map(|t| (now_ms - t) / 86_400_000),
        };
        let offers = evaluate(crosswalk, &facts)
            .into_iter()
            .filter(|o| {
                matches!(
                    check_value(target, &o.question, Some(&o.value)),
                    Ok((_, Some(_)))
                )
            })
            .map(|o| {
                let comment = provenance(&assessment, &o);
                (o, comment)
            })
            .collect();
        return Ok(Some(Offers { assessment, offers }));
    }
    Ok(None)
}

/// Pre-fills `offers` into `country`'s response in `edition` as the secretariat's drafts, for
/// the country to confirm; answers it already has are left alone. How many were added.
pub async fn apply(
    store: &Store,
    edition: &str,
    country: &str,
    offers: &Offers,
    by: Option<i64>,
) -> Result<u64, ActionError> {
    if countries::by_alpha3(country).is_none() {
        return Err(cyberindex_store::StoreError::NotFound("country").into());
    }
    let items: Vec<(String, BulkAnswer)> = offers
        .offers
        .iter()
        .map(|(o, comment)| {
            (
                country.to_string(),
                BulkAnswer {
                    question: o.question.clone(),
                    value: Some(o.value.clone()),
                    comment: comment.clone(),
                    provenance: Provenance::Secretariat,
                    evidence_url: None,
                },
            )
        })
        .collect();
    Ok(store.prefill(edition, &items, None, by).await?)
}
