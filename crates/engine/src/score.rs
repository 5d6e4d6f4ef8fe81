//! Scoring one unit: relevance, points per question, node scores bottom-up, and each question's
//! contribution to the overall score top-down.
//!
//! The arithmetic follows the framework's declared rules exactly, in framework order (never input
//! order), so the same answers give the same bits on every machine.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::model::{Aggregation, Child, Framework, MissingPolicy, QuestionType};

/// One answer value, as the scorer sees it. Texts of unscored answers are kept by the caller.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// The index of the chosen option (three-state, yes-no, single choice).
    Choice(u32),
    /// The set of chosen options as a bit set (multiple choice; at most 64 options).
    Choices(u64),
    /// A finite number.
    Number(f64),
    /// An answer to an unscored question (text, URL, date).
    Given,
}

/// Where a question stands for one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionStatus {
    Answered,
    /// Relevant but unanswered.
    Missing,
    /// Not asked, because its relevance rule is false.
    NotRelevant,
}

/// A question's outcome for one unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct QuestionScore {
    pub status: QuestionStatus,
    /// Points earned, when the question counts in the score (missing under the `zero` policy
    /// earns 0).
    pub points: Option<f64>,
    /// Points added to the overall score by this question: the sum over all questions equals the
    /// overall score, except under maturity-gated nodes, where it is not defined.
    pub contribution: Option<f64>,
}

/// A node's outcome for one unit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
pub struct NodeScore {
    /// The score, between 0 and the node's maximum; `None` when nothing under it applies.
    pub score: Option<f64>,
    /// The maturity level reached (maturity-gated nodes only; 0 when none).
    pub level: Option<u32>,
    /// Points added to the overall score by this node.
    pub contribution: Option<f64>,
    /// Relevant questions answered under this node (scored and unscored).
    pub answered: u32,
    /// Relevant questions without an answer under this node.
    pub missing: u32,
}

/// Everything computed for one unit.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UnitScore {
    pub nodes: Vec<NodeScore>,
    pub questions: Vec<QuestionScore>,
}

impl UnitScore {
    /// The overall score.
    pub fn overall(&self) -> Option<f64> {
        self.nodes[0].score
    }
}

/// Scores one unit. `answers` has one entry per question of `framework`, by index.
///
/// # Panics
/// When `answers.len()` differs from the number of questions: the caller builds answers against
/// this framework.
pub fn score_unit(framework: &Framework, answers: &[Option<Value>]) -> UnitScore {
    assert_eq!(answers.len(), framework.questions.len());
    let questions = score_questions(framework, answers);
    let mut nodes = vec![
        NodeScore {
            score: None,
            level: None,
            contribution: None,
            answered: 0,
            missing: 0,
        };
        framework.nodes.len()
    ];
    // Children come after parents in pre-order, so walking backwards scores children first.
    for index in (0..framework.nodes.len()).rev() {
        nodes[index] = score_node(framework, index, &nodes, &questions);
    }
    let mut unit = UnitScore { nodes, questions };
    attribute_contributions(framework, &mut unit);
    unit
}

/// Whether each question is asked (its relevance rule holds, or it has none), by index.
pub fn relevance(framework: &Framework, answers: &[Option<Value>]) -> Vec<bool> {
    let mut relevant = vec![false; framework.questions.len()];
    for &q in &framework.relevance_order {
        relevant[q] = framework.questions[q]
            .rule
            .as_ref()
            .is_none_or(|rule| rule.holds(answers, &relevant));
    }
    relevant
}

fn score_questions(framework: &Framework, answers: &[Option<Value>]) -> Vec<QuestionScore> {
    let relevant = relevance(framework, answers);
    framework
        .questions
        .iter()
        .zip(answers)
        .zip(relevant)
        .map(|((question, answer), relevant)| {
            let status = match (relevant, answer) {
                (false, _) => QuestionStatus::NotRelevant,
                (true, None) => QuestionStatus::Missing,
                (true, Some(_)) => QuestionStatus::Answered,
            };
            let points = match (status, answer) {
                _ if !question.kind.is_scored() => None,
                (QuestionStatus::Answered, Some(value)) => points(framework, question, *value),
                (QuestionStatus::Missing, _) if framework.missing == MissingPolicy::Zero => {
                    Some(0.0)
                }
                _ => None,
            };
            QuestionScore {
                status,
                points,
                contribution: None,
            }
        })
        .collect()
}

/// The points an answer earns; `None` for a "not applicable" option, which leaves the
/// calculation.
fn points(_framework: &Framework, question: &crate::model::Question, value: Value) -> Option<f64> {
    Some(match (question.kind, value) {
        (
            QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice,
            Value::Choice(i),
        ) => {
            let option = &question.options[i as usize];
            if option.not_applicable {
                return None;
            }
            option.points
        }
        (QuestionType::MultipleChoice, Value::Choices(set)) => question
            .options
            .iter()
            .enumerate()
            .filter(|(i, _)| set & (1u64 << i) != 0)
            .map(|(_, o)| o.points)
            .sum::<f64>()
            .min(question.max_points),
        (QuestionType::Number, Value::Number(x)) => {
            question.scale.as_ref().map_or(0.0, |s| s.share(x)) * question.max_points
        }
        // A value of the wrong shape cannot be built by the readers; it earns nothing.
        _ => 0.0,
    })
}

