//! The demonstration installation (`cyberindex serve --demo`): the shipped framework, demo
//! accounts, and generated answers for all 194 countries in every status. Pages carry a banner
//! saying the data are not real assessments.

use cyberindex_answers::countries;
use cyberindex_store::{
    BulkAnswer, Decision, NewEdition, NewUser, Provenance, Role, Status, Store, StoreError,
};

use crate::auth;

/// The edition the demo creates.
pub const EDITION: &str = "demo-2026";

/// The framework shipped with cyberindex, compiled in so the demo runs from any folder.
pub const FRAMEWORK: &str = include_str!("../../../../frameworks/gca-national-index.toml");

/// A demo account: email, password, role, country, observed countries, directory team.
#[derive(Debug)]
pub struct DemoAccount {
    pub email: &'static str,
    pub password: &'static str,
    pub role: Role,
    pub country: Option<&'static str>,
    pub observed: &'static [&'static str],
    /// The directory team of a team staff account.
    pub team: Option<&'static str>,
}

pub const ACCOUNTS: [DemoAccount; 6] = [
    DemoAccount {
        email: "admin@demo.example.org",
        password: "demo-admin-2026",
        role: Role::Admin,
        country: None,
        observed: &[],
        team: None,
    },
    DemoAccount {
        email: "reviewer@demo.example.org",
        password: "demo-reviewer-2026",
        role: Role::Reviewer,
        country: None,
        observed: &[],
        team: None,
    },
    DemoAccount {
        email: "focal.ken@demo.example.org",
        password: "demo-focal-2026",
        role: Role::FocalPoint,
        country: Some("KEN"),
        observed: &[],
        team: None,
    },
    DemoAccount {
        email: "contributor.ken@demo.example.org",
        password: "demo-contributor-2026",
        role: Role::Contributor,
        country: Some("KEN"),
        observed: &[],
        team: None,
    },
    DemoAccount {
        email: "observer@demo.example.org",
        password: "demo-observer-2026",
        role: Role::Observer,
        country: None,
        observed: &["KEN", "BRA", "FRA", "IND"],
        team: None,
    },
    DemoAccount {
        email: "team.ken@demo.example.org",
        password: "demo-team-2026",
        role: Role::TeamStaff,
        country: None,
        observed: &[],
        team: Some("ken-cirt-demo"),
    },
];

/// The status a demo country is in: spread over every status, Kenya in progress so that its demo
/// focal point can answer and submit.
fn status_of(country: &str, i: usize) -> Status {
    if country == "KEN" {
        return Status::InProgress;
    }
    match i % 10 {
        0 | 1 => Status::NotStarted,
        2..=4 => Status::InProgress,
        5 => Status::Submitted,
        6 => Status::InReview,
        7 => Status::Returned,
        _ => Status::Validated,
    }
}

/// A country's generated answers, as the country would have given them.
fn bulk_answers(rows: &[cyberindex_demo::DemoRow], code: &str) -> Vec<BulkAnswer> {
    rows.iter()
        .filter(|r| r.unit == code)
        .map(|r| BulkAnswer {
            question: r.question.clone(),
            value: Some(r.value.clone()),
            comment: String::new(),
            provenance: Provenance::Country,
            evidence_url: (!r.evidence.is_empty()).then(|| r.evidence.clone()),
        })
        .collect()
}

