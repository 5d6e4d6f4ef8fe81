//! Statistical coherence audit of an index (in the spirit of the OECD/JRC
//! Handbook on Constructing Composite Indicators, 2008, and COINr's
//! `get_stats`, `get_corr`, `get_cronbach`, `get_PCA`).
//!
//! - **Data availability** per indicator and per unit (share of present raw
//!   values), flagged below a threshold (default 65%).
//! - **Distribution shape** of every raw indicator: sample skewness and excess
//!   kurtosis as in COINr (see [`crate::stats`]), with the outlier rule.
//! - **Pearson correlation matrices** (pairwise complete observations) within
//!   each level and across each pair of levels, on the rebuild's scores
//!   (level 0 = normalised indicators).
//! - **Cronbach's alpha** per component above level 0, over its children
//!   (complete cases): `α = K/(K−1) · (1 − Σ Var(xᵢ) / Var(Σ xᵢ))`.
//! - **Variance explained by the first principal component** per component
//!   above level 0: largest eigenvalue of its children's correlation matrix
//!   (cyclic Jacobi rotations, our own code) divided by the number of children.
//! - **Collinearity** warnings for siblings with `|r| >` a threshold
//!   (default 0.92).
//! - **Main effects**: for each component below the index, the first-order
//!   effect of its score on the index score, estimated as the correlation
//!   ratio `η² = Var(E[Y | X]) / Var(Y)` by binning `X` into equal-count bins
//!   (Paruolo, Saisana & Saltelli 2013, "Ratings and rankings: voodoo or
//!   science?", who use a nonparametric smoother; binning is the simplest
//!   such estimator and is biased upward by about `(bins − 1)/(n − 1)`),
//!   beside Pearson's `r²` and the component's nominal (effective) weight.
//!   Both effects and weights are also given as shares among siblings, the
//!   comparison Paruolo et al. recommend.

use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Hierarchy};
use crate::pipeline::{OutlierRule, Rebuild};
use crate::stats;
use crate::{LabError, Result};

/// Thresholds of the audit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CoherenceSettings {
    /// Flag availability below this share (COINr: 0.65).
    pub availability_threshold: f64,
    /// Flag sibling pairs with `|r|` above this (COINr: 0.92).
    pub collinearity_threshold: f64,
    /// Bins of the correlation ratio (`None` = `round(√n)`, at least 2).
    pub bins: Option<usize>,
    /// Outlier rule reported beside skew and kurtosis.
    pub outlier_rule: OutlierRule,
}

impl Default for CoherenceSettings {
    fn default() -> Self {
        Self {
            availability_threshold: 0.65,
            collinearity_threshold: 0.92,
            bins: None,
            outlier_rule: OutlierRule::default(),
        }
    }
}

/// Data availability of the raw data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Availability {
    /// Share of units with a value, per indicator.
    pub per_indicator: Vec<f64>,
    /// Share of indicators with a value, per unit.
    pub per_unit: Vec<f64>,
    /// Indicators below the threshold.
    pub low_indicators: Vec<usize>,
    /// Units below the threshold.
    pub low_units: Vec<usize>,
}

/// Distribution shape of one raw indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Distribution {
    /// Indicator index.
    pub indicator: usize,
    /// Sample skewness.
    pub skew: f64,
    /// Sample excess kurtosis.
    pub kurtosis: f64,
    /// Whether the outlier rule holds.
    pub outlier_rule_holds: bool,
}

/// A correlation matrix between the components of two levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrelationMatrix {
    /// Level of the rows.
    pub row_level: usize,
    /// Level of the columns.
    pub col_level: usize,
    /// Row component codes.
    pub rows: Vec<String>,
    /// Column component codes.
    pub cols: Vec<String>,
    /// Row-major `rows × cols` Pearson coefficients (`NaN` when undefined).
    pub r: Vec<f64>,
}

impl CorrelationMatrix {
    /// Coefficient of row `a`, column `b`.
    pub fn get(&self, a: usize, b: usize) -> f64 {
        self.r[a * self.cols.len() + b]
    }
}

