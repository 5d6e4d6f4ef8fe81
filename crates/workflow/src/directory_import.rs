//! Imports into the CIRT directory, shared by the import page and `cyberindex directory
//! import`: read a file in one of the layouts the directory knows, lay the teams it describes
//! over the stored ones, show what would change field by field, and save everything in one
//! transaction (`directory::save_teams`) — or nothing.
//!
//! | Layout | Carries | Laid over a stored team |
//! |---|---|---|
//! | records (JSON, as exported) | whole records | replaces the record |
//! | CSV / XLSX (the template) | one row per team, no persons | replaces what the row holds; contact persons stay |
//! | FIRST, Trusted Introducer JSON | their fields | replaces what the layout holds; the rest stays |
//! | RFC 2350 text (one team) | its sections | replaces what the text holds; the rest stays |
//! | security.txt (one team) | contacts, languages, key fingerprints | adds what is new; the rest stays |
//!
//! **Invariant:** reading never saves, and saving saves all or nothing: every error (with its
//! line, row or column) refuses the whole file before anything is written.

use cyberindex_directory::model::{Channel, ChannelKind, Field, Key, Provenance, Source, Usage};
use cyberindex_directory::{Team, rfc2350, security_txt, table};
use cyberindex_store::TeamRow;
use time::OffsetDateTime;

use crate::directory::{check_team, read_team};

/// A file's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Records,
    Csv,
    Xlsx,
    First,
    Ti,
    Rfc2350,
    SecurityTxt,
}

impl Layout {
    /// The layout named `name` (as forms and the command line name them).
    pub fn parse(name: &str) -> Option<Layout> {
        Some(match name {
            "records" | "json" => Layout::Records,
            "csv" => Layout::Csv,
            "xlsx" => Layout::Xlsx,
            "first" => Layout::First,
            "ti" => Layout::Ti,
            "rfc2350" => Layout::Rfc2350,
            "security-txt" | "security.txt" => Layout::SecurityTxt,
            _ => return None,
        })
    }

    /// Whether a file of this layout describes one team, named by the caller.
    pub fn one_team(self) -> bool {
        matches!(self, Layout::Rfc2350 | Layout::SecurityTxt)
    }

    /// The layout a file name suggests, when it does.
    pub fn from_file_name(name: &str) -> Option<Layout> {
        let name = name.to_ascii_lowercase();
        if name.ends_with(".xlsx") {
            Some(Layout::Xlsx)
        } else if name.ends_with(".csv") {
            Some(Layout::Csv)
        } else if name.ends_with("security.txt") {
            Some(Layout::SecurityTxt)
        } else if name.contains("2350") {
            Some(Layout::Rfc2350)
        } else {
            None
        }
    }
}

/// What a file holds: the teams it describes, and notes on what it carries that the record
/// cannot hold (by line or position), which do not stop the import.
#[derive(Clone, Debug, Default)]
pub struct Reading {
    pub teams: Vec<Team>,
    pub notes: Vec<String>,
}

fn alpha3(code: &str) -> Option<String> {
    cyberindex_answers::countries::builtin()
        .iter()
        .find(|c| c.alpha2.eq_ignore_ascii_case(code) || c.alpha3.eq_ignore_ascii_case(code))
        .map(|c| c.alpha3.clone())
}

/// serde's message without its own " at line L column C" (the caller says where).
fn json_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

fn text_of(bytes: &[u8]) -> Result<&str, Vec<String>> {
    std::str::from_utf8(bytes).map_err(|e| {
        vec![format!(
            "byte {}: the file is not UTF-8 text; save it as UTF-8 and try again",
            e.valid_up_to() + 1
        )]
    })
}

/// A finding as a line of text: its severity, code, line (when it has one) and sentence.
fn finding_line(f: &cyberindex_directory::Finding) -> String {
    let severity = match f.severity {
        cyberindex_directory::Severity::Error => "error",
        cyberindex_directory::Severity::Warning => "warning",
        cyberindex_directory::Severity::Info => "info",
    };
    match f.line {
        Some(line) => format!("{severity} {}: line {line}: {}", f.code, f.message),
        None => format!("{severity} {}: {}", f.code, f.message),
    }
}

