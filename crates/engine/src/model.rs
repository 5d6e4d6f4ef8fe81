//! The framework model: a tree of nodes (framework → pillars → indicators → sub-indicators) whose
//! leaves are questions, plus tiers, maturity levels and the missing-answer policy.
//!
//! A [`Framework`] is built by a reader (the TOML reader in `cyberindex-framework`) that has
//! already checked it. The engine relies on the invariants listed on [`Framework`]; it never reads
//! files itself.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::rule::Rule;

/// Texts keyed by language code (`en`, `fr`, `es`, `ar`, `zh`, `ru`). English is always present on
/// labels.
pub type Texts = BTreeMap<String, String>;

/// The six UN languages, in the order the UN uses for language switchers.
pub const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// A complete, checked framework.
///
/// Invariants (established by the reader, relied on by the scorer):
/// - `nodes[0]` is the root (the framework itself) and nodes are stored in pre-order, so every
///   child has a larger index than its parent;
/// - every weight is finite and > 0; every scored question has a maximum > 0;
/// - `tiers` are ordered by strictly decreasing `min` and the last has `min = 0`;
/// - `relevance_order` lists every question once, each after all questions its rule reads;
/// - rules name only questions that exist, by index, with option indices valid for them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Framework {
    /// Framework id, e.g. `gca-national-index`.
    pub id: String,
    /// Framework version, e.g. `1.0.0`.
    pub version: String,
    pub label: Texts,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: Texts,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: Texts,
    /// How unanswered scored questions are treated.
    pub missing: MissingPolicy,
    /// Decimals shown; tiers and ranks use the overall score rounded to this many decimals.
    pub precision: u8,
    /// What the units scored with this framework are.
    pub units: UnitKind,
    /// Tiers from the highest to the lowest.
    pub tiers: Vec<Tier>,
    /// Maturity levels, from the lowest to the highest (only used by maturity-gated nodes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<Level>,
    /// All nodes in pre-order; `nodes[0]` is the framework root.
    pub nodes: Vec<Node>,
    /// All questions, in file order.
    pub questions: Vec<Question>,
    /// Threshold profiles (tiers of per-question minimums), each scored separately from the
    /// tree; see [`crate::profile`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<crate::profile::Profile>,
    /// Question indices in an order where each question comes after those its rule reads.
    #[serde(skip)]
    pub relevance_order: Vec<usize>,
}

/// What happens to a scored question that has no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum MissingPolicy {
    /// Counts as 0 points toward the score, and is reported as missing.
    Zero,
    /// Leaves the calculation (neither earned nor possible points), and is reported as missing.
    Exclude,
}

/// What the scored units are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    /// ISO 3166-1 alpha-3 country codes from the country master list.
    Country,
    /// Any identifier (organisations, teams).
    Any,
}

/// An ordered threshold on the overall score: a unit belongs to the first tier whose `min` is ≤
/// its rounded overall score.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Tier {
    pub id: String,
    pub label: Texts,
    pub min: f64,
}

/// A maturity level used by maturity-gated nodes.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Level {
    pub number: u32,
    pub label: Texts,
}

/// What a node is in the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    Framework,
    Pillar,
    Indicator,
    SubIndicator,
}

/// How a node combines its children into its score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "rule")]
pub enum Aggregation {
    /// `max × Σ wᵢcᵢ / Σ wᵢmᵢ`: the weighted sum of points scaled to the node's maximum.
    WeightedSum,
    /// `max × Σ wᵢ(cᵢ/mᵢ) / Σ wᵢ`: the weighted mean of the children's shares.
    WeightedMean,
    /// The highest level L such that every child of level ≤ L has a share ≥ `met_at`;
    /// score `max × L / highest level`.
    MaturityGated { met_at: f64 },
}

/// A reference to a child of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "index")]
pub enum Child {
    Node(usize),
    Question(usize),
}

/// A framework, pillar, indicator or sub-indicator.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub label: Texts,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub description: Texts,
    /// Index of the parent node (`None` for the root).
    pub parent: Option<usize>,
    pub weight: f64,
    pub max: f64,
    pub aggregation: Aggregation,
    /// Maturity level, when the parent is maturity-gated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    #[serde(skip)]
    pub children: Vec<Child>,
}

/// The answer type of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionType {
    ThreeState,
    YesNo,
    SingleChoice,
    MultipleChoice,
    Number,
    Text,
    Url,
    Date,
}

impl QuestionType {
    /// Whether answers of this type earn points.
    pub fn is_scored(self) -> bool {
        !matches!(self, Self::Text | Self::Url | Self::Date)
    }

    /// Whether answers are option ids.
    pub fn has_options(self) -> bool {
        matches!(
            self,
            Self::ThreeState | Self::YesNo | Self::SingleChoice | Self::MultipleChoice
        )
    }

    /// The spelling used in framework files and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ThreeState => "three-state",
            Self::YesNo => "yes-no",
            Self::SingleChoice => "single-choice",
            Self::MultipleChoice => "multiple-choice",
            Self::Number => "number",
            Self::Text => "text",
            Self::Url => "url",
            Self::Date => "date",
        }
    }
}

/// One answer option with the points it earns.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AnswerOption {
    pub id: String,
    pub points: f64,
    pub label: Texts,
    /// Choosing this option means "not applicable" (`n/a`): the question is answered but leaves
    /// the calculation, as an irrelevant question does, and threshold profiles see it as `n/a`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub not_applicable: bool,
}

/// How a number answer becomes a share of the question's points.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "method")]
pub enum NumberScale {
    /// Linear between `low` (share 0) and `high` (share 1), clamped; `low > high` means lower is
    /// better.
    Goalposts { low: f64, high: f64 },
    /// The share of the highest threshold reached (`value ≥ threshold`), 0 below the first.
    /// Thresholds ascend.
    Steps { steps: Vec<(f64, f64)> },
}

