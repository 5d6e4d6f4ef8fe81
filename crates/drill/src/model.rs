//! A drill scenario: moves, injects and expectations, and the checks a scenario must pass.
//!
//! Texts are kept per language (`en`, `fr`, …); a scenario names its languages, and every text
//! it has is expected in each of them ([`Scenario::check`] lists the missing ones as problems).
//! Injects have stable ids (`I-01`), unique in the scenario, that dependencies, the MSEL sheet
//! and OpenAEV's JSON refer to.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// A text in several languages, by language code.
pub type Texts = BTreeMap<String, String>;

/// A scenario: what a drill plays, one version of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// A stable identifier (`health-ransomware`).
    pub id: String,
    /// The version, such as `1.0.0`; a drill plays one version, frozen.
    pub version: String,
    /// The languages of its texts, the first being the one it was written in.
    pub languages: Vec<String>,
    /// Who may reuse it, as an SPDX identifier or words (`CC-BY-4.0`).
    pub licence: String,
    /// The Traffic Light Protocol label of the scenario as a whole (`TLP:CLEAR` … `TLP:RED`).
    pub tlp: String,
    pub title: Texts,
    #[serde(default)]
    pub narrative: Texts,
    /// Marked not real (the demonstration's own scenarios).
    #[serde(default)]
    pub fictional: bool,
    #[serde(default, rename = "move")]
    pub moves: Vec<Move>,
    #[serde(default, rename = "inject")]
    pub injects: Vec<Inject>,
}

/// A phase of the scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// 1, 2, 3…
    pub number: u32,
    pub title: Texts,
    /// The situation's own time, in words (`Day 1, 06:00`): simulated time, not the drill's.
    #[serde(default)]
    pub situation_time: String,
}

/// When an inject is due. Written `+H:MM` (or `+H:MM:SS`) for an offset from the start, and
/// `HH:MM` for a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Timing {
    /// Seconds after the drill starts.
    Offset(u32),
    /// A clock time on the drill's day, in the drill's time zone, as minutes after midnight.
    Clock(u32),
}

/// What must have happened to an earlier inject before this one may be released. Written
/// `released`, `answered` or `scored_below 50`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Condition {
    Released,
    /// The team answered it.
    Answered,
    /// The team's score on it is below this share (0–100).
    ScoredBelow(f64),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dependency {
    /// The earlier inject's id.
    pub inject: String,
    pub condition: Condition,
}

/// Who receives an inject: `"all"`, or a list of roles.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Audience {
    #[default]
    #[serde(with = "all")]
    All,
    /// Only these participants: roles the drill maps to teams (`national-cirt`,
    /// `health-cert`) or, in a drill's own copy, team ids.
    Only(Vec<String>),
}

mod all {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str("all")
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<(), D::Error> {
        let text = String::deserialize(d)?;
        if text == "all" {
            Ok(())
        } else {
            Err(serde::de::Error::custom(format!(
                "`{text}` is not an audience: write \"all\" or a list of roles"
            )))
        }
    }
}

impl Timing {
    /// Seconds from the start, on a drill that starts at `start_minute` (minutes after
    /// midnight, the drill's time zone): a clock time before the start is due at once.
    pub fn seconds_from_start(self, start_minute: u32) -> u32 {
        match self {
            Timing::Offset(s) => s,
            Timing::Clock(m) => m.saturating_sub(start_minute) * 60,
        }
    }

