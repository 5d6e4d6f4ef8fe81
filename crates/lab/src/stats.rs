//! Descriptive statistics shared by the pipeline and the audits.
//!
//! Definitions (the same as COINr's `skew()` and `kurt()`, and Excel's `SKEW`
//! and `KURT`), for `n` present values with mean `x̄` and sample standard
//! deviation `s` (denominator `n − 1`):
//!
//! - sample skewness  `G1 = n / ((n−1)(n−2)) · Σ ((xᵢ − x̄)/s)³`  (needs n ≥ 3);
//! - sample excess kurtosis
//!   `G2 = n(n+1) / ((n−1)(n−2)(n−3)) · Σ ((xᵢ − x̄)/s)⁴ − 3(n−1)² / ((n−2)(n−3))`
//!   (needs n ≥ 4; 0 for a normal distribution).
//!
//! Quantiles use linear interpolation between order statistics (Hyndman & Fan
//! type 7, R's default). Missing values are `NaN` and are skipped where noted.

/// Mean of the non-`NaN` values (`NaN` if none).
pub fn mean(x: &[f64]) -> f64 {
    let (mut s, mut k) = (0.0, 0usize);
    for &v in x {
        let present = !v.is_nan();
        s += if present { v } else { 0.0 };
        k += usize::from(present);
    }
    if k == 0 { f64::NAN } else { s / k as f64 }
}

/// Sample variance (denominator n − 1) of the non-`NaN` values.
pub fn variance(x: &[f64]) -> f64 {
    let m = mean(x);
    let (mut s, mut k) = (0.0, 0usize);
    for &v in x {
        if !v.is_nan() {
            s += (v - m) * (v - m);
            k += 1;
        }
    }
    if k < 2 { f64::NAN } else { s / (k - 1) as f64 }
}

/// Sample skewness `G1` and excess kurtosis `G2` of the non-`NaN` values
/// (see the module docs). Returns `NaN` for a statistic when there are too
/// few values or the values are constant.
pub fn skew_kurt(x: &[f64]) -> (f64, f64) {
    let m = mean(x);
    let (mut m2, mut m3, mut m4, mut k) = (0.0, 0.0, 0.0, 0usize);
    for &v in x {
        // Branch-free: a missing value contributes a zero deviation.
        let present = !v.is_nan();
        let d = if present { v - m } else { 0.0 };
        let d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
        k += usize::from(present);
    }
    let n = k as f64;
    if k < 3 || m2 <= 0.0 {
        return (f64::NAN, f64::NAN);
    }
    let s2 = m2 / (n - 1.0);
    let s = s2.sqrt();
    let skew = n / ((n - 1.0) * (n - 2.0)) * (m3 / (s2 * s));
    let kurt = if k < 4 {
        f64::NAN
    } else {
        n * (n + 1.0) / ((n - 1.0) * (n - 2.0) * (n - 3.0)) * (m4 / (s2 * s2))
            - 3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0))
    };
    (skew, kurt)
}

/// Quantile `p ∈ [0, 1]` of already sorted, `NaN`-free values (type 7).
pub fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// Median of `x`, reordering it in place; `x` must be `NaN`-free.
pub fn median_in_place(x: &mut [f64]) -> f64 {
    let n = x.len();
    if n == 0 {
        return f64::NAN;
    }
    let mid = n / 2;
    let (left, m, _) = x.select_nth_unstable_by(mid, f64::total_cmp);
    let m = *m;
    if n % 2 == 1 {
        m
    } else {
        let lmax = left.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        (lmax + m) / 2.0
    }
}

/// Median of the non-`NaN` values (allocates; `NaN` if none).
pub fn median(x: &[f64]) -> f64 {
    let mut v: Vec<f64> = x.iter().copied().filter(|v| !v.is_nan()).collect();
    median_in_place(&mut v)
}

/// Pearson correlation over the pairs where both values are present
/// (`NaN` if fewer than 3 pairs or a constant series).
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let (mut sx, mut sy, mut k) = (0.0, 0.0, 0usize);
    for (&a, &b) in x.iter().zip(y) {
        if !a.is_nan() && !b.is_nan() {
            sx += a;
            sy += b;
            k += 1;
        }
    }
    if k < 3 {
        return f64::NAN;
    }
    let (mx, my) = (sx / k as f64, sy / k as f64);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (&a, &b) in x.iter().zip(y) {
        if !a.is_nan() && !b.is_nan() {
            let (da, db) = (a - mx, b - my);
            sxy += da * db;
            sxx += da * da;
            syy += db * db;
        }
    }
    if sxx <= 0.0 || syy <= 0.0 {
        return f64::NAN;
    }
    (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0)
}