/// Reads `bytes` as `layout`. `team` names the team a one-team file describes (`one_team`);
/// `stored` is that team when it exists (security.txt only adds to a stored team). Every error,
/// each with where it is, or the teams and notes.
pub fn read(
    bytes: &[u8],
    layout: Layout,
    team: Option<&str>,
    stored: Option<&Team>,
    now: OffsetDateTime,
) -> Result<Reading, Vec<String>> {
    let json = |bytes: &[u8]| -> Result<serde_json::Value, Vec<String>> {
        serde_json::from_slice(bytes).map_err(|e| {
            vec![format!(
                "line {}, column {}: this is not JSON: {e}",
                e.line(),
                e.column()
            )]
        })
    };
    let notes_of = |findings: &[cyberindex_directory::Finding]| -> Vec<String> {
        findings.iter().map(finding_line).collect()
    };
    match layout {
        Layout::Records => {
            let teams: Vec<Team> = serde_json::from_slice(bytes).map_err(|e| {
                vec![format!(
                    "line {}, column {}: {}",
                    e.line(),
                    e.column(),
                    json_message(&e)
                )]
            })?;
            Ok(Reading {
                teams,
                notes: Vec::new(),
            })
        }
        Layout::Csv | Layout::Xlsx => {
            let read = if layout == Layout::Csv {
                table::read_csv(bytes, now)
            } else {
                table::read_xlsx(bytes, now)
            };
            read.map(|teams| Reading {
                teams,
                notes: Vec::new(),
            })
            .map_err(|errors| errors.iter().map(|e| e.to_string()).collect())
        }
        Layout::First | Layout::Ti => {
            let value = json(bytes)?;
            let (teams, findings) = if layout == Layout::First {
                cyberindex_directory::exchange::from_first_list(&value, now, &alpha3)
            } else {
                cyberindex_directory::exchange::from_ti_list(&value, now, &alpha3)
            };
            Ok(Reading {
                teams,
                notes: notes_of(&findings),
            })
        }
        Layout::Rfc2350 => {
            let id =
                team.ok_or_else(|| vec!["name the team this RFC 2350 describes".to_string()])?;
            let (draft, findings) = rfc2350::parse(text_of(bytes)?);
            let errors: Vec<String> = findings
                .iter()
                .filter(|f| f.severity == cyberindex_directory::Severity::Error)
                .map(finding_line)
                .collect();
            if !errors.is_empty() {
                return Err(errors);
            }
            let mut incoming = draft.into_team(id, now);
            // The text names the country by name or code; the record keeps the ISO code.
            if let Some(code) = alpha3(incoming.country.value.trim()).or_else(|| {
                cyberindex_answers::countries::search(
                    cyberindex_answers::countries::builtin(),
                    incoming.country.value.trim(),
                )
                .first()
                .map(|c| c.alpha3.clone())
            }) {
                incoming.country.value = code;
            }
            let mut notes = notes_of(&findings);
            // Persons are listed only with their recorded consent, which a text cannot give.
            if !incoming.contacts.is_empty() {
                notes.push(format!(
                    "info contacts_left_out: {} contact person(s) named in the text were left out: record them with their consent on the team's page",
                    incoming.contacts.len()
                ));
                incoming.contacts.clear();
            }
            Ok(Reading {
                teams: vec![incoming],
                notes,
            })
        }
        Layout::SecurityTxt => {
            let Some(stored) = stored else {
                return Err(vec![
                    "a security.txt adds to a team already in the directory: create the team first"
                        .to_string(),
                ]);
            };
            let parsed = security_txt::parse(text_of(bytes)?);
            let findings = security_txt::validate(&parsed, now);
            let errors: Vec<String> = findings
                .iter()
                .filter(|f| f.severity == cyberindex_directory::Severity::Error)
                .map(finding_line)
                .collect();
            if !errors.is_empty() {
                return Err(errors);
            }
            Ok(Reading {
                teams: vec![from_security_txt(stored, &parsed, now)],
                notes: notes_of(&findings),
            })
        }
    }
}

