//! How out of date a team's entry looks: a score from 0 (fresh) to 100 (stale), with reasons.
//!
//! The score is the sum of four capped parts, so their caps add up to exactly 100:
//!
//! | Part | Cap | Points |
//! |---|---|---|
//! | security.txt | 25 | expired 25; no `Expires` 15; no `Contact` 15; `Expires` more than a year ahead 10; file missing 20; not checked yet 10 |
//! | RFC 2350 last update | 25 | no date 15; older than `Policy::rfc2350_max_age` 15, plus up to 10 more as the age reaches twice the maximum |
//! | OpenPGP keys | 20 | a key expired 20; a key expiring within `Policy::key_warning` 10; no key at all 10 |
//! | Reachability | 30 | never checked 30; last success older than `Policy::check_max_age` 15, plus up to 15 more as the age reaches twice the maximum |
//!
//! Within a part, the reasons' points are added and then capped at the part's cap. The weights
//! favour reachability because a team that does not answer is the failure a directory exists to
//! prevent. Every function here is pure: the caller passes `now`.

use time::{Duration, OffsetDateTime};

use crate::finding::Finding;
use crate::model::Team;

/// What is known about the team's `security.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecurityTxtState<'a> {
    /// Nobody has fetched it yet.
    NotChecked,
    /// It was looked for and not found.
    Missing,
    /// It was found and validated; these are the findings of `security_txt::validate`.
    Found(&'a [Finding]),
}

/// The facts from outside the record that the score needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inputs<'a> {
    pub security_txt: SecurityTxtState<'a>,
    /// When a reachability check last succeeded, if ever.
    pub last_successful_check: Option<OffsetDateTime>,
}

/// The limits the score is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    /// How old an RFC 2350 "last updated" date may be before it counts (default 365 days).
    pub rfc2350_max_age: Duration,
    /// How soon a key expiry starts to count (default 30 days).
    pub key_warning: Duration,
    /// How old the last successful reachability check may be (default 90 days).
    pub check_max_age: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            rfc2350_max_age: Duration::days(365),
            key_warning: Duration::days(30),
            check_max_age: Duration::days(90),
        }
    }
}

/// One reason the score went up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// A stable machine code, such as `key_expired`.
    pub code: &'static str,
    /// The points this reason added, after the part's cap.
    pub points: u8,
    /// The reason in English (logs, the CLI).
    pub message: String,
    /// The values the message names, for a translated message keyed by `code`: `date`, `days`,
    /// `limit`, `fingerprint` (each only where the reason has it).
    pub args: Vec<(&'static str, String)>,
}

type Raw = (&'static str, u32, String, Vec<(&'static str, String)>);

/// A team's staleness score and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Staleness {
    /// 0 (fresh) to 100 (stale).
    pub score: u8,
    pub reasons: Vec<Reason>,
}

const SECURITY_TXT_CAP: u32 = 25;
const RFC2350_CAP: u32 = 25;
const KEYS_CAP: u32 = 20;
const REACHABILITY_CAP: u32 = 30;

/// Points growing from `base` at `max` to `base + extra` at twice `max`, for an age over `max`.
fn over_age(age: Duration, max: Duration, base: u32, extra: u32) -> u32 {
    if age <= max {
        return 0;
    }
    let max_s = max.whole_seconds().max(1) as f64;
    let over = (age - max).whole_seconds() as f64 / max_s;
    base + (over.min(1.0) * extra as f64).round() as u32
}

/// Adds reasons to `out`, capping their total at `cap`.
fn capped(out: &mut Vec<Reason>, cap: u32, reasons: Vec<Raw>) -> u32 {
    let mut left = cap;
    for (code, points, message, args) in reasons {
        let points = points.min(left);
        left -= points;
        out.push(Reason {
            code,
            points: points as u8,
            message,
            args,
        });
    }
    cap - left
}

fn days(d: Duration) -> i64 {
    d.whole_days()
}