impl NumberScale {
    /// The share (0 to 1) a number earns.
    pub fn share(&self, x: f64) -> f64 {
        match self {
            Self::Goalposts { low, high } => ((x - low) / (high - low)).clamp(0.0, 1.0),
            Self::Steps { steps } => steps
                .iter()
                .rev()
                .find(|(threshold, _)| x >= *threshold)
                .map_or(0.0, |(_, share)| *share),
        }
    }
}

/// A question: a leaf of the tree.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Question {
    pub id: String,
    /// Index of the parent node.
    pub parent: usize,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub label: Texts,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub guidance: Texts,
    /// What evidence is expected.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: Texts,
    /// The recommendation, written as an action, for units that do not fully have the measure.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub action: Texts,
    pub evidence_required: bool,
    /// Weight within the parent (0 for unscored questions).
    pub weight: f64,
    /// The most points an answer can earn (0 for unscored questions).
    pub max_points: f64,
    /// Options with their points (choice types, including the built-in three-state and yes-no
    /// options).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<AnswerOption>,
    /// For number questions: the points for a full share.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<NumberScale>,
    /// The relevance rule, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    #[serde(skip)]
    pub rule: Option<Rule>,
    /// Maturity level, when the parent is maturity-gated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    /// What an answer may be beyond its type: a number's range, whether it is whole, its unit;
    /// a text's length.
    #[serde(flatten)]
    pub limits: AnswerLimits,
}

/// What an answer may be beyond its type. Set in the framework file (`min`, `max`, `integer`,
/// `unit` on number questions; `max_length` on text questions), checked when an answer is saved
/// or imported, and shown beside the input. Scoring does not use them: a scale still decides the
/// points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct AnswerLimits {
    /// The smallest number accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The largest number accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Only whole numbers are accepted (counts).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub integer: bool,
    /// What the number counts or measures, by language (such as "teams" or "per million
    /// inhabitants").
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub unit: Texts,
    /// The most characters a text answer may have.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
}

/// Why a value breaks its question's [`AnswerLimits`].
#[derive(Debug, Clone, PartialEq)]
pub enum LimitBreach {
    /// Below `min`.
    Below(f64),
    /// Above `max`.
    Above(f64),
    /// Not a whole number, and the question takes whole numbers.
    NotWhole,
    /// Longer than `max_length` (the text's length, the limit).
    TooLong(usize, u32),
}

impl AnswerLimits {
    /// Whether the number `x` fits; the first limit it breaks, else `None`.
    pub fn check_number(&self, x: f64) -> Option<LimitBreach> {
        if self.integer && x.fract() != 0.0 {
            return Some(LimitBreach::NotWhole);
        }
        if let Some(min) = self.min.filter(|min| x < *min) {
            return Some(LimitBreach::Below(min));
        }
        if let Some(max) = self.max.filter(|max| x > *max) {
            return Some(LimitBreach::Above(max));
        }
        None
    }

    /// Whether the text `text` fits its length limit.
    pub fn check_text(&self, text: &str) -> Option<LimitBreach> {
        let max = self.max_length?;
        // Counting stops past the limit, so a huge text costs no more than a long one.
        let length = text.chars().take(max as usize + 1).count();
        (length > max as usize).then(|| LimitBreach::TooLong(text.chars().count(), max))
    }
}

impl Question {
    /// Index of the option with this id.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}

/// A text in a language, falling back to English, then to nothing.
pub fn text<'a>(texts: &'a Texts, lang: &str) -> &'a str {
    texts
        .get(lang)
        .or_else(|| texts.get("en"))
        .map_or("", String::as_str)
}

impl Framework {
    /// The root node.
    pub fn root(&self) -> &Node {
        &self.nodes[0]
    }

    /// Pillars: the root's node children, in order.
    pub fn pillars(&self) -> impl Iterator<Item = (usize, &Node)> {
        self.nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.kind == NodeKind::Pillar)
    }

    /// The pillar a node belongs to (the node itself for a pillar; 0 for the root).
    pub fn pillar_of(&self, mut node: usize) -> usize {
        while let Some(parent) = self.nodes[node].parent {
            if parent == 0 {
                return node;
            }
            node = parent;
        }
        node
    }

    /// Index of the question with this id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// Index of the node with this id.
    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    /// The tier of an overall score, already rounded to `precision`.
    pub fn tier_of(&self, rounded_score: f64) -> Option<&Tier> {
        self.tiers.iter().find(|t| rounded_score >= t.min)
    }

    /// Rounds a score to the framework's precision (half away from zero).
    pub fn round(&self, x: f64) -> f64 {
        let factor = 10f64.powi(i32::from(self.precision));
        (x * factor).round() / factor
    }

    /// Whether the pillar scores add up to the overall score: a weighted sum over pillars of equal
    /// weight whose maxima add up to the overall maximum.
    pub fn pillars_sum_to_overall(&self) -> bool {
        let root = self.root();
        let pillars: Vec<&Node> = self.pillars().map(|(_, n)| n).collect();
        let first_weight = pillars.first().map_or(1.0, |p| p.weight);
        root.aggregation == Aggregation::WeightedSum
            && pillars.iter().all(|p| p.weight == first_weight)
            && (pillars.iter().map(|p| p.max).sum::<f64>() - root.max).abs() < 1e-9
            && root
                .children
                .iter()
                .all(|c| matches!(c, Child::Node(i) if self.nodes[*i].kind == NodeKind::Pillar))
    }
}
