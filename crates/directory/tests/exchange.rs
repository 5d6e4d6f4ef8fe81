//! FIRST and Trusted Introducer exchange shapes: fixtures import into the expected teams and
//! findings, hand-built teams survive a round trip in every field the shape carries, public
//! exports never carry a hidden value, and the readers never panic on arbitrary JSON.

mod common;

use common::*;
use cyberindex_directory::exchange::{
    FIRST_FIELDS, TI_FIELDS, from_first, from_first_list, from_ti, from_ti_list, slug, to_first,
    to_ti,
};
use cyberindex_directory::model::*;
use cyberindex_directory::{Finding, Severity};
use proptest::prelude::*;
use serde_json::Value;
use time::OffsetDateTime;
use time::macros::{date, datetime};

const AT: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

const COUNTRIES: [(&str, &str); 9] = [
    ("GH", "GHA"),
    ("EG", "EGY"),
    ("NL", "NLD"),
    ("DE", "DEU"),
    ("US", "USA"),
    ("JP", "JPN"),
    ("KE", "KEN"),
    ("FR", "FRA"),
    ("BE", "BEL"),
];

fn alpha3(code: &str) -> Option<String> {
    COUNTRIES
        .iter()
        .find(|(a2, _)| *a2 == code)
        .map(|(_, a3)| a3.to_string())
}

fn alpha2(code: &str) -> Option<String> {
    COUNTRIES
        .iter()
        .find(|(_, a3)| *a3 == code)
        .map(|(a2, _)| a2.to_string())
}

fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/exchange/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `(code, place)` of each finding; the place is the message up to the first `: `.
fn codes(findings: &[Finding]) -> Vec<(&'static str, String)> {
    findings
        .iter()
        .map(|f| {
            assert_eq!(f.line, None, "{f}");
            let place = f.message.split_once(": ").map_or("", |(p, _)| p);
            (f.code, place.to_string())
        })
        .collect()
}

/// The team as JSON without provenance: the values (and visibilities) only.
fn values(team: &Team) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("provenance");
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(team).unwrap();
    strip(&mut v);
    v
}

fn ch(kind: ChannelKind, value: &str, usages: &[Usage]) -> Field<Channel> {
    public(channel(kind, value, usages))
}

fn all_from(team: &Team, source: Source) -> bool {
    let json = serde_json::to_value(team).unwrap();
    let text = json.to_string();
    let want = serde_json::to_value(source).unwrap();
    !text.contains("\"manual\"")
        && text.contains(want.as_str().unwrap())
        && team.official_name.provenance == Provenance::new(source, AT)
}

#[test]
fn slug_makes_ids() {
    assert_eq!(slug("EXAMPLE-CERT"), "example-cert");
    assert_eq!(slug(" UNI-CERT  Example "), "uni-cert-example");
    assert_eq!(slug("ExTel PSIRT"), "extel-psirt");
    assert_eq!(slug(&"x".repeat(100)).len(), 60);
}

