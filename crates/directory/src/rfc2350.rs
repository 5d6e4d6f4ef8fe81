//! RFC 2350 team descriptions: write them from a team record and read them back leniently.
//!
//! The section numbers are the RFC's (1 document information … 7 disclaimers); the headings are
//! ours. [`render_text`] and [`render_markdown`] write only what is visible at the given level.
//! [`parse`] finds sections by their number at the start of a line (`2.7`, `2.7.`, `2.7 E-mail`,
//! `### 2.7 …`), keeps local extras such as `1.5` as unknown sections, pulls out what it can
//! recognise and reports every line it could not read. It never fails. A clear-signed file is
//! read through its armour; [`parse_with_keys`] also verifies the signature, and
//! [`render_signed_text`] writes a signed description.

use time::{Date, Month, OffsetDateTime};

use crate::finding::{Finding, Severity};
use crate::model::{
    Channel, ChannelKind, Constituency, Contact, ContactKind, Field, Hours, Key, Provenance,
    Source, Team, Usage, Visibility, is_alpha3, is_domain, normalise_fingerprint, parse_prefix,
};
use crate::openpgp::{self, KeyInfo, SignatureStatus, Verification};

/// The sections of RFC 2350 §3, with our own short headings.
pub const SECTIONS: [(&str, &str); 25] = [
    ("1", "About this document"),
    ("1.1", "Last updated"),
    ("1.2", "How changes are announced"),
    ("1.3", "Where this document is published"),
    ("2", "How to reach the team"),
    ("2.1", "Team name"),
    ("2.2", "Address"),
    ("2.3", "Time zone"),
    ("2.4", "Telephone"),
    ("2.5", "Fax"),
    ("2.6", "Other ways to reach the team"),
    ("2.7", "E-mail"),
    ("2.8", "Public keys and encryption"),
    ("2.9", "Team members"),
    ("2.10", "Other information"),
    ("2.11", "Points of customer contact"),
    ("3", "Charter"),
    ("3.1", "Mission"),
    ("3.2", "Constituency"),
    ("3.3", "Sponsorship and affiliation"),
    ("3.4", "Authority"),
    ("4", "Policies"),
    ("5", "Services"),
    ("6", "Incident reporting forms"),
    ("7", "Disclaimers"),
];

/// What an empty section says.
pub const NOT_GIVEN: &str = "Not given in this record.";

/// Writes the description as plain text: numbered headings, items indented by three spaces.
pub fn render_text(team: &Team, level: Visibility) -> String {
    let view = team.view(level);
    let mut out = format!(
        "RFC 2350 description of {}\n",
        one_line(&view.official_name.value)
    );
    for (number, heading) in SECTIONS {
        let top = !number.contains('.');
        out.push('\n');
        if top {
            out.push_str(&format!("{number}. {heading}\n"));
            continue;
        }
        out.push_str(&format!("{number} {heading}\n"));
        for item in items(&view, number) {
            out.push_str(&format!("   {item}\n"));
        }
    }
    out
}

/// Writes the description as Markdown: `##` for the seven parts, `###` for their sections and one
/// list item per value, with Markdown's special characters escaped.
pub fn render_markdown(team: &Team, level: Visibility) -> String {
    let view = team.view(level);
    let mut out = format!(
        "# RFC 2350 description of {}\n",
        escape_markdown(&one_line(&view.official_name.value))
    );
    for (number, heading) in SECTIONS {
        out.push('\n');
        if !number.contains('.') {
            out.push_str(&format!("## {number}. {heading}\n"));
            continue;
        }
        out.push_str(&format!("### {number} {heading}\n\n"));
        let items = items(&view, number);
        if items.len() == 1 && items[0] == NOT_GIVEN {
            out.push_str(NOT_GIVEN);
            out.push('\n');
        } else {
            for item in items {
                out.push_str(&format!("- {}\n", escape_markdown(&item)));
            }
        }
    }
    out
}

fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '`' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn unescape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            continue;
        }
        out.push(c);
    }
    out
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn usages_text(usages: &[Usage]) -> String {
    if usages.is_empty() {
        String::new()
    } else {
        let names: Vec<&str> = usages.iter().map(|u| u.as_str()).collect();
        format!(" ({})", names.join(", "))
    }
}

fn spaced_fingerprint(fp: &str) -> String {
    let groups: Vec<String> = fp
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    groups.join(" ")
}

