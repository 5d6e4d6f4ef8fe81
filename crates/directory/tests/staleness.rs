//! The staleness score: each reason, monotonicity, and the 0–100 range.

mod common;

use cyberindex_directory::model::{Field, Key, Team};
use cyberindex_directory::security_txt;
use cyberindex_directory::staleness::{Inputs, Policy, SecurityTxtState, Staleness};
use proptest::prelude::*;
use time::macros::{date, datetime};
use time::{Date, Duration, OffsetDateTime};

const NOW: OffsetDateTime = datetime!(2026-06-01 12:00 UTC);

fn fresh_team() -> Team {
    let mut team = common::full_team();
    team.rfc2350_updated = Some(common::public(date!(2026 - 03 - 01)));
    team.keys[0].value.expires = Some(date!(2027 - 06 - 01));
    team
}

fn good_findings() -> Vec<cyberindex_directory::Finding> {
    security_txt::validate(
        &security_txt::parse("Contact: mailto:a@b.example\nExpires: 2026-12-01T00:00:00Z\n"),
        NOW,
    )
}

fn score(team: &Team, sectxt: SecurityTxtState<'_>, check: Option<OffsetDateTime>) -> Staleness {
    let inputs = Inputs {
        security_txt: sectxt,
        last_successful_check: check,
    };
    Staleness::of(team, &inputs, NOW, &Policy::default())
}

fn codes(s: &Staleness) -> Vec<(&'static str, u8)> {
    s.reasons.iter().map(|r| (r.code, r.points)).collect()
}

#[test]
fn a_fresh_team_scores_zero() {
    let findings = good_findings();
    let s = score(
        &fresh_team(),
        SecurityTxtState::Found(&findings),
        Some(NOW - Duration::days(3)),
    );
    assert_eq!(s.score, 0, "{s:#?}");
    assert!(s.reasons.is_empty());
}

#[test]
fn expired_security_txt() {
    let text = "Contact: mailto:a@b.example\nExpires: 2026-01-01T00:00:00Z\n";
    let findings = security_txt::validate(&security_txt::parse(text), NOW);
    let s = score(&fresh_team(), SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("security_txt_expired", 25)]);
    assert_eq!(s.score, 25);
}

#[test]
fn security_txt_without_expires_or_contact_is_capped() {
    let findings =
        security_txt::validate(&security_txt::parse("Policy: https://x.example/\n"), NOW);
    let s = score(&fresh_team(), SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(
        codes(&s),
        [
            ("security_txt_no_expires", 15),
            ("security_txt_no_contact", 10)
        ]
    );
    assert_eq!(s.score, 25);
}

#[test]
fn security_txt_too_far_missing_or_unchecked() {
    let text = "Contact: mailto:a@b.example\nExpires: 2029-01-01T00:00:00Z\n";
    let findings = security_txt::validate(&security_txt::parse(text), NOW);
    let s = score(&fresh_team(), SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("security_txt_expires_too_far", 10)]);
    let s = score(&fresh_team(), SecurityTxtState::Missing, Some(NOW));
    assert_eq!(codes(&s), [("security_txt_missing", 20)]);
    let s = score(&fresh_team(), SecurityTxtState::NotChecked, Some(NOW));
    assert_eq!(codes(&s), [("security_txt_not_checked", 10)]);
}

#[test]
fn old_or_undated_rfc2350() {
    let findings = good_findings();
    let mut team = fresh_team();
    team.rfc2350_updated = None;
    let s = score(&team, SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("rfc2350_no_date", 15)]);
    team.rfc2350_updated = Some(common::public(date!(2025 - 01 - 01)));
    let s = score(&team, SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(s.reasons[0].code, "rfc2350_old");
    assert!((15..=25).contains(&s.reasons[0].points), "{s:#?}");
    assert!(
        s.reasons[0].message.contains("2025-01-01"),
        "{}",
        s.reasons[0].message
    );
    team.rfc2350_updated = Some(common::public(date!(2020 - 01 - 01)));
    let s = score(&team, SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("rfc2350_old", 25)]);
}

#[test]
fn expired_expiring_and_missing_keys() {
    let findings = good_findings();
    let mut team = fresh_team();
    team.keys[0].value.expires = Some(date!(2026 - 05 - 01));
    let s = score(&team, SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("key_expired", 20)]);
    team.keys[0].value.expires = Some(date!(2026 - 06 - 20));
    let s = score(&team, SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("key_expiring", 10)]);
    team.keys.clear();
    let s = score(&team, SecurityTxtState::Found(&findings), Some(NOW));
    assert_eq!(codes(&s), [("no_key", 10)]);
}

#[test]
fn reachability() {
    let findings = good_findings();
    let team = fresh_team();
    let s = score(&team, SecurityTxtState::Found(&findings), None);
    assert_eq!(codes(&s), [("never_reached", 30)]);
    let s = score(
        &team,
        SecurityTxtState::Found(&findings),
        Some(NOW - Duration::days(91)),
    );
    assert_eq!(codes(&s), [("not_reached_recently", 15)]);
    let s = score(
        &team,
        SecurityTxtState::Found(&findings),
        Some(NOW - Duration::days(400)),
    );
    assert_eq!(codes(&s), [("not_reached_recently", 30)]);
}

