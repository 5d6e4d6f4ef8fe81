//! `security.txt` (RFC 9116): read a file leniently, check it, and write one from a team record.
//!
//! [`parse`] accepts what is found on real servers: a UTF-8 byte order mark, CRLF line endings,
//! comments, blank lines, field names in any case, unknown fields and an OpenPGP cleartext
//! signature around the fields. It keeps the signed text and the armored signature, and never
//! fails: lines it cannot read become findings.
//!
//! [`validate`] turns a parsed file into [`Finding`]s with stable codes. It needs `now`, given by
//! the caller, to judge `Expires`. [`validate_with_keys`] also verifies the OpenPGP signature
//! against the team's keys (see [`crate::openpgp`]). [`generate`] writes a file from the team's
//! public channels; [`generate_signed`] clear-signs it.

use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime, UtcOffset};

use crate::finding::{Finding, Severity};
use crate::model::{ChannelKind, Team, Usage, Visibility, is_language_tag};
use crate::openpgp::{self, KeyInfo, Verification};

/// The longest validity [`generate`] writes and [`validate`] accepts without a warning: RFC 9116
/// recommends an `Expires` less than a year ahead.
pub const MAX_VALIDITY: Duration = Duration::days(365);

/// The fields RFC 9116 defines, plus the CSAF extension, in lower case.
pub const KNOWN_FIELDS: [&str; 9] = [
    "acknowledgments",
    "canonical",
    "contact",
    "csaf",
    "encryption",
    "expires",
    "hiring",
    "policy",
    "preferred-languages",
];

const BEGIN_SIGNED: &str = "-----BEGIN PGP SIGNED MESSAGE-----";
const BEGIN_SIGNATURE: &str = "-----BEGIN PGP SIGNATURE-----";
const END_SIGNATURE: &str = "-----END PGP SIGNATURE-----";

/// One `Name: value` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldLine {
    /// 1-based line number in the original file (signature envelope included).
    pub line: usize,
    /// The name as written; compare with [`FieldLine::is`].
    pub name: String,
    pub value: String,
}

impl FieldLine {
    /// Whether this line is the field `name`, compared case-insensitively.
    pub fn is(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
    }
}

/// An OpenPGP cleartext signature found around the fields; [`verify`] checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The `Hash:` armor headers, such as `SHA512`.
    pub hashes: Vec<String>,
    /// The signed lines with dash-escaping removed, joined with `\n`. A verifier must still
    /// canonicalise line endings and trailing white space as RFC 9580 §7.1 says.
    pub signed_text: String,
    /// The whole `-----BEGIN PGP SIGNATURE-----` … `-----END PGP SIGNATURE-----` block.
    pub armored: String,
    /// The line of `-----BEGIN PGP SIGNED MESSAGE-----`.
    pub line: usize,
}

/// What [`parse`] read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Every field line, in file order.
    pub fields: Vec<FieldLine>,
    pub signature: Option<Signature>,
    /// What the reader itself could not read: bad lines and broken signature envelopes.
    pub problems: Vec<Finding>,
}

impl Parsed {
    /// The lines of one field, case-insensitively, in file order.
    pub fn get<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a FieldLine> + 'a {
        self.fields.iter().filter(move |f| f.is(name))
    }

    /// The values of every `Contact` line.
    pub fn contacts(&self) -> Vec<&str> {
        self.get("contact").map(|f| f.value.as_str()).collect()
    }

    /// The first `Expires` value, when it is a valid RFC 3339 date-time.
    pub fn expires(&self) -> Option<OffsetDateTime> {
        self.get("expires")
            .next()
            .and_then(|f| OffsetDateTime::parse(&f.value, &Rfc3339).ok())
    }

    /// The tags of the first `Preferred-Languages` line.
    pub fn languages(&self) -> Vec<String> {
        self.get("preferred-languages")
            .next()
            .map(|f| split_list(&f.value))
            .unwrap_or_default()
    }
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Reads a `security.txt` leniently. Never fails; see [`Parsed::problems`].
pub fn parse(text: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<(usize, &str)> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .collect();
    if text.ends_with('\n') {
        lines.pop();
    }
    let mut parsed = Parsed::default();

    let begin = lines.iter().position(|(_, l)| l.trim_end() == BEGIN_SIGNED);
    let body: Vec<(usize, String)> = match begin {
        None => {
            if let Some((n, _)) = lines.iter().find(|(_, l)| l.trim_end() == BEGIN_SIGNATURE) {
                parsed.problems.push(Finding::new(
                    "bad_signature_envelope",
                    Severity::Error,
                    Some(*n),
                    format!(
                        "line {n}: a signature block starts here, but the file has no \
                         `{BEGIN_SIGNED}` line before the fields"
                    ),
                ));
            }
            lines
                .iter()
                .take_while(|(_, l)| l.trim_end() != BEGIN_SIGNATURE)
                .map(|(n, l)| (*n, l.to_string()))
                .collect()
        }
        Some(start) => read_envelope(&lines, start, &mut parsed),
    };

    for (n, line) in body {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let field = trimmed.split_once(':').and_then(|(name, value)| {
            let name = name.trim_end();
            let token = !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            token.then(|| FieldLine {
                line: n,
                name: name.to_string(),
                value: value.trim().to_string(),
            })
        });
        match field {
            Some(field) => parsed.fields.push(field),
            None => parsed.problems.push(Finding::new(
                "bad_line",
                Severity::Error,
                Some(n),
                format!(
                    "line {n}: `{}` is neither a `Name: value` field, a comment nor blank",
                    shorten(trimmed)
                ),
            )),
        }
    }
    parsed
}

