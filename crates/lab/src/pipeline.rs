//! One index rebuild from raw data under a declared [`Method`].
//!
//! Steps, in order, each declared in the method's default [`Treatment`] and
//! overridable per indicator ([`TreatmentOverride`]):
//!
//! 1. **Denomination**: divide an indicator by a per-unit denominator column
//!    (a zero or missing denominator gives a missing value).
//! 2. **Imputation** ([`Imputation`]): none, mean, median, group mean, group
//!    median (groups are the dataset's per-unit labels, e.g. region). A group
//!    with no present value leaves its units missing. Every imputed value is
//!    recorded ([`ImputationRecord`]).
//! 3. **Outlier treatment** ([`OutlierTreatment`]): the COINr rule: an
//!    indicator is treated when |skewness| > 2 **and** excess kurtosis > 3.5
//!    (definitions in [`crate::stats`]). Winsorisation replaces the most
//!    extreme point (on the side of the current skew) by the next value in,
//!    one point at a time, re-testing the rule after each point, up to a cap;
//!    optionally falling back to a log transform when the cap is reached and
//!    the rule still holds. The log transform is `ln(x)` when all values are
//!    positive, else `ln(x − min + 1)`. Every action is recorded
//!    ([`OutlierRecord`]).
//! 4. **Normalisation** ([`Normalisation`]) with a [`Direction`]: min-max to
//!    an output range, z-score, goalposts (distance to target, clamped), rank,
//!    percentile rank.
//! 5. **Weights** ([`WeightScheme`]): nominal (from the hierarchy), equal, or
//!    expert weight sheets combined by mean or median. The
//!    [`WeightReport`] keeps each expert's input and gives the *effective*
//!    weight of every indicator in the index (the product of its normalised
//!    weights along the path to the index, after excluded components are
//!    renormalised away).
//! 6. **Aggregation** ([`Aggregation`]) per level: arithmetic, geometric,
//!    harmonic, generalised (power) mean, all weighted. Missing children are
//!    handled by renormalising the weights over the present children; a
//!    component with no present child is missing.
//!
//!    *Zero handling*: geometric, harmonic and power means with `p ≤ 0` are
//!    undefined at zero. With [`ZeroPolicy::Refuse`] they return
//!    [`LabError::NonPositive`]; with [`ZeroPolicy::Shift`] every child value
//!    is shifted by `+ε` before the mean and the result shifted back by `−ε`
//!    (so equal children still give their common value). Negative values are
//!    always refused by every mean except the arithmetic one: pair them with a
//!    non-negative normalisation (min-max, goalposts, ranks).
//! 7. **Ranks**: standard competition ranking ("1224"), descending by index
//!    score; a unit without an index score is unranked.
//!
//! For speed, [`Method::plan`] resolves a method once into a [`Plan`] and
//! [`Workspace::run`] executes a plan with preallocated buffers (no allocation
//! in the hot path except records of imputations and outlier actions).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Hierarchy};
use crate::stats;
use crate::{LabError, Result};

/// Which way an indicator points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher raw values are better.
    #[default]
    HigherIsBetter,
    /// Lower raw values are better (the normalisation flips them).
    LowerIsBetter,
}

/// How missing values are filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Imputation {
    /// Leave missing values missing (aggregation renormalises around them).
    #[default]
    None,
    /// Indicator mean over all units.
    Mean,
    /// Indicator median over all units.
    Median,
    /// Indicator mean over the unit's group.
    GroupMean,
    /// Indicator median over the unit's group.
    GroupMedian,
    /// Missing values count as 0 (the `zero` missing-answer policy of a questionnaire).
    Zero,
}

impl Imputation {
    /// Short name.
    pub fn name(self) -> &'static str {
        match self {
            Imputation::None => "none",
            Imputation::Mean => "mean",
            Imputation::Median => "median",
            Imputation::GroupMean => "group_mean",
            Imputation::GroupMedian => "group_median",
            Imputation::Zero => "zero",
        }
    }
}

/// Outlier treatment, driven by an [`OutlierRule`].
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlierTreatment {
    /// No treatment.
    #[default]
    None,
    /// Winsorise one point at a time while the rule holds, at most
    /// `max_points` points; if the rule still holds after that and
    /// `log_fallback` is set, undo the winsorisation and log-transform.
    Winsorise {
        /// Cap on the number of winsorised points.
        max_points: usize,
        /// Fall back to a log transform if winsorisation does not suffice.
        log_fallback: bool,
    },
    /// Log-transform when the rule holds (or always, with `always`).
    Log {
        /// Transform even if the rule does not hold.
        always: bool,
    },
}

/// The rule that triggers outlier treatment: `|skew| > skew && kurtosis > kurtosis`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct OutlierRule {
    /// Absolute skewness threshold (COINr: 2).
    pub skew: f64,
    /// Excess kurtosis threshold (COINr: 3.5).
    pub kurtosis: f64,
}

impl Default for OutlierRule {
    fn default() -> Self {
        Self {
            skew: 2.0,
            kurtosis: 3.5,
        }
    }
}

impl OutlierRule {
    /// Whether the rule holds for the given skewness and kurtosis (`NaN` → no).
    pub fn holds(&self, skew: f64, kurt: f64) -> bool {
        skew.abs() > self.skew && kurt > self.kurtosis
    }
}

