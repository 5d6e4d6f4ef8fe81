//! `GET /drills/join/{token}`: what a participant link opens (the drill, the role and the
//! team), with a button to join. Opening the page does not use the link (mail scanners open
//! links); `POST` does: once only, it opens the seat (the `cyberindex_drill` cookie, until the
//! link's drill is over) and leads to `/drills/play/`. A used, expired, withdrawn or unknown
//! link says which.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, Uri, header};
use axum::response::{IntoResponse, Response};

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "drills/join.html")]
pub struct JoinPage {
    pub page: Page,
    pub token: String,
}

/// A token as issued (base64url of 32 bytes); anything else is refused before the database.
fn plausible(token: &str) -> bool {
    (20..=100).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    tr: Tr,
    uri: Uri,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if !plausible(&token) {
        return Err(cyberindex_workflow::drill::DrillError::LinkUnknown.into());
    }
    let user = caller.0.as_ref().map(|c| &c.user);
    let mut response = render(&JoinPage {
        page: Page::new(tr, user, state.config.demo, &uri, tr.t("drill-join-title")),
        token,
    })?;
    // The secret is in this page's address: it must not leave in a Referer.
    response.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    Ok(response)
}

pub async fn submit(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> AppResult<Response> {
    if !plausible(&token) {
        return Err(cyberindex_workflow::drill::DrillError::LinkUnknown.into());
    }
    let now = cyberindex_store::now_ms();
    let (session, link) =
        cyberindex_workflow::drill::redeem_link(&state.store, &token, now).await?;
    let seconds = ((link.expires_at - now) / 1000).max(60);
    let mut response = see_other("/drills/play/");
    let cookie = super::seat_cookie(&session, seconds, state.config.secure_cookies());
    response.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_str(&cookie).map_err(|e| anyhow::anyhow!("cookie: {e}"))?,
    );
    Ok(response.into_response())
}
