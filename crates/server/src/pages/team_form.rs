//! The form of a directory team's record (`/directory/teams/{id}/edit`, `/directory/new`): the
//! whole record as the model has it, without JavaScript.
//!
//! Every input is named by the record's own field path (`official_name`, `hours.time_zone`,
//! `channels[2].value`), so a problem of `Team::validate` lands beside its input; each value's
//! visibility is a select named `PATH:vis`. A list is shown as numbered rows (one empty row to
//! add an item; an emptied row removes it); the "add 3 more rows" buttons submit the form,
//! which comes back with the rows added and nothing saved. A contact person's channels are a
//! text area, one channel per line: the kind, a space, then the value (`email a@example.org`).
//!
//! Provenance stays honest: a value whose value and visibility did not change keeps where it came
//! from; a changed or new one is `manual`, now. A pasted ASCII-armored public key gives the key's
//! fingerprint and dates (`Key::from_armored`); a refused key (a secret key above all) is never
//! shown again nor logged.

use std::collections::BTreeMap;

use askama::Template;
use cyberindex_answers::countries;
use cyberindex_directory::{
    Channel, ChannelKind, Consent, Constituency, Contact, ContactKind, Field, Hours, Key,
    Membership, MembershipStatus, Network, Provenance, Source, Team, TeamType, Usage, Visibility,
};
use time::{Date, OffsetDateTime};

use crate::i18n::Tr;
use crate::web::Page;

/// How many rows "add more rows" adds.
pub const MORE_ROWS: usize = 3;

/// The form's values by input name, as typed (an input may repeat: the usages' checkboxes).
#[derive(Debug, Clone, Default)]
pub struct Fields(BTreeMap<String, Vec<String>>);

impl Fields {
    /// The submitted form.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut out = Fields::default();
        for (k, v) in pairs {
            out.0.entry(k).or_default().push(v);
        }
        out
    }

    pub fn get(&self, name: &str) -> &str {
        self.0
            .get(name)
            .and_then(|v| v.first())
            .map_or("", |s| s.as_str())
    }

    fn all(&self, name: &str) -> &[String] {
        self.0.get(name).map_or(&[], |v| v.as_slice())
    }

    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.insert(name.into(), vec![value.into()]);
    }

    fn push(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.entry(name.into()).or_default().push(value.into());
    }

    pub fn remove(&mut self, name: &str) {
        self.0.remove(name);
    }

    /// How many rows the list shows (at least one).
    pub fn rows(&self, list: &str) -> usize {
        self.get(&format!("{list}:rows"))
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, 500)
    }

    /// Adds [`MORE_ROWS`] rows to `list`, if it is one of the form's lists.
    pub fn more_rows(&mut self, list: &str) {
        if LISTS.contains(&list) {
            let n = self.rows(list) + MORE_ROWS;
            self.set(format!("{list}:rows"), n.to_string());
        }
    }
}

/// The lists of the record, by their field path.
pub const LISTS: [&str; 12] = [
    "types",
    "languages",
    "websites",
    "channels",
    "keys",
    "constituency.asns",
    "constituency.prefixes",
    "constituency.domains",
    "constituency.countries",
    "constituency.sectors",
    "memberships",
    "contacts",
];

fn vis_str(v: Visibility) -> &'static str {
    v.as_str()
}

fn vis_of(text: &str) -> Visibility {
    match text {
        "members" => Visibility::Members,
        "restricted" => Visibility::Restricted,
        _ => Visibility::Public,
    }
}