/// Normalisation of an indicator onto a common scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Normalisation {
    /// Keep raw values (negated when lower is better).
    None,
    /// `low + (x − min)/(max − min) · (high − low)`; a constant indicator maps
    /// to the midpoint.
    MinMax {
        /// Output for the worst unit.
        low: f64,
        /// Output for the best unit.
        high: f64,
    },
    /// `mean + sd · (x − x̄)/s` with the sample standard deviation `s`; a
    /// constant indicator maps to `mean`.
    ZScore {
        /// Output mean.
        mean: f64,
        /// Output standard deviation.
        sd: f64,
    },
    /// Distance to target: `scale · (x − low)/(high − low)` clamped to
    /// `[0, scale]` (`(high − x)/(high − low)` when lower is better).
    Goalposts {
        /// Lower goalpost (raw units).
        low: f64,
        /// Upper goalpost (raw units).
        high: f64,
        /// Output scale, e.g. 1 or 100.
        scale: f64,
    },
    /// Average rank among present values, 1 = worst … k = best.
    Rank,
    /// `(rank − 1)/(k − 1)` in `[0, 1]` with average ranks for ties
    /// (0.5 when only one unit has a value).
    PercentileRank,
}

impl Normalisation {
    /// Min-max onto `[0, 100]`.
    pub const MIN_MAX_100: Normalisation = Normalisation::MinMax {
        low: 0.0,
        high: 100.0,
    };
    /// Standard z-score.
    pub const Z_SCORE: Normalisation = Normalisation::ZScore { mean: 0.0, sd: 1.0 };

    /// Short name.
    pub fn name(&self) -> &'static str {
        match self {
            Normalisation::None => "none",
            Normalisation::MinMax { .. } => "min_max",
            Normalisation::ZScore { .. } => "z_score",
            Normalisation::Goalposts { .. } => "goalposts",
            Normalisation::Rank => "rank",
            Normalisation::PercentileRank => "percentile_rank",
        }
    }

    fn validate(&self) -> Result<()> {
        let ok = match *self {
            Normalisation::MinMax { low, high } => {
                low.is_finite() && high.is_finite() && low < high
            }
            Normalisation::ZScore { mean, sd } => mean.is_finite() && sd.is_finite() && sd > 0.0,
            Normalisation::Goalposts { low, high, scale } => {
                low.is_finite()
                    && high.is_finite()
                    && low < high
                    && scale.is_finite()
                    && scale > 0.0
            }
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            Err(LabError::Invalid(format!("normalisation {self:?}")))
        }
    }
}

/// What a geometric / harmonic / power mean does with zeros.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ZeroPolicy {
    /// Return [`LabError::NonPositive`] on a zero child value.
    Refuse,
    /// Shift all child values by `+epsilon`, take the mean, shift back.
    Shift {
        /// The shift, e.g. `1e-3` on a 0–100 scale.
        epsilon: f64,
    },
}

/// Weighted aggregation of a component's children.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Aggregation {
    /// `Σ wᵢxᵢ / Σ wᵢ`.
    Arithmetic,
    /// `exp(Σ wᵢ ln xᵢ / Σ wᵢ)`.
    Geometric {
        /// Zero handling.
        zeros: ZeroPolicy,
    },
    /// `Σ wᵢ / Σ (wᵢ / xᵢ)`.
    Harmonic {
        /// Zero handling.
        zeros: ZeroPolicy,
    },
    /// Generalised mean `(Σ wᵢ xᵢᵖ / Σ wᵢ)^(1/p)`; `p = 0` is the geometric
    /// mean. Zero handling applies when `p ≤ 0`.
    Power {
        /// The power.
        p: f64,
        /// Zero handling.
        zeros: ZeroPolicy,
    },
}

impl Aggregation {
    /// Short name.
    pub fn name(&self) -> &'static str {
        match self {
            Aggregation::Arithmetic => "arithmetic",
            Aggregation::Geometric { .. } => "geometric",
            Aggregation::Harmonic { .. } => "harmonic",
            Aggregation::Power { .. } => "power",
        }
    }

    fn validate(&self) -> Result<()> {
        let zero_ok = |z: &ZeroPolicy| match *z {
            ZeroPolicy::Refuse => true,
            ZeroPolicy::Shift { epsilon } => epsilon.is_finite() && epsilon > 0.0,
        };
        let ok = match self {
            Aggregation::Arithmetic => true,
            Aggregation::Geometric { zeros } | Aggregation::Harmonic { zeros } => zero_ok(zeros),
            Aggregation::Power { p, zeros } => p.is_finite() && zero_ok(zeros),
        };
        if ok {
            Ok(())
        } else {
            Err(LabError::Invalid(format!("aggregation {self:?}")))
        }
    }
}

/// The per-indicator steps before weighting.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Treatment {
    /// Denominator column index in the dataset (`None` = not denominated).
    pub denominator: Option<usize>,
    /// Imputation method.
    pub imputation: Imputation,
    /// Outlier treatment.
    pub outliers: OutlierTreatment,
    /// Normalisation.
    pub normalisation: Normalisation,
    /// Direction.
    pub direction: Direction,
}

impl Default for Treatment {
    /// No denomination, no imputation, no outlier treatment, min-max 0–100,
    /// higher is better.
    fn default() -> Self {
        Self {
            denominator: None,
            imputation: Imputation::None,
            outliers: OutlierTreatment::None,
            normalisation: Normalisation::MIN_MAX_100,
            direction: Direction::HigherIsBetter,
        }
    }
}

/// Per-indicator override: each `Some` field replaces the default.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct TreatmentOverride {
    /// Denominator (`Some(None)` = explicitly not denominated).
    #[serde(default)]
    pub denominator: Option<Option<usize>>,
    /// Imputation.
    #[serde(default)]
    pub imputation: Option<Imputation>,
    /// Outlier treatment.
    #[serde(default)]
    pub outliers: Option<OutlierTreatment>,
    /// Normalisation.
    #[serde(default)]
    pub normalisation: Option<Normalisation>,
    /// Direction.
    #[serde(default)]
    pub direction: Option<Direction>,
}

