//! The team record: one CIRT, its channels, keys, constituency, memberships and contact persons.
//!
//! Every value that can be shown to someone is a [`Field`]: the value with its [`Visibility`] and
//! its [`Provenance`]. List items are fields each, so one phone number of a team can be public and
//! another restricted. Contact persons are personal data and live in `contacts`, apart from the
//! team's own channels.
//!
//! This module never does IO and never panics on bad data: [`Team::validate`] returns the
//! problems it found.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

/// Who may see a value. The order matters: `Public < Members < Restricted`.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Anyone, including the public pages and generated security.txt files.
    #[default]
    Public,
    /// Members of the directory (other teams, the programme's staff).
    Members,
    /// Named recipients only: TLP:AMBER.
    Restricted,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Members => "members",
            Visibility::Restricted => "restricted",
        }
    }
}

/// Where a value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Manual,
    ImportCsv,
    ImportFirst,
    ImportTi,
    Rfc2350,
    SecurityTxt,
}

/// Where a value came from and when it was recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub source: Source,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

impl Provenance {
    pub fn new(source: Source, at: OffsetDateTime) -> Self {
        Provenance { source, at }
    }
}

/// A value with who may see it and where it came from.
///
/// In JSON: `{"value": …, "visibility": "members", "provenance": {…}}`; `visibility` may be left
/// out and is then `public`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field<T> {
    pub value: T,
    #[serde(default, skip_serializing_if = "is_public")]
    pub visibility: Visibility,
    pub provenance: Provenance,
}

fn is_public(v: &Visibility) -> bool {
    *v == Visibility::Public
}

impl<T> Field<T> {
    pub fn new(value: T, visibility: Visibility, provenance: Provenance) -> Self {
        Field {
            value,
            visibility,
            provenance,
        }
    }

    /// A public field.
    pub fn public(value: T, provenance: Provenance) -> Self {
        Field::new(value, Visibility::Public, provenance)
    }

    /// Whether someone allowed to see `level` may see this field.
    pub fn visible_at(&self, level: Visibility) -> bool {
        self.visibility <= level
    }
}

/// The kind of team, after FIRST's Global IRT team types.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamType {
    National,
    Government,
    /// A team for one sector, such as energy or finance.
    Sector(String),
    /// A university or research and education network (NREN) team.
    Academic,
    /// A product security incident response team.
    Psirt,
    Commercial,
}

/// How a channel is reached.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Email,
    Phone,
    Fax,
    Url,
    /// Anything else, named: `xmpp`, `matrix`, `signal`…
    Other(String),
}

/// What a channel is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Usage {
    Contact,
    Emergency,
    Abuse,
    Reports,
}

impl Usage {
    pub const ALL: [Usage; 4] = [
        Usage::Contact,
        Usage::Emergency,
        Usage::Abuse,
        Usage::Reports,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Usage::Contact => "contact",
            Usage::Emergency => "emergency",
            Usage::Abuse => "abuse",
            Usage::Reports => "reports",
        }
    }
}

/// One way to reach a team or a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    pub value: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub usages: Vec<Usage>,
    /// An IANA time zone name, when the channel is staffed in another zone than the team.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

/// An OpenPGP key. With [`Key::from_armored`] the fingerprint and dates are read from the key
/// itself, and the armored public key is kept in `armored`; [`Team::validate`] checks that they
/// still agree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Key {
    /// Upper-case hexadecimal without spaces: 40 digits (v4) or 64 (v6).
    pub fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
    /// Where the key can be fetched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The ASCII-armored public key, when the team gave it. Never a secret key:
    /// [`Key::from_armored`] refuses those.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub armored: Option<String>,
}

impl Key {
    /// A key whose fingerprint, creation and expiry dates are read from the armored public key
    /// itself (its first key, if the block holds several), which is kept, armored again, in
    /// `armored`.
    pub fn from_armored(
        armored: &str,
        url: Option<String>,
    ) -> Result<Key, crate::openpgp::OpenPgpError> {
        Ok(Key::from_info(&crate::openpgp::read_key(armored)?, url))
    }

    /// The same, from a key already read.
    pub fn from_info(info: &crate::openpgp::KeyInfo, url: Option<String>) -> Key {
        Key {
            fingerprint: info.fingerprint.clone(),
            created: Some(info.created),
            expires: info.expires,
            url,
            armored: Some(info.armored.clone()),
        }
    }
}

