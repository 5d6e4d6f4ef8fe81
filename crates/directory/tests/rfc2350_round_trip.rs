//! Writing a team as RFC 2350 and reading it back gives the fields RFC 2350 carries.

mod common;

use cyberindex_directory::model::{ChannelKind, Team, Visibility};
use cyberindex_directory::rfc2350::{self, TeamDraft};

fn channels_of(team: &Team) -> Vec<(ChannelKind, String, Vec<cyberindex_directory::Usage>)> {
    let mut v: Vec<_> = team
        .channels
        .iter()
        .map(|c| {
            (
                c.value.kind.clone(),
                c.value.value.clone(),
                c.value.usages.clone(),
            )
        })
        .collect();
    v.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    v
}

fn values<T: Clone>(items: &[cyberindex_directory::Field<T>]) -> Vec<T> {
    items.iter().map(|f| f.value.clone()).collect()
}

fn check(team: &Team, level: Visibility, draft: &TeamDraft) {
    let view = team.view(level);
    assert_eq!(
        draft.official_name.as_deref(),
        Some(view.official_name.value.as_str())
    );
    assert_eq!(
        draft.short_name,
        view.short_name.as_ref().map(|s| s.value.clone())
    );
    assert_eq!(draft.country.as_deref(), Some(view.country.value.as_str()));
    assert_eq!(
        draft.last_updated,
        view.rfc2350_updated.as_ref().map(|d| d.value)
    );
    assert_eq!(
        draft.time_zone,
        view.hours.as_ref().map(|h| h.value.time_zone.clone())
    );
    assert_eq!(
        draft.hours_text,
        view.hours.as_ref().map(|h| h.value.text.clone())
    );
    assert_eq!(
        draft.host_organisation,
        view.host_organisation.as_ref().map(|h| h.value.clone())
    );
    assert_eq!(
        draft.established,
        view.established.as_ref().map(|d| d.value)
    );
    assert_eq!(draft.websites, values(&view.websites));
    assert_eq!(draft.languages, values(&view.languages));
    assert_eq!(draft.keys, values(&view.keys));
    let c = &view.constituency;
    assert_eq!(draft.asns, values(&c.asns));
    assert_eq!(draft.prefixes, values(&c.prefixes));
    assert_eq!(draft.domains, values(&c.domains));
    assert_eq!(draft.countries, values(&c.countries));
    assert_eq!(draft.sectors, values(&c.sectors));
    let contacts: Vec<_> = view
        .contacts
        .iter()
        .map(|c| {
            (
                c.value.name.clone(),
                c.value.role.clone(),
                Some(c.value.kind),
            )
        })
        .collect();
    let read: Vec<_> = draft
        .contacts
        .iter()
        .map(|c| (c.name.clone(), c.role.clone(), c.kind))
        .collect();
    assert_eq!(read, contacts);
    let back = draft.clone().into_team(&view.id, common::prov().at);
    assert_eq!(channels_of(&back), channels_of(&view));
}

#[test]
fn text_round_trips_at_every_level() {
    for team in [common::full_team(), common::small_team()] {
        for level in [
            Visibility::Public,
            Visibility::Members,
            Visibility::Restricted,
        ] {
            let text = rfc2350::render_text(&team, level);
            let (draft, findings) = rfc2350::parse(&text);
            assert!(
                findings
                    .iter()
                    .all(|f| f.code == "missing_section" || f.code == "bad_date"),
                "{text}\n{findings:#?}"
            );
            check(&team, level, &draft);
        }
    }
}

