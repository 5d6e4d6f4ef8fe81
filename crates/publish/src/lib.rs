//! Published results: what a publication freezes ([`results`]), the open-data files made from it
//! ([`opendata`]), the statistics and recommendations the public pages show ([`site`]), and the
//! SVG charts and world map ([`svg`], [`world`]), and the methodology lab applied to a framework
//! ([`analysis`]).
//!
//! **Architecture invariant:** this crate does no IO. It takes the frozen framework source,
//! answers and results as text and returns values, bytes or SVG text; the server and the CLI
//! store, serve and write them.

pub mod analysis;
pub mod opendata;
pub mod preview;
pub mod report;
pub mod results;
pub mod site;
pub mod svg;
pub mod world;

pub use results::{FrozenAnswer, Meta, Results};
pub use site::Site;
