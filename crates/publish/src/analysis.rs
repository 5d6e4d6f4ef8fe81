//! The methodology lab applied to a framework and its answers: the questionnaire becomes a lab
//! model (questions → sub-indicators → indicators → pillars → index), an uncertainty spec file names the
//! assumptions to vary, and [`analyse`] runs the rebuild, the Monte Carlo uncertainty analysis,
//! the variance-based sensitivity analysis and, when asked, the coherence checks.
//!
//! The model reproduces the engine's arithmetic for frameworks of weighted sums and means: each
//! scored question is a lab indicator whose value is its share of the question's points (0 to 1,
//! normalised by goalposts 0–1 to 0–100), and each component weighs what it weighs in its
//! parent's aggregation (weight × maximum under a weighted sum, weight under a weighted mean).
//! A question placed directly on an indicator passes through a sub-indicator of its own, so that
//! every level is complete and a question not asked leaves out exactly what the engine leaves out.
//! Unanswered questions count as 0 under the `zero` policy and are left out under `exclude`; so
//! are questions not asked. Maturity-gated nodes are approximated by a weighted mean (the report
//! says so).

use std::collections::HashMap;

use cyberindex_answers::AnswerFile;
use cyberindex_engine::{
    Aggregation, Framework, MissingPolicy, NodeKind, QuestionStatus, score_unit,
};
use cyberindex_lab::coherence::{CoherenceReport, CoherenceSettings, coherence};
use cyberindex_lab::pipeline::{self, AggregationDefault, Imputation, Normalisation, Treatment};
use cyberindex_lab::sensitivity::{IndexSensitivity, SobolSettings, UnitOutput, index_sensitivity};
use cyberindex_lab::uncertainty::{
    McSettings, UncertainInput, UncertaintyReport, UncertaintySpec, monte_carlo,
};
use cyberindex_lab::{Component, Dataset, Hierarchy, LabError, Level, Method};
use serde::{Deserialize, Serialize};

/// The levels of the model, from the questions up.
pub const LEVELS: [&str; 5] = ["question", "sub-indicator", "indicator", "pillar", "index"];

/// A framework and its answers as a lab model.
#[derive(Debug, Clone)]
pub struct Model {
    pub dataset: Dataset,
    pub hierarchy: Hierarchy,
    /// The nominal method: the framework's own arithmetic.
    pub method: Method,
    /// Nominal tier thresholds on the model's 0–100 scale, highest first.
    pub tiers: Vec<f64>,
    /// Tier ids, highest first.
    pub tier_ids: Vec<String>,
    /// Question ids of the model's indicators (level 0), in order.
    pub questions: Vec<String>,
    /// Notes on where the model departs from the framework.
    pub notes: Vec<String>,
}

fn child_weight(framework: &Framework, parent: usize, weight: f64, max: f64) -> f64 {
    match framework.nodes[parent].aggregation {
        Aggregation::WeightedSum => weight * max,
        Aggregation::WeightedMean | Aggregation::MaturityGated { .. } => weight,
    }
}

