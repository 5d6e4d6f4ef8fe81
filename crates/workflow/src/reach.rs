//! Reachability checks of the CIRT directory: the secretariat schedules a check of one team, a
//! country, a region or every team; when it is due, every e-mail channel of every team in scope
//! gets a message with its own single-use link; using the link records the acknowledgement and
//! its latency. Every telephone channel gets a call to make: the secretariat calls and records
//! whether someone answered ([`record_call`]). What became of each message and call is
//! `cyberindex_directory::reach`.
//!
//! **Invariant:** a link exists only in the message on its way to the team. The store keeps its
//! SHA-256 ([`crate::secret::hash_token`]); the outbox keeps the message with the link removed
//! (the notifier's `send_secret`).

use cyberindex_answers::countries;
use cyberindex_directory::{ChannelKind, Team};
use cyberindex_store::{CheckRun, NewPing, Store};

use crate::notify::Notifier;
use crate::{ActionError, WorkflowError, secret};

/// Who a check is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Team(String),
    /// An ISO 3166-1 alpha-3 code.
    Country(String),
    /// An ITU region, as the country list names it (`Africa`, `Europe`…).
    Region(String),
    All,
}

impl Scope {
    /// Reads `team:ID`, `country:ISO3`, `region:NAME` or `all`.
    pub fn parse(text: &str) -> Option<Scope> {
        let text = text.trim();
        if text == "all" {
            return Some(Scope::All);
        }
        let (kind, value) = text.split_once(':')?;
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match kind {
            "team" => Some(Scope::Team(value.to_string())),
            "country" => Some(Scope::Country(value.to_ascii_uppercase())),
            "region" => Some(Scope::Region(value.to_string())),
            _ => None,
        }
    }

    /// [`Scope::parse`], or the rule's error naming the text.
    pub fn read(text: &str) -> Result<Scope, WorkflowError> {
        Scope::parse(text).ok_or_else(|| WorkflowError::CheckScope {
            scope: text.to_string(),
        })
    }

    /// Whether `team` is in this scope.
    pub fn covers(&self, team: &Team) -> bool {
        match self {
            Scope::Team(id) => team.id == *id,
            Scope::Country(code) => team.country.value == *code,
            Scope::Region(region) => {
                countries::by_alpha3(&team.country.value).is_some_and(|c| c.itu_region == *region)
            }
            Scope::All => true,
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scope::Team(id) => write!(f, "team:{id}"),
            Scope::Country(code) => write!(f, "country:{code}"),
            Scope::Region(region) => write!(f, "region:{region}"),
            Scope::All => f.write_str("all"),
        }
    }
}

/// The ITU regions teams can be checked by, as the country list names them.
pub fn regions() -> Vec<&'static str> {
    let mut regions: Vec<&str> = countries::builtin()
        .iter()
        .map(|c| c.itu_region.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    regions.sort_unstable();
    regions.dedup();
    regions
}

/// The longest answer window, in hours (30 days).
pub const MAX_WINDOW_HOURS: i64 = 720;
/// The longest repeat interval, in days.
pub const MAX_REPEAT_DAYS: i64 = 366;
/// How far ahead a check may be scheduled, in days.
pub const MAX_AHEAD_DAYS: i64 = 366;
/// How long after sending a link still records an acknowledgement, in days.
pub const LINK_DAYS: i64 = 60;

/// A check to schedule.
#[derive(Clone, Debug)]
pub struct Plan {
    pub scope: Scope,
    /// When to send, in milliseconds; `None` is now.
    pub due_at: Option<i64>,
    pub window_hours: i64,
    pub repeat_days: Option<i64>,
}

