//! The fully resolved framework as a document (`cyberindex framework show --json`): every node and
//! question with ids instead of indices, defaults filled in, and the formulas spelled out, so that
//! anyone with a spreadsheet can recompute a score. Its JSON Schema is `docs/framework.schema.json`.

use cyberindex_engine::model::{
    Aggregation, AnswerLimits, AnswerOption, Child, Framework, Level, MissingPolicy, NodeKind,
    NumberScale, QuestionType, Texts, Tier, UnitKind,
};
use cyberindex_engine::profile::Profile;
use schemars::JsonSchema;
use serde::Serialize;

/// The schema id written in every resolved document; bump it when the layout changes.
pub const SCHEMA: &str = "cyberindex/framework/1";

/// A resolved framework.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ResolvedFramework {
    /// Always `cyberindex/framework/1` for this layout.
    pub schema: String,
    pub id: String,
    pub version: String,
    pub label: Texts,
    pub description: Texts,
    pub notes: Texts,
    /// Maximum of the overall score.
    pub max: f64,
    pub missing: MissingRule,
    /// Decimals of reported scores; tiers and ranks use the overall score rounded to them.
    pub precision: u8,
    pub units: UnitKind,
    pub tiers: Vec<Tier>,
    /// How a unit's tier is chosen.
    pub tier_rule: String,
    pub levels: Vec<Level>,
    /// The formulas each aggregation rule applies.
    pub formulas: Formulas,
    /// Every node in pre-order; the first is the framework itself.
    pub nodes: Vec<ResolvedNode>,
    /// Every question in file order.
    pub questions: Vec<ResolvedQuestion>,
    /// Threshold profiles: tiers defined by a minimum per parameter (question), scored apart from
    /// the tree (see `formulas.profile`). Empty when the framework declares none.
    pub profiles: Vec<Profile>,
}

/// The missing-answer policy and what it means.
#[derive(Debug, Serialize, JsonSchema)]
pub struct MissingRule {
    pub policy: MissingPolicy,
    pub meaning: String,
}

/// The aggregation formulas, in words.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Formulas {
    #[serde(rename = "weighted-sum")]
    pub weighted_sum: String,
    #[serde(rename = "weighted-mean")]
    pub weighted_mean: String,
    #[serde(rename = "maturity-gated")]
    pub maturity_gated: String,
    pub question: String,
    pub relevance: String,
    pub profile: String,
}

/// A node (framework, pillar, indicator, sub-indicator).
#[derive(Debug, Serialize, JsonSchema)]
pub struct ResolvedNode {
    pub id: String,
    pub kind: NodeKind,
    /// Id of the parent node; absent for the framework.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    pub label: Texts,
    #[serde(skip_serializing_if = "Texts::is_empty")]
    pub description: Texts,
    pub weight: f64,
    pub max: f64,
    pub aggregation: Aggregation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    /// Ids of child nodes and questions, in order.
    pub children: Vec<String>,
}

/// A question with everything needed to score it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ResolvedQuestion {
    pub id: String,
    pub parent: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub scored: bool,
    pub label: Texts,
    #[serde(skip_serializing_if = "Texts::is_empty")]
    pub guidance: Texts,
    #[serde(skip_serializing_if = "Texts::is_empty")]
    pub evidence: Texts,
    #[serde(skip_serializing_if = "Texts::is_empty")]
    pub action: Texts,
    pub evidence_required: bool,
    pub weight: f64,
    /// The most points an answer can earn.
    pub max_points: f64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<AnswerOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<NumberScale>,
    /// The relevance rule; absent when the question is always asked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    /// `min`, `max`, `integer`, `unit` (number questions) and `max_length` (text questions),
    /// when the framework sets them.
    #[serde(flatten)]
    pub limits: AnswerLimits,
}

/// Resolves a framework into its document form.
pub fn resolve(framework: &Framework) -> ResolvedFramework {
    let child_id = |c: &Child| match *c {
        Child::Node(n) => framework.nodes[n].id.clone(),
        Child::Question(q) => framework.questions[q].id.clone(),
    };
    ResolvedFramework {
        schema: SCHEMA.to_string(),
        id: framework.id.clone(),
        version: framework.version.clone(),
        label: framework.label.clone(),
        description: framework.description.clone(),
        notes: framework.notes.clone(),
        max: framework.root().max,
        missing: MissingRule {
            policy: framework.missing,
            meaning: match framework.missing {
                MissingPolicy::Zero => "An unanswered relevant scored question earns 0 points and still counts as possible points; it is reported as missing, never as an answer.",
                MissingPolicy::Exclude => "An unanswered relevant question leaves the calculation (neither earned nor possible points); it is reported as missing.",
            }
            .to_string(),
        },
        precision: framework.precision,
        units: framework.units,
        tiers: framework.tiers.clone(),
        tier_rule: format!(
            "A unit is in the first tier (from the top) whose min is less than or equal to its overall score rounded to {} decimals.",
            framework.precision
        ),
        levels: framework.levels.clone(),
        formulas: Formulas {
            weighted_sum: "score = max × Σ(weight × child score) / Σ(weight × child max), over the children that count".into(),
            weighted_mean: "score = max × Σ(weight × child score / child max) / Σ(weight), over the children that count".into(),
            maturity_gated: "level = the highest level L such that every counting child with level ≤ L has score ≥ met_at × its max; score = max × L / highest level".into(),
            question: "points = the chosen option's points (multiple choice: the sum, capped at max_points; number: share from the scale × max_points). A child counts unless it is not relevant, or missing under the exclude policy.".into(),
            relevance: "A question with a rule is asked only when the rule holds; a test on an unanswered or irrelevant question is false.".into(),
            profile: "A parameter's value is its chosen option's points (or the number answered); n/a when answered with an n/a option or not asked; missing when unanswered. A level holds when every parameter it names has value ≥ its minimum, or is n/a where the level allows n/a for it; missing meets no minimum. The level reached is the highest L such that levels 1 to L all hold; the blockers are the parameters that do not meet the next level's minimum.".into(),
        },
        nodes: framework
            .nodes
            .iter()
            .map(|n| ResolvedNode {
                id: n.id.clone(),
                kind: n.kind,
                parent: n.parent.map(|p| framework.nodes[p].id.clone()),
                label: n.label.clone(),
                description: n.description.clone(),
                weight: n.weight,
                max: n.max,
                aggregation: n.aggregation,
                level: n.level,
                children: n.children.iter().map(child_id).collect(),
            })
            .collect(),
        questions: framework
            .questions
            .iter()
            .map(|q| ResolvedQuestion {
                id: q.id.clone(),
                parent: framework.nodes[q.parent].id.clone(),
                kind: q.kind,
                scored: q.kind.is_scored(),
                label: q.label.clone(),
                guidance: q.guidance.clone(),
                evidence: q.evidence.clone(),
                action: q.action.clone(),
                evidence_required: q.evidence_required,
                weight: q.weight,
                max_points: q.max_points,
                options: q.options.clone(),
                scale: q.scale.clone(),
                relevant: q.relevant.clone(),
                level: q.level,
                limits: q.limits.clone(),
            })
            .collect(),
        profiles: framework.profiles.clone(),
    }
}

/// The JSON Schema of the resolved document.
pub fn schema() -> schemars::Schema {
    schemars::schema_for!(ResolvedFramework)
}
