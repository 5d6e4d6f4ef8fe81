//! `POST /directory/lists/`: the secretariat saves the who's who's current filter (`query`, the
//! page's query string) under a `name`. The filter is read and written back, so only the
//! who's who's own keys are kept. Audited (`directory.query.save`).

use axum::Form;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::web::see_other;

/// The longest name of a list, in characters.
pub const NAME_MAX_CHARS: usize = 200;

#[derive(Debug, Deserialize)]
pub struct SaveForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub query: String,
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<SaveForm>,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let name = form.name.trim();
    if name.is_empty()
        || name.chars().count() > NAME_MAX_CHARS
        || name.chars().any(char::is_control)
    {
        return Err(AppError::bad(
            "name",
            crate::msg!("directory-list-error-name", max = NAME_MAX_CHARS),
        ));
    }
    let query = super::Filter::parse(&form.query).query_string();
    state
        .store
        .save_query(name, &query, Some(secretariat.0.id))
        .await?;
    Ok(see_other("/directory/lists/"))
}
