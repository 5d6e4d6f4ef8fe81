//! A publication ready to show: the frozen framework, results and answers, with the statistics the
//! public pages need (averages by region and group, tier distribution, areas of strength and of
//! potential growth) and computed recommendations.
//!
//! Everything here is derived from the frozen inputs and is deterministic: the pages, the static
//! export and the API show the same numbers.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use cyberindex_answers::AnswerFile;
use cyberindex_engine::{Framework, NodeKind, QuestionStatus, QuestionType, Value, score_unit};

use crate::analysis::{self, Analysis, Spec};
use crate::results::{PublicEvidence, PublishedUnit, Results, read_answers};

/// Runs and samples of the robustness shown with a publication: enough for stable rank intervals
/// and sensitivity indices, small enough to compute when a publication is first shown.
pub const ROBUSTNESS_SETTINGS: analysis::Settings = analysis::Settings {
    runs: 2000,
    seed: 2026,
    sensitivity_samples: 256,
    bootstrap: 100,
};

/// A loaded publication.
#[derive(Debug)]
pub struct Site {
    pub framework: Framework,
    pub results: Results,
    pub answers: AnswerFile,
    pub answers_csv: String,
    pub framework_source: String,
    by_unit: HashMap<String, usize>,
    robustness: OnceLock<Result<Analysis, String>>,
    /// Open-data files rendered so far (a publication never changes, so each is made once).
    files: Mutex<HashMap<&'static str, Arc<[u8]>>>,
}

/// The mean of the values present, with how many there were.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mean {
    pub n: usize,
    pub value: Option<f64>,
}

impl Mean {
    pub fn of(values: impl Iterator<Item = Option<f64>>) -> Self {
        let (n, sum) = values
            .flatten()
            .fold((0usize, 0.0), |(n, s), v| (n + 1, s + v));
        Self {
            n,
            value: (n > 0).then(|| sum / n as f64),
        }
    }
}

/// A group of units (a region, or LDC/SIDS/LLDC) and its average overall score.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMean {
    /// The region name as in the master list, or `ldc`, `sids`, `lldc`.
    pub key: String,
    pub mean: Mean,
}

/// An indicator where a unit stands apart from the world average.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    /// Framework node index.
    pub node: usize,
    /// The unit's share of the indicator's maximum (0 to 1).
    pub share: f64,
    /// The world's average share.
    pub world: f64,
}

/// Why a peer is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerReason {
    SameRegion,
    NextTier,
}

/// A country that has a measure in place, to learn from.
#[derive(Debug, Clone, PartialEq)]
pub struct Peer<'a> {
    pub unit: &'a str,
    pub reason: PeerReason,
    pub evidence: Vec<&'a PublicEvidence>,
}

/// A measure a unit does not (fully) have in place, with what it would add to the score.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation<'a> {
    /// Question index.
    pub question: usize,
    pub points: f64,
    pub max_points: f64,
    /// Points the overall score would gain with the measure fully in place, all else equal.
    pub gain: f64,
    pub peers: Vec<Peer<'a>>,
}

/// A score as every page and report shows it: the framework's precision, or "–" when there is
/// none.
pub fn score_text(site: &Site, x: Option<f64>) -> String {
    x.map_or_else(
        || "–".to_string(),
        |v| format!("{v:.*}", usize::from(site.framework.precision)),
    )
}

/// The message key of a region or group name from the master list (`region-africa`,
/// `region-ldc`, …), which the pages and reports translate.
pub fn region_key(name: &str) -> String {
    format!(
        "region-{}",
        name.to_ascii_lowercase().replace([' ', '_'], "-")
    )
}

/// How many peers a recommendation names.
pub const PEERS_PER_MEASURE: usize = 3;

/// The groups reported beside regions.
pub const GROUPS: [&str; 3] = ["ldc", "sids", "lldc"];

/// Shares further than this from the world average count as a strength or an area of growth.
const AREA_MARGIN: f64 = 0.05;