/// Maps an `f64` to a `u64` whose unsigned order is `f64::total_cmp`'s order.
pub fn orderable(v: f64) -> u64 {
    let b = v.to_bits();
    if b >> 63 == 1 { !b } else { b | (1 << 63) }
}

/// Fills `keys` with `(orderable(x[i]), i)` for the non-`NaN` values and sorts
/// them ascending (sorting plain integer pairs is about twice as fast as an
/// indirect sort through `total_cmp`).
pub fn sort_present(x: &[f64], keys: &mut Vec<(u64, u32)>) {
    keys.clear();
    keys.extend(
        x.iter()
            .enumerate()
            .filter(|(_, v)| !v.is_nan())
            .map(|(i, &v)| (orderable(v), i as u32)),
    );
    keys.sort_unstable();
}

/// Average ranks (1 = smallest; ties share the mean of their positions) of the
/// non-`NaN` values, written to `out` (`NaN` where `x` is `NaN`). `keys` is
/// scratch space. Returns the number of ranked values.
pub fn average_ranks(x: &[f64], out: &mut [f64], keys: &mut Vec<(u64, u32)>) -> usize {
    sort_present(x, keys);
    out.fill(f64::NAN);
    let k = keys.len();
    let mut s = 0;
    while s < k {
        let mut e = s + 1;
        while e < k && x[keys[e].1 as usize] == x[keys[s].1 as usize] {
            e += 1;
        }
        // Positions s..e (0-based) share rank mean(s+1 ..= e).
        let r = (s + 1 + e) as f64 / 2.0;
        for &(_, i) in &keys[s..e] {
            out[i as usize] = r;
        }
        s = e;
    }
    k
}

/// Standard competition ranking ("1224"), descending: rank 1 is the highest
/// score; ties share the best rank and the next rank skips. `NaN` scores get
/// rank 0 (unranked). `keys` is scratch space.
pub fn competition_ranks_desc(x: &[f64], out: &mut [u32], keys: &mut Vec<(u64, u32)>) {
    sort_present(x, keys);
    out.fill(0);
    let k = keys.len();
    let mut prev = f64::NAN;
    let mut rank = 0u32;
    for pos in 0..k {
        let i = keys[k - 1 - pos].1 as usize;
        if x[i] != prev {
            rank = pos as u32 + 1;
            prev = x[i];
        }
        out[i] = rank;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skew_kurt_match_excel() {
        // x = 1, 2, 3, 4, 10: mean 4, deviations −3 −2 −1 0 6,
        // Σd² = 9+4+1+0+36 = 50, s² = 12.5, s = 3.5355;
        // Σd³ = −27−8−1+0+216 = 180, Σ(d/s)³ = 180 / 44.194 = 4.0729,
        // G1 = 5/(4·3) · 4.0729 = 1.69706.
        // Σd⁴ = 81+16+1+0+1296 = 1394, Σ(d/s)⁴ = 1394/156.25 = 8.9216,
        // G2 = 5·6/(4·3·2) · 8.9216 − 3·16/(3·2) = 11.152 − 8 = 3.152.
        let (s, k) = skew_kurt(&[1.0, 2.0, 3.0, 4.0, 10.0]);
        assert!((s - 1.697_056).abs() < 1e-5, "{s}");
        assert!((k - 3.152).abs() < 1e-9, "{k}");
    }

    #[test]
    fn ranks() {
        let x = [10.0, 20.0, 20.0, 5.0, f64::NAN];
        let mut r = [0u32; 5];
        competition_ranks_desc(&x, &mut r, &mut Vec::new());
        assert_eq!(r, [3, 1, 1, 4, 0]);
        let mut a = [0.0; 5];
        average_ranks(&x, &mut a, &mut Vec::new());
        assert_eq!(&a[..4], &[2.0, 3.5, 3.5, 1.0]);
        assert!(a[4].is_nan());
    }

    #[test]
    fn quantiles_and_median() {
        let s = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile_sorted(&s, 0.5), 2.5);
        assert_eq!(quantile_sorted(&s, 0.0), 1.0);
        assert!((quantile_sorted(&s, 0.05) - 1.15).abs() < 1e-12); // h = 3·0.05 = 0.15
        assert_eq!(median(&[3.0, f64::NAN, 1.0, 2.0, 10.0]), 2.5);
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
    }

    #[test]
    fn pearson_pairs() {
        assert!((pearson(&[1.0, 2.0, 3.0, f64::NAN], &[2.0, 4.0, 6.0, 1.0]) - 1.0).abs() < 1e-12);
        assert!((pearson(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]) + 1.0).abs() < 1e-12);
    }
}