    /// Reads `+H:MM`, `+H:MM:SS` or `HH:MM`.
    pub fn parse(text: &str) -> Result<Timing, String> {
        let t = text.trim();
        let bad = || {
            format!(
                "`{t}` is not a time: write +H:MM after the start (+0:45, +2:00) or a clock time HH:MM (09:30)"
            )
        };
        let (offset, rest) = match t.strip_prefix('+') {
            Some(rest) => (true, rest),
            None => (false, t),
        };
        let parts: Vec<&str> = rest.split(':').collect();
        let num = |p: &str| -> Result<u32, String> {
            if p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()) || p.len() > 4 {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        match (offset, parts.as_slice()) {
            (true, [h, m]) => {
                let (h, m) = (num(h)?, num(m)?);
                if m > 59 {
                    return Err(bad());
                }
                Ok(Timing::Offset(h * 3600 + m * 60))
            }
            (true, [h, m, s]) => {
                let (h, m, s) = (num(h)?, num(m)?, num(s)?);
                if m > 59 || s > 59 {
                    return Err(bad());
                }
                Ok(Timing::Offset(h * 3600 + m * 60 + s))
            }
            (false, [h, m]) => {
                let (h, m) = (num(h)?, num(m)?);
                if h > 23 || m > 59 {
                    return Err(bad());
                }
                Ok(Timing::Clock(h * 60 + m))
            }
            _ => Err(bad()),
        }
    }
}

impl std::fmt::Display for Timing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Timing::Offset(s) if s % 60 == 0 => write!(f, "+{}:{:02}", s / 3600, s / 60 % 60),
            Timing::Offset(s) => write!(f, "+{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60),
            Timing::Clock(m) => write!(f, "{:02}:{:02}", m / 60, m % 60),
        }
    }
}

impl TryFrom<String> for Timing {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Timing::parse(&s)
    }
}

impl From<Timing> for String {
    fn from(t: Timing) -> String {
        t.to_string()
    }
}

impl Condition {
    pub fn parse(text: &str) -> Result<Condition, String> {
        let t = text.trim();
        match t {
            "released" => Ok(Condition::Released),
            "answered" => Ok(Condition::Answered),
            _ => t
                .strip_prefix("scored_below")
                .and_then(|x| x.trim().parse::<f64>().ok())
                .filter(|x| x.is_finite())
                .map(Condition::ScoredBelow)
                .ok_or_else(|| {
                    format!("`{t}` is not a condition: write released, answered or scored_below 50")
                }),
        }
    }
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Condition::Released => f.write_str("released"),
            Condition::Answered => f.write_str("answered"),
            Condition::ScoredBelow(x) => write!(f, "scored_below {x}"),
        }
    }
}

impl TryFrom<String> for Condition {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Condition::parse(&s)
    }
}

impl From<Condition> for String {
    fn from(c: Condition) -> String {
        c.to_string()
    }
}

/// How an inject reaches the teams.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// On the team's drill page.
    #[default]
    Portal,
    Email,
    /// A simulated news article, in the drill's news feed.
    News,
    /// A document dropped in the team's files.
    Document,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Portal,
        Channel::Email,
        Channel::News,
        Channel::Document,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Portal => "portal",
            Channel::Email => "email",
            Channel::News => "news",
            Channel::Document => "document",
        }
    }

    pub fn parse(text: &str) -> Option<Channel> {
        let t = text.trim().to_ascii_lowercase();
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str() == t || (t == "e-mail" && *c == Channel::Email))
    }
}

/// What kind of file an attachment is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKind {
    Document,
    /// A log excerpt.
    Log,
    /// A packet capture.
    Pcap,
    /// A STIX 2.1 bundle.
    Stix,
    Image,
    Other,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// The file's name as the teams see it.
    pub name: String,
    pub kind: AttachmentKind,
    /// The file's SHA-256 in the evidence store, once uploaded.
    #[serde(default)]
    pub sha256: Option<String>,
}

/// How a response is judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpectationKind {
    /// An evaluator judges what the team did.
    Manual,
    /// The team uploads a document.
    Document,
    /// The team writes an answer.
    Text,
    /// The team acknowledges receipt.
    Acknowledgement,
}

impl ExpectationKind {
    pub const ALL: [ExpectationKind; 4] = [
        ExpectationKind::Manual,
        ExpectationKind::Document,
        ExpectationKind::Text,
        ExpectationKind::Acknowledgement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExpectationKind::Manual => "manual",
            ExpectationKind::Document => "document",
            ExpectationKind::Text => "text",
            ExpectationKind::Acknowledgement => "acknowledgement",
        }
    }

    pub fn parse(text: &str) -> Option<ExpectationKind> {
        let t = text.trim().to_ascii_lowercase();
        ExpectationKind::ALL.into_iter().find(|k| k.as_str() == t)
    }
}

/// Whether one player's response meets an expectation for the whole team (`any`), or every
/// player of the team must respond (`all`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    #[default]
    Any,
    All,
}

