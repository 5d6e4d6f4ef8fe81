//! `GET /maturity/prefill/{edition}/{country}`: for the secretariat, what the country's latest
//! signed-off maturity assessment offers the index edition through the crosswalk
//! (`frameworks/crosswalks/cirt-maturity-to-gca.toml`): each question, the answer offered, the
//! levels it rests on, and the country's current answer. `POST` the same address: pre-fills the
//! offers the country has not answered, as the secretariat's drafts for the country to confirm.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_framework::crosswalk::{Crosswalk, read_crosswalk};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::{Bidi, Tr};
use crate::state::AppState;
use crate::web::{Page, render, see_other};

/// The crosswalk from the maturity framework to the national index: the file of this name in
/// the configuration's `frameworks/crosswalks` folder, else the built-in one.
pub const CROSSWALK: (&str, &str) = (
    "crosswalks/cirt-maturity-to-gca.toml",
    include_str!("../../../../frameworks/crosswalks/cirt-maturity-to-gca.toml"),
);

fn crosswalk(state: &AppState) -> AppResult<Crosswalk> {
    let path = state.config.frameworks.join(CROSSWALK.0);
    let text = if path.is_file() {
        std::fs::read_to_string(&path)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("{}: {e}", path.display())))?
    } else {
        CROSSWALK.1.to_string()
    };
    read_crosswalk(&text).map_err(|e| AppError::Internal(anyhow::anyhow!("{}: {e}", CROSSWALK.0)))
}

/// Checks the crosswalk `serve` would use against the maturity framework and the national
/// index's framework it would use (each the folder's file, else the built-in one): `Ok` names
/// the files and counts the maps; `Err` names the file and lists every problem with where it is.
pub fn check_files(dir: &std::path::Path) -> Result<String, String> {
    let read = |name: &str, built_in: &str| -> Result<(String, String), String> {
        let path = dir.join(name);
        if path.is_file() {
            std::fs::read_to_string(&path)
                .map(|text| (path.display().to_string(), text))
                .map_err(|e| format!("{}: {e}", path.display()))
        } else {
            Ok((format!("{name} (built in)"), built_in.to_string()))
        }
    };
    let framework = |name: &str,
                     built_in: &str|
     -> Result<(String, cyberindex_engine::Framework), String> {
        let (shown, text) = read(name, built_in)?;
        cyberindex_framework::read(&text)
            .map(|f| (shown.clone(), f))
            .map_err(|_| format!("{shown} does not read: `cyberindex check FILE` lists the errors"))
    };
    let (shown, text) = read(CROSSWALK.0, CROSSWALK.1)?;
    let crosswalk = read_crosswalk(&text).map_err(|e| format!("{shown}: {e}"))?;
    let (_, from) = framework("cirt-maturity.toml", super::FRAMEWORKS[0].1)?;
    let (_, to) = framework("gca-national-index.toml", crate::service::demo::FRAMEWORK)?;
    let problems = cyberindex_framework::crosswalk::check_crosswalk(&crosswalk, &from, &to);
    if problems.is_empty() {
        Ok(format!(
            "{shown}: {} map(s) checked against {} and {}",
            crosswalk.maps.len(),
            from.id,
            to.id
        ))
    } else {
        Err(format!("{shown}: {}", problems.join("; ")))
    }
}

#[derive(Debug)]
pub struct OfferView {
    pub question: String,
    pub label: Bidi,
    pub value: String,
    pub because: String,
    /// The country's answer now, in words; empty when unanswered (then the offer is added).
    pub current: String,
}

#[derive(Debug, Template)]
#[template(path = "maturity/prefill.html")]
pub struct PrefillPage {
    pub page: Page,
    pub edition: String,
    pub country: String,
    pub country_name: String,
    pub assessment: i64,
    pub team: String,
    pub offers: Vec<OfferView>,
    pub new: usize,
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Response> {
    signed.secretariat()?;
    let framework = state.framework(&edition).await?;
    let found = cyberindex_workflow::crosswalk::offers(
        &state.store,
        &crosswalk(&state)?,
        &framework,
        &country,
        cyberindex_store::now_ms(),
    )
    .await?;
    let answers = state.store.answers(&edition, &country).await?;
    let (assessment, team, offers) = match &found {
        None => (0, String::new(), Vec::new()),
        Some(f) => (
            f.assessment.id,
            f.assessment.team_id.clone(),
            f.offers
                .iter()
                .filter_map(|(o, because)| {
                    let q = framework.questions.iter().find(|q| q.id == o.question)?;
                    let label_of = |id: &str| {
                        q.options
                            .iter()
                            .find(|x| x.id == id)
                            .map_or_else(|| id.to_string(), |x| tr.pick(&x.label).to_string())
                    };
                    let current = answers
                        .iter()
                        .find(|a| a.question_id == o.question)
                        .and_then(|a| a.value.as_deref())
                        .map(label_of)
                        .unwrap_or_default();
                    Some(OfferView {
                        question: o.question.clone(),
                        label: tr.bidi(&q.label),
                        value: label_of(&o.value),
                        because: because.clone(),
                        current,
                    })
                })
                .collect::<Vec<_>>(),
        ),
    };
    render(&PrefillPage {
        page: Page::new(
            tr,
            Some(&signed.0.user),
            state.config.demo,
            &uri,
            tr.t("maturity-prefill-title"),
        ),
        country_name: cyberindex_answers::countries::name_of(&country, tr.lang),
        new: offers.iter().filter(|o| o.current.is_empty()).count(),
        edition,
        country,
        assessment,
        team,
        offers,
    })
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((edition, country)): Path<(String, String)>,
) -> AppResult<Response> {
    let secretariat = signed.secretariat()?;
    let framework = state.framework(&edition).await?;
    let Some(found) = cyberindex_workflow::crosswalk::offers(
        &state.store,
        &crosswalk(&state)?,
        &framework,
        &country,
        cyberindex_store::now_ms(),
    )
    .await?
    else {
        return Err(AppError::bad(
            "country",
            crate::msg!("maturity-error-prefill-none"),
        ));
    };
    let added = cyberindex_workflow::crosswalk::apply(
        &state.store,
        &edition,
        &country,
        &found,
        Some(secretariat.0.id),
    )
    .await?;
    Ok(see_other(&format!(
        "/maturity/prefill/{edition}/{country}?added={added}"
    )))
}