fn openpgp_fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/openpgp")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn signed_text_verifies_and_round_trips() {
    use cyberindex_directory::openpgp;
    use time::macros::datetime;

    let now = datetime!(2026-06-01 12:00 UTC);
    let secret = openpgp_fixture("valid.sec.asc"); // a test key, not secret
    let key = openpgp::read_key(&openpgp_fixture("valid.pub.asc")).unwrap();
    let other = openpgp::read_key(&openpgp_fixture("expires_2030.pub.asc")).unwrap();
    for team in [common::full_team(), common::small_team()] {
        let plain = rfc2350::render_text(&team, Visibility::Public);
        let signed = rfc2350::render_signed_text(
            &team,
            Visibility::Public,
            &secret,
            "test passphrase, not secret",
            now,
        )
        .unwrap();
        assert!(signed.starts_with("-----BEGIN PGP SIGNED MESSAGE-----\n"));

        // It verifies with the public key, and the signed text is the rendered text.
        let v = openpgp::verify_cleartext(&signed, std::slice::from_ref(&key), now);
        assert!(v.is_good(), "{v:?}");
        assert_eq!(v.signed_text.as_deref(), Some(plain.trim_end_matches('\n')));

        // Read back through the armour: the same record as from the unsigned text, with the
        // findings the unsigned text has plus `signature_ok`, at the file's own line numbers.
        let (plain_draft, plain_findings) = rfc2350::parse(&plain);
        let (draft, findings, verification) =
            rfc2350::parse_with_keys(&signed, std::slice::from_ref(&key), now);
        assert!(verification.is_good());
        check(&team, Visibility::Public, &draft);
        assert_eq!(draft.keys, plain_draft.keys);
        assert_eq!(draft.sections.len(), plain_draft.sections.len());
        let codes: Vec<_> = findings.iter().map(|f| f.code).collect();
        let mut expected: Vec<_> = plain_findings.iter().map(|f| f.code).collect();
        expected.push("signature_ok");
        assert_eq!(codes, expected);
        // The header takes three lines (BEGIN, Hash, blank), so each section is three further.
        for (a, b) in draft.sections.iter().zip(&plain_draft.sections) {
            assert_eq!(a.line, b.line + 3, "{}", a.number);
        }

        // An unknown key, an altered text, no signature.
        let (_, findings, _) = rfc2350::parse_with_keys(&signed, std::slice::from_ref(&other), now);
        assert!(
            findings
                .iter()
                .any(|f| f.code == "signature_unknown_key" && f.line == Some(1))
        );
        let altered = signed.replacen("RFC 2350 description of", "RFC 2350 description for", 1);
        let (_, findings, _) = rfc2350::parse_with_keys(&altered, std::slice::from_ref(&key), now);
        assert!(
            findings.iter().any(|f| f.code == "signature_bad"),
            "{findings:#?}"
        );
        let (_, findings, _) = rfc2350::parse_with_keys(&plain, std::slice::from_ref(&key), now);
        assert!(findings.iter().any(|f| f.code == "unsigned"));
    }
}

#[test]
fn markdown_round_trips() {
    for team in [common::full_team(), common::small_team()] {
        let text = rfc2350::render_markdown(&team, Visibility::Members);
        let (draft, findings) = rfc2350::parse(&text);
        assert!(
            findings
                .iter()
                .all(|f| f.severity != cyberindex_directory::Severity::Error),
            "{findings:#?}"
        );
        check(&team, Visibility::Members, &draft);
    }
}

#[test]
fn public_text_leaves_out_hidden_values() {
    let text = rfc2350::render_text(&common::full_team(), Visibility::Public);
    assert!(!text.contains("+233 20 999 9999"), "{text}");
    assert!(!text.contains("Kofi"), "{text}");
    assert!(!text.contains("AS64502"), "{text}");
    assert!(
        text.contains("2.7 E-mail\n   incidents@cert.example.gh (contact, reports)\n"),
        "{text}"
    );
    let numbers: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split(' ').next())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert_eq!(numbers.len(), 25, "{numbers:?}");
}

#[test]
fn markdown_snapshot_of_the_small_team() {
    insta::assert_snapshot!(rfc2350::render_markdown(
        &common::small_team(),
        Visibility::Public
    ));
}

mod generated {
    use super::common::{channel, public};
    use cyberindex_directory::model::*;
    use cyberindex_directory::rfc2350;
    use proptest::prelude::*;
    use time::Date;
    use time::macros::date;

    fn usages() -> impl Strategy<Value = Vec<Usage>> {
        proptest::sample::subsequence(Usage::ALL.to_vec(), 0..=4)
    }

