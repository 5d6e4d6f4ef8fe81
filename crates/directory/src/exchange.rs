//! Exchange formats of the two big team directories: FIRST's team directory (the shape of
//! `api.first.org/data/v1/teams`) and Trusted Introducer's `teams.json`.
//!
//! Writers ([`to_first`], [`to_ti`]) put in only the fields a reader at one [`Visibility`] level
//! may see. Readers ([`from_first`], [`from_ti`] and their `_list` forms) never fail and never
//! panic: they return a [`Team`] whose every field is public with the provenance
//! [`Source::ImportFirst`] or [`Source::ImportTi`] at the given time, and a [`Finding`] for each
//! value they could not read or could not keep. Findings have no line (`line: None`); the message
//! starts with a path such as `data[2].phone[1]`.
//!
//! The crate has no country list: both shapes use ISO 3166-1 alpha-2 codes, the record uses
//! alpha-3, so callers pass the lookup.
//!
//! Fields with no home in the record are reported as `no_home` info findings, with their value:
//! FIRST `address`, `timezone-dst` and `constituency-description`; Trusted Introducer
//! `postal_address` and `misp`. Keys neither shape defines are `unknown_key` info findings.

use serde_json::{Map, Value, json};
use time::{Date, Month, OffsetDateTime};

use crate::finding::{Finding, Severity};
use crate::model::{
    Channel, ChannelKind, Constituency, Field, Hours, Key, Membership, MembershipStatus, Network,
    Provenance, Source, Team, TeamType, Usage, Visibility, bad_asn, is_domain, is_email, is_phone,
    is_time_zone, is_web_url, normalise_fingerprint, parse_prefix,
};

/// The field names of FIRST's team directory.
pub const FIRST_FIELDS: [&str; 18] = [
    "first-id",
    "team",
    "team-full",
    "host",
    "establishment",
    "address",
    "country",
    "website",
    "email",
    "phone",
    "phone-emergency",
    "other-communication",
    "timezone",
    "timezone-dst",
    "operating-hours",
    "constituency",
    "constituency-description",
    "member-since",
];

/// The field names of a team in Trusted Introducer's `teams.json`.
pub const TI_FIELDS: [&str; 14] = [
    "official_name",
    "short_name",
    "country",
    "established",
    "host_organisation",
    "classification",
    "postal_address",
    "constituency",
    "business_hours",
    "business_hours_timezone",
    "pgp_keys",
    "phones",
    "emails",
    "misp",
];

/// The longest id [`slug`] makes.
pub const MAX_SLUG: usize = 60;

/// A team id from a name: lower case, every run of characters other than `a-z` and `0-9`
/// becomes one `-`, no `-` at either end, at most [`MAX_SLUG`] characters.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    // Only ASCII is pushed, so byte length is character count.
    out.truncate(MAX_SLUG);
    out.trim_end_matches('-').to_string()
}

// ---------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------

fn visible<T>(field: &Option<Field<T>>, level: Visibility) -> Option<&T> {
    field
        .as_ref()
        .filter(|f| f.visible_at(level))
        .map(|f| &f.value)
}

fn visible_items<T>(items: &[Field<T>], level: Visibility) -> impl Iterator<Item = &T> {
    items
        .iter()
        .filter(move |f| f.visible_at(level))
        .map(|f| &f.value)
}

/// The label a team type has in both shapes.
fn type_name(t: &TeamType) -> String {
    match t {
        TeamType::National => "National".into(),
        TeamType::Government => "Government".into(),
        TeamType::Sector(name) => format!("Sector: {name}"),
        TeamType::Academic => "Research & Education".into(),
        TeamType::Psirt => "Vendor (PSIRT)".into(),
        TeamType::Commercial => "Commercial".into(),
    }
}

/// Reads a team type label, leniently.
fn read_type(text: &str) -> Option<TeamType> {
    let text = text.trim();
    let lower = text.to_lowercase();
    if lower.starts_with("sector:") {
        let name = text.get("sector:".len()..).unwrap_or("").trim();
        return (!name.is_empty()).then(|| TeamType::Sector(name.to_string()));
    }
    let t = match lower.as_str() {
        "national" | "national cert" | "national csirt" | "national cirt" => TeamType::National,
        "government" | "governmental" => TeamType::Government,
        "research & education" | "research and education" | "academic" | "nren" | "education" => {
            TeamType::Academic
        }
        "vendor (psirt)" | "vendor" | "psirt" | "vendor customer base" => TeamType::Psirt,
        "commercial"
        | "commercial organisation"
        | "commercial organization"
        | "commercial client base" => TeamType::Commercial,
        _ => return None,
    };
    Some(t)
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, optionally followed by a time (`T…`).
fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let text = text.split(['T', ' ']).next().unwrap_or("");
    let mut parts = text.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let month: u8 = match parts.next() {
        Some(m) => m.parse().ok()?,
        None => 1,
    };
    let day: u8 = match parts.next() {
        Some(d) => d.parse().ok()?,
        None => 1,
    };
    if parts.next().is_some() {
        return None;
    }
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

fn show(value: &Value) -> String {
    let text = match value {
        Value::String(s) => format!("`{s}`"),
        other => other.to_string(),
    };
    if text.chars().count() > 80 {
        let cut: String = text.chars().take(77).collect();
        format!("{cut}…")
    } else {
        text
    }
}

fn empty_team(prov: Provenance) -> Team {
    Team {
        id: String::new(),
        official_name: Field::public(String::new(), prov),
        short_name: None,
        country: Field::public(String::new(), prov),
        host_organisation: None,
        types: vec![],
        established: None,
        languages: vec![],
        hours: None,
        websites: vec![],
        channels: vec![],
        keys: vec![],
        constituency: Constituency::default(),
        memberships: vec![],
        contacts: vec![],
        rfc2350_updated: None,
    }
}

/// What a reader keeps while it walks one team object.
struct Reader<'a> {
    prefix: String,
    prov: Provenance,
    alpha3: &'a dyn Fn(&str) -> Option<String>,
    findings: Vec<Finding>,
}

