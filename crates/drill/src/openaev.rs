//! A scenario as JSON with OpenAEV's field names, so that scenarios can move between the two
//! tools: `scenario_name`, `scenario_description`, `scenario_injects[]` with `inject_id`,
//! `inject_title`, `inject_description`, `inject_depends_duration` (seconds from the start),
//! `inject_depends_on[]`, `inject_all_teams`, `inject_teams`, `inject_tags` and
//! `inject_expectations[]` with `inject_expectation_type` (MANUAL, DOCUMENT, TEXT; an
//! acknowledgement is written as MANUAL with the tag `acknowledgement`),
//! `inject_expectation_name`, `inject_expectation_expected_score`,
//! `inject_expectation_expiration_time` and `inject_expectation_group`.
//!
//! OpenAEV has no moves, languages, channels or clock times: those travel in an
//! `x_cyberindex` object beside each field set, which OpenAEV ignores and this reader uses when
//! it is there. Without it (a file from OpenAEV), everything is one move in one language, each
//! inject on the portal at its offset. This mapping follows OpenAEV's published model; its
//! exact export bundle was not available to compare.

use serde_json::{Value, json};

use crate::model::{
    Audience, Channel, Condition, Dependency, Expectation, ExpectationKind, Group, Inject, Move,
    Problem, Scenario, Texts, Timing,
};

fn expectation_type(kind: ExpectationKind) -> &'static str {
    match kind {
        ExpectationKind::Manual | ExpectationKind::Acknowledgement => "MANUAL",
        ExpectationKind::Document => "DOCUMENT",
        ExpectationKind::Text => "TEXT",
    }
}

/// The scenario in OpenAEV's shape, in its first language (the others in `x_cyberindex`).
pub fn export(scenario: &Scenario) -> Value {
    let lang = scenario.languages.first().map_or("en", String::as_str);
    let t = |texts: &Texts| scenario.text(texts, lang).to_string();
    let injects: Vec<Value> = scenario
        .injects
        .iter()
        .map(|i| {
            let expectations: Vec<Value> = i
                .expectations
                .iter()
                .map(|e| {
                    json!({
                        "inject_expectation_type": expectation_type(e.kind),
                        "inject_expectation_name": t(&e.name),
                        "inject_expectation_expected_score": e.expected_score,
                        "inject_expectation_expiration_time": e.time_limit,
                        "inject_expectation_group": e.group == Group::Any,
                        "x_cyberindex": {
                            "kind": e.kind.as_str(),
                            "name": e.name,
                            "group": if e.group == Group::Any { "any" } else { "all" },
                            "parameters": e.parameters,
                        },
                    })
                })
                .collect();
            let (all, teams) = match &i.audience {
                Audience::All => (true, Vec::new()),
                Audience::Only(list) => (false, list.clone()),
            };
            json!({
                "inject_id": i.id,
                "inject_title": t(&i.title),
                "inject_description": t(&i.body),
                "inject_depends_duration": i.timing.seconds_from_start(0),
                "inject_depends_on": i.depends_on.iter().map(|d| json!({
                    "dependency_relationship": { "inject_parent_id": d.inject, "inject_children_id": i.id },
                    "dependency_condition": { "condition": d.condition.to_string() },
                })).collect::<Vec<_>>(),
                "inject_all_teams": all,
                "inject_teams": teams,
                "inject_tags": [format!("move-{}", i.move_number), i.channel.as_str()],
                "inject_expectations": expectations,
                "x_cyberindex": {
                    "move": i.move_number,
                    "timing": i.timing.to_string(),
                    "simulated_time": i.simulated_time,
                    "channel": i.channel.as_str(),
                    "from": i.from,
                    "title": i.title,
                    "body": i.body,
                    "expected_actions": i.expected_actions,
                    "attachments": i.attachments,
                },
            })
        })
        .collect();
    json!({
        "scenario_id": scenario.id,
        "scenario_name": t(&scenario.title),
        "scenario_description": t(&scenario.narrative),
        "scenario_injects": injects,
        "x_cyberindex": {
            "version": scenario.version,
            "languages": scenario.languages,
            "licence": scenario.licence,
            "tlp": scenario.tlp,
            "fictional": scenario.fictional,
            "title": scenario.title,
            "narrative": scenario.narrative,
            "moves": scenario.moves,
        },
    })
}