/// One child's part in its parent's aggregation.
struct Part {
    child: Child,
    score: f64,
    max: f64,
    weight: f64,
    level: Option<u32>,
}

fn parts(
    framework: &Framework,
    node: usize,
    nodes: &[NodeScore],
    questions: &[QuestionScore],
) -> Vec<Part> {
    framework.nodes[node]
        .children
        .iter()
        .filter_map(|&child| match child {
            Child::Question(q) => {
                let question = &framework.questions[q];
                Some(Part {
                    child,
                    score: questions[q].points?,
                    max: question.max_points,
                    weight: question.weight,
                    level: question.level,
                })
            }
            Child::Node(n) => {
                let sub = &framework.nodes[n];
                Some(Part {
                    child,
                    score: nodes[n].score?,
                    max: sub.max,
                    weight: sub.weight,
                    level: sub.level,
                })
            }
        })
        .collect()
}

fn score_node(
    framework: &Framework,
    index: usize,
    nodes: &[NodeScore],
    questions: &[QuestionScore],
) -> NodeScore {
    let node = &framework.nodes[index];
    let (mut answered, mut missing) = (0, 0);
    for child in &node.children {
        match *child {
            Child::Question(q) => match questions[q].status {
                QuestionStatus::Answered => answered += 1,
                QuestionStatus::Missing => missing += 1,
                QuestionStatus::NotRelevant => {}
            },
            Child::Node(n) => {
                answered += nodes[n].answered;
                missing += nodes[n].missing;
            }
        }
    }
    let parts = parts(framework, index, nodes, questions);
    let (score, level) = if parts.is_empty() {
        (None, None)
    } else {
        match node.aggregation {
            Aggregation::WeightedSum => {
                let earned: f64 = parts.iter().map(|p| p.weight * p.score).sum();
                let possible: f64 = parts.iter().map(|p| p.weight * p.max).sum();
                (Some(node.max * earned / possible), None)
            }
            Aggregation::WeightedMean => {
                let shares: f64 = parts.iter().map(|p| p.weight * p.score / p.max).sum();
                let weights: f64 = parts.iter().map(|p| p.weight).sum();
                (Some(node.max * shares / weights), None)
            }
            Aggregation::MaturityGated { met_at } => {
                let top = framework.levels.last().map_or(0, |l| l.number);
                let reached = framework
                    .levels
                    .iter()
                    .map(|l| l.number)
                    .take_while(|&level| {
                        parts
                            .iter()
                            .filter(|p| p.level == Some(level))
                            .all(|p| p.score >= met_at * p.max - 1e-12)
                    })
                    .last()
                    .unwrap_or(0);
                let score = if top == 0 {
                    0.0
                } else {
                    node.max * f64::from(reached) / f64::from(top)
                };
                (Some(score), Some(reached))
            }
        }
    };
    NodeScore {
        score,
        level,
        contribution: None,
        answered,
        missing,
    }
}

/// Splits the overall score over nodes and questions: under linear aggregations a child's
/// contribution is its score times the product of the scale factors on its path to the root.
fn attribute_contributions(framework: &Framework, unit: &mut UnitScore) {
    // factor[n]: overall points per point of node n's score; None below a gated node.
    let mut factor: Vec<Option<f64>> = vec![None; framework.nodes.len()];
    factor[0] = Some(1.0);
    unit.nodes[0].contribution = unit.nodes[0].score;
    for index in 0..framework.nodes.len() {
        let node = &framework.nodes[index];
        let parts = parts(framework, index, &unit.nodes, &unit.questions);
        let scale = match node.aggregation {
            Aggregation::WeightedSum => {
                let possible: f64 = parts.iter().map(|p| p.weight * p.max).sum();
                Some(node.max / possible)
            }
            Aggregation::WeightedMean => {
                let weights: f64 = parts.iter().map(|p| p.weight).sum();
                Some(node.max / weights)
            }
            Aggregation::MaturityGated { .. } => None,
        };
        for part in &parts {
            let child_factor = match (factor[index], scale, node.aggregation) {
                (Some(f), Some(s), Aggregation::WeightedMean) => {
                    Some(f * s * part.weight / part.max)
                }
                (Some(f), Some(s), _) => Some(f * s * part.weight),
                _ => None,
            };
            let contribution = child_factor.map(|f| f * part.score);
            match part.child {
                Child::Node(n) => {
                    factor[n] = child_factor;
                    unit.nodes[n].contribution = contribution;
                }
                Child::Question(q) => unit.questions[q].contribution = contribution,
            }
        }
    }
}
