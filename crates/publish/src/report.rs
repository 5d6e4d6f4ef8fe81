//! Score output: the JSON report (every number explained down to each question's contribution),
//! the wide CSV and the terminal table.

use cyberindex_answers::cell::neutralise_all;
use cyberindex_answers::{AnswerFile, countries};
use cyberindex_engine::{
    Framework, MissingPolicy, NodeKind, QuestionStatus, UnitKind, UnitResult, text,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The schema id of the JSON report; bump it when the layout changes.
pub const SCHEMA: &str = "cyberindex/scores/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ScoreReport {
    pub schema: String,
    pub framework: FrameworkRef,
    /// Answer rows read and units scored.
    pub rows: usize,
    pub units: Vec<UnitReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct FrameworkRef {
    pub id: String,
    pub version: String,
    pub max: f64,
    pub precision: u8,
    pub missing: MissingPolicy,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct UnitReport {
    pub unit: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Standard competition rank on the rounded overall score; null when unscored.
    pub rank: Option<u32>,
    /// Overall score rounded to the framework's precision; null when nothing applies.
    pub overall: Option<f64>,
    pub tier: Option<String>,
    /// Relevant questions answered.
    pub answered: u32,
    /// Relevant questions not answered (never counted as "not in place" in these counts).
    pub missing: u32,
    /// Questions not asked because their relevance rule is false.
    pub not_relevant: u32,
    pub nodes: Vec<NodeReport>,
    pub questions: Vec<QuestionReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NodeReport {
    pub id: String,
    pub kind: NodeKind,
    /// Score to 6 decimals; null when nothing under the node applies.
    pub score: Option<f64>,
    pub max: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u32>,
    /// Points this node adds to the overall score; null under a maturity-gated node.
    pub contribution: Option<f64>,
    pub answered: u32,
    pub missing: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct QuestionReport {
    pub id: String,
    pub status: QuestionStatus,
    /// The value as written in the answer file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Points earned; null when the question does not count (unscored, not relevant, or missing
    /// under the exclude policy).
    pub points: Option<f64>,
    pub max_points: f64,
    pub weight: f64,
    /// Points this question adds to the overall score; the contributions of a unit add up to its
    /// overall score (except under maturity-gated nodes, where they are null).
    pub contribution: Option<f64>,
}

fn r6(x: f64) -> f64 {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 { 0.0 } else { r }
}

pub fn unit_name(framework: &Framework, unit: &str, lang: &str) -> Option<String> {
    (framework.units == UnitKind::Country)
        .then(|| countries::by_alpha3(unit).map(|c| c.name(lang).to_string()))
        .flatten()
}

pub fn build(framework: &Framework, file: &AnswerFile, results: &[UnitResult]) -> ScoreReport {
    ScoreReport {
        schema: SCHEMA.into(),
        framework: FrameworkRef {
            id: framework.id.clone(),
            version: framework.version.clone(),
            max: framework.root().max,
            precision: framework.precision,
            missing: framework.missing,
        },
        rows: file.rows,
        units: results
            .iter()
            .map(|r| {
                let s = &r.score;
                UnitReport {
                    unit: r.unit.clone(),
                    name: unit_name(framework, &r.unit, "en"),
                    rank: r.rank,
                    overall: r.overall,
                    tier: r.tier.map(|t| framework.tiers[t].id.clone()),
                    answered: s.nodes[0].answered,
                    missing: s.nodes[0].missing,
                    not_relevant: s
                        .questions
                        .iter()
                        .filter(|q| q.status == QuestionStatus::NotRelevant)
                        .count() as u32,
                    nodes: framework
                        .nodes
                        .iter()
                        .zip(&s.nodes)
                        .skip(1)
                        .map(|(n, ns)| NodeReport {
                            id: n.id.clone(),
                            kind: n.kind,
                            score: ns.score.map(r6),
                            max: n.max,
                            level: ns.level,
                            contribution: ns.contribution.map(r6),
                            answered: ns.answered,
                            missing: ns.missing,
                        })
                        .collect(),
                    questions: framework
                        .questions
                        .iter()
                        .enumerate()
                        .zip(&s.questions)
                        .map(|((i, q), qs)| QuestionReport {
                            id: q.id.clone(),
                            status: qs.status,
                            value: file
                                .raw_answer(&r.unit, i)
                                .map(|a| a.value.clone())
                                .filter(|v| !v.is_empty()),
                            points: qs.points.map(r6),
                            max_points: q.max_points,
                            weight: q.weight,
                            contribution: qs.contribution.map(r6),
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}

fn fixed(framework: &Framework, x: Option<f64>) -> String {
    x.map_or(String::new(), |v| {
        format!(
            "{:.*}",
            usize::from(framework.precision),
            framework.round(v)
        )
    })
}

/// Wide CSV: one row per unit, one column per node. A score that does not exist is empty, never 0.
/// Cells a spreadsheet would take for a formula are quoted (`cyberindex_answers::cell`).
pub fn csv(framework: &Framework, results: &[UnitResult]) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "rank", "unit", "name", "overall", "tier", "answered", "missing",
    ];
    header.extend(framework.nodes.iter().skip(1).map(|n| n.id.as_str()));
    writer.write_record(neutralise_all(&header))?;
    for r in results {
        let mut row = vec![
            r.rank.map_or(String::new(), |x| x.to_string()),
            r.unit.clone(),
            unit_name(framework, &r.unit, "en").unwrap_or_default(),
            fixed(framework, r.overall),
            r.tier
                .map_or(String::new(), |t| framework.tiers[t].id.clone()),
            r.score.nodes[0].answered.to_string(),
            r.score.nodes[0].missing.to_string(),
        ];
        row.extend(
            r.score
                .nodes
                .iter()
                .skip(1)
                .map(|n| fixed(framework, n.score)),
        );
        writer.write_record(neutralise_all(&row))?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// A table for the terminal: rank, unit, name, overall, tier, pillars, missing.
pub fn table(framework: &Framework, results: &[UnitResult], lang: &str) -> String {
    let pillars: Vec<(usize, &str)> = framework
        .pillars()
        .map(|(i, n)| (i, n.id.as_str()))
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec![
        "rank".to_string(),
        "unit".into(),
        "name".into(),
        "overall".into(),
        "tier".into(),
    ];
    header.extend(pillars.iter().map(|(_, id)| id.to_string()));
    header.push("missing".into());
    rows.push(header);
    for r in results {
        let name: String = unit_name(framework, &r.unit, lang)
            .unwrap_or_default()
            .chars()
            .take(28)
            .collect();
        let mut row = vec![
            r.rank.map_or("-".into(), |x| x.to_string()),
            r.unit.clone(),
            name,
            fixed(framework, r.overall),
            r.tier.map_or("-".into(), |t| framework.tiers[t].id.clone()),
        ];
        row.extend(
            pillars
                .iter()
                .map(|(i, _)| fixed(framework, r.score.nodes[*i].score)),
        );
        row.push(r.score.nodes[0].missing.to_string());
        rows.push(row);
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = widths[c] - cell.chars().count();
                if c == 1 || c == 2 || c == 4 {
                    format!("{cell}{}", " ".repeat(pad))
                } else {
                    format!("{}{cell}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    let tiers: Vec<String> = framework
        .tiers
        .iter()
        .map(|t| {
            format!(
                "{} {} (≥ {}): {}",
                t.id,
                text(&t.label, lang),
                t.min,
                results
                    .iter()
                    .filter(|r| r.tier.is_some_and(|x| framework.tiers[x].id == t.id))
                    .count()
            )
        })
        .collect();
    out.push_str(&format!(
        "\n{} units scored with {} {}. Tiers: {}\n",
        results.len(),
        framework.id,
        framework.version,
        tiers.join("; ")
    ));
    out
}
