//! A team's result on a drill: per expectation, per inject and overall, beside the expected
//! (official) score.
//!
//! An evaluator marks each expectation for each team `success` (100), `partial` (50) or
//! `failed` (0), or gives a score from 0 to 100; an expectation is met when the score reaches
//! its expected score. With `group = any` the best player's response counts for the team; with
//! `all`, the weakest (every player must meet it). An inject's score is the mean of its
//! expectations' scores; the team's score the mean over the expectations of the injects it
//! received, as a share of 100, and beside it the expected score's mean (the target).

use crate::model::{Expectation, Group};

/// An evaluator's verdict on one response.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Verdict {
    Success,
    Partial,
    Failed,
    /// A score from 0 to 100.
    Score(f64),
}

impl Verdict {
    pub fn points(self) -> f64 {
        match self {
            Verdict::Success => 100.0,
            Verdict::Partial => 50.0,
            Verdict::Failed => 0.0,
            Verdict::Score(x) => x.clamp(0.0, 100.0),
        }
    }

    pub fn parse(text: &str) -> Option<Verdict> {
        match text.trim() {
            "success" => Some(Verdict::Success),
            "partial" => Some(Verdict::Partial),
            "failed" => Some(Verdict::Failed),
            t => t
                .parse::<f64>()
                .ok()
                .filter(|x| (0.0..=100.0).contains(x))
                .map(Verdict::Score),
        }
    }
}

/// A team's score on one expectation from its players' verdicts (`None`: not evaluated yet).
pub fn expectation_score(expectation: &Expectation, verdicts: &[Verdict]) -> Option<f64> {
    let points = verdicts.iter().map(|v| v.points());
    match expectation.group {
        Group::Any => points.reduce(f64::max),
        Group::All => points.reduce(f64::min),
    }
}

/// Whether a score meets the expectation.
pub fn met(expectation: &Expectation, score: f64) -> bool {
    score >= expectation.expected_score
}

/// A team's overall result: its mean score and the target, over the expectations evaluated.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Total {
    pub score: f64,
    pub target: f64,
    pub evaluated: usize,
    pub met: usize,
}

/// Totals a team's (expectation, score) pairs.
pub fn total<'a>(scored: impl IntoIterator<Item = (&'a Expectation, f64)>) -> Total {
    let mut t = Total::default();
    let (mut sum, mut target) = (0.0, 0.0);
    for (e, s) in scored {
        t.evaluated += 1;
        sum += s;
        target += e.expected_score;
        if met(e, s) {
            t.met += 1;
        }
    }
    if t.evaluated > 0 {
        t.score = sum / t.evaluated as f64;
        t.target = target / t.evaluated as f64;
    }
    t
}