/// Builds the model. `groups` gives each unit's group label (for group imputation), e.g. its ITU
/// region.
pub fn model(
    framework: &Framework,
    answers: &AnswerFile,
    groups: impl Fn(&str) -> String,
) -> Result<Model, LabError> {
    let mut notes = Vec::new();
    if framework
        .nodes
        .iter()
        .any(|n| matches!(n.aggregation, Aggregation::MaturityGated { .. }))
    {
        notes.push(
            "maturity-gated nodes are approximated by a weighted mean of their parts".to_string(),
        );
    }
    let pillars: Vec<usize> = framework.pillars().map(|(i, _)| i).collect();
    let pillar_index = |node: usize| {
        pillars
            .iter()
            .position(|p| *p == framework.pillar_of(node))
            .unwrap_or(0)
    };
    // Level 2: indicators. Level 1: sub-indicators, and a pass-through part for each question
    // placed directly on an indicator, so that a question not asked leaves its part out exactly
    // as the engine does. A question placed on a pillar gets its own indicator too.
    let mut indicators: Vec<(String, usize, f64)> = Vec::new();
    let mut indicator_of_node: HashMap<usize, usize> = HashMap::new();
    for (i, node) in framework.nodes.iter().enumerate() {
        if node.kind == NodeKind::Indicator {
            let parent = node.parent.unwrap_or(0);
            indicator_of_node.insert(i, indicators.len());
            indicators.push((
                node.id.clone(),
                pillar_index(i),
                child_weight(framework, parent, node.weight, node.max),
            ));
        }
    }
    let mut parts: Vec<(String, usize, f64)> = Vec::new();
    let mut part_of_node: HashMap<usize, usize> = HashMap::new();
    for (i, node) in framework.nodes.iter().enumerate() {
        if node.kind == NodeKind::SubIndicator {
            let parent = node.parent.unwrap_or(0);
            part_of_node.insert(i, parts.len());
            parts.push((
                node.id.clone(),
                *indicator_of_node.get(&parent).unwrap_or(&0),
                child_weight(framework, parent, node.weight, node.max),
            ));
        }
    }
    let mut questions: Vec<(usize, usize, f64)> = Vec::new();
    for (q, question) in framework.questions.iter().enumerate() {
        if !question.kind.is_scored() || question.max_points <= 0.0 || question.weight <= 0.0 {
            continue;
        }
        let parent = question.parent;
        let own = child_weight(framework, parent, question.weight, question.max_points);
        let part = match framework.nodes[parent].kind {
            NodeKind::SubIndicator => part_of_node[&parent],
            NodeKind::Indicator => {
                parts.push((question.id.clone(), indicator_of_node[&parent], own));
                parts.len() - 1
            }
            _ => {
                indicators.push((question.id.clone(), pillar_index(parent), own));
                parts.push((question.id.clone(), indicators.len() - 1, 1.0));
                parts.len() - 1
            }
        };
        let weight = if framework.nodes[parent].kind == NodeKind::SubIndicator {
            own
        } else {
            1.0
        };
        questions.push((q, part, weight));
    }
    let units: Vec<String> = answers.units.iter().map(|u| u.unit.clone()).collect();
    // Shares of the points earned; unanswered questions are missing (imputed by the method),
    // questions not asked do not apply (never imputed).
    let mut rows: Vec<Vec<Option<f64>>> = Vec::with_capacity(answers.units.len());
    let mut not_applicable: Vec<Vec<bool>> = Vec::with_capacity(answers.units.len());
    for u in &answers.units {
        let score = score_unit(framework, &u.values);
        let mut row = Vec::with_capacity(questions.len());
        let mut na = Vec::with_capacity(questions.len());
        for (q, _, _) in &questions {
            let s = &score.questions[*q];
            let max = framework.questions[*q].max_points;
            row.push(match s.status {
                QuestionStatus::Answered => s.points.map(|p| p / max),
                QuestionStatus::Missing | QuestionStatus::NotRelevant => None,
            });
            na.push(s.status == QuestionStatus::NotRelevant);
        }
        rows.push(row);
        not_applicable.push(na);
    }
    let question_ids: Vec<String> = questions
        .iter()
        .map(|(q, _, _)| framework.questions[*q].id.clone())
        .collect();
    let labels: Vec<String> = units.iter().map(|u| groups(u)).collect();
    let dataset = Dataset::from_option_rows(units, question_ids.clone(), &rows)?
        .with_groups(&labels)?
        .with_not_applicable(&not_applicable)?;
    let root = framework.root();
    let hierarchy = Hierarchy::new(vec![
        Level {
            name: LEVELS[0].into(),
            components: questions
                .iter()
                .zip(&question_ids)
                .map(|((_, part, weight), id)| Component {
                    code: id.clone(),
                    parent: Some(*part),
                    weight: *weight,
                })
                .collect(),
        },
        Level {
            name: LEVELS[1].into(),
            components: parts
                .iter()
                .map(|(id, indicator, weight)| Component {
                    code: id.clone(),
                    parent: Some(*indicator),
                    weight: *weight,
                })
                .collect(),
        },
        Level {
            name: LEVELS[2].into(),
            components: indicators
                .iter()
                .map(|(id, pillar, weight)| Component {
                    code: id.clone(),
                    parent: Some(*pillar),
                    weight: *weight,
                })
                .collect(),
        },
        Level {
            name: LEVELS[3].into(),
            components: pillars
                .iter()
                .map(|p| {
                    let n = &framework.nodes[*p];
                    Component {
                        code: n.id.clone(),
                        parent: Some(0),
                        weight: child_weight(framework, 0, n.weight, n.max),
                    }
                })
                .collect(),
        },
        Level {
            name: LEVELS[4].into(),
            components: vec![Component {
                code: root.id.clone(),
                parent: None,
                weight: 1.0,
            }],
        },
    ])?;
    let method = Method {
        default: Treatment {
            imputation: nominal_imputation(framework),
            normalisation: Normalisation::Goalposts {
                low: 0.0,
                high: 1.0,
                scale: 100.0,
            },
            ..Treatment::default()
        },
        aggregation: AggregationDefault(pipeline::Aggregation::Arithmetic),
        ..Method::default()
    };
    Ok(Model {
        dataset,
        hierarchy,
        method,
        tiers: framework
            .tiers
            .iter()
            .map(|t| t.min * 100.0 / root.max)
            .collect(),
        tier_ids: framework.tiers.iter().map(|t| t.id.clone()).collect(),
        questions: question_ids,
        notes,
    })
}

/// The imputation that reproduces the framework's missing-answer policy.
pub fn nominal_imputation(framework: &Framework) -> Imputation {
    match framework.missing {
        MissingPolicy::Zero => Imputation::Zero,
        MissingPolicy::Exclude => Imputation::None,
    }
}

/// The uncertainty spec shipped for the shipped framework.
const SHIPPED_SPEC: &str = include_str!("../../../frameworks/gca-national-index.uncertainty.toml");

