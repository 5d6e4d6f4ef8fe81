//! What the workflow needs of whoever delivers its messages: the server implements it with its
//! mailer (SMTP when configured, otherwise the outbox), and so does `cyberindex user add`.

use std::future::Future;

/// Why a message could not be queued or sent.
pub type NotifyError = Box<dyn std::error::Error + Send + Sync>;

/// Delivers the workflow's messages.
pub trait Notifier: Sync {
    /// The installation's public address, which links in messages start with (no trailing `/`).
    fn public_url(&self) -> &str;

    /// Queues, and sends when it can, a message to `to` that holds the single-use `secret`. Any
    /// copy that is kept must have the secret removed.
    fn send_secret(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> impl Future<Output = Result<(), NotifyError>> + Send;
}
