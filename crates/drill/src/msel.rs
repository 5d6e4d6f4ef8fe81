//! The Master Scenario Event List as a workbook, the way exercise planners keep it: a sheet
//! `Injects` with one row per inject (and one more row per further expectation of the same
//! inject), a sheet `Moves` and a sheet `Scenario` (identity, licence, TLP, title and
//! narrative), so a scenario goes out and comes back whole.
//!
//! `Injects` columns: Order, Inject, Move, Exercise time (`+H:MM` from the start or a clock
//! time `HH:MM`), Simulated time, From, To (`all` or roles separated by `;`), Channel (portal,
//! email, news, document), Depends on (`I-02 answered; I-03 scored_below 50`), Title,
//! Description, Expected actions, Attachments (`name (kind); …`), Expectation, Expectation
//! type (manual, document, text, acknowledgement), Expected score (0–100), Time limit (s),
//! Group (any, all), Parameters (`P-9; P-1`); then, for each further language `xx`, Title
//! [xx], Description [xx], Expected actions [xx] and Expectation [xx]. Rows are read in the
//! order of the Order column. Every error names its sheet and cell (`Injects!C5`), and a
//! workbook with any error gives no scenario.

use std::collections::BTreeMap;
use std::io::Cursor;

use crate::model::{
    Attachment, AttachmentKind, Audience, Channel, Condition, Dependency, Expectation,
    ExpectationKind, Group, Inject, Move, Problem, Scenario, Texts, Timing,
};

const BASE: [&str; 18] = [
    "Order",
    "Inject",
    "Move",
    "Exercise time",
    "Simulated time",
    "From",
    "To",
    "Channel",
    "Depends on",
    "Title",
    "Description",
    "Expected actions",
    "Attachments",
    "Expectation",
    "Expectation type",
    "Expected score",
    "Time limit (s)",
    "Group",
];
const PARAMETERS: &str = "Parameters";
/// The columns that belong to the inject, not to one of its expectations.
const INJECT_COLUMNS: [&str; 11] = [
    "Move",
    "Exercise time",
    "Simulated time",
    "From",
    "To",
    "Channel",
    "Depends on",
    "Title",
    "Description",
    "Expected actions",
    "Attachments",
];
const LOCALISED: [&str; 4] = ["Title", "Description", "Expected actions", "Expectation"];

fn kind_str(k: AttachmentKind) -> &'static str {
    match k {
        AttachmentKind::Document => "document",
        AttachmentKind::Log => "log",
        AttachmentKind::Pcap => "pcap",
        AttachmentKind::Stix => "stix",
        AttachmentKind::Image => "image",
        AttachmentKind::Other => "other",
    }
}

fn kind_of(text: &str) -> Option<AttachmentKind> {
    Some(match text.trim().to_ascii_lowercase().as_str() {
        "document" => AttachmentKind::Document,
        "log" => AttachmentKind::Log,
        "pcap" => AttachmentKind::Pcap,
        "stix" => AttachmentKind::Stix,
        "image" => AttachmentKind::Image,
        "other" => AttachmentKind::Other,
        _ => return None,
    })
}

fn header(languages: &[String]) -> Vec<String> {
    let mut h: Vec<String> = BASE.iter().map(|s| s.to_string()).collect();
    h.push(PARAMETERS.into());
    for lang in languages.iter().skip(1) {
        for name in LOCALISED {
            h.push(format!("{name} [{lang}]"));
        }
    }
    h
}