/// Removes spaces (and a leading `0x`) and upper-cases a fingerprint. Returns `None` unless the
/// result is 40 or 64 hexadecimal digits.
pub fn normalise_fingerprint(text: &str) -> Option<String> {
    let text = text.trim();
    let text = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    let hex: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let good = (hex.len() == 40 || hex.len() == 64) && hex.chars().all(|c| c.is_ascii_hexdigit());
    good.then_some(hex)
}

/// A network a team belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Network {
    #[serde(rename = "FIRST")]
    First,
    TrustedIntroducer,
    #[serde(rename = "AfricaCERT")]
    AfricaCert,
    #[serde(rename = "APCERT")]
    Apcert,
    #[serde(rename = "OIC-CERT")]
    OicCert,
    #[serde(rename = "CSIRTsNetwork")]
    CsirtsNetwork,
    #[serde(rename = "other")]
    Other(String),
}

impl Network {
    pub fn name(&self) -> &str {
        match self {
            Network::First => "FIRST",
            Network::TrustedIntroducer => "Trusted Introducer",
            Network::AfricaCert => "AfricaCERT",
            Network::Apcert => "APCERT",
            Network::OicCert => "OIC-CERT",
            Network::CsirtsNetwork => "CSIRTs Network",
            Network::Other(name) => name,
        }
    }
}

/// A team's standing in a network. Trusted Introducer uses `listed`, `accredited` and
/// `certified`; the other networks use `member`, `applicant`, `former` and the like.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    Listed,
    Accredited,
    Certified,
    Member,
    Applicant,
    Former,
    Other(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub network: Network,
    pub status: MembershipStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
}

/// The role of a point of contact, after the UN points-of-contact directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    Technical,
    Policy,
    Diplomatic,
}

impl ContactKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Technical => "technical",
            ContactKind::Policy => "policy",
            ContactKind::Diplomatic => "diplomatic",
        }
    }
}

/// Whether a person agreed to be listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub given: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Date>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A person: personal data, kept apart from the team's channels. The person's channels share the
/// visibility of the contact field that holds them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    pub kind: ContactKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    #[serde(default)]
    pub consent: Consent,
}

/// When the team works, in words, and in which zone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// Such as "Monday to Friday, 08:00 to 17:00; emergency phone around the clock".
    pub text: String,
    /// An IANA time zone name such as `Africa/Nairobi`.
    pub time_zone: String,
}

/// Whom the team serves.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constituency {
    /// Autonomous system numbers, without the `AS` prefix.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asns: Vec<Field<u32>>,
    /// IP prefixes in CIDR notation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prefixes: Vec<Field<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<Field<String>>,
    /// ISO 3166-1 alpha-3 codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<Field<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Field<String>>,
}

/// One CIRT in the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Team {
    /// The directory's own identifier; not personal, not secret, always shown.
    pub id: String,
    pub official_name: Field<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<Field<String>>,
    /// ISO 3166-1 alpha-3, such as `KEN`.
    pub country: Field<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_organisation: Option<Field<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<Field<TeamType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<Field<Date>>,
    /// BCP 47 language tags such as `en`, `fr`, `ar`, `zh-Hans`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Field<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Field<Hours>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub websites: Vec<Field<String>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Field<Channel>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keys: Vec<Field<Key>>,
    #[serde(default)]
    pub constituency: Constituency,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<Field<Membership>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Field<Contact>>,
    /// The "date of last update" of the team's RFC 2350 description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rfc2350_updated: Option<Field<Date>>,
}

/// A problem [`Team::validate`] found: where (a path such as `channels[2].value`) and what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

fn keep<T: Clone>(items: &[Field<T>], level: Visibility) -> Vec<Field<T>> {
    items
        .iter()
        .filter(|f| f.visible_at(level))
        .cloned()
        .collect()
}

fn keep_one<T: Clone>(item: &Option<Field<T>>, level: Visibility) -> Option<Field<T>> {
    item.as_ref().filter(|f| f.visible_at(level)).cloned()
}

/// A required text field seen from `level`: withheld fields keep their visibility and provenance
/// but lose their value.
fn keep_required(field: &Field<String>, level: Visibility) -> Field<String> {
    if field.visible_at(level) {
        field.clone()
    } else {
        Field {
            value: String::new(),
            ..field.clone()
        }
    }
}

