//! `GET/POST /editions/new`: an admin creates an edition from a shipped or uploaded framework.
//! The framework text is frozen into the edition.

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use cyberindex_answers::countries;
use cyberindex_store::NewEdition;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::{Render, Tr};
use crate::state::AppState;
use crate::web::{Page, render, see_other};

#[derive(Debug, Default, Clone)]
pub struct EditionForm {
    pub id: String,
    pub name: String,
    pub framework: String,
    pub opens_on: String,
    pub deadline: String,
    pub countries: String,
    /// An earlier edition whose answers are carried forward, or empty.
    pub carry_forward_from: String,
}

#[derive(Debug, Template)]
#[template(path = "edition_new.html")]
struct NewPage {
    page: Page,
    form: EditionForm,
    frameworks: Vec<String>,
    errors: Vec<String>,
    diagnostics: String,
    /// Earlier editions (id, name) to carry answers forward from.
    previous: Vec<(String, String)>,
}

async fn previous_editions(state: &AppState) -> AppResult<Vec<(String, String)>> {
    Ok(state
        .store
        .editions()
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect())
}

/// Framework files shipped with the installation (`frameworks/` and its subfolders).
pub fn shipped_frameworks(dir: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml")
                && !path.to_string_lossy().ends_with(".uncertainty.toml")
                && let Ok(rel) = path.strip_prefix(dir)
            {
                found.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found.sort();
    found
}

/// Checks edition details; returns the new edition or every problem (and framework diagnostics).
pub fn check(
    form: &EditionForm,
    source: Option<(String, String)>,
) -> Result<NewEdition, (Vec<cyberindex_store::Msg>, String)> {
    let mut errors = Vec::new();
    let id = form.id.trim();
    if id.is_empty()
        || id.len() > 40
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || id.starts_with('-')
    {
        errors.push(cyberindex_store::msg!("edition-error-id"));
    }
    if form.name.trim().is_empty() {
        errors.push(cyberindex_store::msg!("edition-error-name"));
    }
    for (field, date) in [("opens", &form.opens_on), ("deadline", &form.deadline)] {
        if !cyberindex_answers::is_date(date.trim()) {
            errors.push(cyberindex_store::msg!("edition-error-date", field = field));
        }
    }
    if form.deadline.trim() < form.opens_on.trim() {
        errors.push(cyberindex_store::msg!("edition-error-deadline-order"));
    }
    let list = form.countries.trim();
    let codes: Vec<String> = if list.is_empty() || list.eq_ignore_ascii_case("all") {
        countries::builtin()
            .iter()
            .map(|c| c.alpha3.clone())
            .collect()
    } else {
        let codes: Vec<String> = list
            .split([',', ' ', '\n', '\r', ';'])
            .filter(|c| !c.is_empty())
            .map(|c| c.trim().to_ascii_uppercase())
            .collect();
        for c in &codes {
            if countries::by_alpha3(c).is_none() {
                errors.push(cyberindex_store::msg!("edition-error-country", country = c));
            }
        }
        let mut codes = codes;
        codes.sort();
        codes.dedup();
        codes
    };
    let mut diagnostics = String::new();
    let framework = match &source {
        None => {
            errors.push(cyberindex_store::msg!("edition-error-framework-missing"));
            None
        }
        Some((name, text)) => match cyberindex_framework::read(text) {
            Ok(f) => Some(f),
            Err(d) => {
                errors.push(cyberindex_store::msg!(
                    "edition-error-framework",
                    name = name,
                    count = d.len()
                ));
                diagnostics = cyberindex_framework::render(name, text, &d);
                None
            }
        },
    };
    match (errors.is_empty(), framework, source) {
        (true, Some(f), Some((_, text))) => Ok(NewEdition {
            id: id.to_string(),
            name: form.name.trim().to_string(),
            framework_id: f.id,
            framework_version: f.version,
            framework_source: text,
            opens_on: form.opens_on.trim().to_string(),
            deadline: form.deadline.trim().to_string(),
            countries: codes,
        }),
        _ => Err((errors, diagnostics)),
    }
}

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let frameworks = shipped_frameworks(&state.config.frameworks);
    let form = EditionForm {
        framework: frameworks.first().cloned().unwrap_or_default(),
        countries: "all".into(),
        ..Default::default()
    };
    let page = Page::new(
        tr,
        Some(&admin.0),
        state.config.demo,
        &uri,
        tr.t("editions-new"),
    );
    let previous = previous_editions(&state).await?;
    render(&NewPage {
        page,
        form,
        frameworks,
        errors: Vec::new(),
        diagnostics: String::new(),
        previous,
    })
}

