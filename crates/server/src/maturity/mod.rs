//! CIRT maturity assessments on the web (issue 17): a team rates itself on each parameter of a
//! maturity framework with a note and evidence, a peer reviewer from another team (or the
//! secretariat) records validated levels beside them, the secretariat signs off, and the
//! blockers of the next tier become the team's roadmap. Every rule and every write is the
//! workflow's (`cyberindex_workflow::maturity`); the handlers here only read forms and render.
//!
//! ```text
//! /maturity/                       the assessments the reader may see; start one (POST)
//! /maturity/portfolio              every country's national CIRT: stage, tier, blockers (.csv)
//! /maturity/prefill/{e}/{country} what the country's maturity offers index edition e (POST: pre-fill)
//! /maturity/{id}/                  one assessment: tiers and blockers, parameters by group
//! /maturity/{id}/levels            save the team's levels and notes (POST)
//! /maturity/{id}/validation        save the reviewer's levels and comments (POST)
//! /maturity/{id}/step              submit, return, validate, sign off (POST)
//! /maturity/{id}/reviewer          assign the peer reviewer (POST, secretariat)
//! /maturity/{id}/evidence          add an evidence link, check message or file (POST)
//! /maturity/{id}/evidence/{e}/delete  remove one (POST)
//! /maturity/{id}/drill-evidence    attach a CyberDrill result offered on the page (POST)
//! /maturity/{id}/report.pdf          the assessment as a PDF report in the reader's language
//! /maturity/{id}/evidence/{e}/file    download an evidence file
//! /maturity/{id}/assessment.xlsx  the assessment as one worksheet
//! /maturity/{id}/import            import the team's levels and notes from that sheet: preview (POST)

//! /maturity/{id}/rounds            what changed between two rounds (?from=&to=)
//! /maturity/{id}/roadmap           plan the roadmap from a profile's blockers (POST)
//! /maturity/teams/{team}/          a team's assessments over time: tiers, radar, changes
//! /maturity/teams/{team}/publication  whether the public site shows its tier (POST)
//! /maturity/teams/{team}/roadmap   a team's roadmap; .xlsx: as a workbook
//! /maturity/roadmap/{item}         change an item (POST)
//! ```
//!
//! **Invariant:** every handler reads the assessment through
//! `cyberindex_workflow::maturity::read` (or `roadmap` for a team), so another team's staff get
//! the same 404 as for an assessment that does not exist.

pub mod create;
pub mod diff;
pub mod drill_evidence;
pub mod drill_offers;
pub mod evidence_add;
pub mod evidence_delete;
pub mod evidence_download;
pub mod index;
pub mod levels_save;
pub mod portfolio;
pub mod prefill;
pub mod publication_save;
pub mod reach_offers;
pub mod report_pdf;
pub mod reviewer_assign;
pub mod roadmap;
pub mod roadmap_plan;
pub mod roadmap_update;
pub mod sheet;
pub mod sheet_export;
pub mod sheet_import;
pub mod show;
pub mod step;
pub mod team;
pub mod validation_save;

use cyberindex_engine::{Framework, ParameterValue};
use cyberindex_store::{AssessmentKind, AssessmentStatus, Level, LevelSave, RoadmapStatus, Step};

use crate::error::{AppError, AppResult};
use crate::i18n::Tr;

/// The maturity frameworks offered for a new assessment, built into the binary. A file of the
/// same name in the configuration's `frameworks` folder replaces the built-in text (a
/// programme's own translation, or a licensed profile added to it).
pub const FRAMEWORKS: [(&str, &str); 2] = [
    (
        "cirt-maturity.toml",
        include_str!("../../../../frameworks/cirt-maturity.toml"),
    ),
    (
        "cirt-readiness.toml",
        include_str!("../../../../frameworks/cirt-readiness.toml"),
    ),
];

/// The text of offered framework `name`: the folder's file, else the built-in one; `None` for a
/// name that is not offered.
pub fn framework_text(dir: &std::path::Path, name: &str) -> Option<std::io::Result<String>> {
    let (_, built_in) = FRAMEWORKS.iter().find(|(n, _)| *n == name)?;
    let path = dir.join(name);
    if path.is_file() {
        Some(std::fs::read_to_string(path))
    } else {
        Some(Ok(built_in.to_string()))
    }
}

/// The message key of an assessment's status, as a label.
pub fn status_key(status: AssessmentStatus) -> &'static str {
    match status {
        AssessmentStatus::SelfAssessment => "maturity-label-self-assessment",
        AssessmentStatus::PeerReview => "maturity-label-peer-review",
        AssessmentStatus::Validated => "maturity-label-validated",
        AssessmentStatus::SignedOff => "maturity-label-signed-off",
    }
}