fn date_str(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

const DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

fn type_str(t: &TeamType) -> (&'static str, String) {
    match t {
        TeamType::National => ("national", String::new()),
        TeamType::Government => ("government", String::new()),
        TeamType::Sector(s) => ("sector", s.clone()),
        TeamType::Academic => ("academic", String::new()),
        TeamType::Psirt => ("psirt", String::new()),
        TeamType::Commercial => ("commercial", String::new()),
    }
}

fn kind_str(k: &ChannelKind) -> (String, String) {
    match k {
        ChannelKind::Email => ("email".into(), String::new()),
        ChannelKind::Phone => ("phone".into(), String::new()),
        ChannelKind::Fax => ("fax".into(), String::new()),
        ChannelKind::Url => ("url".into(), String::new()),
        ChannelKind::Other(name) => ("other".into(), name.clone()),
    }
}

fn kind_of(kind: &str, other: &str) -> ChannelKind {
    match kind {
        "email" => ChannelKind::Email,
        "phone" => ChannelKind::Phone,
        "fax" => ChannelKind::Fax,
        "url" => ChannelKind::Url,
        _ => ChannelKind::Other(other.trim().to_string()),
    }
}

const NETWORKS: [(&str, Network); 6] = [
    ("FIRST", Network::First),
    ("TrustedIntroducer", Network::TrustedIntroducer),
    ("AfricaCERT", Network::AfricaCert),
    ("APCERT", Network::Apcert),
    ("OIC-CERT", Network::OicCert),
    ("CSIRTsNetwork", Network::CsirtsNetwork),
];

const STATUSES: [(&str, MembershipStatus, &str); 6] = [
    (
        "listed",
        MembershipStatus::Listed,
        "directory-status-listed",
    ),
    (
        "accredited",
        MembershipStatus::Accredited,
        "directory-status-accredited",
    ),
    (
        "certified",
        MembershipStatus::Certified,
        "directory-status-certified",
    ),
    (
        "member",
        MembershipStatus::Member,
        "directory-status-member",
    ),
    (
        "applicant",
        MembershipStatus::Applicant,
        "directory-status-applicant",
    ),
    (
        "former",
        MembershipStatus::Former,
        "directory-status-former",
    ),
];

/// A contact person's channel as one line of its text area.
fn channel_line(c: &Channel) -> String {
    let (kind, other) = kind_str(&c.kind);
    let kind = if kind == "other" { other } else { kind };
    format!("{kind} {}", c.value)
}

/// One line of a contact person's channels: `kind value`, or a value alone whose kind is plain
/// from its look (an address with `@`, a number starting with `+`, a web address).
fn channel_of_line(line: &str) -> Channel {
    let line = line.trim();
    let (kind, value) = match line.split_once(char::is_whitespace) {
        Some((k, v)) => (kind_of(&k.to_ascii_lowercase(), k), v.trim().to_string()),
        None if line.contains('@') => (ChannelKind::Email, line.to_string()),
        None if line.starts_with('+') => (ChannelKind::Phone, line.to_string()),
        None if line.starts_with("http") => (ChannelKind::Url, line.to_string()),
        None => (ChannelKind::Other(String::new()), line.to_string()),
    };
    Channel {
        kind,
        value,
        usages: Vec::new(),
        time_zone: None,
    }
}

/// The form's values for a stored record (or an empty form for a new team: `None`), each list
/// with one empty row to add to.
pub fn fields_of(team: Option<&Team>) -> Fields {
    let mut f = Fields::default();
    let Some(team) = team else {
        for list in LISTS {
            f.set(format!("{list}:rows"), "1");
        }
        return f;
    };
    f.set("official_name", &team.official_name.value);
    f.set("official_name:vis", vis_str(team.official_name.visibility));
    f.set("country", &team.country.value);
    f.set("country:vis", vis_str(team.country.visibility));
    let one = |f: &mut Fields, name: &str, field: Option<(String, Visibility)>| {
        if let Some((value, vis)) = field {
            f.set(name, value);
            f.set(format!("{name}:vis"), vis_str(vis));
        }
    };
    one(
        &mut f,
        "short_name",
        team.short_name
            .as_ref()
            .map(|x| (x.value.clone(), x.visibility)),
    );
    one(
        &mut f,
        "host_organisation",
        team.host_organisation
            .as_ref()
            .map(|x| (x.value.clone(), x.visibility)),
    );
    one(
        &mut f,
        "established",
        team.established
            .as_ref()
            .map(|x| (x.value.to_string(), x.visibility)),
    );
    one(
        &mut f,
        "rfc2350_updated",
        team.rfc2350_updated
            .as_ref()
            .map(|x| (x.value.to_string(), x.visibility)),
    );
    if let Some(h) = &team.hours {
        f.set("hours.text", &h.value.text);
        f.set("hours.time_zone", &h.value.time_zone);
        f.set("hours:vis", vis_str(h.visibility));
    }
    let rows =
        |f: &mut Fields, list: &str, n: usize| f.set(format!("{list}:rows"), (n + 1).to_string());
    for (i, t) in team.types.iter().enumerate() {
        let (kind, sector) = type_str(&t.value);
        f.set(format!("types[{i}].kind"), kind);
        f.set(format!("types[{i}].sector"), sector);
        f.set(format!("types[{i}]:vis"), vis_str(t.visibility));
    }
    rows(&mut f, "types", team.types.len());
    let simple = |f: &mut Fields, list: &str, items: Vec<(String, Visibility)>| {
        for (i, (value, vis)) in items.iter().enumerate() {
            f.set(format!("{list}[{i}]"), value);
            f.set(format!("{list}[{i}]:vis"), vis_str(*vis));
        }
        f.set(format!("{list}:rows"), (items.len() + 1).to_string());
    };
    let strings = |items: &[Field<String>]| -> Vec<(String, Visibility)> {
        items
            .iter()
            .map(|x| (x.value.clone(), x.visibility))
            .collect()
    };
    simple(&mut f, "languages", strings(&team.languages));
    simple(&mut f, "websites", strings(&team.websites));
    let c = &team.constituency;
    simple(
        &mut f,
        "constituency.asns",
        c.asns
            .iter()
            .map(|x| (x.value.to_string(), x.visibility))
            .collect(),
    );
    simple(&mut f, "constituency.prefixes", strings(&c.prefixes));
    simple(&mut f, "constituency.domains", strings(&c.domains));
    simple(&mut f, "constituency.countries", strings(&c.countries));
    simple(&mut f, "constituency.sectors", strings(&c.sectors));
    for (i, ch) in team.channels.iter().enumerate() {
        let at = format!("channels[{i}]");
        let (kind, other) = kind_str(&ch.value.kind);
        f.set(format!("{at}.kind"), kind);
        f.set(format!("{at}.other"), other);
        f.set(format!("{at}.value"), &ch.value.value);
        for u in &ch.value.usages {
            f.push(format!("{at}.usages"), u.as_str());
        }
        f.set(
            format!("{at}.time_zone"),
            ch.value.time_zone.clone().unwrap_or_default(),
        );
        f.set(format!("{at}:vis"), vis_str(ch.visibility));
    }
    rows(&mut f, "channels", team.channels.len());
    for (i, k) in team.keys.iter().enumerate() {
        let at = format!("keys[{i}]");
        f.set(format!("{at}.fingerprint"), &k.value.fingerprint);
        f.set(format!("{at}.created"), date_str(k.value.created));
        f.set(format!("{at}.expires"), date_str(k.value.expires));
        f.set(format!("{at}.url"), k.value.url.clone().unwrap_or_default());
        f.set(format!("{at}:vis"), vis_str(k.visibility));
    }
    rows(&mut f, "keys", team.keys.len());
    for (i, m) in team.memberships.iter().enumerate() {
        let at = format!("memberships[{i}]");
        match NETWORKS.iter().find(|(_, n)| *n == m.value.network) {
            Some((code, _)) => f.set(format!("{at}.network"), *code),
            None => {
                f.set(format!("{at}.network"), "other");
                f.set(format!("{at}.network_other"), m.value.network.name());
            }
        }
        match STATUSES.iter().find(|(_, s, _)| *s == m.value.status) {
            Some((code, _, _)) => f.set(format!("{at}.status"), *code),
            None => {
                f.set(format!("{at}.status"), "other");
                if let MembershipStatus::Other(s) = &m.value.status {
                    f.set(format!("{at}.status_other"), s);
                }
            }
        }
        f.set(format!("{at}.since"), date_str(m.value.since));
        f.set(format!("{at}:vis"), vis_str(m.visibility));
    }
    rows(&mut f, "memberships", team.memberships.len());
    for (i, p) in team.contacts.iter().enumerate() {
        let at = format!("contacts[{i}]");
        let c = &p.value;
        f.set(format!("{at}.name"), &c.name);
        f.set(format!("{at}.kind"), c.kind.as_str());
        f.set(format!("{at}.role"), &c.role);
        f.set(
            format!("{at}.channels"),
            c.channels
                .iter()
                .map(channel_line)
                .collect::<Vec<_>>()
                .join("\n"),
        );
        if c.consent.given {
            f.set(format!("{at}.consent"), "yes");
        }
        f.set(format!("{at}.consent_at"), date_str(c.consent.at));
        f.set(format!("{at}.consent_note"), &c.consent.note);
        f.set(format!("{at}:vis"), vis_str(p.visibility));
    }
    rows(&mut f, "contacts", team.contacts.len());
    f
}

/// A problem found in the form, by the name of its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub name: String,
    pub message: String,
}