/// The rows of the `Injects` sheet (header first).
pub fn inject_rows(scenario: &Scenario) -> Vec<Vec<String>> {
    let langs = &scenario.languages;
    let base = langs.first().cloned().unwrap_or_else(|| "en".into());
    let t = |texts: &Texts, lang: &str| texts.get(lang).cloned().unwrap_or_default();
    let mut rows = vec![header(langs)];
    for (n, inject) in scenario.injects.iter().enumerate() {
        let expectations: Vec<Option<&Expectation>> = if inject.expectations.is_empty() {
            vec![None]
        } else {
            inject.expectations.iter().map(Some).collect()
        };
        for (k, e) in expectations.into_iter().enumerate() {
            let first = k == 0;
            let keep = |s: String| if first { s } else { String::new() };
            let mut row = vec![
                keep((n + 1).to_string()),
                inject.id.clone(),
                keep(inject.move_number.to_string()),
                keep(inject.timing.to_string()),
                keep(inject.simulated_time.clone()),
                keep(inject.from.clone()),
                keep(match &inject.audience {
                    Audience::All => "all".into(),
                    Audience::Only(list) => list.join("; "),
                }),
                keep(inject.channel.as_str().into()),
                keep(
                    inject
                        .depends_on
                        .iter()
                        .map(|d| format!("{} {}", d.inject, d.condition))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                keep(t(&inject.title, &base)),
                keep(t(&inject.body, &base)),
                keep(t(&inject.expected_actions, &base)),
                keep(
                    inject
                        .attachments
                        .iter()
                        .map(|a| format!("{} ({})", a.name, kind_str(a.kind)))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            ];
            match e {
                Some(e) => row.extend([
                    t(&e.name, &base),
                    e.kind.as_str().into(),
                    e.expected_score.to_string(),
                    e.time_limit.map(|s| s.to_string()).unwrap_or_default(),
                    match e.group {
                        Group::Any => "any".into(),
                        Group::All => "all".into(),
                    },
                    e.parameters.join("; "),
                ]),
                None => row.extend(std::iter::repeat_n(String::new(), 6)),
            }
            for lang in langs.iter().skip(1) {
                row.push(keep(t(&inject.title, lang)));
                row.push(keep(t(&inject.body, lang)));
                row.push(keep(t(&inject.expected_actions, lang)));
                row.push(e.map(|e| t(&e.name, lang)).unwrap_or_default());
            }
            rows.push(row);
        }
    }
    rows
}

fn texts_rows(key: &str, texts: &Texts, langs: &[String]) -> Vec<Vec<String>> {
    langs
        .iter()
        .filter_map(|l| {
            texts
                .get(l)
                .map(|v| vec![format!("{key} [{l}]"), v.clone()])
        })
        .collect()
}

/// The scenario as a workbook.
pub fn write_xlsx(scenario: &Scenario) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let langs = &scenario.languages;
    let mut about = vec![
        vec!["Field".to_string(), "Value".to_string()],
        vec!["id".into(), scenario.id.clone()],
        vec!["version".into(), scenario.version.clone()],
        vec!["languages".into(), langs.join("; ")],
        vec!["licence".into(), scenario.licence.clone()],
        vec!["tlp".into(), scenario.tlp.clone()],
        vec!["fictional".into(), scenario.fictional.to_string()],
    ];
    about.extend(texts_rows("title", &scenario.title, langs));
    about.extend(texts_rows("narrative", &scenario.narrative, langs));
    let mut moves = vec![{
        let mut h = vec!["Move".to_string(), "Situation time".to_string()];
        h.extend(langs.iter().map(|l| format!("Title [{l}]")));
        h
    }];
    for m in &scenario.moves {
        let mut r = vec![m.number.to_string(), m.situation_time.clone()];
        r.extend(
            langs
                .iter()
                .map(|l| m.title.get(l).cloned().unwrap_or_default()),
        );
        moves.push(r);
    }
    let sheets = [
        ("Injects", inject_rows(scenario)),
        ("Moves", moves),
        ("Scenario", about),
    ];
    let mut workbook = Workbook::new();
    let text = Format::new().set_num_format("@").set_text_wrap();
    let bold = Format::new().set_bold().set_num_format("@");
    let fail = |e: rust_xlsxwriter::XlsxError| format!("the workbook could not be made: {e}");
    for (name, rows) in sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(name).map_err(fail)?;
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                // Texts come from planners and players' files: no cell becomes a formula.
                let value = cyberindex_answers::cell::neutralise(cell);
                let format = if r == 0 { &bold } else { &text };
                sheet
                    .write_string_with_format(r as u32, c as u16, value.as_ref(), format)
                    .map_err(fail)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
        sheet.set_column_width(9, 40).map_err(fail)?;
        sheet.set_column_width(10, 60).map_err(fail)?;
    }
    workbook.save_to_buffer().map_err(fail)
}

type Sheet = Vec<(usize, Vec<String>)>;

