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

/// A demo account: email, password, role, country, observed countries.
#[derive(Debug)]
pub struct DemoAccount {
    pub email: &'static str,
    pub password: &'static str,
    pub role: Role,
    pub country: Option<&'static str>,
    pub observed: &'static [&'static str],
}

pub const ACCOUNTS: [DemoAccount; 5] = [
    DemoAccount {
        email: "admin@demo.example.org",
        password: "demo-admin-2026",
        role: Role::Admin,
        country: None,
        observed: &[],
    },
    DemoAccount {
        email: "reviewer@demo.example.org",
        password: "demo-reviewer-2026",
        role: Role::Reviewer,
        country: None,
        observed: &[],
    },
    DemoAccount {
        email: "focal.ken@demo.example.org",
        password: "demo-focal-2026",
        role: Role::FocalPoint,
        country: Some("KEN"),
        observed: &[],
    },
    DemoAccount {
        email: "contributor.ken@demo.example.org",
        password: "demo-contributor-2026",
        role: Role::Contributor,
        country: Some("KEN"),
        observed: &[],
    },
    DemoAccount {
        email: "observer@demo.example.org",
        password: "demo-observer-2026",
        role: Role::Observer,
        country: None,
        observed: &["KEN", "BRA", "FRA", "IND"],
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

/// Creates the demo accounts, edition and answers, unless they exist. Returns whether it seeded.
pub async fn seed(store: &Store) -> anyhow::Result<bool> {
    match store.edition(EDITION).await {
        Ok(_) => return Ok(false),
        Err(StoreError::NotFound(_)) => {}
        Err(e) => return Err(e.into()),
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
    let codes: Vec<&str> = countries::builtin()
        .iter()
        .map(|c| c.alpha3.as_str())
        .collect();
    store
        .create_edition(
            &NewEdition {
                id: EDITION.into(),
                name: "Demonstration 2026".into(),
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
        let mut answers: Vec<BulkAnswer> = rows
            .iter()
            .filter(|r| r.unit == *code)
            .map(|r| BulkAnswer {
                question: r.question.clone(),
                value: Some(r.value.clone()),
                comment: String::new(),
                provenance: Provenance::Country,
                evidence_url: (!r.evidence.is_empty()).then(|| r.evidence.clone()),
            })
            .collect();
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
                store.validate_response(EDITION, code, reviewer_id).await?;
            }
            _ => {}
        }
    }
    Ok(true)
}

/// The text printed at start-up.
pub fn accounts_text(public_url: &str) -> String {
    let mut text = format!(
        "\nDemonstration data: not real assessments.\nOpen {public_url} and sign in with one of these accounts:\n"
    );
    for a in &ACCOUNTS {
        let scope = match (a.country, a.observed.is_empty()) {
            (Some(c), _) => format!(" ({c})"),
            (None, false) => format!(" ({})", a.observed.join(", ")),
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
