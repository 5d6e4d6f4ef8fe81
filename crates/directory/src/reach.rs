//! Reachability checks, computed: what became of one message sent to a team's channel, and a
//! summary of many. The store keeps when a message was sent, whether it could not be delivered
//! and when its link was used; everything else is derived here, with the time passed in.
//!
//! | Outcome | When |
//! |---|---|
//! | bounced | the message could not be delivered (whatever happened after) |
//! | acknowledged | the link was used within the window |
//! | late | the link was used after the window |
//! | pending | not used yet, and the window is still open |
//! | no reply | not used, and the window has closed; or a call went unanswered |
//!
//! A call (a phone channel) is acknowledged when the secretariat records that someone answered
//! it; a call recorded as unanswered is "no reply" at once, unless a later call is answered.
//!
//! A team counts as reached by a check when one of its messages was acknowledged, late or not.

use serde::Serialize;

/// What became of one message of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Acknowledged,
    Late,
    Pending,
    NoReply,
    Bounced,
}

impl Outcome {
    /// Every outcome, in the order summaries show them.
    pub const ALL: [Outcome; 5] = [
        Outcome::Acknowledged,
        Outcome::Late,
        Outcome::Pending,
        Outcome::NoReply,
        Outcome::Bounced,
    ];

    /// A stable machine name, as exports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Acknowledged => "acknowledged",
            Outcome::Late => "late",
            Outcome::Pending => "pending",
            Outcome::NoReply => "no_reply",
            Outcome::Bounced => "bounced",
        }
    }

    /// Whether the team answered (in time or not).
    pub fn reached(self) -> bool {
        matches!(self, Outcome::Acknowledged | Outcome::Late)
    }
}

/// One message as the store keeps it. Times are milliseconds since the epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Message {
    pub sent_at: i64,
    pub acked_at: Option<i64>,
    pub bounced: bool,
    /// A call that went unanswered (and none answered since).
    pub unanswered: bool,
    /// How long the team has to answer, in seconds.
    pub window_seconds: i64,
}

impl Message {
    /// What became of the message, as of `now` (milliseconds).
    pub fn outcome(&self, now: i64) -> Outcome {
        let deadline = self
            .sent_at
            .saturating_add(self.window_seconds.saturating_mul(1000));
        match (self.bounced, self.acked_at) {
            (true, _) => Outcome::Bounced,
            (false, Some(at)) if at <= deadline => Outcome::Acknowledged,
            (false, Some(_)) => Outcome::Late,
            (false, None) if self.unanswered => Outcome::NoReply,
            (false, None) if now <= deadline => Outcome::Pending,
            (false, None) => Outcome::NoReply,
        }
    }

    /// Milliseconds from sending to the acknowledgement, once acknowledged.
    pub fn latency(&self) -> Option<i64> {
        self.acked_at
            .filter(|_| !self.bounced)
            .map(|at| (at - self.sent_at).max(0))
    }
}

/// How many messages ended each way, and how fast the answers came.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub messages: usize,
    /// Counts in the order of [`Outcome::ALL`].
    pub counts: [usize; 5],
    /// The median latency of the answered messages, in milliseconds.
    pub median_latency: Option<i64>,
}

impl Summary {
    pub fn of<'a>(messages: impl IntoIterator<Item = &'a Message>, now: i64) -> Summary {
        let mut summary = Summary::default();
        let mut latencies = Vec::new();
        for m in messages {
            summary.messages += 1;
            let outcome = m.outcome(now);
            let at = Outcome::ALL.iter().position(|o| *o == outcome).unwrap_or(0);
            summary.counts[at] += 1;
            if outcome.reached()
                && let Some(l) = m.latency()
            {
                latencies.push(l);
            }
        }
        latencies.sort_unstable();
        summary.median_latency = match latencies.len() {
            0 => None,
            n if n % 2 == 1 => Some(latencies[n / 2]),
            n => Some((latencies[n / 2 - 1] + latencies[n / 2]) / 2),
        };
        summary
    }

    pub fn count(&self, outcome: Outcome) -> usize {
        Outcome::ALL
            .iter()
            .position(|o| *o == outcome)
            .map_or(0, |i| self.counts[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3_600_000;

    fn message(acked_after: Option<i64>, bounced: bool) -> Message {
        Message {
            sent_at: 1_000 * HOUR,
            acked_at: acked_after.map(|d| 1_000 * HOUR + d),
            bounced,
            unanswered: false,
            window_seconds: 24 * 3600,
        }
    }

    #[test]
    fn calls_unanswered_are_no_reply_at_once_until_one_is_answered() {
        let in_window = 1_010 * HOUR;
        let unanswered = Message {
            unanswered: true,
            ..message(None, false)
        };
        assert_eq!(unanswered.outcome(in_window), Outcome::NoReply);
        let answered_later = Message {
            unanswered: true,
            ..message(Some(2 * HOUR), false)
        };
        assert_eq!(answered_later.outcome(in_window), Outcome::Acknowledged);
        assert_eq!(answered_later.latency(), Some(2 * HOUR));
    }

    #[test]
    fn every_outcome_from_its_facts() {
        let now_in_window = 1_010 * HOUR;
        let now_after = 1_100 * HOUR;
        let cases = [
            (message(Some(HOUR), false), now_after, Outcome::Acknowledged),
            (
                message(Some(24 * HOUR), false),
                now_after,
                Outcome::Acknowledged,
            ),
            (
                message(Some(24 * HOUR + 1), false),
                now_after,
                Outcome::Late,
            ),
            (message(None, false), now_in_window, Outcome::Pending),
            (message(None, false), now_after, Outcome::NoReply),
            (message(Some(HOUR), true), now_after, Outcome::Bounced),
            (message(None, true), now_in_window, Outcome::Bounced),
        ];
        for (m, now, want) in cases {
            assert_eq!(m.outcome(now), want, "{m:?}");
        }
        assert_eq!(message(Some(HOUR), false).latency(), Some(HOUR));
        assert_eq!(message(Some(HOUR), true).latency(), None);
    }

    #[test]
    fn summaries_count_and_take_the_median_of_answers() {
        let now = 2_000 * HOUR;
        let messages = [
            message(Some(HOUR), false),
            message(Some(3 * HOUR), false),
            message(Some(30 * HOUR), false),
            message(None, false),
            message(None, true),
        ];
        let s = Summary::of(&messages, now);
        assert_eq!(s.messages, 5);
        assert_eq!(s.counts, [2, 1, 0, 1, 1]);
        assert_eq!(s.count(Outcome::Late), 1);
        assert_eq!(s.median_latency, Some(3 * HOUR));
        let two = Summary::of(&messages[..2], now);
        assert_eq!(two.median_latency, Some(2 * HOUR));
        assert_eq!(Summary::of(&[], now).median_latency, None);
    }
}
