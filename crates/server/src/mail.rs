//! Outgoing email. Every message goes into the outbox first; with SMTP configured it is then
//! sent, otherwise an administrator reads it on the outbox page. Message bodies are never logged.
//!
//! **Single-use links never rest in the outbox.** A message carrying one (an invitation, a
//! password reset) is sent with [`Mailer::send_secret`]: the stored copy has the secret replaced
//! by [`REDACTED`] before it is written, so neither the outbox page nor a copy of the database
//! gives anyone a way into an account. Without SMTP, the invitation link is shown once to the
//! administrator who created it (the response to the invitation), and a reset link reaches no one:
//! a user who forgot the password asks an administrator.

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::Smtp;
use cyberindex_store::Store;

pub struct Mailer {
    transport: Option<(AsyncSmtpTransport<Tokio1Executor>, Mailbox)>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("smtp", &self.transport.is_some())
            .finish()
    }
}

impl Mailer {
    pub fn new(smtp: Option<&Smtp>) -> anyhow::Result<Self> {
        let Some(smtp) = smtp else {
            return Ok(Self { transport: None });
        };
        let builder = match smtp.security.as_str() {
            "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host)?,
            "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host)?,
            "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host),
            other => anyhow::bail!("smtp.security `{other}`: use starttls, tls or none"),
        };
        let mut builder = builder.port(smtp.port);
        if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
            builder = builder.credentials(Credentials::new(
                user.clone(),
                password.expose_secret().to_string(),
            ));
        }
        let from: Mailbox = smtp
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("smtp.from `{}`: {e}", smtp.from))?;
        Ok(Self {
            transport: Some((builder.build(), from)),
        })
    }

    /// Whether messages are sent, rather than only kept in the outbox.
    pub fn sends(&self) -> bool {
        self.transport.is_some()
    }

    /// Connects to the SMTP server as sending does (TLS, greeting, and the login when
    /// credentials are set), sends nothing and disconnects: for `cyberindex config check`.
    /// `Ok(false)` when no SMTP server is configured.
    pub async fn test_connection(&self) -> anyhow::Result<bool> {
        let Some((transport, _)) = &self.transport else {
            return Ok(false);
        };
        match transport.test_connection().await {
            Ok(true) => Ok(true),
            Ok(false) => anyhow::bail!("the server did not answer the greeting"),
            Err(e) => Err(e.into()),
        }
    }

    /// Queues a message in the outbox and, with SMTP, sends it.
    pub async fn send(
        &self,
        store: &Store,
        to: &str,
        subject: &str,
        body: &str,
    ) -> anyhow::Result<()> {
        self.deliver(store, to, subject, &redact_links(body), body)
            .await
            .map(drop)
    }

    /// Queues a message that holds a single-use `secret` and, with SMTP, sends it. The outbox
    /// keeps the body with the secret removed: the message as written exists only on its way to
    /// the recipient.
    pub async fn send_secret(
        &self,
        store: &Store,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> anyhow::Result<()> {
        self.send_secret_checked(store, to, subject, body, secret)
            .await
            .map(drop)
    }

    /// As [`Self::send_secret`], and says why the SMTP server did not take the message, if it
    /// did not (`None`: handed over, or kept in the outbox because no SMTP is configured).
    pub async fn send_secret_checked(
        &self,
        store: &Store,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> anyhow::Result<Option<String>> {
        let stored = if secret.is_empty() {
            redact_links(body)
        } else {
            redact_links(&body.replace(secret, REDACTED))
        };
        self.deliver(store, to, subject, &stored, body).await
    }

    /// Stores `stored` in the outbox and sends `body` when SMTP is configured. Why the SMTP
    /// server refused it, if it did.
    async fn deliver(
        &self,
        store: &Store,
        to: &str,
        subject: &str,
        stored: &str,
        body: &str,
    ) -> anyhow::Result<Option<String>> {
        let id = store.push_outbox(to, subject, stored).await?;
        let Some((transport, from)) = &self.transport else {
            tracing::info!(to, "email kept in the outbox (no SMTP configured)");
            return Ok(None);
        };
        let recipient = match to.parse() {
            Ok(recipient) => recipient,
            Err(e) => {
                let error = format!("{e}");
                store.mark_sent(id, Some(&error)).await?;
                return Ok(Some(error));
            }
        };
        let message = Message::builder()
            .from(from.clone())
            .to(recipient)
            .subject(subject)
            .body(body.to_string())?;
        match transport.send(message).await {
            Ok(_) => {
                store.mark_sent(id, None).await?;
                Ok(None)
            }
            Err(e) => {
                tracing::warn!(to, error = %e, "email not sent; it stays in the outbox");
                let error = e.to_string();
                store.mark_sent(id, Some(&error)).await?;
                Ok(Some(error))
            }
        }
    }
}

/// What a stored copy shows in place of a single-use link's secret.
pub const REDACTED: &str = "[single-use link removed: it is never stored]";

/// The paths whose last segment is a single-use secret (invitations, password resets and the
/// directory's reachability checks).
const SECRET_PATHS: [&str; 3] = ["/invitation/", "/password/reset/", "/directory/ack/"];

/// Replaces the secret of every single-use link in `text` with [`REDACTED`]: the outbox page
/// and stored copies use it, so that even a message written by other code never shows one.
pub fn redact_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = SECRET_PATHS
            .iter()
            .filter_map(|p| rest.find(p).map(|i| (i, p.len())))
            .min();
        let Some((at, len)) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..at + len]);
        rest = &rest[at + len..];
        let secret = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(rest.len());
        if secret > 0 {
            out.push_str(REDACTED);
        }
        rest = &rest[secret..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_lose_their_secrets() {
        let body = "Open this link:\n\nhttps://x.example/password/reset/AbC-12_z\n\nand https://x.example/invitation/Q9?x=1 or /editions/e/countries/KEN\n";
        let redacted = redact_links(body);
        assert!(
            !redacted.contains("AbC-12_z") && !redacted.contains("Q9"),
            "{redacted}"
        );
        assert_eq!(
            redacted,
            format!(
                "Open this link:\n\nhttps://x.example/password/reset/{REDACTED}\n\nand https://x.example/invitation/{REDACTED}?x=1 or /editions/e/countries/KEN\n"
            )
        );
        assert_eq!(redact_links("no links here"), "no links here");
    }
}

