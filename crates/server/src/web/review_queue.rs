//! `GET /editions/{edition}/review`: the reviewers' queue. Responses with the secretariat or sent
//! back, filterable by ITU region, status, assigned reviewer and deadline; with the edition's
//! desk-research policy for administrators.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use cyberindex_answers::countries;
use cyberindex_store::{Role, Status};
use serde::Deserialize;

use crate::auth::SignedIn;
use crate::error::AppResult;
use crate::i18n::Tr;
use crate::present::ITU_REGIONS;
use crate::present::{country_name, status_key};
use crate::state::AppState;
use crate::web::{Page, render, when};

#[derive(Debug)]
pub struct QueueRow {
    pub code: String,
    pub name: String,
    pub region: String,
    pub status: &'static str,
    pub status_label: String,
    pub round: i64,
    pub deadline: String,
    pub overdue: bool,
    pub reviewers: String,
    pub submitted: String,
    /// Questions asked whose answer is not accepted yet.
    pub open: usize,
    /// For a response waiting on the reviewers (submitted, in review): for how many days,
    /// shown beside the submission date.
    pub waiting_days: String,
    /// Sorts the work to do first: 0 waiting on the reviewers, 1 on the country, 2 settled.
    order: (u8, i64),
}

#[derive(Debug, Template)]
#[template(path = "review_queue.html")]
struct QueuePage {
    page: Page,
    edition_id: String,
    edition_name: String,
    caption: String,
    regions: Vec<&'static str>,
    region: String,
    statuses: Vec<(&'static str, String)>,
    status: String,
    reviewers: Vec<(String, String)>,
    reviewer: String,
    due: String,
    is_admin: bool,
    desk_policy: &'static str,
    rows: Vec<QueueRow>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    region: String,
    #[serde(default)]
    status: String,
    /// A reviewer's user id, `me`, or `none` (unassigned).
    #[serde(default)]
    reviewer: String,
    /// `overdue`, or `week` (due within seven days).
    #[serde(default)]
    due: String,
}

/// Statuses the queue shows by default: everything from submission on.
const QUEUE: [Status; 4] = [
    Status::Submitted,
    Status::InReview,
    Status::Returned,
    Status::Validated,
];

pub async fn show(
    State(state): State<AppState>,
    signed: SignedIn,
    tr: Tr,
    uri: Uri,
    Path(edition): Path<String>,
    Query(filters): Query<Filters>,
) -> AppResult<Response> {
    let staff = signed.secretariat()?;
    let stored = state.store.edition(&edition).await?;
    let assignments = state.store.assignments(&edition).await?;
    let today = time::OffsetDateTime::now_utc().date();
    let week = today
        .checked_add(time::Duration::days(7))
        .unwrap_or(today)
        .to_string();
    let today = today.to_string();
    let reviewer_filter = if filters.reviewer == "me" {
        staff.0.id.to_string()
    } else {
        filters.reviewer.clone()
    };
    let framework = state.framework(&edition).await?;
    let mut answers: std::collections::HashMap<String, Vec<cyberindex_store::Answer>> =
        std::collections::HashMap::new();
    for (country, answer) in state.store.edition_answers(&edition).await? {
        answers.entry(country).or_default().push(answer);
    }
    let mut reviews: std::collections::HashMap<String, Vec<cyberindex_store::Review>> =
        std::collections::HashMap::new();
    for (country, review) in state.store.edition_reviews(&edition).await? {
        reviews.entry(country).or_default().push(review);
    }
    let now_ms = time::OffsetDateTime::now_utc().unix_timestamp() * 1000;
    let mut rows = Vec::new();
    for response in state.store.responses(&edition).await? {
        let in_queue = QUEUE.contains(&response.status);
        if filters.status.is_empty() {
            if !in_queue {
                continue;
            }
        } else if response.status.as_str() != filters.status {
            continue;
        }
        let region = countries::by_alpha3(&response.country).map_or("", |c| c.itu_region.as_str());
        if !filters.region.is_empty() && region != filters.region {
            continue;
        }
        let mine: Vec<&cyberindex_store::Assignment> = assignments
            .iter()
            .filter(|a| a.country == response.country)
            .collect();
        match reviewer_filter.as_str() {
            "" => {}
            "none" if !mine.is_empty() => continue,
            "none" => {}
            id if !mine.iter().any(|a| a.reviewer_id.to_string() == id) => continue,
            _ => {}
        }
        let deadline = response
            .round_deadline
            .clone()
            .filter(|_| response.status == Status::Returned)
            .unwrap_or_else(|| stored.deadline.clone());
        let overdue = response.status == Status::Returned && deadline < today;
        match filters.due.as_str() {
            "overdue" if !overdue => continue,
            "week" if !(deadline >= today && deadline <= week) => continue,
            _ => {}
        }
        let reviews = reviews
            .get(&response.country)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let own = answers
            .get(&response.country)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let open = crate::service::review::blockers(&framework, own, reviews).len();
        let waits = matches!(response.status, Status::Submitted | Status::InReview);
        let since = response.submitted_at.filter(|_| waits);
        let order = (
            match response.status {
                Status::Submitted | Status::InReview => 0,
                Status::Returned => 1,
                _ => 2,
            },
            since.unwrap_or(i64::MAX),
        );
        rows.push(QueueRow {
            open,
            waiting_days: since
                .map(|t| tr.tn("queue-days", "days", (now_ms - t).max(0) / 86_400_000))
                .unwrap_or_default(),
            order,
            name: country_name(tr, &response.country),
            region: region.to_string(),
            status: response.status.as_str(),
            status_label: tr.t(status_key(response.status)),
            round: response.round,
            deadline,
            overdue,
            reviewers: mine
                .iter()
                .map(|a| {
                    if a.pillar.is_empty() {
                        a.reviewer.clone()
                    } else {
                        format!("{} ({})", a.reviewer, a.pillar)
                    }
                })
                .collect::<Vec<_>>()
                .join(", "),
            submitted: response.submitted_at.map(when).unwrap_or_default(),
            code: response.country,
        });
    }
    // The work to do first: what waits on the reviewers, longest waiting first; then what waits on
    // the country, by deadline; then what is settled.
    rows.sort_by(|a, b| {
        a.order
            .cmp(&b.order)
            .then(a.deadline.cmp(&b.deadline))
            .then(a.name.cmp(&b.name))
    });
    let users = state.store.users().await?;
    let caption = tr.tn("queue-caption", "count", rows.len() as i64);
    let page = Page::new(
        tr,
        Some(&staff.0),
        state.config.demo,
        &uri,
        format!("{} · {}", tr.t("queue-title"), stored.name),
    );
    render(&QueuePage {
        page,
        edition_id: edition,
        edition_name: stored.name,
        caption,
        regions: ITU_REGIONS.to_vec(),
        region: filters.region,
        statuses: Status::ALL
            .iter()
            .map(|s| (s.as_str(), tr.t(status_key(*s))))
            .collect(),
        status: filters.status,
        reviewers: users
            .iter()
            .filter(|u| u.role.is_secretariat())
            .map(|u| (u.id.to_string(), u.email.clone()))
            .collect(),
        reviewer: filters.reviewer,
        due: filters.due,
        is_admin: staff.0.role == Role::Admin,
        desk_policy: stored.desk_policy.as_str(),
        rows,
    })
}