impl Team {
    /// The team as seen by someone allowed to see `level`: every field and list item above it is
    /// removed. `official_name` and `country` are required, so when hidden their value is emptied.
    pub fn view(&self, level: Visibility) -> Team {
        Team {
            id: self.id.clone(),
            official_name: keep_required(&self.official_name, level),
            short_name: keep_one(&self.short_name, level),
            country: keep_required(&self.country, level),
            host_organisation: keep_one(&self.host_organisation, level),
            types: keep(&self.types, level),
            established: keep_one(&self.established, level),
            languages: keep(&self.languages, level),
            hours: keep_one(&self.hours, level),
            websites: keep(&self.websites, level),
            channels: keep(&self.channels, level),
            keys: keep(&self.keys, level),
            constituency: Constituency {
                asns: keep(&self.constituency.asns, level),
                prefixes: keep(&self.constituency.prefixes, level),
                domains: keep(&self.constituency.domains, level),
                countries: keep(&self.constituency.countries, level),
                sectors: keep(&self.constituency.sectors, level),
            },
            memberships: keep(&self.memberships, level),
            contacts: keep(&self.contacts, level),
            rfc2350_updated: keep_one(&self.rfc2350_updated, level),
        }
    }

    /// Every problem in the record, each with a field path and a sentence. Never panics.
    pub fn validate(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut problem = |path: String, message: String| out.push(Problem { path, message });

        if self.id.trim().is_empty() {
            problem("id".into(), "the team id is empty".into());
        }
        if self.official_name.value.trim().is_empty() {
            problem("official_name".into(), "the official name is empty".into());
        }
        if self.official_name.visibility != Visibility::Public {
            problem(
                "official_name".into(),
                "the official name must be public: a directory entry without a name is useless"
                    .into(),
            );
        }
        if let Some(short) = &self.short_name
            && short.value.trim().is_empty()
        {
            problem("short_name".into(), "the short name is empty".into());
        }
        if !is_alpha3(&self.country.value) {
            problem(
                "country".into(),
                format!(
                    "`{}` is not an ISO 3166-1 alpha-3 code (three upper-case letters, such as KEN)",
                    self.country.value
                ),
            );
        }
        if self.country.visibility != Visibility::Public {
            problem("country".into(), "the country must be public".into());
        }
        for (i, t) in self.types.iter().enumerate() {
            if let TeamType::Sector(name) = &t.value
                && name.trim().is_empty()
            {
                problem(format!("types[{i}]"), "the sector has no name".into());
            }
        }
        for (i, lang) in self.languages.iter().enumerate() {
            if !is_language_tag(&lang.value) {
                problem(
                    format!("languages[{i}]"),
                    format!(
                        "`{}` is not a BCP 47 language tag (such as en, fr or zh-Hans)",
                        lang.value
                    ),
                );
            }
        }
        if let Some(hours) = &self.hours
            && !is_time_zone(&hours.value.time_zone)
        {
            problem(
                "hours.time_zone".into(),
                format!(
                    "`{}` is not a time zone name (such as Africa/Nairobi or UTC)",
                    hours.value.time_zone
                ),
            );
        }
        for (i, site) in self.websites.iter().enumerate() {
            if !is_web_url(&site.value) {
                problem(
                    format!("websites[{i}]"),
                    format!(
                        "`{}` is not a web address starting with https:// or http://",
                        site.value
                    ),
                );
            }
        }
        for (i, channel) in self.channels.iter().enumerate() {
            check_channel(&channel.value, &format!("channels[{i}]"), &mut problem);
        }
        for (i, key) in self.keys.iter().enumerate() {
            let key = &key.value;
            let at = format!("keys[{i}]");
            if normalise_fingerprint(&key.fingerprint).as_deref() != Some(key.fingerprint.as_str())
            {
                problem(
                    format!("{at}.fingerprint"),
                    format!(
                        "`{}` is not a fingerprint of 40 or 64 upper-case hexadecimal digits without spaces",
                        key.fingerprint
                    ),
                );
            }
            if let (Some(created), Some(expires)) = (key.created, key.expires)
                && expires < created
            {
                problem(
                    format!("{at}.expires"),
                    format!("the key expires ({expires}) before it was created ({created})"),
                );
            }
            if let Some(url) = &key.url
                && !is_web_url(url)
            {
                problem(
                    format!("{at}.url"),
                    format!("`{url}` is not a web address starting with https:// or http://"),
                );
            }
            if let Some(armored) = &key.armored {
                check_armored(key, armored, &at, &mut problem);
            }
        }
        let c = &self.constituency;
        for (i, asn) in c.asns.iter().enumerate() {
            if let Some(why) = bad_asn(asn.value) {
                problem(
                    format!("constituency.asns[{i}]"),
                    format!("AS{} {why}", asn.value),
                );
            }
        }
        for (i, prefix) in c.prefixes.iter().enumerate() {
            if let Err(why) = parse_prefix(&prefix.value) {
                problem(
                    format!("constituency.prefixes[{i}]"),
                    format!("`{}` is not an IP prefix: {why}", prefix.value),
                );
            }
        }
        for (i, domain) in c.domains.iter().enumerate() {
            if !is_domain(&domain.value) {
                problem(
                    format!("constituency.domains[{i}]"),
                    format!("`{}` is not a domain name", domain.value),
                );
            }
        }
        for (i, country) in c.countries.iter().enumerate() {
            if !is_alpha3(&country.value) {
                problem(
                    format!("constituency.countries[{i}]"),
                    format!(
                        "`{}` is not an ISO 3166-1 alpha-3 code (three upper-case letters)",
                        country.value
                    ),
                );
            }
        }
        for (i, sector) in c.sectors.iter().enumerate() {
            if sector.value.trim().is_empty() {
                problem(
                    format!("constituency.sectors[{i}]"),
                    "the sector is empty".into(),
                );
            }
        }
        for (i, m) in self.memberships.iter().enumerate() {
            let m = &m.value;
            let ti_status = matches!(
                m.status,
                MembershipStatus::Listed
                    | MembershipStatus::Accredited
                    | MembershipStatus::Certified
            );
            let is_ti = m.network == Network::TrustedIntroducer;
            if is_ti && !ti_status {
                problem(
                    format!("memberships[{i}].status"),
                    "a Trusted Introducer status is listed, accredited or certified".into(),
                );
            }
            if !is_ti && ti_status {
                problem(
                    format!("memberships[{i}].status"),
                    format!(
                        "listed, accredited and certified are Trusted Introducer statuses, not {}'s",
                        m.network.name()
                    ),
                );
            }
            if let Network::Other(name) = &m.network
                && name.trim().is_empty()
            {
                problem(
                    format!("memberships[{i}].network"),
                    "the network has no name".into(),
                );
            }
        }
        for (i, contact) in self.contacts.iter().enumerate() {
            let at = format!("contacts[{i}]");
            let contact = &contact.value;
            if contact.name.trim().is_empty() {
                problem(format!("{at}.name"), "the person's name is empty".into());
            }
            if !contact.consent.given {
                problem(
                    format!("{at}.consent"),
                    format!(
                        "{} has not agreed to be listed; record the consent or remove the person",
                        if contact.name.is_empty() {
                            "the person"
                        } else {
                            &contact.name
                        }
                    ),
                );
            }
            for (j, channel) in contact.channels.iter().enumerate() {
                check_channel(channel, &format!("{at}.channels[{j}]"), &mut problem);
            }
        }
        out
    }
}