/// The workflow's [`Notifier`](cyberindex_workflow::Notifier) on a [`Mailer`]: messages go into
/// `store`'s outbox (secrets removed) and, with SMTP, out; links start with `public_url`. The
/// server makes one from its state (`service::notify::mailer`), `cyberindex user add` from the
/// configuration.
#[derive(Debug, Clone, Copy)]
pub struct MailNotifier<'a> {
    pub store: &'a Store,
    pub mailer: &'a Mailer,
    pub public_url: &'a str,
}

impl cyberindex_workflow::Notifier for MailNotifier<'_> {
    fn public_url(&self) -> &str {
        self.public_url
    }

    async fn send_secret(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> Result<(), cyberindex_workflow::NotifyError> {
        Ok(self
            .mailer
            .send_secret(self.store, to, subject, body, secret)
            .await?)
    }
    async fn send_checked(
        &self,
        to: &str,
        subject: &str,
        body: &str,
        secret: &str,
    ) -> Result<Option<String>, cyberindex_workflow::NotifyError> {
        Ok(self
            .mailer
            .send_secret_checked(self.store, to, subject, body, secret)
            .await?)
    }

    /// Keeps the notice in-app and emails it, in the recipient's own language.
    async fn notify(
        &self,
        to: &cyberindex_store::User,
        event: &cyberindex_workflow::Event<'_>,
        link: &str,
    ) -> Result<(), cyberindex_workflow::NotifyError> {
        let tr = crate::i18n::Tr::new(&to.language);
        let subject = crate::service::notify::subject(tr, event);
        self.store.notify(&[to.id], &subject, link).await?;
        let mut body = format!("{subject}\n\n");
        if let cyberindex_workflow::Event::StatusChanged {
            message: Some(message),
            ..
        } = event
            && !message.is_empty()
        {
            body.push_str(&format!(
                "{}\n\n{message}\n\n",
                tr.t("notify-reviewers-wrote")
            ));
        }
        body.push_str(&format!(
            "{}: {}{link}\n",
            tr.t("notify-open"),
            self.public_url
        ));
        self.mailer
            .send(self.store, &to.email, &subject, &body)
            .await?;
        Ok(())
    }
}