impl TreatmentOverride {
    fn apply(&self, t: &mut Treatment) {
        if let Some(d) = self.denominator {
            t.denominator = d;
        }
        if let Some(v) = self.imputation {
            t.imputation = v;
        }
        if let Some(v) = self.outliers {
            t.outliers = v;
        }
        if let Some(v) = self.normalisation {
            t.normalisation = v;
        }
        if let Some(v) = self.direction {
            t.direction = v;
        }
    }
}

/// How expert weight sheets are combined, component by component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Combine {
    /// Arithmetic mean across experts.
    Mean,
    /// Median across experts.
    Median,
}

/// One expert's weights: one `Vec` per hierarchy level, one weight per
/// component (the top level's weight is ignored).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightSheet {
    /// Who gave these weights.
    pub expert: String,
    /// Weights per level per component.
    pub weights: Vec<Vec<f64>>,
}

/// Where the weights come from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightScheme {
    /// The hierarchy's nominal weights.
    #[default]
    Nominal,
    /// Every component weighs the same as its siblings.
    Equal,
    /// Expert sheets combined per component.
    Experts {
        /// The sheets.
        sheets: Vec<WeightSheet>,
        /// Mean or median.
        combine: Combine,
    },
}

/// A complete methodology.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Method {
    /// Treatment of every indicator unless overridden.
    pub default: Treatment,
    /// Per-indicator overrides (key: indicator index).
    #[serde(default)]
    pub overrides: BTreeMap<usize, TreatmentOverride>,
    /// Outlier rule thresholds.
    #[serde(default)]
    pub outlier_rule: OutlierRule,
    /// Weight source.
    #[serde(default)]
    pub weights: WeightScheme,
    /// Aggregation at every level unless overridden.
    pub aggregation: AggregationDefault,
    /// Per-level aggregation overrides (key: level ≥ 1, the level produced).
    #[serde(default)]
    pub level_aggregation: BTreeMap<usize, Aggregation>,
    /// Indicators left out of the index (by index).
    #[serde(default)]
    pub excluded: Vec<usize>,
}

/// Newtype so that [`Method`] can derive `Default` (arithmetic).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AggregationDefault(pub Aggregation);

impl Default for AggregationDefault {
    fn default() -> Self {
        Self(Aggregation::Arithmetic)
    }
}

/// The weights actually used, with their provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightReport {
    /// Each expert's sheet, as given (empty unless expert weights are used).
    pub experts: Vec<WeightSheet>,
    /// The combined raw weights per level per component.
    pub combined: Vec<Vec<f64>>,
    /// Effective weight of each indicator in the index (sums to 1 over the
    /// included indicators).
    pub effective: Vec<f64>,
}

/// A method resolved against a dataset and hierarchy: what [`Workspace::run`]
/// executes. Uncertainty analysis perturbs a copy of the nominal plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// One treatment per indicator.
    pub treatments: Vec<Treatment>,
    /// Aggregation per level (index 0 is unused).
    pub aggregations: Vec<Aggregation>,
    /// Raw weights per level per component.
    pub weights: Vec<Vec<f64>>,
    /// Whether each indicator enters the index.
    pub included: Vec<bool>,
    /// Outlier rule.
    pub outlier_rule: OutlierRule,
}

impl Method {
    /// Resolves the method into a [`Plan`] (validating it against the data
    /// and hierarchy) and reports the weights.
    pub fn plan(&self, data: &Dataset, hier: &Hierarchy) -> Result<(Plan, WeightReport)> {
        let m = data.n_indicators();
        hier.validate(Some(m))?;
        let mut treatments = vec![self.default; m];
        for (&j, o) in &self.overrides {
            if j >= m {
                return Err(LabError::Invalid(format!(
                    "override for indicator {j} of {m}"
                )));
            }
            o.apply(&mut treatments[j]);
        }
        for t in &treatments {
            if let Some(d) = t.denominator
                && d >= data.denominators().len()
            {
                return Err(LabError::Invalid(format!(
                    "denominator {d} not in the dataset"
                )));
            }
            if matches!(
                t.imputation,
                Imputation::GroupMean | Imputation::GroupMedian
            ) && data.groups().is_empty()
            {
                return Err(LabError::Invalid(
                    "group imputation needs group labels".into(),
                ));
            }
            t.normalisation.validate()?;
        }
        let nl = hier.n_levels();
        let mut aggregations = vec![self.aggregation.0; nl];
        for (&l, a) in &self.level_aggregation {
            if l == 0 || l >= nl {
                return Err(LabError::Invalid(format!(
                    "aggregation override for level {l}"
                )));
            }
            aggregations[l] = *a;
        }
        for a in &aggregations {
            a.validate()?;
        }
        let mut included = vec![true; m];
        for &j in &self.excluded {
            if j >= m {
                return Err(LabError::Invalid(format!("excluded indicator {j} of {m}")));
            }
            included[j] = false;
        }
        let (combined, experts) = resolve_weights(&self.weights, hier)?;
        let effective = effective_weights(hier, &combined, &included);
        let plan = Plan {
            treatments,
            aggregations,
            weights: combined.clone(),
            included,
            outlier_rule: self.outlier_rule,
        };
        Ok((
            plan,
            WeightReport {
                experts,
                combined,
                effective,
            },
        ))
    }
}

