//! `GET /results/{edition}/v{n}/report.pdf`: the edition report as PDF in the reader's
//! language (summary, map, tier tables, regional averages, annexes, every country's profile).
//!
//! Typesetting it takes seconds (BENCHMARKS.md), and a publication never changes: each
//! version's report is made once per language, on a blocking thread, and kept in memory
//! ([`Reports`], at most [`KEPT`] of them). Readers who ask while it is being made wait for that
//! one run; a failure is not kept.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_report::edition_pdf;
use tokio::sync::OnceCell;

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;

/// How many reports are kept (a 194-country report is 3 to 6 MB).
pub const KEPT: usize = 12;

type Key = (String, i64, &'static str);
/// A report, made or being made.
type Cell = Arc<OnceCell<Arc<[u8]>>>;

/// The reports made so far, by edition, version and language, oldest first.
#[derive(Debug, Default)]
pub struct Reports {
    made: Mutex<(HashMap<Key, Cell>, VecDeque<Key>)>,
}

impl Reports {
    /// The cell of a report: made or being made by another reader, or new.
    fn cell(&self, key: Key) -> Cell {
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        let (cells, order) = &mut *made;
        if let Some(cell) = cells.get(&key) {
            return cell.clone();
        }
        if order.len() >= KEPT
            && let Some(oldest) = order.pop_front()
        {
            cells.remove(&oldest);
        }
        let cell: Cell = Arc::default();
        cells.insert(key.clone(), cell.clone());
        order.push_back(key);
        cell
    }
}

pub async fn show(
    State(state): State<AppState>,
    tr: Tr,
    Path((edition, version)): Path<(String, String)>,
) -> AppResult<Response> {
    let loaded = super::load(&state, &edition, &version).await?;
    let cell = state
        .reports
        .cell((loaded.meta.edition.clone(), loaded.meta.version, tr.lang));
    let pdf = cell
        .get_or_try_init(|| async {
            loaded.robustness_ready().await?;
            let site = Arc::clone(&loaded.site);
            tokio::task::spawn_blocking(move || {
                let fonts = super::report_fonts()?;
                let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
                edition_pdf(&site, tr.lang, &labels, &fonts)
            })
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("the PDF task failed: {e}")))?
            .map(Arc::from)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("edition report of {edition}: {e}")))
        })
        .await?
        .clone();
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CACHE_CONTROL, "public, max-age=3600".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"{}-v{}-{}.pdf\"",
                    loaded.meta.edition, loaded.meta.version, tr.lang
                ),
            ),
        ],
        axum::body::Bytes::from_owner(pdf),
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_is_made_once_per_version_and_language_and_the_oldest_goes_first() {
        let reports = Reports::default();
        let key = |v: i64, lang: &'static str| ("gci".to_string(), v, lang);
        let first = reports.cell(key(1, "fr"));
        assert!(first.set(Arc::from(&b"%PDF-fr"[..])).is_ok());
        // The same version and language: the same cell, already made.
        let again = reports.cell(key(1, "fr"));
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(again.get().map(|b| &b[..]), Some(&b"%PDF-fr"[..]));
        // Another language or version: another cell.
        assert!(!Arc::ptr_eq(&first, &reports.cell(key(1, "ru"))));
        assert!(!Arc::ptr_eq(&first, &reports.cell(key(2, "fr"))));
        // KEPT more reports push the first out: it would be made again.
        for v in 3..(3 + KEPT as i64) {
            let _ = reports.cell(key(v, "en"));
        }
        assert!(reports.cell(key(1, "fr")).get().is_none());
    }
}