/// The armored key must be a readable public key that says what the record says.
fn check_armored(key: &Key, armored: &str, at: &str, problem: &mut impl FnMut(String, String)) {
    let info = match crate::openpgp::read_key(armored) {
        Ok(info) => info,
        Err(e) => {
            // The error's sentence never quotes the key; lower-case its first letter to follow
            // the other problems' style.
            let mut message = e.message;
            if let Some(first) = message.get(..1) {
                message = first.to_lowercase() + &message[1..];
            }
            problem(
                format!("{at}.armored"),
                message.trim_end_matches('.').into(),
            );
            return;
        }
    };
    if info.fingerprint != key.fingerprint {
        problem(
            format!("{at}.armored"),
            format!(
                "the armored key's fingerprint is {}, not the record's {}",
                info.fingerprint, key.fingerprint
            ),
        );
        return;
    }
    if key.created.is_some_and(|c| c != info.created) {
        problem(
            format!("{at}.created"),
            format!("the key itself says it was created on {}", info.created),
        );
    }
    if key.expires != info.expires {
        problem(
            format!("{at}.expires"),
            match info.expires {
                Some(e) => format!("the key itself says it expires on {e}"),
                None => "the key itself has no expiry date".into(),
            },
        );
    }
}

fn check_channel(channel: &Channel, at: &str, problem: &mut impl FnMut(String, String)) {
    let value = &channel.value;
    let bad = match &channel.kind {
        ChannelKind::Email => {
            (!is_email(value)).then(|| format!("`{value}` is not an e-mail address"))
        }
        ChannelKind::Phone | ChannelKind::Fax => (!is_phone(value)).then(|| {
            format!("`{value}` is not an international phone number (a + then 7 to 15 digits)")
        }),
        ChannelKind::Url => (!is_web_url(value))
            .then(|| format!("`{value}` is not a web address starting with https:// or http://")),
        ChannelKind::Other(name) => (name.trim().is_empty() || value.trim().is_empty())
            .then(|| "the channel needs a name and a value".to_string()),
    };
    if let Some(message) = bad {
        problem(format!("{at}.value"), message);
    }
    if let Some(tz) = &channel.time_zone
        && !is_time_zone(tz)
    {
        problem(
            format!("{at}.time_zone"),
            format!("`{tz}` is not a time zone name"),
        );
    }
}

