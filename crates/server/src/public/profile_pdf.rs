//! `GET /results/{edition}/v{n}/countries/{A3}/profile.pdf`: a country's profile as PDF in the
//! reader's language, typeset by `cyberindex_report` off the async workers (`spawn_blocking`)
//! with the fonts of [`super::report_fonts`].

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_report::profile_pdf;

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version, country)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    if loaded.site.unit(&country).is_none() {
        return Err(AppError::NotFound);
    }
    loaded.robustness_ready().await?;
    let site = Arc::clone(&loaded.site);
    let unit = country.clone();
    let pdf = tokio::task::spawn_blocking(move || {
        let fonts = super::report_fonts()?;
        let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
        profile_pdf(&site, &unit, tr.lang, &labels, &fonts)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("the PDF task failed: {e}")))?
    .map_err(|e| AppError::Internal(anyhow::anyhow!("profile PDF of {country}: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CACHE_CONTROL, "public, max-age=3600".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-v{}-{country}-{}.pdf\"",
                    loaded.meta.edition, loaded.meta.version, tr.lang
                ),
            ),
        ],
        pdf,
    )
        .into_response())
}
