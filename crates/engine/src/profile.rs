//! Threshold profiles: tiers defined by a minimum per parameter (question), such as the basic,
//! intermediate and advanced tiers of a CSIRT maturity model.
//!
//! A [`Profile`] is a list of [`ProfileLevel`]s from the lowest to the highest. Each level sets a
//! [`Minimum`] for some parameters on the parameter's own scale (a choice question's option
//! points, a number question's value). A parameter meets a minimum when its value is at least the
//! minimum, or when it is `n/a` and that level allows `n/a` for it; a missing answer meets no
//! minimum, not even 0. A level **holds** when every minimum of that level is met; a unit
//! **reaches** level L when levels 1 to L all hold. The result names the reached level and the
//! **blockers**: the parameters that do not meet their minimum at the next level.
//!
//! Profiles are separate from the tree's aggregations: scoring a unit with [`score_unit`]
//! (crate::score_unit) ignores them, and [`assess`] ignores weights and tiers. Several profiles
//! can be scored against the same answers; compute [`parameter_values`] once and pass them to
//! [`assess`] for each.

use rayon::prelude::*;
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{Framework, QuestionType, Texts};
use crate::results::UnitAnswers;
use crate::score::{Value, relevance};

/// A set of tiers, each defined by per-parameter minimums.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Profile {
    /// Unique among the framework's profiles, e.g. `example-tiers`.
    pub id: String,
    pub label: Texts,
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub description: Texts,
    /// Where the minimums come from (e.g. "cyberindex illustration", or a licence reference).
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub source: Texts,
    /// Levels from the lowest to the highest.
    pub levels: Vec<ProfileLevel>,
}

/// One tier of a profile.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfileLevel {
    /// Unique within the profile, e.g. `basic`.
    pub id: String,
    pub label: Texts,
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub description: Texts,
    /// The minimums of this level, in framework (question) order.
    pub minimums: Vec<Minimum>,
}

/// The least value a parameter needs at a level.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Minimum {
    /// The question id.
    pub parameter: String,
    /// Index of the question in the framework.
    #[serde(skip)]
    pub question: usize,
    /// The least value, on the question's scale (option points, or the number answered).
    pub min: f64,
    /// Whether `n/a` meets this minimum.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_na: bool,
}

/// A parameter's value as profiles see it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum ParameterValue {
    /// A value on the question's scale.
    Value(f64),
    /// Answered "not applicable", or not asked because its relevance rule is false.
    NotApplicable,
    /// Relevant and unanswered.
    Missing,
}

impl ParameterValue {
    /// Whether the value meets a minimum.
    pub fn meets(self, minimum: &Minimum) -> bool {
        match self {
            Self::Value(x) => x >= minimum.min,
            Self::NotApplicable => minimum.allow_na,
            Self::Missing => false,
        }
    }
}

/// A parameter that keeps a unit from the next level.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Blocker {
    /// The question id.
    pub parameter: String,
    /// Index of the question in the framework.
    #[serde(skip)]
    pub question: usize,
    /// The unit's current value.
    pub value: ParameterValue,
    /// The minimum the next level requires.
    pub required: f64,
    /// Whether `n/a` would have met it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_na: bool,
}

/// A unit's result against one profile.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfileResult {
    /// The profile id.
    pub profile: String,
    /// Index of the highest level reached in `profile.levels`; `None` when not even the first
    /// holds.
    #[serde(skip)]
    pub reached: Option<usize>,
    /// Id of the highest level reached; absent when none is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    /// Id of the next level; absent when the highest level is reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// The parameters below the next level's minimum, in framework order; empty when the highest
    /// level is reached.
    pub blockers: Vec<Blocker>,
}

/// A unit's results against every profile, in profile order.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UnitProfiles {
    pub unit: String,
    pub results: Vec<ProfileResult>,
}

/// Each question's value as profiles see it, by index: a choice question's option points (or
/// `n/a` for a "not applicable" option), a number question's number, the capped points of a
/// multiple choice; `n/a` for a question that is not asked; missing for one that is unanswered.
/// Unscored questions (text, URL, date) are `n/a`: profiles cannot name them.
///
/// # Panics
/// When `answers.len()` differs from the number of questions.
pub fn parameter_values(framework: &Framework, answers: &[Option<Value>]) -> Vec<ParameterValue> {
    assert_eq!(answers.len(), framework.questions.len());
    let relevant = relevance(framework, answers);
    framework
        .questions
        .iter()
        .zip(answers)
        .zip(relevant)
        .map(|((question, answer), relevant)| {
            if !relevant || !question.kind.is_scored() {
                return ParameterValue::NotApplicable;
            }
            let Some(answer) = answer else {
                return ParameterValue::Missing;
            };
            match (question.kind, *answer) {
                (
                    QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice,
                    Value::Choice(i),
                ) => {
                    let option = &question.options[i as usize];
                    if option.not_applicable {
                        ParameterValue::NotApplicable
                    } else {
                        ParameterValue::Value(option.points)
                    }
                }
                (QuestionType::MultipleChoice, Value::Choices(set)) => ParameterValue::Value(
                    question
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| set & (1u64 << i) != 0)
                        .map(|(_, o)| o.points)
                        .sum::<f64>()
                        .min(question.max_points),
                ),
                (QuestionType::Number, Value::Number(x)) => ParameterValue::Value(x),
                // A value of the wrong shape cannot be built by the readers.
                _ => ParameterValue::Missing,
            }
        })
        .collect()
}

/// Whether every minimum of `level` is met by `values` (one per question, by index).
pub fn level_holds(level: &ProfileLevel, values: &[ParameterValue]) -> bool {
    level.minimums.iter().all(|m| values[m.question].meets(m))
}

/// Scores one unit's parameter values against a profile: the highest level such that it and
/// every level below it hold, and the parameters that block the next level.
pub fn assess(profile: &Profile, values: &[ParameterValue]) -> ProfileResult {
    let reached_count = profile
        .levels
        .iter()
        .take_while(|level| level_holds(level, values))
        .count();
    let reached = reached_count.checked_sub(1);
    let next = profile.levels.get(reached_count);
    let blockers = next.map_or_else(Vec::new, |level| {
        level
            .minimums
            .iter()
            .filter(|m| !values[m.question].meets(m))
            .map(|m| Blocker {
                parameter: m.parameter.clone(),
                question: m.question,
                value: values[m.question],
                required: m.min,
                allow_na: m.allow_na,
            })
            .collect()
    });
    ProfileResult {
        profile: profile.id.clone(),
        reached,
        level: reached.map(|r| profile.levels[r].id.clone()),
        next: next.map(|l| l.id.clone()),
        blockers,
    }
}

/// Scores one unit's answers against each profile, in order.
pub fn assess_unit(
    framework: &Framework,
    profiles: &[Profile],
    answers: &[Option<Value>],
) -> Vec<ProfileResult> {
    let values = parameter_values(framework, answers);
    profiles.iter().map(|p| assess(p, &values)).collect()
}

/// Scores every unit against each profile, in parallel. The result is ordered by unit id,
/// whatever the input order.
pub fn assess_all(
    framework: &Framework,
    profiles: &[Profile],
    units: &[UnitAnswers],
) -> Vec<UnitProfiles> {
    let mut out: Vec<UnitProfiles> = units
        .par_iter()
        .map(|u| UnitProfiles {
            unit: u.unit.clone(),
            results: assess_unit(framework, profiles, &u.values),
        })
        .collect();
    out.sort_by(|a, b| a.unit.cmp(&b.unit));
    out
}
