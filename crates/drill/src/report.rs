//! The after-action report of a drill: what it holds ([`AfterAction`]), which expectations
//! most teams met and which most missed ([`strengths_and_gaps`]), and its workbook
//! ([`write_xlsx`]). The workflow (`cyberindex_workflow::drill::report`) fills an
//! [`AfterAction`] from the store for one reader; the PDF is typeset by `cyberindex_report`.
//!
//! Codes (level, mode, state, channel, verdict, status) stay codes here; [`localise`] turns
//! them into the reader's words through the caller's translator, for both the PDF and the
//! workbook.
//!
//! **Invariant:** no clock is read: every date is one of the drill's own timestamps, formatted
//! by the caller, so the same drill gives the same bytes.

use serde::Serialize;

/// The translator: a Fluent message by key with named arguments, in the reader's language.
pub type Labels<'a> = &'a dyn Fn(&str, &[(&str, &str)]) -> String;

/// Which copy of the report: the full one, a team's, or the public one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// Every team: the secretariat and the host's staff.
    #[default]
    Full,
    /// One team's results only.
    Team,
    /// The aggregate only, no team named.
    Public,
}

/// The after-action report of one drill as one reader may have it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AfterAction {
    pub variant: Variant,
    pub lang: String,
    pub facts: Facts,
    pub timeline: Vec<TimelineRow>,
    /// Per team, confidential: a team's copy holds its own only; the public copy none.
    pub teams: Vec<TeamResult>,
    pub aggregate: Aggregate,
    pub strengths: Vec<Share>,
    pub gaps: Vec<Share>,
    pub improvements: Vec<ImprovementRow>,
    pub lessons: Vec<LessonRow>,
}

/// The drill's facts. Dates are written by the caller from the drill's own timestamps.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facts {
    pub id: i64,
    pub title: String,
    pub host: String,
    pub level: String,
    pub mode: String,
    pub time_zone: String,
    pub languages: String,
    pub start: String,
    pub end: String,
    /// The date the report is of: the drill's end, else its start (`YYYY-MM-DD`).
    pub date: String,
    pub scenario: String,
    pub scenario_title: String,
    pub scenario_version: String,
    pub tlp: String,
    pub licence: String,
}

/// One inject on the timeline.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimelineRow {
    pub inject: String,
    pub move_number: u32,
    /// The planned time: `+H:MM:SS` from the start, or a clock time `HH:MM`.
    pub planned: String,
    /// The exercise time it went out (`H:MM:SS`), empty when it did not.
    pub released: String,
    /// `released`, `held`, `skipped` or `pending`.
    pub state: String,
    pub channel: String,
    pub title: String,
}

/// One team's results.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamResult {
    pub team: String,
    pub name: String,
    pub responses: usize,
    pub expectations: Vec<ExpectationResult>,
    /// The mean score over the expectations evaluated (one decimal), none when none was.
    pub score: Option<f64>,
    pub target: Option<f64>,
    pub evaluated: usize,
    pub met: usize,
}

/// A team's result on one expectation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpectationResult {
    pub inject: String,
    /// The expectation's index in its inject, from 0.
    pub index: usize,
    pub name: String,
    /// The verdict codes (`success`, `partial`, `failed`).
    pub verdicts: Vec<String>,
    pub score: Option<f64>,
    pub expected: f64,
    /// Whether the score meets the expected score; none when not evaluated.
    pub met: Option<bool>,
}

/// Figures over every team, no team named.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Aggregate {
    pub teams: usize,
    pub responses: usize,
    pub mean: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub expectations: Vec<Share>,
}

/// How many of the teams evaluated on an expectation met it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Share {
    pub inject: String,
    pub index: usize,
    pub name: String,
    pub evaluated: usize,
    pub met: usize,
    /// `met / evaluated` as a percentage (one decimal).
    pub percent: f64,
}

/// One item of the improvement plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImprovementRow {
    /// The team's name, empty for the whole drill.
    pub team: String,
    pub issue: String,
    pub action: String,
    pub owner: String,
    pub due: String,
    pub parameter: String,
    /// `open`, `in_progress`, `done`, `dropped`.
    pub status: String,
}

/// One lessons answer; an anonymous one has no team.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonRow {
    pub team: String,
    /// The question as asked, or, for one of the questionnaire's own, its message key
    /// ([`localise`] puts it in the reader's words).
    pub question: String,
    pub question_key: Option<String>,
    pub answer: String,
}

/// One decimal, as every figure of the report is written.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The share of teams that met each expectation, in the order given.
pub fn share(inject: &str, index: usize, name: &str, evaluated: usize, met: usize) -> Share {
    Share {
        inject: inject.to_string(),
        index,
        name: name.to_string(),
        evaluated,
        met,
        percent: if evaluated == 0 {
            0.0
        } else {
            round1(met as f64 * 100.0 / evaluated as f64)
        },
    }
}

