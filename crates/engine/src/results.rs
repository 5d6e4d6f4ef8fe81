//! Scoring many units: tiers and standard competition ranks ("1224") on the rounded overall score.

use rayon::prelude::*;

use crate::model::Framework;
use crate::score::{UnitScore, Value, score_unit};

/// The answers of one unit (a country, or an organisation in a self-assessment).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitAnswers {
    pub unit: String,
    /// One entry per question of the framework, by index.
    pub values: Vec<Option<Value>>,
}

/// A unit's full result.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitResult {
    pub unit: String,
    pub score: UnitScore,
    /// The overall score rounded to the framework's precision: what tiers and ranks use.
    pub overall: Option<f64>,
    /// Index into `framework.tiers`.
    pub tier: Option<usize>,
    /// Standard competition rank: units with equal rounded scores share a rank and the next rank
    /// skips (1, 2, 2, 4). Units without an overall score are not ranked.
    pub rank: Option<u32>,
}

/// Scores every unit in parallel, then ranks them. The result is ordered by rank, then by unit id,
/// whatever the input order.
pub fn score_all(framework: &Framework, units: &[UnitAnswers]) -> Vec<UnitResult> {
    let mut results: Vec<UnitResult> = units
        .par_iter()
        .map(|u| {
            let score = score_unit(framework, &u.values);
            let overall = score.overall().map(|s| framework.round(s));
            let tier = overall.and_then(|s| framework.tiers.iter().position(|t| s >= t.min));
            UnitResult {
                unit: u.unit.clone(),
                score,
                overall,
                tier,
                rank: None,
            }
        })
        .collect();
    rank(&mut results);
    results
}

/// Sorts by rounded overall score (descending; unscored last), then unit id, and assigns
/// standard competition ranks.
pub fn rank(results: &mut [UnitResult]) {
    results.sort_by(|a, b| {
        let by_score = match (a.overall, b.overall) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        };
        by_score.then_with(|| a.unit.cmp(&b.unit))
    });
    let mut previous: Option<(f64, u32)> = None;
    for (position, result) in results.iter_mut().enumerate() {
        result.rank = result.overall.map(|score| match previous {
            Some((p, r)) if p == score => r,
            _ => {
                let r = position as u32 + 1;
                previous = Some((score, r));
                r
            }
        });
    }
}