/// Internal consistency of one component's children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupConsistency {
    /// Level of the component.
    pub level: usize,
    /// Component index.
    pub component: usize,
    /// Component code.
    pub code: String,
    /// Number of children.
    pub children: usize,
    /// Cronbach's alpha (`NaN` with fewer than 2 children or 2 complete cases).
    pub cronbach_alpha: f64,
    /// Share of variance explained by the first principal component.
    pub pc1_share: f64,
}

/// A pair of highly correlated siblings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Collinearity {
    /// Level of the pair.
    pub level: usize,
    /// First component.
    pub a: usize,
    /// Second component.
    pub b: usize,
    /// Their Pearson correlation.
    pub r: f64,
}

/// Main effect of one component on the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MainEffect {
    /// Level.
    pub level: usize,
    /// Component index.
    pub component: usize,
    /// Code.
    pub code: String,
    /// Effective nominal weight in the index.
    pub weight: f64,
    /// Weight as a share of its siblings' weights.
    pub weight_share: f64,
    /// Correlation ratio η² (binned first-order effect).
    pub correlation_ratio: f64,
    /// η² as a share of its siblings' η².
    pub effect_share: f64,
    /// Pearson r² with the index.
    pub pearson_r2: f64,
}

/// The whole audit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CoherenceReport {
    /// Data availability.
    pub availability: Availability,
    /// Distribution of each raw indicator.
    pub distributions: Vec<Distribution>,
    /// Correlations within each level (index `l` = level `l`; the top level's
    /// 1 × 1 matrix included).
    pub within: Vec<CorrelationMatrix>,
    /// Correlations of each level with every higher level.
    pub across: Vec<CorrelationMatrix>,
    /// Cronbach's alpha and PC1 share per component above level 0.
    pub groups: Vec<GroupConsistency>,
    /// Collinear sibling pairs.
    pub collinear: Vec<Collinearity>,
    /// Main effects of every component below the index.
    pub main_effects: Vec<MainEffect>,
}

/// Share of present values per indicator and per unit.
pub fn availability(data: &Dataset, threshold: f64) -> Availability {
    let (n, m) = (data.n_units(), data.n_indicators());
    let mut per_unit = vec![0.0; n];
    let per_indicator: Vec<f64> = (0..m)
        .map(|j| {
            let col = data.column(j);
            let mut k = 0usize;
            for (i, v) in col.iter().enumerate() {
                if !v.is_nan() {
                    k += 1;
                    per_unit[i] += 1.0;
                }
            }
            if n == 0 { 0.0 } else { k as f64 / n as f64 }
        })
        .collect();
    per_unit.iter_mut().for_each(|v| *v /= m.max(1) as f64);
    let low = |x: &[f64]| {
        x.iter()
            .enumerate()
            .filter(|(_, v)| **v < threshold)
            .map(|(i, _)| i)
            .collect()
    };
    Availability {
        low_indicators: low(&per_indicator),
        low_units: low(&per_unit),
        per_indicator,
        per_unit,
    }
}

/// Cronbach's alpha of the columns `items` (each of length n), complete cases.
pub fn cronbach_alpha(items: &[&[f64]]) -> f64 {
    let k = items.len();
    if k < 2 {
        return f64::NAN;
    }
    let n = items[0].len();
    let complete: Vec<usize> = (0..n)
        .filter(|&i| items.iter().all(|c| !c[i].is_nan()))
        .collect();
    if complete.len() < 2 {
        return f64::NAN;
    }
    let sum_var: f64 = items
        .iter()
        .map(|c| stats::variance(&complete.iter().map(|&i| c[i]).collect::<Vec<_>>()))
        .sum();
    let totals: Vec<f64> = complete
        .iter()
        .map(|&i| items.iter().map(|c| c[i]).sum())
        .collect();
    let total_var = stats::variance(&totals);
    if total_var <= 0.0 {
        return f64::NAN;
    }
    k as f64 / (k - 1) as f64 * (1.0 - sum_var / total_var)
}