fn join<T>(items: &[Field<T>], f: impl Fn(&T) -> String) -> String {
    items
        .iter()
        .map(|i| f(&i.value))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The lines of one section for an already filtered view.
fn items(team: &Team, number: &str) -> Vec<String> {
    let channels = |wanted: &dyn Fn(&ChannelKind) -> bool| -> Vec<String> {
        team.channels
            .iter()
            .filter(|c| wanted(&c.value.kind))
            .map(|c| {
                let c = &c.value;
                let value = one_line(&c.value);
                match &c.kind {
                    ChannelKind::Other(name) => {
                        format!("{}: {value}{}", one_line(name), usages_text(&c.usages))
                    }
                    _ => format!("{value}{}", usages_text(&c.usages)),
                }
            })
            .collect()
    };
    let mut out: Vec<String> = match number {
        "1.1" => team
            .rfc2350_updated
            .iter()
            .map(|d| d.value.to_string())
            .collect(),
        "2.1" => {
            let mut v = Vec::new();
            if !team.official_name.value.is_empty() {
                v.push(format!(
                    "Official name: {}",
                    one_line(&team.official_name.value)
                ));
            }
            if let Some(short) = &team.short_name {
                v.push(format!("Short name: {}", one_line(&short.value)));
            }
            v
        }
        "2.2" if !team.country.value.is_empty() => {
            vec![format!("Country: {}", team.country.value)]
        }
        "2.3" => team
            .hours
            .iter()
            .map(|h| one_line(&h.value.time_zone))
            .collect(),
        "2.4" => channels(&|k| *k == ChannelKind::Phone),
        "2.5" => channels(&|k| *k == ChannelKind::Fax),
        "2.6" => channels(&|k| matches!(k, ChannelKind::Url | ChannelKind::Other(_))),
        "2.7" => channels(&|k| *k == ChannelKind::Email),
        "2.8" => {
            let mut v = Vec::new();
            for key in &team.keys {
                let key = &key.value;
                v.push(format!(
                    "Fingerprint: {}",
                    spaced_fingerprint(&key.fingerprint)
                ));
                if let Some(d) = key.created {
                    v.push(format!("Created: {d}"));
                }
                if let Some(d) = key.expires {
                    v.push(format!("Expires: {d}"));
                }
                if let Some(url) = &key.url {
                    v.push(format!("Key: {url}"));
                }
            }
            v
        }
        "2.9" => team
            .contacts
            .iter()
            .map(|c| {
                let c = &c.value;
                let role = one_line(&c.role);
                if role.is_empty() {
                    format!("{} ({})", one_line(&c.name), c.kind.as_str())
                } else {
                    format!("{} ({role}; {})", one_line(&c.name), c.kind.as_str())
                }
            })
            .collect(),
        "2.10" => {
            let mut v: Vec<String> = team
                .websites
                .iter()
                .map(|w| format!("Website: {}", w.value))
                .collect();
            if !team.languages.is_empty() {
                v.push(format!(
                    "Languages: {}",
                    join(&team.languages, String::clone)
                ));
            }
            if let Some(d) = &team.established {
                v.push(format!("Established: {}", d.value));
            }
            v
        }
        "2.11" => team
            .hours
            .iter()
            .map(|h| format!("Hours: {}", one_line(&h.value.text)))
            .collect(),
        "3.2" => {
            let c = &team.constituency;
            let mut v = Vec::new();
            if !c.asns.is_empty() {
                v.push(format!("ASNs: {}", join(&c.asns, |a| format!("AS{a}"))));
            }
            if !c.prefixes.is_empty() {
                v.push(format!("Prefixes: {}", join(&c.prefixes, String::clone)));
            }
            if !c.domains.is_empty() {
                v.push(format!("Domains: {}", join(&c.domains, String::clone)));
            }
            if !c.countries.is_empty() {
                v.push(format!("Countries: {}", join(&c.countries, String::clone)));
            }
            if !c.sectors.is_empty() {
                v.push(format!(
                    "Sectors: {}",
                    join(&c.sectors, |s| one_line(s).replace(',', ";"))
                ));
            }
            v
        }
        "3.3" => team
            .host_organisation
            .iter()
            .map(|h| format!("Host organisation: {}", one_line(&h.value)))
            .collect(),
        _ => Vec::new(),
    };
    if out.is_empty() {
        out.push(NOT_GIVEN.to_string());
    }
    out
}

/// A section as found in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// As written, without a trailing dot: `2.7`, `1.5`.
    pub number: String,
    pub heading: String,
    /// The line of the heading, 1-based.
    pub line: usize,
    /// The non-blank lines under the heading, trimmed, with their line numbers.
    pub body: Vec<(usize, String)>,
    /// Whether RFC 2350 defines this number.
    pub known: bool,
}

/// A person named in section 2.9.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftContact {
    pub name: String,
    pub role: String,
    pub kind: Option<ContactKind>,
}

