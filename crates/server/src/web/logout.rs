//! `POST /logout`: ends the session on the server and clears the cookie.

use axum::extract::State;
use axum::http::header;
use axum::response::Response;

use crate::auth::{self, MaybeCaller, Via};
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::see_other;

pub async fn submit(
    State(state): State<AppState>,
    MaybeCaller(caller): MaybeCaller,
) -> AppResult<Response> {
    if let Some(auth::Caller {
        via: Via::Session { token_hash },
        ..
    }) = caller
    {
        // Recorded in the audit trail (`user.logout`).
        state.store.end_session(&token_hash).await?;
        state.auth_cache.clear();
    }
    let mut response = see_other("/login");
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::session_cookie("", 0, state.config.secure_cookies())
            .parse()
            .expect("valid header"),
    );
    // Answers kept on this device until the server confirmed them must not outlive the session
    // on a shared computer. Browsers honour this on https and loopback; `app.js` also clears
    // them when the sign-out form is sent, for plain-http installations.
    response.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        header::HeaderValue::from_static("\"storage\""),
    );
    Ok(response)
}