#[test]
fn ti_fixture_imports() {
    let (teams, findings) = from_ti_list(&fixture("ti_teams.json"), AT, &alpha3);
    assert_eq!(teams.len(), 4);
    assert_eq!(
        codes(&findings),
        [
            ("no_home", "[0].postal_address".into()),
            ("key_expired", "[0].pgp_keys[0].expires".into()),
            ("no_home", "[0].misp".into()),
            ("no_home", "[1].postal_address".into()),
            ("key_expired", "[1].pgp_keys[0].expires".into()),
            ("key_expired", "[1].pgp_keys[1].expires".into()),
            ("unknown_country", "[2].country.code".into()),
            ("unknown_country", "[2].constituency.countries[0]".into()),
            ("key_expired", "[2].pgp_keys[0].expires".into()),
            ("key_expired", "[3].pgp_keys[0].expires".into()),
            ("bad_phone", "[3].phones[1].number".into()),
        ]
    );
    assert!(findings.iter().all(|f| f.severity <= Severity::Warning));

    let t = &teams[0];
    assert!(all_from(t, Source::ImportTi));
    assert_eq!(t.id, "example-ncsirt");
    assert_eq!(t.country.value, "NLD");
    assert_eq!(t.established.as_ref().unwrap().value, date!(2002 - 06 - 01));
    assert_eq!(
        t.memberships[0].value,
        Membership {
            network: Network::TrustedIntroducer,
            status: MembershipStatus::Certified,
            since: Some(date!(2019 - 05 - 01)),
        }
    );
    let types: Vec<&TeamType> = t.types.iter().map(|f| &f.value).collect();
    assert_eq!(types, [&TeamType::National, &TeamType::Government]);
    let asns: Vec<u32> = t.constituency.asns.iter().map(|f| f.value).collect();
    assert_eq!(asns, [64512, 64513]);
    assert_eq!(t.constituency.prefixes[1].value, "2001:db8::/32");
    assert_eq!(t.constituency.countries[0].value, "NLD");
    assert_eq!(
        t.hours.as_ref().unwrap().value.time_zone,
        "Europe/Amsterdam"
    );
    assert_eq!(
        t.keys[0].value.fingerprint,
        "111122223333444455556666777788889999AAAA"
    );
    assert_eq!(t.keys[0].value.expires, Some(date!(2022 - 03 - 31)));
    let channels: Vec<&Channel> = t.channels.iter().map(|f| &f.value).collect();
    assert_eq!(
        channels,
        [
            &Channel {
                time_zone: Some("Europe/Amsterdam".into()),
                ..channel(ChannelKind::Phone, "+1 555 0100", &[Usage::Contact])
            },
            &channel(ChannelKind::Phone, "+1 555 0101", &[Usage::Emergency]),
            &channel(ChannelKind::Fax, "+1 555 0102", &[]),
            &channel(
                ChannelKind::Email,
                "cert@example.org",
                &[Usage::Contact, Usage::Emergency]
            ),
            &channel(ChannelKind::Email, "abuse@example.org", &[Usage::Abuse]),
        ]
    );
    assert!(t.validate().is_empty(), "{:?}", t.validate());

    let t = &teams[1];
    assert_eq!(t.id, "uni-cert-example");
    assert_eq!(t.country.value, "DEU");
    assert_eq!(t.established.as_ref().unwrap().value, date!(1998 - 01 - 01));
    assert_eq!(t.types[0].value, TeamType::Academic);
    assert_eq!(t.memberships[0].value.status, MembershipStatus::Accredited);
    assert_eq!(t.keys.len(), 2);
    assert_eq!(t.constituency.asns[0].value, 64600);
    assert_eq!(
        t.channels[0].value.usages,
        [Usage::Contact, Usage::Emergency]
    );

    let t = &teams[2];
    assert_eq!(t.id, "island-cert");
    assert_eq!(t.country.value, "", "an unknown country is left empty");
    assert!(t.constituency.countries.is_empty());
    assert_eq!(t.memberships[0].value.status, MembershipStatus::Listed);
    assert_eq!(t.constituency.prefixes[0].value, "203.0.113.0/24");
    assert!(t.hours.is_none());

    let t = &teams[3];
    assert_eq!(t.id, "extel-psirt");
    assert_eq!(t.types[0].value, TeamType::Psirt);
    let phones: Vec<&str> = t
        .channels
        .iter()
        .filter(|c| c.value.kind == ChannelKind::Phone)
        .map(|c| c.value.value.as_str())
        .collect();
    assert_eq!(phones, ["+1 555 0130"], "the bad number is left out");
    assert_eq!(t.channels[1].value.usages, [Usage::Contact, Usage::Reports]);
}

#[test]
fn first_fixture_imports() {
    let (teams, findings) = from_first_list(&fixture("first_teams.json"), AT, &alpha3);
    assert_eq!(teams.len(), 3);
    assert_eq!(
        codes(&findings),
        [
            ("no_home", "data[0].address".into()),
            ("no_home", "data[0].timezone-dst".into()),
            ("no_home", "data[0].constituency-description".into()),
            ("unknown_key", "data[1].region".into()),
            ("bad_phone", "data[1].phone[1]".into()),
            ("unknown_country", "data[2].country".into()),
            ("bad_time_zone", "data[2].timezone".into()),
            ("no_time_zone", "data[2].timezone".into()),
        ]
    );

    let t = &teams[0];
    assert!(all_from(t, Source::ImportFirst));
    assert_eq!(t.id, "example-cert");
    assert_eq!(t.short_name.as_ref().unwrap().value, "EXAMPLE-CERT");
    assert_eq!(
        t.official_name.value,
        "Example Computer Emergency Response Team"
    );
    assert_eq!(t.country.value, "USA");
    assert_eq!(t.established.as_ref().unwrap().value, date!(2005 - 01 - 01));
    assert_eq!(t.websites[0].value, "https://cert.example.org/");
    let channels: Vec<&Channel> = t.channels.iter().map(|f| &f.value).collect();
    assert_eq!(
        channels,
        [
            &channel(ChannelKind::Email, "cert@example.org", &[Usage::Contact]),
            &channel(ChannelKind::Phone, "+1 555 0140", &[Usage::Contact]),
            &channel(ChannelKind::Phone, "+1 555 0141", &[Usage::Emergency]),
            &channel(ChannelKind::Fax, "+1 555 0142", &[]),
            &channel(
                ChannelKind::Other("matrix".into()),
                "@cert:matrix.example.org",
                &[]
            ),
        ]
    );
    assert_eq!(
        t.hours.as_ref().unwrap().value.time_zone,
        "America/New_York"
    );
    let types: Vec<&TeamType> = t.types.iter().map(|f| &f.value).collect();
    assert_eq!(types, [&TeamType::National, &TeamType::Government]);
    assert_eq!(
        t.memberships[0].value,
        Membership {
            network: Network::First,
            status: MembershipStatus::Member,
            since: Some(date!(2010 - 03 - 15)),
        }
    );
    assert!(t.validate().is_empty(), "{:?}", t.validate());

    let t = &teams[1];
    assert_eq!(t.id, "jp-example-csirt", "from the short name");
    assert_eq!(t.country.value, "JPN", "lower-case codes are read");
    assert_eq!(t.channels.len(), 2, "the bad phone is left out");
    assert_eq!(t.types[0].value, TeamType::Commercial);

    let t = &teams[2];
    assert_eq!(t.id, "zz-cert");
    assert_eq!(t.country.value, "");
    let hours = &t.hours.as_ref().unwrap().value;
    assert_eq!(
        (hours.text.as_str(), hours.time_zone.as_str()),
        ("around the clock", "UTC")
    );
    assert_eq!(t.memberships[0].value.since, None);
}

