//! `GET /language/{code}?next=PATH`: remembers the chosen language in a cookie and goes back.

use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::Response;

use crate::i18n::Tr;
use crate::web::login::Next;
use crate::web::{local_path, see_other};

pub async fn choose(Path(code): Path<String>, Query(q): Query<Next>) -> Response {
    let tr = Tr::new(&code);
    let mut response = see_other(local_path(q.next()));
    response.headers_mut().insert(
        header::SET_COOKIE,
        format!("lang={}; Path=/; Max-Age=31536000; SameSite=Lax", tr.lang)
            .parse()
            .expect("valid header"),
    );
    response
}