fn resolve_weights(
    scheme: &WeightScheme,
    hier: &Hierarchy,
) -> Result<(Vec<Vec<f64>>, Vec<WeightSheet>)> {
    let nominal: Vec<Vec<f64>> = hier
        .levels
        .iter()
        .map(|l| l.components.iter().map(|c| c.weight).collect())
        .collect();
    match scheme {
        WeightScheme::Nominal => Ok((nominal, Vec::new())),
        WeightScheme::Equal => Ok((
            nominal.iter().map(|l| vec![1.0; l.len()]).collect(),
            Vec::new(),
        )),
        WeightScheme::Experts { sheets, combine } => {
            if sheets.is_empty() {
                return Err(LabError::Invalid("expert weights without any sheet".into()));
            }
            for s in sheets {
                let shape_ok = s.weights.len() == nominal.len()
                    && s.weights
                        .iter()
                        .zip(&nominal)
                        .all(|(a, b)| a.len() == b.len())
                    && s.weights
                        .iter()
                        .flatten()
                        .all(|w| w.is_finite() && *w >= 0.0);
                if !shape_ok {
                    return Err(LabError::Shape(format!(
                        "weight sheet of {} does not match the hierarchy or has negative weights",
                        s.expert
                    )));
                }
            }
            let mut out = nominal.clone();
            let mut buf = Vec::with_capacity(sheets.len());
            for (l, level) in out.iter_mut().enumerate() {
                for (c, w) in level.iter_mut().enumerate() {
                    buf.clear();
                    buf.extend(sheets.iter().map(|s| s.weights[l][c]));
                    *w = match combine {
                        Combine::Mean => stats::mean(&buf),
                        Combine::Median => stats::median_in_place(&mut buf),
                    };
                }
            }
            Ok((out, sheets.clone()))
        }
    }
}

/// Effective weight of each indicator in the index: the product, along the
/// path to the index, of each component's weight divided by the sum of its
/// active siblings' weights. A component is active when its weight is
/// positive and (above level 0) it has an active child; excluded indicators
/// are inactive. Missing *data* is not taken into account (it is unit-specific).
pub fn effective_weights(hier: &Hierarchy, weights: &[Vec<f64>], included: &[bool]) -> Vec<f64> {
    let nl = hier.n_levels();
    let mut active: Vec<Vec<bool>> = Vec::with_capacity(nl);
    active.push(
        (0..weights[0].len())
            .map(|j| included[j] && weights[0][j] > 0.0)
            .collect(),
    );
    for l in 1..nl {
        let mut a = vec![false; hier.levels[l].components.len()];
        for (j, ch) in hier.levels[l - 1].components.iter().enumerate() {
            if active[l - 1][j]
                && let Some(p) = ch.parent
            {
                a[p] = true;
            }
        }
        if l + 1 < nl {
            for (c, x) in a.iter_mut().enumerate() {
                *x = *x && weights[l][c] > 0.0;
            }
        }
        active.push(a);
    }
    // Top-down: effective weight of each component.
    let mut eff_up: Vec<f64> = vec![if active[nl - 1][0] { 1.0 } else { 0.0 }];
    for l in (0..nl - 1).rev() {
        let comps = &hier.levels[l].components;
        let mut sums = vec![0.0; hier.levels[l + 1].components.len()];
        for (c, comp) in comps.iter().enumerate() {
            if active[l][c] {
                sums[comp.parent.unwrap_or(0)] += weights[l][c];
            }
        }
        eff_up = comps
            .iter()
            .enumerate()
            .map(|(c, comp)| {
                let p = comp.parent.unwrap_or(0);
                if active[l][c] && sums[p] > 0.0 {
                    eff_up[p] * weights[l][c] / sums[p]
                } else {
                    0.0
                }
            })
            .collect();
    }
    eff_up
}

/// One imputed value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImputationRecord {
    /// Unit index.
    pub unit: usize,
    /// Indicator index.
    pub indicator: usize,
    /// The value filled in (after denomination, before outlier treatment).
    pub value: f64,
    /// The method used.
    pub method: Imputation,
}

/// What outlier treatment did to an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlierAction {
    /// Points winsorised (units, high side and low side).
    Winsorised {
        /// Units whose high values were pulled in.
        high_units: Vec<usize>,
        /// Units whose low values were pulled in.
        low_units: Vec<usize>,
        /// True when the cap was reached and the rule still holds.
        rule_still_holds: bool,
    },
    /// Log transform (`shifted`: `ln(x − min + 1)` instead of `ln(x)`).
    Log {
        /// Whether the values were shifted first.
        shifted: bool,
    },
}

/// One outlier treatment applied to an indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutlierRecord {
    /// Indicator index.
    pub indicator: usize,
    /// Skewness before treatment.
    pub skew_before: f64,
    /// Excess kurtosis before treatment.
    pub kurtosis_before: f64,
    /// Skewness after treatment.
    pub skew_after: f64,
    /// Excess kurtosis after treatment.
    pub kurtosis_after: f64,
    /// What was done.
    pub action: OutlierAction,
}

/// Preallocated buffers for repeated rebuilds of one dataset shape.
#[derive(Debug, Clone)]
pub struct Workspace {
    n: usize,
    m: usize,
    /// children[l][c] = children (in level l − 1) of component c of level l.
    children: Vec<Vec<Vec<usize>>>,
    /// Working matrix, column-major n × m: treated then normalised indicators.
    x: Vec<f64>,
    /// Scores of levels ≥ 1, column-major n × len(level); index 0 unused.
    levels: Vec<Vec<f64>>,
    tmp: Vec<f64>,
    tmp2: Vec<f64>,
    keys: Vec<(u64, u32)>,
    acc: Vec<f64>,
    wacc: Vec<f64>,
    group_sum: Vec<f64>,
    group_cnt: Vec<usize>,
    group_off: Vec<usize>,
    ranks: Vec<u32>,
    imputations: Vec<ImputationRecord>,
    outliers: Vec<OutlierRecord>,
    cache: Option<ColumnCache>,
}