#[test]
fn a_single_team_and_bad_lists() {
    let one = &fixture("first_teams.json")["data"][0];
    let (team, findings) = from_first(one, AT, &alpha3);
    assert_eq!(team.id, "example-cert");
    assert_eq!(codes(&findings)[0], ("no_home", "address".to_string()));

    let (teams, findings) = from_ti_list(&serde_json::json!([{"short_name": "A"}, 7]), AT, &alpha3);
    assert_eq!(teams.len(), 1);
    assert_eq!(
        codes(&findings),
        [
            ("no_country", "[0].country".into()),
            ("not_an_object", "[1]".into())
        ]
    );
    let odd = serde_json::json!({
        "official_name": "A",
        "country": {"code": "nl"},
        "classification": {"code": "x"},
        "constituency": {"asns": ["AS23456", "many"], "ipranges": ["192.0.2.1/24"]},
        "pgp_keys": [{"fingerprint": "abc"}],
    });
    let (team, findings) = from_ti(&odd, AT, &alpha3);
    assert_eq!(team.country.value, "NLD");
    assert!(team.memberships.is_empty() && team.keys.is_empty());
    assert!(team.constituency.asns.is_empty() && team.constituency.prefixes.is_empty());
    assert_eq!(
        codes(&findings),
        [
            ("unknown_status", "classification.code".into()),
            ("bad_asn", "constituency.asns[0]".into()),
            ("bad_asn", "constituency.asns[1]".into()),
            ("bad_prefix", "constituency.ipranges[0]".into()),
            ("bad_fingerprint", "pgp_keys[0].fingerprint".into()),
        ]
    );
    let no_country = to_first(&small_team(), Visibility::Public, &|_: &str| None);
    assert!(no_country.get("country").is_none());

    let (teams, findings) = from_first_list(&serde_json::json!("x"), AT, &alpha3);
    assert!(teams.is_empty());
    assert_eq!(findings[0].code, "not_a_list");
}

#[test]
fn first_round_trip() {
    let full = full_team();
    let first = to_first(&full, Visibility::Public, &alpha2);
    let (back, findings) = from_first(&first, AT, &alpha3);
    assert_eq!(findings, vec![]);
    let mut want = full.view(Visibility::Public);
    want.languages.clear();
    want.keys.clear();
    want.contacts.clear();
    want.rfc2350_updated = None;
    want.constituency = Constituency::default();
    want.memberships = vec![public(Membership {
        network: Network::First,
        status: MembershipStatus::Member,
        since: None,
    })];
    want.channels = vec![
        ch(
            ChannelKind::Email,
            "incidents@cert.example.gh",
            &[Usage::Contact],
        ),
        ch(ChannelKind::Phone, "+233 30 000 0000", &[Usage::Contact]),
        ch(ChannelKind::Phone, "+233 24 000 0000", &[Usage::Emergency]),
        ch(ChannelKind::Email, "abuse@cert.example.gh", &[]),
        ch(ChannelKind::Fax, "+233 30 000 0001", &[]),
        ch(ChannelKind::Url, "https://cert.example.gh/report", &[]),
    ];
    assert_eq!(values(&back), values(&want));

    let mut small = small_team();
    small.memberships.push(public(Membership {
        network: Network::First,
        status: MembershipStatus::Member,
        since: Some(date!(2012 - 04 - 01)),
    }));
    let (back, findings) = from_first(&to_first(&small, Visibility::Public, &alpha2), AT, &alpha3);
    assert_eq!(findings, vec![]);
    let mut want = small.clone();
    want.languages.clear();
    want.contacts.clear();
    want.channels = vec![ch(
        ChannelKind::Email,
        "incident@cert.example.eg",
        &[Usage::Contact],
    )];
    assert_eq!(values(&back), values(&want));
}

