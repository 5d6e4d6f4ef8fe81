//! Outgoing email. Every message goes into the outbox first; with SMTP configured it is then
//! sent, otherwise an administrator reads it on the outbox page. Message bodies hold secret links
//! and are never logged.

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

    /// Queues a message in the outbox and, with SMTP, sends it.
    pub async fn send(
        &self,
        store: &Store,
        to: &str,
        subject: &str,
        body: &str,
    ) -> anyhow::Result<()> {
        let id = store.push_outbox(to, subject, body).await?;
        let Some((transport, from)) = &self.transport else {
            tracing::info!(to, "email kept in the outbox (no SMTP configured)");
            return Ok(());
        };
        let message = Message::builder()
            .from(from.clone())
            .to(to.parse()?)
            .subject(subject)
            .body(body.to_string())?;
        match transport.send(message).await {
            Ok(_) => store.mark_sent(id, None).await?,
            Err(e) => {
                tracing::warn!(to, error = %e, "email not sent; it stays in the outbox");
                store.mark_sent(id, Some(&e.to_string())).await?;
            }
        }
        Ok(())
    }
}