#[test]
fn everything_stale_is_100() {
    let mut team = common::small_team();
    team.keys.push(common::public(Key {
        fingerprint: "0123456789ABCDEF0123456789ABCDEF01234567".into(),
        created: None,
        expires: Some(date!(2020 - 01 - 01)),
        url: None,
        armored: None,
    }));
    let text = "Contact: mailto:a@b.example\nExpires: 2026-01-01T00:00:00Z\n";
    let findings = security_txt::validate(&security_txt::parse(text), NOW);
    team.rfc2350_updated = Some(common::public(date!(2019 - 01 - 01)));
    let s = score(&team, SecurityTxtState::Found(&findings), None);
    assert_eq!(s.score, 100, "{s:#?}");
    assert_eq!(
        s.reasons.iter().map(|r| u32::from(r.points)).sum::<u32>(),
        100
    );
}

fn arb_date() -> impl Strategy<Value = Date> {
    (0i64..4000).prop_map(|d| date!(2018 - 01 - 01) + Duration::days(d))
}

proptest! {
    #[test]
    fn a_more_recent_check_never_raises_the_score(
        a in 0i64..2000, b in 0i64..2000, updated in proptest::option::of(arb_date()),
        expires in proptest::option::of(arb_date()), missing in any::<bool>(),
    ) {
        let (older, newer) = (a.max(b), a.min(b));
        let mut team = fresh_team();
        team.rfc2350_updated = updated.map(common::public);
        team.keys[0].value.expires = expires;
        let state = if missing { SecurityTxtState::Missing } else { SecurityTxtState::NotChecked };
        let old = score(&team, state, Some(NOW - Duration::days(older)));
        let new = score(&team, state, Some(NOW - Duration::days(newer)));
        let never = score(&team, state, None);
        prop_assert!(new.score <= old.score, "{new:?} > {old:?}");
        prop_assert!(old.score <= never.score, "{old:?} > {never:?}");
    }

    #[test]
    fn the_score_is_within_0_and_100(
        check in proptest::option::of(-100i64..5000), updated in proptest::option::of(arb_date()),
        expiries in proptest::collection::vec(proptest::option::of(arb_date()), 0..5),
        state in 0u8..4, max_age in 0i64..800, warning in 0i64..100, check_age in 0i64..400,
    ) {
        let mut team = common::small_team();
        team.rfc2350_updated = updated.map(common::public);
        team.keys = expiries.into_iter().map(|e| Field::public(Key {
            fingerprint: "0123456789ABCDEF0123456789ABCDEF01234567".into(),
            created: None,
            expires: e,
            url: None,
            armored: None,
        }, common::prov())).collect();
        let findings = security_txt::validate(&security_txt::parse("Expires: 2019-01-01T00:00:00Z\n"), NOW);
        let state = match state {
            0 => SecurityTxtState::NotChecked,
            1 => SecurityTxtState::Missing,
            _ => SecurityTxtState::Found(&findings),
        };
        let inputs = Inputs { security_txt: state, last_successful_check: check.map(|d| NOW - Duration::days(d)) };
        let policy = Policy {
            rfc2350_max_age: Duration::days(max_age),
            key_warning: Duration::days(warning),
            check_max_age: Duration::days(check_age),
        };
        let s = Staleness::of(&team, &inputs, NOW, &policy);
        prop_assert!(s.score <= 100);
        prop_assert_eq!(u32::from(s.score), s.reasons.iter().map(|r| u32::from(r.points)).sum::<u32>());
    }
}

fn openpgp_fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/openpgp")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

/// A fixture key, the time of the check, and the key reasons expected.
type KeyCase = (&'static str, OffsetDateTime, &'static [(&'static str, u8)]);

#[test]
fn keys_read_from_armour_feed_the_key_score() {
    let findings = good_findings();
    // (fixture, now, expected key reasons)
    let cases: [KeyCase; 4] = [
        ("valid.pub.asc", NOW, &[]),
        ("expired.pub.asc", NOW, &[("key_expired", 20)]),
        ("expires_2030.pub.asc", NOW, &[]),
        (
            "expires_2030.pub.asc",
            datetime!(2029-12-20 0:00 UTC),
            &[("key_expiring", 10)],
        ),
    ];
    for (name, now, expected) in cases {
        let mut team = fresh_team();
        team.keys = vec![common::public(
            Key::from_armored(&openpgp_fixture(name), None).unwrap(),
        )];
        assert_eq!(team.validate(), vec![], "{name}");
        let inputs = Inputs {
            security_txt: SecurityTxtState::Found(&findings),
            last_successful_check: Some(NOW),
        };
        let s = Staleness::of(&team, &inputs, now, &Policy::default());
        let keys: Vec<_> = codes(&s)
            .into_iter()
            .filter(|(c, _)| c.starts_with("key_"))
            .collect();
        assert_eq!(keys, expected, "{name} at {now}: {s:#?}");
    }
}