/// Creates the demo accounts, edition and answers, unless they exist. Returns whether it seeded.
pub async fn seed(store: &Store) -> anyhow::Result<bool> {
    seed_directory(store).await?;
    let seeded = match store.edition(EDITION).await {
        Ok(_) => true,
        Err(StoreError::NotFound(_)) => false,
        Err(e) => return Err(e.into()),
    };
    if seeded && store.edition(PAST_EDITION).await.is_ok() {
        // An installation seeded by an earlier version gains what was added since.
        seed_maturity(store).await?;
        seed_establishment(store).await?;
        super::demo_drills::seed_drills(store).await?;
        return Ok(false);
    }
    let framework = cyberindex_framework::read(FRAMEWORK).map_err(|d| {
        anyhow::anyhow!(
            "{}",
            cyberindex_framework::render("gca-national-index.toml", FRAMEWORK, &d)
        )
    })?;
    let mut admin_id = None;
    let mut reviewer_id = None;
    for account in &ACCOUNTS {
        let user = match store.user_by_email(account.email).await? {
            Some(u) => u,
            None => {
                store
                    .create_user(&NewUser {
                        email: account.email.into(),
                        name: String::new(),
                        role: account.role,
                        country: account.country.map(str::to_string),
                        observed: account.observed.iter().map(|c| c.to_string()).collect(),
                        team: account.team.map(str::to_string),
                    })
                    .await?
            }
        };
        store
            .set_password(user.id, &auth::hash_password(account.password))
            .await?;
        if account.role == Role::Admin {
            admin_id = Some(user.id);
        }
        if account.role == Role::Reviewer {
            reviewer_id = Some(user.id);
        }
    }
    // The maturity assessments are made by the demo admin and reviewer accounts.
    seed_maturity(store).await?;
    seed_establishment(store).await?;
    super::demo_drills::seed_drills(store).await?;
    seed_past(store, &framework, admin_id, reviewer_id).await?;
    if seeded {
        return Ok(true);
    }
    let codes: Vec<&str> = countries::builtin()
        .iter()
        .map(|c| c.alpha3.as_str())
        .collect();
    store
        .create_edition(
            &NewEdition {
                id: EDITION.into(),
                name: "Demonstration 2026".into(),
                names: cyberindex_demo::edition_names(2026),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: FRAMEWORK.into(),
                opens_on: "2026-01-15".into(),
                deadline: "2026-12-31".into(),
                countries: codes.iter().map(|c| c.to_string()).collect(),
            },
            admin_id,
        )
        .await?;
    let rows = cyberindex_demo::answers(&framework, &codes, 2026);
    for (i, code) in codes.iter().enumerate() {
        let status = status_of(code, i);
        let mut answers = bulk_answers(&rows, code);
        match status {
            Status::NotStarted => answers.clear(),
            Status::InProgress => answers.truncate(answers.len() * (3 + i % 5) / 10),
            _ => {}
        }
        // Responses past submission are taken there the way reviewers do: decisions recorded
        // on the answers, sent back or validated through the same store calls as the pages.
        let loaded = match status {
            Status::InReview | Status::Returned | Status::Validated => Status::InReview,
            other => other,
        };
        store
            .bulk_load(EDITION, code, &answers, loaded, None)
            .await?;
        let every = framework.questions.iter().map(|q| q.id.clone());
        match status {
            Status::InReview => {
                let decisions: Vec<_> = every
                    .take(framework.questions.len() / 2)
                    .map(|q| (q, Decision::Accept, String::new()))
                    .collect();
                store
                    .bulk_review(EDITION, code, &decisions, reviewer_id)
                    .await?;
            }
            Status::Returned => {
                let decisions: Vec<_> = every
                    .enumerate()
                    .map(|(n, q)| match n {
                        0 => (q, Decision::Clarify, "Which article of the law defines this? Please link the official gazette.".to_string()),
                        1 => (q, Decision::Reject, "The evidence shows a draft bill, not a law in force.".to_string()),
                        _ => (q, Decision::Accept, String::new()),
                    })
                    .collect();
                store
                    .bulk_review(EDITION, code, &decisions, reviewer_id)
                    .await?;
                store
                    .return_response(
                        EDITION,
                        code,
                        cyberindex_workflow::status::rule("send-back").from,
                        "2026-12-15",
                        "Two questions need your attention.",
                        reviewer_id,
                    )
                    .await?;
            }
            Status::Validated => {
                let decisions: Vec<_> = every
                    .map(|q| (q, Decision::Accept, String::new()))
                    .collect();
                store
                    .bulk_review(EDITION, code, &decisions, reviewer_id)
                    .await?;
                store
                    .validate_response(
                        EDITION,
                        code,
                        cyberindex_workflow::status::rule("validate").from,
                        reviewer_id,
                    )
                    .await?;
            }
            _ => {}
        }
    }
    Ok(true)
}

/// A past edition the demo creates already published: every country validated, published as
/// version 1, then corrected once (version 2), and archived.
pub const PAST_EDITION: &str = "demo-2024";

/// The country whose answer the demonstration's correction changes.
const CORRECTED: &str = "FRA";

