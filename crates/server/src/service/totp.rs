//! Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 seconds, one step of clock skew).
//! A code works once: callers keep the last accepted time step per user (`Store::accept_totp_step`)
//! and refuse a code of the same or an earlier step.

use base64::Engine;
use qrcode::QrCode;
use qrcode::render::svg;
use totp_rs::{Algorithm, Builder, Secret, Totp};

const ISSUER: &str = "cyberindex";

/// A new random secret, base32.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    Secret::from(bytes).to_base32()
}

fn totp(secret: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_account_name(account.replace(':', ""))
        .with_issuer(Some(ISSUER))
        .build()
        .ok()
}

/// Whether `code` is valid now for this secret.
pub fn check(secret: &str, account: &str, code: &str) -> bool {
    matched_step(secret, account, code).is_some()
}

/// The time step (Unix seconds / 30) whose code `code` is, within the allowed skew of now.
pub fn matched_step(secret: &str, account: &str, code: &str) -> Option<i64> {
    totp(secret, account)
        .and_then(|t| t.check_current(code))
        .and_then(|step| i64::try_from(step).ok())
}

/// The current code (for tests and the demo).
pub fn current(secret: &str, account: &str) -> Option<String> {
    totp(secret, account).map(|t| t.generate_current().to_string())
}

/// The `otpauth://` URL an authenticator app reads.
pub fn url(secret: &str, account: &str) -> String {
    totp(secret, account)
        .and_then(|t| t.to_url().ok())
        .unwrap_or_default()
}

/// The URL as an SVG QR code, embedded as a data URI image (no inline markup, no script).
pub fn qr_data_uri(url: &str) -> String {
    let svg = QrCode::new(url.as_bytes())
        .map(|code| {
            code.render::<svg::Color<'_>>()
                .min_dimensions(200, 200)
                .build()
        })
        .unwrap_or_default();
    format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    )
}
