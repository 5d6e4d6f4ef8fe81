//! Demonstration answers: deterministic, clearly fake data for trying cyberindex out.
//!
//! Every unit gets a hidden "capacity" drawn from a fixed seed; each pillar varies around it and
//! each answer is drawn from the pillar's level. Relevance rules are respected, some answers are
//! left missing, and a few units answer only part of the questionnaire, so every part of the
//! scoring (missing answers, relevance, tiers, ties) shows up. Nothing here reflects any real
//! country.

pub mod directory;

use std::collections::BTreeMap;

use cyberindex_engine::{Framework, QuestionType, Value};

/// A demonstration edition's name in each of the six UN languages (by language code), each
/// saying that it is a demonstration, so that no reader takes it for a real edition.
pub fn edition_names(year: u32) -> BTreeMap<String, String> {
    [
        ("ar", format!("عرض توضيحي {year}")),
        ("zh", format!("{year} 年演示版")),
        ("en", format!("Demonstration {year}")),
        ("fr", format!("Démonstration {year}")),
        ("ru", format!("Демонстрация {year}")),
        ("es", format!("Demostración {year}")),
    ]
    .into_iter()
    .map(|(lang, name)| (lang.to_string(), name))
    .collect()
}

/// A small, stable pseudo-random generator (SplitMix64): the same seed gives the same answers on
/// every machine and with every version of the dependencies.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// One generated answer row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoRow {
    pub unit: String,
    pub question: String,
    pub value: String,
    pub evidence: String,
}

fn unit_seed(seed: u64, unit: &str) -> u64 {
    unit.bytes().fold(seed ^ 0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Generates answers for `units`, in unit order then question order.
pub fn answers(framework: &Framework, units: &[&str], seed: u64) -> Vec<DemoRow> {
    let mut rows = Vec::new();
    for unit in units {
        let mut rng = SplitMix64::new(unit_seed(seed, unit));
        // Capacity: the mean of two uniforms, stretched, so most units sit in the middle tiers.
        let capacity = ((rng.unit() + rng.unit()) / 2.0 * 1.5 - 0.2).clamp(0.02, 1.0);
        // One unit in ten answers only part of the questionnaire.
        let answer_rate = if rng.unit() < 0.1 {
            0.55 + rng.unit() * 0.3
        } else {
            0.985
        };
        let pillar_level: Vec<f64> = framework
            .nodes
            .iter()
            .map(|_| (capacity + (rng.unit() - 0.5) * 0.25).clamp(0.0, 1.0))
            .collect();
        let mut values: Vec<Option<Value>> = vec![None; framework.questions.len()];
        let mut texts: Vec<Option<String>> = vec![None; framework.questions.len()];
        let mut relevant = vec![false; framework.questions.len()];
        for &q in &framework.relevance_order {
            let question = &framework.questions[q];
            relevant[q] = question
                .rule
                .as_ref()
                .is_none_or(|r| r.holds(&values, &relevant));
            let draw = rng.unit();
            let answered = rng.unit() < answer_rate;
            if !relevant[q] || !answered {
                continue;
            }
            let p = pillar_level[framework.pillar_of(question.parent)];
            let (value, text) = match question.kind {
                QuestionType::ThreeState => {
                    let id = if draw < p {
                        0
                    } else if draw < p + (1.0 - p) * 0.5 {
                        1
                    } else {
                        2
                    };
                    (Value::Choice(id), question.options[id as usize].id.clone())
                }
                QuestionType::YesNo => {
                    let id = u32::from(draw >= p);
                    (Value::Choice(id), question.options[id as usize].id.clone())
                }
                QuestionType::SingleChoice => {
                    let n = question.options.len();
                    let mut by_points: Vec<usize> = (0..n).collect();
                    by_points.sort_by(|a, b| {
                        question.options[*a]
                            .points
                            .total_cmp(&question.options[*b].points)
                    });
                    let pick = ((p * 0.7 + draw * 0.3) * n as f64)
                        .floor()
                        .min(n as f64 - 1.0) as usize;
                    let id = by_points[pick];
                    (Value::Choice(id as u32), question.options[id].id.clone())
                }
                QuestionType::MultipleChoice => {
                    let mut set = 0u64;
                    let mut ids = Vec::new();
                    for (i, option) in question.options.iter().enumerate() {
                        if rng.unit() < p {
                            set |= 1 << i;
                            ids.push(option.id.clone());
                        }
                    }
                    (Value::Choices(set), ids.join(";"))
                }
                QuestionType::Number => {
                    let high = match &question.scale {
                        Some(cyberindex_engine::NumberScale::Goalposts { low, high }) => {
                            low.max(*high)
                        }
                        Some(cyberindex_engine::NumberScale::Steps { steps }) => {
                            steps.last().map_or(10.0, |s| s.0 * 1.5)
                        }
                        None => 10.0,
                    };
                    let x = (high * (p * 0.8 + draw * 0.4)).round();
                    // Within the question's limits, as a save would require.
                    let x = question.limits.min.map_or(x, |min| x.max(min));
                    let x = question.limits.max.map_or(x, |max| x.min(max));
                    (Value::Number(x), format!("{x}"))
                }
                QuestionType::Text => (
                    Value::Given,
                    "Demonstration answer: not a real assessment.".to_string(),
                ),
                QuestionType::Url => (
                    Value::Given,
                    format!(
                        "https://example.org/demo/{}/{}",
                        unit.to_ascii_lowercase(),
                        question.id.to_ascii_lowercase()
                    ),
                ),
                QuestionType::Date => {
                    let year = 2008 + (draw * 17.0) as u32;
                    let month = 1 + (rng.unit() * 12.0) as u32;
                    (Value::Given, format!("{year}-{month:02}-15"))
                }
            };
            values[q] = Some(value);
            texts[q] = Some(text);
        }
        for (q, text) in texts.into_iter().enumerate() {
            let Some(value) = text else { continue };
            let question = &framework.questions[q];
            let evidence =
                if question.kind.is_scored() && question.evidence_required && rng.unit() < 0.7 {
                    format!(
                        "https://example.org/demo/{}/evidence/{}",
                        unit.to_ascii_lowercase(),
                        question.id.to_ascii_lowercase()
                    )
                } else {
                    String::new()
                };
            rows.push(DemoRow {
                unit: unit.to_string(),
                question: question.id.clone(),
                value,
                evidence,
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    #[test]
    fn demonstration_edition_names_cover_the_six_languages() {
        let names = edition_names(2026);
        assert_eq!(
            names.keys().map(String::as_str).collect::<Vec<_>>(),
            ["ar", "en", "es", "fr", "ru", "zh"]
        );
        assert_eq!(names["en"], "Demonstration 2026");
        assert!(names.values().all(|n| n.contains("2026")), "{names:?}");
    }

    use super::*;

    #[test]
    fn generator_is_stable() {
        let mut rng = SplitMix64::new(42);
        let first: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        // Reference values of SplitMix64 for seed 42, so the shipped demo file never drifts.
        assert_eq!(
            first,
            vec![
                13679457532755275413,
                2949826092126892291,
                5139283748462763858
            ]
        );
    }
}