/// A cached normalised column: the treatment that produced it, its values
/// and the records it produced.
#[derive(Debug, Clone)]
struct CacheEntry {
    key: (Treatment, OutlierRule),
    values: Vec<f64>,
    imputations: Vec<ImputationRecord>,
    outliers: Vec<OutlierRecord>,
}

/// Per-indicator cache of normalised columns, for one dataset.
#[derive(Debug, Clone)]
struct ColumnCache {
    data_id: u64,
    capacity: usize,
    cols: Vec<Vec<CacheEntry>>,
    next: Vec<usize>,
}

impl Workspace {
    /// Allocates a workspace for the dataset's shape and the hierarchy.
    pub fn new(data: &Dataset, hier: &Hierarchy) -> Self {
        let n = data.n_units();
        let m = data.n_indicators();
        let nl = hier.n_levels();
        let children = (0..nl)
            .map(|l| {
                if l == 0 {
                    Vec::new()
                } else {
                    (0..hier.levels[l].components.len())
                        .map(|c| hier.children(l, c))
                        .collect()
                }
            })
            .collect();
        let levels = (0..nl)
            .map(|l| {
                if l == 0 {
                    Vec::new()
                } else {
                    vec![f64::NAN; n * hier.levels[l].components.len()]
                }
            })
            .collect();
        let ng = data.group_names().len().max(1);
        Self {
            n,
            m,
            children,
            x: vec![f64::NAN; n * m],
            levels,
            tmp: Vec::with_capacity(n),
            tmp2: vec![0.0; n],
            keys: Vec::with_capacity(n),
            acc: vec![0.0; n],
            wacc: vec![0.0; n],
            group_sum: vec![0.0; ng],
            group_cnt: vec![0; ng],
            group_off: vec![0; ng],
            ranks: vec![0; n],
            imputations: Vec::new(),
            outliers: Vec::new(),
            cache: None,
        }
    }

    /// Enables a cache of up to `per_indicator` normalised columns per
    /// indicator, keyed by the indicator's full treatment (denominator,
    /// imputation, outlier treatment and rule, normalisation, direction).
    /// Repeated runs that differ only in weights, aggregation, exclusions or
    /// in which of a few treatments is chosen (as in uncertainty and
    /// sensitivity analysis) then skip the per-indicator steps. Results are
    /// identical with and without the cache; the cache is dropped when the
    /// workspace is run on another dataset ([`Dataset::id`]).
    pub fn with_cache(mut self, per_indicator: usize) -> Self {
        self.cache = (per_indicator > 0).then(|| ColumnCache {
            data_id: 0,
            capacity: per_indicator,
            cols: vec![Vec::new(); self.m],
            next: vec![0; self.m],
        });
        self
    }

    /// Runs one rebuild of `data` under `plan`. Results stay in the workspace
    /// until the next run: see [`Self::index`], [`Self::ranks`],
    /// [`Self::level_scores`], [`Self::imputations`], [`Self::outliers`].
    pub fn run(&mut self, data: &Dataset, plan: &Plan) -> Result<()> {
        let n = self.n;
        if data.n_units() != n || data.n_indicators() != self.m || plan.treatments.len() != self.m {
            return Err(LabError::Shape(
                "workspace, dataset and plan disagree".into(),
            ));
        }
        self.x.copy_from_slice(data.values());
        self.imputations.clear();
        self.outliers.clear();
        if let Some(cache) = &mut self.cache
            && cache.data_id != data.id()
        {
            cache.data_id = data.id();
            cache.cols.iter_mut().for_each(Vec::clear);
            cache.next.fill(0);
        }
        for j in 0..self.m {
            let col = &mut self.x[j * n..(j + 1) * n];
            if !plan.included[j] {
                col.fill(f64::NAN);
                continue;
            }
            let t = &plan.treatments[j];
            let key = (*t, plan.outlier_rule);
            if let Some(cache) = &self.cache
                && let Some(e) = cache.cols[j].iter().find(|e| e.key == key)
            {
                col.copy_from_slice(&e.values);
                self.imputations.extend_from_slice(&e.imputations);
                self.outliers.extend_from_slice(&e.outliers);
                continue;
            }
            let (imp_start, out_start) = (self.imputations.len(), self.outliers.len());
            if let Some(d) = t.denominator {
                for (v, &den) in col.iter_mut().zip(&data.denominators()[d].values) {
                    *v = if den.is_finite() && den != 0.0 {
                        *v / den
                    } else {
                        f64::NAN
                    };
                }
            }
            impute(
                col,
                j,
                t.imputation,
                data.not_applicable(j),
                data.groups(),
                &mut self.tmp,
                &mut self.group_sum,
                &mut self.group_cnt,
                &mut self.group_off,
                &mut self.imputations,
            );
            treat_outliers(
                col,
                j,
                t.outliers,
                &plan.outlier_rule,
                &mut self.tmp2,
                &mut self.keys,
                &mut self.outliers,
            );
            normalise(
                col,
                t.normalisation,
                t.direction,
                &mut self.tmp2,
                &mut self.keys,
            );
            if let Some(cache) = &mut self.cache {
                let entries = &mut cache.cols[j];
                let slot = if entries.len() < cache.capacity {
                    entries.push(CacheEntry {
                        key,
                        values: Vec::with_capacity(n),
                        imputations: Vec::new(),
                        outliers: Vec::new(),
                    });
                    entries.len() - 1
                } else {
                    let s = cache.next[j];
                    cache.next[j] = (s + 1) % cache.capacity;
                    s
                };
                let e = &mut entries[slot];
                e.key = key;
                e.values.clear();
                e.values.extend_from_slice(col);
                e.imputations.clear();
                e.imputations
                    .extend_from_slice(&self.imputations[imp_start..]);
                e.outliers.clear();
                e.outliers.extend_from_slice(&self.outliers[out_start..]);
            }
        }
        for l in 1..self.levels.len() {
            let (below, above) = self.levels.split_at_mut(l);
            let child_scores: &[f64] = if l == 1 { &self.x } else { &below[l - 1] };
            aggregate_level(
                l,
                child_scores,
                &mut above[0],
                &self.children[l],
                &plan.weights[l - 1],
                if l == 1 { Some(&plan.included) } else { None },
                plan.aggregations[l],
                n,
                &mut self.acc,
                &mut self.wacc,
            )?;
        }
        let top = self.levels.last().map(|v| &v[..]).unwrap_or(&[]);
        stats::competition_ranks_desc(top, &mut self.ranks, &mut self.keys);
        Ok(())
    }