/// Three upper-case ASCII letters.
pub fn is_alpha3(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// A plausible address: one `@`, a non-empty local part, a domain with a dot, no spaces.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && !domain.contains('@')
        && is_domain(domain)
}

/// E.164 shape: `+`, then 7 to 15 digits, with spaces, dashes, dots or brackets between them.
pub fn is_phone(text: &str) -> bool {
    let Some(rest) = text.trim().strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (7..=15).contains(&digits)
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
}

/// `https://` or `http://` followed by a host.
pub fn is_web_url(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
            !host.is_empty() && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Labels of letters, digits and hyphens, at least two, the last one alphabetic.
pub fn is_domain(text: &str) -> bool {
    let text = text.strip_suffix('.').unwrap_or(text);
    let labels: Vec<&str> = text.split('.').collect();
    labels.len() >= 2
        && text.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| {
            tld.len() >= 2 && tld.chars().all(char::is_alphabetic) || tld.starts_with("xn--")
        })
}

/// A BCP 47 shape: subtags of 1 to 8 letters or digits separated by `-`, the first 2 to 8 letters.
pub fn is_language_tag(text: &str) -> bool {
    let mut parts = text.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `UTC` or an `Area/Location` name of letters, digits, `_`, `-`, `+`.
pub fn is_time_zone(text: &str) -> bool {
    let ok = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
    };
    text == "UTC" || (text.contains('/') && text.split('/').all(ok))
}

/// Why an AS number cannot belong to a constituency, if it cannot.
pub fn bad_asn(asn: u32) -> Option<&'static str> {
    match asn {
        0 => Some("is reserved (RFC 7607)"),
        23456 => Some("is AS_TRANS, a placeholder (RFC 6793)"),
        65535 | 4_294_967_295 => Some("is reserved (RFC 7300)"),
        _ => None,
    }
}

