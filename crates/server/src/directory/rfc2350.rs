//! `GET /directory/teams/{id}/rfc2350.txt` and `.md`: the team's RFC 2350 description, with
//! the fields the reader may see, as text or Markdown.

use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_directory::rfc2350;

use crate::auth::MaybeCaller;
use crate::error::{AppError, AppResult};
use crate::state::AppState;

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    Path((id, file)): Path<(String, String)>,
) -> AppResult<Response> {
    let level = super::level_for(super::reader(&caller), &id);
    let markdown = match file.as_str() {
        "rfc2350.txt" => false,
        "rfc2350.md" => true,
        _ => return Err(AppError::NotFound),
    };
    let (_, team) = super::load(&state, &id, level).await?;
    Ok(if markdown {
        super::text_file(
            "text/markdown; charset=utf-8",
            format!("{id}-rfc2350.md"),
            rfc2350::render_markdown(&team, level),
        )
    } else {
        super::text_file(
            "text/plain; charset=utf-8",
            format!("{id}-rfc2350.txt"),
            rfc2350::render_text(&team, level),
        )
    })
}
