//! `GET /maturity/{id}/report.pdf`: the assessment as a PDF report in the reader's language
//! (`cyberindex_report::maturity_pdf`, typeset off the async workers with the fonts of
//! `public::report_fonts`): tiers and blockers, both levels of every parameter with the notes
//! and comments, the evidence with its expiry, and the team's roadmap. Read through
//! `cyberindex_workflow::maturity::read` as the assessment's page is, so whoever may not read
//! the assessment gets 404; never cached by a shared cache.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use cyberindex_report::maturity::{
    Assessment, BlockerRow, EvidenceRow, GroupRow, ParameterRow, RoadmapRow, TierRow,
};
use cyberindex_store::MaturityEvidenceKind;
use cyberindex_workflow::maturity::Access;

use crate::auth::SignedIn;
use crate::error::{AppError, AppResult};
use crate::i18n::Tr;
use crate::state::AppState;

pub async fn download(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    Path(id): Path<i64>,
) -> AppResult<Response> {
    use cyberindex_workflow::maturity as m;
    let user = &signed.0.user;
    let (assessment, access) = m::read(&state.store, user, id).await?;
    let framework = m::framework(&state.store, &assessment).await?;
    let answers: BTreeMap<String, cyberindex_store::ParameterAnswer> = state
        .store
        .parameter_answers(id)
        .await?
        .into_iter()
        .map(|a| (a.parameter.clone(), a))
        .collect();
    let today = super::today();
    let evidence = state.store.maturity_evidence(id, false).await?;
    let expired = m::expired(&evidence, &today);
    let results = m::results(&state.store, &assessment).await?;
    let team = state.store.team(&assessment.team_id).await?;
    // The reviewer of another team reads the assessment, not the team's roadmap.
    let roadmap = if access == Access::Reviewer {
        Vec::new()
    } else {
        m::roadmap(&state.store, user, &assessment.team_id).await?
    };

    let tiers = results
        .iter()
        .filter_map(|r| {
            let profile = framework.profiles.iter().find(|p| p.id == r.profile)?;
            let level_label = |lid: &Option<String>| {
                lid.as_ref()
                    .and_then(|l| profile.levels.iter().find(|x| &x.id == l))
                    .map(|l| tr.pick(&l.label).to_string())
            };
            Some(TierRow {
                profile: tr.pick(&profile.label).to_string(),
                reached: level_label(&r.level).unwrap_or_else(|| tr.t("maturity-tier-none")),
                next: level_label(&r.next).unwrap_or_default(),
                blockers: r
                    .blockers
                    .iter()
                    .map(|b| BlockerRow {
                        parameter: b.parameter.clone(),
                        name: super::parameter_name(tr, &framework, &b.parameter),
                        value: super::value_text(tr, b.value),
                        required: m::level_text(cyberindex_engine::ParameterValue::Value(
                            b.required,
                        )),
                    })
                    .collect(),
            })
        })
        .collect();
    let mut groups: Vec<(usize, GroupRow)> = framework
        .pillars()
        .map(|(i, p)| {
            (
                i,
                GroupRow {
                    id: p.id.clone(),
                    label: tr.pick(&p.label).to_string(),
                    parameters: Vec::new(),
                },
            )
        })
        .collect();
    for q in &framework.questions {
        let a = answers.get(&q.id);
        let self_level = a.and_then(|a| a.self_level);
        let validated = a.and_then(|a| a.validated_level);
        let row = ParameterRow {
            id: q.id.clone(),
            name: tr.pick(&q.label).to_string(),
            self_level: super::level_text(tr, self_level),
            validated_level: super::level_text(tr, validated),
            note: a.map(|a| a.note.clone()).unwrap_or_default(),
            comment: a.map(|a| a.comment.clone()).unwrap_or_default(),
            differs: validated.is_some() && validated != self_level,
        };
        let pillar = framework.pillar_of(q.parent);
        if let Some((_, g)) = groups.iter_mut().find(|(i, _)| *i == pillar) {
            g.parameters.push(row);
        }
    }
    let evidence = evidence
        .iter()
        .map(|e| EvidenceRow {
            parameter: e.parameter.clone(),
            title: e.title.clone(),
            kind: tr.t(match e.kind {
                MaturityEvidenceKind::Url => "maturity-evidence-url",
                MaturityEvidenceKind::File => "maturity-evidence-file",
                MaturityEvidenceKind::Check => "maturity-evidence-check",
            }),
            issued: e.issued_on.clone(),
            expires: e.expires_on.clone().unwrap_or_default(),
            expired: expired
                .get(&e.parameter)
                .is_some_and(|ids| ids.contains(&e.id)),
        })
        .collect();
    let level = |l: &str| match l {
        "na" => tr.t("maturity-na"),
        "" => "–".to_string(),
        l => l.to_string(),
    };
    let roadmap = roadmap
        .iter()
        .filter(|i| i.assessment_id == Some(id) || i.status.is_active())
        .map(|i| RoadmapRow {
            parameter: i.parameter.clone(),
            from: level(&i.from_level),
            to: level(&i.to_level),
            action: i.action.clone(),
            owner: i.owner.clone(),
            due: i.due_on.clone().unwrap_or_default(),
            status: tr.t(super::roadmap_status_key(i.status)),
        })
        .collect();
    let report = Assessment {
        id,
        team: team.official_name.clone(),
        country: cyberindex_answers::countries::name_of(&team.country, tr.lang),
        framework: tr.pick(&framework.label).to_string(),
        framework_version: format!(
            "{} {}",
            assessment.framework_id, assessment.framework_version
        ),
        kind: tr.t(super::kind_key(assessment.kind)),
        round: assessment.round,
        status: tr.t(super::status_key(assessment.status)),
        signed_off: assessment
            .signed_off_at
            .map(|t| {
                crate::present::iso(t)
                    .get(..10)
                    .unwrap_or_default()
                    .to_string()
            })
            .unwrap_or_default(),
        tiers,
        groups: groups.into_iter().map(|(_, g)| g).collect(),
        evidence,
        roadmap,
    };
    let pdf = tokio::task::spawn_blocking(move || {
        let fonts = crate::public::report_fonts()?;
        let labels = |key: &str, args: &[(&str, &str)]| tr.ta(key, args);
        cyberindex_report::maturity_pdf(&report, tr.lang, &labels, &fonts)
    })
    .await
    .map_err(|e| AppError::Internal(anyhow::anyhow!("the PDF task failed: {e}")))?
    .map_err(|e| AppError::Internal(anyhow::anyhow!("maturity report {id}: {e}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename=\"maturity-{}-{id}-{}.pdf\"",
                    assessment.team_id, tr.lang
                ),
            ),
        ],
        pdf,
    )
        .into_response())
}