/// The spec for a framework: the shipped one for the shipped framework, else [`Spec::generic`].
pub fn default_spec(framework: &Framework) -> Spec {
    Spec::parse(SHIPPED_SPEC)
        .ok()
        .filter(|s| s.framework == framework.id)
        .unwrap_or_else(|| Spec::generic(framework))
}

/// A level named in a spec file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LevelName {
    Question,
    SubIndicator,
    Indicator,
    Pillar,
    Index,
}

impl LevelName {
    fn index(self) -> usize {
        match self {
            Self::Question => 0,
            Self::SubIndicator => 1,
            Self::Indicator => 2,
            Self::Pillar => 3,
            Self::Index => 4,
        }
    }
}

/// One uncertain assumption of a spec file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Assumption {
    /// Each weight of a level varies uniformly by ± `noise` (0.25 = ±25 %).
    Weights { level: LevelName, noise: f64 },
    /// The level's aggregation is one of `options`.
    Aggregation {
        level: LevelName,
        options: Vec<pipeline::Aggregation>,
    },
    /// Every question's normalisation is one of `options`.
    Normalisation { options: Vec<Normalisation> },
    /// Every question's imputation is one of `options`.
    Imputation { options: Vec<Imputation> },
    /// All questions kept, or one of `questions` left out.
    Exclude { questions: Vec<String> },
    /// The tier thresholds are one of `options` (each as many thresholds as the framework has
    /// tiers, highest first, on the framework's score scale).
    Tiers { options: Vec<Vec<f64>> },
}

/// How many runs and samples.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Monte Carlo runs of the uncertainty analysis.
    #[serde(default = "default_runs")]
    pub runs: usize,
    /// Seed of every random draw.
    #[serde(default = "default_seed")]
    pub seed: u64,
    /// Base sample of the sensitivity analysis (the index is rebuilt N × (k + 2) times for k
    /// assumptions); 0 skips it.
    #[serde(default = "default_sensitivity")]
    pub sensitivity_samples: usize,
    /// Bootstrap resamples for the sensitivity intervals.
    #[serde(default = "default_bootstrap")]
    pub bootstrap: usize,
}

fn default_runs() -> usize {
    10_000
}
fn default_seed() -> u64 {
    2026
}
fn default_sensitivity() -> usize {
    1000
}
fn default_bootstrap() -> usize {
    200
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            runs: default_runs(),
            seed: default_seed(),
            sensitivity_samples: default_sensitivity(),
            bootstrap: default_bootstrap(),
        }
    }
}

/// Where the weights come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum WeightsSpec {
    /// The framework's weights.
    Nominal,
    /// Every part weighs the same as its siblings.
    Equal,
    /// Expert weight sheets (CSV files `component,weight`, named relative to the spec file),
    /// combined by `mean` or `median`; parts a sheet does not name keep the framework's weight.
    Experts {
        sheets: Vec<String>,
        combine: pipeline::Combine,
    },
}

/// The nominal method, when it should differ from the framework's own arithmetic. Every step
/// can be set for all questions and overridden per question; aggregation per level.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodSpec {
    #[serde(default)]
    pub imputation: Option<Imputation>,
    #[serde(default)]
    pub normalisation: Option<Normalisation>,
    #[serde(default)]
    pub outliers: Option<pipeline::OutlierTreatment>,
    /// Per-question overrides, by question id.
    #[serde(default)]
    pub questions: std::collections::BTreeMap<String, pipeline::TreatmentOverride>,
    /// Aggregation of a level (the level produced), by level name.
    #[serde(default)]
    pub aggregation: std::collections::BTreeMap<LevelName, pipeline::Aggregation>,
    #[serde(default)]
    pub weights: Option<WeightsSpec>,
}

/// A numeric indicator added to the model, such as certified professionals per million people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorSpec {
    /// Its id (not one of the framework's).
    pub id: String,
    /// Where it goes: a pillar (it becomes an indicator of its own) or an indicator (it becomes
    /// one of its parts).
    pub under: String,
    /// Its weight in the framework's units, as for a question worth 1 point.
    #[serde(default = "one")]
    pub weight: f64,
    /// The column of the data file holding its values.
    pub column: String,
    /// A column to divide the values by (per capita, per GDP…).
    #[serde(default)]
    pub denominator: Option<String>,
    #[serde(default)]
    pub lower_is_better: bool,
    /// Default: min-max 0–100.
    #[serde(default)]
    pub normalisation: Option<Normalisation>,
    /// Default: none (a missing value is left out).
    #[serde(default)]
    pub imputation: Option<Imputation>,
    #[serde(default)]
    pub outliers: Option<pipeline::OutlierTreatment>,
}

fn one() -> f64 {
    1.0
}

/// A wide data file: one row per unit, one column per variable (`unit,a,b,…`); empty cells are
/// missing.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorTable {
    pub columns: Vec<String>,
    pub rows: HashMap<String, Vec<Option<f64>>>,
}

