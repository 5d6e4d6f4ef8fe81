//! Hand-built teams shared by the integration tests.
#![allow(dead_code)]

use cyberindex_directory::model::*;
use time::macros::{date, datetime};

pub fn prov() -> Provenance {
    Provenance::new(Source::Manual, datetime!(2026-01-10 09:00 UTC))
}

pub fn public<T>(value: T) -> Field<T> {
    Field::public(value, prov())
}

pub fn hidden<T>(value: T, visibility: Visibility) -> Field<T> {
    Field::new(value, visibility, prov())
}

pub fn channel(kind: ChannelKind, value: &str, usages: &[Usage]) -> Channel {
    Channel {
        kind,
        value: value.into(),
        usages: usages.to_vec(),
        time_zone: None,
    }
}

/// A national team with something in every field, some of it hidden.
pub fn full_team() -> Team {
    Team {
        id: "gh-cert".into(),
        official_name: public("Ghana National Computer Emergency Response Team".into()),
        short_name: Some(public("CERT-GH".into())),
        country: public("GHA".into()),
        host_organisation: Some(public("Cyber Security Authority".into())),
        types: vec![
            public(TeamType::National),
            public(TeamType::Sector("energy".into())),
        ],
        established: Some(public(date!(2014 - 09 - 01))),
        languages: vec![public("en".into()), public("fr".into())],
        hours: Some(public(Hours {
            text: "Monday to Friday 08:00-17:00; emergency phone at all hours".into(),
            time_zone: "Africa/Accra".into(),
        })),
        websites: vec![public("https://cert.example.gh/".into())],
        channels: vec![
            public(channel(
                ChannelKind::Email,
                "incidents@cert.example.gh",
                &[Usage::Contact, Usage::Reports],
            )),
            public(channel(
                ChannelKind::Email,
                "abuse@cert.example.gh",
                &[Usage::Abuse],
            )),
            public(channel(
                ChannelKind::Phone,
                "+233 30 000 0000",
                &[Usage::Contact],
            )),
            public(channel(
                ChannelKind::Phone,
                "+233 24 000 0000",
                &[Usage::Emergency],
            )),
            hidden(
                channel(ChannelKind::Phone, "+233 20 999 9999", &[Usage::Emergency]),
                Visibility::Restricted,
            ),
            public(channel(ChannelKind::Fax, "+233 30 000 0001", &[])),
            public(channel(
                ChannelKind::Url,
                "https://cert.example.gh/report",
                &[Usage::Reports],
            )),
            hidden(
                channel(
                    ChannelKind::Other("matrix".into()),
                    "@cert:matrix.example.gh",
                    &[Usage::Contact],
                ),
                Visibility::Members,
            ),
        ],
        keys: vec![public(Key {
            fingerprint: "0123456789ABCDEF0123456789ABCDEF01234567".into(),
            created: Some(date!(2025 - 01 - 15)),
            expires: Some(date!(2027 - 01 - 15)),
            url: Some("https://cert.example.gh/pgp.asc".into()),
            armored: None,
        })],
        constituency: Constituency {
            asns: vec![
                public(64500),
                public(64501),
                hidden(64502, Visibility::Members),
            ],
            prefixes: vec![
                public("192.0.2.0/24".into()),
                public("2001:db8::/32".into()),
            ],
            domains: vec![public("gov.example.gh".into())],
            countries: vec![public("GHA".into())],
            sectors: vec![public("government".into()), public("energy".into())],
        },
        memberships: vec![
            public(Membership {
                network: Network::AfricaCert,
                status: MembershipStatus::Member,
                since: Some(date!(2016 - 03 - 01)),
            }),
            public(Membership {
                network: Network::TrustedIntroducer,
                status: MembershipStatus::Listed,
                since: None,
            }),
        ],
        contacts: vec![
            public(Contact {
                name: "Ama Mensah".into(),
                role: "Head of operations".into(),
                kind: ContactKind::Technical,
                channels: vec![channel(
                    ChannelKind::Email,
                    "ama@cert.example.gh",
                    &[Usage::Contact],
                )],
                consent: Consent {
                    given: true,
                    at: Some(date!(2025 - 11 - 02)),
                    note: String::new(),
                },
            }),
            hidden(
                Contact {
                    name: "Kofi Boateng".into(),
                    role: "Liaison".into(),
                    kind: ContactKind::Diplomatic,
                    channels: vec![channel(
                        ChannelKind::Phone,
                        "+233 24 111 1111",
                        &[Usage::Emergency],
                    )],
                    consent: Consent {
                        given: true,
                        at: Some(date!(2025 - 11 - 02)),
                        note: "agreed by e-mail".into(),
                    },
                },
                Visibility::Restricted,
            ),
        ],
        rfc2350_updated: Some(public(date!(2025 - 12 - 01))),
    }
}

/// A small team with few fields and non-Latin names.
pub fn small_team() -> Team {
    Team {
        id: "eg-cert".into(),
        official_name: public(
            "الفريق الوطني للاستجابة لطوارئ الحاسب الآلي في جمهورية مصر العربية".into(),
        ),
        short_name: Some(public("EG-CERT".into())),
        country: public("EGY".into()),
        host_organisation: None,
        types: vec![public(TeamType::Government)],
        established: None,
        languages: vec![public("ar".into())],
        hours: None,
        websites: vec![],
        channels: vec![public(channel(
            ChannelKind::Email,
            "incident@cert.example.eg",
            &[Usage::Contact, Usage::Emergency],
        ))],
        keys: vec![],
        constituency: Constituency::default(),
        memberships: vec![],
        contacts: vec![public(Contact {
            name: "王小明".into(),
            role: String::new(),
            kind: ContactKind::Policy,
            channels: vec![],
            consent: Consent {
                given: true,
                at: None,
                note: String::new(),
            },
        })],
        rfc2350_updated: None,
    }
}