pub async fn create(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    mut multipart: Multipart,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let mut form = EditionForm::default();
    let mut uploaded: Option<(String, String)> = None;
    while let Some(field) = multipart.next_field().await.map_err(|e| {
        AppError::bad(
            "form",
            cyberindex_store::msg!("error-form-unreadable", detail = e),
        )
    })? {
        let name = field.name().unwrap_or("").to_string();
        if name == "framework_file" {
            let file_name = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(|e| {
                AppError::bad(
                    "framework_file",
                    cyberindex_store::msg!("error-form-unreadable", detail = e),
                )
            })?;
            if !file_name.is_empty() && !bytes.is_empty() {
                let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
                    AppError::bad(
                        "framework_file",
                        cyberindex_store::msg!("error-framework-not-utf8"),
                    )
                })?;
                uploaded = Some((crate::service::evidence::clean_name(&file_name), text));
            }
            continue;
        }
        let text = field.text().await.map_err(|e| {
            AppError::bad(
                &name,
                cyberindex_store::msg!("error-form-unreadable", detail = e),
            )
        })?;
        match name.as_str() {
            "id" => form.id = text,
            "name" => form.name = text,
            "framework" => form.framework = text,
            "opens_on" => form.opens_on = text,
            "deadline" => form.deadline = text,
            "countries" => form.countries = text,
            "carry_forward_from" => form.carry_forward_from = text,
            other => {
                return Err(AppError::bad(
                    other,
                    cyberindex_store::msg!("error-field-unknown", field = other),
                ));
            }
        }
    }
    let frameworks = shipped_frameworks(&state.config.frameworks);
    let source = match uploaded {
        Some(u) => Some(u),
        None if frameworks.contains(&form.framework) => {
            let path = state.config.frameworks.join(&form.framework);
            Some((
                form.framework.clone(),
                std::fs::read_to_string(&path).map_err(|e| AppError::Internal(e.into()))?,
            ))
        }
        None => None,
    };
    let mut checked = check(&form, source);
    let from = form.carry_forward_from.trim().to_string();
    if !from.is_empty() && state.store.edition(&from).await.is_err() {
        let (mut errors, diagnostics) = checked.err().unwrap_or_default();
        errors.push(cyberindex_store::msg!(
            "edition-error-carry-forward",
            edition = from
        ));
        checked = Err((errors, diagnostics));
    }
    match checked {
        Ok(edition) => {
            state
                .store
                .create_edition(&edition, Some(admin.0.id))
                .await?;
            if !from.is_empty() {
                let carried = crate::service::editions::carry_forward(
                    &state,
                    &from,
                    &edition.id,
                    Some(admin.0.id),
                )
                .await?;
                tracing::info!(
                    user = admin.0.id,
                    from,
                    to = edition.id,
                    carried,
                    "answers carried forward"
                );
            }
            tracing::info!(user = admin.0.id, edition = edition.id, "edition created");
            Ok(see_other(&format!("/editions/{}/dashboard", edition.id)))
        }
        Err((errors, diagnostics)) => {
            let page = Page::new(
                tr,
                Some(&admin.0),
                state.config.demo,
                &uri,
                tr.t("editions-new"),
            );
            let previous = previous_editions(&state).await?;
            let mut response = render(&NewPage {
                page,
                form,
                frameworks,
                errors: errors.iter().map(|m| m.render(tr)).collect(),
                diagnostics,
                previous,
            })?;
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}
