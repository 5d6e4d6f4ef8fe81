//! What the import page's three handlers share (`import_form.rs`, `import_preview.rs`,
//! `import_apply.rs`): the page, reading the multipart form, and reading and planning an
//! import through `cyberindex_workflow::directory_import`.
//!
//! **The preview carries the file, not the server.** The preview page holds the uploaded file
//! (base64) and a digest of the teams and versions it would save; confirming sends both back,
//! the file is read and planned again, and a plan whose digest differs (the directory changed
//! in between) is refused: nothing is kept on the server between the two steps, and nothing is
//! saved that the secretariat did not see.

use askama::Template;
use axum::extract::Multipart;
use base64::Engine;
use cyberindex_workflow::directory_import::{self as import, Change, Layout, Plan};
use sha2::{Digest, Sha256};

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;
use crate::web::Page;

/// The layouts the form offers, with their message keys.
pub const LAYOUTS: [(&str, &str); 8] = [
    ("", "directory-import-layout-auto"),
    ("csv", "directory-import-layout-csv"),
    ("xlsx", "directory-import-layout-xlsx"),
    ("records", "directory-import-layout-records"),
    ("first", "directory-import-layout-first"),
    ("ti", "directory-import-layout-ti"),
    ("rfc2350", "directory-import-layout-rfc2350"),
    ("security-txt", "directory-import-layout-security-txt"),
];

#[derive(Debug, Template)]
#[template(path = "directory/import.html")]
pub struct ImportPage {
    pub page: Page,
    /// (id, name) of every team, for one-team layouts.
    pub teams: Vec<(String, String)>,
    /// (value, label) of each layout.
    pub layouts: Vec<(String, String)>,
    pub chosen_layout: String,
    pub chosen_team: String,
    /// Every error of the file, each with where it is.
    pub errors: Vec<String>,
    pub notes: Vec<String>,
    /// The preview: the changes, how many teams are unchanged, and what confirming sends back.
    pub changes: Vec<Change>,
    pub unchanged: usize,
    pub payload: String,
    pub digest: String,
    pub file_name: String,
    /// After saving: how many teams.
    pub saved: Option<usize>,
}

impl ImportPage {
    pub async fn new(state: &AppState, tr: Tr, page: Page) -> AppResult<ImportPage> {
        let teams = state
            .store
            .teams()
            .await?
            .into_iter()
            .map(|r| (r.id, r.official_name))
            .collect();
        Ok(ImportPage {
            page,
            teams,
            layouts: LAYOUTS
                .iter()
                .map(|(v, k)| (v.to_string(), tr.t(k)))
                .collect(),
            chosen_layout: String::new(),
            chosen_team: String::new(),
            errors: Vec::new(),
            notes: Vec::new(),
            changes: Vec::new(),
            unchanged: 0,
            payload: String::new(),
            digest: String::new(),
            file_name: String::new(),
            saved: None,
        })
    }
}

/// The fields of the import form (upload or confirmation).
#[derive(Debug, Default)]
pub struct Upload {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub layout: String,
    pub team: String,
    pub digest: String,
}

/// Reads the multipart form: the file (`file`, or `payload` in base64 from a preview), the
/// layout, the team and the preview's digest. The handlers call it after checking who asks,
/// so that a caller without the right gets 403 whatever the body.
pub async fn read_form(state: &AppState, request: axum::extract::Request) -> AppResult<Upload> {
    use axum::extract::FromRequest;
    let mut upload = Upload::default();
    let unreadable = |e: &dyn std::fmt::Display| {
        AppError::bad("file", crate::msg!("error-form-unreadable", detail = e))
    };
    let mut multipart = Multipart::from_request(request, state)
        .await
        .map_err(|e| unreadable(&e))?;
    while let Some(field) = multipart.next_field().await.map_err(|e| unreadable(&e))? {
        let name = field.name().unwrap_or("").to_string();
        if name == "file" {
            upload.file_name =
                crate::service::evidence::clean_name(field.file_name().unwrap_or(""));
            upload.bytes = field.bytes().await.map_err(|e| unreadable(&e))?.to_vec();
            continue;
        }
        let text = field.text().await.map_err(|e| unreadable(&e))?;
        match name.as_str() {
            "layout" => upload.layout = text,
            "team" => upload.team = text,
            "digest" => upload.digest = text,
            "file_name" => upload.file_name = text,
            "payload" => {
                upload.bytes = base64::engine::general_purpose::STANDARD
                    .decode(text.trim())
                    .map_err(|e| unreadable(&e))?
            }
            _ => {}
        }
    }
    Ok(upload)
}

/// The layout of an upload: the one chosen, else the one its name suggests.
pub fn layout_of(upload: &Upload) -> AppResult<Layout> {
    match upload.layout.as_str() {
        "" => Layout::from_file_name(&upload.file_name)
            .ok_or_else(|| AppError::bad("layout", crate::msg!("directory-import-choose-layout"))),
        name => Layout::parse(name)
            .ok_or_else(|| AppError::bad("layout", crate::msg!("directory-import-choose-layout"))),
    }
}

/// Reads and plans an upload against the stored directory: the plan and the notes, or every
/// error (reading errors, then record problems).
pub async fn plan(
    state: &AppState,
    upload: &Upload,
    layout: Layout,
) -> AppResult<Result<(Plan, Vec<String>), Vec<String>>> {
    if upload.bytes.is_empty() {
        return Err(AppError::bad(
            "file",
            crate::msg!("directory-import-no-file"),
        ));
    }
    let team = (!upload.team.trim().is_empty()).then(|| upload.team.trim());
    if layout.one_team() && team.is_none() {
        return Err(AppError::bad(
            "team",
            crate::msg!("directory-import-choose-team"),
        ));
    }
    let stored = state.store.teams().await?;
    let target = match team {
        Some(id) => stored
            .iter()
            .find(|r| r.id == id)
            .map(cyberindex_workflow::directory::read_team)
            .transpose()?,
        None => None,
    };
    let reading = match import::read(
        &upload.bytes,
        layout,
        team,
        target.as_ref(),
        time::OffsetDateTime::now_utc(),
    ) {
        Ok(reading) => reading,
        Err(errors) => return Ok(Err(errors)),
    };
    let plan = import::plan(&reading, layout, &stored);
    if !plan.problems.is_empty() {
        return Ok(Err(plan.problems));
    }
    Ok(Ok((plan, reading.notes)))
}

/// A digest of what a plan saves: each team's id, the version it was read at and its values.
pub fn digest(plan: &Plan) -> String {
    let mut hash = Sha256::new();
    for (team, version) in &plan.saves {
        hash.update(team.id.as_bytes());
        hash.update(version.unwrap_or(0).to_le_bytes());
        // The values shown, not the record: provenance times differ between the two readings.
        hash.update(format!("{:?}", import::diff(None, team)).as_bytes());
    }
    hex::encode(hash.finalize())
}
