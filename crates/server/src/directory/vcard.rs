//! `GET /directory/teams/{id}/team.vcf`: the team's contact card (vCard 4.0), with the
//! channels the reader may see, followed by a card for each contact person the reader may see
//! who consented to it.

use axum::extract::{Path, State};
use axum::response::Response;
use cyberindex_directory::vcard;

use crate::auth::MaybeCaller;
use crate::error::AppResult;
use crate::state::AppState;

pub async fn show(
    State(state): State<AppState>,
    caller: MaybeCaller,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let level = super::level_for(super::reader(&caller), &id);
    let (_, team) = super::load(&state, &id, level).await?;
    Ok(super::text_file(
        "text/vcard; charset=utf-8",
        format!("{id}.vcf"),
        vcard::team_card(&team, level) + &vcard::contact_cards(&team, level),
    ))
}
