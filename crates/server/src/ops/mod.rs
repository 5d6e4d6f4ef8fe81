//! What an operator watches: `/healthz` and `/readyz` (`health.rs`), `/metrics` in the Prometheus
//! text format (`metrics.rs`), and a request id on every request, in its log lines, its
//! `X-Request-Id` response header and on error pages (`request_id.rs`), and the log's two
//! formats (`logs.rs`); the `503` page while `serve --demo` prepares its data (`preparing.rs`). `docs/deploy.md`
//! ("Health and metrics") says how to use them.

pub mod health;
pub mod logs;
pub mod metrics;
pub mod preparing;
pub mod request_id;
