//! A small token-bucket rate limiter for sign-in, token and invitation endpoints, keyed by client
//! address and action.

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
/// Answer saves and drafts, per user: autosave sends one save per question 0.7 s after typing
/// stops, so a person stays far below this; a script sending large answers does not.
pub const SAVES: Rule = Rule {
    burst: 120.0,
    per_minute: 60.0,
};

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
}