/// Reads a cleartext-signed envelope starting at `lines[start]`; returns the signed body lines.
fn read_envelope(
    lines: &[(usize, &str)],
    start: usize,
    parsed: &mut Parsed,
) -> Vec<(usize, String)> {
    let begin_line = lines[start].0;
    for (n, l) in &lines[..start] {
        if !l.trim().is_empty() {
            parsed.problems.push(outside(*n));
        }
    }
    let mut i = start + 1;
    let mut hashes = Vec::new();
    // Armor headers run up to the first blank line.
    while i < lines.len() && !lines[i].1.trim().is_empty() {
        let (n, l) = lines[i];
        match l.split_once(':') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("hash") => {
                hashes.extend(split_list(value));
            }
            _ => parsed.problems.push(Finding::new(
                "bad_signature_envelope",
                Severity::Error,
                Some(n),
                format!(
                    "line {n}: `{}` is not an armor header; a blank line must separate the \
                     `Hash:` headers from the signed text",
                    shorten(l)
                ),
            )),
        }
        i += 1;
    }
    i += 1;
    let mut body = Vec::new();
    while i < lines.len() && lines[i].1.trim_end() != BEGIN_SIGNATURE {
        let (n, l) = lines[i];
        let unescaped = l.strip_prefix("- ").unwrap_or(l);
        body.push((n, unescaped.to_string()));
        i += 1;
    }
    if i >= lines.len() {
        parsed.problems.push(Finding::new(
            "bad_signature_envelope",
            Severity::Error,
            Some(begin_line),
            format!(
                "line {begin_line}: the signed message that starts here has no \
                 `{BEGIN_SIGNATURE}` block"
            ),
        ));
        return body;
    }
    let sig_start = i;
    while i < lines.len() && lines[i].1.trim_end() != END_SIGNATURE {
        i += 1;
    }
    if i >= lines.len() {
        let n = lines[sig_start].0;
        parsed.problems.push(Finding::new(
            "bad_signature_envelope",
            Severity::Error,
            Some(n),
            format!("line {n}: the signature block that starts here has no `{END_SIGNATURE}` line"),
        ));
        return body;
    }
    let armored: Vec<&str> = lines[sig_start..=i].iter().map(|(_, l)| *l).collect();
    for (n, l) in &lines[i + 1..] {
        if !l.trim().is_empty() {
            parsed.problems.push(outside(*n));
        }
    }
    // The line break before the signature block belongs to the armor, not to the signed text.
    let signed_text = body
        .iter()
        .map(|(_, l)| l.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    parsed.signature = Some(Signature {
        hashes,
        signed_text,
        armored: armored.join("\n") + "\n",
        line: begin_line,
    });
    body
}

fn outside(n: usize) -> Finding {
    Finding::new(
        "outside_signature",
        Severity::Error,
        Some(n),
        format!(
            "line {n}: text outside the signed part of the file is not covered by the signature"
        ),
    )
}

fn shorten(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_string()
    } else {
        text.chars().take(MAX).collect::<String>() + "…"
    }
}

/// Checks a parsed file against RFC 9116 as of `now`. A signature is noted
/// (`signature_not_verified`) but not checked: [`validate_with_keys`] checks it.
pub fn validate(parsed: &Parsed, now: OffsetDateTime) -> Vec<Finding> {
    validate_inner(parsed, None, now)
}

/// Checks a parsed file as [`validate`] does, and verifies its OpenPGP signature against the
/// team's `keys`: `signature_ok`, `signature_bad`, `signature_unknown_key`,
/// `signature_key_expired`, `signature_unreadable`, and `key_expires_before_file` when the
/// signing key expires before the file's `Expires` (see [`Verification::findings`]).
pub fn validate_with_keys(parsed: &Parsed, keys: &[KeyInfo], now: OffsetDateTime) -> Vec<Finding> {
    validate_inner(parsed, Some(keys), now)
}