/// The strengths (expectations at least half the teams evaluated met, most met first) and the
/// gaps (those most teams missed, most missed first), at most `limit` of each. Expectations
/// nobody was evaluated on are neither. Ties keep the order given (the scenario's).
pub fn strengths_and_gaps(shares: &[Share], limit: usize) -> (Vec<Share>, Vec<Share>) {
    let evaluated: Vec<&Share> = shares.iter().filter(|s| s.evaluated > 0).collect();
    // met / evaluated compared exactly, as a cross product: no rounding decides an order.
    let cmp = |a: &&Share, b: &&Share| (a.met * b.evaluated).cmp(&(b.met * a.evaluated));
    let mut strengths: Vec<&Share> = evaluated
        .iter()
        .copied()
        .filter(|s| s.met * 2 >= s.evaluated)
        .collect();
    strengths.sort_by(|a, b| cmp(b, a));
    let mut gaps: Vec<&Share> = evaluated
        .iter()
        .copied()
        .filter(|s| s.met * 2 < s.evaluated)
        .collect();
    gaps.sort_by(cmp);
    let take = |v: Vec<&Share>| v.into_iter().take(limit).cloned().collect();
    (take(strengths), take(gaps))
}

/// The report with its codes in the reader's words (levels, modes, states, channels,
/// verdicts, statuses), for the PDF and the workbook.
pub fn localise(report: &AfterAction, labels: Labels) -> AfterAction {
    let word = |prefix: &str, code: &str| {
        if code.is_empty() {
            String::new()
        } else {
            labels(&format!("{prefix}{}", code.replace('_', "-")), &[])
        }
    };
    let mut r = report.clone();
    r.facts.level = word("drill-report-level-", &report.facts.level);
    r.facts.mode = word("drill-report-mode-", &report.facts.mode);
    for t in &mut r.timeline {
        t.state = word("drill-inject-", &t.state);
        t.channel = word("drill-channel-", &t.channel);
    }
    for team in &mut r.teams {
        for e in &mut team.expectations {
            e.verdicts = e
                .verdicts
                .iter()
                .map(|v| word("drill-result-", v))
                .collect();
        }
    }
    for i in &mut r.improvements {
        i.status = word("maturity-roadmap-", &i.status);
    }
    for l in &mut r.lessons {
        if let Some(key) = &l.question_key {
            l.question = labels(key, &[]);
        }
    }
    r
}

/// The headings both the PDF and the workbook use: the template's name and the Fluent key.
pub const LABELS: [(&str, &str); 44] = [
    ("summary", "drill-report-summary"),
    ("drill", "drill-report-drill"),
    ("host", "drill-col-host"),
    ("level", "drill-report-level"),
    ("mode", "drill-report-mode"),
    ("time_zone", "drill-report-time-zone"),
    ("languages", "drill-report-languages"),
    ("start", "drill-report-start"),
    ("end", "drill-report-end"),
    ("scenario", "drill-report-scenario"),
    ("version", "drill-report-version"),
    ("tlp", "drill-report-tlp"),
    ("licence", "drill-report-licence"),
    ("timeline", "drill-report-timeline"),
    ("inject", "drill-col-inject"),
    ("move", "drill-col-move"),
    ("planned", "drill-report-planned"),
    ("released", "drill-report-released"),
    ("state", "drill-col-state"),
    ("channel", "drill-col-channel"),
    ("title", "drill-report-inject-title"),
    ("results", "drill-report-results"),
    ("team", "drill-col-team"),
    ("expectation", "drill-report-expectation"),
    ("verdicts", "drill-report-verdicts"),
    ("score", "drill-col-score"),
    ("target", "drill-col-target"),
    ("expected", "drill-report-expected"),
    ("met", "drill-report-met"),
    ("not_met", "drill-report-not-met"),
    ("not_evaluated", "drill-report-not-evaluated"),
    ("confidential", "drill-report-confidential"),
    ("aggregate", "drill-report-aggregate"),
    ("teams", "drill-col-teams"),
    ("responses", "drill-report-responses"),
    ("mean", "drill-report-mean"),
    ("min", "drill-report-min"),
    ("max", "drill-report-max"),
    ("share", "drill-report-share"),
    ("strengths", "drill-report-strengths"),
    ("gaps", "drill-report-gaps"),
    ("improvements", "drill-report-improvements"),
    ("lessons", "drill-report-lessons"),
    ("none", "drill-report-none"),
];