impl Site {
    /// Loads a publication from its frozen parts.
    pub fn load(
        framework_source: &str,
        results_json: &str,
        answers_csv: &str,
    ) -> anyhow::Result<Self> {
        let framework = cyberindex_framework::read(framework_source).map_err(|d| {
            anyhow::anyhow!(
                "{}",
                cyberindex_framework::render("framework.toml", framework_source, &d)
            )
        })?;
        let results: Results = serde_json::from_str(results_json)?;
        let answers = read_answers(&framework, answers_csv).map_err(|errors| {
            anyhow::anyhow!(
                "published answers unreadable: {}",
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        })?;
        let by_unit = results
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.report.unit.clone(), i))
            .collect();
        Ok(Self {
            framework,
            results,
            answers,
            answers_csv: answers_csv.to_string(),
            framework_source: framework_source.to_string(),
            by_unit,
            robustness: OnceLock::new(),
            files: Mutex::default(),
        })
    }

    pub fn unit(&self, id: &str) -> Option<&PublishedUnit> {
        self.by_unit.get(id).map(|i| &self.results.units[*i])
    }

    /// Units with an overall score.
    pub fn ranked(&self) -> usize {
        self.results
            .units
            .iter()
            .filter(|u| u.report.overall.is_some())
            .count()
    }

    /// Framework indices of the pillars.
    pub fn pillars(&self) -> Vec<usize> {
        self.framework.pillars().map(|(i, _)| i).collect()
    }

    /// A unit's score on a framework node (0 is the overall score).
    pub fn score(&self, unit: &PublishedUnit, node: usize) -> Option<f64> {
        if node == 0 {
            unit.report.overall
        } else {
            unit.report.nodes[node - 1].score
        }
    }

    /// The average overall score of the units `keep` selects.
    pub fn mean_where(&self, node: usize, keep: impl Fn(&PublishedUnit) -> bool) -> Mean {
        Mean::of(
            self.results
                .units
                .iter()
                .filter(|u| keep(u))
                .map(|u| self.score(u, node)),
        )
    }

    /// How many units each tier holds, highest tier first.
    pub fn tier_counts(&self) -> Vec<usize> {
        self.results
            .tiers
            .iter()
            .map(|t| {
                self.results
                    .units
                    .iter()
                    .filter(|u| u.report.tier.as_deref() == Some(&t.id))
                    .count()
            })
            .collect()
    }

    /// The index of a unit's tier.
    pub fn tier_index(&self, unit: &PublishedUnit) -> Option<usize> {
        unit.report
            .tier
            .as_ref()
            .and_then(|t| self.results.tiers.iter().position(|x| &x.id == t))
    }

    /// Average overall scores by a region field, in name order.
    pub fn by_region(&self, field: impl Fn(&PublishedUnit) -> Option<String>) -> Vec<GroupMean> {
        let mut keys: Vec<String> = self.results.units.iter().filter_map(&field).collect();
        keys.sort();
        keys.dedup();
        keys.into_iter()
            .map(|key| GroupMean {
                mean: self.mean_where(0, |u| field(u).as_deref() == Some(&key)),
                key,
            })
            .collect()
    }

    pub fn by_itu_region(&self) -> Vec<GroupMean> {
        self.by_region(|u| u.groups.as_ref().map(|g| g.itu_region.clone()))
    }

    pub fn by_m49_region(&self) -> Vec<GroupMean> {
        self.by_region(|u| u.groups.as_ref().map(|g| g.m49_region.clone()))
    }

    /// Average overall scores of the LDC, SIDS and LLDC groups.
    pub fn by_group(&self) -> Vec<GroupMean> {
        GROUPS
            .iter()
            .map(|key| GroupMean {
                key: key.to_string(),
                mean: self.mean_where(0, |u| in_group(u, key)),
            })
            .collect()
    }

    /// Average pillar scores of the units `keep` selects, in pillar order.
    pub fn pillar_means(&self, keep: impl Fn(&PublishedUnit) -> bool) -> Vec<Option<f64>> {
        self.pillars()
            .into_iter()
            .map(|p| self.mean_where(p, &keep).value)
            .collect()
    }

    /// The average pillar scores of the unit's ITU region and of the world, in pillar order:
    /// what a profile compares the unit with (its page, its charts and its PDF). The region's
    /// are all `None` for a unit without a region.
    pub fn pillar_means_around(
        &self,
        unit: &PublishedUnit,
    ) -> (Vec<Option<f64>>, Vec<Option<f64>>) {
        let region = unit.groups.as_ref().map(|g| g.itu_region.as_str());
        let region_means = self.pillar_means(|u| {
            region.is_some() && u.groups.as_ref().map(|g| g.itu_region.as_str()) == region
        });
        (region_means, self.pillar_means(|_| true))
    }

    /// Indicators where the unit's share of the maximum is furthest above (strengths) and below
    /// (areas of potential growth) the world's average share: up to `limit` of each, largest gap
    /// first, only gaps beyond 5 points of share.
    pub fn areas(&self, unit: &PublishedUnit, limit: usize) -> (Vec<Area>, Vec<Area>) {
        let mut all: Vec<Area> = self
            .framework
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.kind == NodeKind::Indicator && n.max > 0.0)
            .filter_map(|(i, n)| {
                let share = self.score(unit, i)? / n.max;
                let world = self.mean_where(i, |_| true).value? / n.max;
                Some(Area {
                    node: i,
                    share,
                    world,
                })
            })
            .collect();
        all.sort_by(|a, b| {
            (b.share - b.world)
                .total_cmp(&(a.share - a.world))
                .then(a.node.cmp(&b.node))
        });
        let strengths = all
            .iter()
            .filter(|a| a.share - a.world > AREA_MARGIN)
            .take(limit)
            .copied()
            .collect();
        let growth = all
            .iter()
            .rev()
            .filter(|a| a.world - a.share > AREA_MARGIN)
            .take(limit)
            .copied()
            .collect();
        (strengths, growth)
    }

    /// The best answer a question can have, for "what if the measure were in place".
    fn best_value(&self, question: usize) -> Option<Value> {
        let q = &self.framework.questions[question];
        match q.kind {
            QuestionType::ThreeState | QuestionType::YesNo | QuestionType::SingleChoice => q
                .options
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.points.total_cmp(&b.1.points).then(b.0.cmp(&a.0)))
                .map(|(i, _)| Value::Choice(i as u32)),
            QuestionType::MultipleChoice => Some(Value::Choices(
                q.options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.points > 0.0)
                    .fold(0u64, |bits, (i, _)| bits | (1 << i)),
            )),
            QuestionType::Number => q.scale.as_ref().map(|s| match s {
                cyberindex_engine::NumberScale::Goalposts { high, .. } => Value::Number(*high),
                cyberindex_engine::NumberScale::Steps { steps } => {
                    Value::Number(steps.last().map_or(0.0, |s| s.0))
                }
            }),
            QuestionType::Text | QuestionType::Url | QuestionType::Date => None,
        }
    }

    fn values(&self, unit: &str) -> Option<&[Option<Value>]> {
        self.answers
            .units
            .binary_search_by(|u| u.unit.as_str().cmp(unit))
            .ok()
            .map(|i| self.answers.units[i].values.as_slice())
    }

    /// The measures a unit answered as not (fully) in place, ordered by what the overall score
    /// would gain with each fully in place (all else equal), largest first; at most `limit`.
    pub fn recommendations(&self, unit: &PublishedUnit, limit: usize) -> Vec<Recommendation<'_>> {
        let Some(values) = self.values(&unit.report.unit) else {
            return Vec::new();
        };
        let Some(current) = score_unit(&self.framework, values).overall() else {
            return Vec::new();
        };
        let mut out: Vec<Recommendation> = unit
            .report
            .questions
            .iter()
            .enumerate()
            .filter(|(_, q)| q.status == QuestionStatus::Answered && q.max_points > 0.0)
            .filter_map(|(i, q)| {
                let points = q.points?;
                if points >= q.max_points {
                    return None;
                }
                let best = self.best_value(i)?;
                let mut changed = values.to_vec();
                changed[i] = Some(best);
                let gain = score_unit(&self.framework, &changed).overall()? - current;
                (gain > 1e-9).then(|| Recommendation {
                    question: i,
                    points,
                    max_points: q.max_points,
                    gain,
                    peers: Vec::new(),
                })
            })
            .collect();
        out.sort_by(|a, b| b.gain.total_cmp(&a.gain).then(a.question.cmp(&b.question)));
        out.truncate(limit);
        for r in &mut out {
            r.peers = self.peers(unit, r.question, PEERS_PER_MEASURE);
        }
        out
    }

    /// Units with full points on a question, chosen for that question: first those of the unit's
    /// ITU region, then those of the next tier up; within each, those with public evidence for
    /// the question first, then those strongest in the question's indicator, then by overall
    /// score; at most `limit`.
    pub fn peers(&self, unit: &PublishedUnit, question: usize, limit: usize) -> Vec<Peer<'_>> {
        let region = unit.groups.as_ref().map(|g| g.itu_region.as_str());
        let next_tier = self
            .tier_index(unit)
            .and_then(|t| t.checked_sub(1))
            .map(|t| self.results.tiers[t].id.as_str());
        let indicator = self.framework.questions[question].parent;
        let question_id = &self.framework.questions[question].id;
        // The question's public evidence, read once (not once per candidate: a profile asks
        // for peers of up to ten measures among every published unit).
        let evidence_of_question: Vec<&PublicEvidence> = self
            .results
            .evidence
            .iter()
            .filter(|e| &e.question == question_id)
            .collect();
        let evidence = |u: &str| -> Vec<&PublicEvidence> {
            evidence_of_question
                .iter()
                .copied()
                .filter(|e| e.unit == u)
                .collect()
        };
        let mut candidates: Vec<(PeerReason, Peer<'_>, f64, f64)> = self
            .results
            .units
            .iter()
            .filter(|u| {
                u.report.unit != unit.report.unit
                    && u.report.questions[question]
                        .points
                        .is_some_and(|p| p >= u.report.questions[question].max_points)
            })
            .filter_map(|u| {
                let same_region =
                    region.is_some() && u.groups.as_ref().map(|g| g.itu_region.as_str()) == region;
                let reason = if same_region {
                    PeerReason::SameRegion
                } else if next_tier.is_some() && u.report.tier.as_deref() == next_tier {
                    PeerReason::NextTier
                } else {
                    return None;
                };
                let share = self.score(u, indicator).map_or(0.0, |s| {
                    s / self.framework.nodes[indicator].max.max(f64::MIN_POSITIVE)
                });
                let peer = Peer {
                    unit: &u.report.unit,
                    reason,
                    evidence: evidence(&u.report.unit),
                };
                Some((reason, peer, share, u.report.overall.unwrap_or(0.0)))
            })
            .collect();
        candidates.sort_by(|a, b| {
            (a.0 != PeerReason::SameRegion)
                .cmp(&(b.0 != PeerReason::SameRegion))
                .then(a.1.evidence.is_empty().cmp(&b.1.evidence.is_empty()))
                .then(b.2.total_cmp(&a.2))
                .then(b.3.total_cmp(&a.3))
                .then(a.1.unit.cmp(b.1.unit))
        });
        candidates
            .into_iter()
            .take(limit)
            .map(|(_, peer, _, _)| peer)
            .collect()
    }

    /// The spec the robustness analysis uses: the shipped one for the shipped framework, else
    /// the generic spec.
    pub fn spec(&self) -> Spec {
        let mut spec = analysis::default_spec(&self.framework);
        spec.settings = ROBUSTNESS_SETTINGS;
        spec
    }

    /// Whether [`Self::robustness`] has been computed (it is then free to read).
    pub fn robustness_computed(&self) -> bool {
        self.robustness.get().is_some()
    }

    /// How robust the ranks and tiers are to the spec's assumptions, computed once (in the
    /// current rayon pool) and kept: a publication never changes.
    pub fn robustness(&self) -> &Result<Analysis, String> {
        self.robustness.get_or_init(|| {
            let spec = self.spec();
            let (model, lab, labels) = spec.prepare(
                &self.framework,
                &self.answers,
                |unit| {
                    self.unit(unit)
                        .and_then(|u| u.groups.as_ref())
                        .map_or_else(String::new, |g| g.itu_region.clone())
                },
                None,
                None,
            )?;
            let mut result =
                analysis::analyse(&model, &lab, &labels, &spec.settings, false, &|_| {})
                    .map_err(|e| e.to_string())?;
            result.framework = format!("{} {}", self.framework.id, self.framework.version);
            Ok(result)
        })
    }

    /// An open-data file of this publication (`None` for a name that is not one), rendered on
    /// first use and kept.
    pub fn file(&self, name: &str) -> Option<anyhow::Result<Arc<[u8]>>> {
        let file = crate::opendata::file(name)?;
        if let Some(bytes) = self.files.lock().ok()?.get(file.name) {
            return Some(Ok(bytes.clone()));
        }
        let rendered = crate::opendata::render(
            file.name,
            &self.results,
            &self.answers_csv,
            &self.framework_source,
        )
        .map(Arc::<[u8]>::from);
        if let (Ok(bytes), Ok(mut files)) = (&rendered, self.files.lock()) {
            files.insert(file.name, bytes.clone());
        }
        Some(rendered)
    }

    /// Public evidence of a unit, in question order.
    pub fn evidence_of(&self, unit: &str) -> Vec<&PublicEvidence> {
        let mut list: Vec<&PublicEvidence> = self
            .results
            .evidence
            .iter()
            .filter(|e| e.unit == unit)
            .collect();
        list.sort_by_key(|e| (self.framework.question_index(&e.question), e.id));
        list
    }
}

/// Whether a unit belongs to `ldc`, `sids` or `lldc`.
pub fn in_group(unit: &PublishedUnit, key: &str) -> bool {
    unit.groups.as_ref().is_some_and(|g| match key {
        "ldc" => g.ldc,
        "sids" => g.sids,
        "lldc" => g.lldc,
        _ => false,
    })
}