/// What [`parse`] could read from a description: a draft for a person to check, not a record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TeamDraft {
    pub last_updated: Option<Date>,
    pub official_name: Option<String>,
    pub short_name: Option<String>,
    pub country: Option<String>,
    /// Lines of 2.2 that are not a labelled country.
    pub address: Vec<String>,
    pub time_zone: Option<String>,
    pub hours_text: Option<String>,
    pub channels: Vec<Channel>,
    pub keys: Vec<Key>,
    pub contacts: Vec<DraftContact>,
    pub websites: Vec<String>,
    pub languages: Vec<String>,
    pub established: Option<Date>,
    pub asns: Vec<u32>,
    pub prefixes: Vec<String>,
    pub domains: Vec<String>,
    pub countries: Vec<String>,
    pub sectors: Vec<String>,
    pub host_organisation: Option<String>,
    /// Every section found, in document order, unknown ones included.
    pub sections: Vec<Section>,
}

impl TeamDraft {
    /// A public team record from the draft, every field with the provenance `rfc2350` at `at`.
    /// Contact persons get no consent: someone must record it before they are shown.
    pub fn into_team(self, id: &str, at: OffsetDateTime) -> Team {
        let p = Provenance::new(Source::Rfc2350, at);
        let f = |v| Field::public(v, p);
        let list = |v: Vec<String>| v.into_iter().map(|x| Field::public(x, p)).collect();
        Team {
            id: id.to_string(),
            official_name: f(self.official_name.unwrap_or_default()),
            short_name: self.short_name.map(f),
            country: f(self.country.unwrap_or_default()),
            host_organisation: self.host_organisation.map(f),
            types: Vec::new(),
            established: self.established.map(|d| Field::public(d, p)),
            languages: list(self.languages),
            hours: self.time_zone.map(|tz| {
                Field::public(
                    Hours {
                        text: self.hours_text.unwrap_or_default(),
                        time_zone: tz,
                    },
                    p,
                )
            }),
            websites: list(self.websites),
            channels: self
                .channels
                .into_iter()
                .map(|c| Field::public(c, p))
                .collect(),
            keys: self.keys.into_iter().map(|k| Field::public(k, p)).collect(),
            constituency: Constituency {
                asns: self.asns.into_iter().map(|a| Field::public(a, p)).collect(),
                prefixes: list(self.prefixes),
                domains: list(self.domains),
                countries: list(self.countries),
                sectors: list(self.sectors),
            },
            memberships: Vec::new(),
            contacts: self
                .contacts
                .into_iter()
                .map(|c| {
                    Field::public(
                        Contact {
                            name: c.name,
                            role: c.role,
                            kind: c.kind.unwrap_or(ContactKind::Technical),
                            channels: Vec::new(),
                            consent: Default::default(),
                        },
                        p,
                    )
                })
                .collect(),
            rfc2350_updated: self.last_updated.map(|d| Field::public(d, p)),
        }
    }
}

/// Sections whose absence is worth a warning.
const EXPECTED: [&str; 7] = ["1.1", "2.1", "2.3", "2.4", "2.7", "2.8", "3.2"];

fn section_numbers(number: &str) -> Option<Vec<u32>> {
    number.split('.').map(|p| p.parse().ok()).collect()
}

/// If `line` is a section heading, its number (without a trailing dot) and heading text.
fn heading(line: &str) -> Option<(String, String)> {
    let text = line.trim_start_matches(['#', ' ', '\t', '*']).trim_end();
    let text = text.trim_end_matches('*');
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, rest) = text.split_at(end);
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let number = number.strip_suffix('.').unwrap_or(number);
    let parts = section_numbers(number)?;
    if parts.is_empty() || !(1..=7).contains(&parts[0]) || parts.len() > 4 {
        return None;
    }
    let rest = rest.trim().trim_start_matches(['-', ':']).trim();
    // A heading is short; a numbered sentence is body text.
    if rest.chars().count() > 80 || rest.ends_with('.') {
        return None;
    }
    Some((
        number.to_string(),
        rest.trim_matches('*').trim().to_string(),
    ))
}

/// Words one of the seven parts' headings is expected to hold, in any case.
const PART_WORDS: [&str; 9] = [
    "document",
    "contact",
    "charter",
    "polic",
    "service",
    "incident",
    "form",
    "disclaimer",
    "information",
];

/// A single number such as `5` starts a part only when it comes next (one part may be skipped)
/// and its heading is empty or sounds like a part: `5 Avenue Road` in an address is body text.
fn plausible_part(parts: &[u32], last: &[u32], head: &str) -> bool {
    if parts.len() > 1 || last.is_empty() {
        return true;
    }
    let next = parts[0] <= last[0] + 2;
    let lower = head.to_lowercase();
    next && (head.is_empty() || PART_WORDS.iter().any(|w| lower.contains(w)))
}