    fn a_date() -> impl Strategy<Value = Date> {
        (0i64..9000).prop_map(|d| date!(2000 - 01 - 01) + time::Duration::days(d))
    }

    prop_compose! {
        fn team()(
            // Whitespace runs are written as one space, so the names have none.
            name in "[A-Z][A-Za-z0-9()-]{0,10}( [A-Za-z0-9()-]{0,10}[a-z]){0,3}",
            short in proptest::option::of("[A-Z][A-Z0-9-]{1,12}"),
            phones in proptest::collection::vec(("\\+[1-9][0-9]{2} [0-9]{3} [0-9]{4}", usages()), 0..3),
            emails in proptest::collection::vec(("[a-z][a-z0-9.]{0,8}[a-z]@[a-z]{2,8}\\.example", usages()), 0..3),
            asns in proptest::collection::vec(1u32..60000, 0..4),
            domains in proptest::collection::vec("[a-z]{2,10}\\.[a-z]{2,6}", 0..3),
            updated in proptest::option::of(a_date()),
            key in proptest::option::of(("[0-9A-F]{40}", proptest::option::of(a_date()))),
            languages in proptest::sample::subsequence(vec!["en", "fr", "ar", "zh", "ru", "es"], 0..=6),
        ) -> Team {
            let mut team: Team = serde_json::from_value(serde_json::json!({
                "id": "generated",
                "official_name": {"value": name, "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
                "country": {"value": "KEN", "provenance": {"source": "manual", "at": "2026-01-01T00:00:00Z"}},
            })).unwrap();
            team.short_name = short.map(public);
            team.channels = phones.iter().map(|(p, u)| public(channel(ChannelKind::Phone, p, u)))
                .chain(emails.iter().map(|(e, u)| public(channel(ChannelKind::Email, e, u))))
                .collect();
            let mut asns = asns;
            asns.sort();
            asns.dedup();
            team.constituency.asns = asns.into_iter().filter(|a| *a != 23456).map(public).collect();
            let mut domains = domains;
            domains.dedup();
            team.constituency.domains = domains.into_iter().map(public).collect();
            team.rfc2350_updated = updated.map(public);
            team.keys = key.into_iter().map(|(fp, expires)| public(Key {
                fingerprint: fp, created: None, expires, url: None, armored: None,
            })).collect();
            team.languages = languages.into_iter().map(|l| public(l.to_string())).collect();
            team
        }
    }

    proptest! {
        #[test]
        fn generated_teams_round_trip(team in team()) {
            let text = rfc2350::render_text(&team, Visibility::Public);
            let (draft, _) = rfc2350::parse(&text);
            prop_assert_eq!(draft.official_name.as_deref(), Some(team.official_name.value.as_str()), "{}", text);
            prop_assert_eq!(draft.short_name.clone(), team.short_name.as_ref().map(|s| s.value.clone()));
            prop_assert_eq!(draft.last_updated, team.rfc2350_updated.as_ref().map(|d| d.value));
            let channels: Vec<_> = team.channels.iter().map(|c| c.value.clone()).collect();
            let mut read = draft.channels.clone();
            let mut want = channels;
            read.sort_by(|a, b| a.value.cmp(&b.value));
            want.sort_by(|a, b| a.value.cmp(&b.value));
            prop_assert_eq!(read, want, "{}", text);
            let asns: Vec<u32> = team.constituency.asns.iter().map(|a| a.value).collect();
            prop_assert_eq!(&draft.asns, &asns);
            let domains: Vec<String> = team.constituency.domains.iter().map(|d| d.value.clone()).collect();
            prop_assert_eq!(&draft.domains, &domains);
            let keys: Vec<Key> = team.keys.iter().map(|k| k.value.clone()).collect();
            prop_assert_eq!(&draft.keys, &keys);
            let languages: Vec<String> = team.languages.iter().map(|l| l.value.clone()).collect();
            prop_assert_eq!(&draft.languages, &languages);
        }
    }
}