/// Verifies the file's signature, if it has one, against `keys`.
pub fn verify(parsed: &Parsed, keys: &[KeyInfo], now: OffsetDateTime) -> Option<Verification> {
    let sig = parsed.signature.as_ref()?;
    Some(openpgp::verify_signed_text(
        &sig.signed_text,
        &sig.armored,
        keys,
        now,
    ))
}

fn validate_inner(parsed: &Parsed, keys: Option<&[KeyInfo]>, now: OffsetDateTime) -> Vec<Finding> {
    let mut out = parsed.problems.clone();
    if let (Some(keys), Some(sig)) = (keys, &parsed.signature) {
        let file_expires = parsed.get("expires").next().and_then(|f| {
            OffsetDateTime::parse(&f.value, &Rfc3339)
                .ok()
                .map(|at| (at, f.line))
        });
        if let Some(verification) = verify(parsed, keys, now) {
            out.extend(verification.findings(Some(sig.line), file_expires));
        }
    }
    let mut add = |code, severity, line: Option<usize>, message: String| {
        out.push(Finding::new(code, severity, line, message));
    };

    match &parsed.signature {
        _ if keys.is_some() && parsed.signature.is_some() => {}
        None => add(
            "unsigned",
            Severity::Warning,
            None,
            "the file has no OpenPGP signature; RFC 9116 says it should be signed".into(),
        ),
        Some(sig) => add(
            "signature_not_verified",
            Severity::Info,
            Some(sig.line),
            format!(
                "line {}: the file is signed, but the signature has not been verified yet",
                sig.line
            ),
        ),
    }

    for f in &parsed.fields {
        let n = f.line;
        let lower = f.name.to_ascii_lowercase();
        if !KNOWN_FIELDS.contains(&lower.as_str()) {
            let hint = if lower == "acknowledgements" {
                " (RFC 9116 spells it `Acknowledgments`)"
            } else {
                ""
            };
            add(
                "unknown_field",
                Severity::Info,
                Some(n),
                format!(
                    "line {n}: `{}` is not a field of RFC 9116; it is kept{hint}",
                    f.name
                ),
            );
            continue;
        }
        if f.value.is_empty() {
            add(
                "empty_value",
                Severity::Error,
                Some(n),
                format!("line {n}: the {} field has no value", f.name),
            );
            continue;
        }
        let value = f.value.as_str();
        let scheme_lower = value.to_ascii_lowercase();
        match lower.as_str() {
            "contact" => {
                if scheme_lower.starts_with("http://") {
                    add(
                        "not_https",
                        Severity::Error,
                        Some(n),
                        format!("line {n}: the Contact web address `{value}` must use https://"),
                    );
                } else if !(scheme_lower.starts_with("mailto:")
                    || scheme_lower.starts_with("tel:")
                    || scheme_lower.starts_with("https://"))
                {
                    add(
                        "contact_not_uri",
                        Severity::Error,
                        Some(n),
                        format!(
                            "line {n}: the Contact `{value}` is not a URI; write mailto:, tel: or https:"
                        ),
                    );
                }
            }
            "canonical" | "policy" | "acknowledgments" | "hiring" | "csaf"
                if !scheme_lower.starts_with("https://") =>
            {
                add(
                    "not_https",
                    Severity::Error,
                    Some(n),
                    format!(
                        "line {n}: the {} address `{value}` must start with https://",
                        f.name
                    ),
                );
            }
            "encryption" => {
                if scheme_lower.starts_with("http://") {
                    add(
                        "not_https",
                        Severity::Error,
                        Some(n),
                        format!("line {n}: the Encryption web address `{value}` must use https://"),
                    );
                } else if !(scheme_lower.starts_with("https://")
                    || scheme_lower.starts_with("dns:")
                    || scheme_lower.starts_with("openpgp4fpr:"))
                {
                    add(
                        "encryption_not_uri",
                        Severity::Error,
                        Some(n),
                        format!(
                            "line {n}: the Encryption `{value}` is not a URI; write https:, dns: or openpgp4fpr:"
                        ),
                    );
                }
            }
            "preferred-languages" => {
                for tag in split_list(value) {
                    if !is_language_tag(&tag) {
                        add(
                            "bad_language",
                            Severity::Warning,
                            Some(n),
                            format!("line {n}: `{tag}` is not a language tag such as en or fr"),
                        );
                    }
                }
            }
            _ => {}
        }
    }

    if parsed.get("contact").next().is_none() {
        add(
            "no_contact",
            Severity::Error,
            None,
            "the file has no Contact field; RFC 9116 requires at least one".into(),
        );
    }
    for extra in parsed.get("preferred-languages").skip(1) {
        let n = extra.line;
        add(
            "multiple_preferred_languages",
            Severity::Error,
            Some(n),
            format!("line {n}: Preferred-Languages may appear only once"),
        );
    }

    let mut expires = parsed.get("expires");
    match expires.next() {
        None => add(
            "no_expires",
            Severity::Error,
            None,
            "the file has no Expires field; RFC 9116 requires exactly one".into(),
        ),
        Some(first) => {
            let n = first.line;
            match OffsetDateTime::parse(&first.value, &Rfc3339) {
                Err(_) if !first.value.is_empty() => add(
                    "bad_expires_format",
                    Severity::Error,
                    Some(n),
                    format!(
                        "line {n}: Expires `{}` is not an RFC 3339 date-time such as 2027-01-31T23:00:00Z",
                        first.value
                    ),
                ),
                Err(_) => {}
                Ok(at) if at <= now => add(
                    "expired",
                    Severity::Error,
                    Some(n),
                    format!(
                        "line {n}: the file expired on {}; it must not be used any more",
                        date_of(at)
                    ),
                ),
                Ok(at) if at - now > MAX_VALIDITY => add(
                    "expires_too_far",
                    Severity::Warning,
                    Some(n),
                    format!(
                        "line {n}: Expires ({}) is more than a year ahead; RFC 9116 recommends less",
                        date_of(at)
                    ),
                ),
                Ok(_) => {}
            }
        }
    }
    for extra in expires {
        let n = extra.line;
        add(
            "multiple_expires",
            Severity::Error,
            Some(n),
            format!("line {n}: a second Expires field; RFC 9116 allows exactly one"),
        );
    }
    out
}