/// The RFC section a number belongs to: itself when known, else its longest known parent.
fn effective(number: &str) -> Option<&'static str> {
    let mut n = number;
    loop {
        if let Some((known, _)) = SECTIONS.iter().find(|(k, _)| *k == n) {
            return Some(known);
        }
        n = n.rsplit_once('.')?.0;
    }
}

/// [`render_text`], clear-signed with a secret key and passphrase given for this call only (see
/// [`openpgp::clear_sign`]); the signature is made at `now`. [`parse`] reads the result back.
pub fn render_signed_text(
    team: &Team,
    level: Visibility,
    secret_armored: &str,
    passphrase: &str,
    now: OffsetDateTime,
) -> Result<String, openpgp::OpenPgpError> {
    openpgp::clear_sign(&render_text(team, level), secret_armored, passphrase, now)
}

/// Reads a description as [`parse`] does and verifies its OpenPGP signature against the team's
/// `keys` as of `now`. The findings gain `signature_ok`, `signature_bad`,
/// `signature_unknown_key`, `signature_key_expired` or `signature_unreadable` (see
/// [`Verification::findings`]), or `unsigned` (info) when the file is not signed.
pub fn parse_with_keys(
    text: &str,
    keys: &[KeyInfo],
    now: OffsetDateTime,
) -> (TeamDraft, Vec<Finding>, Verification) {
    let (draft, mut findings) = parse(text);
    let verification = openpgp::verify_cleartext(text, keys, now);
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let line = body
        .lines()
        .position(|l| l.trim_end() == "-----BEGIN PGP SIGNED MESSAGE-----")
        .map(|i| i + 1);
    if verification.status == SignatureStatus::Unsigned {
        findings.push(Finding::new(
            "unsigned",
            Severity::Info,
            None,
            "the description has no OpenPGP signature; RFC 2350 descriptions are usually signed \
             with the team's key",
        ));
    }
    findings.extend(verification.findings(line, None));
    (draft, findings, verification)
}

/// Reads a description leniently. Never fails: what it cannot read is a finding.
///
/// A clear-signed file is read too: the armour lines are skipped (line numbers stay the file's)
/// and dash-escaped lines unescaped. The signature is not checked here: [`parse_with_keys`]
/// checks it.
pub fn parse(text: &str) -> (TeamDraft, Vec<Finding>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let stripped = openpgp::strip_cleartext_armour(text);
    let text = stripped.as_str();
    let mut draft = TeamDraft::default();
    let mut findings = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut last: Vec<u32> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        if let Some((number, head)) = heading(raw) {
            let parts = section_numbers(&number).unwrap_or_default();
            // Numbers only go forward: a "1." list item inside section 5 is body text.
            if parts > last && plausible_part(&parts, &last, &head) {
                last = parts;
                let known = SECTIONS.iter().any(|(k, _)| *k == number);
                if !known {
                    findings.push(Finding::new(
                        "unknown_section",
                        Severity::Info,
                        Some(n),
                        format!(
                            "line {n}: section {number} ({head}) is not one of RFC 2350's; it is kept as it is"
                        ),
                    ));
                }
                sections.push(Section {
                    number,
                    heading: head,
                    line: n,
                    body: Vec::new(),
                    known,
                });
                continue;
            }
        }
        let line = raw.trim();
        let line = line
            .strip_prefix("- ")
            .or_else(|| line.strip_prefix("* "))
            .unwrap_or(line);
        let line = unescape_markdown(line.trim());
        if line.is_empty() || line == NOT_GIVEN || line == format!("_{NOT_GIVEN}_") {
            continue;
        }
        // Lines before the first section are a title or preamble.
        if let Some(section) = sections.last_mut() {
            section.body.push((n, line));
        }
    }
    if sections.is_empty() {
        findings.push(Finding::new(
            "no_sections",
            Severity::Error,
            None,
            "no numbered section (such as `2.7 E-mail`) was found; is this an RFC 2350 description?",
        ));
    }
    for expected in EXPECTED {
        if !sections.iter().any(|s| s.number == expected) {
            let title = SECTIONS
                .iter()
                .find(|(k, _)| *k == expected)
                .map_or("", |(_, h)| h);
            findings.push(Finding::new(
                "missing_section",
                Severity::Warning,
                None,
                format!("section {expected} ({title}) was not found"),
            ));
        }
    }
    for section in &sections {
        let Some(which) = effective(&section.number) else {
            continue;
        };
        read_section(which, section, &mut draft, &mut findings);
    }
    draft.sections = sections;
    (draft, findings)
}

fn unread(findings: &mut Vec<Finding>, n: usize, section: &str, what: &str, line: &str) {
    findings.push(Finding::new(
        "unread_line",
        Severity::Info,
        Some(n),
        format!("line {n}: in section {section}, found no {what} in `{line}`"),
    ));
}