/// `stored` with what a security.txt adds: its contacts as channels for reports (a contact the
/// team already has, written as a URI or not, is not added again), its preferred languages, and
/// keys named by `openpgp4fpr:` addresses. `Canonical` names where the file lives, not a field
/// of the record.
fn from_security_txt(stored: &Team, parsed: &security_txt::Parsed, now: OffsetDateTime) -> Team {
    let p = Provenance::new(Source::SecurityTxt, now);
    let mut team = stored.clone();
    for contact in parsed.contacts() {
        let (kind, value) = if let Some(mail) = contact.strip_prefix("mailto:") {
            (ChannelKind::Email, mail.to_string())
        } else if let Some(tel) = contact.strip_prefix("tel:") {
            (ChannelKind::Phone, tel.to_string())
        } else {
            (ChannelKind::Url, contact.to_string())
        };
        let known = team.channels.iter().any(|c| {
            c.value.value == value
                || security_txt::contact_uri(&c.value.kind, &c.value.value).as_deref()
                    == Some(contact)
        });
        if !known {
            team.channels.push(Field::public(
                Channel {
                    kind,
                    value,
                    usages: vec![Usage::Reports],
                    time_zone: None,
                },
                p,
            ));
        }
    }
    for lang in parsed.languages() {
        if !team
            .languages
            .iter()
            .any(|l| l.value.eq_ignore_ascii_case(&lang))
        {
            team.languages.push(Field::public(lang, p));
        }
    }
    for line in parsed.get("encryption") {
        if let Some(fingerprint) = line
            .value
            .trim()
            .strip_prefix("openpgp4fpr:")
            .and_then(cyberindex_directory::model::normalise_fingerprint)
            && !team.keys.iter().any(|k| k.value.fingerprint == fingerprint)
        {
            team.keys.push(Field::public(
                Key {
                    fingerprint,
                    created: None,
                    expires: None,
                    url: None,
                    armored: None,
                },
                p,
            ));
        }
    }
    team
}

/// `incoming` laid over `stored` for `layout`: whole records replace; the other layouts
/// replace only the parts they carry (a part left empty in the file is kept), and never the
/// contact persons.
pub fn overlay(stored: &Team, incoming: &Team, layout: Layout) -> Team {
    if layout == Layout::Records {
        return incoming.clone();
    }
    let (Ok(serde_json::Value::Object(mut base)), Ok(serde_json::Value::Object(new))) =
        (serde_json::to_value(stored), serde_json::to_value(incoming))
    else {
        return incoming.clone();
    };
    let empty = |v: &serde_json::Value| match v {
        serde_json::Value::Null => true,
        serde_json::Value::Array(a) => a.is_empty(),
        serde_json::Value::Object(o) => o
            .values()
            .all(|x| matches!(x, serde_json::Value::Array(a) if a.is_empty())),
        serde_json::Value::String(s) => s.is_empty(),
        _ => false,
    };
    for (key, value) in new {
        if key == "contacts" || key == "id" {
            continue;
        }
        if key == "constituency"
            && let (Some(serde_json::Value::Object(old)), serde_json::Value::Object(parts)) =
                (base.get_mut("constituency"), &value)
        {
            for (part, items) in parts {
                if !empty(items) {
                    old.insert(part.clone(), items.clone());
                }
            }
            continue;
        }
        // A required field the layout could not fill (an empty name) keeps the stored one.
        let blank_value = value
            .get("value")
            .is_some_and(|v| v.as_str().is_some_and(str::is_empty));
        if !empty(&value) && !blank_value {
            base.insert(key, value);
        }
    }
    serde_json::from_value(serde_json::Value::Object(base)).unwrap_or_else(|_| incoming.clone())
}

/// One field's change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// What an import does to one team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub id: String,
    pub name: String,
    pub country: String,
    /// `None` for a new team, else the version it was read at.
    pub version: Option<i64>,
    pub fields: Vec<FieldChange>,
}

/// The import of `reading` (read as `layout`) into the directory holding `stored`: the teams
/// to save with the versions they were read at, what changes in each, how many are unchanged,
/// and every problem (numbered by the team's place in the file, from 0 as the layouts' own
/// findings are; any problem refuses all).
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub saves: Vec<(Team, Option<i64>)>,
    pub changes: Vec<Change>,
    pub unchanged: usize,
    pub problems: Vec<String>,
}

