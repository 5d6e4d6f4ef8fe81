//! The data model: a matrix of units (rows, e.g. ~194 countries) × indicators
//! (columns, e.g. ~80), and the hierarchy that groups indicators into
//! higher-level components (indicator → pillar → … → index).
//!
//! Values are `f64` with `NaN` for a missing value; constructors also accept
//! `Option<f64>`. Storage is column-major (one indicator's values are
//! contiguous), which suits the per-indicator steps of the pipeline.
//!
//! The hierarchy is a list of [`Level`]s. Level 0 holds one [`Component`] per
//! indicator, in the dataset's column order; each component names its parent
//! in the next level and carries a (raw, not necessarily normalised) weight.
//! The last level holds exactly one component: the index.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use crate::{LabError, Result};

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// A per-unit column used to denominate indicators (e.g. population, GDP).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Denominator {
    /// Name, e.g. `"population"`.
    pub name: String,
    /// One value per unit.
    pub values: Vec<f64>,
}

/// Units × indicators matrix with optional group labels and denominators.
///
/// A dataset is immutable once built; each built dataset carries a process-
/// unique id (kept by clones) so that a [`crate::pipeline::Workspace`] cache
/// can tell datasets apart. Equality compares contents, not ids.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Dataset {
    #[serde(skip, default = "next_id")]
    id: u64,
    units: Vec<String>,
    indicators: Vec<String>,
    /// Column-major: `values[j * n_units + i]` is unit `i`, indicator `j`.
    values: Vec<f64>,
    /// Group id per unit (empty when no groups are set).
    groups: Vec<usize>,
    group_names: Vec<String>,
    denominators: Vec<Denominator>,
    /// Column-major like `values`: cells that do not apply to the unit (a question not asked).
    /// They stay missing whatever the imputation. Empty when every cell applies.
    #[serde(default)]
    not_applicable: Vec<bool>,
}

impl Dataset {
    /// Builds a dataset from rows (one `Vec` per unit, one value per
    /// indicator, `NaN` = missing).
    pub fn from_rows(
        units: Vec<String>,
        indicators: Vec<String>,
        rows: &[Vec<f64>],
    ) -> Result<Self> {
        let n = units.len();
        let m = indicators.len();
        if rows.len() != n {
            return Err(LabError::Shape(format!(
                "{} rows for {n} units",
                rows.len()
            )));
        }
        let mut values = vec![f64::NAN; n * m];
        for (i, row) in rows.iter().enumerate() {
            if row.len() != m {
                return Err(LabError::Shape(format!(
                    "row {i} has {} values for {m} indicators",
                    row.len()
                )));
            }
            for (j, &v) in row.iter().enumerate() {
                values[j * n + i] = if v.is_finite() { v } else { f64::NAN };
            }
        }
        Ok(Self {
            id: next_id(),
            units,
            indicators,
            values,
            groups: Vec::new(),
            group_names: Vec::new(),
            denominators: Vec::new(),
            not_applicable: Vec::new(),
        })
    }

    /// Builds a dataset from rows of `Option<f64>` (`None` = missing).
    pub fn from_option_rows(
        units: Vec<String>,
        indicators: Vec<String>,
        rows: &[Vec<Option<f64>>],
    ) -> Result<Self> {
        let rows: Vec<Vec<f64>> = rows
            .iter()
            .map(|r| r.iter().map(|v| v.unwrap_or(f64::NAN)).collect())
            .collect();
        Self::from_rows(units, indicators, &rows)
    }

    /// Builds a dataset from a column-major buffer (`values[j * n + i]`).
    pub fn from_columns(
        units: Vec<String>,
        indicators: Vec<String>,
        mut values: Vec<f64>,
    ) -> Result<Self> {
        if values.len() != units.len() * indicators.len() {
            return Err(LabError::Shape(format!(
                "{} values for {} units × {} indicators",
                values.len(),
                units.len(),
                indicators.len()
            )));
        }
        for v in &mut values {
            if !v.is_finite() {
                *v = f64::NAN;
            }
        }
        Ok(Self {
            id: next_id(),
            units,
            indicators,
            values,
            groups: Vec::new(),
            group_names: Vec::new(),
            denominators: Vec::new(),
            not_applicable: Vec::new(),
        })
    }

