//! What the directory sees of teams' security.txt files: a file imported by the secretariat, or
//! fetched from the team's websites when `directory.fetch_security_txt` is on (when a
//! reachability check of the team starts, and on request on the team's page). The latest
//! observation per team is kept (`team_security_txt`) and validated again whenever it is read,
//! since whether it has expired depends on the day; the staleness score counts it.
//!
//! Fetching goes through the same guard as webhooks: a name that resolves only to loopback,
//! private, link-local or metadata addresses is refused unless `webhook_allowed_hosts` allows
//! it, literal addresses are checked before connecting, and at most three redirects are
//! followed, each checked the same way. At most [`MAX_BYTES`] are read.

use std::sync::Arc;
use std::time::Duration;

use cyberindex_directory::Team;
use cyberindex_store::SecurityTxtSeen;

use crate::service::webhooks::{Destinations, GuardedResolver, refused_literal};
use crate::state::AppState;

/// The most of a security.txt that is read (RFC 9116 files are a few hundred bytes).
pub const MAX_BYTES: usize = 64 * 1024;

/// Where a website's security.txt is: its scheme, host and port, then
/// `/.well-known/security.txt` (RFC 9116, section 3).
pub fn url_of(website: &str) -> Option<String> {
    let url = reqwest::Url::parse(website.trim()).ok()?;
    if !matches!(url.scheme(), "https" | "http") {
        return None;
    }
    let host = url.host_str()?;
    Some(match url.port() {
        Some(port) => format!("{}://{host}:{port}/.well-known/security.txt", url.scheme()),
        None => format!("{}://{host}/.well-known/security.txt", url.scheme()),
    })
}

fn client(destinations: Arc<Destinations>) -> reqwest::Result<reqwest::Client> {
    let guard = destinations.clone();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= 3 {
                return attempt.error("more than three redirects");
            }
            if let Some(refused) = refused_literal(&guard, attempt.url().as_str()) {
                return attempt.error(refused);
            }
            attempt.follow()
        }))
        // A proxy would resolve the name itself, past the resolver's check.
        .no_proxy()
        .dns_resolver(GuardedResolver(destinations))
        .user_agent(concat!(
            "cyberindex/",
            env!("CARGO_PKG_VERSION"),
            " (CIRT directory; security.txt check)"
        ))
        .build()
}

/// Reads one URL: the file, or why there is none.
async fn read(
    client: &reqwest::Client,
    destinations: &Destinations,
    url: &str,
) -> Result<String, String> {
    if let Some(refused) = refused_literal(destinations, url) {
        return Err(refused);
    }
    let mut response = client.get(url).send().await.map_err(|e| {
        // The causes say why (a refused destination, a timeout, a TLS failure); the top line
        // only repeats the URL.
        let mut causes = Vec::new();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            causes.push(s.to_string());
            source = s.source();
        }
        if e.is_timeout() {
            causes.insert(0, "no answer within 10 seconds".into());
        }
        if causes.is_empty() {
            e.to_string()
        } else {
            causes.join(": ")
        }
    })?;
    if !response.status().is_success() {
        return Err(format!("HTTP {}", response.status()));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| e.to_string())? {
        if body.len() + chunk.len() > MAX_BYTES {
            return Err(format!("the file is larger than {MAX_BYTES} bytes"));
        }
        body.extend_from_slice(&chunk);
    }
    String::from_utf8(body).map_err(|_| "the file is not UTF-8 text".to_string())
}

/// Fetches `team`'s security.txt from each of its websites in turn, keeps the first found (or,
/// when none is, that it was looked for and why it was not found) and returns what was kept.
pub async fn fetch(
    state: &AppState,
    team: &Team,
    by: Option<i64>,
) -> anyhow::Result<SecurityTxtSeen> {
    let destinations = Arc::new(
        Destinations::new(&state.config.webhook_allowed_hosts).map_err(anyhow::Error::msg)?,
    );
    let client = client(destinations.clone())?;
    let urls: Vec<String> = team
        .websites
        .iter()
        .filter_map(|w| url_of(&w.value))
        .collect();
    let mut seen = SecurityTxtSeen {
        team_id: team.id.clone(),
        source: "fetch".into(),
        url: urls.first().cloned().unwrap_or_default(),
        found: false,
        body: None,
        error: None,
        observed_at: 0,
        observed_by: by,
    };
    let mut errors = Vec::new();
    for url in &urls {
        match read(&client, &destinations, url).await {
            Ok(body) => {
                seen.url = url.clone();
                seen.found = true;
                seen.body = Some(body);
                errors.clear();
                break;
            }
            Err(e) => errors.push(format!("{url}: {e}")),
        }
    }
    if urls.is_empty() {
        errors.push("the team lists no website".into());
    }
    if !seen.found {
        seen.error = Some(errors.join("; "));
    }
    seen.observed_at = cyberindex_store::now_ms();
    state.store.save_security_txt(&seen).await?;
    tracing::info!(team = team.id, found = seen.found, "security.txt fetched");
    Ok(seen)
}

/// Fetches the security.txt of each team in turn, in the background, when
/// `directory.fetch_security_txt` is on (a reachability check of them has just started).
pub fn fetch_in_background(state: &AppState, teams: Vec<Team>) {
    if !state.config.directory.fetch_security_txt || teams.is_empty() {
        return;
    }
    let state = state.clone();
    tokio::spawn(async move {
        for team in &teams {
            if let Err(e) = fetch(&state, team, None).await {
                tracing::warn!(team = team.id, error = %e, "security.txt not fetched");
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_at_the_well_known_path_of_each_website() {
        assert_eq!(
            url_of("https://cert.example.org/about/").as_deref(),
            Some("https://cert.example.org/.well-known/security.txt")
        );
        assert_eq!(
            url_of("http://127.0.0.1:8099/x?y").as_deref(),
            Some("http://127.0.0.1:8099/.well-known/security.txt")
        );
        assert_eq!(url_of("ftp://cert.example.org/"), None);
        assert_eq!(url_of("not a url"), None);
    }
}
