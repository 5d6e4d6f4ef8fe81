//! Variance-based sensitivity analysis (Sobol indices) by Saltelli sampling.
//!
//! Design (Saltelli et al. 2010, "Variance based sensitivity analysis of
//! model output. Design and estimator for the total sensitivity index"):
//! two independent `N × k` matrices `A` and `B` of uniform `[0, 1)` points
//! (seeded `ChaCha8Rng`) and, for each input `i`, the matrix `A_B⁽ⁱ⁾` equal to
//! `A` with column `i` taken from `B`: `N·(k + 2)` model runs in all.
//!
//! Estimators, with `V = Var(Y)` over the `2N` outputs of `A` and `B`:
//!
//! - first order (Saltelli 2010, table 2 (b)):
//!   `Sᵢ = (1/N) Σⱼ f(B)ⱼ · (f(A_B⁽ⁱ⁾)ⱼ − f(A)ⱼ) / V`;
//! - total effect (Jansen 1999, table 2 (f)):
//!   `STᵢ = (1/2N) Σⱼ (f(A)ⱼ − f(A_B⁽ⁱ⁾)ⱼ)² / V`.
//!
//! `f(B)ⱼ` is centred on the output mean in the first-order sum (which
//! leaves its expectation unchanged and lowers its variance). An output with
//! zero variance gets all indices 0; a `NaN` output (e.g. the rank of an
//! unranked unit) gives `NaN` indices.
//!
//! Confidence intervals: `R` bootstrap resamples of the `N` rows (seeded;
//! the same resamples for every output), percentile intervals at the chosen
//! confidence level. An estimate is flagged as not converged when its
//! interval is wider than [`SobolSettings::max_ci_width`].
//!
//! Model runs execute in parallel with rayon; results do not depend on the
//! thread count. [`sobol`] takes a closure `Fn(&[f64]) -> f64` on the unit
//! hypercube; [`sobol_multi`] takes a per-thread state and writes several
//! outputs per run; [`index_sensitivity`] applies it to the index, with the
//! uncertain inputs of an [`UncertaintySpec`] as factors.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::data::{Dataset, Hierarchy};
use crate::pipeline::Method;
use crate::stats;
use crate::uncertainty::{Runner, UncertaintySpec};
use crate::{LabError, Result};

/// Settings of a Sobol analysis.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SobolSettings {
    /// Base sample size `N` (the model runs `N·(k + 2)` times).
    pub n: usize,
    /// Seed of the design and of the bootstrap.
    pub seed: u64,
    /// Bootstrap resamples (0 = no intervals).
    pub bootstrap: usize,
    /// Confidence level of the intervals, e.g. 0.95.
    pub confidence: f64,
    /// An interval wider than this flags the estimate as not converged.
    pub max_ci_width: f64,
}

impl Default for SobolSettings {
    fn default() -> Self {
        Self {
            n: 1000,
            seed: 0,
            bootstrap: 200,
            confidence: 0.95,
            max_ci_width: 0.1,
        }
    }
}

/// An index estimate with its bootstrap interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    /// Point estimate.
    pub value: f64,
    /// Lower bound of the interval.
    pub low: f64,
    /// Upper bound of the interval.
    pub high: f64,
    /// Whether the interval is narrower than the threshold.
    pub converged: bool,
}

/// Sobol indices of one output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SobolIndices {
    /// First-order index per input.
    pub first_order: Vec<Estimate>,
    /// Total-effect index per input.
    pub total: Vec<Estimate>,
    /// Output mean over `A` and `B`.
    pub mean: f64,
    /// Output variance over `A` and `B`.
    pub variance: f64,
    /// All estimates converged.
    pub converged: bool,
}

/// The Saltelli design: matrices `A` and `B`, row-major `N × k`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaltelliDesign {
    /// Base sample size.
    pub n: usize,
    /// Number of inputs.
    pub k: usize,
    /// Matrix `A`.
    pub a: Vec<f64>,
    /// Matrix `B`.
    pub b: Vec<f64>,
}

impl SaltelliDesign {
    /// Draws `A` and `B` from a `ChaCha8Rng` seeded with `seed`.
    pub fn new(n: usize, k: usize, seed: u64) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut a = vec![0.0; n * k];
        let mut b = vec![0.0; n * k];
        for j in 0..n {
            for i in 0..k {
                a[j * k + i] = rng.random::<f64>();
                b[j * k + i] = rng.random::<f64>();
            }
        }
        Self { n, k, a, b }
    }

    /// Number of model runs: `N·(k + 2)`.
    pub fn runs(&self) -> usize {
        self.n * (self.k + 2)
    }

    /// Input point of run `r`: rows of `A` first, then `B`, then `A_B⁽¹⁾` … `A_B⁽ᵏ⁾`.
    pub fn point(&self, r: usize, out: &mut [f64]) {
        let (n, k) = (self.n, self.k);
        let (block, j) = (r / n, r % n);
        match block {
            0 => out.copy_from_slice(&self.a[j * k..(j + 1) * k]),
            1 => out.copy_from_slice(&self.b[j * k..(j + 1) * k]),
            b => {
                out.copy_from_slice(&self.a[j * k..(j + 1) * k]);
                out[b - 2] = self.b[j * k + b - 2];
            }
        }
    }
}