    /// Sets a group label per unit (e.g. region), used by group imputation.
    pub fn with_groups<S: AsRef<str>>(mut self, labels: &[S]) -> Result<Self> {
        if labels.len() != self.units.len() {
            return Err(LabError::Shape(format!(
                "{} group labels for {} units",
                labels.len(),
                self.units.len()
            )));
        }
        let mut names: Vec<String> = Vec::new();
        let mut groups = Vec::with_capacity(labels.len());
        for l in labels {
            let l = l.as_ref();
            let id = match names.iter().position(|n| n == l) {
                Some(id) => id,
                None => {
                    names.push(l.to_string());
                    names.len() - 1
                }
            };
            groups.push(id);
        }
        self.groups = groups;
        self.group_names = names;
        self.id = next_id();
        Ok(self)
    }

    /// Marks cells that do not apply (one row per unit, one flag per indicator): they are left
    /// out of the aggregation and never imputed, unlike missing values.
    pub fn with_not_applicable(mut self, rows: &[Vec<bool>]) -> Result<Self> {
        let (n, m) = (self.units.len(), self.indicators.len());
        if rows.len() != n || rows.iter().any(|r| r.len() != m) {
            return Err(LabError::Shape(format!(
                "the not-applicable mask must be {n} rows of {m} flags"
            )));
        }
        let mut mask = vec![false; n * m];
        for (i, row) in rows.iter().enumerate() {
            for (j, &na) in row.iter().enumerate() {
                if na {
                    mask[j * n + i] = true;
                    self.values[j * n + i] = f64::NAN;
                }
            }
        }
        self.not_applicable = if mask.iter().any(|&b| b) {
            mask
        } else {
            Vec::new()
        };
        self.id = next_id();
        Ok(self)
    }

    /// Which cells of indicator `j` do not apply (`None` when every cell applies).
    pub fn not_applicable(&self, j: usize) -> Option<&[bool]> {
        let n = self.units.len();
        (!self.not_applicable.is_empty()).then(|| &self.not_applicable[j * n..(j + 1) * n])
    }

    /// Adds a denominator column; returns the dataset. Its index (for
    /// [`crate::pipeline::Treatment::denominator`]) is the order of addition.
    pub fn with_denominator(mut self, name: impl Into<String>, values: Vec<f64>) -> Result<Self> {
        if values.len() != self.units.len() {
            return Err(LabError::Shape(format!(
                "denominator has {} values for {} units",
                values.len(),
                self.units.len()
            )));
        }
        self.denominators.push(Denominator {
            name: name.into(),
            values,
        });
        Ok(self)
    }

    /// Process-unique id of this dataset's contents (shared by clones).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// Number of units (rows).
    pub fn n_units(&self) -> usize {
        self.units.len()
    }
    /// Number of indicators (columns).
    pub fn n_indicators(&self) -> usize {
        self.indicators.len()
    }
    /// Unit names.
    pub fn units(&self) -> &[String] {
        &self.units
    }
    /// Indicator codes.
    pub fn indicators(&self) -> &[String] {
        &self.indicators
    }
    /// Value of unit `i`, indicator `j` (`NaN` if missing).
    pub fn value(&self, i: usize, j: usize) -> f64 {
        self.values[j * self.units.len() + i]
    }
    /// All values of indicator `j`, one per unit.
    pub fn column(&self, j: usize) -> &[f64] {
        let n = self.units.len();
        &self.values[j * n..(j + 1) * n]
    }
    /// The whole column-major buffer.
    pub fn values(&self) -> &[f64] {
        &self.values
    }
    /// Group id per unit (empty if no groups were set).
    pub fn groups(&self) -> &[usize] {
        &self.groups
    }
    /// Group names, indexed by group id.
    pub fn group_names(&self) -> &[String] {
        &self.group_names
    }
    /// Denominator columns.
    pub fn denominators(&self) -> &[Denominator] {
        &self.denominators
    }
}

impl PartialEq for Dataset {
    fn eq(&self, other: &Self) -> bool {
        self.units == other.units
            && self.indicators == other.indicators
            && self.values.len() == other.values.len()
            && self
                .values
                .iter()
                .zip(&other.values)
                .all(|(a, b)| a == b || (a.is_nan() && b.is_nan()))
            && self.groups == other.groups
            && self.group_names == other.group_names
            && self.denominators == other.denominators
            && self.not_applicable == other.not_applicable
    }
}

/// One component of the hierarchy (an indicator, a pillar, the index…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    /// Code, e.g. `"legal.1"` or `"Legal"`.
    pub code: String,
    /// Index of the parent in the next level (`None` only at the top level).
    pub parent: Option<usize>,
    /// Nominal weight relative to its siblings (any non-negative scale).
    pub weight: f64,
}

