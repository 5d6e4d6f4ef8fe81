//! Webhook delivery. Status changes queue a delivery per active webhook in the same transaction
//! (see the store); this worker posts them, signed, and retries failures with exponential backoff.
//!
//! Each request carries:
//! - `X-Cyberindex-Event`: the event name;
//! - `X-Cyberindex-Delivery`: the delivery id (the same on every retry, for de-duplication);
//! - `X-Cyberindex-Signature`: `sha256=` and the hex HMAC-SHA256 of the body under the webhook's
//!   secret.
//!
//! **Destinations.** A webhook never reaches loopback, private, link-local, shared (CGNAT),
//! multicast, reserved or cloud-metadata addresses (see [`is_forbidden`]), or the delivery log
//! would scan the server's own network. The URL is checked when an administrator registers it,
//! and again at every delivery: the worker's DNS resolver drops forbidden addresses after
//! resolution, and the connection goes only to the addresses that passed, so a name that changes
//! its answer later (DNS rebinding) gains nothing. The configuration key `webhook_allowed_hosts`
//! lists the exceptions: host names, addresses or CIDR blocks (`10.1.2.0/24`).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use hmac::{KeyInit, Mac};

use crate::state::AppState;

/// An exception to the forbidden destinations, from `webhook_allowed_hosts`.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Allowed {
    /// A host name, lower case: every address it resolves to is allowed.
    Host(String),
    /// An address block: the address and the prefix length.
    Block(IpAddr, u8),
}

/// Where webhooks may go: everywhere public, plus the configured exceptions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Destinations {
    allowed: Vec<Allowed>,
}

impl Destinations {
    /// Reads `webhook_allowed_hosts`; an entry that is neither a host name, an address nor a
    /// CIDR block is an error naming it.
    pub fn new(entries: &[String]) -> Result<Self, String> {
        let mut allowed = Vec::new();
        for entry in entries {
            let e = entry.trim();
            let parsed = match e.split_once('/') {
                Some((ip, len)) => {
                    let ip: IpAddr = ip.trim_matches(['[', ']']).parse().map_err(|_| {
                        format!("webhook_allowed_hosts: `{entry}` is not a CIDR block (such as 10.1.2.0/24)")
                    })?;
                    let max = if ip.is_ipv4() { 32 } else { 128 };
                    let len: u8 = len.parse().ok().filter(|l| *l <= max).ok_or_else(|| {
                        format!(
                            "webhook_allowed_hosts: `{entry}`: the prefix length must be 0 to {max}"
                        )
                    })?;
                    Allowed::Block(ip, len)
                }
                None => match e.trim_matches(['[', ']']).parse::<IpAddr>() {
                    Ok(ip) => Allowed::Block(ip, if ip.is_ipv4() { 32 } else { 128 }),
                    Err(_)
                        if !e.is_empty()
                            && e.chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.') =>
                    {
                        Allowed::Host(e.trim_end_matches('.').to_ascii_lowercase())
                    }
                    Err(_) => {
                        return Err(format!(
                            "webhook_allowed_hosts: `{entry}` is not a host name, an address or a CIDR block"
                        ));
                    }
                },
            };
            allowed.push(parsed);
        }
        Ok(Self { allowed })
    }

    fn allows_host(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        self.allowed
            .iter()
            .any(|a| matches!(a, Allowed::Host(h) if *h == host))
    }

    /// Whether a webhook may connect to `ip`.
    pub fn allows_ip(&self, ip: IpAddr) -> bool {
        !is_forbidden(ip)
            || self.allowed.iter().any(|a| match a {
                Allowed::Block(net, len) => in_block(ip, *net, *len),
                Allowed::Host(_) => false,
            })
    }

    /// Checks a URL when it is registered: `Err(host)` when it points at a forbidden address
    /// (a literal one, or a name that resolves to one). A name that does not resolve now is
    /// accepted; each delivery checks it again.
    pub async fn check_url(&self, url: &str) -> Result<(), String> {
        let Ok(parsed) = reqwest::Url::parse(url) else {
            return Ok(());
        };
        let Some(host) = parsed.host_str().map(str::to_string) else {
            return Ok(());
        };
        if let Some(ip) = literal_ip(&host) {
            return if self.allows_ip(ip) {
                Ok(())
            } else {
                Err(host)
            };
        }
        if self.allows_host(&host) {
            return Ok(());
        }
        let port = parsed.port_or_known_default().unwrap_or(443);
        let lookup = tokio::time::timeout(
            Duration::from_secs(3),
            tokio::net::lookup_host((host.clone(), port)),
        )
        .await;
        let refused = match lookup {
            Ok(Ok(mut addresses)) => addresses.any(|a| !self.allows_ip(a.ip())),
            _ => false,
        };
        if refused { Err(host) } else { Ok(()) }
    }
}

