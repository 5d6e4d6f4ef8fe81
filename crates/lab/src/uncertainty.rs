//! Uncertainty analysis: how much do ranks move when the methodological
//! choices move?
//!
//! An [`UncertaintySpec`] lists uncertain inputs. Each input is **one
//! dimension** `u ∈ [0, 1)` mapped to a choice:
//!
//! - [`UncertainInput::WeightNoise`]: weights multiplied by `1 + x·(2r − 1)`
//!   (uniform ±x). For a single component, `r = u`. For a whole level, the
//!   level's weights are treated as one *group* of factors: `u` seeds a small
//!   deterministic generator (SplitMix64 on the bits of `u`) that draws an
//!   independent `r` per weight, so the group can still be swapped as one
//!   column of a Saltelli design;
//! - [`UncertainInput::Normalisation`], [`UncertainInput::Aggregation`],
//!   [`UncertainInput::Imputation`], [`UncertainInput::TierThresholds`]:
//!   option `⌊u·k⌋` of `k` alternatives (applied to every indicator, or to the
//!   given level);
//! - [`UncertainInput::ExcludeIndicator`]: option `⌊u·(k+1)⌋`: 0 keeps all
//!   indicators, `j ≥ 1` excludes candidate `j − 1`.
//!
//! [`monte_carlo`] runs `N` seeded rebuilds. Runs are split into fixed-size
//! chunks; chunk `c` draws its points from its own `ChaCha8Rng` seeded from
//! `(seed, c)`, and chunks run in parallel with rayon, so the output is
//! identical at any thread count. Per unit it reports the nominal rank, the
//! median rank, the 5th–95th percentile rank interval (type-7 quantiles over
//! the runs) and the probability of each tier; overall, the share of units
//! whose nominal rank is within ±3 of their median rank and the mean absolute
//! rank shift from the nominal rank (over units and runs).

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Hierarchy};
use crate::pipeline::{self, Aggregation, Imputation, Method, Normalisation, Plan, Workspace};
use crate::stats;
use crate::{LabError, Result};

/// One uncertain methodological input (one dimension of the input space).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UncertainInput {
    /// Uniform ±`fraction` multiplicative noise on the weights of `level`
    /// (all its components as one group, or only `component`).
    WeightNoise {
        /// Hierarchy level whose weights are perturbed (0 = indicators).
        level: usize,
        /// One component only (`None` = every component of the level).
        component: Option<usize>,
        /// Relative half-width, e.g. 0.25 for ±25%.
        fraction: f64,
    },
    /// Alternative normalisations (applied to every indicator; directions kept).
    Normalisation {
        /// The alternatives.
        options: Vec<Normalisation>,
    },
    /// Alternative aggregations at one level (`None` = every level).
    Aggregation {
        /// Level produced by the aggregation (≥ 1), or all.
        level: Option<usize>,
        /// The alternatives.
        options: Vec<Aggregation>,
    },
    /// Alternative imputations (applied to every indicator).
    Imputation {
        /// The alternatives.
        options: Vec<Imputation>,
    },
    /// Keep every indicator, or exclude one of the candidates.
    ExcludeIndicator {
        /// Indicator indices that may be excluded.
        candidates: Vec<usize>,
    },
    /// Alternative descending tier thresholds (same length as the nominal).
    TierThresholds {
        /// The alternatives.
        options: Vec<Vec<f64>>,
    },
}

impl UncertainInput {
    /// Human-readable label.
    pub fn label(&self) -> String {
        match self {
            UncertainInput::WeightNoise {
                level,
                component: None,
                fraction,
            } => {
                format!("weights of level {level} ±{:.0}%", fraction * 100.0)
            }
            UncertainInput::WeightNoise {
                level,
                component: Some(c),
                fraction,
            } => {
                format!(
                    "weight of component {c} of level {level} ±{:.0}%",
                    fraction * 100.0
                )
            }
            UncertainInput::Normalisation { options } => {
                format!("normalisation ({} options)", options.len())
            }
            UncertainInput::Aggregation {
                level: Some(l),
                options,
            } => {
                format!("aggregation at level {l} ({} options)", options.len())
            }
            UncertainInput::Aggregation {
                level: None,
                options,
            } => format!("aggregation ({} options)", options.len()),
            UncertainInput::Imputation { options } => {
                format!("imputation ({} options)", options.len())
            }
            UncertainInput::ExcludeIndicator { candidates } => {
                format!("exclusion of one of {} indicators", candidates.len())
            }
            UncertainInput::TierThresholds { options } => {
                format!("tier thresholds ({} options)", options.len())
            }
        }
    }
}

