//! A demonstration CIRT directory: one or two teams per country, clearly fake. Names say
//! "demonstration, not real"; addresses are under `example.org`, IP prefixes are the
//! documentation ranges (RFC 5737, RFC 3849), AS numbers are private-use (RFC 6996), and phone
//! numbers use the fictional 555-01xx range. Teams come in every state the directory can show:
//! fresh, with a stale RFC 2350, with an expired key, and never described (no RFC 2350 date
//! and no key); every field visibility (public, members, restricted) appears.

use cyberindex_directory::model::*;
use time::{Date, Duration, OffsetDateTime};

use crate::SplitMix64;

/// The state a demonstration team is in, by its position in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoState {
    Fresh,
    StaleDescription,
    ExpiredKey,
    NeverDescribed,
}

impl DemoState {
    pub const ALL: [DemoState; 4] = [
        DemoState::Fresh,
        DemoState::StaleDescription,
        DemoState::ExpiredKey,
        DemoState::NeverDescribed,
    ];
}

fn field<T>(value: T, visibility: Visibility, at: OffsetDateTime) -> Field<T> {
    Field::new(value, visibility, Provenance::new(Source::Manual, at))
}

/// A channel; `utc` gives it the time zone UTC (the telephones).
fn channel(kind: ChannelKind, value: String, usages: Vec<Usage>, utc: bool) -> Channel {
    Channel {
        kind,
        value,
        usages,
        time_zone: utc.then(|| "UTC".to_string()),
    }
}