/// Creates the published past edition, unless it exists.
async fn seed_past(
    store: &Store,
    framework: &cyberindex_engine::Framework,
    admin: Option<i64>,
    reviewer: Option<i64>,
) -> anyhow::Result<()> {
    match store.edition(PAST_EDITION).await {
        Ok(_) => return Ok(()),
        Err(StoreError::NotFound(_)) => {}
        Err(e) => return Err(e.into()),
    }
    let codes: Vec<&str> = countries::builtin()
        .iter()
        .map(|c| c.alpha3.as_str())
        .collect();
    store
        .create_edition(
            &NewEdition {
                id: PAST_EDITION.into(),
                name: "Demonstration 2024".into(),
                names: cyberindex_demo::edition_names(2024),
                framework_id: framework.id.clone(),
                framework_version: framework.version.clone(),
                framework_source: FRAMEWORK.into(),
                opens_on: "2024-01-15".into(),
                deadline: "2024-12-31".into(),
                countries: codes.iter().map(|c| c.to_string()).collect(),
            },
            admin,
        )
        .await?;
    let rows = cyberindex_demo::answers(framework, &codes, 2024);
    let every: Vec<(String, Decision, String)> = framework
        .questions
        .iter()
        .map(|q| (q.id.clone(), Decision::Accept, String::new()))
        .collect();
    for code in &codes {
        let answers = bulk_answers(&rows, code);
        store
            .bulk_load(PAST_EDITION, code, &answers, Status::InReview, None)
            .await?;
        store
            .bulk_review(PAST_EDITION, code, &every, reviewer)
            .await?;
        store
            .validate_response(
                PAST_EDITION,
                code,
                cyberindex_workflow::status::rule("validate").from,
                reviewer,
            )
            .await?;
    }
    let licence = crate::service::publish::DEFAULT_LICENCE.to_string();
    crate::service::publish::publish_with(
        store,
        framework,
        PAST_EDITION,
        &crate::service::publish::PublishRequest {
            change_note: String::new(),
            licence: licence.clone(),
        },
        admin,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    // A correction, through the same review steps as on the pages: reopened, sent back with the
    // question to change, answered, accepted and validated again, then published as version 2.
    let question = &framework.questions[0];
    let best = question
        .options
        .iter()
        .max_by(|a, b| a.points.total_cmp(&b.points))
        .map(|o| o.id.clone())
        .unwrap_or_default();
    store
        .reopen_response(
            PAST_EDITION,
            CORRECTED,
            cyberindex_workflow::status::rule("reopen").from,
            "The country showed that its law was in force before the cut-off date.",
            admin,
        )
        .await?;
    store
        .bulk_review(
            PAST_EDITION,
            CORRECTED,
            &[(
                question.id.clone(),
                Decision::Reject,
                "Please correct this answer: the law entered into force before the cut-off date."
                    .to_string(),
            )],
            reviewer,
        )
        .await?;
    store
        .return_response(
            PAST_EDITION,
            CORRECTED,
            cyberindex_workflow::status::rule("send-back").from,
            "2024-12-31",
            "One answer to correct.",
            reviewer,
        )
        .await?;
    let current = store
        .answers(PAST_EDITION, CORRECTED)
        .await?
        .into_iter()
        .find(|a| a.question_id == question.id)
        .map_or(0, |a| a.version);
    store
        .save_answer(
            PAST_EDITION,
            CORRECTED,
            &question.id,
            &cyberindex_store::AnswerChange {
                value: Some(best),
                comment: "In force since 2023 (official gazette).".into(),
                expected_version: current,
                provenance: Provenance::Country,
            },
            None,
            true,
        )
        .await?;
    store
        .set_status(
            PAST_EDITION,
            CORRECTED,
            cyberindex_workflow::status::rule("submit").from,
            Status::Submitted,
            None,
        )
        .await?;
    store
        .bulk_review(PAST_EDITION, CORRECTED, &every, reviewer)
        .await?;
    store
        .validate_response(
            PAST_EDITION,
            CORRECTED,
            cyberindex_workflow::status::rule("validate").from,
            reviewer,
        )
        .await?;
    crate::service::publish::publish_with(
        store,
        framework,
        PAST_EDITION,
        &crate::service::publish::PublishRequest {
            change_note: "France: the answer on the first legal measure was corrected after review; the law was in force before the cut-off date.".into(),
            licence,
        },
        admin,
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    store.archive_edition(PAST_EDITION, admin).await?;
    Ok(())
}

/// The text printed at start-up.
pub fn accounts_text(public_url: &str) -> String {
    let mut text = format!(
        "\nDemonstration data: not real assessments.\nOpen {public_url} and sign in with one of these accounts:\n"
    );
    for a in &ACCOUNTS {
        let scope = match (a.country, a.observed.is_empty(), a.team) {
            (Some(c), _, _) => format!(" ({c})"),
            (None, false, _) => format!(" ({})", a.observed.join(", ")),
            (None, true, Some(team)) => format!(" (team {team})"),
            _ => String::new(),
        };
        text.push_str(&format!(
            "  {:<12} {:<34} password: {}{scope}\n",
            a.role.as_str(),
            a.email,
            a.password
        ));
    }
    text
}

/// Adds the demonstration teams (`cyberindex_demo::directory`) to the CIRT directory, once: a
/// national team per country and a second team for every third, clearly fake, in every state,
/// with past reachability checks (messages and calls) and what was seen of their security.txt
/// files. Teams already there are left alone.
pub async fn seed_directory(store: &Store) -> anyhow::Result<usize> {
    // Once: the demonstration teams (ids ending in `-demo`) are there or not; an installation's
    // own teams are left alone either way.
    if store.teams().await?.iter().any(|t| t.id.ends_with("-demo")) {
        return Ok(0);
    }
    let countries: Vec<(&str, &str)> = cyberindex_answers::countries::builtin()
        .iter()
        .map(|c| (c.alpha3.as_str(), c.name_en.as_str()))
        .collect();
    let teams =
        cyberindex_demo::directory::teams(&countries, time::OffsetDateTime::now_utc(), 2026);
    for (team, _) in &teams {
        cyberindex_workflow::directory::save_team(store, team, None, None).await?;
    }
    seed_checks(store, &teams).await?;
    for seen in cyberindex_demo::directory::security_txts(&teams, time::OffsetDateTime::now_utc()) {
        store
            .save_security_txt(&cyberindex_store::SecurityTxtSeen {
                team_id: seen.team_id,
                source: seen.source.into(),
                url: seen.url,
                found: seen.found,
                body: seen.body,
                error: seen.error,
                observed_at: seen.observed_at,
                observed_by: None,
            })
            .await?;
    }
    Ok(teams.len())
}

/// Past reachability checks with every outcome (acknowledged, late, no reply, bounced, and a
/// check still waiting for answers), and a check of every team scheduled a month ahead that
/// repeats every 90 days. The links of past checks are hashes of links nobody holds.
async fn seed_checks(
    store: &Store,
    teams: &[(
        cyberindex_directory::Team,
        cyberindex_demo::directory::DemoState,
    )],
) -> anyhow::Result<()> {
    let now = cyberindex_store::now_ms();
    let region = "Africa";
    let in_region: Vec<&str> = cyberindex_answers::countries::builtin()
        .iter()
        .filter(|c| c.itu_region == region)
        .map(|c| c.alpha3.as_str())
        .collect();
    for check in cyberindex_demo::directory::checks(teams, now, region, &in_region) {
        let hashes: Vec<String> =
            check
                .pings
                .iter()
                .map(|_| {
                    cyberindex_workflow::secret::hash_token(
                        &cyberindex_workflow::secret::random_token(),
                    )
                })
                .collect();
        let pings: Vec<cyberindex_store::PastPing<'_>> = check
            .pings
            .iter()
            .zip(&hashes)
            .map(|(p, hash)| cyberindex_store::PastPing {
                team_id: &p.team_id,
                channel: p.channel,
                address: &p.address,
                token_hash: hash,
                sent_at: p.sent_at,
                acked_at: p.acked_at,
                error: p.error.as_deref(),
                unanswered_at: p.unanswered_at,
                note: p.note.as_deref(),
            })
            .collect();
        store
            .import_check(
                &check.scope,
                check.window_seconds,
                check.started_at,
                &pings,
                None,
            )
            .await?;
    }
    store
        .schedule_check("all", now + 30 * 86_400_000, 24 * 3600, Some(90), None)
        .await?;
    Ok(())
}

/// What a demonstration maturity assessment is left as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MaturityDemo {
    /// Round 1, about half the parameters rated.
    Started,
    /// Sent back by the reviewer with comments: round 2, in self-assessment.
    Returned,
    /// Submitted, a reviewer assigned, some levels validated.
    InReview,
    /// Validated, waiting for the secretariat's sign-off.
    Validated,
    /// Signed off, with a roadmap in every status.
    SignedOff,
}

/// Adds demonstration maturity assessments (issue 17), once: for Kenya's demo team (whose staff
/// is a demo account) a signed-off assessment and a later one sent back for a
/// second round, and for eight other national demo teams one in each state, with notes saying
/// they are not real, evidence (some past its review date) and roadmaps. Returns how many it
/// made.
pub async fn seed_maturity(store: &Store) -> anyhow::Result<usize> {
    use cyberindex_store::{AssessmentKind, EvidenceSource, Level, NewMaturityEvidence, Step};
    use cyberindex_workflow::maturity as m;
    if !store.assessments(None).await?.is_empty() {
        return Ok(0);
    }
    let Some(admin) = store.user_by_email(ACCOUNTS[0].email).await? else {
        return Ok(0);
    };
    let reviewer = store.user_by_email(ACCOUNTS[1].email).await?;
    let source = crate::maturity::FRAMEWORKS[0].1;
    let framework = cyberindex_framework::read(source).map_err(|d| {
        anyhow::anyhow!(
            "{}",
            cyberindex_framework::render("cirt-maturity.toml", source, &d)
        )
    })?;
    let teams: Vec<String> = store
        .teams()
        .await?
        .into_iter()
        .map(|t| t.id)
        .filter(|id| id.ends_with("-cirt-demo") && id != "ken-cirt-demo")
        .collect();
    use MaturityDemo as D;
    let mut plan: Vec<(String, MaturityDemo)> = vec![
        ("ken-cirt-demo".into(), D::SignedOff),
        ("ken-cirt-demo".into(), D::Returned),
    ];
    let states = [
        D::Started,
        D::Returned,
        D::InReview,
        D::Validated,
        D::SignedOff,
    ];
    // Every 23rd national team, so that the eight spread over the regions.
    for (k, team) in teams.iter().step_by(23).take(8).enumerate() {
        plan.push((team.clone(), states[k % states.len()]));
    }
    let mut rng = cyberindex_demo::SplitMix64::new(20_261_217);
    let note = "Demonstration: generated, not a real assessment.";
    let mut made = 0;
    for (team, state) in &plan {
        let a = m::create(store, &admin, team, source, AssessmentKind::SelfAssessed).await?;
        let id = a.id;
        // A hidden capacity from 0.5 to 3.5; each parameter varies around it.
        let capacity = 0.5 + 3.0 * rng.unit();
        let level_of = |rng: &mut cyberindex_demo::SplitMix64, shift: f64| -> Level {
            let x = (capacity + shift + 2.0 * rng.unit() - 1.0)
                .round()
                .clamp(0.0, 4.0);
            Level::ALL[x as usize]
        };
        let share = if *state == D::Started { 0.5 } else { 1.0 };
        let mut rated = Vec::new();
        for q in &framework.questions {
            if rng.unit() >= share {
                continue;
            }
            let level = if (q.id == "O-6" || q.id == "P-2") && rng.unit() < 0.3 {
                Level::NotApplicable
            } else {
                level_of(&mut rng, 0.0)
            };
            m::save_self(store, &admin, id, &q.id, Some(level), note, 0).await?;
            rated.push((q.id.clone(), level));
        }
        // Evidence on the first parameters: one current, one past its review date.
        for (k, (parameter, _)) in rated.iter().take(3).enumerate() {
            let expired = k == 1;
            m::add_evidence(
                store,
                &admin,
                &NewMaturityEvidence {
                    assessment_id: id,
                    parameter: parameter.clone(),
                    source: EvidenceSource::Url(format!(
                        "https://example.org/demo/{team}/{parameter}.pdf"
                    )),
                    title: format!("Demonstration document for {parameter} (not real)"),
                    issued_on: if expired { "2024-02-01" } else { "2026-01-15" }.into(),
                    expires_on: Some(if expired { "2025-02-01" } else { "2027-01-15" }.into()),
                },
            )
            .await?;
        }
        if *state == D::Started {
            made += 1;
            continue;
        }
        let step = |a: cyberindex_store::Assessment, s: Step, reason: &'static str| {
            let admin = admin.clone();
            async move { m::step(store, &admin, a.id, a.version, s, reason).await }
        };
        let a = step(store.assessment(id).await?, Step::Submit, "").await?;
        let a = m::assign_reviewer(
            store,
            &admin,
            id,
            a.version,
            reviewer.as_ref().map(|r| r.id),
        )
        .await?;
        // The reviewer confirms most levels and lowers a few, with a comment.
        for (parameter, level) in &rated {
            let lower = rng.unit() < 0.2 && level.number().is_some_and(|n| n > 0);
            if !lower && *state == D::InReview && rng.unit() < 0.5 {
                continue;
            }
            let validated = if lower {
                Level::ALL[usize::from(level.number().unwrap_or(1) - 1)]
            } else {
                *level
            };
            let comment = if lower {
                "Demonstration: the evidence shows a draft, not an approved document."
            } else {
                ""
            };
            let version = store
                .parameter_answers(id)
                .await?
                .into_iter()
                .find(|p| &p.parameter == parameter)
                .map_or(0, |p| p.version);
            m::save_validation(
                store,
                &admin,
                id,
                parameter,
                Some(validated),
                comment,
                version,
            )
            .await?;
        }
        let a = match state {
            D::InReview => a,
            D::Returned => {
                step(
                    store.assessment(id).await?,
                    Step::Return,
                    "Demonstration: please add evidence for the lowered parameters.",
                )
                .await?
            }
            _ => {
                let a = step(store.assessment(id).await?, Step::Validate, "").await?;
                if *state == D::SignedOff {
                    step(a, Step::SignOff, "Demonstration sign-off.").await?
                } else {
                    a
                }
            }
        };
        if *state == D::SignedOff {
            let results = m::results(store, &a).await?;
            if let Some(result) = results.first() {
                let items = m::plan_roadmap(
                    store,
                    &admin,
                    id,
                    result,
                    &m::RoadmapDefaults {
                        owner: "Demonstration owner".into(),
                        due_on: Some("2027-06-30".into()),
                        services: Default::default(),
                    },
                    |b, _| {
                        crate::maturity::suggested_action(
                            crate::i18n::Tr::new("en"),
                            &framework,
                            &b.parameter,
                            b.required,
                        )
                    },
                )
                .await?;
                // Items in every status.
                for (k, item) in items.iter().enumerate().take(4) {
                    let status = cyberindex_store::RoadmapStatus::ALL[k];
                    if status == cyberindex_store::RoadmapStatus::Open {
                        continue;
                    }
                    m::update_roadmap(
                        store,
                        &admin,
                        item.id,
                        item.version,
                        &cyberindex_store::RoadmapChange {
                            action: item.action.clone(),
                            owner: item.owner.clone(),
                            due_on: item.due_on.clone(),
                            status,
                            service_id: Some("5.1".into()),
                        },
                    )
                    .await?;
                }
            }
        }
        made += 1;
    }
    Ok(made)
}