/// Builds the record from the form. `stored` is the record as it was loaded (for provenance and
/// the keys pasted before); `id` and `country` are the ones to save. Returns the record and every
/// problem, by input name: those of reading the form (dates, numbers, keys) and those of
/// `Team::validate`. Refused armored text is removed from `fields`.
pub fn team_of(
    tr: Tr,
    fields: &mut Fields,
    stored: Option<&Team>,
    id: &str,
    country: &str,
    now: OffsetDateTime,
) -> (Team, Vec<FormProblem>) {
    let manual = Provenance::new(Source::Manual, now);
    let found = std::cell::RefCell::new(Vec::new());
    let problem =
        |name: String, message: String| found.borrow_mut().push(FormProblem { name, message });
    let f = &*fields;

    // One value: the stored field if nothing changed, else a manual one.
    fn one<T: PartialEq + Clone>(
        value: T,
        vis: Visibility,
        old: Option<&Field<T>>,
        manual: Provenance,
    ) -> Field<T> {
        match old {
            Some(o) if o.value == value && o.visibility == vis => o.clone(),
            _ => Field::new(value, vis, manual),
        }
    }
    // One list item: a stored item with the same value and visibility keeps its provenance.
    fn item<T: PartialEq + Clone>(
        value: T,
        vis: Visibility,
        old: &[Field<T>],
        used: &mut Vec<bool>,
        manual: Provenance,
    ) -> Field<T> {
        used.resize(old.len(), false);
        if let Some(j) =
            (0..old.len()).find(|&j| !used[j] && old[j].value == value && old[j].visibility == vis)
        {
            used[j] = true;
            return old[j].clone();
        }
        Field::new(value, vis, manual)
    }
    let vis = |name: &str| vis_of(f.get(&format!("{name}:vis")));
    let text = |name: &str| f.get(name).trim().to_string();
    let date = |name: &str| -> Option<Date> {
        let t = f.get(name).trim();
        if t.is_empty() {
            return None;
        }
        match Date::parse(t, DATE) {
            Ok(d) => Some(d),
            Err(_) => {
                problem(
                    name.to_string(),
                    tr.ta("team-form-bad-date", &[("value", t)]),
                );
                None
            }
        }
    };
    // Which row of the form each list item came from, to name problems by input.
    let mut from_row: BTreeMap<&'static str, Vec<usize>> = BTreeMap::new();

    let official_name = one(
        text("official_name"),
        vis("official_name"),
        stored.map(|t| &t.official_name),
        manual,
    );
    let country_field = one(
        country.to_string(),
        vis("country"),
        stored.map(|t| &t.country),
        manual,
    );
    let opt_text = |name: &str, old: Option<&Option<Field<String>>>| -> Option<Field<String>> {
        let value = text(name);
        (!value.is_empty()).then(|| one(value, vis(name), old.and_then(|o| o.as_ref()), manual))
    };
    let short_name = opt_text("short_name", stored.map(|t| &t.short_name));
    let host_organisation = opt_text("host_organisation", stored.map(|t| &t.host_organisation));
    let established = date("established").map(|d| {
        one(
            d,
            vis("established"),
            stored.and_then(|t| t.established.as_ref()),
            manual,
        )
    });
    let rfc2350_updated = date("rfc2350_updated").map(|d| {
        one(
            d,
            vis("rfc2350_updated"),
            stored.and_then(|t| t.rfc2350_updated.as_ref()),
            manual,
        )
    });
    let hours = {
        let (t, z) = (text("hours.text"), text("hours.time_zone"));
        (!t.is_empty() || !z.is_empty()).then(|| {
            one(
                Hours {
                    text: t,
                    time_zone: z,
                },
                vis("hours"),
                stored.and_then(|s| s.hours.as_ref()),
                manual,
            )
        })
    };

    let mut types = Vec::new();
    let mut used = Vec::new();
    for i in 0..f.rows("types") {
        let at = format!("types[{i}]");
        let value = match f.get(&format!("{at}.kind")) {
            "national" => TeamType::National,
            "government" => TeamType::Government,
            "sector" => TeamType::Sector(text(&format!("{at}.sector"))),
            "academic" => TeamType::Academic,
            "psirt" => TeamType::Psirt,
            "commercial" => TeamType::Commercial,
            _ => continue,
        };
        let old = stored.map_or(&[][..], |t| &t.types[..]);
        types.push(item(value, vis(&at), old, &mut used, manual));
        from_row.entry("types").or_default().push(i);
    }

    // The one-line lists.
    let mut strings = |list: &'static str, old: &[Field<String>]| -> Vec<Field<String>> {
        let mut out = Vec::new();
        let mut used = Vec::new();
        for i in 0..f.rows(list) {
            let at = format!("{list}[{i}]");
            let value = text(&at);
            if value.is_empty() {
                continue;
            }
            out.push(item(value, vis(&at), old, &mut used, manual));
            from_row.entry(list).or_default().push(i);
        }
        out
    };
    let languages = strings("languages", stored.map_or(&[][..], |t| &t.languages[..]));
    let websites = strings("websites", stored.map_or(&[][..], |t| &t.websites[..]));
    let old_c = stored.map(|t| &t.constituency);
    let prefixes = strings(
        "constituency.prefixes",
        old_c.map_or(&[][..], |c| &c.prefixes[..]),
    );
    let domains = strings(
        "constituency.domains",
        old_c.map_or(&[][..], |c| &c.domains[..]),
    );
    let countries_served = strings(
        "constituency.countries",
        old_c.map_or(&[][..], |c| &c.countries[..]),
    );
    let sectors = strings(
        "constituency.sectors",
        old_c.map_or(&[][..], |c| &c.sectors[..]),
    );
    let mut asns = Vec::new();
    let mut used = Vec::new();
    for i in 0..f.rows("constituency.asns") {
        let at = format!("constituency.asns[{i}]");
        let value = text(&at);
        if value.is_empty() {
            continue;
        }
        let digits = value
            .strip_prefix("AS")
            .or_else(|| value.strip_prefix("as"))
            .unwrap_or(&value);
        match digits.trim().parse::<u32>() {
            Ok(n) => {
                let old = old_c.map_or(&[][..], |c| &c.asns[..]);
                asns.push(item(n, vis(&at), old, &mut used, manual));
                from_row.entry("constituency.asns").or_default().push(i);
            }
            Err(_) => problem(at, tr.ta("team-form-bad-asn", &[("value", &value)])),
        }
    }

    let mut channels = Vec::new();
    let mut used = Vec::new();
    for i in 0..f.rows("channels") {
        let at = format!("channels[{i}]");
        let value = text(&format!("{at}.value"));
        if value.is_empty() {
            continue;
        }
        let zone = text(&format!("{at}.time_zone"));
        let mut usages: Vec<Usage> = Usage::ALL
            .into_iter()
            .filter(|u| {
                f.all(&format!("{at}.usages"))
                    .iter()
                    .any(|x| x == u.as_str())
            })
            .collect();
        usages.sort();
        let channel = Channel {
            kind: kind_of(f.get(&format!("{at}.kind")), f.get(&format!("{at}.other"))),
            value,
            usages,
            time_zone: (!zone.is_empty()).then_some(zone),
        };
        let old = stored.map_or(&[][..], |t| &t.channels[..]);
        channels.push(item(channel, vis(&at), old, &mut used, manual));
        from_row.entry("channels").or_default().push(i);
    }

    let mut keys = Vec::new();
    let mut used = Vec::new();
    let mut refused_armor = Vec::new();
    for i in 0..f.rows("keys") {
        let at = format!("keys[{i}]");
        let armored = f.get(&format!("{at}.armored")).trim().to_string();
        let fingerprint = text(&format!("{at}.fingerprint"));
        if armored.is_empty() && fingerprint.is_empty() {
            continue;
        }
        let url = Some(text(&format!("{at}.url"))).filter(|u| !u.is_empty());
        let old = stored.map_or(&[][..], |t| &t.keys[..]);
        let key = if !armored.is_empty() {
            match Key::from_armored(&armored, url) {
                Ok(key) => key,
                Err(e) => {
                    // The library's sentence never quotes the key; the text itself is dropped.
                    refused_armor.push(format!("{at}.armored"));
                    problem(format!("{at}.armored"), e.message);
                    continue;
                }
            }
        } else {
            let fingerprint = cyberindex_directory::model::normalise_fingerprint(&fingerprint)
                .unwrap_or(fingerprint);
            // A key pasted before keeps its armored text and the dates read from it.
            match old
                .iter()
                .map(|k| &k.value)
                .find(|k| k.fingerprint == fingerprint && k.armored.is_some())
            {
                Some(k) => Key { url, ..k.clone() },
                None => Key {
                    fingerprint,
                    created: date(&format!("{at}.created")),
                    expires: date(&format!("{at}.expires")),
                    url,
                    armored: None,
                },
            }
        };
        keys.push(item(key, vis(&at), old, &mut used, manual));
        from_row.entry("keys").or_default().push(i);
    }

    let mut memberships = Vec::new();
    let mut used = Vec::new();
    for i in 0..f.rows("memberships") {
        let at = format!("memberships[{i}]");
        let code = f.get(&format!("{at}.network"));
        let network = match NETWORKS.iter().find(|(c, _)| *c == code) {
            Some((_, n)) => n.clone(),
            None if code == "other" => Network::Other(text(&format!("{at}.network_other"))),
            None => continue,
        };
        let code = f.get(&format!("{at}.status"));
        let status = match STATUSES.iter().find(|(c, _, _)| *c == code) {
            Some((_, s, _)) => s.clone(),
            None => MembershipStatus::Other(text(&format!("{at}.status_other"))),
        };
        let since = date(&format!("{at}.since"));
        let old = stored.map_or(&[][..], |t| &t.memberships[..]);
        memberships.push(item(
            Membership {
                network,
                status,
                since,
            },
            vis(&at),
            old,
            &mut used,
            manual,
        ));
        from_row.entry("memberships").or_default().push(i);
    }

    let mut contacts = Vec::new();
    let mut used = Vec::new();
    for i in 0..f.rows("contacts") {
        let at = format!("contacts[{i}]");
        let name = text(&format!("{at}.name"));
        if name.is_empty() {
            continue;
        }
        let kind = match f.get(&format!("{at}.kind")) {
            "policy" => ContactKind::Policy,
            "diplomatic" => ContactKind::Diplomatic,
            _ => ContactKind::Technical,
        };
        let contact = Contact {
            name,
            role: text(&format!("{at}.role")),
            kind,
            channels: f
                .get(&format!("{at}.channels"))
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(channel_of_line)
                .collect(),
            consent: Consent {
                given: f.get(&format!("{at}.consent")) == "yes",
                at: date(&format!("{at}.consent_at")),
                note: text(&format!("{at}.consent_note")),
            },
        };
        let old = stored.map_or(&[][..], |t| &t.contacts[..]);
        contacts.push(item(contact, vis(&at), old, &mut used, manual));
        from_row.entry("contacts").or_default().push(i);
    }

    let team = Team {
        id: id.to_string(),
        official_name,
        short_name,
        country: country_field,
        host_organisation,
        types,
        established,
        languages,
        hours,
        websites,
        channels,
        keys,
        constituency: Constituency {
            asns,
            prefixes,
            domains,
            countries: countries_served,
            sectors,
        },
        memberships,
        contacts,
        rfc2350_updated,
    };
    let mut problems = found.into_inner();
    for (path, message) in cyberindex_workflow::directory::check_team(&team) {
        problems.push(FormProblem {
            name: input_of(&path, &from_row),
            message,
        });
    }
    for name in refused_armor {
        fields.remove(&name);
    }
    (team, problems)
}

