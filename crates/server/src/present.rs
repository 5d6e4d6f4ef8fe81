//! View and JSON shapes that pages and the API both return, so neither imports the other's
//! handler modules.

use serde::Serialize;

use crate::service::answers::Progress;

/// What an autosave returns.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Saved {
    pub question: String,
    pub version: i64,
    pub value: Option<String>,
    pub progress: Progress,
}