fn label<'a>(line: &'a str, names: &[&str]) -> Option<&'a str> {
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    names
        .iter()
        .any(|n| n.eq_ignore_ascii_case(name))
        .then(|| value.trim())
}

fn usages_in(text: &str) -> Vec<Usage> {
    let lower = text.to_lowercase();
    let mut out: Vec<Usage> = Vec::new();
    if lower.contains("contact") {
        out.push(Usage::Contact);
    }
    if lower.contains("emergenc") || lower.contains("24/7") || lower.contains("24x7") {
        out.push(Usage::Emergency);
    }
    if lower.contains("abuse") {
        out.push(Usage::Abuse);
    }
    if lower.contains("report") {
        out.push(Usage::Reports);
    }
    out
}

fn split_values(value: &str) -> Vec<String> {
    value
        .split([',', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The international phone number in a line, and the rest of the line. Brackets belong to the
/// number only when they hold a few digits, as in `+44 (0)20 7946 0000`.
fn phone_in(line: &str) -> Option<(String, String)> {
    let start = line.find('+')?;
    let tail = &line[start + 1..];
    let bytes = tail.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => {
                i += 1;
                end = i;
            }
            b' ' | b'-' | b'.' => i += 1,
            b'(' => {
                let close = tail[i..].find(')').map(|c| i + c);
                match close {
                    Some(c)
                        if c > i + 1
                            && c - i <= 5
                            && bytes[i + 1..c].iter().all(u8::is_ascii_digit) =>
                    {
                        i = c + 1;
                        end = i;
                    }
                    _ => break,
                }
            }
            _ => break,
        }
    }
    let number = &tail[..end];
    let digits = number.chars().filter(char::is_ascii_digit).count();
    if !(7..=15).contains(&digits) {
        return None;
    }
    let rest = format!("{}{}", &line[..start], &tail[end..]);
    Some((format!("+{number}"), rest))
}

fn clean_token(token: &str) -> &str {
    token.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | '<' | '>' | ',' | ';' | '"' | '\'' | '.' | ':'
        )
    })
}

fn email_in(line: &str) -> Option<(String, String)> {
    for token in line.split_whitespace() {
        let t = clean_token(token);
        let t = t.strip_prefix("mailto:").unwrap_or(t);
        if crate::model::is_email(t) {
            return Some((t.to_string(), line.replacen(token, " ", 1)));
        }
    }
    None
}

fn url_in(line: &str) -> Option<String> {
    line.split_whitespace()
        .map(|t| t.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | ';' | '"')))
        .find(|t| t.starts_with("https://") || t.starts_with("http://"))
        .map(|t| t.trim_end_matches('.').to_string())
}

/// A 40- or 64-digit fingerprint in a line, written whole or in groups.
fn fingerprint_in(line: &str) -> Option<String> {
    let tokens: Vec<&str> = line.split_whitespace().map(clean_token).collect();
    for start in 0..tokens.len() {
        let mut joined = String::new();
        for t in &tokens[start..] {
            let t = t.strip_prefix("0x").unwrap_or(t);
            if t.is_empty() || !t.chars().all(|c| c.is_ascii_hexdigit()) {
                break;
            }
            joined.push_str(t);
            if joined.len() == 40 || joined.len() == 64 {
                // Prefer the longer form when the groups go on.
                if joined.len() == 40
                    && let Some(longer) = fingerprint_longer(&tokens[start..])
                {
                    return Some(longer);
                }
                return normalise_fingerprint(&joined);
            }
            if joined.len() > 64 {
                break;
            }
        }
    }
    None
}

fn fingerprint_longer(tokens: &[&str]) -> Option<String> {
    let mut joined = String::new();
    for t in tokens {
        if !t.chars().all(|c| c.is_ascii_hexdigit()) || t.is_empty() {
            break;
        }
        joined.push_str(t);
    }
    (joined.len() == 64).then(|| joined.to_ascii_uppercase())
}

const MONTHS: [(&str, Month); 12] = [
    ("jan", Month::January),
    ("feb", Month::February),
    ("mar", Month::March),
    ("apr", Month::April),
    ("may", Month::May),
    ("jun", Month::June),
    ("jul", Month::July),
    ("aug", Month::August),
    ("sep", Month::September),
    ("oct", Month::October),
    ("nov", Month::November),
    ("dec", Month::December),
];

fn month_named(word: &str) -> Option<Month> {
    let lower = word.to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .find(|(prefix, _)| lower.starts_with(prefix))
        .map(|(_, m)| *m)
}