/// Reads a scenario from OpenAEV's shape (with or without `x_cyberindex`). Every error names
/// its JSON path; then every problem of [`Scenario::check`].
pub fn import(value: &Value) -> Result<Scenario, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut bad = |at: String, message: String| problems.push(Problem { at, message });
    let ext = &value["x_cyberindex"];
    let str_at = |v: &Value| v.as_str().unwrap_or("").to_string();
    let texts = |ext: &Value, fallback: &str, lang: &str| -> Texts {
        serde_json::from_value::<Texts>(ext.clone())
            .ok()
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| {
                if fallback.is_empty() {
                    Texts::new()
                } else {
                    Texts::from([(lang.to_string(), fallback.to_string())])
                }
            })
    };
    let languages: Vec<String> =
        serde_json::from_value(ext["languages"].clone()).unwrap_or_else(|_| vec!["en".to_string()]);
    let lang = languages.first().cloned().unwrap_or_else(|| "en".into());
    let moves: Vec<Move> = serde_json::from_value(ext["moves"].clone()).unwrap_or_else(|_| {
        vec![Move {
            number: 1,
            title: Texts::from([(lang.clone(), "Move 1".to_string())]),
            situation_time: String::new(),
        }]
    });
    let Some(list) = value["scenario_injects"].as_array() else {
        return Err(vec![Problem {
            at: "scenario_injects".into(),
            message: "the file has no scenario_injects list".into(),
        }]);
    };
    let mut injects = Vec::new();
    for (n, v) in list.iter().enumerate() {
        let at = format!("scenario_injects[{n}]");
        let x = &v["x_cyberindex"];
        let id = str_at(&v["inject_id"]);
        let timing = match x["timing"].as_str() {
            Some(t) => Timing::parse(t).unwrap_or_else(|m| {
                bad(format!("{at}.x_cyberindex.timing"), m);
                Timing::Offset(0)
            }),
            None => match v["inject_depends_duration"].as_u64() {
                Some(s) => Timing::Offset(u32::try_from(s).unwrap_or(u32::MAX)),
                None => {
                    bad(
                        format!("{at}.inject_depends_duration"),
                        "give the seconds from the start as a whole number".into(),
                    );
                    Timing::Offset(0)
                }
            },
        };
        let mut depends_on = Vec::new();
        for (d, dep) in v["inject_depends_on"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let parent = str_at(&dep["dependency_relationship"]["inject_parent_id"]);
            let condition = dep["dependency_condition"]["condition"]
                .as_str()
                .map_or(Ok(Condition::Released), Condition::parse);
            match condition {
                Ok(condition) => depends_on.push(Dependency {
                    inject: parent,
                    condition,
                }),
                Err(m) => bad(format!("{at}.inject_depends_on[{d}]"), m),
            }
        }
        let audience = if v["inject_all_teams"].as_bool().unwrap_or(true) {
            Audience::All
        } else {
            Audience::Only(
                v["inject_teams"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.as_str().map(str::to_string))
                    .collect(),
            )
        };
        let mut expectations = Vec::new();
        for (e, ev) in v["inject_expectations"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let ex = &ev["x_cyberindex"];
            let kind = match ex["kind"].as_str().and_then(ExpectationKind::parse) {
                Some(k) => k,
                None => match ev["inject_expectation_type"].as_str().unwrap_or("") {
                    "MANUAL" => ExpectationKind::Manual,
                    "DOCUMENT" => ExpectationKind::Document,
                    "TEXT" => ExpectationKind::Text,
                    other => {
                        bad(
                            format!("{at}.inject_expectations[{e}].inject_expectation_type"),
                            format!(
                                "`{other}` is not an expectation type a drill can score: MANUAL, DOCUMENT or TEXT"
                            ),
                        );
                        ExpectationKind::Manual
                    }
                },
            };
            let group = match ex["group"].as_str() {
                Some("all") => Group::All,
                Some(_) => Group::Any,
                None if ev["inject_expectation_group"].as_bool() == Some(false) => Group::All,
                None => Group::Any,
            };
            expectations.push(Expectation {
                name: texts(&ex["name"], &str_at(&ev["inject_expectation_name"]), &lang),
                kind,
                expected_score: ev["inject_expectation_expected_score"]
                    .as_f64()
                    .unwrap_or(100.0),
                time_limit: ev["inject_expectation_expiration_time"]
                    .as_u64()
                    .map(|s| u32::try_from(s).unwrap_or(u32::MAX)),
                group,
                parameters: serde_json::from_value(ex["parameters"].clone()).unwrap_or_default(),
            });
        }
        injects.push(Inject {
            id,
            move_number: x["move"].as_u64().map_or(1, |m| m as u32),
            timing,
            simulated_time: str_at(&x["simulated_time"]),
            depends_on,
            audience,
            channel: x["channel"]
                .as_str()
                .and_then(Channel::parse)
                .unwrap_or_default(),
            from: str_at(&x["from"]),
            title: texts(&x["title"], &str_at(&v["inject_title"]), &lang),
            body: texts(&x["body"], &str_at(&v["inject_description"]), &lang),
            expected_actions: texts(&x["expected_actions"], "", &lang),
            attachments: serde_json::from_value(x["attachments"].clone()).unwrap_or_default(),
            expectations,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let scenario = Scenario {
        id: value["scenario_id"]
            .as_str()
            .unwrap_or("imported")
            .to_string(),
        version: ext["version"].as_str().unwrap_or("1.0.0").to_string(),
        languages: languages.clone(),
        licence: ext["licence"]
            .as_str()
            .unwrap_or("unknown: set the licence")
            .to_string(),
        tlp: ext["tlp"].as_str().unwrap_or("TLP:AMBER").to_string(),
        fictional: ext["fictional"].as_bool().unwrap_or(false),
        title: texts(&ext["title"], &str_at(&value["scenario_name"]), &lang),
        narrative: texts(
            &ext["narrative"],
            &str_at(&value["scenario_description"]),
            &lang,
        ),
        moves,
        injects,
    };
    let checked = scenario.check();
    if checked.is_empty() {
        Ok(scenario)
    } else {
        Err(checked)
    }
}