/// Parses `address/length`; the address bits beyond the length must be zero.
pub fn parse_prefix(text: &str) -> Result<(IpAddr, u8), String> {
    let (addr, len) = text
        .split_once('/')
        .ok_or_else(|| "it has no /length".to_string())?;
    let addr: IpAddr = addr
        .parse()
        .map_err(|_| format!("`{addr}` is not an IP address"))?;
    let len: u8 = len
        .parse()
        .map_err(|_| format!("`{len}` is not a prefix length"))?;
    let max = if addr.is_ipv4() { 32 } else { 128 };
    if len > max {
        return Err(format!("the length {len} is more than {max}"));
    }
    let host_bits_zero = match addr {
        IpAddr::V4(a) => {
            let bits = u32::from(a);
            len == 32 || bits & (u32::MAX >> len) == 0
        }
        IpAddr::V6(a) => {
            let bits = u128::from(a);
            len == 128 || bits & (u128::MAX >> len) == 0
        }
    };
    if !host_bits_zero {
        return Err(format!("the address has bits set beyond the first {len}"));
    }
    Ok((addr, len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn prov() -> Provenance {
        Provenance::new(Source::Manual, datetime!(2026-01-10 09:00 UTC))
    }

    pub(crate) fn sample() -> Team {
        let p = prov();
        Team {
            id: "ke-kecirt".into(),
            official_name: Field::public("Kenya National CIRT/CC".into(), p),
            short_name: Some(Field::public("KE-CIRT/CC".into(), p)),
            country: Field::public("KEN".into(), p),
            host_organisation: None,
            types: vec![Field::public(TeamType::National, p)],
            established: Some(Field::public(date!(2012 - 01 - 01), p)),
            languages: vec![Field::public("en".into(), p)],
            hours: None,
            websites: vec![],
            channels: vec![Field::public(
                Channel {
                    kind: ChannelKind::Email,
                    value: "incidents@example.ke".into(),
                    usages: vec![Usage::Contact],
                    time_zone: None,
                },
                p,
            )],
            keys: vec![],
            constituency: Constituency::default(),
            memberships: vec![],
            contacts: vec![],
            rfc2350_updated: None,
        }
    }

    #[test]
    fn a_good_team_has_no_problems() {
        assert_eq!(sample().validate(), vec![]);
    }

    #[test]
    fn problems_name_the_field() {
        let p = prov();
        let mut team = sample();
        team.country.value = "ke".into();
        team.official_name.value = " ".into();
        team.channels[0].value.value = "not-an-address".into();
        team.constituency.asns.push(Field::public(23456, p));
        team.constituency
            .prefixes
            .push(Field::public("192.0.2.1/24".into(), p));
        team.keys.push(Field::public(
            Key {
                fingerprint: "abcd 1234".into(),
                created: None,
                expires: None,
                url: None,
                armored: None,
            },
            p,
        ));
        let paths: Vec<String> = team.validate().into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "official_name",
                "country",
                "channels[0].value",
                "keys[0].fingerprint",
                "constituency.asns[0]",
                "constituency.prefixes[0]"
            ]
        );
    }

    #[test]
    fn fingerprints_are_normalised() {
        assert_eq!(
            normalise_fingerprint("0123 4567 89ab CDEF 0123  4567 89AB cdef 0123 4567").as_deref(),
            Some("0123456789ABCDEF0123456789ABCDEF01234567")
        );
        assert_eq!(normalise_fingerprint("0123"), None);
        assert_eq!(normalise_fingerprint(&"G".repeat(40)), None);
    }

    #[test]
    fn prefixes_and_small_checks() {
        assert!(parse_prefix("192.0.2.0/24").is_ok());
        assert!(parse_prefix("2001:db8::/32").is_ok());
        assert!(parse_prefix("192.0.2.0/33").is_err());
        assert!(parse_prefix("192.0.2.0").is_err());
        assert!(is_email("cert@cert.example.org"));
        assert!(!is_email("cert@localhost"));
        assert!(is_phone("+254 20 123 4567"));
        assert!(!is_phone("020 123 4567"));
        assert!(is_language_tag("zh-Hans"));
        assert!(!is_language_tag("english!"));
        assert!(is_time_zone("America/Argentina/Buenos_Aires"));
        assert!(!is_time_zone("CET"));
    }

    #[test]
    fn json_is_readable_and_round_trips() {
        let team = sample();
        let json = serde_json::to_string_pretty(&team).unwrap();
        assert!(json.contains(r#""value": "KEN""#), "{json}");
        assert!(json.contains(r#""source": "manual""#), "{json}");
        assert!(json.contains(r#""value": "2012-01-01""#), "{json}");
        assert!(json.contains(r#""at": "2026-01-10T09:00:00Z""#), "{json}");
        let back: Team = serde_json::from_str(&json).unwrap();
        assert_eq!(back, team);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let json = serde_json::to_string(&sample()).unwrap();
        let json = json.replacen("{", r#"{"colour":"red","#, 1);
        let err = serde_json::from_str::<Team>(&json).unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
    }

    #[test]
    fn view_drops_hidden_items() {
        let p = prov();
        let mut team = sample();
        team.channels.push(Field::new(
            Channel {
                kind: ChannelKind::Phone,
                value: "+254 700 000 000".into(),
                usages: vec![Usage::Emergency],
                time_zone: None,
            },
            Visibility::Restricted,
            p,
        ));
        assert_eq!(team.view(Visibility::Public).channels.len(), 1);
        assert_eq!(team.view(Visibility::Members).channels.len(), 1);
        assert_eq!(team.view(Visibility::Restricted).channels.len(), 2);
    }
}
