//! The router and the middleware every request passes: request ids and metrics (`ops/`), security
//! headers, error pages (which show the request id), CSRF.

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequestParts, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, patch, post, put};

use crate::api;
use crate::auth;
use crate::error::{AppError, ErrorDetail};
use crate::i18n::{Render, Tr};
use crate::ops;
use crate::public;
use crate::state::AppState;
use crate::web::{self, *};

/// Request bodies other than uploads are limited to 1 MB.
const BODY_LIMIT: usize = 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let upload_limit = usize::try_from(state.config.max_upload_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(BODY_LIMIT);
    Router::new()
        .route("/", get(home::show))
        .route("/login", get(login::show).post(login::submit))
        .route("/login/totp", get(totp::show).post(totp::submit))
        .route("/logout", post(logout::submit))
        .route(
            "/invitation/{token}",
            get(invitation::show).post(invitation::submit),
        )
        .route("/password/reset", get(reset::show).post(reset::request))
        .route(
            "/password/reset/{token}",
            get(reset::show_confirm).post(reset::confirm),
        )
        .route("/language/{code}", get(language::choose))
        .route("/account", get(account::show))
        .route("/account/totp", post(account::enable_totp))
        .route("/account/totp/disable", post(account::disable_totp))
        .route("/account/password", post(account::change_password))
        .route("/account/tokens", post(account::create_token))
        .route("/account/tokens/{id}/revoke", post(account::revoke_token))
        .route("/admin/users", get(users::list).post(users::invite))
        .route(
            "/admin/users/{id}",
            get(user_edit::show).post(user_edit::edit),
        )
        .route("/admin/users/{id}/deactivate", post(user_edit::deactivate))
        .route("/admin/users/{id}/reactivate", post(user_edit::reactivate))
        .route("/admin/users/{id}/reinvite", post(user_edit::reinvite))
        .route("/admin/outbox", get(outbox::list))
        .route("/editions", get(editions::list))
        .route(
            "/editions/new",
            get(edition_create::show).post(edition_create::create),
        )
        .route(
            "/editions/{edition}/archive",
            get(edition_archive::confirm).post(edition_archive::archive),
        )
        .route(
            "/editions/{edition}/unarchive",
            post(edition_archive::unarchive),
        )
        .route("/editions/{edition}/dashboard", get(dashboard::show))
        .route(
            "/editions/{edition}/countries/{country}",
            get(workspace::show),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers",
            post(answers_save::save),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers/{question}",
            post(workspace::save),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers/{question}/evidence",
            post(evidence_add::add).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/editions/{edition}/countries/{country}/evidence/{id}",
            get(evidence_download::download),
        )
        .route(
            "/editions/{edition}/countries/{country}/evidence/{id}/delete",
            post(evidence_delete::delete),
        )
        .route(
            "/editions/{edition}/countries/{country}/submit",
            get(submit::review).post(submit::submit),
        )
        .route("/editions/{edition}/review", get(review_queue::show))
        .route("/editions/{edition}/desk-policy", post(desk_policy::change))
        .route("/editions/{edition}/audit", get(audit::edition))
        .route(
            "/editions/{edition}/countries/{country}/review",
            get(review::show),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers/{question}/review",
            post(review_decide::decide),
        )
        .route(
            "/editions/{edition}/countries/{country}/review/bulk",
            post(review_bulk::accept),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers/{question}/messages",
            post(message_post::post),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers/{question}/confirm",
            post(answer_confirm::confirm),
        )
        .route(
            "/editions/{edition}/countries/{country}/pillars/{pillar}/confirm",
            post(pillar_confirm::confirm),
        )
        .route(
            "/editions/{edition}/countries/{country}/answers/{question}/draft",
            post(answer_draft::draft),
        )
        .route(
            "/editions/{edition}/countries/{country}/drafts/send",
            post(answer_draft::send),
        )
        .route(
            "/editions/{edition}/countries/{country}/return",
            post(response_return::send_back),
        )
        .route(
            "/editions/{edition}/countries/{country}/validate",
            post(response_validate::validate),
        )
        .route(
            "/editions/{edition}/countries/{country}/reopen",
            post(response_reopen::reopen),
        )
        .route(
            "/editions/{edition}/countries/{country}/assignments",
            post(assignment::change),
        )
        .route("/notifications", get(notifications::list))
        .route("/notifications/read", post(notifications::read))
        .route("/admin/audit", get(audit::installation))
        .route(
            "/admin/webhooks",
            get(webhooks::list).post(webhooks::create),
        )
        .route("/admin/webhooks/{id}/delete", post(webhooks::delete))
        .route(
            "/api/v1/editions",
            get(api::editions_list::list).post(api::edition_post::create),
        )
        .route("/api/v1/directory/teams", get(api::teams_list::list))
        .route(
            "/api/v1/directory/teams/{id}",
            get(api::team_get::get)
                .put(api::team_put::put)
                .delete(api::team_put::delete),
        )
        .route(
            "/api/v1/directory/checks",
            get(api::checks_list::list).post(api::check_post::post),
        )
        .route(
            "/api/v1/directory/checks/calls/{ping}",
            post(api::check_call_post::post),
        )
        .route(
            "/api/v1/maturity/assessments",
            get(api::maturity_list::list),
        )
        .route(
            "/api/v1/maturity/assessments/{id}",
            get(api::maturity_get::get),
        )
        .route(
            "/api/v1/maturity/assessments/{id}/levels",
            put(api::maturity_levels_put::put_self),
        )
        .route(
            "/api/v1/maturity/assessments/{id}/validation",
            put(api::maturity_levels_put::put_validated),
        )
        .route(
            "/api/v1/maturity/teams/{team}/roadmap",
            get(api::maturity_roadmap::get),
        )
        .route(
            "/api/v1/maturity/roadmap/{item}",
            patch(api::maturity_roadmap::patch),
        )
        .route(
            "/api/v1/maturity/engagements",
            get(api::engagements_list::list),
        )
        .route("/api/v1/drills", get(api::drills_get::list))
        .route("/api/v1/drills/{id}", get(api::drills_get::get))
        .route(
            "/api/v1/drills/{id}/report",
            get(api::drill_report_get::get),
        )
        .route("/api/v1/drills/{id}/step", post(api::drill_post::step))
        .route(
            "/api/v1/drills/{id}/injects/{inject}",
            post(api::drill_post::inject),
        )
        .route(
            "/directory/checks/",
            get(crate::directory::checks::show).post(crate::directory::check_schedule::submit),
        )
        .route(
            "/directory/checks/{id}/",
            get(crate::directory::check_show::show),
        )
        .route(
            "/directory/checks/{id}/cancel",
            post(crate::directory::check_cancel::submit),
        )
        .route(
            "/directory/checks/{id}/calls/{ping}",
            post(crate::directory::check_call::submit),
        )
        .route(
            "/directory/checks.csv",
            get(crate::directory::checks_export::csv),
        )
        .route(
            "/directory/ack/{token}",
            get(crate::directory::ack::show).post(crate::directory::ack::submit),
        )
        .route(
            "/maturity/",
            get(crate::maturity::index::show).post(crate::maturity::create::submit),
        )
        .route("/maturity/portfolio", get(crate::maturity::portfolio::show))
        .route(
            "/maturity/portfolio.csv",
            get(crate::maturity::portfolio::download),
        )
        .route(
            "/maturity/prefill/{edition}/{country}",
            get(crate::maturity::prefill::show).post(crate::maturity::prefill::submit),
        )
        .route("/maturity/{id}/", get(crate::maturity::show::show))
        .route(
            "/maturity/{id}/levels",
            post(crate::maturity::levels_save::submit),
        )
        .route(
            "/maturity/{id}/validation",
            post(crate::maturity::validation_save::submit),
        )
        .route("/maturity/{id}/step", post(crate::maturity::step::submit))
        .route(
            "/maturity/{id}/reviewer",
            post(crate::maturity::reviewer_assign::submit),
        )
        .route(
            "/maturity/{id}/evidence",
            post(crate::maturity::evidence_add::submit).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/maturity/{id}/drill-evidence",
            post(crate::maturity::drill_evidence::submit),
        )
        .route(
            "/maturity/{id}/evidence/{evidence}/file",
            get(crate::maturity::evidence_download::download),
        )
        .route(
            "/maturity/{id}/evidence/{evidence}/delete",
            post(crate::maturity::evidence_delete::submit),
        )
        .route(
            "/maturity/{id}/assessment.xlsx",
            get(crate::maturity::sheet_export::download),
        )
        .route(
            "/maturity/{id}/import",
            get(crate::maturity::sheet_import::show)
                .post(crate::maturity::sheet_import::preview)
                .layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route("/maturity/{id}/rounds", get(crate::maturity::diff::show))
        .route(
            "/maturity/{id}/report.pdf",
            get(crate::maturity::report_pdf::download),
        )
        .route(
            "/maturity/{id}/roadmap",
            post(crate::maturity::roadmap_plan::submit),
        )
        .route("/maturity/teams/{team}/", get(crate::maturity::team::show))
        .route(
            "/maturity/teams/{team}/publication",
            post(crate::maturity::publication_save::submit),
        )
        .route(
            "/maturity/teams/{team}/roadmap",
            get(crate::maturity::roadmap::show),
        )
        .route(
            "/maturity/teams/{team}/roadmap.xlsx",
            get(crate::maturity::roadmap::download),
        )
        .route(
            "/maturity/roadmap/{item}",
            post(crate::maturity::roadmap_update::submit),
        )
        .route(
            "/maturity/establishment/",
            get(crate::establishment::index::show).post(crate::establishment::create::submit),
        )
        .route(
            "/maturity/establishment/{id}/",
            get(crate::establishment::show::show),
        )
        .route(
            "/maturity/establishment/{id}/phase",
            post(crate::establishment::phase_move::submit),
        )
        .route(
            "/maturity/establishment/{id}/team",
            post(crate::establishment::team_link::submit),
        )
        .route(
            "/maturity/establishment/{id}/deliverables",
            post(crate::establishment::deliverable_add::submit)
                .layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/maturity/establishment/{id}/services",
            post(crate::establishment::services_save::submit),
        )
        .route(
            "/maturity/establishment/deliverables/{deliverable}/decision",
            post(crate::establishment::deliverable_decide::submit),
        )
        .route(
            "/maturity/establishment/deliverables/{deliverable}/file",
            get(crate::establishment::deliverable_download::download),
        )
        .route("/drills/", get(crate::drills::index::show))
        .route(
            "/drills/new",
            get(crate::drills::create::show).post(crate::drills::create::submit),
        )
        .route("/drills/programme", get(crate::drills::programme::show))
        .route("/drills/results/", get(crate::drills::public_index::show))
        .route(
            "/drills/results/{id}/",
            get(crate::drills::public_show::show),
        )
        .route(
            "/drills/results/{id}/report.pdf",
            get(crate::drills::public_download::pdf),
        )
        .route(
            "/drills/results/{id}/report.xlsx",
            get(crate::drills::public_download::xlsx),
        )
        .route("/drills/{id}/", get(crate::drills::console::show))
        .route("/drills/{id}/teams", post(crate::drills::team_add::submit))
        .route(
            "/drills/{id}/improvements",
            post(crate::drills::improvement_add::submit),
        )
        .route(
            "/drills/{id}/improvements/{item}",
            post(crate::drills::improvement_update::submit),
        )
        .route(
            "/drills/{id}/responses/{response}/file",
            get(crate::drills::response_file::by_facilitator),
        )
        .route("/drills/play/lessons", post(crate::drills::lessons::submit))
        .route(
            "/drills/play/responses/{response}/file",
            get(crate::drills::response_file::by_seat),
        )
        .route("/drills/{id}/step", post(crate::drills::step::submit))
        .route(
            "/drills/{id}/injects/{inject}",
            post(crate::drills::inject_act::submit),
        )
        .route(
            "/drills/{id}/links",
            post(crate::drills::link_issue::submit),
        )
        .route(
            "/drills/{id}/links/{link}/revoke",
            post(crate::drills::link_revoke::submit),
        )
        .route("/drills/{id}/events", get(crate::drills::events::console))
        .route(
            "/drills/{id}/report.pdf",
            get(crate::drills::report_download::pdf),
        )
        .route(
            "/drills/{id}/report.xlsx",
            get(crate::drills::report_download::xlsx),
        )
        .route(
            "/drills/{id}/evaluate",
            post(crate::drills::evaluate::by_facilitator),
        )
        .route(
            "/drills/join/{token}",
            get(crate::drills::join::show).post(crate::drills::join::submit),
        )
        .route("/drills/play/", get(crate::drills::play::show))
        .route("/drills/play/events", get(crate::drills::events::seat))
        .route(
            "/drills/play/report.pdf",
            get(crate::drills::play_report::pdf),
        )
        .route(
            "/drills/play/respond",
            post(crate::drills::respond::submit).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/drills/play/evaluate",
            post(crate::drills::evaluate::by_link),
        )
        .route("/directory/", get(crate::directory::index::show))
        .route(
            "/directory/regions/{region}/",
            get(crate::directory::region::show),
        )
        .route(
            "/directory/countries/{country}/",
            get(crate::directory::country::show),
        )
        .route(
            "/directory/lists/",
            get(crate::directory::lists::show).post(crate::directory::list_save::submit),
        )
        .route(
            "/directory/lists/{id}/delete",
            post(crate::directory::list_delete::submit),
        )
        .route(
            "/directory/lists/{file}",
            get(crate::directory::list_export::download),
        )
        .route("/directory/teams.json", get(crate::directory::export::json))
        .route("/directory/teams.xlsx", get(crate::directory::export::xlsx))
        .route(
            "/directory/template.csv",
            get(crate::directory::export::template),
        )
        .route(
            "/directory/template.xlsx",
            get(crate::directory::export::template),
        )
        .route(
            "/directory/import",
            get(crate::directory::import_form::show)
                .post(crate::directory::import_preview::submit)
                .layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/directory/import/apply",
            post(crate::directory::import_apply::submit).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/directory/teams.csv",
            get(crate::directory::export::spreadsheet),
        )
        .route(
            "/directory/teams.first.json",
            get(crate::directory::export::first),
        )
        .route(
            "/directory/teams.ti.json",
            get(crate::directory::export::ti),
        )
        .route("/directory/teams/{id}/", get(crate::directory::team::show))
        .route(
            "/directory/teams/{id}/edit",
            get(crate::directory::edit::show).post(crate::directory::edit::submit),
        )
        .route(
            "/directory/new",
            get(crate::directory::new::show).post(crate::directory::new::submit),
        )
        .route(
            "/directory/teams/{id}/security.txt",
            get(crate::directory::security_txt::show),
        )
        .route(
            "/directory/teams/{id}/team.vcf",
            get(crate::directory::vcard::show),
        )
        .route(
            "/directory/teams/{id}/security-txt/fetch",
            post(crate::directory::security_txt_fetch::submit),
        )
        .route(
            "/directory/teams/{id}/rfc2350/sign",
            get(crate::directory::rfc2350_sign::show).post(crate::directory::rfc2350_sign::submit),
        )
        .route(
            "/directory/teams/{id}/{file}",
            get(crate::directory::rfc2350::show),
        )
        .route(
            "/api/v1/editions/{edition}/archive",
            post(api::edition_post::archive),
        )
        .route(
            "/api/v1/editions/{edition}/unarchive",
            post(api::edition_post::unarchive),
        )
        .route(
            "/api/v1/editions/{edition}/responses",
            get(api::responses_list::list),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/evidence/{id}",
            get(evidence_download::download).delete(api::evidence_delete::delete),
        )
        .route("/api/v1/users", post(api::user_post::create))
        .route("/api/v1/users/{id}", patch(api::user_patch::patch))
        .route(
            "/api/v1/users/{id}/deactivate",
            post(api::user_patch::deactivate),
        )
        .route(
            "/api/v1/users/{id}/reactivate",
            post(api::user_patch::reactivate),
        )
        .route(
            "/api/v1/users/{id}/reinvite",
            post(api::user_patch::reinvite),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}",
            get(api::response_get::get),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/answers/{question}",
            put(api::answer_put::put),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/answers/{question}/evidence",
            post(api::evidence_post::post).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/submit",
            post(api::submit_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/answers/{question}/review",
            post(api::review_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/answers/{question}/messages",
            post(api::message_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/return",
            post(api::return_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/validate",
            post(api::validate_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/audit",
            get(api::audit_get::get),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/reopen",
            post(api::reopen_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/answers/{question}/confirm",
            post(api::confirm_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/pillars/{pillar}/confirm",
            post(api::pillar_confirm_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/responses/{country}/answers/{question}/draft",
            put(api::draft_put::put),
        )
        .route("/results/", get(public::index::show))
        .route(
            "/results",
            get(|| async { Redirect::permanent("/results/") }),
        )
        .route("/results/{edition}/", get(public::index::latest))
        .route("/results/{edition}/{version}/", get(public::overview::show))
        .route(
            "/results/{edition}/{version}/map-score/",
            get(public::overview::show_by_score),
        )
        .route(
            "/results/{edition}/{version}/ranking/",
            get(public::ranking::show),
        )
        .route(
            "/results/{edition}/{version}/compare/",
            get(public::compare::show),
        )
        .route(
            "/results/{edition}/{version}/methodology/",
            get(public::methodology::show),
        )
        .route(
            "/results/{edition}/{version}/charts/{file}",
            get(public::charts::file),
        )
        .route(
            "/results/{edition}/{version}/charts/{id}/",
            get(public::charts::embed),
        )
        .route(
            "/results/{edition}/{version}/search/",
            get(public::search::show),
        )
        .route(
            "/results/{edition}/{version}/search/countries.json",
            get(public::search::countries_json),
        )
        .route(
            "/results/{edition}/{version}/data/",
            get(public::data::show),
        )
        .route(
            "/results/{edition}/{version}/countries/{country}/",
            get(public::profile::show),
        )
        .route(
            "/results/{edition}/{version}/countries/{country}/profile.pdf",
            get(public::profile_pdf::show),
        )
        .route(
            "/results/{edition}/{version}/report.pdf",
            get(public::report_pdf::show),
        )
        .route(
            "/results/{edition}/{version}/robustness/",
            get(public::robustness::show),
        )
        .route("/editions/{edition}/robustness", get(web::robustness::show))
        .route(
            "/opendata/{edition}/{version}/{file}",
            get(public::data::file),
        )
        .route(
            "/opendata/{edition}/{version}/evidence/{id}/{name}",
            get(public::data::evidence),
        )
        .route(
            "/opendata/{edition}/{version}/evidence/{file}",
            get(public::data::evidence_file),
        )
        .route(
            "/editions/{edition}/publish",
            get(web::publish::show).post(web::publish::submit),
        )
        .route(
            "/api/v1/editions/{edition}/publish",
            post(api::publish_post::post),
        )
        .route(
            "/api/v1/editions/{edition}/results",
            get(api::results_get::get),
        )
        .route("/api/v1/openapi.json", get(api::openapi::document))
        .route(
            "/static/app.css",
            get(|| async {
                static_file("text/css; charset=utf-8", include_str!("../static/app.css"))
            }),
        )
        .route(
            "/static/favicon.svg",
            get(|| async { static_file("image/svg+xml", include_str!("../static/favicon.svg")) }),
        )
        .route(
            "/static/public.js",
            get(|| async {
                static_file(
                    "text/javascript; charset=utf-8",
                    include_str!("../static/public.js"),
                )
            }),
        )
        .route(
            "/static/app.js",
            get(|| async {
                static_file(
                    "text/javascript; charset=utf-8",
                    include_str!("../static/app.js"),
                )
            }),
        )
        .route("/healthz", get(ops::health::live))
        .route("/readyz", get(ops::health::ready))
        .merge(ops::metrics::on_main_address(&state.config))
        .fallback(|| async { AppError::NotFound })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn_with_state(state.clone(), csrf))
        .layer(middleware::from_fn_with_state(state.clone(), error_pages))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            ops::preparing::middleware,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security_headers,
        ))
        // Outside the error pages, so that they can show the request id and the metrics count
        // the status the client gets; after routing (`Router::layer`), so both see the route.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            ops::metrics::track,
        ))
        .layer(middleware::from_fn(ops::request_id::middleware))
        // Pages are text and compress about tenfold: it matters on slow links. Files that are
        // already compressed (PDF, images, office documents, XLSX, Parquet) go out as they are.
        .layer(
            tower_http::compression::CompressionLayer::new().compress_when(
                tower_http::compression::Predicate::and(
                    tower_http::compression::predicate::DefaultPredicate::new(),
                    compressible,
                ),
            ),
        )
        // Outside compression: validators and 304s for exactly the bytes sent.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            public::caching::middleware,
        ))
        .with_state(state)
}

/// Whether a response is text that compresses well (pages, JSON, CSV, scripts, SVG, TOML).
/// Anything else, such as evidence files and binary data files, is sent as it is.
fn compressible(
    _: StatusCode,
    _: axum::http::Version,
    headers: &axum::http::HeaderMap,
    _: &axum::http::Extensions,
) -> bool {
    compressible_media(headers)
}

/// Whether a response's `Content-Type` is text that compresses well (see [`compressible`]).
pub(crate) fn compressible_media(headers: &axum::http::HeaderMap) -> bool {
    let Some(media) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let media = media
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    media.starts_with("text/")
        || matches!(
            media.as_str(),
            "application/json"
                | "application/schema+json"
                | "application/javascript"
                | "application/xml"
                | "application/toml"
                | "image/svg+xml"
        )
}

fn static_file(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
        .into_response()
}

/// Headers on every response: a strict Content-Security-Policy with no inline script, no MIME
/// sniffing, no framing, and no caching of private pages.
async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let frameable = response
        .extensions()
        .get::<web::FrameableBySelf>()
        .is_some();
    let embeddable = response
        .extensions()
        .get::<web::FrameableByAnyone>()
        .is_some();
    let headers = response.headers_mut();
    // Behind https, browsers are told to come back only over https for a year, so a network
    // attacker cannot strip TLS from a later visit. Not sent for an http public URL, where it
    // would be ignored, nor with includeSubDomains, which would bind the operator's other hosts.
    if state.config.secure_cookies() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    // An evidence preview (an image or a PDF, by content) may be framed by this site's own
    // review page, and by nothing else.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        if embeddable {
            HeaderValue::from_static("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *")
        } else if frameable {
            HeaderValue::from_static("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")
        } else {
            HeaderValue::from_static("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
        },
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // A public chart's own page may be framed by any site (it says so in its CSP, which
    // browsers prefer); X-Frame-Options cannot say "anyone", so it is left out there.
    if !embeddable {
        headers.insert(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static(if frameable { "SAMEORIGIN" } else { "DENY" }),
        );
    }
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// Cross-site request protection for cookie-authenticated writes: a state-changing request
/// without a bearer token must come from this site, as the browser tells through
/// `Sec-Fetch-Site`, or else through `Origin`.
async fn csrf(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("Bearer "));
    // An API call without a session cookie carries no ambient authority to abuse: it is
    // authenticated by its token or not at all (and then gets 401).
    let api_without_cookie = request.uri().path().starts_with("/api/")
        && auth::cookie(request.headers(), auth::SESSION_COOKIE).is_none();
    if safe || bearer || api_without_cookie {
        return next.run(request).await;
    }
    let headers = request.headers();
    let allowed = match headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => headers
            .get(header::ORIGIN)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|origin| origin == origin_of(&state.config.public_url)),
    };
    if allowed {
        next.run(request).await
    } else {
        tracing::warn!(path = %loggable_path(request.uri().path()), "cross-site request refused");
        AppError::CrossSite.into_response()
    }
}