/// More headings: the improvement plan's and the lessons' columns.
pub const MORE_LABELS: [(&str, &str); 9] = [
    ("issue", "drill-report-issue"),
    ("action", "maturity-col-action"),
    ("owner", "maturity-col-owner"),
    ("due", "maturity-col-due"),
    ("parameter", "maturity-col-parameter"),
    ("status", "drill-col-status"),
    ("question", "drill-report-question"),
    ("answer", "drill-report-answer"),
    ("anonymous", "drill-report-anonymous"),
];

/// Every heading in the reader's words, by the template's name.
pub fn headings(labels: Labels) -> std::collections::BTreeMap<&'static str, String> {
    LABELS
        .iter()
        .chain(MORE_LABELS.iter())
        .map(|(name, key)| (*name, labels(key, &[])))
        .collect()
}

fn figure(x: Option<f64>) -> String {
    x.map(|x| format!("{x:.1}")).unwrap_or_default()
}

/// The report as a workbook: Summary, Timeline, Results (per team, confidential; left out of
/// the public copy), Aggregate, Improvement plan, Lessons. Every cell is text, neutralised so
/// that no user text becomes a formula. The workbook's document properties carry the report's
/// own date, never the clock's, so the same report gives the same bytes.
pub fn write_xlsx(report: &AfterAction, labels: Labels) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let r = localise(report, labels);
    let h = headings(labels);
    let l = |k: &str| h.get(k).cloned().unwrap_or_default();
    let f = &r.facts;
    let mut sheets: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    sheets.push((
        l("summary"),
        vec![
            vec![l("drill"), f.title.clone()],
            vec![l("host"), f.host.clone()],
            vec![l("level"), f.level.clone()],
            vec![l("mode"), f.mode.clone()],
            vec![l("time_zone"), f.time_zone.clone()],
            vec![l("languages"), f.languages.clone()],
            vec![l("start"), f.start.clone()],
            vec![l("end"), f.end.clone()],
            vec![
                l("scenario"),
                format!("{} ({})", f.scenario_title, f.scenario),
            ],
            vec![l("version"), f.scenario_version.clone()],
            vec![l("tlp"), f.tlp.clone()],
            vec![l("licence"), f.licence.clone()],
        ],
    ));
    let mut timeline = vec![vec![
        l("inject"),
        l("move"),
        l("planned"),
        l("released"),
        l("state"),
        l("channel"),
        l("title"),
    ]];
    timeline.extend(r.timeline.iter().map(|t| {
        vec![
            t.inject.clone(),
            t.move_number.to_string(),
            t.planned.clone(),
            t.released.clone(),
            t.state.clone(),
            t.channel.clone(),
            t.title.clone(),
        ]
    }));
    sheets.push((l("timeline"), timeline));
    if r.variant != Variant::Public {
        let mut results = vec![vec![
            l("team"),
            l("inject"),
            l("expectation"),
            l("verdicts"),
            l("score"),
            l("expected"),
            l("met"),
        ]];
        for t in &r.teams {
            for e in &t.expectations {
                results.push(vec![
                    t.name.clone(),
                    e.inject.clone(),
                    e.name.clone(),
                    e.verdicts.join(", "),
                    figure(e.score),
                    format!("{:.1}", e.expected),
                    match e.met {
                        Some(true) => l("met"),
                        Some(false) => l("not_met"),
                        None => l("not_evaluated"),
                    },
                ]);
            }
            results.push(vec![
                t.name.clone(),
                String::new(),
                format!("{} / {}", l("score"), l("target")),
                format!("{} {}", t.responses, l("responses")),
                figure(t.score),
                figure(t.target),
                format!("{} / {}", t.met, t.evaluated),
            ]);
        }
        sheets.push((l("results"), results));
    }
    let a = &r.aggregate;
    let mut aggregate = vec![
        vec![l("teams"), a.teams.to_string()],
        vec![l("responses"), a.responses.to_string()],
        vec![l("mean"), figure(a.mean)],
        vec![l("min"), figure(a.min)],
        vec![l("max"), figure(a.max)],
        vec![],
        vec![l("inject"), l("expectation"), l("met"), l("share")],
    ];
    aggregate.extend(a.expectations.iter().map(|s| {
        vec![
            s.inject.clone(),
            s.name.clone(),
            format!("{} / {}", s.met, s.evaluated),
            format!("{:.1}", s.percent),
        ]
    }));
    for (title, list) in [(l("strengths"), &r.strengths), (l("gaps"), &r.gaps)] {
        aggregate.push(vec![]);
        aggregate.push(vec![title]);
        aggregate.extend(list.iter().map(|s| {
            vec![
                s.inject.clone(),
                s.name.clone(),
                format!("{} / {}", s.met, s.evaluated),
                format!("{:.1}", s.percent),
            ]
        }));
    }
    sheets.push((l("aggregate"), aggregate));
    if r.variant != Variant::Public {
        let mut plan = vec![vec![
            l("team"),
            l("issue"),
            l("action"),
            l("owner"),
            l("due"),
            l("parameter"),
            l("status"),
        ]];
        plan.extend(r.improvements.iter().map(|i| {
            vec![
                i.team.clone(),
                i.issue.clone(),
                i.action.clone(),
                i.owner.clone(),
                i.due.clone(),
                i.parameter.clone(),
                i.status.clone(),
            ]
        }));
        sheets.push((l("improvements"), plan));
        let mut lessons = vec![vec![l("team"), l("question"), l("answer")]];
        lessons.extend(r.lessons.iter().map(|x| {
            vec![
                if x.team.is_empty() {
                    l("anonymous")
                } else {
                    x.team.clone()
                },
                x.question.clone(),
                x.answer.clone(),
            ]
        }));
        sheets.push((l("lessons"), lessons));
    }

    let fail = |e: rust_xlsxwriter::XlsxError| format!("the workbook could not be made: {e}");
    let mut workbook = Workbook::new();
    // The creation time is the report's own date (the drill's end), never the clock's.
    let created = ExcelDateTime::parse_from_str(if f.date.is_empty() {
        "2000-01-01"
    } else {
        &f.date
    })
    .map_err(fail)?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title(&f.title)
            .set_creation_datetime(&created),
    );
    let text = Format::new().set_num_format("@").set_text_wrap();
    let bold = Format::new().set_bold().set_num_format("@");
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        // A sheet's name is at most 31 characters and has none of []:*?/\.
        let name: String = name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        sheet.set_name(&name).map_err(fail)?;
        for (i, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let value = cyberindex_answers::cell::neutralise(cell);
                let format = if i == 0 { &bold } else { &text };
                sheet
                    .write_string_with_format(i as u32, c as u16, value.as_ref(), format)
                    .map_err(fail)?;
            }
        }
        sheet.set_column_width(0, 24).map_err(fail)?;
        sheet.set_column_width(1, 30).map_err(fail)?;
        sheet.set_column_width(2, 40).map_err(fail)?;
    }
    workbook.save_to_buffer().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(inject: &str, evaluated: usize, met: usize) -> Share {
        share(inject, 0, inject, evaluated, met)
    }

    #[test]
    fn strengths_are_met_by_most_teams_most_first() {
        let shares = [
            s("I-01", 5, 3),
            s("I-02", 5, 5),
            s("I-03", 4, 2),
            s("I-04", 5, 1),
        ];
        let (strengths, gaps) = strengths_and_gaps(&shares, 10);
        let ids = |v: &[Share]| v.iter().map(|s| s.inject.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&strengths), ["I-02", "I-01", "I-03"]);
        assert_eq!(ids(&gaps), ["I-04"]);
    }

    #[test]
    fn gaps_are_missed_by_most_teams_most_missed_first() {
        let shares = [s("I-01", 4, 1), s("I-02", 5, 0), s("I-03", 3, 1)];
        let (strengths, gaps) = strengths_and_gaps(&shares, 10);
        assert!(strengths.is_empty());
        let ids: Vec<_> = gaps.iter().map(|s| s.inject.as_str()).collect();
        assert_eq!(ids, ["I-02", "I-01", "I-03"]);
    }

    #[test]
    fn unevaluated_expectations_are_neither_and_ties_keep_order() {
        let shares = [
            s("I-01", 0, 0),
            s("I-02", 2, 2),
            s("I-03", 4, 4),
            s("I-04", 2, 0),
        ];
        let (strengths, gaps) = strengths_and_gaps(&shares, 1);
        assert_eq!(strengths.len(), 1);
        assert_eq!(strengths[0].inject, "I-02");
        assert_eq!(gaps[0].inject, "I-04");
    }

    #[test]
    fn share_is_a_percentage_with_one_decimal() {
        assert_eq!(share("I-01", 0, "x", 3, 2).percent, 66.7);
        assert_eq!(share("I-01", 0, "x", 0, 0).percent, 0.0);
    }

    #[test]
    fn the_workbook_is_the_same_bytes_and_neutralises_formulas() {
        let mut report = AfterAction {
            lang: "en".into(),
            ..AfterAction::default()
        };
        report.facts.title = "=HYPERLINK(\"x\")".into();
        report.facts.date = "2026-12-10".into();
        report.lessons.push(LessonRow {
            team: String::new(),
            question: "Q".into(),
            question_key: None,
            answer: "+1 call".into(),
        });
        let labels = |k: &str, _: &[(&str, &str)]| k.to_string();
        let a = write_xlsx(&report, &labels).unwrap();
        let b = write_xlsx(&report, &labels).unwrap();
        assert_eq!(a, b);
    }
}