/// The input a problem of `Team::validate` belongs to: the record's item index becomes the
/// form's row (emptied rows are left out of the record), and a contact person's channel its
/// text area.
fn input_of(path: &str, from_row: &BTreeMap<&'static str, Vec<usize>>) -> String {
    for (list, rows) in from_row {
        let Some(rest) = path.strip_prefix(&format!("{list}[")) else {
            continue;
        };
        let Some((n, tail)) = rest.split_once(']') else {
            continue;
        };
        let Some(row) = n.parse::<usize>().ok().and_then(|n| rows.get(n)) else {
            continue;
        };
        let tail = if *list == "contacts" && tail.starts_with(".channels[") {
            ".channels"
        } else if *list == "types" && tail.is_empty() {
            ".sector"
        } else {
            tail
        };
        return format!("{list}[{row}]{tail}");
    }
    path.to_string()
}

/// An input's `id`: its name with `[`, `]`, `.` and `:` made dashes.
pub fn input_id(name: &str) -> String {
    let mut id: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | '.' | ':') {
                '-'
            } else {
                c
            }
        })
        .collect();
    while id.contains("--") {
        id = id.replace("--", "-");
    }
    format!("f-{}", id.trim_end_matches('-'))
}

/// One input of the form.
#[derive(Debug)]
pub struct Input {
    pub id: String,
    pub name: String,
    pub label: String,
    /// `text`, `date`, `select`, `checks` (several checkboxes), `check` (one), `area`, `fixed`
    /// (shown, not sent).
    pub kind: &'static str,
    pub value: String,
    /// The checked values of `checks`.
    pub values: Vec<String>,
    pub options: Vec<(String, String)>,
    pub hint: String,
    pub error: String,
    /// Left-to-right content (addresses, codes) in right-to-left pages.
    pub ltr: bool,
}