impl IndicatorTable {
    /// Reads the CSV text; errors name the file, row and column.
    pub fn parse(name: &str, text: &str) -> Result<Self, String> {
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = reader
            .headers()
            .map_err(|e| format!("{name}: unreadable CSV: {e}"))?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        if header.first().map(String::as_str) != Some("unit") || header.len() < 2 {
            return Err(format!(
                "{name}: row 1: the header must be `unit` and then one column per variable"
            ));
        }
        let columns = header[1..].to_vec();
        let mut rows = HashMap::new();
        for (i, record) in reader.records().enumerate() {
            let row = i + 2;
            let record = record.map_err(|e| format!("{name}: row {row}: {e}"))?;
            let unit = record.get(0).unwrap_or("").trim().to_string();
            let mut values = Vec::with_capacity(columns.len());
            for (c, column) in columns.iter().enumerate() {
                let cell = record.get(c + 1).unwrap_or("").trim();
                values.push(if cell.is_empty() {
                    None
                } else {
                    Some(
                        cell.parse::<f64>()
                            .ok()
                            .filter(|v| v.is_finite())
                            .ok_or_else(|| {
                                format!(
                                    "{name}: row {row}, column `{column}`: `{cell}` is not a number"
                                )
                            })?,
                    )
                });
            }
            if rows.insert(unit.clone(), values).is_some() {
                return Err(format!("{name}: row {row}: unit `{unit}` appears twice"));
            }
        }
        Ok(Self { columns, rows })
    }

    fn column(&self, name: &str, units: &[String]) -> Option<Vec<Option<f64>>> {
        let c = self.columns.iter().position(|x| x == name)?;
        Some(
            units
                .iter()
                .map(|u| self.rows.get(u).and_then(|r| r[c]))
                .collect(),
        )
    }
}

/// Adds the spec's numeric indicators to a model: data columns, parts of the hierarchy and
/// their treatment.
fn add_indicators(
    model: &mut Model,
    framework: &Framework,
    specs: &[IndicatorSpec],
    table: &IndicatorTable,
) -> Result<(), String> {
    let data = &model.dataset;
    let (n, m) = (data.n_units(), data.n_indicators());
    let units: Vec<String> = data.units().to_vec();
    let mut rows: Vec<Vec<Option<f64>>> = (0..n)
        .map(|i| {
            (0..m)
                .map(|j| Some(data.value(i, j)).filter(|v| !v.is_nan()))
                .collect()
        })
        .collect();
    let mut not_applicable: Vec<Vec<bool>> = (0..n)
        .map(|i| {
            (0..m)
                .map(|j| data.not_applicable(j).is_some_and(|na| na[i]))
                .collect()
        })
        .collect();
    let labels: Vec<String> = (0..n)
        .map(|i| {
            data.groups()
                .get(i)
                .map_or_else(String::new, |g| data.group_names()[*g].clone())
        })
        .collect();
    let mut codes: Vec<String> = data.indicators().to_vec();
    let mut denominators: Vec<String> = Vec::new();
    let levels = &mut model.hierarchy.levels;
    for (k, spec) in specs.iter().enumerate() {
        let at = format!("indicator {} (`{}`)", k + 1, spec.id);
        if codes.contains(&spec.id) || framework.node_index(&spec.id).is_some() {
            return Err(format!("{at}: the id is already taken"));
        }
        if !(spec.weight.is_finite() && spec.weight > 0.0) {
            return Err(format!("{at}: the weight must be above 0"));
        }
        let values = table
            .column(&spec.column, &units)
            .ok_or_else(|| format!("{at}: the data file has no column `{}`", spec.column))?;
        let node = framework
            .node_index(&spec.under)
            .filter(|i| {
                matches!(
                    framework.nodes[*i].kind,
                    NodeKind::Pillar | NodeKind::Indicator
                )
            })
            .ok_or_else(|| {
                format!(
                    "{at}: `{}` is not a pillar or indicator of the framework",
                    spec.under
                )
            })?;
        let weight = child_weight(framework, node, spec.weight, 1.0);
        let part_parent = if framework.nodes[node].kind == NodeKind::Indicator {
            levels[2]
                .components
                .iter()
                .position(|c| c.code == spec.under)
                .ok_or_else(|| format!("{at}: `{}` has no scored part", spec.under))?
        } else {
            let pillar = levels[3]
                .components
                .iter()
                .position(|c| c.code == spec.under)
                .ok_or_else(|| format!("{at}: `{}` has no scored part", spec.under))?;
            levels[2].components.push(Component {
                code: spec.id.clone(),
                parent: Some(pillar),
                weight,
            });
            levels[2].components.len() - 1
        };
        levels[1].components.push(Component {
            code: spec.id.clone(),
            parent: Some(part_parent),
            weight: if framework.nodes[node].kind == NodeKind::Indicator {
                weight
            } else {
                1.0
            },
        });
        let part = levels[1].components.len() - 1;
        levels[0].components.push(Component {
            code: spec.id.clone(),
            parent: Some(part),
            weight: 1.0,
        });
        for (row, v) in rows.iter_mut().zip(&values) {
            row.push(*v);
        }
        for na in &mut not_applicable {
            na.push(false);
        }
        codes.push(spec.id.clone());
        let denominator = match &spec.denominator {
            Some(column) => {
                if table.column(column, &units).is_none() {
                    return Err(format!("{at}: the data file has no column `{column}`"));
                }
                Some(
                    denominators
                        .iter()
                        .position(|d| d == column)
                        .unwrap_or_else(|| {
                            denominators.push(column.clone());
                            denominators.len() - 1
                        }),
                )
            }
            None => None,
        };
        model.method.overrides.insert(
            m + k,
            pipeline::TreatmentOverride {
                denominator: Some(denominator),
                imputation: Some(spec.imputation.unwrap_or(Imputation::None)),
                outliers: spec.outliers,
                normalisation: Some(spec.normalisation.unwrap_or(Normalisation::MinMax {
                    low: 0.0,
                    high: 100.0,
                })),
                direction: Some(if spec.lower_is_better {
                    pipeline::Direction::LowerIsBetter
                } else {
                    pipeline::Direction::HigherIsBetter
                }),
            },
        );
    }
    let mut dataset = Dataset::from_option_rows(units.clone(), codes.clone(), &rows)
        .and_then(|d| d.with_groups(&labels))
        .and_then(|d| d.with_not_applicable(&not_applicable))
        .map_err(|e| e.to_string())?;
    for column in &denominators {
        let values = table
            .column(column, &units)
            .unwrap_or_default()
            .into_iter()
            .map(|v| v.unwrap_or(f64::NAN))
            .collect();
        dataset = dataset
            .with_denominator(column.clone(), values)
            .map_err(|e| e.to_string())?;
    }
    model.dataset = dataset;
    model
        .hierarchy
        .validate(Some(codes.len()))
        .map_err(|e| e.to_string())?;
    model.questions = codes;
    model.notes.push(format!(
        "{} numeric indicators added to the questions",
        specs.len()
    ));
    Ok(())
}

