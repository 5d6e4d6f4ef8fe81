//! `GET/POST /editions/new`: an admin creates an edition from a shipped or uploaded framework.
//! The framework text is frozen into the edition.

use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use cyberindex_workflow::WorkflowError;
use cyberindex_workflow::edition::{EditionForm, check};

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::{LANGUAGES, Tr};
use crate::service::editions::{framework_source, shipped_frameworks};
use crate::state::AppState;
use crate::web::{FormError, Page, render, see_other};

#[derive(Debug, Template)]
#[template(path = "edition_new.html")]
struct NewPage {
    page: Page,
    form: EditionForm,
    frameworks: Vec<String>,
    /// Every refusal, each shown beside its field and listed in the summary.
    errors: Vec<FormError>,
    diagnostics: String,
    /// Earlier editions (id, name) to carry answers forward from.
    previous: Vec<(String, String)>,
}

/// A field for the edition's name in one language other than English (the default name, `name`,
/// is what English readers and every language without a name of its own see).
#[derive(Debug)]
struct NameField {
    lang: &'static str,
    /// The language's direction, for the input's `dir`.
    dir: &'static str,
    /// `name_{lang}`: the field's name and id.
    field: String,
    value: String,
    error: Option<String>,
}

/// The languages the form asks a name in: the six UN languages but English.
fn name_languages() -> impl Iterator<Item = &'static str> {
    LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| *code != "en")
}

impl NewPage {
    fn name_fields(&self) -> Vec<NameField> {
        name_languages()
            .map(|lang| {
                let field = format!("name_{lang}");
                NameField {
                    lang,
                    dir: Tr::new(lang).dir(),
                    // A text input's value holds no line break (browsers never send one from
                    // it); a control character a script posted shows as a space.
                    value: self
                        .form
                        .names
                        .get(lang)
                        .map(|v| v.replace(char::is_control, " "))
                        .unwrap_or_default(),
                    error: self.error_on(&field),
                    field,
                }
            })
            .collect()
    }

    /// The messages that belong beside `field`, as one text (`None` when it has none).
    fn error_on(&self, field: &str) -> Option<String> {
        let messages: Vec<&str> = self
            .errors
            .iter()
            .filter(|e| e.on(field))
            .map(|e| e.message.as_str())
            .collect();
        (!messages.is_empty()).then(|| messages.join(" "))
    }
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

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
) -> AppResult<Response> {
    let admin = signed.admin()?;
    let frameworks = shipped_frameworks(&state.config.frameworks);
    let form = EditionForm {
        // The index is the usual choice; the others are examples or a secretariat's own.
        framework: frameworks
            .iter()
            .find(|n| *n == "gca-national-index.toml")
            .or(frameworks.first())
            .cloned()
            .unwrap_or_default(),
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
    // Refusals found while reading the form (an upload that is not text); nothing is created
    // when there is any.
    let mut refused: Vec<FormError> = Vec::new();
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| AppError::bad("form", crate::msg!("error-form-unreadable", detail = e)))?
    {
        let name = field.name().unwrap_or("").to_string();
        if name == "framework_file" {
            let file_name = field.file_name().unwrap_or("").to_string();
            let bytes = field.bytes().await.map_err(|e| {
                AppError::bad(
                    "framework_file",
                    crate::msg!("error-form-unreadable", detail = e),
                )
            })?;
            if !file_name.is_empty() && !bytes.is_empty() {
                match String::from_utf8(bytes.to_vec()) {
                    Ok(text) => {
                        uploaded = Some((crate::service::evidence::clean_name(&file_name), text))
                    }
                    Err(_) => refused.push(FormError::from_app(
                        AppError::bad("framework_file", crate::msg!("error-framework-not-utf8")),
                        tr,
                    )?),
                }
            }
            continue;
        }
        let text = field
            .text()
            .await
            .map_err(|e| AppError::bad(&name, crate::msg!("error-form-unreadable", detail = e)))?;
        match name.as_str() {
            "id" => form.id = text,
            "name" => form.name = text,
            other
                if other
                    .strip_prefix("name_")
                    .is_some_and(|lang| name_languages().any(|l| l == lang)) =>
            {
                form.names.insert(other["name_".len()..].to_string(), text);
            }
            "framework" => form.framework = text,
            "opens_on" => form.opens_on = text,
            "deadline" => form.deadline = text,
            "countries" => form.countries = text,
            "carry_forward_from" => form.carry_forward_from = text,
            other => {
                return Err(AppError::bad(
                    other,
                    crate::msg!("error-field-unknown", field = other),
                ));
            }
        }
    }
    let frameworks = shipped_frameworks(&state.config.frameworks);
    let from_upload = uploaded.is_some();
    let source = match uploaded {
        Some(u) => Some(u),
        None => match framework_source(&state.config.frameworks, &form.framework) {
            Some(text) => Some((
                form.framework.clone(),
                text.map_err(|e| AppError::Internal(e.into()))?,
            )),
            None => None,
        },
    };
    let mut checked = check(&form, source);
    let from = form.carry_forward_from.trim().to_string();
    if !from.is_empty() && state.store.edition(&from).await.is_err() {
        let (mut errors, diagnostics) = checked.err().unwrap_or_default();
        errors.push(WorkflowError::EditionCarryForward {
            edition: from.clone(),
        });
        checked = Err((errors, diagnostics));
    }
    let mut diagnostics = String::new();
    let edition = match checked {
        Ok(edition) if refused.is_empty() => Some(edition),
        Ok(_) => None,
        Err((errors, found)) => {
            diagnostics = found;
            for e in errors {
                let framework = matches!(e, WorkflowError::EditionFramework { .. });
                let mut error = FormError::from_app(e.into(), tr)?;
                if framework && from_upload {
                    error.field = Some("framework_file".into());
                }
                refused.push(error);
            }
            None
        }
    };
    if let Some(edition) = edition {
        // The id may be taken: that too is shown beside the field.
        match state.store.create_edition(&edition, Some(admin.0.id)).await {
            Ok(_) => {
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
                return Ok(see_other(&format!("/editions/{}/dashboard", edition.id)));
            }
            Err(e) => refused.push(FormError::from_app(e.into(), tr)?),
        }
    }
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
        errors: refused,
        diagnostics,
        previous,
    })?;
    *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(response)
}