impl Input {
    fn new(f: &Fields, name: &str, label: String, kind: &'static str) -> Self {
        Input {
            id: input_id(name),
            name: name.to_string(),
            label,
            kind,
            value: f.get(name).to_string(),
            values: f.all(name).to_vec(),
            options: Vec::new(),
            hint: String::new(),
            error: String::new(),
            ltr: false,
        }
    }

    fn hint(mut self, hint: String) -> Self {
        self.hint = hint;
        self
    }

    fn options(mut self, options: Vec<(String, String)>) -> Self {
        self.options = options;
        self
    }

    fn ltr(mut self) -> Self {
        self.ltr = true;
        self
    }

    pub fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    pub fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// The ids that describe the input: its hint and its error.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if !self.hint.is_empty() {
            ids.push(self.hint_id());
        }
        if !self.error.is_empty() {
            ids.push(self.error_id());
        }
        ids.join(" ")
    }

    pub fn checked(&self, value: &str) -> bool {
        self.values.iter().any(|v| v == value)
    }
}

/// A group of inputs: one list item (a row), or the record's single values.
#[derive(Debug)]
pub struct Row {
    pub legend: String,
    pub inputs: Vec<Input>,
}

/// A part of the form, under its own legend.
#[derive(Debug)]
pub struct Section {
    pub id: String,
    pub legend: String,
    pub hint: String,
    pub rows: Vec<Row>,
    /// The list it shows, whose rows can be added to (empty for the single values).
    pub list: String,
    pub rows_count: usize,
    pub more_label: String,
}