    /// Number of units.
    pub fn n_units(&self) -> usize {
        self.n
    }
    /// Index score per unit (last run).
    pub fn index(&self) -> &[f64] {
        self.levels.last().map(|v| &v[..]).unwrap_or(&[])
    }
    /// Competition rank per unit, 0 = unranked (last run).
    pub fn ranks(&self) -> &[u32] {
        &self.ranks
    }
    /// Scores of level `l`, column-major `n × len(l)`; level 0 gives the
    /// normalised indicators.
    pub fn level_scores(&self, l: usize) -> &[f64] {
        if l == 0 { &self.x } else { &self.levels[l] }
    }
    /// Imputations of the last run.
    pub fn imputations(&self) -> &[ImputationRecord] {
        &self.imputations
    }
    /// Outlier treatments of the last run.
    pub fn outliers(&self) -> &[OutlierRecord] {
        &self.outliers
    }
}

#[allow(clippy::too_many_arguments)]
fn impute(
    col: &mut [f64],
    j: usize,
    method: Imputation,
    not_applicable: Option<&[bool]>,
    groups: &[usize],
    tmp: &mut Vec<f64>,
    gsum: &mut [f64],
    gcnt: &mut [usize],
    goff: &mut [usize],
    records: &mut Vec<ImputationRecord>,
) {
    if method == Imputation::None || !col.iter().any(|v| v.is_nan()) {
        return;
    }
    let applies = |i: usize| not_applicable.is_none_or(|na| !na[i]);
    let mut fill = |col: &mut [f64], i: usize, v: f64| {
        if !v.is_nan() && applies(i) {
            col[i] = v;
            records.push(ImputationRecord {
                unit: i,
                indicator: j,
                value: v,
                method,
            });
        }
    };
    match method {
        Imputation::None => {}
        Imputation::Zero => {
            for i in 0..col.len() {
                if col[i].is_nan() {
                    fill(col, i, 0.0);
                }
            }
        }
        Imputation::Mean | Imputation::Median => {
            let v = if method == Imputation::Mean {
                stats::mean(col)
            } else {
                tmp.clear();
                tmp.extend(col.iter().copied().filter(|v| !v.is_nan()));
                stats::median_in_place(tmp)
            };
            for i in 0..col.len() {
                if col[i].is_nan() {
                    fill(col, i, v);
                }
            }
        }
        Imputation::GroupMean => {
            gsum.fill(0.0);
            gcnt.fill(0);
            for (i, &v) in col.iter().enumerate() {
                if !v.is_nan() {
                    gsum[groups[i]] += v;
                    gcnt[groups[i]] += 1;
                }
            }
            for (s, &c) in gsum.iter_mut().zip(gcnt.iter()) {
                *s = if c > 0 { *s / c as f64 } else { f64::NAN };
            }
            for i in 0..col.len() {
                if col[i].is_nan() {
                    fill(col, i, gsum[groups[i]]);
                }
            }
        }
        Imputation::GroupMedian => {
            // Bucket the present values by group (counting sort), then take
            // each group's median within its slice of `tmp`.
            let ng = gsum.len();
            gcnt.fill(0);
            for (&v, &g) in col.iter().zip(groups) {
                if !v.is_nan() {
                    gcnt[g] += 1;
                }
            }
            // goff: each group's write offset.
            let mut off = 0usize;
            for g in 0..ng {
                goff[g] = off;
                off += gcnt[g];
            }
            tmp.clear();
            tmp.resize(off, 0.0);
            for (&v, &g) in col.iter().zip(groups) {
                if !v.is_nan() {
                    tmp[goff[g]] = v;
                    goff[g] += 1;
                }
            }
            let mut start = 0usize;
            for g in 0..ng {
                let end = start + gcnt[g];
                gsum[g] = stats::median_in_place(&mut tmp[start..end]);
                start = end;
            }
            for i in 0..col.len() {
                if col[i].is_nan() {
                    fill(col, i, gsum[groups[i]]);
                }
            }
        }
    }
}

fn log_transform(col: &mut [f64]) -> bool {
    let min = col
        .iter()
        .copied()
        .filter(|v| !v.is_nan())
        .fold(f64::INFINITY, f64::min);
    let shifted = min <= 0.0;
    for v in col.iter_mut().filter(|v| !v.is_nan()) {
        *v = if shifted {
            (*v - min + 1.0).ln()
        } else {
            v.ln()
        };
    }
    shifted
}