/// The first date in a line: `2024-03-12`, `2024/03/12`, `12.03.2024`, `12 March 2024` or
/// `March 12, 2024`.
pub fn date_in(line: &str) -> Option<Date> {
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ';' | ':')))
        .filter(|t| !t.is_empty())
        .collect();
    let ymd = |y: &str, m: &str, d: &str| -> Option<Date> {
        let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
        Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
    };
    for t in &tokens {
        let t = t.split('T').next().unwrap_or(t);
        for sep in ['-', '/'] {
            let parts: Vec<&str> = t.split(sep).collect();
            if parts.len() == 3
                && parts[0].len() == 4
                && let Some(d) = ymd(parts[0], parts[1], parts[2])
            {
                return Some(d);
            }
        }
        let parts: Vec<&str> = t.split('.').collect();
        if parts.len() == 3
            && parts[2].len() == 4
            && let Some(d) = ymd(parts[2], parts[1], parts[0])
        {
            return Some(d);
        }
    }
    for w in tokens.windows(3) {
        let named = |day: &str, month: &str, year: &str| -> Option<Date> {
            let day: u8 = day
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse()
                .ok()?;
            Date::from_calendar_date(year.parse().ok()?, month_named(month)?, day).ok()
        };
        if let Some(d) = named(w[0], w[1], w[2]).or_else(|| named(w[1], w[0], w[2])) {
            return Some(d);
        }
    }
    None
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

fn read_section(
    which: &str,
    section: &Section,
    draft: &mut TeamDraft,
    findings: &mut Vec<Finding>,
) {
    let number = section.number.as_str();
    for (n, line) in &section.body {
        let (n, line) = (*n, line.as_str());
        match which {
            "1.1" => match date_in(line) {
                Some(d) if draft.last_updated.is_none() => draft.last_updated = Some(d),
                Some(_) => {}
                None => findings.push(Finding::new(
                    "bad_date",
                    Severity::Warning,
                    Some(n),
                    format!("line {n}: in section {number}, `{line}` holds no date that could be read (write 2024-03-12)"),
                )),
            },
            "2.1" => {
                if let Some(v) = label(line, &["short name", "abbreviation"]) {
                    draft.short_name.get_or_insert_with(|| v.to_string());
                } else if let Some(v) = label(line, &["official name", "name", "full name"]) {
                    draft.official_name.get_or_insert_with(|| v.to_string());
                } else {
                    draft.official_name.get_or_insert_with(|| line.to_string());
                }
            }
            "2.2" => match label(line, &["country"]) {
                Some(v) if is_alpha3(v) => draft.country = Some(v.to_string()),
                _ => draft.address.push(line.to_string()),
            },
            "2.3" => {
                draft.time_zone.get_or_insert_with(|| {
                    label(line, &["time zone", "timezone"])
                        .unwrap_or(line)
                        .to_string()
                });
            }
            "2.4" | "2.5" => match phone_in(line) {
                Some((value, rest)) => draft.channels.push(Channel {
                    kind: if which == "2.4" {
                        ChannelKind::Phone
                    } else {
                        ChannelKind::Fax
                    },
                    value,
                    usages: usages_in(&rest),
                    time_zone: None,
                }),
                None => unread(
                    findings,
                    n,
                    number,
                    "international phone number (+ and digits)",
                    line,
                ),
            },
            "2.6" => {
                if let Some(url) = url_in(line) {
                    let rest = line.replacen(&url, " ", 1);
                    draft.channels.push(Channel {
                        kind: ChannelKind::Url,
                        value: url,
                        usages: usages_in(&rest),
                        time_zone: None,
                    });
                } else if let Some((name, value)) = line.split_once(':') {
                    let (value, rest) = match value.rfind(" (") {
                        Some(i) => (&value[..i], &value[i..]),
                        None => (value, ""),
                    };
                    draft.channels.push(Channel {
                        kind: ChannelKind::Other(name.trim().to_string()),
                        value: value.trim().to_string(),
                        usages: usages_in(rest),
                        time_zone: None,
                    });
                } else {
                    unread(findings, n, number, "web address or `name: value`", line);
                }
            }
            "2.7" => {
                let mut rest = line.to_string();
                let first = draft.channels.len();
                while let Some((email, after)) = email_in(&rest) {
                    rest = after;
                    draft.channels.push(Channel {
                        kind: ChannelKind::Email,
                        value: email,
                        usages: Vec::new(),
                        time_zone: None,
                    });
                }
                if draft.channels.len() > first {
                    // Usage words apply to every address on the line.
                    let usages = usages_in(&rest);
                    for c in &mut draft.channels[first..] {
                        c.usages = usages.clone();
                    }
                } else {
                    unread(findings, n, number, "e-mail address", line);
                }
            }
            "2.8" => read_key_line(n, number, line, draft, findings),
            "2.9" => {
                let (name, inside) = match line.rfind('(') {
                    Some(i) if line.ends_with(')') => (&line[..i], &line[i + 1..line.len() - 1]),
                    _ => (line, ""),
                };
                let mut parts: Vec<&str> = inside.split(';').map(str::trim).collect();
                let kind = match parts.last().copied() {
                    Some("technical") => Some(ContactKind::Technical),
                    Some("policy") => Some(ContactKind::Policy),
                    Some("diplomatic") => Some(ContactKind::Diplomatic),
                    _ => None,
                };
                if kind.is_some() {
                    parts.pop();
                }
                draft.contacts.push(DraftContact {
                    name: name.trim().to_string(),
                    role: parts.join("; ").trim().to_string(),
                    kind,
                });
            }
            "2.10" => {
                if let Some(v) = label(line, &["languages", "language"]) {
                    for tag in split_values(v) {
                        push_unique(&mut draft.languages, tag);
                    }
                } else if let Some(v) = label(line, &["established"]) {
                    draft.established = date_in(v);
                } else if let Some(url) = url_in(line) {
                    push_unique(&mut draft.websites, url);
                }
            }
            "2.11" => {
                if let Some(v) = label(line, &["hours", "business hours", "operating hours"]) {
                    draft.hours_text.get_or_insert_with(|| v.to_string());
                }
            }
            "3.2" => read_constituency_line(line, draft),
            "3.3" => {
                let v = label(line, &["host organisation", "host organization", "host"])
                    .unwrap_or(line);
                draft.host_organisation.get_or_insert_with(|| v.to_string());
            }
            _ => {}
        }
    }
}