/// The address a URL's host names literally (`127.0.0.1`, `[::1]`), if it is one.
fn literal_ip(host: &str) -> Option<IpAddr> {
    host.trim_start_matches('[')
        .trim_end_matches(']')
        .parse()
        .ok()
}

fn in_block(ip: IpAddr, net: IpAddr, len: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) => {
            let mask = u32::MAX.checked_shl(32 - u32::from(len)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(len)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V4(_)) => ip
            .to_ipv4_mapped()
            .is_some_and(|v4| in_block(IpAddr::V4(v4), net, len)),
        (IpAddr::V4(_), IpAddr::V6(_)) => false,
    }
}

/// Whether an address is one a webhook must not reach without an exception: this machine,
/// private and shared networks, link-local (which holds the cloud metadata service,
/// 169.254.169.254), multicast, reserved and documentation ranges, and the Azure host service
/// (168.63.129.16). IPv6 addresses that embed an IPv4 address are judged by it.
pub fn is_forbidden(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => forbidden_v6(v6),
    }
}

fn forbidden_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    a == 0
        || ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT), Alibaba metadata
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments, Oracle metadata
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || ip.is_documentation()
        || ip.is_multicast()
        || a >= 240 // reserved and broadcast
        || ip == Ipv4Addr::new(168, 63, 129, 16)
}

fn forbidden_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return forbidden_v4(v4);
    }
    let s = ip.segments();
    let embedded = |hi: u16, lo: u16| {
        forbidden_v4(Ipv4Addr::new(
            (hi >> 8) as u8,
            hi as u8,
            (lo >> 8) as u8,
            lo as u8,
        ))
    };
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00 // unique local (holds AWS's fd00:ec2::254)
        || (s[0] & 0xffc0) == 0xfe80 // link-local
        || (s[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
        || (s[0] == 0x2001 && s[1] == 0x0db8) // documentation
        || (s[..6] == [0; 6] && embedded(s[6], s[7])) // IPv4-compatible (deprecated)
        || (s[0] == 0x0064 && s[1] == 0xff9b && embedded(s[6], s[7])) // NAT64
        || (s[0] == 0x2002 && embedded(s[1], s[2])) // 6to4
}

/// The worker's DNS resolver: the system's answers without the forbidden addresses; a name left
/// with none fails to resolve, and the delivery fails with that reason.
#[derive(Debug)]
pub(crate) struct GuardedResolver(pub(crate) Arc<Destinations>);

#[derive(Debug)]
struct Refused(String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "destination refused: {} resolves only to loopback, private, link-local or metadata addresses (allow it in webhook_allowed_hosts)",
            self.0
        )
    }
}