pub fn plan(reading: &Reading, layout: Layout, stored: &[TeamRow]) -> Plan {
    let mut out = Plan::default();
    for (i, team) in reading.teams.iter().enumerate() {
        if reading.teams[..i].iter().any(|t| t.id == team.id) {
            out.problems.push(format!(
                "[{i}] {}: the same id appears earlier in the file",
                team.id
            ));
            continue;
        }
        let row = stored.iter().find(|r| r.id == team.id);
        let before = match row.map(read_team).transpose() {
            Ok(before) => before,
            Err(e) => {
                out.problems.push(format!("[{i}] {}: {e}", team.id));
                continue;
            }
        };
        let after = match &before {
            Some(before) => overlay(before, team, layout),
            None => team.clone(),
        };
        out.problems.extend(
            check_team(&after)
                .into_iter()
                .map(|(path, message)| format!("[{i}] {}: {path}: {message}", team.id)),
        );
        let fields = diff(before.as_ref(), &after);
        if before.is_some() && fields.is_empty() {
            out.unchanged += 1;
            continue;
        }
        out.changes.push(Change {
            id: after.id.clone(),
            name: after.official_name.value.clone(),
            country: after.country.value.clone(),
            version: row.map(|r| r.version),
            fields,
        });
        out.saves.push((after, row.map(|r| r.version)));
    }
    out
}

/// The fields that differ between `before` (none: a new team) and `after`, each shown as text:
/// a field's value (with its visibility when not public); for a list, the items that go
/// (`before`) and the items that come (`after`), the others staying. Provenance alone is not a
/// change worth showing, but it is saved.
pub fn diff(before: Option<&Team>, after: &Team) -> Vec<FieldChange> {
    let strip = |t: &Team| -> serde_json::Map<String, serde_json::Value> {
        match serde_json::to_value(t) {
            Ok(serde_json::Value::Object(o)) => o,
            _ => Default::default(),
        }
    };
    let old = before.map(strip).unwrap_or_default();
    let new = strip(after);
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| k.as_str() != "id")
        .filter_map(|k| {
            let (o, n) = (old.get(k.as_str()), new.get(k.as_str()));
            // Lists: only the items that go and the items that come (the rest stay).
            if let (Some(serde_json::Value::Array(o)), Some(serde_json::Value::Array(n))) = (o, n) {
                let o: Vec<String> = o.iter().map(shown).collect();
                let n: Vec<String> = n.iter().map(shown).collect();
                let gone: Vec<&str> = o
                    .iter()
                    .filter(|x| !n.contains(x))
                    .map(String::as_str)
                    .collect();
                let come: Vec<&str> = n
                    .iter()
                    .filter(|x| !o.contains(x))
                    .map(String::as_str)
                    .collect();
                if gone.is_empty() && come.is_empty() {
                    return (o != n).then(|| FieldChange {
                        field: k.clone(),
                        before: o.join(", "),
                        after: n.join(", "),
                    });
                }
                return Some(FieldChange {
                    field: k.clone(),
                    before: gone.join(", "),
                    after: come.join(", "),
                });
            }
            let before = o.map(shown).unwrap_or_default();
            let after = n.map(shown).unwrap_or_default();
            (before != after).then(|| FieldChange {
                field: k.clone(),
                before,
                after,
            })
        })
        .collect()
}