#[test]
fn ti_round_trip() {
    let full = full_team();
    let ti = to_ti(&full, Visibility::Public, &alpha2);
    let (back, findings) = from_ti(&ti, AT, &alpha3);
    // The test key expires in 2027, after the import.
    assert_eq!(findings, vec![]);
    let mut want = full.view(Visibility::Public);
    want.id = "cert-gh".into();
    want.languages.clear();
    want.websites.clear();
    want.contacts.clear();
    want.rfc2350_updated = None;
    want.constituency.sectors.clear();
    want.memberships
        .retain(|m| m.value.network == Network::TrustedIntroducer);
    for key in &mut want.keys {
        key.value.created = None;
        key.value.url = None;
    }
    want.channels = vec![
        ch(ChannelKind::Phone, "+233 30 000 0000", &[Usage::Contact]),
        ch(ChannelKind::Phone, "+233 24 000 0000", &[Usage::Emergency]),
        ch(ChannelKind::Fax, "+233 30 000 0001", &[]),
        ch(
            ChannelKind::Email,
            "incidents@cert.example.gh",
            &[Usage::Contact, Usage::Reports],
        ),
        ch(ChannelKind::Email, "abuse@cert.example.gh", &[Usage::Abuse]),
    ];
    assert_eq!(values(&back), values(&want));

    let small = small_team();
    let (back, findings) = from_ti(&to_ti(&small, Visibility::Public, &alpha2), AT, &alpha3);
    assert_eq!(findings, vec![]);
    let mut want = small.clone();
    want.languages.clear();
    want.contacts.clear();
    assert_eq!(values(&back), values(&want));
}

/// A team whose every hidden value carries a marker.
fn secret_team() -> Team {
    let mut t = full_team();
    let m = Visibility::Members;
    let r = Visibility::Restricted;
    t.short_name = Some(hidden("SECRET-SHORT".into(), m));
    t.host_organisation = Some(hidden("SECRET-HOST".into(), r));
    t.established = Some(hidden(date!(1999 - 09 - 09), m));
    t.types
        .push(hidden(TeamType::Sector("SECRET-SECTOR".into()), r));
    t.hours = Some(hidden(
        Hours {
            text: "SECRET-HOURS".into(),
            time_zone: "Africa/Accra".into(),
        },
        m,
    ));
    t.websites
        .push(hidden("https://secret-site.example.org/".into(), r));
    for (kind, value, usages) in [
        (
            ChannelKind::Email,
            "secret-mail@example.org",
            &[Usage::Contact][..],
        ),
        (
            ChannelKind::Email,
            "secret-abuse@example.org",
            &[Usage::Abuse][..],
        ),
        (ChannelKind::Phone, "+1 555 0199", &[Usage::Contact][..]),
        (ChannelKind::Phone, "+1 555 0198", &[Usage::Emergency][..]),
        (ChannelKind::Fax, "+1 555 0197", &[][..]),
        (ChannelKind::Url, "https://secret-url.example.org/", &[][..]),
        (
            ChannelKind::Other("SECRET-KIND".into()),
            "SECRET-OTHER",
            &[][..],
        ),
    ] {
        t.channels.push(hidden(channel(kind, value, usages), r));
    }
    t.keys.push(hidden(
        Key {
            fingerprint: "DEADBEEFDEADBEEFDEADBEEFDEADBEEFDEADBEEF".into(),
            created: None,
            expires: Some(date!(1999 - 08 - 08)),
            url: None,
            armored: None,
        },
        m,
    ));
    t.constituency.asns.push(hidden(65432, r));
    t.constituency
        .prefixes
        .push(hidden("198.51.100.0/24".into(), m));
    t.constituency
        .domains
        .push(hidden("secret-domain.example.org".into(), r));
    t.constituency.countries.push(hidden("JPN".into(), m));
    t.memberships.push(hidden(
        Membership {
            network: Network::First,
            status: MembershipStatus::Member,
            since: Some(date!(1999 - 07 - 07)),
        },
        r,
    ));
    t.memberships
        .retain(|ms| ms.value.network != Network::TrustedIntroducer);
    t.memberships.push(hidden(
        Membership {
            network: Network::TrustedIntroducer,
            status: MembershipStatus::Certified,
            since: Some(date!(1999 - 06 - 06)),
        },
        m,
    ));
    t
}