/// An uncertainty spec file (`*.uncertainty.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// The framework the spec is written for (checked against the framework's id).
    pub framework: String,
    #[serde(default)]
    pub settings: Settings,
    /// The nominal method (the framework's own arithmetic when absent).
    #[serde(default)]
    pub method: Option<MethodSpec>,
    /// Numeric indicators beside the questions, from a data file (`--indicators`).
    #[serde(default, rename = "indicator")]
    pub indicators: Vec<IndicatorSpec>,
    #[serde(rename = "assumption")]
    pub assumptions: Vec<Assumption>,
}

impl Spec {
    /// Reads a spec file; errors say where and what.
    pub fn parse(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// A spec for any framework: pillar weights ±25 %, arithmetic or geometric aggregation of
    /// the pillars, goalposts or min-max normalisation, unanswered questions as the framework
    /// says or as the regional mean, and tier thresholds 5 % of the maximum lower or higher.
    pub fn generic(framework: &Framework) -> Self {
        let max = framework.root().max;
        let shift = |d: f64| -> Vec<f64> {
            framework
                .tiers
                .iter()
                .map(|t| {
                    if t.min > 0.0 {
                        (t.min + d * max).clamp(0.0, max)
                    } else {
                        0.0
                    }
                })
                .collect()
        };
        Self {
            framework: framework.id.clone(),
            settings: Settings::default(),
            method: None,
            indicators: Vec::new(),
            assumptions: vec![
                Assumption::Weights {
                    level: LevelName::Pillar,
                    noise: 0.25,
                },
                Assumption::Aggregation {
                    level: LevelName::Index,
                    options: vec![
                        pipeline::Aggregation::Arithmetic,
                        pipeline::Aggregation::Geometric {
                            zeros: pipeline::ZeroPolicy::Shift { epsilon: 1.0 },
                        },
                    ],
                },
                Assumption::Normalisation {
                    options: vec![
                        Normalisation::Goalposts {
                            low: 0.0,
                            high: 1.0,
                            scale: 100.0,
                        },
                        Normalisation::MinMax {
                            low: 0.0,
                            high: 100.0,
                        },
                    ],
                },
                Assumption::Imputation {
                    options: vec![nominal_imputation(framework), Imputation::GroupMean],
                },
                Assumption::Tiers {
                    options: vec![shift(0.0), shift(-0.05), shift(0.05)],
                },
            ],
        }
    }

    /// Applies the `[method]` section to a model's nominal method. `sheets` are the expert weight
    /// files the section names, as (name, CSV text), in the same order.
    pub fn apply_method(
        &self,
        model: &mut Model,
        framework: &Framework,
        sheets: &[(String, String)],
    ) -> Result<(), String> {
        let Some(m) = &self.method else {
            return Ok(());
        };
        let method = &mut model.method;
        if let Some(i) = m.imputation {
            method.default.imputation = i;
        }
        if let Some(n) = m.normalisation {
            method.default.normalisation = n;
        }
        if let Some(o) = m.outliers {
            method.default.outliers = o;
        }
        for (id, o) in &m.questions {
            let j = model
                .questions
                .iter()
                .position(|q| q == id)
                .ok_or_else(|| {
                    format!("method.questions: `{id}` is not a scored question of the framework")
                })?;
            if o.denominator.is_some() {
                return Err(format!(
                    "method.questions.{id}: questions take no denominator"
                ));
            }
            method.overrides.insert(j, *o);
        }
        for (level, a) in &m.aggregation {
            if *level == LevelName::Question {
                return Err("method.aggregation: questions are not aggregated".into());
            }
            method.level_aggregation.insert(level.index(), *a);
        }
        method.weights = match &m.weights {
            None | Some(WeightsSpec::Nominal) => pipeline::WeightScheme::Nominal,
            Some(WeightsSpec::Equal) => pipeline::WeightScheme::Equal,
            Some(WeightsSpec::Experts {
                sheets: names,
                combine,
            }) => {
                if names.len() != sheets.len() || names.is_empty() {
                    return Err("method.weights: name one or more expert sheets".into());
                }
                pipeline::WeightScheme::Experts {
                    sheets: sheets
                        .iter()
                        .map(|(name, text)| expert_sheet(framework, &model.hierarchy, name, text))
                        .collect::<Result<_, _>>()?,
                    combine: *combine,
                }
            }
        };
        Ok(())
    }

    /// The model of `answers` with this spec's method applied, the lab's spec and the
    /// assumptions' labels. Without `sheets` (the server cannot read the spec's neighbouring
    /// files), a method that names expert sheets keeps the framework's weights.
    pub fn prepare(
        &self,
        framework: &Framework,
        answers: &AnswerFile,
        groups: impl Fn(&str) -> String,
        sheets: Option<&[(String, String)]>,
        indicators: Option<&IndicatorTable>,
    ) -> Result<(Model, UncertaintySpec, Vec<String>), String> {
        let mut model = model(framework, answers, groups).map_err(|e| e.to_string())?;
        match (self.indicators.is_empty(), indicators) {
            (true, _) => {}
            (false, Some(table)) => add_indicators(&mut model, framework, &self.indicators, table)?,
            (false, None) => {
                return Err(format!(
                    "the spec adds {} numeric indicators: give their data file",
                    self.indicators.len()
                ));
            }
        }
        match sheets {
            Some(sheets) => self.apply_method(&mut model, framework, sheets)?,
            None => {
                let mut spec = self.clone();
                if let Some(m) = spec.method.as_mut()
                    && matches!(m.weights, Some(WeightsSpec::Experts { .. }))
                {
                    m.weights = None;
                }
                spec.apply_method(&mut model, framework, &[])?;
            }
        }
        let lab = self.to_lab(&model, framework)?;
        Ok((model, lab, labels(self)))
    }

    /// The lab's spec for a model; unknown question ids and wrong tier counts are errors.
    pub fn to_lab(&self, model: &Model, framework: &Framework) -> Result<UncertaintySpec, String> {
        if self.framework != framework.id {
            return Err(format!(
                "the spec is for framework `{}`, not `{}`",
                self.framework, framework.id
            ));
        }
        let scale = 100.0 / framework.root().max;
        let mut inputs = Vec::new();
        for (i, a) in self.assumptions.iter().enumerate() {
            let at = format!("assumption {} ({})", i + 1, kind(a));
            inputs.push(match a {
                Assumption::Weights { level, noise } => {
                    if !(0.0..1.0).contains(noise) {
                        return Err(format!("{at}: noise must be at least 0 and below 1"));
                    }
                    if *level == LevelName::Index {
                        return Err(format!("{at}: the index has no weight to vary"));
                    }
                    UncertainInput::WeightNoise {
                        level: level.index(),
                        component: None,
                        fraction: *noise,
                    }
                }
                Assumption::Aggregation { level, options } => {
                    if *level == LevelName::Question {
                        return Err(format!(
                            "{at}: questions are not aggregated; name indicator, pillar or index"
                        ));
                    }
                    if options.is_empty() {
                        return Err(format!("{at}: give at least one option"));
                    }
                    UncertainInput::Aggregation {
                        level: Some(level.index()),
                        options: options.clone(),
                    }
                }
                Assumption::Normalisation { options } => UncertainInput::Normalisation {
                    options: options.clone(),
                },
                Assumption::Imputation { options } => UncertainInput::Imputation {
                    options: options.clone(),
                },
                Assumption::Exclude { questions } => UncertainInput::ExcludeIndicator {
                    candidates: questions
                        .iter()
                        .map(|q| {
                            model.questions.iter().position(|x| x == q).ok_or_else(|| {
                                format!("{at}: `{q}` is not a scored question of the framework")
                            })
                        })
                        .collect::<Result<_, _>>()?,
                },
                Assumption::Tiers { options } => {
                    if let Some(bad) = options.iter().find(|o| o.len() != framework.tiers.len()) {
                        return Err(format!(
                            "{at}: each option needs {} thresholds, one per tier; one has {}",
                            framework.tiers.len(),
                            bad.len()
                        ));
                    }
                    UncertainInput::TierThresholds {
                        options: options
                            .iter()
                            .map(|o| o.iter().map(|t| t * scale).collect())
                            .collect(),
                    }
                }
            });
        }
        if inputs.is_empty() {
            return Err("the spec names no assumption".into());
        }
        Ok(UncertaintySpec {
            inputs,
            tiers: model.tiers.clone(),
            // Per-question overrides and numeric indicators keep their own treatment.
            own_treatment: model
                .method
                .overrides
                .iter()
                .filter(|(_, o)| o.normalisation.is_some() || o.imputation.is_some())
                .map(|(j, _)| *j)
                .collect(),
        })
    }
}

/// One expert's weights from a CSV file `component,weight`: a question, sub-indicator,
/// indicator or pillar id, and a weight in the framework's own units (as its `weight` keys).
/// Parts not named keep the framework's weight. Errors name the file and row.
pub fn expert_sheet(
    framework: &Framework,
    hierarchy: &Hierarchy,
    name: &str,
    text: &str,
) -> Result<cyberindex_lab::pipeline::WeightSheet, String> {
    let mut weights: Vec<Vec<f64>> = hierarchy
        .levels
        .iter()
        .map(|l| l.components.iter().map(|c| c.weight).collect())
        .collect();
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("{name}: unreadable CSV: {e}"))?
        .iter()
        .map(str::to_string)
        .collect();
    if header != ["component", "weight"] {
        return Err(format!(
            "{name}: row 1: the header must be `component,weight`"
        ));
    }
    for (i, record) in reader.records().enumerate() {
        let row = i + 2;
        let record = record.map_err(|e| format!("{name}: row {row}: {e}"))?;
        let code = record.get(0).unwrap_or("").trim();
        let weight: f64 = record
            .get(1)
            .unwrap_or("")
            .trim()
            .parse()
            .ok()
            .filter(|w: &f64| w.is_finite() && *w >= 0.0)
            .ok_or_else(|| format!("{name}: row {row}: the weight must be a number ≥ 0"))?;
        // The framework's weight becomes the model's as in `model`: × maximum under a sum.
        let (parent, max) = if let Some(q) = framework.question_index(code) {
            let q = &framework.questions[q];
            (q.parent, q.max_points)
        } else if let Some(n) = framework.node_index(code).filter(|n| *n > 0) {
            let n = &framework.nodes[n];
            (n.parent.unwrap_or(0), n.max)
        } else {
            return Err(format!(
                "{name}: row {row}: `{code}` is not a part of the framework"
            ));
        };
        // A question placed on an indicator is weighed by its pass-through part (level 1).
        let place = (1..hierarchy.levels.len() - 1)
            .chain([0])
            .find_map(|l| {
                hierarchy.levels[l]
                    .components
                    .iter()
                    .position(|c| c.code == code)
                    .map(|c| (l, c))
            })
            .ok_or_else(|| {
                format!("{name}: row {row}: `{code}` is not scored, so it has no weight")
            })?;
        weights[place.0][place.1] = child_weight(framework, parent, weight, max);
    }
    Ok(cyberindex_lab::pipeline::WeightSheet {
        expert: name.to_string(),
        weights,
    })
}