fn read_key_line(
    n: usize,
    number: &str,
    line: &str,
    draft: &mut TeamDraft,
    findings: &mut Vec<Finding>,
) {
    if let Some(fp) = fingerprint_in(line) {
        draft.keys.push(Key {
            fingerprint: fp,
            created: None,
            expires: None,
            url: None,
            armored: None,
        });
        if let Some(url) = url_in(line) {
            draft
                .keys
                .last_mut()
                .into_iter()
                .for_each(|k| k.url = Some(url.clone()));
        }
        return;
    }
    let key = draft.keys.last_mut();
    if let Some(v) = label(line, &["expires", "expiry", "valid until"]) {
        if let (Some(k), Some(d)) = (key, date_in(v)) {
            k.expires = Some(d);
            return;
        }
    } else if let Some(v) = label(line, &["created"]) {
        if let (Some(k), Some(d)) = (key, date_in(v)) {
            k.created = Some(d);
            return;
        }
    } else if let Some(url) = url_in(line) {
        if let Some(k) = key
            && k.url.is_none()
        {
            k.url = Some(url);
        }
        return;
    } else if label(line, &["fingerprint", "key fingerprint"]).is_some() {
        findings.push(Finding::new(
            "bad_fingerprint",
            Severity::Warning,
            Some(n),
            format!("line {n}: in section {number}, the fingerprint in `{line}` is not 40 or 64 hexadecimal digits"),
        ));
        return;
    } else {
        return; // Prose about keys, such as "we sign with …".
    }
    unread(findings, n, number, "date for the key before it", line);
}