/// The message key of an assessment's kind.
pub fn kind_key(kind: AssessmentKind) -> &'static str {
    match kind {
        AssessmentKind::SelfAssessed => "maturity-kind-self",
        AssessmentKind::Peer => "maturity-kind-peer",
        AssessmentKind::Audit => "maturity-kind-audit",
    }
}

/// The message key of a roadmap item's status.
pub fn roadmap_status_key(status: RoadmapStatus) -> &'static str {
    match status {
        RoadmapStatus::Open => "maturity-roadmap-open",
        RoadmapStatus::InProgress => "maturity-roadmap-in-progress",
        RoadmapStatus::Done => "maturity-roadmap-done",
        RoadmapStatus::Dropped => "maturity-roadmap-dropped",
    }
}

/// A step from its form value (`submit`, `return`, `validate`, `sign_off`).
pub fn step_of(value: &str) -> AppResult<Step> {
    match value {
        "submit" => Ok(Step::Submit),
        "return" => Ok(Step::Return),
        "validate" => Ok(Step::Validate),
        "sign_off" => Ok(Step::SignOff),
        _ => Err(AppError::bad("step", crate::msg!("maturity-error-step"))),
    }
}

/// A level from a form field named `field`: empty is unanswered.
pub fn level_of(field: &str, value: &str) -> AppResult<Option<Level>> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    value
        .parse::<Level>()
        .map(Some)
        .map_err(|_| AppError::bad(field, crate::msg!("maturity-error-level", value = value)))
}

/// A level as the page writes it: `–` unanswered, `n/a`, or the number.
pub fn level_text(tr: Tr, level: Option<Level>) -> String {
    match level {
        None => "–".into(),
        Some(Level::NotApplicable) => tr.t("maturity-na"),
        Some(l) => l.as_str().into(),
    }
}

/// A parameter value of a profile result as the page writes it.
pub fn value_text(tr: Tr, value: ParameterValue) -> String {
    match value {
        ParameterValue::Missing => tr.t("maturity-missing"),
        ParameterValue::NotApplicable => tr.t("maturity-na"),
        ParameterValue::Value(_) => cyberindex_workflow::maturity::level_text(value),
    }
}

/// A parameter's short name in the reader's language (its id when the framework has none).
pub fn parameter_name(tr: Tr, framework: &Framework, parameter: &str) -> String {
    framework
        .questions
        .iter()
        .find(|q| q.id == parameter)
        .map(|q| tr.pick(&q.label).to_string())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| parameter.to_string())
}

/// The suggested action for raising `parameter` to `to` (0–4): the framework's own action text
/// for the parameter when it has one, followed by the generic step for the level, which names
/// the parameter.
pub fn suggested_action(tr: Tr, framework: &Framework, parameter: &str, to: f64) -> String {
    let name = format!("{parameter} {}", parameter_name(tr, framework, parameter));
    let key = match to.ceil() as i64 {
        i64::MIN..=1 => "maturity-action-to-1",
        2 => "maturity-action-to-2",
        3 => "maturity-action-to-3",
        _ => "maturity-action-to-4",
    };
    let generic = tr.ta(key, &[("parameter", &name)]);
    let own = framework
        .questions
        .iter()
        .find(|q| q.id == parameter)
        .map(|q| tr.pick(&q.action).trim().to_string())
        .unwrap_or_default();
    if own.is_empty() {
        generic
    } else {
        format!("{own} {generic}")
    }
}

/// Today's date, `YYYY-MM-DD` (UTC), for evidence expiry.
pub fn today() -> String {
    crate::present::iso(cyberindex_store::now_ms())
        .get(..10)
        .unwrap_or_default()
        .to_string()
}

/// Whose levels a form saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The team's self-assessed level and note.
    Team,
    /// The reviewer's validated level and comment.
    Reviewer,
}