fn kind(a: &Assumption) -> &'static str {
    match a {
        Assumption::Weights { .. } => "weights",
        Assumption::Aggregation { .. } => "aggregation",
        Assumption::Normalisation { .. } => "normalisation",
        Assumption::Imputation { .. } => "imputation",
        Assumption::Exclude { .. } => "exclude",
        Assumption::Tiers { .. } => "tiers",
    }
}

/// One unit's robustness.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitRobustness {
    pub unit: String,
    pub nominal_rank: Option<u32>,
    pub median_rank: f64,
    pub rank_p05: f64,
    pub rank_p95: f64,
    /// Probability of each tier, by tier id, highest tier first.
    pub tiers: Vec<(String, f64)>,
}

/// One assumption's sensitivity indices on the mean absolute rank shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InputSensitivity {
    pub input: String,
    pub first_order: cyberindex_lab::sensitivity::Estimate,
    pub total: cyberindex_lab::sensitivity::Estimate,
}

/// What [`analyse`] reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// `cyberindex/analysis/1`.
    pub schema: String,
    pub framework: String,
    pub settings: Settings,
    pub assumptions: Vec<String>,
    pub notes: Vec<String>,
    pub units: Vec<UnitRobustness>,
    /// Share of ranked units whose nominal rank is within ±3 of their median rank.
    pub share_within_3: f64,
    /// Mean over units and runs of |rank − nominal rank|.
    pub mean_abs_rank_shift: f64,
    /// Sensitivity of the mean absolute rank shift to each assumption (empty when skipped).
    pub sensitivity: Vec<InputSensitivity>,
    /// Whether every sensitivity interval is narrower than 0.1.
    pub converged: bool,
    /// The coherence checks, when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coherence: Option<CoherenceReport>,
    /// The nominal rebuild's weights: each expert's sheet, the combined weights per level and
    /// the effective weight of each question in the index.
    pub weights: cyberindex_lab::pipeline::WeightReport,
    /// Every value the nominal method imputed (unit and question by index).
    pub imputations: Vec<cyberindex_lab::pipeline::ImputationRecord>,
    /// Every outlier treatment of the nominal method.
    pub outliers: Vec<cyberindex_lab::pipeline::OutlierRecord>,
    #[serde(skip)]
    pub uncertainty: Option<UncertaintyReport>,
    /// Sensitivity indices of each unit's rank (units in the order of `units`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_sensitivity: Option<IndexSensitivity>,
}