/// What a team is expected to do with an inject.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub name: Texts,
    pub kind: ExpectationKind,
    /// The score (0–100) a team should reach; a result at or above it is a success.
    pub expected_score: f64,
    /// Seconds after the inject's release within which a response counts.
    #[serde(default)]
    pub time_limit: Option<u32>,
    #[serde(default)]
    pub group: Group,
    /// Maturity parameters it is evidence for (`P-9`, `P-1`).
    #[serde(default)]
    pub parameters: Vec<String>,
}

/// One scripted event of the scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inject {
    /// Unique in the scenario (`I-01`).
    pub id: String,
    /// The move it belongs to.
    #[serde(rename = "move")]
    pub move_number: u32,
    pub timing: Timing,
    /// The situation's own time, in words.
    #[serde(default)]
    pub simulated_time: String,
    #[serde(default)]
    pub depends_on: Vec<Dependency>,
    #[serde(default)]
    pub audience: Audience,
    #[serde(default)]
    pub channel: Channel,
    /// Who the inject says it comes from (`Ministry of Health press office`).
    #[serde(default)]
    pub from: String,
    pub title: Texts,
    pub body: Texts,
    #[serde(default)]
    pub expected_actions: Texts,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    #[serde(default, rename = "expectation")]
    pub expectations: Vec<Expectation>,
}

/// One thing wrong with a scenario: where (`inject I-03: depends_on[0]`) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// The longest day a clock time may name, in minutes.
const DAY_MINUTES: u32 = 24 * 60;

const TLP: [&str; 5] = [
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
];

impl Scenario {
    /// The inject with this id.
    pub fn inject(&self, id: &str) -> Option<&Inject> {
        self.injects.iter().find(|i| i.id == id)
    }

