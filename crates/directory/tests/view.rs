//! `Team::view` leaves out every value above the reader's level, checked on the serialised view
//! for arbitrary teams: each field holds distinct marker texts, and the markers of every hidden
//! field must be absent while those of every visible field must be present.

use cyberindex_directory::model::*;
use proptest::prelude::*;
use time::macros::{date, datetime};
use time::{Date, Duration};

struct Builder {
    visibilities: Vec<Visibility>,
    next_visibility: usize,
    counter: u32,
    /// Every marker with the visibility of the field that holds it.
    markers: Vec<(String, Visibility)>,
    /// The markers of the field being built.
    current: Vec<String>,
}

impl Builder {
    fn text(&mut self) -> String {
        self.counter += 1;
        let m = format!("Q{:04}Z", self.counter);
        self.current.push(m.clone());
        m
    }

    fn date(&mut self) -> Date {
        self.counter += 1;
        let d = date!(1900 - 01 - 01) + Duration::days(i64::from(self.counter));
        self.current.push(d.to_string());
        d
    }

    fn asn(&mut self) -> u32 {
        self.counter += 1;
        let a = 4_100_000_000 + self.counter;
        self.current.push(a.to_string());
        a
    }

    fn field<T>(&mut self, make: impl FnOnce(&mut Self) -> T) -> Field<T> {
        self.current.clear();
        let value = make(self);
        let visibility = self.visibilities[self.next_visibility % self.visibilities.len()];
        self.next_visibility += 1;
        for m in self.current.drain(..) {
            self.markers.push((m, visibility));
        }
        Field::new(
            value,
            visibility,
            Provenance::new(Source::ImportTi, datetime!(2026-02-02 10:00 UTC)),
        )
    }

    fn channel(&mut self, kind: u8) -> Channel {
        Channel {
            kind: match kind % 3 {
                0 => ChannelKind::Email,
                1 => ChannelKind::Phone,
                _ => ChannelKind::Other(self.text()),
            },
            value: self.text(),
            usages: vec![Usage::Emergency],
            time_zone: Some(self.text()),
        }
    }
}

fn build(visibilities: Vec<Visibility>, sizes: Vec<usize>) -> (Team, Vec<(String, Visibility)>) {
    let mut b = Builder {
        visibilities,
        next_visibility: 0,
        counter: 0,
        markers: Vec::new(),
        current: Vec::new(),
    };
    let n = |i: usize| sizes[i];
    let team = Team {
        id: "team".into(),
        official_name: b.field(Builder::text),
        short_name: Some(b.field(Builder::text)),
        country: b.field(Builder::text),
        host_organisation: Some(b.field(Builder::text)),
        types: (0..n(0))
            .map(|_| b.field(|b| TeamType::Sector(b.text())))
            .collect(),
        established: Some(b.field(Builder::date)),
        languages: (0..n(1)).map(|_| b.field(Builder::text)).collect(),
        hours: Some(b.field(|b| Hours {
            text: b.text(),
            time_zone: b.text(),
        })),
        websites: (0..n(2)).map(|_| b.field(Builder::text)).collect(),
        channels: (0..n(3)).map(|i| b.field(|b| b.channel(i as u8))).collect(),
        keys: (0..n(4))
            .map(|_| {
                b.field(|b| Key {
                    fingerprint: b.text(),
                    created: Some(b.date()),
                    expires: Some(b.date()),
                    url: Some(b.text()),
                    armored: Some(b.text()),
                })
            })
            .collect(),
        constituency: Constituency {
            asns: (0..n(5)).map(|_| b.field(Builder::asn)).collect(),
            prefixes: (0..n(6)).map(|_| b.field(Builder::text)).collect(),
            domains: (0..n(7)).map(|_| b.field(Builder::text)).collect(),
            countries: (0..n(8)).map(|_| b.field(Builder::text)).collect(),
            sectors: (0..n(9)).map(|_| b.field(Builder::text)).collect(),
        },
        memberships: (0..n(10))
            .map(|_| {
                b.field(|b| Membership {
                    network: Network::Other(b.text()),
                    status: MembershipStatus::Other(b.text()),
                    since: Some(b.date()),
                })
            })
            .collect(),
        contacts: (0..n(11))
            .map(|i| {
                b.field(|b| Contact {
                    name: b.text(),
                    role: b.text(),
                    kind: ContactKind::Technical,
                    channels: vec![b.channel(i as u8)],
                    consent: Consent {
                        given: true,
                        at: Some(b.date()),
                        note: b.text(),
                    },
                })
            })
            .collect(),
        rfc2350_updated: Some(b.field(Builder::date)),
    };
    (team, b.markers)
}

fn visibility() -> impl Strategy<Value = Visibility> {
    prop_oneof![
        Just(Visibility::Public),
        Just(Visibility::Members),
        Just(Visibility::Restricted)
    ]
}

proptest! {
    #[test]
    fn a_view_holds_no_value_above_its_level(
        visibilities in proptest::collection::vec(visibility(), 1..60),
        sizes in proptest::collection::vec(0usize..4, 12),
    ) {
        let (team, markers) = build(visibilities, sizes);
        for level in [Visibility::Public, Visibility::Members, Visibility::Restricted] {
            let json = serde_json::to_string(&team.view(level)).unwrap();
            for (marker, visibility) in &markers {
                if *visibility > level {
                    prop_assert!(
                        !json.contains(marker.as_str()),
                        "{marker} is {visibility:?} but appears in the {level:?} view: {json}"
                    );
                } else {
                    prop_assert!(
                        json.contains(marker.as_str()),
                        "{marker} is {visibility:?} but is missing from the {level:?} view: {json}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_restricted_view_is_the_whole_team() {
    let (team, _) = build(
        vec![Visibility::Restricted, Visibility::Members],
        vec![2; 12],
    );
    assert_eq!(team.view(Visibility::Restricted), team);
}
