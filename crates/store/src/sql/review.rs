//! Review and validation in SQLite: decisions, threads, rounds, desk research, assignments,
//! notifications and webhooks. Every change appends to the audit trail in its own transaction.

use super::Conn;
use super::DbRow;
use sqlx::Row;

use super::{SqlStore, Touch, audit, check_not_archived, parse, response_status};
use crate::audit::AuditEvent;
use crate::{
    Answer, Assignment, Decision, Delivery, DeskPolicy, Evidence, Message, Notification, Response,
    Result, Review, Snapshot, Status, StoreError, Webhook, evidence_snapshot, now_ms,
};

/// Moves a response from one of `from` to `to` inside a transaction: checks, updates, snapshots
/// the answers on submission, records the change in the audit trail and queues the webhooks.
#[allow(clippy::too_many_arguments)]
pub(super) async fn change_status(
    conn: &mut Conn,
    edition: &str,
    country: &str,
    from: &[Status],
    to: Status,
    by: Option<i64>,
    reason: &str,
    new_round_deadline: Option<&str>,
) -> Result<()> {
    let current = response_status(conn, edition, country).await?;
    if !from.contains(&current) {
        return Err(StoreError::Locked(current));
    }
    let now = now_ms();
    let submitted = to == Status::Submitted;
    let deadline = new_round_deadline;
    let round: i64 = sqlx::query_scalar(
        "UPDATE responses SET status = $1, last_activity_at = $2, \
         submitted_at = CASE WHEN $3 THEN $2 ELSE submitted_at END, \
         submitted_by = CASE WHEN $3 THEN $4 ELSE submitted_by END, \
         round = round + CASE WHEN $7 THEN 1 ELSE 0 END, round_deadline = CASE WHEN $7 THEN $8 ELSE round_deadline END \
         WHERE edition_id = $5 AND country = $6 RETURNING round",
    )
    .bind(to.as_str())
    .bind(now)
    .bind(submitted)
    .bind(by)
    .bind(edition)
    .bind(country)
    .bind(deadline.is_some())
    .bind(deadline)
    .fetch_one(&mut *conn)
    .await?;
    if submitted {
        snapshot(conn, edition, country, round).await?;
    }
    let change = serde_json::json!({ "status": to.as_str(), "round": round, "deadline": deadline });
    audit::append(
        conn,
        &AuditEvent::new(by, &format!("response.{}", to.as_str()))
            .response(edition, country)
            .object("response")
            .before(&serde_json::json!({ "status": current.as_str() }))
            .after(&change)
            .reason(reason),
        now,
    )
    .await?;
    // Webhook deliveries are queued in the same transaction, so no status change goes unannounced.
    let actor: Option<String> = match by {
        Some(id) => {
            sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?
        }
        None => None,
    };
    let payload = serde_json::json!({
        "event": "response.status-changed",
        "edition": edition,
        "country": country,
        "from": current.as_str(),
        "to": to.as_str(),
        "round": round,
        "deadline": deadline,
        "reason": reason,
        "actor": actor.unwrap_or_else(|| "system".into()),
        "at": now,
    })
    .to_string();
    sqlx::query(
        "INSERT INTO webhook_deliveries (webhook_id, event, payload, next_attempt_at, created_at) \
         SELECT id, 'response.status-changed', $1, $2, $2 FROM webhooks WHERE active = TRUE",
    )
    .bind(payload)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Keeps the answers as submitted in `round`, for the reviewers' diff. The evidence lines are
/// built in Rust by [`evidence_snapshot`], the function the diff compares against: the answers are
/// copied in one statement, then each question with evidence gets its lines.
pub(super) async fn snapshot(
    conn: &mut Conn,
    edition: &str,
    country: &str,
    round: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO answer_snapshots (edition_id, country, round, question_id, value, comment, evidence) \
         SELECT edition_id, country, $3, question_id, value, comment, '' FROM answers WHERE edition_id = $1 AND country = $2 \
         ON CONFLICT (edition_id, country, round, question_id) DO UPDATE SET value = excluded.value, comment = excluded.comment, evidence = excluded.evidence",
    )
    .bind(edition)
    .bind(country)
    .bind(round)
    .execute(&mut *conn)
    .await?;
    let rows = sqlx::query(
        "SELECT * FROM evidence WHERE edition_id = $1 AND country = $2 AND deleted_at IS NULL ORDER BY question_id, id",
    )
    .bind(edition)
    .bind(country)
    .fetch_all(&mut *conn)
    .await?;
    let evidence = rows
        .iter()
        .map(SqlStore::evidence_from_row)
        .collect::<Result<Vec<Evidence>>>()?;
    for question in evidence.chunk_by(|a, b| a.question_id == b.question_id) {
        sqlx::query(
            "UPDATE answer_snapshots SET evidence = $4 WHERE edition_id = $1 AND country = $2 AND round = $3 AND question_id = $5",
        )
        .bind(edition)
        .bind(country)
        .bind(round)
        .bind(evidence_snapshot(question))
        .bind(&question[0].question_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The latest decision on a question, with the answer version it was made on.
pub(super) async fn latest_decision(
    conn: &mut Conn,
    edition: &str,
    country: &str,
    question: &str,
) -> Result<Option<(Decision, i64)>> {
    let row: Option<(String, i64)> = sqlx::query_as(
        "SELECT decision, answer_version FROM reviews WHERE edition_id = $1 AND country = $2 AND question_id = $3 ORDER BY id DESC LIMIT 1",
    )
    .bind(edition)
    .bind(country)
    .bind(question)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|(d, v)| Ok((parse(&d)?, v))).transpose()
}

/// In a returned response the country may change only the questions the reviewers asked about.
pub(super) async fn check_open_question(
    conn: &mut Conn,
    edition: &str,
    country: &str,
    question: &str,
    status: Status,
) -> Result<()> {
    if status != Status::Returned {
        return Ok(());
    }
    match latest_decision(conn, edition, country, question).await? {
        Some((Decision::Clarify | Decision::Reject, _)) => Ok(()),
        _ => Err(StoreError::Closed(crate::msg!(
            "store-question-closed",
            question = question
        ))),
    }
}

fn review_from_row(row: &DbRow) -> Result<Review> {
    Ok(Review {
        id: row.try_get("id")?,
        question_id: row.try_get("question_id")?,
        round: row.try_get("round")?,
        decision: parse(row.try_get::<&str, _>("decision")?)?,
        comment: row.try_get("comment")?,
        proposed_value: row.try_get("proposed_value")?,
        answer_version: row.try_get("answer_version")?,
        reviewer_id: row.try_get("reviewer_id")?,
        created_at: row.try_get("created_at")?,
    })
}

fn message_from_row(row: &DbRow) -> Result<Message> {
    Ok(Message {
        id: row.try_get("id")?,
        question_id: row.try_get("question_id")?,
        round: row.try_get("round")?,
        internal: row.try_get("internal")?,
        body: row.try_get("body")?,
        author_id: row.try_get("author_id")?,
        author: row
            .try_get::<Option<String>, _>("author")?
            .unwrap_or_default(),
        created_at: row.try_get("created_at")?,
    })
}

impl SqlStore {
    #[allow(clippy::too_many_arguments)]
    pub async fn review_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        decision: Decision,
        comment: &str,
        proposed: Option<&str>,
        by: Option<i64>,
    ) -> Result<(Review, bool)> {
        if decision != Decision::Accept && comment.trim().is_empty() {
            return Err(StoreError::Invalid(crate::msg!(
                "store-comment-required",
                decision = decision.as_str()
            )));
        }
        let mut tx = super::begin_write(&self.pool).await?;
        let status = response_status(&mut tx, edition, country).await?;
        if !status.is_under_review() {
            return Err(StoreError::Locked(status));
        }
        if status == Status::Submitted {
            change_status(
                &mut tx,
                edition,
                country,
                &[Status::Submitted],
                Status::InReview,
                by,
                "",
                None,
            )
            .await?;
        }
        let (round, version): (i64, Option<i64>) = sqlx::query_as(
            "SELECT r.round, a.version FROM responses r LEFT JOIN answers a ON a.edition_id = r.edition_id AND a.country = r.country AND a.question_id = $3 \
             WHERE r.edition_id = $1 AND r.country = $2",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_one(&mut *tx)
        .await?;
        let now = now_ms();
        let row = sqlx::query(
            "INSERT INTO reviews (edition_id, country, question_id, round, decision, comment, proposed_value, answer_version, reviewer_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .bind(round)
        .bind(decision.as_str())
        .bind(comment.trim())
        .bind(proposed)
        .bind(version.unwrap_or(0))
        .bind(by)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let review = review_from_row(&row)?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "review.decide")
                .response(edition, country)
                .question(question)
                .object(format!("review {}", review.id))
                .after(&review),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok((review, status == Status::Submitted))
    }

    /// Records many decisions on a response under review in one transaction (imports and the
    /// demonstration), each on the answer's current version, with one audit entry.
    pub async fn bulk_review(
        &self,
        edition: &str,
        country: &str,
        decisions: &[(String, Decision, String)],
        by: Option<i64>,
    ) -> Result<()> {
        let mut tx = super::begin_write(&self.pool).await?;
        let status = response_status(&mut tx, edition, country).await?;
        if !status.is_under_review() {
            return Err(StoreError::Locked(status));
        }
        let now = now_ms();
        for (question, decision, comment) in decisions {
            if *decision != Decision::Accept && comment.trim().is_empty() {
                return Err(StoreError::Invalid(crate::msg!(
                    "store-comment-required",
                    decision = decision.as_str()
                )));
            }
            sqlx::query(
                "INSERT INTO reviews (edition_id, country, question_id, round, decision, comment, answer_version, reviewer_id, created_at) \
                 SELECT $1, $2, $3, r.round, $4, $5, COALESCE(a.version, 0), $6, $7 FROM responses r \
                 LEFT JOIN answers a ON a.edition_id = r.edition_id AND a.country = r.country AND a.question_id = $3 \
                 WHERE r.edition_id = $1 AND r.country = $2",
            )
            .bind(edition)
            .bind(country)
            .bind(question)
            .bind(decision.as_str())
            .bind(comment)
            .bind(by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "review.bulk")
                .response(edition, country)
                .object("response")
                .after(&serde_json::json!({
                    "accept": decisions.iter().filter(|d| d.1 == Decision::Accept).count(),
                    "clarify": decisions.iter().filter(|d| d.1 == Decision::Clarify).count(),
                    "reject": decisions.iter().filter(|d| d.1 == Decision::Reject).count(),
                })),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn reviews(&self, edition: &str, country: &str) -> Result<Vec<Review>> {
        let rows = sqlx::query(
            "SELECT * FROM reviews WHERE edition_id = $1 AND country = $2 ORDER BY question_id, id",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(review_from_row).collect()
    }

    pub async fn post_message(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        internal: bool,
        body: &str,
        by: Option<i64>,
    ) -> Result<Message> {
        let body = body.trim();
        if body.is_empty() {
            return Err(StoreError::Invalid(crate::msg!("error-message-empty")));
        }
        let mut tx = super::begin_write(&self.pool).await?;
        // Threads of an archived edition are closed, like the rest of it.
        response_status(&mut tx, edition, country).await?;
        let round: i64 = sqlx::query_scalar(
            "SELECT round FROM responses WHERE edition_id = $1 AND country = $2",
        )
        .bind(edition)
        .bind(country)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("response"))?;
        let now = now_ms();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO messages (edition_id, country, question_id, round, internal, body, author_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .bind(round)
        .bind(internal)
        .bind(body)
        .bind(by)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            &AuditEvent::new(
                by,
                if internal {
                    "note.post"
                } else {
                    "message.post"
                },
            )
            .response(edition, country)
            .question(question)
            .object(format!("message {id}"))
            .after(&serde_json::json!({ "body": body, "internal": internal }))
            .confidential(internal),
            now,
        )
        .await?;
        tx.commit().await?;
        let row = sqlx::query(
            "SELECT m.*, u.email AS author FROM messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        message_from_row(&row)
    }

    pub async fn messages(
        &self,
        edition: &str,
        country: &str,
        include_internal: bool,
    ) -> Result<Vec<Message>> {
        let rows = sqlx::query(
            "SELECT m.*, u.email AS author FROM messages m LEFT JOIN users u ON u.id = m.author_id \
             WHERE m.edition_id = $1 AND m.country = $2 AND ($3 OR m.internal = FALSE) ORDER BY m.question_id, m.id",
        )
        .bind(edition)
        .bind(country)
        .bind(include_internal)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(message_from_row).collect()
    }

    pub async fn return_response(
        &self,
        edition: &str,
        country: &str,
        deadline: &str,
        reason: &str,
        by: Option<i64>,
    ) -> Result<Response> {
        let mut tx = super::begin_write(&self.pool).await?;
        change_status(
            &mut tx,
            edition,
            country,
            &[Status::Submitted, Status::InReview],
            Status::Returned,
            by,
            reason,
            Some(deadline),
        )
        .await?;
        tx.commit().await?;
        self.response(edition, country).await
    }

    /// Marks a response validated and locks it. The caller has checked that every answer asked
    /// is accepted (that needs the framework).
    pub async fn validate_response(
        &self,
        edition: &str,
        country: &str,
        by: Option<i64>,
    ) -> Result<Response> {
        let mut tx = super::begin_write(&self.pool).await?;
        change_status(
            &mut tx,
            edition,
            country,
            &[Status::Submitted, Status::InReview],
            Status::Validated,
            by,
            "",
            None,
        )
        .await?;
        tx.commit().await?;
        self.response(edition, country).await
    }

    pub async fn reopen_response(
        &self,
        edition: &str,
        country: &str,
        reason: &str,
        by: Option<i64>,
    ) -> Result<Response> {
        if reason.trim().is_empty() {
            return Err(StoreError::Invalid(crate::msg!("error-reopen-reason")));
        }
        let mut tx = super::begin_write(&self.pool).await?;
        change_status(
            &mut tx,
            edition,
            country,
            &[Status::Validated],
            Status::InReview,
            by,
            reason.trim(),
            None,
        )
        .await?;
        tx.commit().await?;
        self.response(edition, country).await
    }

    pub async fn snapshots(&self, edition: &str, country: &str) -> Result<Vec<Snapshot>> {
        let rows = sqlx::query(
            "SELECT * FROM answer_snapshots WHERE edition_id = $1 AND country = $2 ORDER BY question_id, round",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Snapshot {
                    round: r.try_get("round")?,
                    question_id: r.try_get("question_id")?,
                    value: r.try_get("value")?,
                    comment: r.try_get("comment")?,
                    evidence: r.try_get("evidence")?,
                })
            })
            .collect()
    }

    /// The country confirms a pre-filled answer as it stands.
    pub async fn confirm_answer(
        &self,
        edition: &str,
        country: &str,
        question: &str,
        expected_version: i64,
        by: Option<i64>,
    ) -> Result<Answer> {
        let mut tx = super::begin_write(&self.pool).await?;
        let status = response_status(&mut tx, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        check_open_question(&mut tx, edition, country, question, status).await?;
        let current = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 AND country = $2 AND question_id = $3",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("answer"))?;
        let current = Self::answer_from_row(&current)?;
        if current.version != expected_version {
            return Err(StoreError::Conflict(Box::new(current)));
        }
        if current.confirmed {
            return Err(StoreError::Invalid(crate::msg!(
                "store-already-confirmed",
                question = question
            )));
        }
        let now = now_ms();
        let row = sqlx::query(
            "UPDATE answers SET confirmed = TRUE, outcome = 'confirmed', version = version + 1, updated_by = $1, updated_at = $2 \
             WHERE edition_id = $3 AND country = $4 AND question_id = $5 RETURNING *",
        )
        .bind(by)
        .bind(now)
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_one(&mut *tx)
        .await?;
        let answer = Self::answer_from_row(&row)?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "answer.confirm")
                .response(edition, country)
                .question(question)
                .object("answer")
                .before(&current)
                .after(&answer),
            now,
        )
        .await?;
        sqlx::query(
            "UPDATE responses SET last_activity_at = $1, status = CASE WHEN status = 'not-started' THEN 'in-progress' ELSE status END \
             WHERE edition_id = $2 AND country = $3",
        )
        .bind(now)
        .bind(edition)
        .bind(country)
        .execute(&mut *tx)
        .await?;
        self.commit(tx, Touch::Response(edition, country)).await?;
        Ok(answer)
    }

    pub async fn set_desk_policy(
        &self,
        edition: &str,
        policy: DeskPolicy,
        by: Option<i64>,
    ) -> Result<()> {
        let mut tx = super::begin_write(&self.pool).await?;
        check_not_archived(&mut tx, edition).await?;
        let before: String = sqlx::query_scalar("SELECT desk_policy FROM editions WHERE id = $1")
            .bind(edition)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("edition"))?;
        sqlx::query("UPDATE editions SET desk_policy = $1 WHERE id = $2")
            .bind(policy.as_str())
            .bind(edition)
            .execute(&mut *tx)
            .await?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "edition.desk-policy")
                .object(format!("edition {edition}"))
                .before(&before)
                .after(&policy.as_str()),
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// At the deadline: every secretariat draft the country neither confirmed nor corrected gets
    /// the edition's policy as its recorded outcome, and responses still open that hold drafts are
    /// submitted on the country's behalf, so that review can proceed. Returns (kept, dropped,
    /// responses submitted).
    pub async fn apply_desk_policy(
        &self,
        edition: &str,
        by: Option<i64>,
    ) -> Result<(u64, u64, Vec<String>)> {
        let mut tx = super::begin_write(&self.pool).await?;
        check_not_archived(&mut tx, edition).await?;
        let policy: String = sqlx::query_scalar("SELECT desk_policy FROM editions WHERE id = $1")
            .bind(edition)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("edition"))?;
        let policy: DeskPolicy = parse(&policy)?;
        let rows = sqlx::query(
            "SELECT a.*, a.country AS answer_country FROM answers a JOIN responses r ON r.edition_id = a.edition_id AND r.country = a.country \
             WHERE a.edition_id = $1 AND a.provenance = 'secretariat' AND a.confirmed = FALSE AND a.outcome IS NULL \
             AND r.status IN ('not-started', 'in-progress') ORDER BY a.country, a.question_id",
        )
        .bind(edition)
        .fetch_all(&mut *tx)
        .await?;
        let now = now_ms();
        let (mut kept, mut dropped) = (0, 0);
        let mut countries: Vec<String> = Vec::new();
        for row in &rows {
            let country: String = row.try_get("answer_country")?;
            let before = Self::answer_from_row(row)?;
            let (outcome, value) = match policy {
                DeskPolicy::KeepDraft => ("kept-by-policy", before.value.clone()),
                DeskPolicy::DropDraft => ("dropped-by-policy", None),
            };
            let row = sqlx::query(
                "UPDATE answers SET outcome = $1, value = $2, version = version + 1, updated_by = $3, updated_at = $4 \
                 WHERE edition_id = $5 AND country = $6 AND question_id = $7 RETURNING *",
            )
            .bind(outcome)
            .bind(&value)
            .bind(by)
            .bind(now)
            .bind(edition)
            .bind(&country)
            .bind(&before.question_id)
            .fetch_one(&mut *tx)
            .await?;
            let after = Self::answer_from_row(&row)?;
            audit::append(
                &mut tx,
                &AuditEvent::new(by, "answer.desk-outcome")
                    .response(edition, &country)
                    .question(&before.question_id)
                    .object("answer")
                    .before(&before)
                    .after(&after)
                    .reason(&format!(
                        "deadline passed; edition policy {}",
                        policy.as_str()
                    )),
                now,
            )
            .await?;
            if policy == DeskPolicy::KeepDraft {
                kept += 1;
            } else {
                dropped += 1;
            }
            if countries.last() != Some(&country) {
                countries.push(country);
            }
        }
        for country in &countries {
            change_status(
                &mut tx,
                edition,
                country,
                &[Status::NotStarted, Status::InProgress],
                Status::Submitted,
                by,
                "deadline passed: submitted by the secretariat under the edition's desk-research policy",
                None,
            )
            .await?;
        }
        self.commit(tx, Touch::Responses).await?;
        Ok((kept, dropped, countries))
    }

    pub async fn assign(
        &self,
        edition: &str,
        country: &str,
        pillar: &str,
        reviewer: i64,
        by: Option<i64>,
    ) -> Result<()> {
        let mut tx = super::begin_write(&self.pool).await?;
        let role: Option<String> = sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
            .bind(reviewer)
            .fetch_optional(&mut *tx)
            .await?;
        if !matches!(role.as_deref(), Some("reviewer" | "admin")) {
            return Err(StoreError::Invalid(crate::msg!("store-assign-role")));
        }
        response_status(&mut tx, edition, country).await?;
        sqlx::query(
            "INSERT INTO assignments (edition_id, country, pillar, reviewer_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(edition)
        .bind(country)
        .bind(pillar)
        .bind(reviewer)
        .execute(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "assignment.add")
                .response(edition, country)
                .object(format!("user {reviewer}"))
                .after(&serde_json::json!({ "reviewer": reviewer, "pillar": pillar })),
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn unassign(
        &self,
        edition: &str,
        country: &str,
        pillar: &str,
        reviewer: i64,
        by: Option<i64>,
    ) -> Result<()> {
        let mut tx = super::begin_write(&self.pool).await?;
        response_status(&mut tx, edition, country).await?;
        let done = sqlx::query(
            "DELETE FROM assignments WHERE edition_id = $1 AND country = $2 AND pillar = $3 AND reviewer_id = $4",
        )
        .bind(edition)
        .bind(country)
        .bind(pillar)
        .bind(reviewer)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("assignment"));
        }
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "assignment.remove")
                .response(edition, country)
                .object(format!("user {reviewer}"))
                .before(&serde_json::json!({ "reviewer": reviewer, "pillar": pillar })),
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn assignments(&self, edition: &str) -> Result<Vec<Assignment>> {
        let rows = sqlx::query(
            "SELECT a.country, a.pillar, a.reviewer_id, u.email FROM assignments a JOIN users u ON u.id = a.reviewer_id \
             WHERE a.edition_id = $1 ORDER BY a.country, a.pillar, u.email",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Assignment {
                    country: r.try_get("country")?,
                    pillar: r.try_get("pillar")?,
                    reviewer_id: r.try_get("reviewer_id")?,
                    reviewer: r.try_get("email")?,
                })
            })
            .collect()
    }

    pub async fn notify(&self, users: &[i64], subject: &str, link: &str) -> Result<()> {
        let mut tx = super::begin_write(&self.pool).await?;
        let now = now_ms();
        for user in users {
            sqlx::query(
                "INSERT INTO notifications (user_id, subject, link, created_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(user)
            .bind(subject)
            .bind(link)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn notifications(&self, user: i64, limit: i64) -> Result<Vec<Notification>> {
        let rows =
            sqlx::query("SELECT * FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT $2")
                .bind(user)
                .bind(limit)
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|r| {
                Ok(Notification {
                    id: r.try_get("id")?,
                    subject: r.try_get("subject")?,
                    link: r.try_get("link")?,
                    created_at: r.try_get("created_at")?,
                    read_at: r.try_get("read_at")?,
                })
            })
            .collect()
    }

    pub async fn mark_notifications_read(&self, user: i64) -> Result<()> {
        sqlx::query("UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now_ms())
            .bind(user)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn create_webhook(&self, url: &str, secret: &str, by: Option<i64>) -> Result<i64> {
        let mut tx = super::begin_write(&self.pool).await?;
        let now = now_ms();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO webhooks (url, secret, created_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(url)
        .bind(secret)
        .bind(now)
        .bind(by)
        .fetch_one(&mut *tx)
        .await?;
        // The secret is never written to the trail.
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "webhook.create")
                .object(format!("webhook {id}"))
                .after(&serde_json::json!({ "url": url })),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn delete_webhook(&self, id: i64, by: Option<i64>) -> Result<()> {
        let mut tx = super::begin_write(&self.pool).await?;
        let url: String = sqlx::query_scalar(
            "UPDATE webhooks SET active = FALSE WHERE id = $1 AND active = TRUE RETURNING url",
        )
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("webhook"))?;
        audit::append(
            &mut tx,
            &AuditEvent::new(by, "webhook.disable")
                .object(format!("webhook {id}"))
                .before(&serde_json::json!({ "url": url })),
            now_ms(),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn webhooks(&self) -> Result<Vec<Webhook>> {
        let rows = sqlx::query("SELECT * FROM webhooks WHERE active = TRUE ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Webhook {
                    id: r.try_get("id")?,
                    url: r.try_get("url")?,
                    secret: r.try_get("secret")?,
                    active: r.try_get("active")?,
                    created_at: r.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// The delivery log, newest first.
    pub async fn deliveries(&self, limit: i64) -> Result<Vec<Delivery>> {
        let rows = sqlx::query(
            "SELECT d.*, w.url, w.secret FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
             ORDER BY d.id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(delivery_from_row).collect()
    }

    /// Claims up to `limit` due deliveries, oldest first, for `lease_ms`: until the lease ends or
    /// the attempt is recorded they are due for no instance, so each attempt is made once even
    /// when several instances share the database. The claim runs under the backend's write lock,
    /// so two instances never claim the same delivery; one that dies mid-attempt leaves it to be
    /// claimed again when the lease ends.
    pub async fn claim_deliveries(
        &self,
        now: i64,
        lease_ms: i64,
        limit: i64,
    ) -> Result<Vec<Delivery>> {
        // Every instance polls twice a second: a plain read first, so an idle poll never takes
        // the write lock that answer saves queue on.
        let due: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM webhook_deliveries WHERE next_attempt_at IS NOT NULL AND next_attempt_at <= $1 LIMIT 1",
        )
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        if due.is_none() {
            return Ok(Vec::new());
        }
        let mut tx = super::begin_write(&self.pool).await?;
        let rows = sqlx::query(
            "SELECT d.*, w.url, w.secret FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id \
             WHERE d.next_attempt_at IS NOT NULL AND d.next_attempt_at <= $1 ORDER BY d.id LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
        let claimed = rows
            .iter()
            .map(delivery_from_row)
            .collect::<Result<Vec<_>>>()?;
        for d in &claimed {
            sqlx::query("UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE id = $2")
                .bind(now + lease_ms)
                .bind(d.id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(claimed)
    }

    /// Records an attempt: delivered when `next_attempt_at` is `None` and there is no error;
    /// given up when both are set to `None` with an error.
    pub async fn record_delivery(
        &self,
        id: i64,
        status: Option<i64>,
        error: Option<&str>,
        delivered: bool,
        next_attempt_at: Option<i64>,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $1, last_error = $2, \
             delivered_at = CASE WHEN $3 THEN $4 ELSE NULL END, next_attempt_at = $5 WHERE id = $6",
        )
        .bind(status)
        .bind(error)
        .bind(delivered)
        .bind(now_ms())
        .bind(next_attempt_at)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}

fn delivery_from_row(r: &DbRow) -> Result<Delivery> {
    Ok(Delivery {
        id: r.try_get("id")?,
        webhook_id: r.try_get("webhook_id")?,
        url: r.try_get("url")?,
        secret: r.try_get("secret")?,
        event: r.try_get("event")?,
        payload: r.try_get("payload")?,
        attempts: r.try_get("attempts")?,
        next_attempt_at: r.try_get("next_attempt_at")?,
        delivered_at: r.try_get("delivered_at")?,
        last_status: r.try_get("last_status")?,
        last_error: r.try_get("last_error")?,
        created_at: r.try_get("created_at")?,
    })
}