    /// A text in `lang`, else in the scenario's first language, else any.
    pub fn text<'a>(&self, texts: &'a Texts, lang: &str) -> &'a str {
        texts
            .get(lang)
            .or_else(|| self.languages.first().and_then(|l| texts.get(l)))
            .or_else(|| texts.values().next())
            .map_or("", String::as_str)
    }

    /// Every problem of the scenario, in the order of the file: unknown or duplicate ids,
    /// a dependency on an inject that is not earlier, a cycle, a move that does not exist, a
    /// clock time past midnight, an expected score outside 0–100, a text missing in one of the
    /// scenario's languages, an unknown TLP label. Empty when it can be played.
    pub fn check(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut problem = |at: String, message: String| out.push(Problem { at, message });
        let id_ok = |id: &str| {
            !id.is_empty()
                && id.len() <= 64
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        };
        if !id_ok(&self.id) {
            problem(
                "id".into(),
                format!(
                    "`{}` is not an identifier: use letters, digits, `-`, `_` and `.`",
                    self.id
                ),
            );
        }
        if self.version.trim().is_empty() {
            problem(
                "version".into(),
                "give the scenario a version, such as 1.0.0".into(),
            );
        }
        if self.languages.is_empty() {
            problem(
                "languages".into(),
                "name at least one language, such as [\"en\"]".into(),
            );
        }
        if !TLP.contains(&self.tlp.as_str()) {
            problem(
                "tlp".into(),
                format!(
                    "`{}` is not a TLP 2.0 label: use one of {}",
                    self.tlp,
                    TLP.join(", ")
                ),
            );
        }
        if self.licence.trim().is_empty() {
            problem(
                "licence".into(),
                "say who may reuse the scenario, such as CC-BY-4.0".into(),
            );
        }
        let texts = |at: String, what: &str, t: &Texts, required: bool| {
            if required && t.values().all(|v| v.trim().is_empty()) {
                return Some(Problem {
                    at,
                    message: format!("the {what} is empty"),
                });
            }
            if t.is_empty() {
                return None;
            }
            let missing: Vec<&str> = self
                .languages
                .iter()
                .filter(|l| t.get(*l).is_none_or(|v| v.trim().is_empty()))
                .map(String::as_str)
                .collect();
            (!missing.is_empty()).then(|| Problem {
                at,
                message: format!("the {what} is missing in {}", missing.join(", ")),
            })
        };
        let mut text_problems = Vec::new();
        text_problems.extend(texts("title".into(), "title", &self.title, true));
        text_problems.extend(texts(
            "narrative".into(),
            "narrative",
            &self.narrative,
            false,
        ));
        let mut numbers = BTreeSet::new();
        for (i, m) in self.moves.iter().enumerate() {
            if !numbers.insert(m.number) {
                text_problems.push(Problem {
                    at: format!("move[{i}]"),
                    message: format!("move {} is defined twice", m.number),
                });
            }
            text_problems.extend(texts(format!("move {}", m.number), "title", &m.title, true));
        }
        if self.moves.is_empty() {
            text_problems.push(Problem {
                at: "move".into(),
                message: "the scenario has no move: add at least one [[move]]".into(),
            });
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, inject) in self.injects.iter().enumerate() {
            let at = if inject.id.is_empty() {
                format!("inject[{i}]")
            } else {
                format!("inject {}", inject.id)
            };
            if !id_ok(&inject.id) {
                text_problems.push(Problem {
                    at: at.clone(),
                    message: format!(
                        "`{}` is not an inject id: use letters, digits, `-`, `_` and `.`",
                        inject.id
                    ),
                });
            }
            if seen.insert(inject.id.as_str(), i).is_some() {
                text_problems.push(Problem {
                    at: at.clone(),
                    message: format!("the id {} is used by two injects", inject.id),
                });
            }
            if !numbers.contains(&inject.move_number) {
                text_problems.push(Problem {
                    at: at.clone(),
                    message: format!("move {} does not exist", inject.move_number),
                });
            }
            if let Timing::Clock(m) = inject.timing
                && m >= DAY_MINUTES
            {
                text_problems.push(Problem {
                    at: at.clone(),
                    message: format!(
                        "the clock time {m} is past midnight: write minutes from 0 to {}",
                        DAY_MINUTES - 1
                    ),
                });
            }
            for (d, dep) in inject.depends_on.iter().enumerate() {
                match seen.get(dep.inject.as_str()) {
                    Some(j) if *j < i => {}
                    _ if dep.inject == inject.id => text_problems.push(Problem {
                        at: format!("{at}: depends_on[{d}]"),
                        message: "an inject cannot depend on itself".into(),
                    }),
                    _ if self.inject(&dep.inject).is_some() => text_problems.push(Problem {
                        at: format!("{at}: depends_on[{d}]"),
                        message: format!(
                            "{} comes later in the scenario: an inject depends only on earlier ones",
                            dep.inject
                        ),
                    }),
                    _ => text_problems.push(Problem {
                        at: format!("{at}: depends_on[{d}]"),
                        message: format!("no inject has the id {}", dep.inject),
                    }),
                }
                if let Condition::ScoredBelow(x) = dep.condition
                    && !(0.0..=100.0).contains(&x)
                {
                    text_problems.push(Problem {
                        at: format!("{at}: depends_on[{d}]"),
                        message: format!("scored below {x}: write a share from 0 to 100"),
                    });
                }
            }
            if let Audience::Only(list) = &inject.audience
                && list.iter().all(|t| t.trim().is_empty())
            {
                text_problems.push(Problem {
                    at: at.clone(),
                    message: "the audience names nobody: name roles or leave it out for all teams"
                        .into(),
                });
            }
            text_problems.extend(texts(format!("{at}: title"), "title", &inject.title, true));
            text_problems.extend(texts(format!("{at}: body"), "body", &inject.body, true));
            text_problems.extend(texts(
                format!("{at}: expected_actions"),
                "expected actions",
                &inject.expected_actions,
                false,
            ));
            for (e, x) in inject.expectations.iter().enumerate() {
                let eat = format!("{at}: expectation[{e}]");
                if !(0.0..=100.0).contains(&x.expected_score) || x.expected_score.is_nan() {
                    text_problems.push(Problem {
                        at: eat.clone(),
                        message: format!(
                            "the expected score {} is outside 0–100",
                            x.expected_score
                        ),
                    });
                }
                if x.time_limit == Some(0) {
                    text_problems.push(Problem {
                        at: eat.clone(),
                        message:
                            "a time limit of 0 seconds leaves no time: leave it out or give seconds"
                                .into(),
                    });
                }
                text_problems.extend(texts(eat, "name", &x.name, true));
            }
        }
        out.extend(text_problems);
        out
    }
}