impl Reader<'_> {
    fn note(&mut self, code: &'static str, severity: Severity, path: &str, message: String) {
        let place = format!("{}{path}", self.prefix);
        let place = place.trim_end_matches('.');
        let message = if place.is_empty() {
            message
        } else {
            format!("{place}: {message}")
        };
        self.findings
            .push(Finding::new(code, severity, None, message));
    }

    fn field<T>(&self, value: T) -> Field<T> {
        Field::public(value, self.prov)
    }

    fn unknown_keys(&mut self, obj: &Map<String, Value>, known: &[&str], path: &str, shape: &str) {
        for (key, value) in obj {
            if !known.contains(&key.as_str()) {
                let at = format!("{path}{key}");
                self.note(
                    "unknown_key",
                    Severity::Info,
                    &at,
                    format!(
                        "not a {shape} field, left out of the record: {}",
                        show(value)
                    ),
                );
            }
        }
    }

    fn no_home(&mut self, obj: &Map<String, Value>, key: &str, path: &str) {
        if let Some(value) = obj.get(key)
            && !is_blank(value)
        {
            self.note(
                "no_home",
                Severity::Info,
                &format!("{path}{key}"),
                format!(
                    "the directory record has no place for this value: {}",
                    show(value)
                ),
            );
        }
    }

    /// Text at `path`: a string (trimmed; empty is absent) or a number; anything else is a
    /// `bad_value` finding.
    fn text_value(&mut self, value: &Value, path: &str) -> Option<String> {
        match value {
            Value::Null => None,
            Value::String(s) => {
                let s = s.trim();
                (!s.is_empty()).then(|| s.to_string())
            }
            Value::Number(n) => Some(n.to_string()),
            other => {
                self.note(
                    "bad_value",
                    Severity::Warning,
                    path,
                    format!("expected text, found {}", show(other)),
                );
                None
            }
        }
    }

    fn text(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        let value = obj.get(key)?;
        self.text_value(value, &format!("{path}{key}"))
    }

    /// The items of a list at `key` with their paths; a single value counts as a list of one.
    fn items<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Vec<(String, &'v Value)> {
        match obj.get(key) {
            None | Some(Value::Null) => vec![],
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (format!("{path}{key}[{i}]"), v))
                .collect(),
            Some(value) => vec![(format!("{path}{key}"), value)],
        }
    }

    fn texts(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Vec<(String, String)> {
        let items = self.items(obj, key, path);
        items
            .into_iter()
            .filter_map(|(at, v)| self.text_value(v, &at).map(|t| (at, t)))
            .collect()
    }

    fn object<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        key: &str,
        path: &str,
    ) -> Option<&'v Map<String, Value>> {
        match obj.get(key)? {
            Value::Null => None,
            Value::Object(inner) => Some(inner),
            other => {
                self.note(
                    "bad_value",
                    Severity::Warning,
                    &format!("{path}{key}"),
                    format!("expected an object, found {}", show(other)),
                );
                None
            }
        }
    }

    fn date(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<Date> {
        let text = self.text(obj, key, path)?;
        let date = parse_date(&text);
        if date.is_none() {
            self.note(
                "bad_date",
                Severity::Warning,
                &format!("{path}{key}"),
                format!("`{text}` is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
            );
        }
        date
    }

    fn country(&mut self, code: &str, path: &str) -> Option<String> {
        let upper = code.trim().to_ascii_uppercase();
        let found = (upper.len() == 2 && upper.bytes().all(|b| b.is_ascii_uppercase()))
            .then(|| (self.alpha3)(&upper))
            .flatten();
        if found.is_none() {
            self.note(
                "unknown_country",
                Severity::Warning,
                path,
                format!("`{code}` is not a known ISO 3166-1 alpha-2 country code"),
            );
        }
        found
    }

    fn phone(&mut self, number: &str, path: &str) -> bool {
        let good = is_phone(number);
        if !good {
            self.note(
                "bad_phone",
                Severity::Warning,
                path,
                format!(
                    "`{number}` is not an international phone number (a + then 7 to 15 digits); left out"
                ),
            );
        }
        good
    }

    fn email(&mut self, address: &str, path: &str) -> bool {
        let good = is_email(address);
        if !good {
            self.note(
                "bad_email",
                Severity::Warning,
                path,
                format!("`{address}` is not an e-mail address; left out"),
            );
        }
        good
    }

    fn url(&mut self, url: &str, path: &str) -> bool {
        let good = is_web_url(url);
        if !good {
            self.note(
                "bad_url",
                Severity::Warning,
                path,
                format!("`{url}` is not a web address starting with https:// or http://; left out"),
            );
        }
        good
    }

    fn time_zone(&mut self, tz: &str, path: &str) -> bool {
        let good = is_time_zone(tz);
        if !good {
            self.note(
                "bad_time_zone",
                Severity::Warning,
                path,
                format!("`{tz}` is not a time zone name (such as Europe/Amsterdam or UTC)"),
            );
        }
        good
    }

    fn types(&mut self, labels: &[(String, String)], team: &mut Team) {
        for (at, label) in labels {
            match read_type(label) {
                Some(t) => team.types.push(self.field(t)),
                None => self.note(
                    "unknown_type",
                    Severity::Info,
                    at,
                    format!("`{label}` is not a team type the directory knows; left out"),
                ),
            }
        }
    }

    fn hours(&mut self, text: Option<String>, tz: Option<String>, at: &str, team: &mut Team) {
        let tz = tz.filter(|tz| self.time_zone(tz, at));
        if text.is_none() && tz.is_none() {
            return;
        }
        let time_zone = tz.unwrap_or_else(|| {
            self.note(
                "no_time_zone",
                Severity::Info,
                at,
                "the working hours have no time zone; UTC assumed".into(),
            );
            "UTC".into()
        });
        team.hours = Some(self.field(Hours {
            text: text.unwrap_or_default(),
            time_zone,
        }));
    }

    fn identity(
        &mut self,
        id: Option<&str>,
        short: Option<String>,
        full: Option<String>,
        team: &mut Team,
    ) {
        let id = [id, short.as_deref(), full.as_deref()]
            .into_iter()
            .flatten()
            .map(slug)
            .find(|s| !s.is_empty());
        team.id = id.unwrap_or_else(|| {
            self.note(
                "no_id",
                Severity::Warning,
                "",
                "no id or name to make a team id from; `unnamed` used".into(),
            );
            "unnamed".into()
        });
        match full.or_else(|| short.clone()) {
            Some(name) => team.official_name = self.field(name),
            None => self.note(
                "no_name",
                Severity::Error,
                "",
                "the team has no name".into(),
            ),
        }
        team.short_name = short.map(|s| self.field(s));
    }
}

fn is_blank(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn read_list(
    value: &Value,
    one: impl Fn(&Value, &str) -> (Team, Vec<Finding>),
) -> (Vec<Team>, Vec<Finding>) {
    let (items, prefix) = match value {
        Value::Array(items) => (items, ""),
        Value::Object(obj) => match obj.get("data") {
            Some(Value::Array(items)) => (items, "data"),
            _ => {
                return (
                    vec![],
                    vec![Finding::new(
                        "not_a_list",
                        Severity::Error,
                        None,
                        "expected a list of teams or {\"data\": [...]}",
                    )],
                );
            }
        },
        _ => {
            return (
                vec![],
                vec![Finding::new(
                    "not_a_list",
                    Severity::Error,
                    None,
                    "expected a list of teams or {\"data\": [...]}",
                )],
            );
        }
    };
    let mut teams = Vec::new();
    let mut findings = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let (team, mut found) = one(item, &format!("{prefix}[{i}]."));
        // A position that is not a team gives no team.
        if item.is_object() {
            teams.push(team);
        }
        findings.append(&mut found);
    }
    (teams, findings)
}

fn not_an_object(reader: &mut Reader<'_>, value: &Value) {
    reader.note(
        "not_an_object",
        Severity::Error,
        "",
        format!("expected a team object, found {}", show(value)),
    );
}

// ---------------------------------------------------------------------------------------------
// FIRST
// ---------------------------------------------------------------------------------------------

/// The team in FIRST's team directory shape, with only the fields visible at `level`. `alpha2`
/// turns the record's alpha-3 country into alpha-2; without an answer `country` is left out.
///
/// `first-id` is the directory id. `email` is the first contact address (else the first address);
/// `phone` lists the phones not marked for emergencies and `phone-emergency` is the first one
/// that is. Other addresses, faxes, web addresses and other channels go to
/// `other-communication`, one `label: value` line each. `constituency` lists the team types;
/// `member-since` is the date of the FIRST membership.
pub fn to_first(team: &Team, level: Visibility, alpha2: &dyn Fn(&str) -> Option<String>) -> Value {
    let mut m = Map::new();
    if !team.id.is_empty() {
        m.insert("first-id".into(), json!(team.id));
    }
    if let Some(short) = visible(&team.short_name, level) {
        m.insert("team".into(), json!(short));
    }
    if team.official_name.visible_at(level) && !team.official_name.value.is_empty() {
        m.insert("team-full".into(), json!(team.official_name.value));
    }
    if let Some(host) = visible(&team.host_organisation, level) {
        m.insert("host".into(), json!(host));
    }
    if let Some(date) = visible(&team.established, level) {
        m.insert("establishment".into(), json!(date.to_string()));
    }
    if team.country.visible_at(level)
        && let Some(code) = alpha2(&team.country.value)
    {
        m.insert("country".into(), json!(code));
    }
    let sites: Vec<&String> = visible_items(&team.websites, level).collect();
    if !sites.is_empty() {
        m.insert("website".into(), json!(sites));
    }

    let channels: Vec<&Channel> = visible_items(&team.channels, level).collect();
    let emails: Vec<&&Channel> = channels
        .iter()
        .filter(|c| c.kind == ChannelKind::Email)
        .collect();
    let main_email = emails
        .iter()
        .find(|c| c.usages.contains(&Usage::Contact))
        .or(emails.first())
        .map(|c| c.value.clone());
    let emergency_phone = channels
        .iter()
        .find(|c| c.kind == ChannelKind::Phone && c.usages.contains(&Usage::Emergency))
        .map(|c| c.value.clone());
    let phones: Vec<&String> = channels
        .iter()
        .filter(|c| c.kind == ChannelKind::Phone && !c.usages.contains(&Usage::Emergency))
        .map(|c| &c.value)
        .collect();
    let mut other = Vec::new();
    for c in &channels {
        let line = match &c.kind {
            ChannelKind::Email if Some(&c.value) != main_email.as_ref() => {
                format!("email: {}", c.value)
            }
            ChannelKind::Phone
                if c.usages.contains(&Usage::Emergency)
                    && Some(&c.value) != emergency_phone.as_ref() =>
            {
                format!("phone: {}", c.value)
            }
            ChannelKind::Fax => format!("fax: {}", c.value),
            ChannelKind::Url => format!("url: {}", c.value),
            ChannelKind::Other(name) => format!("{name}: {}", c.value),
            _ => continue,
        };
        other.push(line);
    }
    if let Some(email) = main_email {
        m.insert("email".into(), json!(email));
    }
    if !phones.is_empty() {
        m.insert("phone".into(), json!(phones));
    }
    if let Some(phone) = emergency_phone {
        m.insert("phone-emergency".into(), json!(phone));
    }
    if !other.is_empty() {
        m.insert("other-communication".into(), json!(other.join("\n")));
    }
    if let Some(hours) = visible(&team.hours, level) {
        m.insert("timezone".into(), json!(hours.time_zone));
        if !hours.text.is_empty() {
            m.insert("operating-hours".into(), json!(hours.text));
        }
    }
    let types: Vec<String> = visible_items(&team.types, level).map(type_name).collect();
    if !types.is_empty() {
        m.insert("constituency".into(), json!(types.join(", ")));
    }
    if let Some(since) = visible_items(&team.memberships, level)
        .find(|ms| ms.network == Network::First)
        .and_then(|ms| ms.since)
    {
        m.insert("member-since".into(), json!(since.to_string()));
    }
    Value::Object(m)
}

/// Reads one team in FIRST's team directory shape. `alpha3` turns an alpha-2 code into the
/// record's alpha-3. Every field is public, from [`Source::ImportFirst`] at `at`. The team is
/// taken to be a FIRST member (the directory lists members only), since `member-since`.
pub fn from_first(
    value: &Value,
    at: OffsetDateTime,
    alpha3: &dyn Fn(&str) -> Option<String>,
) -> (Team, Vec<Finding>) {
    read_first(value, at, alpha3, "")
}

/// Reads a list of FIRST teams: a JSON list, or `{"data": [...]}` as the API answers. Messages
/// start with the position, such as `data[2].phone[0]`; a position that is not an object gives a
/// `not_an_object` finding and no team.
pub fn from_first_list(
    value: &Value,
    at: OffsetDateTime,
    alpha3: &dyn Fn(&str) -> Option<String>,
) -> (Vec<Team>, Vec<Finding>) {
    read_list(value, |item, prefix| read_first(item, at, alpha3, prefix))
}

fn read_first(
    value: &Value,
    at: OffsetDateTime,
    alpha3: &dyn Fn(&str) -> Option<String>,
    prefix: &str,
) -> (Team, Vec<Finding>) {
    let prov = Provenance::new(Source::ImportFirst, at);
    let mut team = empty_team(prov);
    let mut r = Reader {
        prefix: prefix.to_string(),
        prov,
        alpha3,
        findings: vec![],
    };
    let Value::Object(obj) = value else {
        not_an_object(&mut r, value);
        team.id = "unnamed".into();
        return (team, r.findings);
    };
    r.unknown_keys(obj, &FIRST_FIELDS, "", "FIRST");

    let id = r.text(obj, "first-id", "");
    let short = r.text(obj, "team", "");
    let full = r.text(obj, "team-full", "");
    r.identity(id.as_deref(), short, full, &mut team);
    team.host_organisation = r.text(obj, "host", "").map(|h| r.field(h));
    team.established = r.date(obj, "establishment", "").map(|d| r.field(d));
    r.no_home(obj, "address", "");
    match r.text(obj, "country", "") {
        Some(code) => {
            if let Some(code) = r.country(&code, "country") {
                team.country = r.field(code);
            }
        }
        None => r.note(
            "no_country",
            Severity::Warning,
            "country",
            "the team has no country".into(),
        ),
    }
    for (at, site) in r.texts(obj, "website", "") {
        if r.url(&site, &at) {
            team.websites.push(r.field(site));
        }
    }
    for (at, address) in r.texts(obj, "email", "") {
        if r.email(&address, &at) {
            let ch = channel(ChannelKind::Email, address, vec![Usage::Contact]);
            team.channels.push(r.field(ch));
        }
    }
    for (key, usage) in [
        ("phone", Usage::Contact),
        ("phone-emergency", Usage::Emergency),
    ] {
        for (at, number) in r.texts(obj, key, "") {
            if r.phone(&number, &at) {
                let ch = channel(ChannelKind::Phone, number, vec![usage]);
                team.channels.push(r.field(ch));
            }
        }
    }
    if let Some(text) = r.text(obj, "other-communication", "") {
        read_other_communication(&mut r, &text, &mut team);
    }
    let hours = r.text(obj, "operating-hours", "");
    let tz = r.text(obj, "timezone", "");
    r.hours(hours, tz, "timezone", &mut team);
    r.no_home(obj, "timezone-dst", "");
    if let Some(text) = r.text(obj, "constituency", "") {
        let labels: Vec<(String, String)> = text
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| ("constituency".to_string(), s.to_string()))
            .collect();
        r.types(&labels, &mut team);
    }
    r.no_home(obj, "constituency-description", "");
    let since = r.date(obj, "member-since", "");
    team.memberships.push(r.field(Membership {
        network: Network::First,
        status: MembershipStatus::Member,
        since,
    }));
    (team, r.findings)
}

