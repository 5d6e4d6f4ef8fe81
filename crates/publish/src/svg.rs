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

/// Horizontal bars, each with its label above and its value beside it. 360 units wide, so
/// that its 13-unit text stays at least 12 pixels on a 390-pixel phone.
pub fn bars(title: &str, bars: &[Bar]) -> String {
    let width = 360.0;
    let track = 250.0;
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

/// One country's values in a grouped bar chart.
#[derive(Debug, Clone)]
pub struct Group {
    /// A short name written beside each of its bars (an ISO code), so that no bar is told
    /// apart by colour alone.
    pub short: String,
    /// The name in the legend.
    pub name: String,
    /// One value per category (`None` where there is no score), and its text.
    pub values: Vec<(Option<f64>, String)>,
}

/// Colours told apart by people with the common colour-vision deficiencies (Okabe and Ito's
/// palette); bars also carry their country's code.
const GROUP_COLOURS: [&str; 6] = [
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
];

/// Horizontal bars side by side: for each category (a pillar, with its maximum), one bar per
/// group, each labelled with the group's short name and value; a legend below. Narrow enough
/// (360 units) that its 13-unit text stays at least 12 pixels on a 390-pixel phone.
pub fn grouped_bars(title: &str, categories: &[(String, f64)], groups: &[Group]) -> String {
    let width = 360.0;
    let track = 250.0;
    let bar = 14.0;
    let gap = 3.0;
    let head = 20.0;
    let block = head + groups.len() as f64 * (bar + gap) + 10.0;
    let legend_top = block * categories.len() as f64 + 6.0;
    let height = legend_top + 20.0 * groups.len() as f64 + 4.0;
    let mut out = format!(
        r##"<svg class="chart grouped" viewBox="0 0 {} {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"##,
        n(width),
        n(height),
        escape(title),
        escape(title)
    );
    for (c, (label, max)) in categories.iter().enumerate() {
        let top = c as f64 * block;
        let _ = write!(
            out,
            r##"<text x="0" y="{}" font-size="13" font-weight="700" fill="#1a1a1a">{}</text>"##,
            n(top + 14.0),
            escape(label)
        );
        for (g, group) in groups.iter().enumerate() {
            let y = top + head + g as f64 * (bar + gap);
            let colour = GROUP_COLOURS[g % GROUP_COLOURS.len()];
            let (value, text) = &group.values[c];
            let share = value.map_or(0.0, |v| (v / max.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0));
            let _ = write!(
                out,
                r##"<rect x="0" y="{}" width="{}" height="{}" fill="#eeeeee"/>"##,
                n(y),
                n(track),
                n(bar)
            );
            if value.is_some() {
                let _ = write!(
                    out,
                    r##"<rect x="0" y="{}" width="{}" height="{}" fill="{colour}"/>"##,
                    n(y),
                    n(track * share),
                    n(bar)
                );
            }
            let _ = write!(
                out,
                r##"<text x="{}" y="{}" font-size="13" fill="#1a1a1a">{} {}</text>"##,
                n(track + 6.0),
                n(y + 11.5),
                escape(&group.short),
                escape(text)
            );
        }
    }
    for (g, group) in groups.iter().enumerate() {
        let y = legend_top + g as f64 * 20.0;
        let colour = GROUP_COLOURS[g % GROUP_COLOURS.len()];
        let _ = write!(
            out,
            r##"<rect x="0" y="{}" width="14" height="14" fill="{colour}"/><text x="20" y="{}" font-size="13" fill="#1a1a1a">{} ({})</text>"##,
            n(y),
            n(y + 12.0),
            escape(&group.name),
            escape(&group.short)
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

/// A radar chart: one numbered axis per label (shares 0 to 1), the labels in a numbered key
/// below (so that no label is clipped, however long it is in any language), and up to three
/// series told apart by colour, line style and marker shape, with a legend. 400 units wide,
/// with 14-unit text: at least 12 pixels on a 390-pixel phone.
pub fn radar(title: &str, axes: &[String], series: &[Series]) -> String {
    let (cx, cy, radius) = (200.0, 150.0, 115.0);
    let k = axes.len().max(1) as f64;
    let point = |axis: usize, share: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * axis as f64 / k;
        (
            cx + radius * share * angle.cos(),
            cy + radius * share * angle.sin(),
        )
    };
    let key_top = 300.0;
    let legend_top = key_top + 20.0 * axes.len() as f64 + 8.0;
    let height = legend_top + 22.0 * series.len() as f64;
    let mut out = format!(
        r##"<svg class="chart radar" viewBox="0 0 400 {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><g fill="none" stroke="#bdbdbd" stroke-width="0.8">"##,
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
        let (x, y) = point(a, 1.13);
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" font-size="14" font-weight="700" text-anchor="middle" fill="#1a1a1a">{}</text><text x="0" y="{}" font-size="14" fill="#1a1a1a"><tspan font-weight="700">{}</tspan> {}</text>"##,
            n(x),
            n(y + 5.0),
            a + 1,
            n(key_top + 20.0 * a as f64 + 14.0),
            a + 1,
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
        let ly = legend_top + 10.0 + 22.0 * s as f64;
        let _ = write!(
            out,
            r##"<path d="M0 {}h36" stroke="{colour}" stroke-width="2"{dash_attr}/>{}<text x="46" y="{}" font-size="14" fill="#1a1a1a">{}</text>"##,
            n(ly),
            marker(shape, 18.0, ly, colour),
            n(ly + 5.0),
            escape(&series.name)
        );
    }
    out.push_str("</svg>");
    out
}

/// How many units each tier holds: one horizontal bar per tier, with its pattern, the tier's
/// label above and the count beside it. 360 units wide (13-unit text stays at least 12 pixels
/// on a 390-pixel phone).
pub fn tier_counts(title: &str, tiers: &[(String, usize)]) -> String {
    let max = tiers.iter().map(|t| t.1).max().unwrap_or(0).max(1) as f64;
    let (track, row) = (280.0, 40.0);
    let height = row * tiers.len() as f64 + 4.0;
    let mut out = format!(
        r##"<svg class="chart tiers" viewBox="0 0 360 {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><defs>{}</defs>"##,
        n(height),
        escape(title),
        escape(title),
        class_patterns("d")
    );
    for (i, (label, count)) in tiers.iter().enumerate() {
        let y = row * i as f64;
        let w = track * *count as f64 / max;
        let _ = write!(
            out,
            r##"<text x="0" y="{}" font-size="13" fill="#1a1a1a">{}</text><rect x="0" y="{}" width="{}" height="16" fill="url(#d{})" stroke="#333333" stroke-width="0.6"/><text x="{}" y="{}" font-size="13" font-weight="700" fill="#1a1a1a">{count}</text>"##,
            n(y + 13.0),
            escape(label),
            n(y + 18.0),
            n(w.max(1.0)),
            i.min(CLASSES - 1),
            n(w.max(1.0) + 6.0),
            n(y + 31.0)
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

/// Rank intervals for a few countries (the ones around a chosen country): each country's name
/// on its own line, so that no name is clipped, and below it a line from the 5th to the 95th
/// percentile rank, a circle at the median and a diamond at the published rank. The axis runs
/// over `range` (the lowest and highest rank shown), rank 1 on the left. 360 units wide with
/// 13-unit text.
pub fn rank_intervals(title: &str, rows: &[RankInterval], range: (f64, f64)) -> String {
    let (left, width, row, top) = (12.0, 330.0, 36.0, 26.0);
    let (lo, hi) = (range.0.min(range.1), range.0.max(range.1));
    let span = (hi - lo).max(1.0);
    let height = top + row * rows.len() as f64 + 6.0;
    let x = |rank: f64| left + width * ((rank - lo) / span).clamp(0.0, 1.0);
    let mut out = format!(
        r##"<svg class="chart intervals" viewBox="0 0 360 {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"##,
        n(height),
        escape(title),
        escape(title)
    );
    let mut ticks: Vec<f64> = (0..=4)
        .map(|k| (lo + span * f64::from(k) / 4.0).round())
        .collect();
    ticks.dedup();
    for t in ticks {
        let _ = write!(
            out,
            r##"<path d="M{} 18V{}" stroke="#d0d0d0" stroke-width="0.6"/><text x="{}" y="13" font-size="13" text-anchor="middle" fill="#1a1a1a">{}</text>"##,
            n(x(t)),
            n(height - 4.0),
            n(x(t)),
            t
        );
    }
    for (i, r) in rows.iter().enumerate() {
        let y = top + row * i as f64;
        let line = y + 24.0;
        let _ = write!(
            out,
            r##"<text x="0" y="{}" font-size="13" fill="#1a1a1a">{}</text><path d="M{} {}H{}" stroke="#2171b5" stroke-width="3"/><circle cx="{}" cy="{}" r="4" fill="#08306b"/><path d="M{} {}l4.5 4.5-4.5 4.5-4.5-4.5z" fill="#b35806"/>"##,
            n(y + 11.0),
            escape(&r.label),
            n(x(r.low)),
            n(line),
            n(x(r.high).max(x(r.low) + 1.0)),
            n(x(r.median)),
            n(line),
            n(x(r.nominal)),
            n(line - 4.5)
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

/// Sensitivity indices: per input, its label on its own line (never clipped), then a solid bar
/// for the effect including interactions and a hatched bar for the effect alone (0 to 1), each
/// with its interval as a whisker and its value as text; a legend below. 360 units wide with
/// 13-unit text.
pub fn sensitivity(
    title: &str,
    rows: &[SensitivityBar],
    first_label: &str,
    total_label: &str,
) -> String {
    let (left, width, row) = (0.0, 290.0, 56.0);
    let legend = row * rows.len() as f64 + 8.0;
    let height = legend + 44.0;
    let x = |v: f64| left + width * v.clamp(0.0, 1.0);
    let mut out = format!(
        r##"<svg class="chart sensitivity" viewBox="0 0 360 {}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title><defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="#c6dbef"/><path d="M0 5L5 0" stroke="#08306b" stroke-width="0.8"/></pattern></defs>"##,
        n(height),
        escape(title),
        escape(title)
    );
    for (i, r) in rows.iter().enumerate() {
        let y = row * i as f64;
        let _ = write!(
            out,
            r##"<text x="0" y="{}" font-size="13" fill="#1a1a1a">{}</text>"##,
            n(y + 13.0),
            escape(&r.label)
        );
        for (k, (v, lo, hi)) in [r.total, r.first].into_iter().enumerate() {
            let by = y + 18.0 + 16.0 * k as f64;
            let fill = if k == 0 { "#2171b5" } else { "url(#hatch)" };
            let _ = write!(
                out,
                r##"<rect x="{}" y="{}" width="{}" height="13" fill="{fill}" stroke="#08306b" stroke-width="0.5"/><path d="M{} {}H{}M{} {}v7M{} {}v7" stroke="#1a1a1a" stroke-width="0.8"/><text x="{}" y="{}" font-size="13" fill="#1a1a1a">{}</text>"##,
                n(left),
                n(by),
                n((x(v) - left).max(0.5)),
                n(x(lo)),
                n(by + 6.5),
                n(x(hi)),
                n(x(lo)),
                n(by + 3.0),
                n(x(hi)),
                n(by + 3.0),
                n(x(hi.max(v)) + 4.0),
                n(by + 11.0),
                share(v)
            );
        }
    }
    let _ = write!(
        out,
        r##"<rect x="0" y="{}" width="14" height="12" fill="#2171b5"/><text x="20" y="{}" font-size="13" fill="#1a1a1a">{}</text><rect x="0" y="{}" width="14" height="12" fill="url(#hatch)" stroke="#08306b" stroke-width="0.5"/><text x="20" y="{}" font-size="13" fill="#1a1a1a">{}</text>"##,
        n(legend),
        n(legend + 11.0),
        escape(total_label),
        n(legend + 20.0),
        n(legend + 31.0),
        escape(first_label)
    );
    out.push_str("</svg>");
    out
}

/// A share with two decimals, never "−0.00": estimates a hair below zero read as 0.00.
pub fn share(v: f64) -> String {
    if v.abs() < 0.005 {
        "0.00".to_string()
    } else {
        format!("{v:.2}")
    }
}
