//! Webhook delivery. Status changes queue a delivery per active webhook in the same transaction
//! (see the store); this worker posts them, signed, and retries failures with exponential backoff.
//!
//! Each request carries:
//! - `X-Cyberindex-Event`: the event name;
//! - `X-Cyberindex-Delivery`: the delivery id (the same on every retry, for de-duplication);
//! - `X-Cyberindex-Signature`: `sha256=` and the hex HMAC-SHA256 of the body under the webhook's
//!   secret.

use std::time::Duration;

use hmac::{KeyInit, Mac};

use crate::state::AppState;

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
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .redirect(reqwest::redirect::Policy::none())
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
        if let Err(e) = deliver_due(&state, &client, base).await {
            tracing::warn!(error = %e, "webhook delivery pass failed");
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

async fn deliver_due(
    state: &AppState,
    client: &reqwest::Client,
    base: Duration,
) -> anyhow::Result<()> {
    let now = cyberindex_store::now_ms();
    for d in state.store.due_deliveries(now, 50).await? {
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
            Err(e) => (None, Some(e.to_string())),
        };
        let delivered = error.is_none();
        let next = if delivered || attempts >= MAX_ATTEMPTS {
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

#[cfg(test)]
mod tests {
    use super::*;

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
