//! The cyberindex scoring engine.
//!
//! It holds the framework model ([`model`]), relevance rules ([`rule`]), the scoring of one unit
//! ([`score`]) and of many ([`results`]), and threshold profiles with their blocking parameters
//! ([`profile`]).
//!
//! **Architecture invariant:** this crate does no IO and knows nothing of files, HTTP or SQL. It
//! cannot fail once given a checked framework: every function returns a value.

pub mod model;
pub mod profile;
pub mod results;
pub mod rule;
pub mod score;

pub use model::{
    Aggregation, AnswerLimits, AnswerOption, Child, Framework, Level, LimitBreach, MissingPolicy,
    Node, NodeKind, NumberScale, Question, QuestionType, Texts, Tier, UnitKind, text,
};
pub use profile::{
    Blocker, Minimum, ParameterValue, Profile, ProfileLevel, ProfileResult, UnitProfiles, assess,
    assess_all, assess_unit, level_holds, parameter_values,
};
pub use results::{UnitAnswers, UnitResult, score_all};
pub use score::{
    NodeScore, QuestionScore, QuestionStatus, UnitScore, Value, relevance, score_unit,
};
