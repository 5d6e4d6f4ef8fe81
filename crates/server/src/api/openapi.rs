//! `GET /api/v1/openapi.json`: the OpenAPI document of the JSON API.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "cyberindex API", description = "Editions, country responses, answers and evidence, review, the audit trail, the CIRT directory, CIRT maturity assessments and CyberDrills. Authenticate with `Authorization: Bearer TOKEN` (a personal API token from the account page or `cyberindex token create`)."),
    paths(
        crate::api::editions_list::list,
        crate::api::publish_post::post,
        crate::api::results_get::get,
        crate::api::response_get::get,
        crate::api::answer_put::put,
        crate::api::evidence_post::post,
        crate::api::submit_post::post,
        crate::api::review_post::post,
        crate::api::message_post::post,
        crate::api::return_post::post,
        crate::api::validate_post::post,
        crate::api::audit_get::get,
        crate::api::reopen_post::post,
        crate::api::confirm_post::post,
        crate::api::pillar_confirm_post::post,
        crate::api::draft_put::put,
        crate::api::responses_list::list,
        crate::api::evidence_delete::delete,
        crate::api::edition_post::create,
        crate::api::edition_post::archive,
        crate::api::edition_post::unarchive,
        crate::api::user_post::create,
        crate::api::user_patch::patch,
        crate::api::user_patch::deactivate,
        crate::api::user_patch::reactivate,
        crate::api::user_patch::reinvite,
        crate::api::teams_list::list,
        crate::api::team_get::get,
        crate::api::team_put::put,
        crate::api::team_put::delete,
        crate::api::checks_list::list,
        crate::api::check_post::post,
        crate::api::check_call_post::post,
        crate::api::maturity_list::list,
        crate::api::maturity_get::get,
        crate::api::maturity_levels_put::put_self,
        crate::api::maturity_levels_put::put_validated,
        crate::api::maturity_roadmap::get,
        crate::api::maturity_roadmap::patch,
        crate::api::engagements_list::list,
        crate::api::drills_get::list,
        crate::api::drills_get::get,
        crate::api::drill_report_get::get,
        crate::api::drill_post::step,
        crate::api::drill_post::inject,
    ),
    modifiers(&Bearer),
    tags((name = "editions"), (name = "responses"), (name = "review"), (name = "users"), (name = "publishing"), (name = "directory"), (name = "maturity"), (name = "drills"))
)]
#[derive(Debug)]
pub struct ApiDoc;

#[derive(Debug)]
struct Bearer;

impl Modify for Bearer {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
