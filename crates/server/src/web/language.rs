//! `GET /language/{code}?next=PATH`: remembers the chosen language in a cookie and goes back.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::Response;

use crate::extract::{Next, safe_next};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::see_other;

pub async fn choose(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<Next>,
) -> Response {
    let tr = Tr::new(&code);
    let mut response = see_other(&safe_next(&state.config.public_url, q.next()));
    response.headers_mut().insert(
        header::SET_COOKIE,
        format!("lang={}; Path=/; Max-Age=31536000; SameSite=Lax", tr.lang)
            .parse()
            .expect("valid header"),
    );
    response
}