/// The schema id of [`Analysis`].
pub const SCHEMA: &str = "cyberindex/analysis/1";

/// Runs the analysis in the current rayon pool. `progress` is told each step as it starts.
pub fn analyse(
    model: &Model,
    spec: &UncertaintySpec,
    labels: &[String],
    settings: &Settings,
    checks: bool,
    progress: &dyn Fn(&str),
) -> Result<Analysis, LabError> {
    progress("rebuild");
    let nominal = pipeline::rebuild(&model.dataset, &model.hierarchy, &model.method)?;
    let coherence = if checks {
        progress("coherence");
        Some(coherence(
            &model.dataset,
            &model.hierarchy,
            &nominal,
            &CoherenceSettings::default(),
        )?)
    } else {
        None
    };
    progress("uncertainty");
    let mc = monte_carlo(
        &model.dataset,
        &model.hierarchy,
        &model.method,
        spec,
        &McSettings {
            runs: settings.runs,
            seed: settings.seed,
            chunk_size: 64,
        },
    )?;
    let (sensitivity, converged, per_unit) = if settings.sensitivity_samples > 0 {
        progress("sensitivity");
        let s = index_sensitivity(
            &model.dataset,
            &model.hierarchy,
            &model.method,
            spec,
            UnitOutput::Rank,
            &SobolSettings {
                n: settings.sensitivity_samples,
                seed: settings.seed,
                bootstrap: settings.bootstrap,
                ..SobolSettings::default()
            },
        )?;
        let summary = &s.mean_abs_rank_shift;
        let rows = labels
            .iter()
            .enumerate()
            .map(|(i, label)| InputSensitivity {
                input: label.clone(),
                first_order: summary.first_order[i],
                total: summary.total[i],
            })
            .collect();
        (rows, summary.converged, Some(s))
    } else {
        (Vec::new(), true, None)
    };
    Ok(Analysis {
        schema: SCHEMA.into(),
        framework: String::new(),
        settings: *settings,
        assumptions: labels.to_vec(),
        notes: model.notes.clone(),
        units: mc
            .units
            .iter()
            .map(|u| UnitRobustness {
                unit: u.unit.clone(),
                nominal_rank: u.nominal_rank,
                median_rank: u.median_rank,
                rank_p05: u.rank_p05,
                rank_p95: u.rank_p95,
                tiers: model
                    .tier_ids
                    .iter()
                    .cloned()
                    .zip(u.tier_probabilities.iter().copied())
                    .collect(),
            })
            .collect(),
        share_within_3: mc.share_within_3,
        mean_abs_rank_shift: mc.mean_abs_rank_shift,
        sensitivity,
        converged,
        coherence,
        weights: nominal.weights.clone(),
        imputations: nominal.imputations.clone(),
        outliers: nominal.outliers.clone(),
        uncertainty: Some(mc),
        per_unit_sensitivity: per_unit,
    })
}