impl Staleness {
    /// Scores `team` as of `now`.
    pub fn of(team: &Team, inputs: &Inputs<'_>, now: OffsetDateTime, policy: &Policy) -> Staleness {
        let mut reasons = Vec::new();
        let mut total = 0;

        let sectxt = match inputs.security_txt {
            SecurityTxtState::NotChecked => vec![(
                "security_txt_not_checked",
                10,
                "the team's security.txt has not been checked yet".to_string(),
                Vec::new(),
            )],
            SecurityTxtState::Missing => vec![(
                "security_txt_missing",
                20,
                "the team's website has no security.txt".to_string(),
                Vec::new(),
            )],
            SecurityTxtState::Found(findings) => {
                let mut v = Vec::new();
                let has = |code: &str| findings.iter().any(|f| f.code == code);
                if has("expired") {
                    v.push((
                        "security_txt_expired",
                        25,
                        "the team's security.txt has expired".to_string(),
                        Vec::new(),
                    ));
                }
                if has("no_expires") {
                    v.push((
                        "security_txt_no_expires",
                        15,
                        "the team's security.txt has no Expires field".to_string(),
                        Vec::new(),
                    ));
                }
                if has("no_contact") {
                    v.push((
                        "security_txt_no_contact",
                        15,
                        "the team's security.txt names no Contact".to_string(),
                        Vec::new(),
                    ));
                }
                if has("expires_too_far") {
                    v.push((
                        "security_txt_expires_too_far",
                        10,
                        "the team's security.txt expires more than a year ahead, so it may not be reviewed".to_string(),
                        Vec::new(),
                    ));
                }
                v
            }
        };
        total += capped(&mut reasons, SECURITY_TXT_CAP, sectxt);

        let rfc = match &team.rfc2350_updated {
            None => vec![(
                "rfc2350_no_date",
                15,
                "the RFC 2350 description has no date of last update".to_string(),
                Vec::new(),
            )],
            Some(updated) => {
                let age = now.date() - updated.value;
                let points = over_age(age, policy.rfc2350_max_age, 15, 10);
                if points > 0 {
                    vec![(
                        "rfc2350_old",
                        points,
                        format!(
                            "the RFC 2350 description was last updated on {} ({} days ago; the limit is {} days)",
                            updated.value,
                            days(age),
                            days(policy.rfc2350_max_age)
                        ),
                        vec![
                            ("date", updated.value.to_string()),
                            ("days", days(age).to_string()),
                            ("limit", days(policy.rfc2350_max_age).to_string()),
                        ],
                    )]
                } else {
                    Vec::new()
                }
            }
        };
        total += capped(&mut reasons, RFC2350_CAP, rfc);

        let mut keys = Vec::new();
        if team.keys.is_empty() {
            keys.push((
                "no_key",
                10,
                "the team lists no OpenPGP key".to_string(),
                Vec::new(),
            ));
        }
        let today = now.date();
        for key in &team.keys {
            let Some(expires) = key.value.expires else {
                continue;
            };
            let fp = &key.value.fingerprint;
            if expires <= today {
                keys.push((
                    "key_expired",
                    20,
                    format!("the key {fp} expired on {expires}"),
                    vec![("fingerprint", fp.clone()), ("date", expires.to_string())],
                ));
            } else if expires - today <= policy.key_warning {
                keys.push((
                    "key_expiring",
                    10,
                    format!(
                        "the key {fp} expires on {expires}, within {} days",
                        days(policy.key_warning)
                    ),
                    vec![
                        ("fingerprint", fp.clone()),
                        ("date", expires.to_string()),
                        ("limit", days(policy.key_warning).to_string()),
                    ],
                ));
            }
        }
        total += capped(&mut reasons, KEYS_CAP, keys);

        let reach = match inputs.last_successful_check {
            None => vec![(
                "never_reached",
                30,
                "no reachability check of the team has ever succeeded".to_string(),
                Vec::new(),
            )],
            Some(at) => {
                let age = now - at;
                let points = over_age(age, policy.check_max_age, 15, 15);
                if points > 0 {
                    vec![(
                        "not_reached_recently",
                        points,
                        format!(
                            "the last successful reachability check was {} days ago; the limit is {} days",
                            days(age),
                            days(policy.check_max_age)
                        ),
                        vec![
                            ("days", days(age).to_string()),
                            ("limit", days(policy.check_max_age).to_string()),
                        ],
                    )]
                } else {
                    Vec::new()
                }
            }
        };
        total += capped(&mut reasons, REACHABILITY_CAP, reach);

        reasons.retain(|r| r.points > 0);
        Staleness {
            score: total.min(100) as u8,
            reasons,
        }
    }
}
