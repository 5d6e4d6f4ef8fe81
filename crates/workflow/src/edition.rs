//! The checks on a new edition's details, shared by the edition page, the API and the CLI.

use std::collections::BTreeMap;

use cyberindex_answers::countries;
use cyberindex_engine::model::LANGUAGES;
use cyberindex_store::NewEdition;

use crate::WorkflowError;

/// The longest edition name, in characters, in any language (the forms' `maxlength`).
pub const NAME_MAX_CHARS: usize = 200;

/// An edition's details as typed (form fields, API body or command-line options).
#[derive(Debug, Default, Clone)]
pub struct EditionForm {
    pub id: String,
    pub name: String,
    /// The name in other languages as typed, by UN language code; an empty one is left out.
    pub names: BTreeMap<String, String>,
    pub framework: String,
    pub opens_on: String,
    pub deadline: String,
    pub countries: String,
    /// An earlier edition whose answers are carried forward, or empty.
    pub carry_forward_from: String,
}

/// Every problem with an edition's details, and the framework's diagnostics rendered as
/// `file:line:column` text (empty when the framework read).
pub type EditionProblems = (Vec<WorkflowError>, String);

/// Checks edition details against `source` (the framework's name and text, if one was chosen);
/// returns the new edition or every problem (and the framework's diagnostics).
pub fn check(
    form: &EditionForm,
    source: Option<(String, String)>,
) -> Result<NewEdition, EditionProblems> {
    let mut errors = Vec::new();
    let id = form.id.trim();
    if id.is_empty()
        || id.len() > 40
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || id.starts_with('-')
    {
        errors.push(WorkflowError::EditionId);
    }
    if form.name.trim().is_empty() {
        errors.push(WorkflowError::EditionName);
    } else if form.name.trim().chars().count() > NAME_MAX_CHARS {
        errors.push(WorkflowError::EditionNameTooLong);
    }
    let names = check_names(&form.names, &mut errors);
    for (field, date) in [("opens", &form.opens_on), ("deadline", &form.deadline)] {
        if !cyberindex_answers::is_date(date.trim()) {
            errors.push(WorkflowError::EditionDate { field });
        }
    }
    if form.deadline.trim() < form.opens_on.trim() {
        errors.push(WorkflowError::EditionDeadlineOrder);
    }
    let list = form.countries.trim();
    let codes: Vec<String> = if list.is_empty() || list.eq_ignore_ascii_case("all") {
        countries::builtin()
            .iter()
            .map(|c| c.alpha3.clone())
            .collect()
    } else {
        let mut codes: Vec<String> = list
            .split([',', ' ', '\n', '\r', ';'])
            .filter(|c| !c.is_empty())
            .map(|c| c.trim().to_ascii_uppercase())
            .collect();
        for c in &codes {
            if countries::by_alpha3(c).is_none() {
                errors.push(WorkflowError::EditionCountry { country: c.clone() });
            }
        }
        codes.sort();
        codes.dedup();
        codes
    };
    let mut diagnostics = String::new();
    let framework = match &source {
        None => {
            errors.push(WorkflowError::EditionFrameworkMissing);
            None
        }
        Some((name, text)) => match cyberindex_framework::read(text) {
            Ok(f) => Some(f),
            Err(d) => {
                errors.push(WorkflowError::EditionFramework {
                    name: name.clone(),
                    count: d.len(),
                });
                diagnostics = cyberindex_framework::render(name, text, &d);
                None
            }
        },
    };
    match (errors.is_empty(), framework, source) {
        (true, Some(f), Some((_, text))) => Ok(NewEdition {
            id: id.to_string(),
            name: form.name.trim().to_string(),
            names,
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

/// The names in other languages, trimmed and without the empty ones; records a problem for a
/// code that is not a UN language (even with no name), a name longer than [`NAME_MAX_CHARS`] and a name with a
/// control character (a line break, a tab…), each naming its language.
fn check_names(
    typed: &BTreeMap<String, String>,
    errors: &mut Vec<WorkflowError>,
) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for (lang, name) in typed {
        let name = name.trim();
        if !LANGUAGES.contains(&lang.as_str()) {
            errors.push(WorkflowError::EditionNameLanguage { lang: lang.clone() });
        } else if name.is_empty() {
            continue;
        } else if name.chars().count() > NAME_MAX_CHARS {
            errors.push(WorkflowError::EditionNameInTooLong { lang: lang.clone() });
        } else if name.chars().any(char::is_control) {
            errors.push(WorkflowError::EditionNameInControl { lang: lang.clone() });
        } else {
            names.insert(lang.clone(), name.to_string());
        }
    }
    names
}