/// The demonstration teams for `countries` (alpha-3 code and English name), as of `now`:
/// a national team for every country and, for every third, a second team (government or
/// sector). The `n`-th team is in state `DemoState::ALL[n % 4]`.
pub fn teams(countries: &[(&str, &str)], now: OffsetDateTime, seed: u64) -> Vec<(Team, DemoState)> {
    let mut rng = SplitMix64::new(seed);
    let today = now.date();
    let mut out = Vec::new();
    for (i, (code, name)) in countries.iter().enumerate() {
        let second = i.is_multiple_of(3);
        for k in 0..(1 + usize::from(second)) {
            let n = out.len();
            let state = DemoState::ALL[n % 4];
            out.push((team(code, name, k, n, state, now, today, &mut rng), state));
        }
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn team(
    code: &str,
    name: &str,
    k: usize,
    n: usize,
    state: DemoState,
    now: OffsetDateTime,
    today: Date,
    rng: &mut SplitMix64,
) -> Team {
    use Visibility::{Members, Public, Restricted};
    let lc = code.to_ascii_lowercase();
    let (id, official, short, kind) = if k == 0 {
        (
            format!("{lc}-cirt-demo"),
            format!("National CIRT of {name} (demonstration, not real)"),
            format!("{code}-CIRT demo"),
            TeamType::National,
        )
    } else if n.is_multiple_of(2) {
        (
            format!("{lc}-gov-cirt-demo"),
            format!("Government CIRT of {name} (demonstration, not real)"),
            format!("{code}-GOV demo"),
            TeamType::Government,
        )
    } else {
        (
            format!("{lc}-energy-cirt-demo"),
            format!("Energy sector CIRT of {name} (demonstration, not real)"),
            format!("{code}-ENERGY demo"),
            TeamType::Sector("energy".into()),
        )
    };
    let host = format!("{id}.example.org");
    // When each field was entered: within the last two years.
    let entered = now - Duration::days(30 + (rng.next_u64() % 700) as i64);
    macro_rules! f {
        ($value:expr, $visibility:expr $(,)?) => {
            field($value, $visibility, entered)
        };
    }
    let phone = |last: u64| format!("+1 555 01{:02}", last % 100);
    let fingerprint: String = (0..40)
        .map(|_| char::from(b"0123456789ABCDEF"[(rng.next_u64() % 16) as usize]))
        .collect();
    let key_expires = match state {
        DemoState::ExpiredKey => Some(today - Duration::days(60)),
        _ => Some(today + Duration::days(200 + (n % 300) as i64)),
    };
    let rfc2350_updated = match state {
        DemoState::Fresh | DemoState::ExpiredKey => Some(today - Duration::days(40)),
        DemoState::StaleDescription => Some(today - Duration::days(3 * 365)),
        DemoState::NeverDescribed => None,
    };
    let block = (n % 250) as u8 + 1;
    Team {
        id: id.clone(),
        official_name: f!(official, Public),
        short_name: Some(f!(short, Public)),
        country: f!(code.to_string(), Public),
        host_organisation: Some(f!(
            format!("Ministry of Examples of {name} (demonstration)"),
            Public,
        )),
        types: vec![f!(kind, Public)],
        established: Some(f!(
            Date::from_calendar_date(2005 + (n % 18) as i32, time::Month::March, 1)
                .unwrap_or(today),
            Public,
        )),
        languages: vec![f!("en".into(), Public)],
        hours: Some(f!(
            Hours {
                text: "Monday to Friday 08:00–17:00; emergency line at all hours".into(),
                time_zone: "UTC".into(),
            },
            Public,
        )),
        websites: vec![f!(format!("https://{host}/"), Public)],
        channels: vec![
            f!(
                channel(
                    ChannelKind::Email,
                    format!("incidents@{host}"),
                    vec![Usage::Contact, Usage::Reports],
                    false
                ),
                Public,
            ),
            f!(
                channel(
                    ChannelKind::Email,
                    format!("abuse@{host}"),
                    vec![Usage::Abuse],
                    false
                ),
                Public,
            ),
            f!(
                channel(
                    ChannelKind::Phone,
                    phone(rng.next_u64()),
                    vec![Usage::Contact],
                    true
                ),
                Public,
            ),
            f!(
                channel(
                    ChannelKind::Phone,
                    phone(rng.next_u64()),
                    vec![Usage::Emergency],
                    true
                ),
                Members,
            ),
            f!(
                channel(
                    ChannelKind::Phone,
                    phone(rng.next_u64()),
                    vec![Usage::Emergency],
                    true
                ),
                Restricted,
            ),
        ],
        keys: match state {
            DemoState::NeverDescribed => Vec::new(),
            _ => vec![f!(
                Key {
                    fingerprint,
                    created: Some(today - Duration::days(400)),
                    expires: key_expires,
                    url: Some(format!("https://{host}/pgp-key.asc")),
                    armored: None,
                },
                Public,
            )],
        },
        constituency: Constituency {
            asns: vec![f!(64512 + n as u32, Public)],
            prefixes: vec![
                f!(
                    format!(
                        "{}.{block}/32",
                        ["192.0.2", "198.51.100", "203.0.113"][n % 3]
                    ),
                    Public,
                ),
                f!(format!("2001:db8:{:x}::/48", n + 1), Members),
            ],
            domains: vec![f!(format!("{lc}.example"), Public)],
            countries: vec![f!(code.to_string(), Public)],
            sectors: Vec::new(),
        },
        memberships: vec![
            f!(
                Membership {
                    network: Network::First,
                    status: MembershipStatus::Member,
                    since: Some(today - Duration::days(1000 + (n % 900) as i64)),
                },
                Public,
            ),
            f!(
                Membership {
                    network: Network::TrustedIntroducer,
                    status: [
                        MembershipStatus::Listed,
                        MembershipStatus::Accredited,
                        MembershipStatus::Certified,
                    ][n % 3]
                        .clone(),
                    since: Some(today - Duration::days(500 + (n % 400) as i64)),
                },
                Members,
            ),
        ],
        contacts: vec![
            f!(
                Contact {
                    name: format!("Demo Duty Officer {}", n + 1),
                    role: "Duty officer".into(),
                    kind: ContactKind::Technical,
                    channels: vec![channel(
                        ChannelKind::Email,
                        format!("duty@{host}"),
                        vec![Usage::Emergency],
                        false
                    )],
                    consent: Consent {
                        given: true,
                        at: Some(today - Duration::days(100)),
                        note: "Demonstration: no real person.".into(),
                    },
                },
                Members,
            ),
            f!(
                Contact {
                    name: format!("Demo Envoy {}", n + 1),
                    role: "Point of contact for diplomacy".into(),
                    kind: ContactKind::Diplomatic,
                    channels: vec![channel(
                        ChannelKind::Email,
                        format!("envoy@{host}"),
                        vec![Usage::Contact],
                        false
                    )],
                    consent: Consent {
                        given: true,
                        at: Some(today - Duration::days(100)),
                        note: "Demonstration: no real person.".into(),
                    },
                },
                Restricted,
            ),
        ],
        rfc2350_updated: rfc2350_updated.map(|d| f!(d, Public)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demonstration_team_is_valid_and_every_state_appears() {
        let now = OffsetDateTime::from_unix_timestamp(1_796_000_000).unwrap();
        let countries = [
            ("KEN", "Kenya"),
            ("FRA", "France"),
            ("BRA", "Brazil"),
            ("IND", "India"),
            ("FJI", "Fiji"),
        ];
        let teams = teams(&countries, now, 7);
        assert_eq!(teams.len(), 7);
        for (team, _) in &teams {
            assert_eq!(team.validate(), Vec::new(), "{}", team.id);
            assert!(team.official_name.value.contains("not real"));
        }
        for state in DemoState::ALL {
            assert!(teams.iter().any(|(_, s)| *s == state), "{state:?}");
        }
        // The same seed, the same directory.
        assert_eq!(
            teams.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>(),
            super::teams(&countries, now, 7)
                .into_iter()
                .map(|(t, _)| t)
                .collect::<Vec<_>>()
        );
    }
}

/// One message of a demonstration check. Times in milliseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoPing {
    pub team_id: String,
    /// `email` or `phone`.
    pub channel: &'static str,
    pub address: String,
    pub sent_at: i64,
    pub acked_at: Option<i64>,
    pub error: Option<String>,
    /// For a call: when it went unanswered, and the caller's note.
    pub unanswered_at: Option<i64>,
    pub note: Option<String>,
}

/// A demonstration reachability check that has already run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoCheck {
    pub scope: String,
    pub window_seconds: i64,
    pub started_at: i64,
    pub pings: Vec<DemoPing>,
}

/// Past reachability checks for the demonstration teams, as of `now_ms`, so that every
/// outcome appears: a check of every team 200 days ago (the stale and expired-key teams answer
/// late or not at all, one address in seven bounces), a check of every team 10 days ago (the
/// fresh teams answer within hours; the stale ones late; the expired-key ones not at all), and
/// a check of `region`'s teams (`region_countries`) 2 hours ago with a 48-hour window (some
/// answered, the others still pending). Each phone channel has a call in each check: answered,
/// unanswered, or (in the regional check) not made yet. Teams never described are never
/// checked.
pub fn checks(
    teams: &[(Team, DemoState)],
    now_ms: i64,
    region: &str,
    region_countries: &[&str],
) -> Vec<DemoCheck> {
    const HOUR: i64 = 3_600_000;
    const DAY: i64 = 24 * HOUR;
    let mut rng = SplitMix64::new(7);
    let of_kind = |team: &Team, kind: ChannelKind| -> Vec<String> {
        team.channels
            .iter()
            .filter(|c| c.value.kind == kind)
            .map(|c| c.value.value.clone())
            .collect()
    };
    let mut run = |scope: &str, started_at: i64, window: i64, in_region: bool| {
        let mut pings = Vec::new();
        for (n, (team, state)) in teams.iter().enumerate() {
            if *state == DemoState::NeverDescribed
                || (in_region && !region_countries.contains(&team.country.value.as_str()))
            {
                continue;
            }
            for (k, address) in of_kind(team, ChannelKind::Email).into_iter().enumerate() {
                let latency = HOUR / 6 + (rng.next_u64() % (6 * HOUR as u64)) as i64;
                let (acked_at, error) = match (state, in_region) {
                    (_, true) if n % 2 == 0 => (Some(started_at + latency / 4), None),
                    (_, true) => (None, None),
                    _ if k == 1 && n % 7 == 0 => (
                        None,
                        Some("550 5.1.1 mailbox unavailable (demonstration)".to_string()),
                    ),
                    (DemoState::Fresh, _) => (Some(started_at + latency), None),
                    (DemoState::StaleDescription, _) => {
                        (Some(started_at + window * 1000 + 3 * latency), None)
                    }
                    _ => (None, None),
                };
                pings.push(DemoPing {
                    team_id: team.id.clone(),
                    channel: "email",
                    address,
                    sent_at: started_at,
                    acked_at,
                    error,
                    unanswered_at: None,
                    note: None,
                });
            }
            // Calls: answered, unanswered (with the caller's note) or, in the recent regional
            // check, some not made yet.
            for address in of_kind(team, ChannelKind::Phone) {
                let after = HOUR + (rng.next_u64() % (4 * HOUR as u64)) as i64;
                let (acked_at, unanswered_at, note) = match (state, in_region, n % 3) {
                    (_, true, 0) | (DemoState::Fresh, false, _) => (
                        Some(started_at + after),
                        None,
                        Some("answered by the duty officer (demonstration)"),
                    ),
                    (_, true, 1) | (DemoState::StaleDescription, false, _) => (
                        None,
                        Some(started_at + after),
                        Some("rang out, no voicemail (demonstration)"),
                    ),
                    _ => (None, None, None),
                };
                pings.push(DemoPing {
                    team_id: team.id.clone(),
                    channel: "phone",
                    address,
                    sent_at: started_at,
                    acked_at,
                    error: None,
                    unanswered_at,
                    note: note.map(str::to_string),
                });
            }
        }
        DemoCheck {
            scope: scope.to_string(),
            window_seconds: window,
            started_at,
            pings,
        }
    };
    vec![
        run("all", now_ms - 200 * DAY, 24 * 3600, false),
        run("all", now_ms - 10 * DAY, 24 * 3600, false),
        run(
            &format!("region:{region}"),
            now_ms - 2 * HOUR,
            48 * 3600,
            true,
        ),
    ]
}

/// What the demonstration directory last saw of a team's security.txt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSeen {
    pub team_id: String,
    /// `import` or `fetch`.
    pub source: &'static str,
    pub url: String,
    pub found: bool,
    pub body: Option<String>,
    pub error: Option<String>,
    pub observed_at: i64,
}

/// A security.txt observation per described team, in every state the score tells apart: fresh
/// teams' files were fetched (or, one in two, imported) ten days ago and are valid; teams with a
/// stale description were fetched 200 days ago, and their file has since expired; teams with an
/// expired key have none (HTTP 404); teams never described were never looked at.
pub fn security_txts(teams: &[(Team, DemoState)], now: OffsetDateTime) -> Vec<DemoSeen> {
    let ms = |t: OffsetDateTime| (t.unix_timestamp_nanos() / 1_000_000) as i64;
    let mut out = Vec::new();
    let mut fresh = 0;
    for (team, state) in teams {
        let Some(site) = team.websites.first().map(|w| w.value.trim_end_matches('/')) else {
            continue;
        };
        let url = format!("{site}/.well-known/security.txt");
        let seen = |at: OffsetDateTime, expires_in: Duration| {
            cyberindex_directory::security_txt::generate(team, at, &url, expires_in, None)
        };
        let (source, found, body, error, at) = match state {
            DemoState::Fresh => {
                let at = now - Duration::days(10);
                fresh += 1;
                let source = if fresh % 2 == 1 { "fetch" } else { "import" };
                (source, true, Some(seen(at, Duration::days(180))), None, at)
            }
            DemoState::StaleDescription => {
                let at = now - Duration::days(200);
                (
                    "fetch",
                    true,
                    Some(seen(now - Duration::days(400), Duration::days(365))),
                    None,
                    at,
                )
            }
            DemoState::ExpiredKey => (
                "fetch",
                false,
                None,
                Some(format!("{url}: HTTP 404 Not Found (demonstration)")),
                now - Duration::days(10),
            ),
            DemoState::NeverDescribed => continue,
        };
        out.push(DemoSeen {
            team_id: team.id.clone(),
            source,
            url: if source == "import" {
                "security.txt".into()
            } else {
                url.clone()
            },
            found,
            body,
            error,
            observed_at: ms(at),
        });
    }
    out
}

#[cfg(test)]
mod seen_tests {
    use super::*;

    #[test]
    fn security_txt_observations_cover_every_state() {
        let now = OffsetDateTime::now_utc();
        let teams = teams(
            &[
                ("KEN", "Kenya"),
                ("FRA", "France"),
                ("BRA", "Brazil"),
                ("JPN", "Japan"),
                ("IND", "India"),
                ("EGY", "Egypt"),
            ],
            now,
            3,
        );
        let seen = security_txts(&teams, now);
        let validate = |s: &DemoSeen| {
            let body = s.body.as_deref().unwrap();
            cyberindex_directory::security_txt::validate(
                &cyberindex_directory::security_txt::parse(body),
                now,
            )
        };
        assert!(seen.iter().any(|s| !s.found));
        assert!(seen.iter().any(|s| s.source == "import"));
        assert!(
            seen.iter()
                .filter(|s| s.found)
                .any(|s| validate(s).iter().any(|f| f.code == "expired"))
        );
        assert!(
            seen.iter()
                .filter(|s| s.found)
                .any(|s| !validate(s).iter().any(|f| f.code == "expired"))
        );
        assert!(
            seen.len() < teams.len(),
            "teams never described are not looked at"
        );
    }
}
