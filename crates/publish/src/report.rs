//! Score output: the JSON report (every number explained down to each question's contribution),
//! the wide CSV and the terminal table, each with the units' threshold-profile results (level
//! reached, next level, blockers) when the framework has profiles.

use cyberindex_answers::cell::neutralise_all;
use cyberindex_answers::{AnswerFile, countries};
use std::collections::HashMap;

use cyberindex_engine::{
    Blocker, Framework, MissingPolicy, NodeKind, ParameterValue, ProfileResult, QuestionStatus,
    UnitKind, UnitProfiles, UnitResult, text,
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

/// The score report of a framework with profiles: each unit's report with its `profiles`. A
/// framework without profiles is reported as a plain [`ScoreReport`], byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfiledScoreReport {
    pub schema: String,
    pub framework: FrameworkRef,
    pub rows: usize,
    pub units: Vec<ProfiledUnitReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct ProfiledUnitReport {
    #[serde(flatten)]
    pub report: UnitReport,
    /// The unit's result against each profile, in the framework's profile order.
    pub profiles: Vec<ProfileReport>,
}

/// A unit's result against one threshold profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProfileReport {
    /// The profile id.
    pub profile: String,
    /// The highest level reached; null when not even the first holds.
    pub level: Option<String>,
    /// The next level; null when the highest is reached.
    pub next: Option<String>,
    /// The parameters below the next level's minimum, in framework order; empty when the highest
    /// level is reached.
    pub blockers: Vec<BlockerReport>,
}

/// A parameter that keeps a unit from the next level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BlockerReport {
    /// The parameter (question) id.
    pub parameter: String,
    /// Whether the parameter has a value, is not applicable, or is missing.
    pub status: ValueStatus,
    /// The current value on the parameter's scale; null when `n/a` or missing.
    pub value: Option<f64>,
    /// The minimum the next level requires.
    pub required: f64,
    /// Whether `n/a` would meet the minimum.
    pub allow_na: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ValueStatus {
    Answered,
    NotApplicable,
    Missing,
}

impl BlockerReport {
    fn new(b: &Blocker) -> Self {
        let (status, value) = match b.value {
            ParameterValue::Value(x) => (ValueStatus::Answered, Some(x)),
            ParameterValue::NotApplicable => (ValueStatus::NotApplicable, None),
            ParameterValue::Missing => (ValueStatus::Missing, None),
        };
        Self {
            parameter: b.parameter.clone(),
            status,
            value,
            required: b.required,
            allow_na: b.allow_na,
        }
    }
}

impl ProfileReport {
    pub fn new(r: &ProfileResult) -> Self {
        Self {
            profile: r.profile.clone(),
            level: r.level.clone(),
            next: r.next.clone(),
            blockers: r.blockers.iter().map(BlockerReport::new).collect(),
        }
    }
}

/// One blocker as text: the parameter, its current value (a number, `n/a` or `missing`) and the
/// minimum required, such as `O-1=3<4`, `O-6=n/a<3` or `P-2=missing<3`.
pub fn blocker_text(b: &Blocker) -> String {
    let value = match b.value {
        ParameterValue::Value(x) => x.to_string(),
        ParameterValue::NotApplicable => "n/a".into(),
        ParameterValue::Missing => "missing".into(),
    };
    format!("{}={value}<{}", b.parameter, b.required)
}

/// Whether there are profile results to report: the framework has profiles and they were assessed.
fn has_profiles(framework: &Framework, profiles: &[UnitProfiles]) -> bool {
    !framework.profiles.is_empty() && !profiles.is_empty()
}

/// Each unit's profile results by unit id.
fn by_unit(profiles: &[UnitProfiles]) -> HashMap<&str, &[ProfileResult]> {
    profiles
        .iter()
        .map(|u| (u.unit.as_str(), u.results.as_slice()))
        .collect()
}

/// The JSON report, with a `profiles` array per unit when `profiles` (from
/// [`cyberindex_engine::assess_all`]) is not empty; without profiles it is [`build`]'s
/// [`ScoreReport`], unchanged. Pretty-printed, with a final newline.
pub fn json(
    framework: &Framework,
    file: &AnswerFile,
    results: &[UnitResult],
    profiles: &[UnitProfiles],
) -> anyhow::Result<String> {
    let report = build(framework, file, results);
    let mut text = if !has_profiles(framework, profiles) {
        serde_json::to_string_pretty(&report)?
    } else {
        let by_unit = by_unit(profiles);
        serde_json::to_string_pretty(&ProfiledScoreReport {
            schema: report.schema,
            framework: report.framework,
            rows: report.rows,
            units: report
                .units
                .into_iter()
                .map(|u| ProfiledUnitReport {
                    profiles: by_unit
                        .get(u.unit.as_str())
                        .map_or_else(Vec::new, |rs| rs.iter().map(ProfileReport::new).collect()),
                    report: u,
                })
                .collect(),
        })?
    };
    text.push('\n');
    Ok(text)
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
    csv_with_profiles(framework, results, &[])
}