/// Labels of a spec's assumptions, for people.
pub fn labels(spec: &Spec) -> Vec<String> {
    spec.assumptions
        .iter()
        .map(|a| match a {
            Assumption::Weights { level, noise } => {
                format!("{} weights ±{:.0} %", LEVELS[level.index()], noise * 100.0)
            }
            Assumption::Aggregation { level, options } => format!(
                "{} aggregation ({})",
                LEVELS[level.index()],
                options
                    .iter()
                    .map(aggregation_name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Assumption::Normalisation { options } => format!(
                "normalisation ({})",
                options
                    .iter()
                    .map(normalisation_name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Assumption::Imputation { options } => format!(
                "imputation ({})",
                options
                    .iter()
                    .map(|i| i.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Assumption::Exclude { questions } => {
                format!("one of {} questions left out", questions.len())
            }
            Assumption::Tiers { options } => format!("tier thresholds ({} options)", options.len()),
        })
        .collect()
}

fn aggregation_name(a: &pipeline::Aggregation) -> String {
    match a {
        pipeline::Aggregation::Arithmetic => "arithmetic".into(),
        pipeline::Aggregation::Geometric { .. } => "geometric".into(),
        pipeline::Aggregation::Harmonic { .. } => "harmonic".into(),
        pipeline::Aggregation::Power { p, .. } => format!("power {p}"),
    }
}

fn normalisation_name(n: &Normalisation) -> String {
    match n {
        Normalisation::None => "none".into(),
        Normalisation::MinMax { .. } => "min-max".into(),
        Normalisation::ZScore { .. } => "z-score".into(),
        Normalisation::Goalposts { low, high, .. } => format!("goalposts {low}–{high}"),
        Normalisation::Rank => "rank".into(),
        Normalisation::PercentileRank => "percentile rank".into(),
    }
}
