//! vCard 4.0 (RFC 6350) cards: one `KIND:org` card for a team, one `KIND:individual` card per
//! contact person.
//!
//! Text values are escaped (`\`, `,`, `;`, line breaks), lines end in CRLF and lines longer than
//! 75 octets are folded without splitting a UTF-8 character. Only what is visible at the given
//! level is written.

use crate::model::{Channel, ChannelKind, Contact, Team, Usage, Visibility};

/// Escapes a text value: backslash, comma, semicolon and line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Folds one content line: no physical line is longer than 75 octets (the leading space of a
/// continuation counts), and no UTF-8 character is split. Ends every line with CRLF.
pub fn fold(line: &str) -> String {
    const MAX: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / MAX * 3 + 2);
    let mut used = 0;
    let mut first = true;
    for c in line.chars() {
        let len = c.len_utf8();
        let room = if first { MAX } else { MAX - 1 };
        if used + len > room {
            out.push_str("\r\n ");
            used = 0;
            first = false;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

fn types_of(channel: &Channel) -> Vec<&'static str> {
    let mut types = vec!["work"];
    match channel.kind {
        ChannelKind::Phone => types.push("voice"),
        ChannelKind::Fax => types.push("fax"),
        _ => {}
    }
    for usage in &channel.usages {
        types.push(match usage {
            Usage::Contact => continue,
            Usage::Emergency => "x-emergency",
            Usage::Abuse => "x-abuse",
            Usage::Reports => "x-reports",
        });
    }
    types
}

fn tel_uri(value: &str) -> String {
    let number: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{number}")
}

fn channel_lines(channels: &[&Channel], out: &mut String) {
    for channel in channels {
        let types = types_of(channel).join(",");
        let pref = if channel.usages.contains(&Usage::Emergency) {
            ";PREF=1"
        } else {
            ""
        };
        let line = match &channel.kind {
            ChannelKind::Phone | ChannelKind::Fax => format!(
                "TEL;VALUE=uri;TYPE=\"{types}\"{pref}:{}",
                tel_uri(&channel.value)
            ),
            ChannelKind::Email => {
                format!("EMAIL;TYPE=\"{types}\"{pref}:{}", escape(&channel.value))
            }
            ChannelKind::Url => format!("URL;TYPE=\"{types}\":{}", channel.value),
            ChannelKind::Other(name) => format!(
                "IMPP;TYPE=\"{types}\":{}:{}",
                name.to_ascii_lowercase()
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect::<String>(),
                channel.value
            ),
        };
        out.push_str(&fold(&line));
    }
}

/// The team's card (`KIND:org`) with what is visible at `level`.
pub fn team_card(team: &Team, level: Visibility) -> String {
    let view = team.view(level);
    let mut out = String::new();
    out.push_str(&fold("BEGIN:VCARD"));
    out.push_str(&fold("VERSION:4.0"));
    out.push_str(&fold("KIND:org"));
    out.push_str(&fold(&format!("FN:{}", escape(&view.official_name.value))));
    out.push_str(&fold(&format!("ORG:{}", escape(&view.official_name.value))));
    if let Some(short) = &view.short_name {
        out.push_str(&fold(&format!("NICKNAME:{}", escape(&short.value))));
    }
    for (i, lang) in view.languages.iter().enumerate() {
        out.push_str(&fold(&format!("LANG;PREF={}:{}", i + 1, lang.value)));
    }
    if let Some(hours) = &view.hours {
        out.push_str(&fold(&format!(
            "TZ;VALUE=text:{}",
            escape(&hours.value.time_zone)
        )));
    }
    let channels: Vec<&Channel> = view.channels.iter().map(|c| &c.value).collect();
    channel_lines(&channels, &mut out);
    for site in &view.websites {
        out.push_str(&fold(&format!("URL:{}", site.value)));
    }
    for key in &view.keys {
        if let Some(url) = &key.value.url {
            out.push_str(&fold(&format!("KEY;MEDIATYPE=application/pgp-keys:{url}")));
        }
    }
    out.push_str(&fold(&format!(
        "NOTE:{}",
        escape(&format!("CIRT directory entry {}", view.id))
    )));
    out.push_str(&fold("END:VCARD"));
    out
}

/// A person's card (`KIND:individual`), with the team as `ORG`.
pub fn contact_card(team: &Team, contact: &Contact) -> String {
    let mut out = String::new();
    out.push_str(&fold("BEGIN:VCARD"));
    out.push_str(&fold("VERSION:4.0"));
    out.push_str(&fold("KIND:individual"));
    out.push_str(&fold(&format!("FN:{}", escape(&contact.name))));
    if !contact.role.is_empty() {
        out.push_str(&fold(&format!("ROLE:{}", escape(&contact.role))));
    }
    out.push_str(&fold(&format!("ORG:{}", escape(&team.official_name.value))));
    out.push_str(&fold(&format!("CATEGORIES:{}", contact.kind.as_str())));
    let channels: Vec<&Channel> = contact.channels.iter().collect();
    channel_lines(&channels, &mut out);
    out.push_str(&fold("END:VCARD"));
    out
}

/// The cards of every contact person visible at `level` who agreed to be listed.
pub fn contact_cards(team: &Team, level: Visibility) -> String {
    let view = team.view(level);
    view.contacts
        .iter()
        .filter(|c| c.value.consent.given)
        .map(|c| contact_card(&view, &c.value))
        .collect()
}

/// Undoes [`fold`]: joins continuation lines. For tests and for checking cards.
pub fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_special_characters() {
        assert_eq!(escape(r"a\b,c;d"), r"a\\b\,c\;d");
        assert_eq!(escape("one\ntwo\r\nthree\rfour"), r"one\ntwo\nthree\nfour");
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(fold("FN:CERT"), "FN:CERT\r\n");
    }

    fn check_folding(line: &str) {
        let folded = fold(line);
        assert!(folded.ends_with("\r\n"));
        for physical in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    #[test]
    fn folds_ascii_at_75_octets() {
        let line = format!("NOTE:{}", "x".repeat(200));
        check_folding(&line);
        let folded = fold(&line);
        assert_eq!(folded.split("\r\n").next().unwrap().len(), 75);
    }

    #[test]
    fn folds_arabic_without_splitting_characters() {
        // Two octets per letter: a fold at an odd octet would split one.
        let name = "الفريق الوطني للاستجابة لطوارئ الحاسب الآلي في جمهورية مصر العربية";
        check_folding(&format!("FN:{}", escape(name)));
    }

    #[test]
    fn folds_chinese_without_splitting_characters() {
        // Three octets per character.
        let name = "国家计算机网络应急技术处理协调中心，负责全国范围的网络安全事件响应与协调工作";
        let line = format!("FN:{}", escape(name));
        check_folding(&line);
        // A full-width comma is not a vCard separator and is not escaped.
        assert!(!line.contains(r"\，") && line.contains('，'));
    }

    #[test]
    fn cards_have_crlf_and_kind() {
        let team: Team = serde_json::from_value(serde_json::json!({
            "id": "x",
            "official_name": {"value": "CERT; Example, Ltd", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
            "country": {"value": "NLD", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
            "channels": [
                {"value": {"kind": "phone", "value": "+31 70 123 4567", "usages": ["emergency"]},
                 "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}}
            ]
        }))
        .unwrap();
        let card = team_card(&team, Visibility::Public);
        assert!(card.contains("KIND:org\r\n"));
        assert!(card.contains("FN:CERT\\; Example\\, Ltd\r\n"), "{card}");
        assert!(
            card.contains(
                "TEL;VALUE=uri;TYPE=\"work,voice,x-emergency\";PREF=1:tel:+31701234567\r\n"
            ),
            "{card}"
        );
        assert!(card.lines().all(|l| l.len() <= 75));
        assert!(!card.replace("\r\n", "").contains('\n'));
    }
}