/// Saves the levels form of `side` for assessment `id`: reads every `version.{P}` with its
/// `level.{P}` and `note.{P}` (team) or `comment.{P}` (reviewer), keeps the parameters whose
/// level or text differ from what is stored, checks them all (rights and status through the
/// workflow's own checks, levels, lengths, versions), then writes them all in one store
/// transaction (`Store::save_levels`, one audit entry per parameter). The number saved.
pub async fn levels_save_as(
    state: &crate::state::AppState,
    user: &cyberindex_store::User,
    id: i64,
    fields: &[(String, String)],
    side: Side,
) -> AppResult<usize> {
    use cyberindex_workflow::maturity as m;
    let (assessment, access) = m::read(&state.store, user, id).await?;
    let act = match side {
        Side::Team => m::Act::SelfAssess,
        Side::Reviewer => m::Act::ValidateLevels,
    };
    access.require(act).map_err(AppError::from)?;
    let open = match side {
        Side::Team => AssessmentStatus::SelfAssessment,
        Side::Reviewer => AssessmentStatus::PeerReview,
    };
    if assessment.status != open {
        return Err(m::MaturityError::Closed {
            status: assessment.status,
        }
        .into());
    }
    let framework = m::framework(&state.store, &assessment).await?;
    let current: std::collections::BTreeMap<String, cyberindex_store::ParameterAnswer> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| (a.parameter.clone(), a))
        .collect();
    let field = |name: &str| -> Option<&str> {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let text_name = match side {
        Side::Team => "note",
        Side::Reviewer => "comment",
    };
    let mut changes = Vec::new();
    for (key, version) in fields {
        let Some(parameter) = key.strip_prefix("version.") else {
            continue;
        };
        if !framework.questions.iter().any(|q| q.id == parameter) {
            return Err(m::MaturityError::UnknownParameter {
                parameter: parameter.to_string(),
            }
            .into());
        }
        let level_field = format!("level.{parameter}");
        let raw = field(&level_field).unwrap_or("").trim();
        let level = level_of(&level_field, raw).map_err(|_| {
            AppError::bad(
                &level_field,
                crate::msg!(
                    "maturity-error-parameter-level",
                    parameter = parameter,
                    value = raw
                ),
            )
        })?;
        let text = field(&format!("{text_name}.{parameter}"))
            .unwrap_or("")
            .trim()
            .replace("\r\n", "\n");
        // PostgreSQL cannot store a NUL, and no other control character belongs in a note.
        if text
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t')
        {
            return Err(AppError::bad(
                &format!("{text_name}.{parameter}"),
                crate::msg!("maturity-error-control-field", parameter = parameter),
            ));
        }
        if text.chars().count() > cyberindex_workflow::limits::MAX_TEXT_CHARS {
            return Err(AppError::bad(
                &format!("{text_name}.{parameter}"),
                crate::msg!("maturity-error-too-long-field", parameter = parameter),
            ));
        }
        let expected: i64 = version.trim().parse().map_err(|_| {
            AppError::bad(
                key,
                crate::msg!("maturity-error-version", parameter = parameter),
            )
        })?;
        let stored = current.get(parameter);
        let (stored_level, stored_text) = match (side, stored) {
            (_, None) => (None, ""),
            (Side::Team, Some(a)) => (a.self_level, a.note.as_str()),
            (Side::Reviewer, Some(a)) => (a.validated_level, a.comment.as_str()),
        };
        if stored_level == level && stored_text == text {
            continue;
        }
        let stored_version = stored.map_or(0, |a| a.version);
        if stored_version != expected {
            return Err(cyberindex_store::StoreError::Stale {
                what: "parameter",
                version: stored_version,
            }
            .into());
        }
        changes.push(LevelSave {
            parameter: parameter.to_string(),
            level,
            text,
            expected,
        });
    }
    cyberindex_workflow::maturity::save_levels(
        &state.store,
        user,
        id,
        side == Side::Reviewer,
        &changes,
    )
    .await?;
    Ok(changes.len())
}

/// What the public site shows of team `team`'s maturity, in words ("Example tiers: Basic,
/// signed off 2026-11-30"), when the programme publishes tiers and the team agreed; `None`
/// otherwise.
pub async fn public_tier(
    state: &crate::state::AppState,
    tr: Tr,
    team: &str,
) -> AppResult<Option<String>> {
    if state.config.maturity.publish != crate::config::MaturityPublish::Tier {
        return Ok(None);
    }
    let Some(p) = cyberindex_workflow::maturity::published_tier(&state.store, team).await? else {
        return Ok(None);
    };
    Ok(tier_words(tr, &p))
}

/// A published tier in words, as the live team page and the static export's show it; `None`
/// when its profile is not in the framework.
pub fn tier_words(tr: Tr, p: &cyberindex_workflow::maturity::PublishedTier) -> Option<String> {
    let profile = p
        .framework
        .profiles
        .iter()
        .find(|x| x.id == p.result.profile)?;
    let tier = p
        .result
        .level
        .as_ref()
        .and_then(|l| profile.levels.iter().find(|x| &x.id == l))
        .map_or_else(
            || tr.t("maturity-tier-none"),
            |l| tr.pick(&l.label).to_string(),
        );
    let date = p
        .assessment
        .signed_off_at
        .map(|t| {
            crate::present::iso(t)
                .get(..10)
                .unwrap_or_default()
                .to_string()
        })
        .unwrap_or_default();
    Some(tr.ta(
        "maturity-published-tier",
        &[
            ("profile", tr.pick(&profile.label)),
            ("tier", &tier),
            ("date", &date),
        ],
    ))
}