/// A request path as it may be written to the log: the secret of a single-use link
/// (`/invitation/{token}`, `/password/reset/{token}`) and any other segment long enough to be a
/// secret (24 characters or more) become `…`. Query strings and bodies are never logged.
fn loggable_path(path: &str) -> String {
    let secret_from = if path.starts_with("/invitation/") {
        2
    } else if path.starts_with("/password/reset/") || path.starts_with("/directory/ack/") {
        3
    } else {
        usize::MAX
    };
    path.split('/')
        .enumerate()
        .map(|(i, segment)| {
            if i >= secret_from || segment.len() >= 24 {
                "…"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(i) => &url[..after_scheme + i],
        None => url,
    }
}

/// Turns API-style errors on page routes into pages in the user's language; sends anonymous
/// visitors of a private page to the login page.
async fn error_pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let query = request
        .uri()
        .query()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    let method = request.method().clone();
    let request_id = request
        .extensions()
        .get::<ops::request_id::RequestId>()
        .map(|id| id.0.clone());
    let wants_json = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    let (mut parts, body) = request.into_parts();
    let tr = Tr::from_request_parts(&mut parts, &())
        .await
        .unwrap_or(Tr::new("en"));
    let cookies = parts.headers.clone();
    let response = next.run(Request::from_parts(parts, body)).await;
    if path.starts_with("/api/") || wants_json {
        return response;
    }
    let Some(detail) = response.extensions().get::<ErrorDetail>().cloned() else {
        return response;
    };
    let status = response.status();
    if status == StatusCode::UNAUTHORIZED && method == Method::GET {
        return web::see_other(&format!(
            "/login?next={}",
            crate::extract::urlencode(&format!("{path}{query}"))
        ));
    }
    let user = match auth::cookie(&cookies, auth::SESSION_COOKIE) {
        Some(token) => state
            .store
            .session(&auth::hash_token(&token))
            .await
            .ok()
            .flatten()
            .map(|(u, _)| u),
        None => None,
    };
    let shown = |detail: &ErrorDetail| {
        detail
            .msg
            .as_ref()
            .map_or_else(|| detail.message.clone(), |m| m.render(tr))
    };
    let (heading, message) = match detail.code.as_str() {
        "not-found" => (tr.t("error-not-found"), tr.t("error-not-found-text")),
        "unauthorized" => (tr.t("error-unauthorized"), tr.t("error-unauthorized-text")),
        "rate-limited" => (tr.t("error-rate-limited"), tr.t("error-rate-limited-text")),
        "cross-site" => (tr.t("error-cross-site"), tr.t("error-cross-site-text")),
        "internal" => (tr.t("error-internal"), tr.t("error-internal-text")),
        "locked" => (tr.t("error-locked"), shown(&detail)),
        "closed" => (tr.t("error-closed"), shown(&detail)),
        _ => (tr.t("error-problem"), shown(&detail)),
    };
    let uri: axum::http::Uri = path.parse().unwrap_or_default();
    let page = Page::new(tr, user.as_ref(), state.config.demo, &uri, heading.clone());
    let reference = request_id.map(|id| tr.ta("error-reference", &[("id", &id)]));
    match render(&ErrorPage {
        page,
        heading,
        message,
        reference,
    }) {
        Ok(mut page) => {
            *page.status_mut() = status;
            page
        }
        Err(_) => (status, Body::from(detail.message)).into_response(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn link_secrets_never_reach_the_log() {
        assert_eq!(
            super::loggable_path("/password/reset/abc"),
            "/password/reset/…"
        );
        assert_eq!(super::loggable_path("/invitation/x-y"), "/invitation/…");
        assert_eq!(
            super::loggable_path("/api/v1/x/cyx_0123456789abcdefghijklmnop"),
            "/api/v1/x/…"
        );
        assert_eq!(
            super::loggable_path("/editions/e2026/countries/KEN/submit"),
            "/editions/e2026/countries/KEN/submit"
        );
        assert_eq!(super::loggable_path("/password/reset"), "/password/reset");
    }

    #[test]
    fn origins() {
        assert_eq!(
            super::origin_of("https://index.example.org/app"),
            "https://index.example.org"
        );
        assert_eq!(
            super::origin_of("http://127.0.0.1:8080"),
            "http://127.0.0.1:8080"
        );
    }
}