/// A field's value as a preview shows it (provenance left out).
pub fn shown(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(o) if o.contains_key("value") => {
            let value = o.get("value").map_or_else(String::new, shown);
            match o.get("visibility").and_then(|v| v.as_str()) {
                Some(level) if level != "public" => format!("{value} [{level}]"),
                _ => value,
            }
        }
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "provenance" && k.as_str() != "at")
            .map(|(k, v)| (k, shown(v)))
            .filter(|(_, v)| !v.is_empty() && v != "[]")
            .map(|(k, v)| format!("{k}: {v}"))
            .collect::<Vec<_>>()
            .join("; "),
        serde_json::Value::Array(items) => {
            if items.is_empty() {
                String::new()
            } else {
                format!(
                    "[{}]",
                    items.iter().map(shown).collect::<Vec<_>>().join(", ")
                )
            }
        }
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Keeps an imported security.txt as what the directory last saw of `team`'s file (replacing
/// what was seen before; audited): the staleness score validates it as of each day.
pub async fn keep_security_txt(
    store: &cyberindex_store::Store,
    team: &str,
    file_name: &str,
    body: &[u8],
    by: Option<i64>,
) -> cyberindex_store::Result<()> {
    store
        .save_security_txt(&cyberindex_store::SecurityTxtSeen {
            team_id: team.to_string(),
            source: "import".into(),
            url: file_name.to_string(),
            found: true,
            body: Some(String::from_utf8_lossy(body).into_owned()),
            error: None,
            observed_at: cyberindex_store::now_ms(),
            observed_by: by,
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Team {
        cyberindex_directory::table::example_team(OffsetDateTime::UNIX_EPOCH)
    }

    #[test]
    fn layouts_are_named_and_guessed() {
        for (name, layout) in [
            ("csv", Layout::Csv),
            ("xlsx", Layout::Xlsx),
            ("security-txt", Layout::SecurityTxt),
            ("rfc2350", Layout::Rfc2350),
            ("first", Layout::First),
            ("ti", Layout::Ti),
            ("records", Layout::Records),
        ] {
            assert_eq!(Layout::parse(name), Some(layout));
        }
        assert_eq!(Layout::parse("docx"), None);
        assert_eq!(Layout::from_file_name("Teams.XLSX"), Some(Layout::Xlsx));
        assert_eq!(
            Layout::from_file_name("cert-rfc2350.txt"),
            Some(Layout::Rfc2350)
        );
        assert_eq!(Layout::from_file_name("notes.txt"), None);
    }

    #[test]
    fn an_overlay_keeps_what_the_layout_does_not_carry() {
        let stored = demo();
        let mut incoming = stored.clone();
        incoming.official_name.value = "Renamed".into();
        incoming.contacts.clear();
        incoming.memberships.clear();
        incoming.constituency.asns.clear();
        let merged = overlay(&stored, &incoming, Layout::Csv);
        assert_eq!(merged.official_name.value, "Renamed");
        assert_eq!(merged.contacts, stored.contacts);
        assert_eq!(merged.memberships, stored.memberships);
        assert_eq!(merged.constituency.asns, stored.constituency.asns);
        // Whole records replace.
        assert_eq!(overlay(&stored, &incoming, Layout::Records), incoming);
    }

    #[test]
    fn a_generated_security_txt_imports_back_without_a_change() {
        let now = OffsetDateTime::now_utc();
        for (team, _) in cyberindex_demo_teams(now) {
            let text = security_txt::generate(
                &team,
                now,
                "https://directory.example.org/security.txt",
                time::Duration::days(180),
                None,
            );
            let reading = read(
                text.as_bytes(),
                Layout::SecurityTxt,
                Some(&team.id),
                Some(&team),
                now,
            )
            .unwrap_or_else(|e| panic!("{}: {e:?}\n{text}", team.id));
            assert_eq!(
                diff(Some(&team), &reading.teams[0]),
                Vec::new(),
                "{}:\n{text}",
                team.id
            );
        }
    }

    /// The template's example and demonstration teams in every state: channels of every kind
    /// and usage, public and not, with and without keys and languages.
    fn cyberindex_demo_teams(now: OffsetDateTime) -> Vec<(Team, ())> {
        let countries = [
            ("KEN", "Kenya"),
            ("FRA", "France"),
            ("BRA", "Brazil"),
            ("JPN", "Japan"),
        ];
        std::iter::once(cyberindex_directory::table::example_team(now))
            .chain(
                cyberindex_demo::directory::teams(&countries, now, 5)
                    .into_iter()
                    .map(|(t, _)| t),
            )
            .map(|t| (t, ()))
            .collect()
    }

    #[test]
    fn a_diff_names_each_changed_field_and_nothing_else() {
        let before = demo();
        let mut after = before.clone();
        after.official_name.value = "Renamed".into();
        after.official_name.provenance = Provenance::new(Source::Manual, OffsetDateTime::now_utc());
        let changes = diff(Some(&before), &after);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].field, "official_name");
        assert_eq!(changes[0].after, "Renamed");
        assert!(diff(Some(&before), &before).is_empty());
        assert!(diff(None, &before).len() > 3);
    }
}