/// One level of the hierarchy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// Name, e.g. `"indicator"`, `"pillar"`, `"index"`.
    pub name: String,
    /// Components of this level.
    pub components: Vec<Component>,
}

/// The component hierarchy: level 0 = indicators, last level = the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hierarchy {
    /// Levels from the indicators (0) up to the index (last, one component).
    pub levels: Vec<Level>,
}

impl Hierarchy {
    /// Builds and validates a hierarchy.
    pub fn new(levels: Vec<Level>) -> Result<Self> {
        let h = Self { levels };
        h.validate(None)?;
        Ok(h)
    }

    /// Convenience: indicators → groups → index, with the given parent
    /// (group index) and weight per indicator and weight per group.
    pub fn three_level(
        indicators: &[(String, usize, f64)],
        groups: &[(String, f64)],
        index_name: &str,
    ) -> Result<Self> {
        let l0 = Level {
            name: "indicator".into(),
            components: indicators
                .iter()
                .map(|(c, p, w)| Component {
                    code: c.clone(),
                    parent: Some(*p),
                    weight: *w,
                })
                .collect(),
        };
        let l1 = Level {
            name: "pillar".into(),
            components: groups
                .iter()
                .map(|(c, w)| Component {
                    code: c.clone(),
                    parent: Some(0),
                    weight: *w,
                })
                .collect(),
        };
        let l2 = Level {
            name: "index".into(),
            components: vec![Component {
                code: index_name.to_string(),
                parent: None,
                weight: 1.0,
            }],
        };
        Self::new(vec![l0, l1, l2])
    }

    /// Checks the structure; with `n_indicators`, also that level 0 matches
    /// the dataset's columns.
    pub fn validate(&self, n_indicators: Option<usize>) -> Result<()> {
        let nl = self.levels.len();
        if nl < 2 {
            return Err(LabError::Hierarchy(
                "need at least indicators and the index (2 levels)".into(),
            ));
        }
        if self.levels[nl - 1].components.len() != 1 {
            return Err(LabError::Hierarchy(
                "the top level must hold exactly one component (the index)".into(),
            ));
        }
        if let Some(m) = n_indicators
            && self.levels[0].components.len() != m
        {
            return Err(LabError::Shape(format!(
                "level 0 has {} components for {m} indicators",
                self.levels[0].components.len()
            )));
        }
        for (l, level) in self.levels.iter().enumerate() {
            if level.components.is_empty() {
                return Err(LabError::Hierarchy(format!(
                    "level {l} ({}) is empty",
                    level.name
                )));
            }
            for (c, comp) in level.components.iter().enumerate() {
                if !(comp.weight.is_finite() && comp.weight >= 0.0) {
                    return Err(LabError::Hierarchy(format!(
                        "{}: weight {} is not finite and ≥ 0",
                        comp.code, comp.weight
                    )));
                }
                if l + 1 < nl {
                    match comp.parent {
                        Some(p) if p < self.levels[l + 1].components.len() => {}
                        _ => {
                            return Err(LabError::Hierarchy(format!(
                                "{} (level {l}, #{c}) has no valid parent in level {}",
                                comp.code,
                                l + 1
                            )));
                        }
                    }
                }
            }
            if l > 0 {
                for (c, comp) in level.components.iter().enumerate() {
                    if !self.levels[l - 1]
                        .components
                        .iter()
                        .any(|ch| ch.parent == Some(c))
                    {
                        return Err(LabError::Hierarchy(format!(
                            "{} (level {l}) has no children",
                            comp.code
                        )));
                    }
                }
            }
        }
        Ok(())
    }

    /// Number of levels.
    pub fn n_levels(&self) -> usize {
        self.levels.len()
    }

    /// Children (indices in level `level - 1`) of component `c` of `level`.
    pub fn children(&self, level: usize, c: usize) -> Vec<usize> {
        self.levels[level - 1]
            .components
            .iter()
            .enumerate()
            .filter(|(_, ch)| ch.parent == Some(c))
            .map(|(i, _)| i)
            .collect()
    }

    /// Ancestor at level `target` of component `c` at level `level`.
    pub fn ancestor(&self, level: usize, c: usize, target: usize) -> usize {
        let mut l = level;
        let mut c = c;
        while l < target {
            c = self.levels[l].components[c].parent.unwrap_or(0);
            l += 1;
        }
        c
    }
}
