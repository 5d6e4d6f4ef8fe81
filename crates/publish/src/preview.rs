//! What a publication would change, shown before it is made: every country it includes with
//! its score and rank, and how each differs from the previous published version (new and
//! removed countries, score and rank changes). Computed from two `Results` documents, without IO.

use crate::results::Results;

/// One country of the publication to come.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewRow {
    pub unit: String,
    pub name: Option<String>,
    pub rank: Option<u32>,
    pub overall: Option<f64>,
    pub tier: Option<String>,
    pub change: Change,
}

/// How a country differs from the previous version.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// There is no previous version.
    First,
    /// Not in the previous version.
    New,
    /// Same score and rank as before.
    Same,
    /// The score or the rank moved (the earlier values).
    Moved {
        overall: Option<f64>,
        rank: Option<u32>,
    },
}

/// A country of the previous version that the new one leaves out.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub unit: String,
    pub name: Option<String>,
    pub rank: Option<u32>,
    pub overall: Option<f64>,
}

/// The whole preview: the rows in the publication's order (by rank), the countries removed,
/// and the version compared with.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Preview {
    pub rows: Vec<PreviewRow>,
    pub removed: Vec<Removed>,
    pub previous_version: Option<u32>,
    /// The framework's precision: scores are compared and shown to it.
    pub precision: u8,
}

/// Compares the results to be published with the previous version's. Scores are compared at
/// the framework's precision, as they are shown and ranked.
pub fn compare(previous: Option<&Results>, next: &Results) -> Preview {
    let precision = next.framework.precision;
    let round = |x: Option<f64>| {
        x.map(|v| {
            let f = 10f64.powi(i32::from(precision));
            (v * f).round() / f
        })
    };
    let rows = next
        .units
        .iter()
        .map(|u| {
            let r = &u.report;
            let change = match previous {
                None => Change::First,
                Some(prev) => match prev.units.iter().find(|p| p.report.unit == r.unit) {
                    None => Change::New,
                    Some(p)
                        if round(p.report.overall) == round(r.overall)
                            && p.report.rank == r.rank =>
                    {
                        Change::Same
                    }
                    Some(p) => Change::Moved {
                        overall: p.report.overall,
                        rank: p.report.rank,
                    },
                },
            };
            PreviewRow {
                unit: r.unit.clone(),
                name: r.name.clone(),
                rank: r.rank,
                overall: r.overall,
                tier: r.tier.clone(),
                change,
            }
        })
        .collect();
    let removed = previous
        .map(|prev| {
            prev.units
                .iter()
                .filter(|p| !next.units.iter().any(|u| u.report.unit == p.report.unit))
                .map(|p| Removed {
                    unit: p.report.unit.clone(),
                    name: p.report.name.clone(),
                    rank: p.report.rank,
                    overall: p.report.overall,
                })
                .collect()
        })
        .unwrap_or_default();
    Preview {
        rows,
        removed,
        previous_version: previous.map(|p| p.publication.version),
        precision,
    }
}