/// [`csv`] with three more columns per profile when `profiles` is not empty:
/// `PROFILE:level` (the level reached, empty when none), `PROFILE:next` (empty when the highest
/// is reached) and `PROFILE:blockers` (each as [`blocker_text`], joined by `;`).
pub fn csv_with_profiles(
    framework: &Framework,
    results: &[UnitResult],
    profiles: &[UnitProfiles],
) -> anyhow::Result<String> {
    let by_unit = by_unit(profiles);
    let profile_ids: Vec<&str> = if has_profiles(framework, profiles) {
        framework.profiles.iter().map(|p| p.id.as_str()).collect()
    } else {
        Vec::new()
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "rank", "unit", "name", "overall", "tier", "answered", "missing",
    ];
    header.extend(framework.nodes.iter().skip(1).map(|n| n.id.as_str()));
    let profile_columns: Vec<String> = profile_ids
        .iter()
        .flat_map(|id| ["level", "next", "blockers"].map(|c| format!("{id}:{c}")))
        .collect();
    header.extend(profile_columns.iter().map(String::as_str));
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
        if !profile_ids.is_empty() {
            let results = by_unit.get(r.unit.as_str()).copied().unwrap_or_default();
            for id in &profile_ids {
                match results.iter().find(|p| p.profile == *id) {
                    Some(p) => row.extend([
                        p.level.clone().unwrap_or_default(),
                        p.next.clone().unwrap_or_default(),
                        p.blockers
                            .iter()
                            .map(blocker_text)
                            .collect::<Vec<_>>()
                            .join(";"),
                    ]),
                    None => row.extend([String::new(), String::new(), String::new()]),
                }
            }
        }
        writer.write_record(neutralise_all(&row))?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// A table for the terminal: rank, unit, name, overall, tier, pillars, missing.
pub fn table(framework: &Framework, results: &[UnitResult], lang: &str) -> String {
    table_with_profiles(framework, results, &[], lang)
}

/// [`table`], followed when `profiles` is not empty by one table per profile: each unit's level
/// reached (`-` for none), next level (`-` when the highest is reached) and blockers (their number,
/// then each as [`blocker_text`]), then how many units reached each level.
pub fn table_with_profiles(
    framework: &Framework,
    results: &[UnitResult],
    profiles: &[UnitProfiles],
    lang: &str,
) -> String {
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
    if has_profiles(framework, profiles) {
        out.push_str(&profile_tables(framework, results, profiles, lang));
    }
    out
}

fn profile_tables(
    framework: &Framework,
    results: &[UnitResult],
    profiles: &[UnitProfiles],
    lang: &str,
) -> String {
    let by_unit = by_unit(profiles);
    let mut out = String::new();
    for profile in &framework.profiles {
        let found: Vec<(&str, Option<&ProfileResult>)> = results
            .iter()
            .map(|r| {
                let result = by_unit
                    .get(r.unit.as_str())
                    .and_then(|rs| rs.iter().find(|p| p.profile == profile.id));
                (r.unit.as_str(), result)
            })
            .collect();
        let mut rows: Vec<[String; 4]> = vec![[
            "unit".into(),
            "level".into(),
            "next".into(),
            "blockers".into(),
        ]];
        for (unit, result) in &found {
            let dash = |x: Option<&String>| x.cloned().unwrap_or_else(|| "-".into());
            rows.push(match result {
                Some(p) if p.blockers.is_empty() => [
                    unit.to_string(),
                    dash(p.level.as_ref()),
                    dash(p.next.as_ref()),
                    "0".into(),
                ],
                Some(p) => [
                    unit.to_string(),
                    dash(p.level.as_ref()),
                    dash(p.next.as_ref()),
                    format!(
                        "{}: {}",
                        p.blockers.len(),
                        p.blockers
                            .iter()
                            .map(blocker_text)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ],
                None => [unit.to_string(), "-".into(), "-".into(), "-".into()],
            });
        }
        let widths: Vec<usize> = (0..4)
            .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        out.push_str(&format!(
            "\nProfile {}: {}. Levels: {}\n",
            profile.id,
            text(&profile.label, lang),
            profile
                .levels
                .iter()
                .map(|l| l.id.as_str())
                .collect::<Vec<_>>()
                .join(" < ")
        ));
        for row in &rows {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, cell)| format!("{cell}{}", " ".repeat(widths[c] - cell.chars().count())))
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        let reached = |level: Option<&str>| {
            found
                .iter()
                .filter(|(_, r)| r.is_some_and(|r| r.level.as_deref() == level))
                .count()
        };
        let mut counts: Vec<String> = profile
            .levels
            .iter()
            .rev()
            .map(|l| format!("{} {}", l.id, reached(Some(&l.id))))
            .collect();
        counts.push(format!("none {}", reached(None)));
        out.push_str(&format!("Reached: {}\n", counts.join("; ")));
    }
    out
}