fn treat_outliers(
    col: &mut [f64],
    j: usize,
    treatment: OutlierTreatment,
    rule: &OutlierRule,
    orig: &mut [f64],
    keys: &mut Vec<(u64, u32)>,
    records: &mut Vec<OutlierRecord>,
) {
    if treatment == OutlierTreatment::None {
        return;
    }
    let (s0, k0) = stats::skew_kurt(col);
    let holds = rule.holds(s0, k0);
    match treatment {
        OutlierTreatment::None => {}
        OutlierTreatment::Log { always } => {
            if holds || always {
                let shifted = log_transform(col);
                let (s1, k1) = stats::skew_kurt(col);
                records.push(OutlierRecord {
                    indicator: j,
                    skew_before: s0,
                    kurtosis_before: k0,
                    skew_after: s1,
                    kurtosis_after: k1,
                    action: OutlierAction::Log { shifted },
                });
            }
        }
        OutlierTreatment::Winsorise {
            max_points,
            log_fallback,
        } => {
            if !holds {
                return;
            }
            orig.copy_from_slice(col);
            stats::sort_present(col, keys);
            let idx = |t: usize| keys[t].1 as usize;
            let k = keys.len();
            let (mut hi, mut lo) = (0usize, 0usize);
            let (mut s, mut ku) = (s0, k0);
            // Keep at least two distinct sorted positions untouched.
            while rule.holds(s, ku) && hi + lo < max_points && hi + lo + 2 < k {
                if s > 0.0 {
                    hi += 1;
                    let v = orig[idx(k - 1 - hi)];
                    for t in 0..hi {
                        col[idx(k - 1 - t)] = v;
                    }
                } else {
                    lo += 1;
                    let v = orig[idx(lo)];
                    for t in 0..lo {
                        col[idx(t)] = v;
                    }
                }
                (s, ku) = stats::skew_kurt(col);
            }
            let still = rule.holds(s, ku);
            if still && log_fallback {
                col.copy_from_slice(orig);
                let shifted = log_transform(col);
                let (s1, k1) = stats::skew_kurt(col);
                records.push(OutlierRecord {
                    indicator: j,
                    skew_before: s0,
                    kurtosis_before: k0,
                    skew_after: s1,
                    kurtosis_after: k1,
                    action: OutlierAction::Log { shifted },
                });
            } else {
                records.push(OutlierRecord {
                    indicator: j,
                    skew_before: s0,
                    kurtosis_before: k0,
                    skew_after: s,
                    kurtosis_after: ku,
                    action: OutlierAction::Winsorised {
                        high_units: (k - hi..k).rev().map(idx).collect(),
                        low_units: (0..lo).map(idx).collect(),
                        rule_still_holds: still,
                    },
                });
            }
        }
    }
}

