//! # cyberindex-lab
//!
//! The pure statistics core of the methodology lab: everything needed to
//! rebuild a composite index (such as the ITU Global Cybersecurity Index) from
//! raw indicator data under a declared [`pipeline::Method`], to audit its
//! statistical coherence, and to measure how much its ranks depend on the
//! methodological choices (uncertainty and variance-based sensitivity
//! analysis).
//!
//! The crate does no IO: functions take slices and structs and return values or
//! [`LabError`]s. Every stochastic routine takes an explicit seed and gives the
//! same result at any thread count.
//!
//! Modules:
//! - [`data`]: the unit × indicator matrix and the component hierarchy;
//! - [`stats`]: descriptive statistics shared by the other modules
//!   (skewness, kurtosis, quantiles, correlation, ranks);
//! - [`pipeline`]: one index rebuild (denominate → impute → treat outliers →
//!   normalise → weight → aggregate → rank), with a reusable [`pipeline::Workspace`];
//! - [`coherence`]: data availability, distribution shape, correlations,
//!   Cronbach's alpha, first principal component, collinearity, main effects;
//! - [`uncertainty`]: seeded, parallel Monte Carlo over methodological choices;
//! - [`sensitivity`]: Saltelli sampling with Jansen / Saltelli 2010 estimators;
//! - [`synthetic`]: seeded synthetic data sets for tests, demos and benches.

pub mod coherence;
pub mod data;
pub mod pipeline;
pub mod sensitivity;
pub mod stats;
pub mod synthetic;
pub mod uncertainty;

pub use data::{Component, Dataset, Hierarchy, Level};
pub use pipeline::{Method, Rebuild, Workspace};

/// Everything that can go wrong in the lab.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LabError {
    /// Matrix, vector or hierarchy dimensions do not agree.
    #[error("shape mismatch: {0}")]
    Shape(String),
    /// The component hierarchy is malformed.
    #[error("invalid hierarchy: {0}")]
    Hierarchy(String),
    /// A parameter is out of its domain.
    #[error("invalid parameter: {0}")]
    Invalid(String),
    /// A geometric, harmonic or power mean met a value it refuses
    /// (negative, or zero under [`pipeline::ZeroPolicy::Refuse`]).
    #[error(
        "{aggregation} mean refuses value {value} (unit {unit}, level {level}, component {component}); \
         use a positive normalisation range or ZeroPolicy::Shift"
    )]
    NonPositive {
        /// Name of the aggregation.
        aggregation: &'static str,
        /// Unit (row) index.
        unit: usize,
        /// Level of the component being aggregated.
        level: usize,
        /// Component index within that level.
        component: usize,
        /// The offending child value.
        value: f64,
    },
    /// One run of a Monte Carlo or sensitivity analysis failed.
    #[error("run {run} failed: {source}")]
    Run {
        /// Run index.
        run: usize,
        /// What went wrong.
        source: Box<LabError>,
    },
}

/// Result alias for the lab.
pub type Result<T> = std::result::Result<T, LabError>;
