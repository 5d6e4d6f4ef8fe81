//! Shared state of the server.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use cyberindex_engine::Framework;
use cyberindex_store::Store;

use crate::config::Config;
use crate::error::{AppError, AppResult};
use crate::mail::Mailer;
use crate::ratelimit::Limiter;

/// Loaded publications by edition and version.
pub type Sites = HashMap<(String, i64), Arc<cyberindex_publish::Site>>;

#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Where evidence files are kept: local disk or an S3 bucket (`Config::evidence`).
    pub evidence: cyberindex_blobs::Blobs,
    pub limiter: Arc<Limiter>,
    pub mailer: Arc<Mailer>,
    pub auth_cache: Arc<crate::auth::AuthCache>,
    frameworks: Arc<RwLock<HashMap<String, Arc<Framework>>>>,
    /// Loaded publications by edition and version (they never change once written).
    pub sites: Arc<RwLock<Sites>>,
    /// Requests and latency by route, for `/metrics` (`ops/metrics.rs`).
    pub metrics: Arc<crate::ops::metrics::Metrics>,
    /// The edition reports made so far (`public/report_pdf.rs`).
    pub reports: Arc<crate::public::report_pdf::Reports>,
    /// Rendered public pages and files, compressed (`public/caching.rs`).
    pub pages: Arc<crate::public::caching::PageCache>,
    /// Set while `serve --demo` creates the demonstration data (`ops/preparing.rs`).
    pub preparing: Arc<crate::ops::preparing::Preparing>,
    /// Every change of a drill (a step, an inject released, a response, a verdict) and whose
    /// seats it concerns, for the pages that follow it live (`drills/events.rs`).
    pub drill_events: tokio::sync::broadcast::Sender<DrillChange>,
}

/// A drill changed; `teams` says whose seats see the change (`None`: every seat). The console
/// and the seats that follow every team hear every change of their drill.
#[derive(Debug, Clone)]
pub struct DrillChange {
    pub drill: i64,
    pub teams: Option<Arc<[String]>>,
}

impl DrillChange {
    /// Whether a page following `drill` for `team` (`None`: every team) should hear it.
    pub fn concerns(&self, drill: i64, team: Option<&str>) -> bool {
        self.drill == drill
            && match (&self.teams, team) {
                (Some(teams), Some(team)) => teams.iter().any(|t| t == team),
                _ => true,
            }
    }
}

impl AppState {
    pub fn new(store: Store, config: Config) -> anyhow::Result<Self> {
        let mailer = Mailer::new(config.smtp.as_ref())?;
        let evidence = config.evidence()?;
        Ok(Self {
            store,
            evidence,
            pages: Arc::new(crate::public::caching::PageCache::new(
                config.public.cache_bytes,
            )),
            config: Arc::new(config),
            limiter: Arc::new(Limiter::default()),
            mailer: Arc::new(mailer),
            auth_cache: Arc::default(),
            frameworks: Arc::default(),
            sites: Arc::default(),
            metrics: Arc::default(),
            reports: Arc::default(),
            preparing: Arc::default(),
            drill_events: tokio::sync::broadcast::channel(256).0,
        })
    }

    /// Tells every page following drill `id` that it changed (nobody listening is fine).
    pub fn drill_changed(&self, id: i64) {
        let _ = self.drill_events.send(DrillChange {
            drill: id,
            teams: None,
        });
    }

    /// Tells the pages following drill `id` for `teams` (and those following all of it) that
    /// it changed: a response or verdict concerns its team, a release the teams it reaches,
    /// a change to the unreleased timeline or the lessons nobody's seat (`[]`). With 200
    /// seats, announcing each response to all of them made each reload its page 1,300 times
    /// a second (BENCHMARKS.md, "CyberDrill releases under load").
    pub fn drill_changed_for(&self, id: i64, teams: Vec<String>) {
        let _ = self.drill_events.send(DrillChange {
            drill: id,
            teams: Some(teams.into()),
        });
    }

    /// The framework frozen into an edition (parsed once, then cached).
    pub async fn framework(&self, edition: &str) -> AppResult<Arc<Framework>> {
        if let Some(f) = self.frameworks.read().expect("not poisoned").get(edition) {
            return Ok(f.clone());
        }
        let stored = self.store.edition(edition).await?;
        let framework = cyberindex_framework::read(&stored.framework_source).map_err(|d| {
            AppError::Internal(anyhow::anyhow!(
                "the framework frozen into edition {edition} no longer reads: {}",
                cyberindex_framework::render("edition", &stored.framework_source, &d)
            ))
        })?;
        let framework = Arc::new(framework);
        self.frameworks
            .write()
            .expect("not poisoned")
            .insert(edition.to_string(), framework.clone());
        Ok(framework)
    }
}
