//! `GET/POST /directory/new`: the secretariat adds a team to the directory with the record's
//! form (`pages/team_form.rs`); a record with any problem is refused whole, each problem beside
//! its input, and nothing is saved.

use axum::Form;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::pages::team_form::{self, Fields, FormProblem, FormView};
use crate::state::AppState;
use crate::web::{Page, see_other};

fn view(tr: Tr, problems: &[FormProblem], notice: String) -> FormView<'_> {
    FormView {
        heading: tr.t("team-form-title-new"),
        action: "/directory/new".into(),
        id: None,
        version: None,
        country_editable: true,
        problems,
        notice,
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    signed.secretariat()?;
    let page = Page::new(
        tr,
        Some(signed.user()),
        state.config.demo,
        &uri,
        tr.t("team-form-title-new"),
    );
    let fields = team_form::fields_of(None);
    team_form::respond(
        tr,
        page,
        &fields,
        view(tr, &[], String::new()),
        StatusCode::OK,
    )
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    signed.secretariat()?;
    let page = Page::new(
        tr,
        Some(signed.user()),
        state.config.demo,
        &uri,
        tr.t("team-form-title-new"),
    );
    let mut fields = Fields::from_pairs(pairs);
    let more = fields.get("more").to_string();
    if !more.is_empty() {
        fields.more_rows(&more);
        return team_form::respond(
            tr,
            page,
            &fields,
            view(tr, &[], String::new()),
            StatusCode::OK,
        );
    }
    let id = fields.get("id").trim().to_string();
    let country = fields.get("country").trim().to_string();
    let now = time::OffsetDateTime::now_utc();
    let (team, problems) = team_form::team_of(tr, &mut fields, None, &id, &country, now);
    let (problems, notice) = if problems.is_empty() {
        let edit = signed.edit_team(&id)?;
        match edit.save(&state.store, &team, None).await {
            Ok(_) => return Ok(see_other(&format!("/directory/teams/{id}/"))),
            Err(e) => team_form::refusal(tr, e)?,
        }
    } else {
        (problems, tr.t("team-form-kept"))
    };
    team_form::respond(
        tr,
        page,
        &fields,
        view(tr, &problems, notice),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}