impl std::error::Error for Refused {}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let destinations = self.0.clone();
        let host = name.as_str().to_string();
        Box::pin(async move {
            let found: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let allowed: Vec<SocketAddr> = if destinations.allows_host(&host) {
                found
            } else {
                found
                    .into_iter()
                    .filter(|a| destinations.allows_ip(a.ip()))
                    .collect()
            };
            if allowed.is_empty() {
                return Err(Box::new(Refused(host)) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// Whether a delivery's URL names a forbidden address literally (which no resolver sees).
pub(crate) fn refused_literal(destinations: &Destinations, url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(url).ok()?;
    let ip = literal_ip(parsed.host_str()?)?;
    (!destinations.allows_ip(ip)).then(|| {
        format!(
            "destination refused: {ip} is a loopback, private, link-local or metadata address (allow it in webhook_allowed_hosts)"
        )
    })
}

/// Attempts before a delivery is given up.
pub const MAX_ATTEMPTS: i64 = 8;

/// The signature header value of a body.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac =
        hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// The wait before attempt `attempts + 1`: base × 2^(attempts − 1), at most an hour.
pub fn backoff(base: Duration, attempts: i64) -> Duration {
    let factor = 1u32 << attempts.clamp(1, 16).saturating_sub(1);
    (base * factor).min(Duration::from_secs(3600))
}

/// Runs until the process ends: twice a second, sends the deliveries that are due.
pub async fn run(state: AppState) {
    let destinations = match Destinations::new(&state.config.webhook_allowed_hosts) {
        Ok(d) => Arc::new(d),
        Err(e) => {
            tracing::error!(error = %e, "webhooks disabled");
            return;
        }
    };
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
        // A proxy would resolve the name itself, past the resolver's check.
        .no_proxy()
        .dns_resolver(GuardedResolver(destinations.clone()))
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "webhooks disabled: no HTTP client");
            return;
        }
    };
    let base = Duration::from_millis(state.config.webhook_retry_ms);
    loop {
        if let Err(e) = deliver_due(&state, &client, &destinations, base).await {
            tracing::warn!(error = %e, "webhook delivery pass failed");
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn deliver_due(
    state: &AppState,
    client: &reqwest::Client,
    destinations: &Destinations,
    base: Duration,
) -> anyhow::Result<()> {
    let now = cyberindex_store::now_ms();
    // Claimed, not just read: with several instances on one database each delivery is attempted
    // by one of them. The lease covers ten attempts at the client's 10-second timeout.
    for d in state.store.claim_deliveries(now, 120_000, 10).await? {
        if let Some(refused) = refused_literal(destinations, &d.url) {
            tracing::warn!(
                delivery = d.id,
                "webhook delivery refused: forbidden destination"
            );
            state
                .store
                .record_delivery(d.id, None, Some(&refused), false, None)
                .await?;
            continue;
        }
        let result = client
            .post(&d.url)
            .header("content-type", "application/json")
            .header("user-agent", "cyberindex-webhooks")
            .header("x-cyberindex-event", &d.event)
            .header("x-cyberindex-delivery", d.id.to_string())
            .header(
                "x-cyberindex-signature",
                signature(&d.secret, d.payload.as_bytes()),
            )
            .body(d.payload.clone())
            .send()
            .await;
        let attempts = d.attempts + 1;
        let (status, error) = match result {
            Ok(r) if r.status().is_success() => (Some(i64::from(r.status().as_u16())), None),
            Ok(r) => (
                Some(i64::from(r.status().as_u16())),
                Some(format!("HTTP {}", r.status())),
            ),
            Err(e) => (None, Some(error_chain(&e))),
        };
        let delivered = error.is_none();
        // A refused destination stays refused: no retry.
        let refused = error
            .as_deref()
            .is_some_and(|e| e.contains("destination refused"));
        let next = if delivered || refused || attempts >= MAX_ATTEMPTS {
            None
        } else {
            Some(now + backoff(base, attempts).as_millis() as i64)
        };
        if !delivered {
            tracing::warn!(delivery = d.id, attempts, error = ?error, "webhook delivery failed");
        }
        state
            .store
            .record_delivery(d.id, status, error.as_deref(), delivered, next)
            .await?;
    }
    Ok(())
}

/// An error with its causes (the resolver's refusal sits below reqwest's "error sending request").
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_loopback_link_local_and_metadata_addresses_are_forbidden() {
        for ip in [
            "127.0.0.1",
            "127.8.9.10",
            "0.0.0.0",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.100.100.200",
            "168.63.129.16",
            "192.0.0.192",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fd00:ec2::254",
            "fc00::1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::",
            "ff02::1",
        ] {
            assert!(is_forbidden(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "93.184.215.14",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
        ] {
            assert!(!is_forbidden(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn exceptions_are_hosts_addresses_or_blocks() {
        let d = Destinations::new(&[
            "127.0.0.1".into(),
            "10.1.2.0/24".into(),
            "Hooks.Internal.".into(),
            "[::1]".into(),
        ])
        .unwrap();
        assert!(d.allows_ip("127.0.0.1".parse().unwrap()));
        assert!(!d.allows_ip("127.0.0.2".parse().unwrap()));
        assert!(d.allows_ip("10.1.2.200".parse().unwrap()));
        assert!(!d.allows_ip("10.1.3.1".parse().unwrap()));
        assert!(d.allows_ip("::1".parse().unwrap()));
        assert!(d.allows_ip("::ffff:10.1.2.7".parse().unwrap()));
        assert!(d.allows_host("hooks.internal"));
        assert!(!d.allows_host("other.internal"));
        for bad in ["10.0.0.0/33", "not a host", "1.2.3.4/x", ""] {
            assert!(Destinations::new(&[bad.into()]).is_err(), "{bad}");
        }
    }

    #[test]
    fn signature_is_the_hmac_of_the_body() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        let base = Duration::from_secs(30);
        assert_eq!(backoff(base, 1), Duration::from_secs(30));
        assert_eq!(backoff(base, 2), Duration::from_secs(60));
        assert_eq!(backoff(base, 4), Duration::from_secs(240));
        assert_eq!(backoff(base, 12), Duration::from_secs(3600));
    }
}