/// Demonstration engagements of the establishment tracker (issue 17, part 6), unless there are
/// any: one in each phase (and one closed), with deliverables submitted, approved and sent back
/// for changes, planned services, and notes and titles saying they are not real. Deliverables
/// are links to `example.org`. Returns how many engagements it made.
pub async fn seed_establishment(store: &Store) -> anyhow::Result<usize> {
    use cyberindex_store::{DeliverableKind as K, DeliverableSource, NewDeliverable, Phase};
    use cyberindex_workflow::establishment as e;
    if !store.engagements().await?.is_empty() {
        return Ok(0);
    }
    let Some(admin) = store.user_by_email(ACCOUNTS[0].email).await? else {
        return Ok(0);
    };
    let teams = store.teams().await?;
    let team_of = |country: &str| {
        teams
            .iter()
            .find(|t| t.country == country && t.id.ends_with("-cirt-demo"))
            .map(|t| t.id.clone())
    };
    // (country, phase reached, what happens to the last phase's required deliverable).
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Last {
        Submitted,
        ChangesRequested,
        Approved,
    }
    let plan = [
        ("KEN", Phase::Enhancement, Last::Submitted),
        ("SEN", Phase::Assessment, Last::Submitted),
        ("FJI", Phase::Assessment, Last::ChangesRequested),
        ("JOR", Phase::Design, Last::Submitted),
        ("KGZ", Phase::Establishment, Last::ChangesRequested),
        ("PER", Phase::Closed, Last::Approved),
    ];
    let note = "Demonstration: generated, not a real engagement.";
    let mut made = 0;
    for (country, reach, last) in plan {
        let team = if reach >= Phase::Establishment {
            team_of(country)
        } else {
            None
        };
        let mut engagement = e::create(store, &admin, country, team.as_deref(), note).await?;
        for phase in Phase::WORKING {
            if phase > reach {
                break;
            }
            let Some(kind) = K::required_for(phase) else {
                continue;
            };
            let new = |title: &str, kind: K| NewDeliverable {
                engagement_id: engagement.id,
                phase,
                kind,
                title: format!("Demonstration: {title} ({country})"),
                issued_on: "2026-11-02".into(),
                source: DeliverableSource::Url(format!(
                    "https://example.org/demo/{}/{}-{}.pdf",
                    country.to_ascii_lowercase(),
                    phase.as_str(),
                    kind.as_str()
                )),
            };
            let title = e::kind_words(kind);
            let d = e::add_deliverable(store, &admin, &new(title, kind)).await?;
            let current = phase == reach || (reach == Phase::Closed && phase == Phase::Enhancement);
            let outcome = if current { last } else { Last::Approved };
            match outcome {
                Last::Submitted => {}
                Last::ChangesRequested => {
                    e::decide(
                        store,
                        &admin,
                        d.id,
                        d.version,
                        cyberindex_store::DeliverableStatus::ChangesRequested,
                        "Demonstration: please add the stakeholder consultation.",
                    )
                    .await?;
                }
                Last::Approved => {
                    e::decide(
                        store,
                        &admin,
                        d.id,
                        d.version,
                        cyberindex_store::DeliverableStatus::Approved,
                        "",
                    )
                    .await?;
                }
            }
            if phase == Phase::Design {
                let other =
                    e::add_deliverable(store, &admin, &new("workshop minutes", K::Other)).await?;
                e::decide(
                    store,
                    &admin,
                    other.id,
                    other.version,
                    cyberindex_store::DeliverableStatus::Approved,
                    "",
                )
                .await?;
            }
            if outcome == Last::Approved
                && let Some(next) = phase.next()
                && next <= reach
            {
                engagement = e::move_phase(
                    store,
                    &admin,
                    engagement.id,
                    engagement.version,
                    next,
                    "Demonstration: deliverable approved.",
                )
                .await?;
            }
        }
        if reach >= Phase::Design && reach != Phase::Closed {
            e::set_services(
                store,
                &admin,
                engagement.id,
                &[
                    ("2.1".into(), Phase::Establishment),
                    ("2.5".into(), Phase::Establishment),
                    ("4.3".into(), Phase::Enhancement),
                    ("5.1".into(), Phase::Design),
                ],
            )
            .await?;
        }
        made += 1;
    }
    Ok(made)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each team staff account belongs to a team the demonstration directory makes.
    #[test]
    fn demo_team_staff_work_for_demo_teams() {
        let countries: Vec<(&str, &str)> = countries::builtin()
            .iter()
            .map(|c| (c.alpha3.as_str(), c.name_en.as_str()))
            .collect();
        let teams =
            cyberindex_demo::directory::teams(&countries, time::OffsetDateTime::now_utc(), 2026);
        let staff: Vec<_> = ACCOUNTS
            .iter()
            .filter(|a| a.role == Role::TeamStaff)
            .collect();
        assert!(!staff.is_empty());
        for account in staff {
            let team = account.team.expect("team staff have a team");
            assert!(
                teams.iter().any(|(t, _)| t.id == team),
                "{}: no demo team {team}",
                account.email
            );
            assert!(account.country.is_none() && account.observed.is_empty());
        }
    }
}