/// A problem shown in the summary above the form, linking to its input.
#[derive(Debug)]
pub struct SummaryItem {
    pub href: String,
    pub message: String,
}

#[derive(Debug, Template)]
#[template(path = "directory/team_form.html")]
pub struct TeamFormPage {
    pub page: Page,
    pub heading: String,
    pub action: String,
    /// The team's id, fixed in the address (empty on the new team's form).
    pub id: String,
    pub version: String,
    pub sections: Vec<Section>,
    pub summary: Vec<SummaryItem>,
    /// A save refused because the record changed since it was loaded, or another refusal not
    /// tied to one input.
    pub notice: String,
}

/// What the form shows around its values.
pub struct FormView<'a> {
    pub heading: String,
    pub action: String,
    /// `None` on the new team's form (the id is then an input).
    pub id: Option<&'a str>,
    pub version: Option<i64>,
    /// Whether the country can be chosen (the secretariat) or is shown as it is (team staff).
    pub country_editable: bool,
    pub problems: &'a [FormProblem],
    pub notice: String,
}

fn vis_options(tr: Tr) -> Vec<(String, String)> {
    [
        Visibility::Public,
        Visibility::Members,
        Visibility::Restricted,
    ]
    .into_iter()
    .map(|v| {
        (
            v.as_str().to_string(),
            tr.t(&format!("directory-visibility-{}", v.as_str())),
        )
    })
    .collect()
}

/// The page with `status` (200, or 409 and 422 for a refused save).
pub fn respond(
    tr: Tr,
    page: Page,
    f: &Fields,
    view: FormView<'_>,
    status: axum::http::StatusCode,
) -> crate::error::AppResult<axum::response::Response> {
    let mut response = crate::web::render(&self::page(tr, page, f, view))?;
    *response.status_mut() = status;
    Ok(response)
}

/// A refusal of the save as the form shows it: beside the input it names, or above the form.
pub fn refusal(
    tr: Tr,
    e: crate::error::AppError,
) -> Result<(Vec<FormProblem>, String), crate::error::AppError> {
    use crate::error::AppError;
    use crate::i18n::Render;
    match e {
        AppError::Stale(message) => Ok((
            Vec::new(),
            format!("{} {}", message.render(tr), tr.t("team-form-kept")),
        )),
        AppError::BadRequest {
            field: Some(field),
            message,
        } => Ok((
            vec![FormProblem {
                name: field,
                message: message.render(tr),
            }],
            tr.t("team-form-kept"),
        )),
        AppError::BadRequest {
            field: None,
            message,
        } => Ok((
            Vec::new(),
            format!("{} {}", message.render(tr), tr.t("team-form-kept")),
        )),
        other => Err(other),
    }
}

