//! `POST /editions/{edition}/countries/{country}/answers`: every answer on a page of the
//! workspace saved at once, for browsers without JavaScript (with it, each answer saves itself
//! through `POST …/answers/{question}`).
//!
//! The form names each field after its question (`value.{question}`, `comment.{question}`,
//! `version.{question}`). Only the answers that differ from what is stored are written. Every
//! one is checked before any is written: a value that does not fit, or an answer someone else
//! changed since the page was opened, sends the page back (422) with everything as typed and the
//! reason beside each refused answer, and nothing is saved. Otherwise the page comes back where
//! the reader was and says how many answers changed.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::Response;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::extract::urlencode;
use crate::i18n::{Render, Tr};
use crate::pages::workspace::{Problem, Shown, Typed, changed_note, page};
use crate::service::answers;
use crate::state::AppState;
use crate::web::see_other;

/// One question's fields as posted.
#[derive(Default)]
struct Posted {
    values: Vec<String>,
    comment: String,
    version: Option<String>,
}

/// The page as posted: the pillar shown, the question whose button was pressed, and each
/// question's fields in the framework's order.
struct PagePost {
    pillar: String,
    at: Option<String>,
    questions: Vec<(String, Posted)>,
}

pub async fn save(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path((edition, country)): Path<(String, String)>,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let write = signed
        .clone()
        .write_country(&state.store, &edition, &country)
        .await?;
    let framework = state.framework(&edition).await?;
    let PagePost {
        pillar,
        at,
        questions: posted,
    } = read_page(&framework, &fields)?;
    let stored: HashMap<String, cyberindex_store::Answer> = state
        .store
        .answers(&edition, &country)
        .await?
        .into_iter()
        .map(|a| (a.question_id.clone(), a))
        .collect();

    // Every answer is checked before any is written.
    let mut typed = BTreeMap::new();
    let mut changes = Vec::new();
    let mut refused = false;
    for (question, p) in &posted {
        let version = parse_version(p.version.as_deref())?;
        let current = stored.get(question);
        let mut kept = Typed {
            values: p.values.clone(),
            comment: p.comment.clone(),
            version,
            message: None,
        };
        let checked = cyberindex_workflow::limits::check_text("comment", &p.comment)
            .map_err(AppError::from)
            .and_then(|()| answers::check_value(&framework, question, Some(&p.values.join(" "))));
        match checked {
            Ok((_, value)) => {
                let unchanged = current.map_or(value.is_none() && p.comment.is_empty(), |a| {
                    a.value == value && a.comment == p.comment
                });
                let current_version = current.map_or(0, |a| a.version);
                if unchanged {
                    // Nothing to write; a stale version does not matter.
                } else if version != current_version {
                    let current = current.ok_or(AppError::NotFound)?;
                    kept.message = Some(conflict_message(tr, &state, current).await);
                    // Saving again replaces the other change with the one typed here.
                    kept.version = current_version;
                    refused = true;
                } else {
                    changes.push((question.clone(), value, p.comment.clone(), version));
                }
            }
            Err(e) => {
                kept.message = Some(crate::web::FormError::from_app(e, tr)?.message);
                refused = true;
            }
        }
        typed.insert(question.clone(), kept);
    }
    if refused {
        return refuse(
            &state,
            signed,
            tr,
            &uri,
            (&edition, &country),
            &pillar,
            typed,
            false,
        )
        .await;
    }

    // Written one after another: a change made by someone else between the checks and the
    // write is still caught, and shown the same way.
    let mut written = 0;
    let mut failed = BTreeMap::new();
    for (question, value, comment, version) in changes {
        answers::limit_saves(&state, write.user.id)?;
        match write
            .save_answer(&state.store, &question, value, comment, version)
            .await
        {
            Ok(_) => written += 1,
            Err(e) => {
                let message = match e {
                    AppError::Conflict(ref current) => conflict_message(tr, &state, current).await,
                    AppError::BadRequest { .. } | AppError::Closed(_) => e.msg().render(tr),
                    other => return Err(other),
                };
                let mut kept = typed.remove(&question).unwrap_or_default();
                kept.message = Some(message);
                if let Some(a) = stored.get(&question) {
                    kept.version = a.version;
                }
                failed.insert(question, kept);
            }
        }
    }
    if !failed.is_empty() {
        return refuse(
            &state,
            signed,
            tr,
            &uri,
            (&edition, &country),
            &pillar,
            failed,
            written > 0,
        )
        .await;
    }
    let mut to = format!(
        "/editions/{edition}/countries/{country}?pillar={}&changed={written}",
        urlencode(&pillar)
    );
    if let Some(at) = at {
        to.push_str(&format!("&saved={}#q-{}", urlencode(&at), urlencode(&at)));
    }
    Ok(see_other(&to))
}

/// The page's fields grouped by question, in the framework's order, with the pillar shown and
/// the question whose button was pressed. An unknown field or question is refused.
fn read_page(
    framework: &cyberindex_engine::Framework,
    fields: &[(String, String)],
) -> AppResult<PagePost> {
    let mut pillar = String::new();
    let mut at = None;
    let mut by_question: HashMap<&str, Posted> = HashMap::new();
    for (key, value) in fields {
        match key.as_str() {
            "pillar" => pillar.clone_from(value),
            "at" => at = Some(value.clone()),
            _ => {
                let (field, question) = key.split_once('.').ok_or_else(|| unknown(key))?;
                framework
                    .question_index(question)
                    .ok_or_else(|| unknown(key))?;
                let p = by_question.entry(question).or_default();
                match field {
                    "value" if !value.is_empty() => p.values.push(value.clone()),
                    "value" => {}
                    "comment" => p.comment.clone_from(value),
                    "version" => p.version = Some(value.clone()),
                    _ => return Err(unknown(key)),
                }
            }
        }
    }
    let mut posted = Vec::new();
    for q in &framework.questions {
        if let Some(p) = by_question.remove(q.id.as_str()) {
            posted.push((q.id.clone(), p));
        }
    }
    Ok(PagePost {
        pillar,
        at,
        questions: posted,
    })
}

fn unknown(key: &str) -> AppError {
    AppError::bad(key, crate::msg!("error-field-unknown", field = key))
}

fn parse_version(version: Option<&str>) -> AppResult<i64> {
    match version {
        Some(v) => v
            .parse::<i64>()
            .map_err(|_| AppError::bad("version", crate::msg!("error-version-number"))),
        None => Err(AppError::bad(
            "version",
            crate::msg!("error-version-missing"),
        )),
    }
}

async fn conflict_message(tr: Tr, state: &AppState, current: &cyberindex_store::Answer) -> String {
    let changed = changed_note(tr, state, current).await;
    tr.ta("page-save-conflict", &[("changed", changed.as_str())])
}

/// The same page again, as typed, with the reasons beside the refused answers (422).
#[allow(clippy::too_many_arguments)]
async fn refuse(
    state: &AppState,
    signed: SignedIn,
    tr: Tr,
    uri: &Uri,
    at: (&str, &str),
    pillar: &str,
    typed: BTreeMap<String, Typed>,
    partly_saved: bool,
) -> AppResult<Response> {
    let problem = Problem {
        answers: typed,
        partly_saved,
        ..Problem::default()
    };
    page(
        state,
        signed,
        tr,
        uri,
        at,
        Shown::pillar(pillar),
        Some(problem),
    )
    .await
}
