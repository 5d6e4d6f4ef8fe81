//! `GET/POST /directory/teams/{id}/edit`: the form of a team's record, for the secretariat and
//! the team's own staff (`scope::TeamEdit`). The form names the version it was loaded at; a
//! record changed since is refused with the user's input kept, and a record with any problem is
//! refused whole, each problem beside its input. Team staff cannot move their team to another
//! country: the server keeps the stored one and refuses a different one.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::pages::team_form::{self, Fields, FormProblem, FormView};
use crate::state::AppState;
use crate::web::{Page, see_other};

fn view<'a>(
    tr: Tr,
    id: &'a str,
    name: &str,
    version: Option<i64>,
    secretariat: bool,
    problems: &'a [FormProblem],
    notice: String,
) -> FormView<'a> {
    FormView {
        heading: tr.ta("team-form-title-edit", &[("name", name)]),
        action: format!("/directory/teams/{id}/edit"),
        id: Some(id),
        version,
        country_editable: secretariat,
        problems,
        notice,
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let edit = signed.edit_team(&id)?;
    let row = state.store.team(&id).await?;
    let team = cyberindex_workflow::directory::read_team(&row)?;
    let fields = team_form::fields_of(Some(&team));
    let page = Page::new(
        tr,
        Some(signed.user()),
        state.config.demo,
        &uri,
        &row.official_name,
    );
    let v = view(
        tr,
        &id,
        &row.official_name,
        Some(row.version),
        edit.is_secretariat(),
        &[],
        String::new(),
    );
    team_form::respond(tr, page, &fields, v, StatusCode::OK)
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(id): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let edit = signed.edit_team(&id)?;
    let mut fields = Fields::from_pairs(pairs);
    // A form without a version reads as loaded before any version: stale.
    let version = fields.get("version").trim().parse::<i64>().unwrap_or(0);
    let row = state.store.team(&id).await?;
    let stored = cyberindex_workflow::directory::read_team(&row)?;
    let page = Page::new(
        tr,
        Some(signed.user()),
        state.config.demo,
        &uri,
        &row.official_name,
    );
    let secretariat = edit.is_secretariat();
    let more = fields.get("more").to_string();
    if !more.is_empty() {
        fields.more_rows(&more);
        let v = view(
            tr,
            &id,
            &row.official_name,
            Some(version),
            secretariat,
            &[],
            String::new(),
        );
        return team_form::respond(tr, page, &fields, v, StatusCode::OK);
    }
    // Team staff's form does not send the country: theirs stays (and `TeamEdit::save` refuses
    // another one sent all the same).
    let country = match fields.get("country").trim() {
        "" if !secretariat => stored.country.value.clone(),
        code => code.to_string(),
    };
    let now = time::OffsetDateTime::now_utc();
    let (team, problems) = team_form::team_of(tr, &mut fields, Some(&stored), &id, &country, now);
    let (problems, notice, status) = if problems.is_empty() {
        match edit.save(&state.store, &team, Some(version)).await {
            Ok(_) => return Ok(see_other(&format!("/directory/teams/{id}/"))),
            Err(e) => {
                let status = if matches!(e, AppError::Stale(_)) {
                    StatusCode::CONFLICT
                } else {
                    StatusCode::UNPROCESSABLE_ENTITY
                };
                let (problems, notice) = team_form::refusal(tr, e)?;
                (problems, notice, status)
            }
        }
    } else {
        (
            problems,
            tr.t("team-form-kept"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let v = view(
        tr,
        &id,
        &row.official_name,
        Some(version),
        secretariat,
        &problems,
        notice,
    );
    team_form::respond(tr, page, &fields, v, status)
}