const MARKERS: [&str; 19] = [
    "SECRET-SHORT",
    "SECRET-HOST",
    "1999-09-09",
    "SECRET-SECTOR",
    "SECRET-HOURS",
    "secret-site",
    "secret-mail",
    "secret-abuse",
    "555 0199",
    "555 0198",
    "555 0197",
    "secret-url",
    "SECRET-KIND",
    "SECRET-OTHER",
    "DEADBEEF",
    "65432",
    "198.51.100.0/24",
    "secret-domain",
    "1999-0",
];

#[test]
fn public_exports_never_carry_hidden_values() {
    let team = secret_team();
    for (shape, public_out, restricted_out) in [
        (
            "FIRST",
            to_first(&team, Visibility::Public, &alpha2),
            to_first(&team, Visibility::Restricted, &alpha2),
        ),
        (
            "TI",
            to_ti(&team, Visibility::Public, &alpha2),
            to_ti(&team, Visibility::Restricted, &alpha2),
        ),
    ] {
        let text = public_out.to_string();
        for marker in MARKERS {
            assert!(!text.contains(marker), "{shape} leaks {marker}: {text}");
        }
        assert!(!text.contains("\"JP\""), "{shape} leaks a country: {text}");
        assert!(!text.contains("\"c\""), "{shape} leaks a status: {text}");
        // The markers are there for a reader allowed to see them, so the check above means something.
        let text = restricted_out.to_string();
        for marker in ["SECRET-SHORT", "SECRET-HOST", "1999-09-09", "SECRET-HOURS"] {
            assert!(text.contains(marker), "{shape} lacks {marker}: {text}");
        }
    }
    let first = to_first(&team, Visibility::Restricted, &alpha2).to_string();
    for marker in ["secret-site", "SECRET-OTHER", "555 0198", "1999-07-07"] {
        assert!(first.contains(marker), "FIRST lacks {marker}: {first}");
    }
    let ti = to_ti(&team, Visibility::Restricted, &alpha2).to_string();
    for marker in ["DEADBEEF", "65432", "secret-domain", "\"JP\"", "1999-06-06"] {
        assert!(ti.contains(marker), "TI lacks {marker}: {ti}");
    }
}

fn key_strategy() -> impl Strategy<Value = String> {
    let mut names: Vec<String> = FIRST_FIELDS
        .iter()
        .chain(TI_FIELDS.iter())
        .map(|s| s.to_string())
        .collect();
    for s in [
        "code",
        "name",
        "since",
        "types",
        "asns",
        "domains",
        "ipranges",
        "countries",
        "fingerprint",
        "expires",
        "usage",
        "number",
        "timezone",
        "address",
        "data",
    ] {
        names.push(s.to_string());
    }
    prop_oneof![
        4 => proptest::sample::select(names),
        1 => "\\PC{0,6}",
    ]
}

fn json_strategy() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,12}".prop_map(Value::from),
        proptest::sample::select(vec![
            "+1 555 0100",
            "NL",
            "xx",
            "2024-02-30",
            "1998",
            "c",
            "voice",
            "fax",
            "AS64512",
            "192.0.2.0/24",
            "a@b.example",
            "Europe/Paris",
            "fax: +1",
            ": :",
            "\u{feff}",
            "0123456789ABCDEF0123456789ABCDEF01234567",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key_strategy(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn readers_never_panic(value in json_strategy()) {
        for (team, findings) in [from_first(&value, AT, &alpha3), from_ti(&value, AT, &alpha3)] {
            prop_assert!(!team.id.is_empty());
            prop_assert!(team.id.len() <= 60);
            for f in &findings {
                prop_assert!(!f.message.is_empty());
                prop_assert_eq!(f.line, None);
            }
            // What was read can be written again.
            let _ = to_first(&team, Visibility::Restricted, &alpha2);
            let _ = to_ti(&team, Visibility::Restricted, &alpha2);
        }
        let wrapped = serde_json::json!({ "data": [value.clone()] });
        for v in [&value, &wrapped] {
            let _ = from_first_list(v, AT, &alpha3);
            let _ = from_ti_list(v, AT, &alpha3);
        }
    }
}