/// The uncertain inputs and the nominal tier thresholds.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct UncertaintySpec {
    /// One dimension per input.
    pub inputs: Vec<UncertainInput>,
    /// Nominal descending tier thresholds on the index score (may be empty).
    #[serde(default)]
    pub tiers: Vec<f64>,
    /// Indicators whose method sets their own normalisation and imputation: alternatives of
    /// those steps leave them as they are, so per-indicator overrides hold in every run.
    #[serde(default)]
    pub own_treatment: Vec<usize>,
}

/// Option `⌊u·k⌋` of `k`, clamped.
pub fn choice(u: f64, k: usize) -> usize {
    ((u * k as f64) as usize).min(k.saturating_sub(1))
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl UncertaintySpec {
    /// Number of dimensions (uncertain inputs).
    pub fn dimension(&self) -> usize {
        self.inputs.len()
    }

    /// Labels of the inputs.
    pub fn labels(&self) -> Vec<String> {
        self.inputs.iter().map(UncertainInput::label).collect()
    }

    /// Number of tiers (`thresholds + 1`, or 0 without thresholds).
    pub fn n_tiers(&self) -> usize {
        if self.tiers.is_empty() {
            0
        } else {
            self.tiers.len() + 1
        }
    }

    /// Checks the spec against a nominal plan.
    pub fn validate(&self, plan: &Plan) -> Result<()> {
        let bad = |s: String| Err(LabError::Invalid(s));
        let descending =
            |t: &[f64]| t.windows(2).all(|w| w[0] > w[1]) && t.iter().all(|v| v.is_finite());
        if !descending(&self.tiers) {
            return bad("tier thresholds must be finite and strictly descending".into());
        }
        let nl = plan.weights.len();
        for input in &self.inputs {
            match input {
                UncertainInput::WeightNoise {
                    level,
                    component,
                    fraction,
                } => {
                    if *level >= nl || component.is_some_and(|c| c >= plan.weights[*level].len()) {
                        return bad(format!(
                            "weight noise on level {level} component {component:?}"
                        ));
                    }
                    if !(fraction.is_finite() && (0.0..=1.0).contains(fraction)) {
                        return bad(format!("weight noise fraction {fraction} not in [0, 1]"));
                    }
                }
                UncertainInput::Normalisation { options } => {
                    if options.is_empty() {
                        return bad("no normalisation option".into());
                    }
                }
                UncertainInput::Aggregation { level, options } => {
                    if options.is_empty() || level.is_some_and(|l| l == 0 || l >= nl) {
                        return bad(format!("aggregation alternatives at level {level:?}"));
                    }
                }
                UncertainInput::Imputation { options } => {
                    if options.is_empty() {
                        return bad("no imputation option".into());
                    }
                }
                UncertainInput::ExcludeIndicator { candidates } => {
                    if candidates.iter().any(|&j| j >= plan.included.len()) {
                        return bad("exclusion candidate out of range".into());
                    }
                }
                UncertainInput::TierThresholds { options } => {
                    if options.is_empty()
                        || options
                            .iter()
                            .any(|t| t.len() != self.tiers.len() || !descending(t))
                    {
                        return bad(
                            "tier alternatives must be descending and as many as the nominal"
                                .into(),
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes into `plan` the nominal plan modified by the point `u` (one
    /// coordinate per input, each in `[0, 1)`), and returns the tier
    /// thresholds to use.
    pub fn apply<'a>(&'a self, nominal: &Plan, u: &[f64], plan: &mut Plan) -> &'a [f64] {
        plan.clone_from(nominal);
        let mut tiers: &[f64] = &self.tiers;
        for (input, &u) in self.inputs.iter().zip(u) {
            match input {
                UncertainInput::WeightNoise {
                    level,
                    component: Some(c),
                    fraction,
                } => {
                    plan.weights[*level][*c] *= 1.0 + fraction * (2.0 * u - 1.0);
                }
                UncertainInput::WeightNoise {
                    level,
                    component: None,
                    fraction,
                } => {
                    let mut state =
                        u.to_bits() ^ (*level as u64).wrapping_mul(0xD1B5_4A32_D192_ED03);
                    for w in plan.weights[*level].iter_mut() {
                        let r = (splitmix64(&mut state) >> 11) as f64 / (1u64 << 53) as f64;
                        *w *= 1.0 + fraction * (2.0 * r - 1.0);
                    }
                }
                UncertainInput::Normalisation { options } => {
                    let o = options[choice(u, options.len())];
                    for (j, t) in plan.treatments.iter_mut().enumerate() {
                        if !self.own_treatment.contains(&j) {
                            t.normalisation = o;
                        }
                    }
                }
                UncertainInput::Aggregation { level, options } => {
                    let o = options[choice(u, options.len())];
                    match level {
                        Some(l) => plan.aggregations[*l] = o,
                        None => plan.aggregations.iter_mut().skip(1).for_each(|a| *a = o),
                    }
                }
                UncertainInput::Imputation { options } => {
                    let o = options[choice(u, options.len())];
                    for (j, t) in plan.treatments.iter_mut().enumerate() {
                        if !self.own_treatment.contains(&j) {
                            t.imputation = o;
                        }
                    }
                }
                UncertainInput::ExcludeIndicator { candidates } => {
                    let c = choice(u, candidates.len() + 1);
                    if c > 0 {
                        plan.included[candidates[c - 1]] = false;
                    }
                }
                UncertainInput::TierThresholds { options } => {
                    tiers = &options[choice(u, options.len())];
                }
            }
        }
        tiers
    }
}

/// Monte Carlo settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct McSettings {
    /// Number of runs.
    pub runs: usize,
    /// Seed.
    pub seed: u64,
    /// Runs per chunk (each chunk has its own generator). Changing it changes
    /// the sample; the thread count does not.
    pub chunk_size: usize,
}

impl Default for McSettings {
    fn default() -> Self {
        Self {
            runs: 1000,
            seed: 0,
            chunk_size: 64,
        }
    }
}

/// The generator of chunk `chunk` for `seed`.
pub fn chunk_rng(seed: u64, chunk: u64) -> ChaCha8Rng {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    key[8..16].copy_from_slice(&chunk.to_le_bytes());
    key[16..24].copy_from_slice(b"cyb-lab!");
    ChaCha8Rng::from_seed(key)
}

/// Uncertainty of one unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitUncertainty {
    /// Unit name.
    pub unit: String,
    /// Nominal index score.
    pub nominal_score: f64,
    /// Nominal rank (`None` = unranked).
    pub nominal_rank: Option<u32>,
    /// Nominal tier (`None` without tiers or score).
    pub nominal_tier: Option<usize>,
    /// Median rank over the runs where the unit was ranked.
    pub median_rank: f64,
    /// 5th percentile rank.
    pub rank_p05: f64,
    /// 95th percentile rank.
    pub rank_p95: f64,
    /// Probability of each tier (tier 0 first); empty without tiers.
    pub tier_probabilities: Vec<f64>,
    /// Runs in which the unit had a rank.
    pub ranked_runs: usize,
}

/// Result of a Monte Carlo uncertainty analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UncertaintyReport {
    /// Number of runs.
    pub runs: usize,
    /// Seed used.
    pub seed: u64,
    /// Labels of the uncertain inputs.
    pub inputs: Vec<String>,
    /// Per-unit results, in dataset order.
    pub units: Vec<UnitUncertainty>,
    /// Share of nominally ranked units whose nominal rank is within ±3 of
    /// their median rank.
    pub share_within_3: f64,
    /// Mean over units and runs of |rank − nominal rank|.
    pub mean_abs_rank_shift: f64,
}

/// Normalised columns cached per indicator by a [`Runner`]'s workspace
/// (enough for every combination of a few imputation and normalisation
/// alternatives).
pub const RUNNER_CACHE: usize = 16;

/// Per-thread state for repeated perturbed rebuilds.
#[derive(Debug, Clone)]
pub struct Runner<'a> {
    data: &'a Dataset,
    spec: &'a UncertaintySpec,
    nominal: &'a Plan,
    plan: Plan,
    /// The workspace holding the last run's results.
    pub ws: Workspace,
}

impl<'a> Runner<'a> {
    /// A runner for the given nominal plan.
    pub fn new(
        data: &'a Dataset,
        hier: &Hierarchy,
        spec: &'a UncertaintySpec,
        nominal: &'a Plan,
    ) -> Self {
        Self {
            data,
            spec,
            nominal,
            plan: nominal.clone(),
            ws: Workspace::new(data, hier).with_cache(RUNNER_CACHE),
        }
    }

    /// Rebuilds at point `u`; returns the tier thresholds of that point.
    pub fn run(&mut self, u: &[f64]) -> Result<&'a [f64]> {
        let spec: &'a UncertaintySpec = self.spec;
        let tiers = spec.apply(self.nominal, u, &mut self.plan);
        self.ws.run(self.data, &self.plan)?;
        Ok(tiers)
    }
}

struct ChunkOut {
    ranks: Vec<u32>,
    tier_counts: Vec<u32>,
}

/// Runs the Monte Carlo uncertainty analysis (in the current rayon pool).
pub fn monte_carlo(
    data: &Dataset,
    hier: &Hierarchy,
    method: &Method,
    spec: &UncertaintySpec,
    settings: &McSettings,
) -> Result<UncertaintyReport> {
    if settings.runs == 0 || settings.chunk_size == 0 {
        return Err(LabError::Invalid(
            "runs and chunk size must be positive".into(),
        ));
    }
    let (nominal, _) = method.plan(data, hier)?;
    spec.validate(&nominal)?;
    let n = data.n_units();
    let k = spec.dimension();
    let nt = spec.n_tiers();
    let mut ws = Workspace::new(data, hier);
    ws.run(data, &nominal)?;
    let nominal_score = ws.index().to_vec();
    let nominal_rank = ws.ranks().to_vec();

    let n_chunks = settings.runs.div_ceil(settings.chunk_size);
    let chunks: Vec<ChunkOut> = (0..n_chunks)
        .into_par_iter()
        .map_init(
            || (Runner::new(data, hier, spec, &nominal), vec![0.0; k]),
            |(runner, u), c| -> Result<ChunkOut> {
                let start = c * settings.chunk_size;
                let end = (start + settings.chunk_size).min(settings.runs);
                let mut rng = chunk_rng(settings.seed, c as u64);
                let mut out = ChunkOut {
                    ranks: Vec::with_capacity((end - start) * n),
                    tier_counts: vec![0; n * nt],
                };
                for run in start..end {
                    u.iter_mut().for_each(|x| *x = rng.random::<f64>());
                    let tiers = runner.run(u).map_err(|e| LabError::Run {
                        run,
                        source: Box::new(e),
                    })?;
                    out.ranks.extend_from_slice(runner.ws.ranks());
                    if nt > 0 {
                        for (i, &s) in runner.ws.index().iter().enumerate() {
                            if let Some(t) = pipeline::tier(s, tiers) {
                                out.tier_counts[i * nt + t] += 1;
                            }
                        }
                    }
                }
                Ok(out)
            },
        )
        .collect::<Result<Vec<_>>>()?;

    let runs = settings.runs;
    let mut tier_counts = vec![0u64; n * nt];
    for ch in &chunks {
        for (a, &b) in tier_counts.iter_mut().zip(&ch.tier_counts) {
            *a += u64::from(b);
        }
    }
    let per_unit: Vec<(UnitUncertainty, f64, usize)> = (0..n)
        .into_par_iter()
        .map(|i| {
            let mut r: Vec<f64> = Vec::with_capacity(runs);
            for ch in &chunks {
                r.extend(
                    ch.ranks
                        .iter()
                        .skip(i)
                        .step_by(n)
                        .filter(|&&x| x > 0)
                        .map(|&x| f64::from(x)),
                );
            }
            r.sort_unstable_by(f64::total_cmp);
            let nom = nominal_rank[i];
            let (shift_sum, shift_cnt) = if nom > 0 {
                (r.iter().map(|x| (x - f64::from(nom)).abs()).sum(), r.len())
            } else {
                (0.0, 0)
            };
            let unit = UnitUncertainty {
                unit: data.units()[i].clone(),
                nominal_score: nominal_score[i],
                nominal_rank: (nom > 0).then_some(nom),
                nominal_tier: if nt > 0 {
                    pipeline::tier(nominal_score[i], &spec.tiers)
                } else {
                    None
                },
                median_rank: stats::quantile_sorted(&r, 0.5),
                rank_p05: stats::quantile_sorted(&r, 0.05),
                rank_p95: stats::quantile_sorted(&r, 0.95),
                tier_probabilities: tier_counts[i * nt..(i + 1) * nt]
                    .iter()
                    .map(|&c| c as f64 / runs as f64)
                    .collect(),
                ranked_runs: r.len(),
            };
            (unit, shift_sum, shift_cnt)
        })
        .collect();
    let (mut within, mut ranked, mut shift, mut shift_n) = (0usize, 0usize, 0.0, 0usize);
    for (u, s, c) in &per_unit {
        if let Some(nr) = u.nominal_rank
            && !u.median_rank.is_nan()
        {
            ranked += 1;
            if (u.median_rank - f64::from(nr)).abs() <= 3.0 {
                within += 1;
            }
        }
        shift += s;
        shift_n += c;
    }
    Ok(UncertaintyReport {
        runs,
        seed: settings.seed,
        inputs: spec.labels(),
        units: per_unit.into_iter().map(|(u, _, _)| u).collect(),
        share_within_3: if ranked > 0 {
            within as f64 / ranked as f64
        } else {
            f64::NAN
        },
        mean_abs_rank_shift: if shift_n > 0 {
            shift / shift_n as f64
        } else {
            f64::NAN
        },
    })
}