fn sheets(bytes: &[u8]) -> Result<BTreeMap<String, Sheet>, Vec<Problem>> {
    use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
    let file = |m: String| {
        vec![Problem {
            at: "the file".into(),
            message: m,
        }]
    };
    let read = || -> Result<BTreeMap<String, Sheet>, Vec<Problem>> {
        let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
            .map_err(|e| file(format!("this is not a readable XLSX workbook: {e}")))?;
        let mut out = BTreeMap::new();
        for name in wb.sheet_names() {
            let range = wb
                .worksheet_range(&name)
                .map_err(|e| file(format!("the sheet {name} cannot be read: {e}")))?;
            let (r0, c0) = range
                .start()
                .map_or((0, 0), |(r, c)| (r as usize, c as usize));
            let rows = range
                .rows()
                .enumerate()
                .map(|(i, row)| {
                    let mut cells = vec![String::new(); c0];
                    cells.extend(row.iter().map(|d| match d {
                        Data::String(s) => cyberindex_answers::cell::restore(s).to_string(),
                        Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                        Data::Empty => String::new(),
                        other => other.to_string(),
                    }));
                    (r0 + i + 1, cells)
                })
                .collect();
            out.insert(name.trim().to_string(), rows);
        }
        Ok(out)
    };
    std::panic::catch_unwind(read)
        .unwrap_or_else(|_| Err(file("the workbook's structure is damaged".into())))
}

