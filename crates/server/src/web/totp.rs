//! `GET/POST /login/totp`: the second factor of a sign-in.

use askama::Template;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::{MaybeCaller, Owed, Via};
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::ratelimit;
use crate::service::totp;
use crate::state::AppState;
use crate::web::login::ClientKey;
use crate::web::{Page, local_path, render, see_other};

#[derive(Debug, Template)]
#[template(path = "totp_code.html")]
struct CodePage {
    page: Page,
    error: Option<String>,
    next: String,
}

pub async fn show(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    Query(q): Query<NextQuery>,
) -> AppResult<Response> {
    match caller {
        Some(c) if c.owed == Some(Owed::TotpCode) => {
            let page = Page::new(tr, None, state.config.demo, &uri, tr.t("totp-code-title"));
            render(&CodePage {
                page,
                error: None,
                next: q.next,
            })
        }
        Some(_) => Ok(see_other(local_path(&q.next))),
        None => Ok(see_other("/login")),
    }
}

#[derive(Debug, Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    next: String,
}

#[derive(Debug, Deserialize)]
pub struct CodeForm {
    code: String,
    #[serde(default)]
    next: String,
}

pub async fn submit(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
    tr: Tr,
    uri: Uri,
    client: ClientKey,
    Form(form): Form<CodeForm>,
) -> AppResult<Response> {
    let Some(caller) = caller.filter(|c| c.owed == Some(Owed::TotpCode)) else {
        return Ok(see_other("/login"));
    };
    client.limit(&state, "totp", ratelimit::SIGN_IN)?;
    let secret = caller.user.totp_secret.clone().unwrap_or_default();
    if totp::check(&secret, &caller.user.email, form.code.trim()) {
        if let Via::Session { token_hash } = &caller.via {
            state.store.complete_session_totp(token_hash).await?;
            state.auth_cache.clear();
        }
        return Ok(see_other(local_path(&form.next)));
    }
    tracing::info!(user = caller.user.id, "failed TOTP code");
    let page = Page::new(tr, None, state.config.demo, &uri, tr.t("totp-code-title"));
    let mut response = render(&CodePage {
        page,
        error: Some(tr.t("totp-code-wrong")),
        next: form.next,
    })?;
    *response.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
    Ok(response)
}
