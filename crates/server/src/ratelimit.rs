//! A small token-bucket rate limiter for sign-in, token and invitation endpoints, keyed by client
//! address and action, and by account (the normalised email) for sign-in; and the policy numbers
//! of the second factor and of reset emails, which the database counts.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Instant;

/// How often an action may be tried.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Attempts allowed at once.
    pub burst: f64,
    /// Attempts regained per minute.
    pub per_minute: f64,
}

pub const SIGN_IN: Rule = Rule {
    burst: 10.0,
    per_minute: 10.0,
};
pub const LINKS: Rule = Rule {
    burst: 10.0,
    per_minute: 5.0,
};
pub const TOKENS: Rule = Rule {
    burst: 10.0,
    per_minute: 10.0,
};
/// Downloads of a drill's public report, per client address: each is typeset on request
/// (about a second of a core for the PDF), and anyone may ask without signing in. A reader
/// takes one file per language; a loop does not take the server.
pub const DRILL_REPORTS: Rule = Rule {
    burst: 10.0,
    per_minute: 10.0,
};
/// Answer saves and drafts, per user: autosave sends one save per question 0.7 s after typing
/// stops, so a person stays far below this; a script sending large answers does not.
pub const SAVES: Rule = Rule {
    burst: 120.0,
    per_minute: 60.0,
};

/// Sign-in attempts per account (keyed by the normalised email, whether or not it exists), from
/// any address: 10 at once, then one every 3 minutes (20 an hour). Password confirmations on
/// the account page count here too.
pub const SIGN_IN_ACCOUNT: Rule = Rule {
    burst: 10.0,
    per_minute: 1.0 / 3.0,
};

/// Reset emails sent per account in any rolling hour; further requests are answered the same
/// way but send nothing.
pub const RESET_EMAILS_PER_HOUR: i64 = 3;

/// Wrong TOTP codes that end a pending sign-in session (the password must be given again).
pub const TOTP_SESSION_FAILURES: i64 = 5;

/// Wrong TOTP codes on an account (since its last accepted code) before it must wait between
/// attempts.
pub const TOTP_FREE_FAILURES: i64 = 5;

/// How long an account must wait after its `failures`-th wrong TOTP code before the next
/// attempt: nothing for the first [`TOTP_FREE_FAILURES`] - 1, then 30 seconds, doubling with
/// each further failure, at most one hour.
pub fn totp_wait_ms(failures: i64) -> i64 {
    if failures < TOTP_FREE_FAILURES {
        return 0;
    }
    let doublings = u32::try_from((failures - TOTP_FREE_FAILURES).min(20)).unwrap_or(20);
    (30_000_i64 << doublings).min(3_600_000)
}

#[derive(Debug, Default)]
pub struct Limiter {
    buckets: Mutex<HashMap<String, (f64, Instant)>>,
}

impl Limiter {
    /// Takes one attempt for `key` under `rule`; false when none is left.
    pub fn allow(&self, key: &str, rule: Rule) -> bool {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().expect("not poisoned");
        if buckets.len() > 100_000 {
            buckets.retain(|_, (_, at)| now.duration_since(*at).as_secs() < 600);
        }
        let (tokens, at) = buckets.entry(key.to_string()).or_insert((rule.burst, now));
        let regained = now.duration_since(*at).as_secs_f64() * rule.per_minute / 60.0;
        *tokens = (*tokens + regained).min(rule.burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_is_allowed_then_refused() {
        let limiter = Limiter::default();
        let rule = Rule {
            burst: 3.0,
            per_minute: 1.0,
        };
        assert_eq!(
            (0..5)
                .map(|_| limiter.allow("ip:login", rule))
                .collect::<Vec<_>>(),
            [true, true, true, false, false]
        );
        assert!(limiter.allow("other:login", rule));
    }

    #[test]
    fn totp_waits_grow_from_the_fifth_failure_and_stop_at_an_hour() {
        assert_eq!(
            [1, 4, 5, 6, 7, 11, 12, 40, 1000].map(totp_wait_ms),
            [
                0, 0, 30_000, 60_000, 120_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000
            ]
        );
    }
}