fn date_of(at: OffsetDateTime) -> String {
    at.to_offset(UtcOffset::UTC).date().to_string()
}

/// The URI a public channel is written as in `Contact`, if it can be one.
pub fn contact_uri(kind: &ChannelKind, value: &str) -> Option<String> {
    match kind {
        ChannelKind::Email => Some(format!("mailto:{}", value.trim())),
        ChannelKind::Phone => {
            let number: String = value
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            (!number.is_empty()).then(|| format!("tel:{number}"))
        }
        ChannelKind::Url if value.starts_with("https://") => Some(value.trim().to_string()),
        _ => None,
    }
}

/// Writes a `security.txt` from the team's **public** fields.
///
/// `Contact` lines come from public channels used for contact or emergencies, in record order;
/// `Encryption` from public keys with a URL; `Preferred-Languages` from the public languages.
/// `Expires` is `now + expires_in`, kept between one day and [`MAX_VALIDITY`] (longer is
/// clamped, not refused, so a caller's default cannot make a non-conformant file). The result
/// is unsigned; [`generate_signed`] signs it.
pub fn generate(
    team: &Team,
    now: OffsetDateTime,
    canonical_url: &str,
    expires_in: Duration,
    policy_url: Option<&str>,
) -> String {
    let public = team.view(Visibility::Public);
    let mut out = String::new();
    let name: String = public
        .official_name
        .value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if !name.trim().is_empty() {
        out.push_str(&format!("# security.txt of {}\n", name.trim()));
    }
    for channel in &public.channels {
        let c = &channel.value;
        let wanted = c
            .usages
            .iter()
            .any(|u| matches!(u, Usage::Contact | Usage::Emergency));
        if wanted && let Some(uri) = contact_uri(&c.kind, &c.value) {
            out.push_str(&format!("Contact: {uri}\n"));
        }
    }
    let validity = expires_in.clamp(Duration::days(1), MAX_VALIDITY);
    let expires = (now + validity)
        .to_offset(UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(now);
    let expires = expires
        .format(&Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into());
    out.push_str(&format!("Expires: {expires}\n"));
    for key in &public.keys {
        if let Some(url) = &key.value.url {
            out.push_str(&format!("Encryption: {url}\n"));
        }
    }
    let languages: Vec<&str> = public.languages.iter().map(|l| l.value.as_str()).collect();
    if !languages.is_empty() {
        out.push_str(&format!("Preferred-Languages: {}\n", languages.join(", ")));
    }
    out.push_str(&format!("Canonical: {canonical_url}\n"));
    if let Some(policy) = policy_url {
        out.push_str(&format!("Policy: {policy}\n"));
    }
    out
}

/// [`generate`], clear-signed with a secret key and passphrase given for this call only (see
/// [`openpgp::clear_sign`]); the signature is made at `now`.
pub fn generate_signed(
    team: &Team,
    now: OffsetDateTime,
    canonical_url: &str,
    expires_in: Duration,
    policy_url: Option<&str>,
    secret_armored: &str,
    passphrase: &str,
) -> Result<String, openpgp::OpenPgpError> {
    let text = generate(team, now, canonical_url, expires_in, policy_url);
    openpgp::clear_sign(&text, secret_armored, passphrase, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Channel, Field, Key, Provenance, Source};
    use time::macros::datetime;

    const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

    fn codes(text: &str) -> Vec<&'static str> {
        validate(&parse(text), NOW).iter().map(|f| f.code).collect()
    }

    #[test]
    fn minimal_signed_file_reads() {
        let text = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nContact: mailto:a@b.example\n- -Expires: 2026-12-01T00:00:00Z\n-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----\n";
        let parsed = parse(text);
        let sig = parsed.signature.as_ref().unwrap();
        assert_eq!(sig.hashes, ["SHA512"]);
        assert_eq!(
            sig.signed_text,
            "Contact: mailto:a@b.example\n-Expires: 2026-12-01T00:00:00Z"
        );
        assert!(sig.armored.starts_with(BEGIN_SIGNATURE));
        assert_eq!(parsed.fields[0].line, 4);
        // The dash-escaped line becomes `-Expires`, which is not a field name.
        assert_eq!(parsed.fields.len(), 2);
    }

    #[test]
    fn field_names_are_case_insensitive() {
        let text = "CONTACT: mailto:a@b.example\nexpires: 2026-12-01T00:00:00Z\n";
        assert_eq!(codes(text), ["unsigned"]);
    }

    #[test]
    fn http_contact_is_not_https() {
        let text = "Contact: http://example.org/report\nExpires: 2026-12-01T00:00:00Z\n";
        assert_eq!(codes(text), ["unsigned", "not_https"]);
    }

    fn team() -> Team {
        let p = Provenance::new(Source::Manual, NOW);
        let mut team: Team = serde_json::from_value(serde_json::json!({
            "id": "t",
            "official_name": {"value": "CERT Example", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
            "country": {"value": "NLD", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
        }))
        .unwrap();
        let ch = |kind, value: &str, usages: Vec<Usage>, v| {
            Field::new(
                Channel {
                    kind,
                    value: value.into(),
                    usages,
                    time_zone: None,
                },
                v,
                p,
            )
        };
        team.channels = vec![
            ch(
                ChannelKind::Email,
                "cert@example.nl",
                vec![Usage::Contact],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Phone,
                "+31 70 123 4567",
                vec![Usage::Emergency],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Phone,
                "+31 6 0000 0000",
                vec![Usage::Emergency],
                Visibility::Restricted,
            ),
            ch(
                ChannelKind::Email,
                "abuse@example.nl",
                vec![Usage::Abuse],
                Visibility::Public,
            ),
            ch(
                ChannelKind::Url,
                "https://example.nl/report",
                vec![Usage::Contact],
                Visibility::Public,
            ),
        ];
        team.languages = vec![Field::public("nl".into(), p), Field::public("en".into(), p)];
        team.keys = vec![Field::public(
            Key {
                fingerprint: "0123456789ABCDEF0123456789ABCDEF01234567".into(),
                created: None,
                expires: None,
                url: Some("https://example.nl/key.asc".into()),
                armored: None,
            },
            p,
        )];
        team
    }

    #[test]
    fn generated_file_round_trips() {
        let text = generate(
            &team(),
            NOW,
            "https://example.nl/.well-known/security.txt",
            Duration::days(180),
            Some("https://example.nl/policy"),
        );
        let parsed = parse(&text);
        assert_eq!(
            parsed.contacts(),
            [
                "mailto:cert@example.nl",
                "tel:+31701234567",
                "https://example.nl/report"
            ]
        );
        assert_eq!(parsed.languages(), ["nl", "en"]);
        assert_eq!(parsed.expires(), Some(NOW + Duration::days(180)));
        assert_eq!(
            validate(&parsed, NOW)
                .iter()
                .map(|f| f.code)
                .collect::<Vec<_>>(),
            ["unsigned"]
        );
    }

    #[test]
    fn long_validity_is_clamped() {
        let text = generate(
            &team(),
            NOW,
            "https://x.example/",
            Duration::days(900),
            None,
        );
        assert_eq!(parse(&text).expires(), Some(NOW + MAX_VALIDITY));
        assert_eq!(codes(&text), ["unsigned"]);
    }
}