/// Runs the model on every point of the design, in parallel. `f` writes
/// `n_out` outputs; the result is row-major `runs × n_out`.
pub fn evaluate<W, I, F>(design: &SaltelliDesign, n_out: usize, init: I, f: F) -> Result<Vec<f64>>
where
    I: Fn() -> W + Sync + Send,
    F: Fn(&mut W, &[f64], &mut [f64]) -> Result<()> + Sync + Send,
{
    const CHUNK: usize = 32;
    let mut y = vec![0.0; design.runs() * n_out];
    y.par_chunks_mut(CHUNK * n_out.max(1))
        .enumerate()
        .try_for_each_init(
            || (init(), vec![0.0; design.k]),
            |(state, x), (c, out)| {
                for (t, row) in out.chunks_mut(n_out.max(1)).enumerate() {
                    let r = c * CHUNK + t;
                    design.point(r, x);
                    f(state, x, row).map_err(|e| LabError::Run {
                        run: r,
                        source: Box::new(e),
                    })?;
                }
                Ok(())
            },
        )?;
    Ok(y)
}

/// Point estimates of `S` and `ST` (written to `s`, `st`) and `(mean, V)` of
/// one output, given its values `col[block · N + j]` (blocks A, B, A_B⁽ⁱ⁾),
/// over rows `rows` (a bootstrap resample, or `None` for `0..N`).
fn estimate_once(
    col: &[f64],
    n: usize,
    rows: Option<&[u32]>,
    s: &mut [f64],
    st: &mut [f64],
) -> (f64, f64) {
    let k = s.len();
    let at = |block: usize, j: usize| col[block * n + j];
    let row = |t: usize| rows.map_or(t, |r| r[t] as usize);
    let mut sum = 0.0;
    for t in 0..n {
        let j = row(t);
        sum += at(0, j) + at(1, j);
    }
    let m = sum / (2 * n) as f64;
    let mut ss = 0.0;
    for t in 0..n {
        let j = row(t);
        let (a, b) = (at(0, j) - m, at(1, j) - m);
        ss += a * a + b * b;
    }
    let v = ss / (2 * n) as f64;
    for i in 0..k {
        let (mut s1, mut s2) = (0.0, 0.0);
        for t in 0..n {
            let j = row(t);
            let (a, b, ab) = (at(0, j), at(1, j), at(2 + i, j));
            s1 += (b - m) * (ab - a);
            s2 += (a - ab) * (a - ab);
        }
        // Relative tolerance: a variance that is rounding noise counts as zero.
        if v > 1e-12 * (1.0 + m * m) {
            s[i] = s1 / n as f64 / v;
            st[i] = s2 / (2 * n) as f64 / v;
        } else {
            s[i] = 0.0;
            st[i] = 0.0;
        }
    }
    (m, v)
}

/// Sobol indices of every output from model evaluations `y` (row-major
/// `N(k + 2) × n_out`, in [`SaltelliDesign::point`] order).
pub fn estimate(
    y: &[f64],
    n: usize,
    k: usize,
    n_out: usize,
    settings: &SobolSettings,
) -> Result<Vec<SobolIndices>> {
    if y.len() != n * (k + 2) * n_out {
        return Err(LabError::Shape(format!(
            "{} outputs for N = {n}, k = {k}, {n_out} per run",
            y.len()
        )));
    }
    let r = settings.bootstrap;
    let mut rng = ChaCha8Rng::seed_from_u64(settings.seed ^ 0xB007_5742_A11D_5EED);
    let resamples: Vec<u32> = (0..r * n).map(|_| rng.random_range(0..n as u32)).collect();
    let alpha = (1.0 - settings.confidence.clamp(0.0, 1.0)) / 2.0;
    let out = (0..n_out)
        .into_par_iter()
        .map(|o| {
            let mut s = vec![0.0; k];
            let mut st = vec![0.0; k];
            // Gather the output's column once: the bootstrap then stays in cache.
            let col: Vec<f64> = (0..n * (k + 2)).map(|r| y[r * n_out + o]).collect();
            let (mean, variance) = estimate_once(&col, n, None, &mut s, &mut st);
            let mut bs = vec![0.0; r * k];
            let mut bst = vec![0.0; r * k];
            for b in 0..r {
                estimate_once(
                    &col,
                    n,
                    Some(&resamples[b * n..(b + 1) * n]),
                    &mut bs[b * k..(b + 1) * k],
                    &mut bst[b * k..(b + 1) * k],
                );
            }
            let mut col = Vec::with_capacity(r);
            let mut interval = |vals: &[f64], i: usize, value: f64| {
                if r == 0 {
                    return Estimate {
                        value,
                        low: f64::NAN,
                        high: f64::NAN,
                        converged: false,
                    };
                }
                col.clear();
                col.extend((0..r).map(|b| vals[b * k + i]));
                col.sort_unstable_by(f64::total_cmp);
                let low = stats::quantile_sorted(&col, alpha);
                let high = stats::quantile_sorted(&col, 1.0 - alpha);
                Estimate {
                    value,
                    low,
                    high,
                    converged: high - low <= settings.max_ci_width,
                }
            };
            let first_order: Vec<Estimate> = (0..k).map(|i| interval(&bs, i, s[i])).collect();
            let total: Vec<Estimate> = (0..k).map(|i| interval(&bst, i, st[i])).collect();
            let converged = first_order.iter().chain(&total).all(|e| e.converged);
            SobolIndices {
                first_order,
                total,
                mean,
                variance,
                converged,
            }
        })
        .collect();
    Ok(out)
}