/// Builds the page.
pub fn page(tr: Tr, page: Page, f: &Fields, view: FormView<'_>) -> TeamFormPage {
    let vis_label = tr.t("directory-col-visibility");
    let vis_input = |name: &str| {
        Input::new(f, &format!("{name}:vis"), vis_label.clone(), "select").options(vis_options(tr))
    };
    let none = ("".to_string(), tr.t("team-form-none"));
    let date_hint = tr.t("team-form-date-hint");
    let zone_hint = tr.t("team-form-zone-hint");

    let mut sections = Vec::new();
    // The single values.
    let mut inputs = Vec::new();
    match view.id {
        None => inputs.push(
            Input::new(f, "id", tr.t("team-form-id"), "text")
                .hint(tr.t("team-form-id-hint"))
                .ltr(),
        ),
        Some(id) => {
            let mut fixed = Input::new(f, "id", tr.t("team-form-id"), "fixed").ltr();
            fixed.value = id.to_string();
            inputs.push(fixed);
        }
    }
    inputs.push(Input::new(
        f,
        "official_name",
        tr.t("directory-field-official-name"),
        "text",
    ));
    inputs.push(vis_input("official_name"));
    inputs.push(Input::new(
        f,
        "short_name",
        tr.t("directory-field-short-name"),
        "text",
    ));
    inputs.push(vis_input("short_name"));
    let mut country_list: Vec<(String, String)> = countries::builtin()
        .iter()
        .map(|c| (c.alpha3.clone(), c.name(tr.lang).to_string()))
        .collect();
    country_list.sort_by(|a, b| a.1.cmp(&b.1));
    if view.country_editable {
        let mut options = vec![none.clone()];
        options.extend(country_list.iter().cloned());
        inputs.push(
            Input::new(f, "country", tr.t("directory-field-country"), "select").options(options),
        );
    } else {
        let code = f.get("country");
        let mut fixed = Input::new(f, "country", tr.t("directory-field-country"), "fixed")
            .hint(tr.t("team-form-country-fixed"));
        fixed.value = countries::name_of(code, tr.lang);
        inputs.push(fixed);
    }
    inputs.push(vis_input("country"));
    inputs.push(Input::new(
        f,
        "host_organisation",
        tr.t("directory-field-host"),
        "text",
    ));
    inputs.push(vis_input("host_organisation"));
    inputs.push(
        Input::new(
            f,
            "established",
            tr.t("directory-field-established"),
            "date",
        )
        .hint(date_hint.clone()),
    );
    inputs.push(vis_input("established"));
    inputs.push(Input::new(
        f,
        "hours.text",
        tr.t("directory-field-hours"),
        "text",
    ));
    inputs.push(
        Input::new(f, "hours.time_zone", tr.t("team-form-hours-zone"), "text")
            .hint(zone_hint.clone())
            .ltr(),
    );
    inputs.push(vis_input("hours"));
    inputs.push(
        Input::new(
            f,
            "rfc2350_updated",
            tr.t("team-form-rfc2350-updated"),
            "date",
        )
        .hint(date_hint.clone()),
    );
    inputs.push(vis_input("rfc2350_updated"));
    sections.push(Section {
        id: "s-team".into(),
        legend: tr.t("team-form-section-identity"),
        hint: String::new(),
        rows: vec![Row {
            legend: String::new(),
            inputs,
        }],
        list: String::new(),
        rows_count: 0,
        more_label: String::new(),
    });

    // The lists: each row's inputs, made by `row(prefix)`.
    let mut list = |list: &str,
                    legend: String,
                    item: String,
                    hint: String,
                    row: &dyn Fn(&str) -> Vec<Input>| {
        let n = f.rows(list);
        let rows = (0..n)
            .map(|i| {
                let at = format!("{list}[{i}]");
                let mut inputs = row(&at);
                inputs.push(vis_input(&at));
                Row {
                    legend: tr.ta(
                        "team-form-row",
                        &[("what", &item), ("n", &(i + 1).to_string())],
                    ),
                    inputs,
                }
            })
            .collect();
        sections.push(Section {
            id: input_id(&format!("s-{list}")),
            more_label: tr.ta("team-form-more", &[("section", &legend)]),
            legend,
            hint,
            rows,
            list: list.to_string(),
            rows_count: n,
        });
    };
    let type_options = {
        let mut o = vec![none.clone()];
        for (code, key) in [
            ("national", "directory-type-national"),
            ("government", "directory-type-government"),
            ("sector", "directory-type-sector-any"),
            ("academic", "directory-type-academic"),
            ("psirt", "directory-type-psirt"),
            ("commercial", "directory-type-commercial"),
        ] {
            o.push((code.to_string(), tr.t(key)));
        }
        o
    };
    list(
        "types",
        tr.t("team-form-types"),
        tr.t("directory-field-type"),
        String::new(),
        &|at| {
            vec![
                Input::new(
                    f,
                    &format!("{at}.kind"),
                    tr.t("directory-field-type"),
                    "select",
                )
                .options(type_options.clone()),
                Input::new(
                    f,
                    &format!("{at}.sector"),
                    tr.t("team-form-sector-name"),
                    "text",
                ),
            ]
        },
    );
    let simple = |label: String, hint: String| {
        move |at: &str| {
            vec![
                Input::new(f, at, label.clone(), "text")
                    .hint(hint.clone())
                    .ltr(),
            ]
        }
    };
    list(
        "languages",
        tr.t("team-form-languages"),
        tr.t("directory-field-language"),
        String::new(),
        &simple(
            tr.t("directory-field-language"),
            tr.t("team-form-language-hint"),
        ),
    );
    list(
        "websites",
        tr.t("team-form-websites"),
        tr.t("directory-field-website"),
        String::new(),
        &simple(tr.t("directory-field-website"), String::new()),
    );
    let kind_options = {
        let mut o = Vec::new();
        for (code, key) in [
            ("email", "directory-channel-email"),
            ("phone", "directory-channel-phone"),
            ("fax", "directory-channel-fax"),
            ("url", "directory-channel-url"),
            ("other", "team-form-other"),
        ] {
            o.push((code.to_string(), tr.t(key)));
        }
        o
    };
    let usage_options: Vec<(String, String)> = Usage::ALL
        .into_iter()
        .map(|u| {
            (
                u.as_str().to_string(),
                tr.t(&format!("directory-usage-{}", u.as_str())),
            )
        })
        .collect();
    list(
        "channels",
        tr.t("team-form-channels"),
        tr.t("directory-field-channel"),
        String::new(),
        &|at| {
            vec![
                Input::new(
                    f,
                    &format!("{at}.kind"),
                    tr.t("team-form-channel-kind"),
                    "select",
                )
                .options(kind_options.clone()),
                Input::new(
                    f,
                    &format!("{at}.other"),
                    tr.t("team-form-channel-other"),
                    "text",
                )
                .ltr(),
                Input::new(
                    f,
                    &format!("{at}.value"),
                    tr.t("team-form-channel-value"),
                    "text",
                )
                .ltr(),
                Input::new(
                    f,
                    &format!("{at}.usages"),
                    tr.t("team-form-channel-usages"),
                    "checks",
                )
                .options(usage_options.clone()),
                Input::new(
                    f,
                    &format!("{at}.time_zone"),
                    tr.t("team-form-hours-zone"),
                    "text",
                )
                .hint(zone_hint.clone())
                .ltr(),
            ]
        },
    );
    list(
        "keys",
        tr.t("team-form-keys"),
        tr.t("directory-field-key"),
        tr.t("team-form-keys-hint"),
        &|at| {
            vec![
                Input::new(
                    f,
                    &format!("{at}.armored"),
                    tr.t("team-form-key-armored"),
                    "area",
                )
                .hint(tr.t("team-form-key-armored-hint"))
                .ltr(),
                Input::new(
                    f,
                    &format!("{at}.fingerprint"),
                    tr.t("team-form-key-fingerprint"),
                    "text",
                )
                .ltr(),
                Input::new(
                    f,
                    &format!("{at}.created"),
                    tr.t("team-form-key-created"),
                    "date",
                )
                .hint(date_hint.clone()),
                Input::new(
                    f,
                    &format!("{at}.expires"),
                    tr.t("team-form-key-expires"),
                    "date",
                )
                .hint(date_hint.clone()),
                Input::new(f, &format!("{at}.url"), tr.t("team-form-key-url"), "text").ltr(),
            ]
        },
    );
    list(
        "constituency.asns",
        tr.t("team-form-asns"),
        tr.t("directory-field-asn"),
        String::new(),
        &simple(tr.t("directory-field-asn"), tr.t("team-form-asn-hint")),
    );
    list(
        "constituency.prefixes",
        tr.t("team-form-prefixes"),
        tr.t("directory-field-prefix"),
        String::new(),
        &simple(tr.t("directory-field-prefix"), String::new()),
    );
    list(
        "constituency.domains",
        tr.t("team-form-domains"),
        tr.t("directory-field-domain"),
        String::new(),
        &simple(tr.t("directory-field-domain"), String::new()),
    );
    list(
        "constituency.countries",
        tr.t("team-form-countries"),
        tr.t("directory-field-country"),
        String::new(),
        &simple(
            tr.t("directory-field-country"),
            tr.t("team-form-country-code-hint"),
        ),
    );
    list(
        "constituency.sectors",
        tr.t("team-form-sectors"),
        tr.t("directory-field-sector"),
        String::new(),
        &|at| vec![Input::new(f, at, tr.t("directory-field-sector"), "text")],
    );
    let network_options = {
        let mut o = vec![none.clone()];
        for (code, n) in &NETWORKS {
            o.push((code.to_string(), n.name().to_string()));
        }
        o.push(("other".into(), tr.t("team-form-other")));
        o
    };
    let status_options = {
        let mut o = Vec::new();
        for (code, _, key) in &STATUSES {
            o.push((code.to_string(), tr.t(key)));
        }
        o.push(("other".into(), tr.t("team-form-other")));
        o
    };
    list(
        "memberships",
        tr.t("team-form-memberships"),
        tr.t("directory-field-membership"),
        String::new(),
        &|at| {
            vec![
                Input::new(
                    f,
                    &format!("{at}.network"),
                    tr.t("team-form-network"),
                    "select",
                )
                .options(network_options.clone()),
                Input::new(
                    f,
                    &format!("{at}.network_other"),
                    tr.t("team-form-network-other"),
                    "text",
                ),
                Input::new(
                    f,
                    &format!("{at}.status"),
                    tr.t("team-form-status"),
                    "select",
                )
                .options(status_options.clone()),
                Input::new(
                    f,
                    &format!("{at}.status_other"),
                    tr.t("team-form-status-other"),
                    "text",
                ),
                Input::new(f, &format!("{at}.since"), tr.t("team-form-since"), "date")
                    .hint(date_hint.clone()),
            ]
        },
    );
    let contact_kinds: Vec<(String, String)> = [
        ContactKind::Technical,
        ContactKind::Policy,
        ContactKind::Diplomatic,
    ]
    .into_iter()
    .map(|k| {
        (
            k.as_str().to_string(),
            tr.t(&format!("directory-contact-{}", k.as_str())),
        )
    })
    .collect();
    list(
        "contacts",
        tr.t("team-form-contacts"),
        tr.t("team-form-contact"),
        tr.t("team-form-contacts-hint"),
        &|at| {
            let mut consent = Input::new(
                f,
                &format!("{at}.consent"),
                tr.t("team-form-consent"),
                "check",
            );
            consent.value = "yes".into();
            vec![
                Input::new(
                    f,
                    &format!("{at}.name"),
                    tr.t("team-form-contact-name"),
                    "text",
                ),
                Input::new(
                    f,
                    &format!("{at}.kind"),
                    tr.t("team-form-contact-kind"),
                    "select",
                )
                .options(contact_kinds.clone()),
                Input::new(
                    f,
                    &format!("{at}.role"),
                    tr.t("team-form-contact-role"),
                    "text",
                ),
                Input::new(
                    f,
                    &format!("{at}.channels"),
                    tr.t("team-form-contact-channels"),
                    "area",
                )
                .hint(tr.t("team-form-contact-channels-hint"))
                .ltr(),
                consent,
                Input::new(
                    f,
                    &format!("{at}.consent_at"),
                    tr.t("team-form-consent-at"),
                    "date",
                )
                .hint(date_hint.clone()),
                Input::new(
                    f,
                    &format!("{at}.consent_note"),
                    tr.t("team-form-consent-note"),
                    "text",
                ),
            ]
        },
    );

    // Each problem beside its input, and all of them in the summary.
    let mut summary = Vec::new();
    for p in view.problems {
        let input = sections
            .iter_mut()
            .flat_map(|s| s.rows.iter_mut())
            .flat_map(|r| r.inputs.iter_mut())
            .find(|i| i.name == p.name && i.kind != "fixed");
        match input {
            Some(input) => {
                if !input.error.is_empty() {
                    input.error.push_str("; ");
                }
                input.error.push_str(&p.message);
                summary.push(SummaryItem {
                    href: format!("#{}", input.id),
                    message: format!("{}: {}", input.label, p.message),
                });
            }
            None => summary.push(SummaryItem {
                href: String::new(),
                message: format!("{}: {}", p.name, p.message),
            }),
        }
    }
    TeamFormPage {
        page,
        heading: view.heading,
        action: view.action,
        id: view.id.unwrap_or_default().to_string(),
        version: view.version.map(|v| v.to_string()).unwrap_or_default(),
        sections,
        summary,
        notice: view.notice,
    }
}