fn read_constituency_line(line: &str, draft: &mut TeamDraft) {
    if let Some(v) = label(line, &["countries", "country"]) {
        for c in split_values(v) {
            push_unique(&mut draft.countries, c);
        }
        return;
    }
    if let Some(v) = label(line, &["sectors", "sector"]) {
        for s in split_values(v) {
            push_unique(&mut draft.sectors, s);
        }
        return;
    }
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|t| !t.is_empty())
        .collect();
    let mut i = 0;
    while i < tokens.len() {
        let raw = tokens[i];
        let t = clean_token(raw);
        i += 1;
        let upper = t.to_ascii_uppercase();
        if let Some(digits) = upper.strip_prefix("AS") {
            let digits = if digits.is_empty() && i < tokens.len() {
                // `AS 64500`
                let next = clean_token(tokens[i]);
                if next.chars().all(|c| c.is_ascii_digit()) {
                    i += 1;
                    next.to_string()
                } else {
                    String::new()
                }
            } else {
                digits.to_string()
            };
            if let Ok(asn) = digits.parse::<u32>() {
                push_unique(&mut draft.asns, asn);
                continue;
            }
        }
        if t.contains('/') && parse_prefix(t).is_ok() {
            push_unique(&mut draft.prefixes, t.to_string());
            continue;
        }
        if !t.contains('@') && !t.contains("://") && is_domain(t) {
            push_unique(&mut draft.domains, t.to_ascii_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn headings_in_many_shapes() {
        assert_eq!(heading("2.7 E-mail"), Some(("2.7".into(), "E-mail".into())));
        assert_eq!(heading("2.7."), Some(("2.7".into(), "".into())));
        assert_eq!(
            heading("### 2.7 Electronic mail"),
            Some(("2.7".into(), "Electronic mail".into()))
        );
        assert_eq!(heading("1. About"), Some(("1".into(), "About".into())));
        assert_eq!(heading("2024-03-12"), None);
        assert_eq!(heading("12 people work here."), None);
        assert_eq!(heading("8. Appendix"), None);
    }

    #[test]
    fn dates_in_several_shapes() {
        assert_eq!(
            date_in("Version 1.3, 2024-03-12"),
            Some(date!(2024 - 03 - 12))
        );
        assert_eq!(date_in("12 March 2024"), Some(date!(2024 - 03 - 12)));
        assert_eq!(date_in("March 12, 2024"), Some(date!(2024 - 03 - 12)));
        assert_eq!(date_in("12.03.2024"), Some(date!(2024 - 03 - 12)));
        assert_eq!(date_in("last spring"), None);
    }

    #[test]
    fn a_real_world_shaped_document() {
        let text = "\
RFC 2350 of EXAMPLE-CERT

1. Document Information
1.1 Date of Last Update
This is version 2.1, published on 5 February 2025.
1.5 Document authenticity
Signed with our key.
2. Contact Information
2.1. Name of the Team
EXAMPLE-CERT: the national CERT of Exampleland
2.2 Address
3 Independence Avenue
Accra
2.3 Time Zone
Africa/Accra (GMT+0)
2.4 Telephone Number
+233 30 000 0000 (office hours)
  Emergency: +233 24 000 0000 (24/7)
ask the switchboard
2.7 Electronic Mail Address
incidents@cert.example.gh for incident reports; info@cert.example.gh for other contact
2.8 Public Keys and Encryption Information
User ID: EXAMPLE-CERT <incidents@cert.example.gh>
Key fingerprint: 0123 4567 89AB CDEF 0123  4567 89AB CDEF 0123 4567
https://cert.example.gh/pgp.asc
3.2 Constituency
All networks of Exampleland: AS 64500, AS64501, 192.0.2.0/24, 2001:db8::/32 and the .gh domains such as gov.gh.
5. Services
1. Incident response
2. Alerts and warnings
";
        let (draft, findings) = parse(text);
        assert_eq!(draft.last_updated, Some(date!(2025 - 02 - 05)));
        assert_eq!(
            draft.official_name.as_deref(),
            Some("EXAMPLE-CERT: the national CERT of Exampleland")
        );
        assert_eq!(draft.time_zone.as_deref(), Some("Africa/Accra (GMT+0)"));
        assert_eq!(draft.address, ["3 Independence Avenue", "Accra"]);
        let phones: Vec<_> = draft
            .channels
            .iter()
            .filter(|c| c.kind == ChannelKind::Phone)
            .map(|c| (c.value.as_str(), c.usages.clone()))
            .collect();
        assert_eq!(
            phones,
            [
                ("+233 30 000 0000", vec![]),
                ("+233 24 000 0000", vec![Usage::Emergency])
            ]
        );
        let emails: Vec<_> = draft
            .channels
            .iter()
            .filter(|c| c.kind == ChannelKind::Email)
            .map(|c| c.value.as_str())
            .collect();
        assert_eq!(
            emails,
            ["incidents@cert.example.gh", "info@cert.example.gh"]
        );
        assert_eq!(
            draft.keys[0].fingerprint,
            "0123456789ABCDEF0123456789ABCDEF01234567"
        );
        assert_eq!(
            draft.keys[0].url.as_deref(),
            Some("https://cert.example.gh/pgp.asc")
        );
        assert_eq!(draft.asns, [64500, 64501]);
        assert_eq!(draft.prefixes, ["192.0.2.0/24", "2001:db8::/32"]);
        assert_eq!(draft.domains, ["gov.gh"]);
        let numbers: Vec<_> = draft.sections.iter().map(|s| s.number.as_str()).collect();
        assert_eq!(
            numbers,
            [
                "1", "1.1", "1.5", "2", "2.1", "2.2", "2.3", "2.4", "2.7", "2.8", "3.2", "5"
            ]
        );
        let found: Vec<_> = findings.iter().map(|f| (f.code, f.line)).collect();
        assert_eq!(
            found,
            [("unknown_section", Some(6)), ("unread_line", Some(19)),],
            "{findings:#?}"
        );
        assert!(
            findings[1].message.contains("section 2.4"),
            "{}",
            findings[1].message
        );
    }

    #[test]
    fn no_sections_is_an_error() {
        let (_, findings) = parse("hello\nworld\n");
        assert_eq!(findings[0].code, "no_sections");
    }
}