fn check(k: usize, settings: &SobolSettings) -> Result<()> {
    if k == 0 || settings.n < 2 {
        return Err(LabError::Invalid(
            "Sobol analysis needs k ≥ 1 inputs and N ≥ 2".into(),
        ));
    }
    if settings.n > u32::MAX as usize {
        return Err(LabError::Invalid("N too large".into()));
    }
    Ok(())
}

/// Sobol indices of a scalar model on `[0, 1)^k`.
pub fn sobol<F>(k: usize, settings: &SobolSettings, f: F) -> Result<SobolIndices>
where
    F: Fn(&[f64]) -> f64 + Sync + Send,
{
    let mut v = sobol_multi(
        k,
        1,
        settings,
        || (),
        |_, x, out| {
            out[0] = f(x);
            Ok(())
        },
    )?;
    Ok(v.remove(0))
}

/// Sobol indices of a model with `n_out` outputs on `[0, 1)^k`. `init`
/// creates a per-thread state (e.g. a rebuild workspace); `f` writes the
/// outputs of one point.
pub fn sobol_multi<W, I, F>(
    k: usize,
    n_out: usize,
    settings: &SobolSettings,
    init: I,
    f: F,
) -> Result<Vec<SobolIndices>>
where
    I: Fn() -> W + Sync + Send,
    F: Fn(&mut W, &[f64], &mut [f64]) -> Result<()> + Sync + Send,
{
    check(k, settings)?;
    let design = SaltelliDesign::new(settings.n, k, settings.seed);
    let y = evaluate(&design, n_out, init, f)?;
    estimate(&y, settings.n, k, n_out, settings)
}

/// Which per-unit quantity the index sensitivity analysis explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitOutput {
    /// The unit's rank (unranked → `NaN`).
    #[default]
    Rank,
    /// The unit's index score.
    Score,
}

/// Sensitivity of the index to the uncertain inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexSensitivity {
    /// Labels of the inputs (factors).
    pub inputs: Vec<String>,
    /// Indices per unit (dataset order) for the chosen [`UnitOutput`].
    pub per_unit: Vec<SobolIndices>,
    /// Indices of the overall summary: mean absolute rank shift from the
    /// nominal ranks (over the units ranked in both).
    pub mean_abs_rank_shift: SobolIndices,
    /// Model runs performed.
    pub runs: usize,
}

/// Saltelli analysis of the index with the spec's uncertain inputs as factors.
pub fn index_sensitivity(
    data: &Dataset,
    hier: &Hierarchy,
    method: &Method,
    spec: &UncertaintySpec,
    output: UnitOutput,
    settings: &SobolSettings,
) -> Result<IndexSensitivity> {
    let k = spec.dimension();
    check(k, settings)?;
    let (nominal, _) = method.plan(data, hier)?;
    spec.validate(&nominal)?;
    let mut r0 = Runner::new(data, hier, spec, &nominal);
    r0.ws.run(data, &nominal)?;
    let nominal_ranks = r0.ws.ranks().to_vec();
    let n = data.n_units();
    let mut all = sobol_multi(
        k,
        n + 1,
        settings,
        || Runner::new(data, hier, spec, &nominal),
        |runner, x, out| {
            runner.run(x)?;
            let ranks = runner.ws.ranks();
            for i in 0..n {
                out[i] = match output {
                    UnitOutput::Rank if ranks[i] == 0 => f64::NAN,
                    UnitOutput::Rank => f64::from(ranks[i]),
                    UnitOutput::Score => runner.ws.index()[i],
                };
            }
            let (mut s, mut c) = (0.0, 0usize);
            for (&r, &r0) in ranks.iter().zip(&nominal_ranks) {
                if r > 0 && r0 > 0 {
                    s += (f64::from(r) - f64::from(r0)).abs();
                    c += 1;
                }
            }
            out[n] = if c > 0 { s / c as f64 } else { 0.0 };
            Ok(())
        },
    )?;
    let summary = all
        .pop()
        .ok_or_else(|| LabError::Shape("no summary output".into()))?;
    Ok(IndexSensitivity {
        inputs: spec.labels(),
        per_unit: all,
        mean_abs_rank_shift: summary,
        runs: settings.n * (k + 2),
    })
}