/// Reads a workbook [`write_xlsx`] wrote, or one a planner filled in: every error with its cell,
/// then every problem of [`Scenario::check`]. Nothing is returned unless all is well.
pub fn read_xlsx(bytes: &[u8]) -> Result<Scenario, Vec<Problem>> {
    let sheets = sheets(bytes)?;
    let mut problems = Vec::new();
    let mut get = |name: &str| -> Sheet {
        sheets.get(name).cloned().unwrap_or_else(|| {
            problems.push(Problem {
                at: "the file".into(),
                message: format!("the workbook has no sheet named {name}"),
            });
            Vec::new()
        })
    };
    let (about, moves_sheet, injects) = (get("Scenario"), get("Moves"), get("Injects"));
    if !problems.is_empty() {
        return Err(problems);
    }
    let cell = |row: &[String], c: usize| row.get(c).map_or("", |s| s.trim()).to_string();
    let problems = std::cell::RefCell::new(problems);
    let err = |sheet: &str, r: usize, c: usize, name: &str, m: String| {
        problems.borrow_mut().push(Problem {
            at: format!(
                "{sheet}!{}{r} ({name})",
                cyberindex_answers::column_letter(c)
            ),
            message: m,
        })
    };

    // The scenario's identity.
    let mut fields: BTreeMap<String, (usize, String)> = BTreeMap::new();
    for (r, row) in about.iter().skip(1) {
        let key = cell(row, 0);
        if !key.is_empty() {
            fields.insert(key, (*r, row.get(1).cloned().unwrap_or_default()));
        }
    }
    let field = |k: &str| {
        fields
            .get(k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let languages: Vec<String> = field("languages")
        .split(';')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let texts_of = |key: &str| -> Texts {
        languages
            .iter()
            .filter_map(|l| {
                fields
                    .get(&format!("{key} [{l}]"))
                    .map(|(_, v)| (l.clone(), v.clone()))
            })
            .collect()
    };
    let mut scenario = Scenario {
        id: field("id"),
        version: field("version"),
        languages: languages.clone(),
        licence: field("licence"),
        tlp: field("tlp"),
        title: texts_of("title"),
        narrative: texts_of("narrative"),
        fictional: field("fictional") == "true",
        moves: Vec::new(),
        injects: Vec::new(),
    };

    // Moves.
    if let Some((_, head)) = moves_sheet.first() {
        let title_col = |l: &str| head.iter().position(|h| h.trim() == format!("Title [{l}]"));
        for (r, row) in moves_sheet.iter().skip(1) {
            if row.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let Ok(number) = cell(row, 0).parse::<u32>() else {
                err(
                    "Moves",
                    *r,
                    0,
                    "Move",
                    format!("`{}` is not a move number", cell(row, 0)),
                );
                continue;
            };
            scenario.moves.push(Move {
                number,
                situation_time: cell(row, 1),
                title: languages
                    .iter()
                    .filter_map(|l| title_col(l).map(|c| (l.clone(), cell(row, c))))
                    .filter(|(_, v)| !v.is_empty())
                    .collect(),
            });
        }
    }

    // Injects.
    let Some((header_row, head)) = injects.first().cloned() else {
        let mut problems = problems.into_inner();
        problems.push(Problem {
            at: "Injects".into(),
            message: "the sheet is empty: it needs the header row".into(),
        });
        return Err(problems);
    };
    let col = |name: &str| {
        head.iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let mut cols: BTreeMap<&str, usize> = BTreeMap::new();
    for name in BASE.iter().chain([&PARAMETERS]) {
        match col(name) {
            Some(c) => {
                cols.insert(name, c);
            }
            None if matches!(
                *name,
                "Order" | "Inject" | "Move" | "Exercise time" | "Title" | "Description"
            ) =>
            {
                err(
                    "Injects",
                    header_row,
                    head.len(),
                    name,
                    format!("the column {name} is missing"),
                );
            }
            None => {}
        }
    }
    if !problems.borrow().is_empty() {
        return Err(problems.into_inner());
    }
    let base = languages.first().cloned().unwrap_or_else(|| "en".into());
    let at = |row: &[String], name: &str| cols.get(name).map(|c| cell(row, *c)).unwrap_or_default();
    let localised = |row: &[String], name: &str, lang: &str| -> String {
        if lang == base {
            at(row, name)
        } else {
            col(&format!("{name} [{lang}]"))
                .map(|c| cell(row, c))
                .unwrap_or_default()
        }
    };
    let c_of = |name: &str| cols.get(name).copied().unwrap_or(0);
    let mut ordered: Vec<(u32, usize, Inject)> = Vec::new();
    for (r, row) in injects.iter().skip(1) {
        let r = *r;
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let id = at(row, "Inject");
        if id.is_empty() {
            err(
                "Injects",
                r,
                c_of("Inject"),
                "Inject",
                "every row names its inject's id, such as I-01".into(),
            );
            continue;
        }
        let continuation =
            ordered.iter().any(|(_, _, i)| i.id == id) && at(row, "Order").is_empty();
        if continuation {
            // A further expectation of an inject already read: the inject's own cells stay
            // empty, so that nothing typed here is silently dropped.
            for name in INJECT_COLUMNS {
                if !at(row, name).is_empty() {
                    err(
                        "Injects",
                        r,
                        c_of(name),
                        name,
                        format!(
                            "this row adds an expectation to {id}, whose own cells are on its first row: leave {name} empty here, or give the row an Order to make it a new inject"
                        ),
                    );
                }
            }
        } else {
            let order = match at(row, "Order").parse::<u32>() {
                Ok(o) => o,
                Err(_) => {
                    err(
                        "Injects",
                        r,
                        c_of("Order"),
                        "Order",
                        format!("`{}` is not a whole number", at(row, "Order")),
                    );
                    0
                }
            };
            let move_number = at(row, "Move").parse::<u32>().unwrap_or_else(|_| {
                err(
                    "Injects",
                    r,
                    c_of("Move"),
                    "Move",
                    format!("`{}` is not a move number", at(row, "Move")),
                );
                0
            });
            let timing = Timing::parse(&at(row, "Exercise time")).unwrap_or_else(|m| {
                err("Injects", r, c_of("Exercise time"), "Exercise time", m);
                Timing::Offset(0)
            });
            let audience = {
                let to = at(row, "To");
                if to.is_empty() || to.eq_ignore_ascii_case("all") {
                    Audience::All
                } else {
                    Audience::Only(
                        to.split(';')
                            .map(|s| s.trim().to_string())
                            .filter(|s| !s.is_empty())
                            .collect(),
                    )
                }
            };
            let channel_text = at(row, "Channel");
            let channel = if channel_text.is_empty() {
                Channel::Portal
            } else {
                Channel::parse(&channel_text).unwrap_or_else(|| {
                    err("Injects", r, c_of("Channel"), "Channel", format!("`{channel_text}` is not a channel: write portal, email, news or document"));
                    Channel::Portal
                })
            };
            let mut depends_on = Vec::new();
            for part in at(row, "Depends on")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let (inject, condition) = part.split_once(' ').unwrap_or((part, "released"));
                match Condition::parse(condition) {
                    Ok(condition) => depends_on.push(Dependency {
                        inject: inject.to_string(),
                        condition,
                    }),
                    Err(m) => err("Injects", r, c_of("Depends on"), "Depends on", m),
                }
            }
            let mut attachments = Vec::new();
            for part in at(row, "Attachments")
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                let (name, kind) = match part.rsplit_once(" (") {
                    Some((n, k)) => (n.trim(), k.trim_end_matches(')')),
                    None => (part, "document"),
                };
                match kind_of(kind) {
                    Some(kind) => attachments.push(Attachment {
                        name: name.to_string(),
                        kind,
                        sha256: None,
                    }),
                    None => err(
                        "Injects",
                        r,
                        c_of("Attachments"),
                        "Attachments",
                        format!(
                            "`{kind}` is not a kind of file: write document, log, pcap, stix, image or other"
                        ),
                    ),
                }
            }
            let texts = |name: &str| -> Texts {
                languages
                    .iter()
                    .map(|l| (l.clone(), localised(row, name, l)))
                    .filter(|(_, v)| !v.is_empty())
                    .collect()
            };
            ordered.push((
                order,
                r,
                Inject {
                    id: id.clone(),
                    move_number,
                    timing,
                    simulated_time: at(row, "Simulated time"),
                    depends_on,
                    audience,
                    channel,
                    from: at(row, "From"),
                    title: texts("Title"),
                    body: texts("Description"),
                    expected_actions: texts("Expected actions"),
                    attachments,
                    expectations: Vec::new(),
                },
            ));
        }
        // The row's expectation, if it has one.
        let kind_text = at(row, "Expectation type");
        let name: Texts = languages
            .iter()
            .map(|l| (l.clone(), localised(row, "Expectation", l)))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        if kind_text.is_empty() && name.is_empty() {
            continue;
        }
        let kind = ExpectationKind::parse(&kind_text).unwrap_or_else(|| {
            err("Injects", r, c_of("Expectation type"), "Expectation type", format!("`{kind_text}` is not an expectation type: write manual, document, text or acknowledgement"));
            ExpectationKind::Manual
        });
        let expected_score = at(row, "Expected score")
            .parse::<f64>()
            .ok()
            .filter(|x| (0.0..=100.0).contains(x))
            .unwrap_or_else(|| {
                err(
                    "Injects",
                    r,
                    c_of("Expected score"),
                    "Expected score",
                    format!(
                        "`{}` is not a score from 0 to 100",
                        at(row, "Expected score")
                    ),
                );
                0.0
            });
        let limit = at(row, "Time limit (s)");
        let time_limit = if limit.is_empty() {
            None
        } else {
            match limit.parse::<u32>() {
                Ok(s) => Some(s),
                Err(_) => {
                    err(
                        "Injects",
                        r,
                        c_of("Time limit (s)"),
                        "Time limit (s)",
                        format!("`{limit}` is not a number of seconds"),
                    );
                    None
                }
            }
        };
        let group = match at(row, "Group").to_ascii_lowercase().as_str() {
            "" | "any" => Group::Any,
            "all" => Group::All,
            other => {
                err(
                    "Injects",
                    r,
                    c_of("Group"),
                    "Group",
                    format!("`{other}` is not a group: write any or all"),
                );
                Group::Any
            }
        };
        let parameters = at(row, PARAMETERS)
            .split(';')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
        if let Some((_, _, inject)) = ordered.iter_mut().find(|(_, _, i)| i.id == id) {
            inject.expectations.push(Expectation {
                name,
                kind,
                expected_score,
                time_limit,
                group,
                parameters,
            });
        }
    }
    ordered.sort_by_key(|(order, row, _)| (*order, *row));
    scenario.injects = ordered.into_iter().map(|(_, _, i)| i).collect();
    let problems = problems.into_inner();
    if !problems.is_empty() {
        return Err(problems);
    }
    let checked = scenario.check();
    if checked.is_empty() {
        Ok(scenario)
    } else {
        Err(checked)
    }
}