fn channel(kind: ChannelKind, value: String, usages: Vec<Usage>) -> Channel {
    Channel {
        kind,
        value,
        usages,
        time_zone: None,
    }
}

/// `label: value` lines; the label names the channel kind.
fn read_other_communication(r: &mut Reader<'_>, text: &str, team: &mut Team) {
    for (i, line) in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let at = format!("other-communication[{i}]");
        let parsed = line.split_once(':').and_then(|(label, value)| {
            let label = label.trim().to_lowercase();
            let value = value.trim().to_string();
            let short_label = !label.is_empty()
                && label.chars().count() <= 24
                && label
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'));
            (short_label && !value.is_empty()).then_some((label, value))
        });
        let Some((label, value)) = parsed else {
            r.note(
                "no_home",
                Severity::Info,
                &at,
                format!("`{line}` is not a `label: value` line; left out"),
            );
            continue;
        };
        let (kind, good) = match label.as_str() {
            "email" | "e-mail" | "mail" => (ChannelKind::Email, r.email(&value, &at)),
            "phone" | "tel" | "telephone" => (ChannelKind::Phone, r.phone(&value, &at)),
            "fax" => (ChannelKind::Fax, r.phone(&value, &at)),
            "url" | "web" | "website" => (ChannelKind::Url, r.url(&value, &at)),
            _ => (ChannelKind::Other(label), true),
        };
        if good {
            let ch = channel(kind, value, vec![]);
            team.channels.push(r.field(ch));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Trusted Introducer
// ---------------------------------------------------------------------------------------------

fn ti_code(status: &MembershipStatus) -> Option<(&'static str, &'static str)> {
    match status {
        MembershipStatus::Listed => Some(("l", "Listed")),
        MembershipStatus::Accredited => Some(("a", "Accredited")),
        MembershipStatus::Certified => Some(("c", "Certified")),
        _ => None,
    }
}

/// The team in Trusted Introducer's `teams.json` shape, with only the fields visible at `level`.
/// `alpha2` turns alpha-3 codes into alpha-2 (`country.code`, `constituency.countries`); a code
/// it does not know is left out. `country.name` is not written: the crate has no country names.
///
/// `classification` comes from the Trusted Introducer membership; `constituency.types` from the
/// team types. Phones are `voice` (contact or no usage) and `emergency`; faxes are `fax`. Web
/// addresses, languages, sectors, other channels and contact persons have no place in the shape.
pub fn to_ti(team: &Team, level: Visibility, alpha2: &dyn Fn(&str) -> Option<String>) -> Value {
    let mut m = Map::new();
    if team.official_name.visible_at(level) && !team.official_name.value.is_empty() {
        m.insert("official_name".into(), json!(team.official_name.value));
    }
    if let Some(short) = visible(&team.short_name, level) {
        m.insert("short_name".into(), json!(short));
    }
    if team.country.visible_at(level)
        && let Some(code) = alpha2(&team.country.value)
    {
        m.insert("country".into(), json!({ "code": code }));
    }
    if let Some(date) = visible(&team.established, level) {
        m.insert("established".into(), json!(date.to_string()));
    }
    if let Some(host) = visible(&team.host_organisation, level) {
        m.insert("host_organisation".into(), json!(host));
    }
    if let Some((ms, (code, name))) = visible_items(&team.memberships, level)
        .filter(|ms| ms.network == Network::TrustedIntroducer)
        .find_map(|ms| ti_code(&ms.status).map(|c| (ms, c)))
    {
        let mut c = Map::new();
        c.insert("code".into(), json!(code));
        c.insert("name".into(), json!(name));
        if let Some(since) = ms.since {
            c.insert("since".into(), json!(since.to_string()));
        }
        m.insert("classification".into(), Value::Object(c));
    }
    let c = &team.constituency;
    let mut cons = Map::new();
    let types: Vec<String> = visible_items(&team.types, level).map(type_name).collect();
    let asns: Vec<u32> = visible_items(&c.asns, level).copied().collect();
    let domains: Vec<&String> = visible_items(&c.domains, level).collect();
    let ranges: Vec<&String> = visible_items(&c.prefixes, level).collect();
    let countries: Vec<String> = visible_items(&c.countries, level)
        .filter_map(|code| alpha2(code))
        .collect();
    for (key, list) in [
        ("types", json!(types)),
        ("asns", json!(asns)),
        ("domains", json!(domains)),
        ("ipranges", json!(ranges)),
        ("countries", json!(countries)),
    ] {
        if !is_blank(&list) {
            cons.insert(key.into(), list);
        }
    }
    if !cons.is_empty() {
        m.insert("constituency".into(), Value::Object(cons));
    }
    if let Some(hours) = visible(&team.hours, level) {
        if !hours.text.is_empty() {
            m.insert("business_hours".into(), json!(hours.text));
        }
        m.insert("business_hours_timezone".into(), json!(hours.time_zone));
    }
    let keys: Vec<Value> = visible_items(&team.keys, level)
        .map(|k| {
            let mut o = Map::new();
            o.insert("fingerprint".into(), json!(k.fingerprint));
            if let Some(expires) = k.expires {
                o.insert("expires".into(), json!(expires.to_string()));
            }
            Value::Object(o)
        })
        .collect();
    if !keys.is_empty() {
        m.insert("pgp_keys".into(), json!(keys));
    }
    let mut phones = Vec::new();
    let mut emails = Vec::new();
    for ch in visible_items(&team.channels, level) {
        match ch.kind {
            ChannelKind::Phone | ChannelKind::Fax => {
                let mut usage = Vec::new();
                if ch.kind == ChannelKind::Fax {
                    usage.push("fax");
                } else {
                    if ch.usages.contains(&Usage::Contact) || !ch.usages.contains(&Usage::Emergency)
                    {
                        usage.push("voice");
                    }
                    if ch.usages.contains(&Usage::Emergency) {
                        usage.push("emergency");
                    }
                }
                let mut o = Map::new();
                o.insert("usage".into(), json!(usage));
                o.insert("number".into(), json!(ch.value));
                if let Some(tz) = &ch.time_zone {
                    o.insert("timezone".into(), json!(tz));
                }
                phones.push(Value::Object(o));
            }
            ChannelKind::Email => {
                let usage: Vec<&str> = ch.usages.iter().map(|u| u.as_str()).collect();
                emails.push(json!({ "address": ch.value, "usage": usage }));
            }
            _ => {}
        }
    }
    if !phones.is_empty() {
        m.insert("phones".into(), json!(phones));
    }
    if !emails.is_empty() {
        m.insert("emails".into(), json!(emails));
    }
    Value::Object(m)
}

/// Reads one team in Trusted Introducer's `teams.json` shape. Every field is public, from
/// [`Source::ImportTi`] at `at`. Keys that expired before `at` are kept, with a `key_expired`
/// info finding.
pub fn from_ti(
    value: &Value,
    at: OffsetDateTime,
    alpha3: &dyn Fn(&str) -> Option<String>,
) -> (Team, Vec<Finding>) {
    read_ti(value, at, alpha3, "")
}

/// Reads a list of Trusted Introducer teams: a JSON list, or `{"data": [...]}`. Messages start
/// with the position, such as `[3].phones[0].number`.
pub fn from_ti_list(
    value: &Value,
    at: OffsetDateTime,
    alpha3: &dyn Fn(&str) -> Option<String>,
) -> (Vec<Team>, Vec<Finding>) {
    read_list(value, |item, prefix| read_ti(item, at, alpha3, prefix))
}

fn read_ti(
    value: &Value,
    at: OffsetDateTime,
    alpha3: &dyn Fn(&str) -> Option<String>,
    prefix: &str,
) -> (Team, Vec<Finding>) {
    let prov = Provenance::new(Source::ImportTi, at);
    let mut team = empty_team(prov);
    let mut r = Reader {
        prefix: prefix.to_string(),
        prov,
        alpha3,
        findings: vec![],
    };
    let Value::Object(obj) = value else {
        not_an_object(&mut r, value);
        team.id = "unnamed".into();
        return (team, r.findings);
    };
    r.unknown_keys(obj, &TI_FIELDS, "", "Trusted Introducer");

    let short = r.text(obj, "short_name", "");
    let full = r.text(obj, "official_name", "");
    r.identity(None, short, full, &mut team);

    // The country: `{code, name}`, or just a code.
    let code = match obj.get("country") {
        Some(Value::Object(c)) => {
            r.unknown_keys(c, &["code", "name"], "country.", "Trusted Introducer");
            r.text(c, "code", "country.")
        }
        _ => r.text(obj, "country", ""),
    };
    match code {
        Some(code) => {
            if let Some(code) = r.country(&code, "country.code") {
                team.country = r.field(code);
            }
        }
        None => r.note(
            "no_country",
            Severity::Warning,
            "country",
            "the team has no country".into(),
        ),
    }
    team.established = r.date(obj, "established", "").map(|d| r.field(d));
    team.host_organisation = r.text(obj, "host_organisation", "").map(|h| r.field(h));

    if let Some(c) = r.object(obj, "classification", "") {
        r.unknown_keys(
            c,
            &["code", "name", "since"],
            "classification.",
            "Trusted Introducer",
        );
        let code = r.text(c, "code", "classification.");
        let name = r.text(c, "name", "classification.");
        let since = r.date(c, "since", "classification.");
        let label = code.clone().or(name).unwrap_or_default().to_lowercase();
        let status = match label.as_str() {
            "l" | "listed" => Some(MembershipStatus::Listed),
            "a" | "accredited" => Some(MembershipStatus::Accredited),
            "c" | "certified" => Some(MembershipStatus::Certified),
            _ => None,
        };
        match status {
            Some(status) => team.memberships.push(r.field(Membership {
                network: Network::TrustedIntroducer,
                status,
                since,
            })),
            None => r.note(
                "unknown_status",
                Severity::Warning,
                "classification.code",
                format!(
                    "`{}` is not a Trusted Introducer status (l, a or c)",
                    code.unwrap_or(label)
                ),
            ),
        }
    }
    r.no_home(obj, "postal_address", "");

    if let Some(c) = r.object(obj, "constituency", "") {
        read_ti_constituency(&mut r, c, &mut team);
    }
    let hours = r.text(obj, "business_hours", "");
    let tz = r.text(obj, "business_hours_timezone", "");
    r.hours(hours, tz, "business_hours_timezone", &mut team);

    for (at, item) in r.items(obj, "pgp_keys", "") {
        let Some(k) = as_object(&mut r, item, &at) else {
            continue;
        };
        let p = format!("{at}.");
        r.unknown_keys(k, &["fingerprint", "expires"], &p, "Trusted Introducer");
        let Some(text) = r.text(k, "fingerprint", &p) else {
            r.note(
                "bad_fingerprint",
                Severity::Warning,
                &at,
                "the key has no fingerprint; left out".into(),
            );
            continue;
        };
        let Some(fingerprint) = normalise_fingerprint(&text) else {
            r.note(
                "bad_fingerprint",
                Severity::Warning,
                &format!("{p}fingerprint"),
                format!("`{text}` is not a fingerprint of 40 or 64 hexadecimal digits; left out"),
            );
            continue;
        };
        let expires = r.date(k, "expires", &p);
        if let Some(expires) = expires
            && expires < at_date(&r)
        {
            r.note(
                "key_expired",
                Severity::Info,
                &format!("{p}expires"),
                format!("the key {fingerprint} expired on {expires}"),
            );
        }
        team.keys.push(r.field(Key {
            fingerprint,
            created: None,
            expires,
            url: None,
            armored: None,
        }));
    }

    for (at, item) in r.items(obj, "phones", "") {
        let Some(p) = as_object(&mut r, item, &at) else {
            continue;
        };
        let path = format!("{at}.");
        r.unknown_keys(
            p,
            &["usage", "number", "timezone"],
            &path,
            "Trusted Introducer",
        );
        let Some(number) = r.text(p, "number", &path) else {
            r.note(
                "bad_phone",
                Severity::Warning,
                &at,
                "no number; left out".into(),
            );
            continue;
        };
        let labels = r.texts(p, "usage", &path);
        let mut usages = Vec::new();
        let mut fax = false;
        for (at, label) in labels {
            match label.to_lowercase().as_str() {
                "voice" => usages.push(Usage::Contact),
                "emergency" => usages.push(Usage::Emergency),
                "fax" => fax = true,
                _ => r.note(
                    "unknown_usage",
                    Severity::Info,
                    &at,
                    format!("`{label}` is not voice, emergency or fax"),
                ),
            }
        }
        if !r.phone(&number, &format!("{path}number")) {
            continue;
        }
        let time_zone = r
            .text(p, "timezone", &path)
            .filter(|tz| r.time_zone(tz, &format!("{path}timezone")));
        let (kind, usages) = if fax && usages.is_empty() {
            (ChannelKind::Fax, vec![])
        } else {
            (ChannelKind::Phone, usages)
        };
        team.channels.push(r.field(Channel {
            kind,
            value: number,
            usages,
            time_zone,
        }));
    }

    for (at, item) in r.items(obj, "emails", "") {
        let Some(e) = as_object(&mut r, item, &at) else {
            continue;
        };
        let path = format!("{at}.");
        r.unknown_keys(e, &["address", "usage"], &path, "Trusted Introducer");
        let Some(address) = r.text(e, "address", &path) else {
            r.note(
                "bad_email",
                Severity::Warning,
                &at,
                "no address; left out".into(),
            );
            continue;
        };
        let mut usages = Vec::new();
        for (at, label) in r.texts(e, "usage", &path) {
            let usage = match label.to_lowercase().as_str() {
                "contact" | "general" | "team" => Usage::Contact,
                "emergency" => Usage::Emergency,
                "abuse" => Usage::Abuse,
                "reports" | "report" | "incident" | "incidents" => Usage::Reports,
                _ => {
                    r.note(
                        "unknown_usage",
                        Severity::Info,
                        &at,
                        format!("`{label}` is not contact, emergency, abuse or reports"),
                    );
                    continue;
                }
            };
            if !usages.contains(&usage) {
                usages.push(usage);
            }
        }
        if r.email(&address, &format!("{path}address")) {
            team.channels
                .push(r.field(channel(ChannelKind::Email, address, usages)));
        }
    }
    r.no_home(obj, "misp", "");
    (team, r.findings)
}

fn at_date(r: &Reader<'_>) -> Date {
    r.prov.at.date()
}

fn as_object<'v>(r: &mut Reader<'_>, item: &'v Value, at: &str) -> Option<&'v Map<String, Value>> {
    match item {
        Value::Object(o) => Some(o),
        other => {
            r.note(
                "bad_value",
                Severity::Warning,
                at,
                format!("expected an object, found {}", show(other)),
            );
            None
        }
    }
}

fn read_ti_constituency(r: &mut Reader<'_>, c: &Map<String, Value>, team: &mut Team) {
    let p = "constituency.";
    r.unknown_keys(
        c,
        &["types", "asns", "domains", "ipranges", "countries"],
        p,
        "Trusted Introducer",
    );
    let types = r.texts(c, "types", p);
    r.types(&types, team);
    for (at, text) in r.texts(c, "asns", p) {
        let digits = text
            .strip_prefix("AS")
            .or_else(|| text.strip_prefix("as"))
            .unwrap_or(&text)
            .trim();
        let asn = digits.parse::<u32>().ok();
        match asn.map(|a| (a, bad_asn(a))) {
            Some((asn, None)) => team.constituency.asns.push(r.field(asn)),
            Some((asn, Some(why))) => r.note(
                "bad_asn",
                Severity::Warning,
                &at,
                format!("AS{asn} {why}; left out"),
            ),
            None => r.note(
                "bad_asn",
                Severity::Warning,
                &at,
                format!("`{text}` is not an AS number; left out"),
            ),
        }
    }
    for (at, domain) in r.texts(c, "domains", p) {
        if is_domain(&domain) {
            team.constituency.domains.push(r.field(domain));
        } else {
            r.note(
                "bad_domain",
                Severity::Warning,
                &at,
                format!("`{domain}` is not a domain name; left out"),
            );
        }
    }
    for (at, range) in r.texts(c, "ipranges", p) {
        match parse_prefix(&range) {
            Ok(_) => team.constituency.prefixes.push(r.field(range)),
            Err(why) => r.note(
                "bad_prefix",
                Severity::Warning,
                &at,
                format!("`{range}` is not an IP prefix: {why}; left out"),
            ),
        }
    }
    for (at, code) in r.texts(c, "countries", p) {
        if let Some(code) = r.country(&code, &at) {
            team.constituency.countries.push(r.field(code));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("CERT-GH"), "cert-gh");
        assert_eq!(slug("  KE-CIRT/CC "), "ke-cirt-cc");
        assert_eq!(slug("CERT.at (Austria)"), "cert-at-austria");
        assert_eq!(slug("--"), "");
        assert_eq!(slug("EG-CERT"), "eg-cert");
        assert_eq!(slug("مصر"), "");
        assert_eq!(slug("Équipe Sécurité"), "quipe-s-curit");
        let long = slug(&"ab ".repeat(40));
        assert!(long.len() <= MAX_SLUG, "{long}");
        assert!(!long.ends_with('-'), "{long}");
        assert_eq!(slug(&format!("{}-x", "a".repeat(59))), "a".repeat(59));
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2014-09-01").map(|d| d.to_string()).as_deref(),
            Some("2014-09-01")
        );
        assert_eq!(
            parse_date("2014").map(|d| d.to_string()).as_deref(),
            Some("2014-01-01")
        );
        assert_eq!(
            parse_date("2014-09-01T10:00:00Z")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2014-09-01")
        );
        assert_eq!(parse_date("2014-13-01"), None);
        assert_eq!(parse_date("soon"), None);
        assert_eq!(parse_date("-1-1-1"), None);
    }

    #[test]
    fn type_names_read_back() {
        for t in [
            TeamType::National,
            TeamType::Government,
            TeamType::Sector("energy".into()),
            TeamType::Academic,
            TeamType::Psirt,
            TeamType::Commercial,
        ] {
            assert_eq!(read_type(&type_name(&t)), Some(t));
        }
    }
}
