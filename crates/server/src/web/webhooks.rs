//! `GET /admin/webhooks`: webhook endpoints and the delivery log; `POST` adds an endpoint (its
//! signing secret is shown once; loopback, private, link-local and metadata destinations are
//! refused, see `service/webhooks.rs`); `POST /admin/webhooks/{id}/delete` disables one.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::{SignedIn, random_token};
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::service::webhooks::Destinations;
use crate::state::AppState;
use crate::web::{Page, render, see_other, when};

#[derive(Debug)]
pub struct DeliveryView {
    pub id: i64,
    pub url: String,
    pub event: String,
    pub created: String,
    pub attempts: i64,
    pub outcome: String,
}

#[derive(Debug, Template)]
#[template(path = "webhooks.html")]
struct WebhooksPage {
    page: Page,
    new_secret: Option<(String, String)>,
    hooks: Vec<(i64, String, String)>,
    deliveries: Vec<DeliveryView>,
}

async fn page(
    state: &AppState,
    signed: &SignedIn,
    tr: Tr,
    uri: &Uri,
    new_secret: Option<(String, String)>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let hooks = state
        .store
        .webhooks()
        .await?
        .into_iter()
        .map(|h| (h.id, h.url, when(h.created_at)))
        .collect();
    let deliveries = state
        .store
        .deliveries(200)
        .await?
        .into_iter()
        .map(|d| DeliveryView {
            outcome: match (&d.delivered_at, &d.next_attempt_at, &d.last_error) {
                (Some(at), _, _) => tr.ta("webhook-delivered", &[("when", &when(*at))]),
                (None, Some(next), error) => tr.ta(
                    "webhook-retrying",
                    &[
                        ("when", &when(*next)),
                        ("error", error.as_deref().unwrap_or("")),
                    ],
                ),
                (None, None, error) => tr.ta(
                    "webhook-failed",
                    &[("error", error.as_deref().unwrap_or(""))],
                ),
            },
            id: d.id,
            url: d.url,
            event: d.event,
            created: when(d.created_at),
            attempts: d.attempts,
        })
        .collect();
    let page = Page::new(
        tr,
        Some(&admin.0),
        state.config.demo,
        uri,
        tr.t("webhooks-title"),
    );
    render(&WebhooksPage {
        page,
        new_secret,
        hooks,
        deliveries,
    })
}

pub async fn list(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    page(&state, &signed, tr, &uri, None).await
}

#[derive(Debug, Deserialize)]
pub struct WebhookForm {
    #[serde(default)]
    url: String,
}

pub async fn create(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Form(form): Form<WebhookForm>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let url = form.url.trim();
    if !cyberindex_answers::is_url(url) {
        return Err(AppError::bad(
            "url",
            crate::msg!("error-webhook-url", url = url),
        ));
    }
    // Loopback, private, link-local and metadata destinations are refused (unless the
    // configuration allows them); each delivery checks again after resolving the name.
    let destinations =
        Destinations::new(&state.config.webhook_allowed_hosts).map_err(anyhow::Error::msg)?;
    if let Err(host) = destinations.check_url(url).await {
        return Err(AppError::bad(
            "url",
            crate::msg!("error-webhook-destination", host = host),
        ));
    }
    let secret = random_token();
    state
        .store
        .create_webhook(url, &secret, Some(admin.0.id))
        .await?;
    page(&state, &signed, tr, &uri, Some((url.to_string(), secret))).await
}

pub async fn delete(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    state.store.delete_webhook(id, Some(admin.0.id)).await?;
    Ok(see_other("/admin/webhooks"))
}