/// Schedules a check after checking the plan: the scope names a known team, country or region
/// and holds at least one team with an e-mail channel; the window, the repeat interval and the
/// time are within bounds. Its id. Nothing is sent here: the server's scheduler (or the caller,
/// for "now") starts it with [`start`].
pub async fn schedule(
    store: &Store,
    teams: &[Team],
    plan: &Plan,
    now: i64,
    by: Option<i64>,
) -> Result<i64, ActionError> {
    let scope = plan.scope.to_string();
    let known = match &plan.scope {
        Scope::Team(id) => teams.iter().any(|t| t.id == *id),
        Scope::Country(code) => countries::by_alpha3(code).is_some(),
        Scope::Region(region) => regions().contains(&region.as_str()),
        Scope::All => true,
    };
    if !known {
        return Err(WorkflowError::CheckScope { scope }.into());
    }
    if !(1..=MAX_WINDOW_HOURS).contains(&plan.window_hours) {
        return Err(WorkflowError::CheckWindow {
            max: MAX_WINDOW_HOURS,
        }
        .into());
    }
    if let Some(days) = plan.repeat_days
        && !(1..=MAX_REPEAT_DAYS).contains(&days)
    {
        return Err(WorkflowError::CheckRepeat {
            max: MAX_REPEAT_DAYS,
        }
        .into());
    }
    let due_at = plan.due_at.unwrap_or(now);
    if due_at < now - 60_000 || due_at > now + MAX_AHEAD_DAYS * 86_400_000 {
        return Err(WorkflowError::CheckWhen {
            max_days: MAX_AHEAD_DAYS,
        }
        .into());
    }
    if !teams
        .iter()
        .any(|t| plan.scope.covers(t) && !(emails(t).is_empty() && phones(t).is_empty()))
    {
        return Err(WorkflowError::CheckNoChannel { scope }.into());
    }
    Ok(store
        .schedule_check(
            &scope,
            due_at,
            plan.window_hours * 3600,
            plan.repeat_days,
            by,
        )
        .await?)
}

/// The e-mail addresses of a team's channels, each once, in the record's order.
pub fn emails(team: &Team) -> Vec<&str> {
    of_kind(team, ChannelKind::Email)
}

/// The telephone numbers of a team's channels, each once, in the record's order.
pub fn phones(team: &Team) -> Vec<&str> {
    of_kind(team, ChannelKind::Phone)
}

fn of_kind(team: &Team, kind: ChannelKind) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for channel in &team.channels {
        let address = channel.value.value.trim();
        if channel.value.kind == kind
            && !address.is_empty()
            && !out.iter().any(|a| a.eq_ignore_ascii_case(address))
        {
            out.push(address);
        }
    }
    out
}

/// The longest note of a call, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;

/// Records a call of a phone ping: answered or not, with the caller's note (trimmed; at most
/// [`MAX_NOTE_CHARS`]). A message that is not a call, or a call already answered, is
/// [`WorkflowError::CheckCallClosed`] and changes nothing. With `run`, a message of another
/// check is the store's `NotFound`.
pub async fn record_call(
    store: &Store,
    ping: i64,
    run: Option<i64>,
    answered: bool,
    note: &str,
    by: Option<i64>,
) -> Result<cyberindex_store::Ping, ActionError> {
    let note = note.trim();
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err(WorkflowError::TextTooLong { field: "note" }.into());
    }
    let note = (!note.is_empty()).then_some(note);
    let (ping, changed) = store.record_call(ping, run, answered, note, by).await?;
    if !changed {
        return Err(WorkflowError::CheckCallClosed.into());
    }
    Ok(ping)
}

/// What a started check did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Started {
    pub teams: usize,
    pub messages: usize,
    /// Calls listed for the secretariat to make.
    pub calls: usize,
    /// Messages that could not be handed over (recorded as bounced).
    pub failed: usize,
}