/// Eigenvalues of a symmetric `k × k` matrix (row-major) by cyclic Jacobi
/// rotations, in descending order.
pub fn symmetric_eigenvalues(matrix: &[f64], k: usize) -> Vec<f64> {
    let mut a = matrix.to_vec();
    for _sweep in 0..100 {
        let off: f64 = (0..k)
            .flat_map(|p| (0..k).filter(move |&q| q != p).map(move |q| (p, q)))
            .map(|(p, q)| a[p * k + q].powi(2))
            .sum();
        if off < 1e-22 {
            break;
        }
        for p in 0..k {
            for q in p + 1..k {
                let apq = a[p * k + q];
                if apq.abs() < 1e-300 {
                    continue;
                }
                // Rotation angle that zeroes a[p][q].
                let theta = (a[q * k + q] - a[p * k + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let t = if theta == 0.0 { 1.0 } else { t };
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for r in 0..k {
                    let (arp, arq) = (a[r * k + p], a[r * k + q]);
                    a[r * k + p] = c * arp - s * arq;
                    a[r * k + q] = s * arp + c * arq;
                }
                for r in 0..k {
                    let (apr, aqr) = (a[p * k + r], a[q * k + r]);
                    a[p * k + r] = c * apr - s * aqr;
                    a[q * k + r] = s * apr + c * aqr;
                }
            }
        }
    }
    let mut ev: Vec<f64> = (0..k).map(|i| a[i * k + i]).collect();
    ev.sort_unstable_by(|x, y| y.total_cmp(x));
    ev
}

/// Share of variance of the first principal component of the columns
/// `items`: largest eigenvalue of their (pairwise) correlation matrix over
/// `K`. An undefined correlation (constant column) counts as 0.
pub fn pc1_share(items: &[&[f64]]) -> f64 {
    let k = items.len();
    if k == 0 {
        return f64::NAN;
    }
    let mut r = vec![0.0; k * k];
    for a in 0..k {
        r[a * k + a] = 1.0;
        for b in a + 1..k {
            let v = stats::pearson(items[a], items[b]);
            let v = if v.is_nan() { 0.0 } else { v };
            r[a * k + b] = v;
            r[b * k + a] = v;
        }
    }
    symmetric_eigenvalues(&r, k)[0] / k as f64
}

/// Correlation ratio `η² = Var(E[Y|X]) / Var(Y)`, estimated by sorting the
/// complete pairs on `x` and splitting them into `bins` equal-count bins.
pub fn correlation_ratio(x: &[f64], y: &[f64], bins: usize) -> f64 {
    let mut pairs: Vec<(f64, f64)> = x
        .iter()
        .zip(y)
        .filter(|(a, b)| !a.is_nan() && !b.is_nan())
        .map(|(a, b)| (*a, *b))
        .collect();
    let n = pairs.len();
    let bins = bins.clamp(1, n.max(1));
    if n < 3 {
        return f64::NAN;
    }
    pairs.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let mean = pairs.iter().map(|p| p.1).sum::<f64>() / n as f64;
    let total: f64 = pairs.iter().map(|p| (p.1 - mean).powi(2)).sum();
    if total <= 0.0 {
        return f64::NAN;
    }
    let mut between = 0.0;
    for b in 0..bins {
        let (s, e) = (b * n / bins, (b + 1) * n / bins);
        if e > s {
            let m = pairs[s..e].iter().map(|p| p.1).sum::<f64>() / (e - s) as f64;
            between += (e - s) as f64 * (m - mean).powi(2);
        }
    }
    between / total
}

fn column(scores: &[f64], c: usize, n: usize) -> &[f64] {
    &scores[c * n..(c + 1) * n]
}

/// Runs the whole audit on the raw data and a rebuild of it.
#[allow(clippy::needless_range_loop)] // levels index several parallel tables
pub fn coherence(
    data: &Dataset,
    hier: &Hierarchy,
    rebuild: &Rebuild,
    settings: &CoherenceSettings,
) -> Result<CoherenceReport> {
    let n = data.n_units();
    let nl = hier.n_levels();
    if rebuild.levels.len() != nl || rebuild.units.len() != n {
        return Err(LabError::Shape(
            "the rebuild does not match the data and hierarchy".into(),
        ));
    }
    let availability = availability(data, settings.availability_threshold);
    let distributions = (0..data.n_indicators())
        .map(|j| {
            let (skew, kurtosis) = stats::skew_kurt(data.column(j));
            Distribution {
                indicator: j,
                skew,
                kurtosis,
                outlier_rule_holds: settings.outlier_rule.holds(skew, kurtosis),
            }
        })
        .collect();
    let codes = |l: usize| -> Vec<String> {
        hier.levels[l]
            .components
            .iter()
            .map(|c| c.code.clone())
            .collect()
    };
    let len = |l: usize| hier.levels[l].components.len();
    let cols = |l: usize, c: usize| column(&rebuild.levels[l].scores, c, n);
    let corr = |l: usize, m: usize| {
        let mut r = vec![0.0; len(l) * len(m)];
        for a in 0..len(l) {
            for b in 0..len(m) {
                r[a * len(m) + b] = if l == m && a == b {
                    1.0
                } else {
                    stats::pearson(cols(l, a), cols(m, b))
                };
            }
        }
        CorrelationMatrix {
            row_level: l,
            col_level: m,
            rows: codes(l),
            cols: codes(m),
            r,
        }
    };
    let within: Vec<CorrelationMatrix> = (0..nl).map(|l| corr(l, l)).collect();
    let across: Vec<CorrelationMatrix> = (0..nl)
        .flat_map(|l| (l + 1..nl).map(move |m| (l, m)))
        .map(|(l, m)| corr(l, m))
        .collect();

    let mut groups = Vec::new();
    for l in 1..nl {
        for c in 0..len(l) {
            let ch = hier.children(l, c);
            let items: Vec<&[f64]> = ch.iter().map(|&k| cols(l - 1, k)).collect();
            groups.push(GroupConsistency {
                level: l,
                component: c,
                code: hier.levels[l].components[c].code.clone(),
                children: ch.len(),
                cronbach_alpha: cronbach_alpha(&items),
                pc1_share: pc1_share(&items),
            });
        }
    }
    let mut collinear = Vec::new();
    for l in 0..nl - 1 {
        let comps = &hier.levels[l].components;
        for a in 0..comps.len() {
            for b in a + 1..comps.len() {
                if comps[a].parent == comps[b].parent {
                    let r = within[l].get(a, b);
                    if r.abs() > settings.collinearity_threshold {
                        collinear.push(Collinearity { level: l, a, b, r });
                    }
                }
            }
        }
    }
    // Effective weights of every component: indicators' summed upwards.
    let mut eff: Vec<Vec<f64>> = vec![rebuild.weights.effective.clone()];
    for l in 1..nl {
        let mut w = vec![0.0; len(l)];
        for (k, ch) in hier.levels[l - 1].components.iter().enumerate() {
            w[ch.parent.unwrap_or(0)] += eff[l - 1][k];
        }
        eff.push(w);
    }
    let index = &rebuild.index;
    let bins = settings
        .bins
        .unwrap_or_else(|| ((n as f64).sqrt().round() as usize).max(2));
    let mut main_effects = Vec::new();
    for l in 0..nl - 1 {
        let comps = &hier.levels[l].components;
        let eta: Vec<f64> = (0..comps.len())
            .map(|c| correlation_ratio(cols(l, c), index, bins))
            .collect();
        for (c, comp) in comps.iter().enumerate() {
            let sib = |v: &[f64]| -> f64 {
                let s: f64 = comps
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.parent == comp.parent)
                    .map(|(k, _)| if v[k].is_nan() { 0.0 } else { v[k] })
                    .sum();
                if s > 0.0 { v[c] / s } else { f64::NAN }
            };
            let r = stats::pearson(cols(l, c), index);
            main_effects.push(MainEffect {
                level: l,
                component: c,
                code: comp.code.clone(),
                weight: eff[l][c],
                weight_share: sib(&eff[l]),
                correlation_ratio: eta[c],
                effect_share: sib(&eta),
                pearson_r2: r * r,
            });
        }
    }
    Ok(CoherenceReport {
        availability,
        distributions,
        within,
        across,
        groups,
        collinear,
        main_effects,
    })
}
