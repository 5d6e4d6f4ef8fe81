//! Hand-written SVG charts: the world choropleth, pillar bars, the radar chart and the tier
//! distribution. Deterministic text, so they are snapshot-tested.
//!
//! Every chart has a `<title>` and `<desc>` and sits beside a table with the same numbers on the
//! page. None relies on colour alone: map classes carry a pattern as well as a colour, radar
//! series differ by line style and marker shape, and bars are labelled with their values.
//! Callers pass every text already translated; this module only escapes it.

use std::fmt::Write;

use crate::world::{Shape, World};

/// Escapes text for SVG/HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A number with at most one decimal, without a trailing `.0`.
fn n(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

/// The fill classes of the map and tier charts: five classes, each a colour and a pattern.
/// Class 0 is the best (darkest, solid), class 4 the lowest (lightest, widely spaced dots).
pub const CLASSES: usize = 5;

const COLOURS: [&str; CLASSES] = ["#08306b", "#2171b5", "#6baed6", "#c6dbef", "#f7fbff"];

/// Pattern definitions for the five classes (ids `{prefix}0`…`{prefix}4`).
pub fn class_patterns(prefix: &str) -> String {
    let mut out = String::new();
    for (i, colour) in COLOURS.iter().enumerate() {
        let ink = if i < 2 { "#ffffff" } else { "#08306b" };
        let mark = match i {
            0 => String::new(),
            1 => format!(r##"<path d="M0 6L6 0" stroke="{ink}" stroke-width="1"/>"##),
            2 => format!(r##"<circle cx="3" cy="3" r="1.1" fill="{ink}"/>"##),
            3 => format!(r##"<path d="M0 3H6M3 0V6" stroke="{ink}" stroke-width="0.7"/>"##),
            _ => format!(r##"<circle cx="3" cy="3" r="0.6" fill="{ink}"/>"##),
        };
        let _ = write!(
            out,
            r##"<pattern id="{prefix}{i}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="{colour}"/>{mark}</pattern>"##
        );
    }
    out
}

/// A legend swatch for a map class; it uses the patterns of the map on the same page.
pub fn swatch(class: usize) -> String {
    format!(
        r##"<svg class="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="27" height="15" fill="url(#m{class})" stroke="#333"/></svg>"##
    )
}

/// One country on the map.
#[derive(Debug, Clone)]
pub struct MapEntry {
    /// Where the country links to.
    pub href: String,
    /// The accessible name: country, tier or score.
    pub label: String,
    /// Fill class, 0 to 4.
    pub class: usize,
}

/// The world choropleth. Countries in `entries` (by alpha-3) are filled and are links, one
/// keyboard stop each; others are drawn as unfilled land.
pub fn map(
    world: &World,
    entries: &dyn Fn(&str) -> Option<MapEntry>,
    title: &str,
    desc: &str,
) -> String {
    let (w, h) = world.size;
    let mut out = String::with_capacity(160_000);
    let _ = write!(
        out,
        r##"<svg class="map" viewBox="0 0 {w} {h}" role="group" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg"><title id="map-title">{}</title><desc id="map-desc">{}</desc><defs>{}</defs><rect class="sea" width="{w}" height="{h}" fill="#ffffff"/>"##,
        escape(title),
        escape(desc),
        class_patterns("m")
    );
    out.push_str(r##"<g class="land" fill="#e0e0e0" stroke="#ffffff" stroke-width="0.4">"##);
    for shape in &world.shapes {
        let entry = shape.key.as_deref().and_then(entries);
        if entry.is_some() {
            continue;
        }
        match &shape.kind {
            Shape::Path(d) => {
                let _ = write!(out, r##"<path d="{d}"/>"##);
            }
            Shape::Point(x, y) => {
                let _ = write!(
                    out,
                    r##"<circle cx="{}" cy="{}" r="2.5" stroke="#9e9e9e"/>"##,
                    n(*x),
                    n(*y)
                );
            }
        }
    }
    out.push_str(r##"</g><g class="scored" stroke="#333333" stroke-width="0.4">"##);
    // One tab stop into the map: only the first country is in the tab order; the page's
    // script moves between countries with the arrow keys (a roving tab index), and every
    // country is also in the table beside the map.
    let mut first = true;
    for shape in &world.shapes {
        let Some(entry) = shape.key.as_deref().and_then(entries) else {
            continue;
        };
        let label = escape(&entry.label);
        let _ = write!(
            out,
            r##"<a href="{}" aria-label="{label}"{}><title>{label}</title>"##,
            escape(&entry.href),
            if first { "" } else { r#" tabindex="-1""# }
        );
        first = false;
        match &shape.kind {
            Shape::Path(d) => {
                let _ = write!(out, r##"<path d="{d}" fill="url(#m{})"/>"##, entry.class);
            }
            Shape::Point(x, y) => {
                let _ = write!(
                    out,
                    r##"<circle cx="{}" cy="{}" r="4" fill="url(#m{})"/>"##,
                    n(*x),
                    n(*y),
                    entry.class
                );
            }
        }
        out.push_str("</a>");
    }
    out.push_str("</g></svg>");
    out
}

/// A labelled horizontal bar.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub max: f64,
    /// The value as shown (already formatted, or "no score").
    pub text: String,
}

/// Horizontal bars, each with its label above and its value beside it.
pub fn bars(title: &str, bars: &[Bar]) -> String {
    let width = 560.0;
    let track = 400.0;
    let row = 44.0;
    let height = row * bars.len() as f64 + 8.0;
    let mut out = format!(
        r##"<svg class="chart bars" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"##,
        n(width),
        n(height),
        escape(title),
        escape(title)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = i as f64 * row + 4.0;
        let share = bar.value.map_or(0.0, |v| (v / bar.max).clamp(0.0, 1.0));
        let _ = write!(
            out,
            r##"<text x="0" y="{}" font-size="13" fill="#1a1a1a">{}</text><rect x="0" y="{}" width="{}" height="16" fill="#eeeeee" stroke="#767676" stroke-width="0.5"/>"##,
            n(y + 13.0),
            escape(&bar.label),
            n(y + 19.0),
            n(track)
        );
        if bar.value.is_some() {
            let _ = write!(
                out,
                r##"<rect x="0" y="{}" width="{}" height="16" fill="#2171b5"/>"##,
                n(y + 19.0),
                n(track * share)
            );
        }
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="13" fill="#1a1a1a">{}</text>"##,
            n(track + 8.0),
            n(y + 32.0),
            escape(&bar.text)
        );
    }
    out.push_str("</svg>");
    out
}

/// One polygon of a radar chart.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    /// One share (0 to 1) per axis; `None` where there is no score.
    pub shares: Vec<Option<f64>>,
}

const SERIES_STYLES: [(&str, &str, &str); 3] = [
    ("#08306b", "", "circle"),
    ("#b35806", "6 4", "square"),
    ("#4d4d4d", "2 3", "triangle"),
];

fn marker(shape: &str, x: f64, y: f64, colour: &str) -> String {
    match shape {
        "square" => format!(
            r##"<rect x="{}" y="{}" width="7" height="7" fill="{colour}"/>"##,
            n(x - 3.5),
            n(y - 3.5)
        ),
        "triangle" => format!(
            r##"<path d="M{} {}l4 7h-8z" fill="{colour}"/>"##,
            n(x),
            n(y - 4.5)
        ),
        _ => format!(
            r##"<circle cx="{}" cy="{}" r="3.5" fill="{colour}"/>"##,
            n(x),
            n(y)
        ),
    }
}

/// A radar chart: one axis per label (shares 0 to 1), up to three series told apart by colour,
/// line style and marker shape, with a legend.
pub fn radar(title: &str, axes: &[String], series: &[Series]) -> String {
    let (cx, cy, radius) = (260.0, 190.0, 130.0);
    let k = axes.len().max(1) as f64;
    let point = |axis: usize, share: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / k;
        (
            cx + radius * share * angle.cos(),
            cy + radius * share * angle.sin(),
        )
    };
    let height = 380.0 + 22.0 * series.len() as f64;
    let mut out = format!(
        r##"<svg class="chart radar" viewBox="0 0 520 {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><g fill="none" stroke="#bdbdbd" stroke-width="0.8">"##,
        n(height),
        escape(title),
        escape(title)
    );
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let d: Vec<String> = (0..axes.len())
            .map(|a| {
                let (x, y) = point(a, ring);
                format!("{} {}", n(x), n(y))
            })
            .collect();
        let _ = write!(out, r##"<path d="M{}z"/>"##, d.join("L"));
    }
    for a in 0..axes.len() {
        let (x, y) = point(a, 1.0);
        let _ = write!(
            out,
            r##"<path d="M{} {}L{} {}"/>"##,
            n(cx),
            n(cy),
            n(x),
            n(y)
        );
    }
    out.push_str("</g>");
    for (a, label) in axes.iter().enumerate() {
        let (x, y) = point(a, 1.12);
        let anchor = if (x - cx).abs() < 1.0 {
            "middle"
        } else if x > cx {
            "start"
        } else {
            "end"
        };
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="12" text-anchor="{anchor}" fill="#1a1a1a">{}</text>"##,
            n(x),
            n(y + 4.0),
            escape(label)
        );
    }
    for (s, series) in series.iter().enumerate() {
        let (colour, dash, shape) = SERIES_STYLES[s % SERIES_STYLES.len()];
        let points: Vec<(f64, f64)> = series
            .shares
            .iter()
            .enumerate()
            .map(|(a, share)| point(a, share.unwrap_or(0.0)))
            .collect();
        let d: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{} {}", n(*x), n(*y)))
            .collect();
        let dash_attr = if dash.is_empty() {
            String::new()
        } else {
            format!(r##" stroke-dasharray="{dash}""##)
        };
        let _ = write!(
            out,
            r##"<path d="M{}z" fill="none" stroke="{colour}" stroke-width="2"{dash_attr}/>"##,
            d.join("L")
        );
        for (x, y) in &points {
            out.push_str(&marker(shape, *x, *y, colour));
        }
        let ly = 372.0 + 22.0 * s as f64;
        let _ = write!(
            out,
            r##"<path d="M20 {}h36" stroke="{colour}" stroke-width="2"{dash_attr}/>{}<text x="66" y="{}" font-size="13" fill="#1a1a1a">{}</text>"##,
            n(ly),
            marker(shape, 38.0, ly, colour),
            n(ly + 4.5),
            escape(&series.name)
        );
    }
    out.push_str("</svg>");
    out
}

/// Vertical bars of how many units each tier holds, with the count above each bar and the tier
/// label below; each bar carries its tier's pattern.
pub fn tier_counts(title: &str, tiers: &[(String, usize)]) -> String {
    let max = tiers.iter().map(|t| t.1).max().unwrap_or(0).max(1) as f64;
    let slot = 110.0;
    let width = slot * tiers.len() as f64 + 20.0;
    let mut out = format!(
        r##"<svg class="chart tiers" viewBox="0 0 {} 250" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><defs>{}</defs><path d="M10 200H{}" stroke="#767676"/>"##,
        n(width),
        escape(title),
        escape(title),
        class_patterns("d"),
        n(width - 10.0)
    );
    for (i, (label, count)) in tiers.iter().enumerate() {
        let x = 20.0 + slot * i as f64;
        let h = 170.0 * *count as f64 / max;
        let _ = write!(
            out,
            r##"<rect x="{}" y="{}" width="80" height="{}" fill="url(#d{})" stroke="#333333" stroke-width="0.6"/><text x="{}" y="{}" font-size="14" text-anchor="middle" fill="#1a1a1a">{count}</text><text x="{}" y="222" font-size="12" text-anchor="middle" fill="#1a1a1a">{}</text>"##,
            n(x),
            n(200.0 - h),
            n(h),
            i.min(CLASSES - 1),
            n(x + 40.0),
            n(195.0 - h),
            n(x + 40.0),
            escape(label)
        );
    }
    out.push_str("</svg>");
    out
}

/// One row of a rank-interval plot.
#[derive(Debug, Clone)]
pub struct RankInterval {
    pub label: String,
    pub nominal: f64,
    pub median: f64,
    pub low: f64,
    pub high: f64,
}

/// Rank intervals: one row per unit in the given order, a line from the 5th to the 95th
/// percentile rank, a circle at the median and a diamond at the nominal rank; rank 1 on the left.
pub fn rank_intervals(title: &str, rows: &[RankInterval], ranks: f64) -> String {
    let (left, width, row) = (150.0, 560.0, 9.0);
    let height = row * rows.len() as f64 + 40.0;
    let x = |rank: f64| left + width * (rank - 1.0) / (ranks - 1.0).max(1.0);
    let mut out = format!(
        r##"<svg class="chart intervals" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"##,
        n(left + width + 20.0),
        n(height),
        escape(title),
        escape(title)
    );
    for tick in [1.0, ranks * 0.25, ranks * 0.5, ranks * 0.75, ranks] {
        let t = tick.round().max(1.0);
        let _ = write!(
            out,
            r##"<path d="M{} 12V{}" stroke="#d0d0d0" stroke-width="0.6"/><text x="{}" y="10" font-size="9" text-anchor="middle" fill="#1a1a1a">{}</text>"##,
            n(x(t)),
            n(height - 20.0),
            n(x(t)),
            t
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = 20.0 + row * i as f64;
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="8" text-anchor="end" fill="#1a1a1a">{}</text><path d="M{} {}H{}" stroke="#2171b5" stroke-width="2"/><circle cx="{}" cy="{}" r="2.2" fill="#08306b"/><path d="M{} {}l2.5 2.5-2.5 2.5-2.5-2.5z" fill="#b35806"/>"##,
            n(left - 4.0),
            n(y + 3.0),
            escape(&r.label),
            n(x(r.low)),
            n(y),
            n(x(r.high).max(x(r.low) + 1.0)),
            n(x(r.median)),
            n(y),
            n(x(r.nominal)),
            n(y - 2.5)
        );
    }
    out.push_str("</svg>");
    out
}

/// One input of a sensitivity chart: first-order and total-effect indices with intervals.
#[derive(Debug, Clone)]
pub struct SensitivityBar {
    pub label: String,
    pub first: (f64, f64, f64),
    pub total: (f64, f64, f64),
}

/// Sensitivity indices: per input, a solid bar for the total effect and a hatched bar for the
/// first-order index (0 to 1), each with its interval as a whisker and its value as text.
pub fn sensitivity(
    title: &str,
    rows: &[SensitivityBar],
    first_label: &str,
    total_label: &str,
) -> String {
    let (left, width, row) = (220.0, 300.0, 40.0);
    let height = row * rows.len() as f64 + 44.0;
    let x = |v: f64| left + width * v.clamp(0.0, 1.0);
    let mut out = format!(
        r##"<svg class="chart sensitivity" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#c6dbef"/><path d="M0 5L5 0" stroke="#08306b" stroke-width="0.8"/></pattern></defs>"##,
        n(left + width + 70.0),
        n(height),
        escape(title),
        escape(title)
    );
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
        let _ = write!(
            out,
            r##"<path d="M{} 8V{}" stroke="#d0d0d0" stroke-width="0.6"/><text x="{}" y="{}" font-size="10" text-anchor="middle" fill="#1a1a1a">{}</text>"##,
            n(x(tick)),
            n(height - 30.0),
            n(x(tick)),
            n(height - 18.0),
            tick
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = 10.0 + row * i as f64;
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="11" text-anchor="end" fill="#1a1a1a">{}</text>"##,
            n(left - 6.0),
            n(y + 15.0),
            escape(&r.label)
        );
        for (k, (v, lo, hi)) in [r.total, r.first].into_iter().enumerate() {
            let by = y + 2.0 + 15.0 * k as f64;
            let fill = if k == 0 { "#2171b5" } else { "url(#hatch)" };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="12" fill="{fill}" stroke="#08306b" stroke-width="0.5"/><path d="M{} {}H{}M{} {}v6M{} {}v6" stroke="#1a1a1a" stroke-width="0.8"/><text x="{}" y="{}" font-size="10" fill="#1a1a1a">{:.2}</text>"##,
                n(left),
                n(by),
                n((x(v) - left).max(0.5)),
                n(x(lo)),
                n(by + 6.0),
                n(x(hi)),
                n(x(lo)),
                n(by + 3.0),
                n(x(hi)),
                n(by + 3.0),
                n(x(hi.max(v)) + 4.0),
                n(by + 10.0),
                v
            );
        }
    }
    let ly = height - 8.0;
    let _ = write!(
        out,
        r##"<rect x="{}" y="{}" width="14" height="8" fill="#2171b5"/><text x="{}" y="{}" font-size="10" fill="#1a1a1a">{}</text><rect x="{}" y="{}" width="14" height="8" fill="url(#hatch)" stroke="#08306b" stroke-width="0.5"/><text x="{}" y="{}" font-size="10" fill="#1a1a1a">{}</text>"##,
        n(left),
        n(ly - 7.0),
        n(left + 18.0),
        n(ly),
        escape(total_label),
        n(left + 160.0),
        n(ly - 7.0),
        n(left + 178.0),
        n(ly),
        escape(first_label)
    );
    out.push_str("</svg>");
    out
}