/// Starts `run`: one message per e-mail channel of every team in its scope, each with its own
/// link `{public_url}/directory/ack/{token}`, and one call to make per telephone channel. `compose(team, link)` writes the subject and
/// body (the server writes them in the team's language). The pings are recorded before anything
/// is sent, in one write that also marks the run started, so a run is never sent twice; a
/// message that cannot be handed over is recorded as bounced.
pub async fn start<N: Notifier>(
    store: &Store,
    notifier: &N,
    run: &CheckRun,
    teams: &[Team],
    compose: impl Fn(&Team, &str) -> (String, String),
) -> Result<Started, ActionError> {
    let scope = Scope::parse(&run.scope).ok_or_else(|| WorkflowError::CheckScope {
        scope: run.scope.clone(),
    })?;
    struct Out<'a> {
        team: &'a Team,
        address: &'a str,
        token: String,
        hash: String,
    }
    let mut outs = Vec::new();
    for team in teams.iter().filter(|t| scope.covers(t)) {
        for address in emails(team) {
            let token = secret::random_token();
            let hash = secret::hash_token(&token);
            outs.push(Out {
                team,
                address,
                token,
                hash,
            });
        }
    }
    // A call's hash is of a token nobody is given: the column is unique and never empty.
    let calls: Vec<(&Team, &str, String)> = teams
        .iter()
        .filter(|t| scope.covers(t))
        .flat_map(|t| {
            phones(t)
                .into_iter()
                .map(move |n| (t, n, secret::hash_token(&secret::random_token())))
        })
        .collect();
    let pings: Vec<NewPing<'_>> = outs
        .iter()
        .map(|o| NewPing {
            team_id: &o.team.id,
            channel: "email",
            address: o.address,
            token_hash: &o.hash,
        })
        .chain(calls.iter().map(|(team, number, hash)| NewPing {
            team_id: &team.id,
            channel: "phone",
            address: number,
            token_hash: hash,
        }))
        .collect();
    let ids = store.start_check(run.id, &pings).await?;
    let mut started = Started {
        teams: outs
            .iter()
            .map(|o| o.team.id.as_str())
            .chain(calls.iter().map(|(t, ..)| t.id.as_str()))
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        messages: outs.len(),
        calls: calls.len(),
        failed: 0,
    };
    for (out, id) in outs.iter().zip(ids) {
        let link = format!("{}/directory/ack/{}", notifier.public_url(), out.token);
        let (subject, body) = compose(out.team, &link);
        let failure = match notifier
            .send_checked(out.address, &subject, &body, &out.token)
            .await
        {
            Ok(None) => None,
            Ok(Some(error)) => Some(error),
            Err(e) => Some(e.to_string()),
        };
        if let Some(error) = failure {
            tracing::warn!(
                check = run.id,
                team = out.team.id,
                "reachability message not delivered"
            );
            started.failed += 1;
            store.ping_failed(id, &error).await?;
        }
    }
    Ok(started)
}

/// The ping of a link, and whether it may still be acknowledged at `now` (milliseconds): an
/// unknown link is the store's `NotFound`; a link older than [`LINK_DAYS`] is
/// [`WorkflowError::CheckLinkClosed`].
pub async fn ping_of_link(
    store: &Store,
    token: &str,
    now: i64,
) -> Result<cyberindex_store::Ping, ActionError> {
    let ping = store.ping_by_token(&secret::hash_token(token)).await?;
    if ping.acked_at.is_none() && now - ping.sent_at > LINK_DAYS * 86_400_000 {
        return Err(WorkflowError::CheckLinkClosed { days: LINK_DAYS }.into());
    }
    Ok(ping)
}

/// Records the acknowledgement of a link (once; a second use changes nothing). The ping, and
/// whether this call recorded it.
pub async fn acknowledge(
    store: &Store,
    token: &str,
    now: i64,
) -> Result<(cyberindex_store::Ping, bool), ActionError> {
    let ping = ping_of_link(store, token, now).await?;
    if ping.acked_at.is_some() {
        return Ok((ping, false));
    }
    Ok(store.acknowledge_ping(&secret::hash_token(token)).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_read_and_write_back() {
        for text in ["all", "team:ke-cirt", "country:KEN", "region:Africa"] {
            assert_eq!(Scope::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            Scope::parse("country:ken"),
            Some(Scope::Country("KEN".into()))
        );
        for bad in ["", "team:", "planet:earth", "everyone"] {
            assert_eq!(Scope::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn regions_come_from_the_country_list() {
        let regions = regions();
        assert!(regions.contains(&"Africa"), "{regions:?}");
        assert!(regions.len() >= 5, "{regions:?}");
    }
}