/// Normalises one indicator column in place (`NaN` stays `NaN`). `tmp` must
/// have the column's length; `keys` is scratch.
pub fn normalise(
    col: &mut [f64],
    norm: Normalisation,
    dir: Direction,
    tmp: &mut [f64],
    keys: &mut Vec<(u64, u32)>,
) {
    let sign = if dir == Direction::HigherIsBetter {
        1.0
    } else {
        -1.0
    };
    match norm {
        Normalisation::None => {
            if sign < 0.0 {
                col.iter_mut().for_each(|v| *v = -*v);
            }
        }
        Normalisation::MinMax { low, high } => {
            // Branch-free loops: f64::min/max skip NaN, and NaN propagates
            // through the affine map, so missing values stay missing.
            let (mut mn, mut mx) = (f64::INFINITY, f64::NEG_INFINITY);
            for &v in col.iter() {
                mn = mn.min(v);
                mx = mx.max(v);
            }
            let range = mx - mn;
            if range > 0.0 {
                // y = (x − min)/range, or (max − x)/range when lower is better.
                let (origin, slope) = if sign > 0.0 {
                    (mn, 1.0 / range)
                } else {
                    (mx, -1.0 / range)
                };
                let span = high - low;
                for v in col.iter_mut() {
                    *v = low + (*v - origin) * slope * span;
                }
            } else {
                let mid = low + 0.5 * (high - low);
                for v in col.iter_mut() {
                    *v = if v.is_nan() { f64::NAN } else { mid };
                }
            }
        }
        Normalisation::ZScore { mean, sd } => {
            let mu = stats::mean(col);
            let s = stats::variance(col).sqrt();
            for v in col.iter_mut().filter(|v| !v.is_nan()) {
                *v = if s > 0.0 {
                    mean + sd * sign * (*v - mu) / s
                } else {
                    mean
                };
            }
        }
        Normalisation::Goalposts { low, high, scale } => {
            for v in col.iter_mut().filter(|v| !v.is_nan()) {
                let y = if sign > 0.0 {
                    (*v - low) / (high - low)
                } else {
                    (high - *v) / (high - low)
                };
                *v = scale * y.clamp(0.0, 1.0);
            }
        }
        Normalisation::Rank | Normalisation::PercentileRank => {
            if sign < 0.0 {
                col.iter_mut().for_each(|v| *v = -*v);
            }
            let k = stats::average_ranks(col, tmp, keys);
            let pct = norm == Normalisation::PercentileRank;
            for (v, &r) in col.iter_mut().zip(tmp.iter()) {
                *v = if r.is_nan() {
                    f64::NAN
                } else if !pct {
                    r
                } else if k > 1 {
                    (r - 1.0) / (k - 1) as f64
                } else {
                    0.5
                };
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn aggregate_level(
    level: usize,
    child_scores: &[f64],
    out: &mut [f64],
    children: &[Vec<usize>],
    weights: &[f64],
    included: Option<&Vec<bool>>,
    agg: Aggregation,
    n: usize,
    acc: &mut [f64],
    wacc: &mut [f64],
) -> Result<()> {
    // Normalise the aggregation into (kind, p, epsilon).
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Arith,
        Geo,
        Pow,
    }
    let (kind, p, zeros, name) = match agg {
        Aggregation::Arithmetic => (Kind::Arith, 1.0, ZeroPolicy::Refuse, "arithmetic"),
        Aggregation::Power { p: 1.0, .. } => (Kind::Arith, 1.0, ZeroPolicy::Refuse, "arithmetic"),
        Aggregation::Geometric { zeros } => (Kind::Geo, 0.0, zeros, "geometric"),
        Aggregation::Power { p: 0.0, zeros } => (Kind::Geo, 0.0, zeros, "geometric"),
        Aggregation::Harmonic { zeros } => (Kind::Pow, -1.0, zeros, "harmonic"),
        Aggregation::Power { p, zeros } => (Kind::Pow, p, zeros, "power"),
    };
    let eps = match zeros {
        ZeroPolicy::Shift { epsilon } if p <= 0.0 => epsilon,
        _ => 0.0,
    };
    let refuse_zero = kind != Kind::Arith && p <= 0.0 && matches!(zeros, ZeroPolicy::Refuse);
    for (c, ch) in children.iter().enumerate() {
        acc.fill(0.0);
        wacc.fill(0.0);
        for &k in ch {
            let w = weights[k];
            if w <= 0.0 || included.is_some_and(|inc| !inc[k]) {
                continue;
            }
            let xs = &child_scores[k * n..(k + 1) * n];
            match kind {
                Kind::Arith => {
                    // Branch-free: missing values are common and unpredictable.
                    for ((a, wa), &v) in acc.iter_mut().zip(wacc.iter_mut()).zip(xs) {
                        let present = !v.is_nan();
                        *a += if present { w * v } else { 0.0 };
                        *wa += if present { w } else { 0.0 };
                    }
                }
                Kind::Geo | Kind::Pow => {
                    for i in 0..n {
                        let v = xs[i];
                        if v.is_nan() {
                            continue;
                        }
                        if v < 0.0 || (v == 0.0 && refuse_zero) {
                            return Err(LabError::NonPositive {
                                aggregation: name,
                                unit: i,
                                level,
                                component: c,
                                value: v,
                            });
                        }
                        let v = v + eps;
                        acc[i] += if kind == Kind::Geo {
                            w * v.ln()
                        } else {
                            w * v.powf(p)
                        };
                        wacc[i] += w;
                    }
                }
            }
        }
        let o = &mut out[c * n..(c + 1) * n];
        for i in 0..n {
            o[i] = if wacc[i] > 0.0 {
                let mean = acc[i] / wacc[i];
                match kind {
                    Kind::Arith => mean,
                    Kind::Geo => mean.exp() - eps,
                    Kind::Pow => mean.powf(1.0 / p) - eps,
                }
            } else {
                f64::NAN
            };
        }
    }
    Ok(())
}

/// Scores of one level of a rebuild.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelScores {
    /// Level name.
    pub name: String,
    /// Component codes.
    pub codes: Vec<String>,
    /// Column-major `n_units × codes.len()`: `scores[c * n_units + i]`.
    pub scores: Vec<f64>,
}

/// Full output of one rebuild.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rebuild {
    /// Unit names.
    pub units: Vec<String>,
    /// Scores per level (level 0 = normalised indicators, last = the index).
    pub levels: Vec<LevelScores>,
    /// Index score per unit.
    pub index: Vec<f64>,
    /// Competition rank per unit (`None` = no index score).
    pub ranks: Vec<Option<u32>>,
    /// Every imputed value.
    pub imputations: Vec<ImputationRecord>,
    /// Every outlier treatment.
    pub outliers: Vec<OutlierRecord>,
    /// Weights used and effective weights.
    pub weights: WeightReport,
    /// The resolved plan.
    pub plan: Plan,
}

impl Rebuild {
    /// Score of unit `i` in component `c` of level `l`.
    pub fn score(&self, l: usize, c: usize, i: usize) -> f64 {
        self.levels[l].scores[c * self.units.len() + i]
    }
}

/// Rebuilds the index once (allocating a fresh workspace). For many rebuilds,
/// use [`Method::plan`] once and [`Workspace::run`] repeatedly.
pub fn rebuild(data: &Dataset, hier: &Hierarchy, method: &Method) -> Result<Rebuild> {
    let (plan, weights) = method.plan(data, hier)?;
    let mut ws = Workspace::new(data, hier);
    ws.run(data, &plan)?;
    Ok(collect(data, hier, &ws, plan, weights))
}

/// Copies a workspace's results into an owned [`Rebuild`].
pub fn collect(
    data: &Dataset,
    hier: &Hierarchy,
    ws: &Workspace,
    plan: Plan,
    weights: WeightReport,
) -> Rebuild {
    let levels = hier
        .levels
        .iter()
        .enumerate()
        .map(|(l, level)| LevelScores {
            name: level.name.clone(),
            codes: level.components.iter().map(|c| c.code.clone()).collect(),
            scores: ws.level_scores(l).to_vec(),
        })
        .collect();
    Rebuild {
        units: data.units().to_vec(),
        levels,
        index: ws.index().to_vec(),
        ranks: ws
            .ranks()
            .iter()
            .map(|&r| if r == 0 { None } else { Some(r) })
            .collect(),
        imputations: ws.imputations().to_vec(),
        outliers: ws.outliers().to_vec(),
        weights,
        plan,
    }
}

/// Tier of a score given descending thresholds `[t₀ > t₁ > …]`: tier 0 when
/// `score ≥ t₀`, tier 1 when `t₀ > score ≥ t₁`, …, `thresholds.len()` below
/// the last. `None` for a missing score.
pub fn tier(score: f64, thresholds: &[f64]) -> Option<usize> {
    if score.is_nan() {
        return None;
    }
    Some(
        thresholds
            .iter()
            .position(|&t| score >= t)
            .unwrap_or(thresholds.len()),
    )
}
