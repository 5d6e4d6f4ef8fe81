//! Review and validation: decisions, threads, rounds, snapshots, desk research and
//! assignments, and the status changes they make (`change_status`, which also queues the webhooks).

use super::Conn;
use sqlx::{FromRow, Row};

use super::editions::{check_not_archived, record_activity, response_status};
use super::evidence::evidence_from_row;
use super::{SqlStore, Touch, Write};
use crate::audit::AuditEvent;
use crate::{
    Answer, Assignment, Decision, DeskPolicy, Evidence, Message, Response, Result, Review,
    Snapshot, Status, StoreError, evidence_snapshot,
};

/// Moves a response from one of `from` to `to` inside a transaction: checks, updates, snapshots
/// the answers on submission, records the change in the audit trail and queues the webhooks.
#[allow(clippy::too_many_arguments)]
pub(super) async fn change_status(
    w: &mut Write<'_>,
    edition: &str,
    country: &str,
    from: &[Status],
    to: Status,
    by: Option<i64>,
    reason: &str,
    new_round_deadline: Option<&str>,
) -> Result<()> {
    let current = response_status(w, edition, country).await?;
    if !from.contains(&current) {
        return Err(StoreError::Locked(current));
    }
    let now = w.now();
    let submitted = to == Status::Submitted;
    let deadline = new_round_deadline;
    let round: i64 = sqlx::query_scalar(
        "UPDATE responses SET status = $1, last_activity_at = $2, \
         submitted_at = CASE WHEN $3 THEN $2 ELSE submitted_at END, \
         submitted_by = CASE WHEN $3 THEN $4 ELSE submitted_by END, \
         round = round + CASE WHEN $7 THEN 1 ELSE 0 END, round_deadline = CASE WHEN $7 THEN $8 ELSE round_deadline END, \
         round_message = CASE WHEN $7 THEN $9 ELSE round_message END \
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
    .bind(reason.trim())
    .fetch_one(&mut **w)
    .await?;
    if submitted {
        snapshot(w, edition, country, round).await?;
    }
    let change = serde_json::json!({ "status": to.as_str(), "round": round, "deadline": deadline });
    w.audit(
        &AuditEvent::new(by, &format!("response.{}", to.as_str()))
            .response(edition, country)
            .object("response")
            .before(&serde_json::json!({ "status": current.as_str() }))
            .after(&change)
            .reason(reason),
    )
    .await?;
    // Webhook deliveries are queued in the same transaction, so no status change goes unannounced.
    let actor: Option<String> = match by {
        Some(id) => {
            sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut **w)
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
    .execute(&mut **w)
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
        .map(evidence_from_row)
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
    Ok(sqlx::query_as(
        "SELECT decision, answer_version FROM reviews WHERE edition_id = $1 AND country = $2 AND question_id = $3 ORDER BY id DESC LIMIT 1",
    )
    .bind(edition)
    .bind(country)
    .bind(question)
    .fetch_optional(&mut *conn)
    .await?)
}

/// In a returned response only the answers accepted in their current version are frozen:
/// questions asked about, questions without a decision and unanswered questions stay open to
/// the country. (The same rule as `cyberindex_workflow::review::frozen`.)
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
    let Some((Decision::Accept, accepted)) =
        latest_decision(conn, edition, country, question).await?
    else {
        return Ok(());
    };
    let version: Option<i64> = sqlx::query_scalar(
        "SELECT version FROM answers WHERE edition_id = $1 AND country = $2 AND question_id = $3",
    )
    .bind(edition)
    .bind(country)
    .bind(question)
    .fetch_optional(&mut *conn)
    .await?;
    if version.unwrap_or(0) == accepted {
        return Err(StoreError::Closed(question.to_string()));
    }
    Ok(())
}

/// Checks that a response is under review, and moves a submitted one into review when the
/// table allows (`from`); true when it did.
async fn start_review(
    w: &mut Write<'_>,
    edition: &str,
    country: &str,
    from: &[Status],
    by: Option<i64>,
) -> Result<bool> {
    let status = response_status(w, edition, country).await?;
    if !status.is_under_review() {
        return Err(StoreError::Locked(status));
    }
    let starts = status != Status::InReview && from.contains(&status);
    if starts {
        change_status(w, edition, country, from, Status::InReview, by, "", None).await?;
    }
    Ok(starts)
}

/// Records one decision on the answer's current version (which must be `expected`, when given:
/// the version the reviewer saw), with its audit entry (`reason` says why, for bulk decisions).
#[allow(clippy::too_many_arguments)]
async fn decide_in(
    w: &mut Write<'_>,
    edition: &str,
    country: &str,
    question: &str,
    decision: Decision,
    comment: &str,
    proposed: Option<&str>,
    bulk: Option<(i64, &str)>,
    by: Option<i64>,
) -> Result<Review> {
    let (round, version): (i64, Option<i64>) = sqlx::query_as(
            "SELECT r.round, a.version FROM responses r LEFT JOIN answers a ON a.edition_id = r.edition_id AND a.country = r.country AND a.question_id = $3 \
             WHERE r.edition_id = $1 AND r.country = $2",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_one(&mut **w)
        .await?;
    if let Some((expected, _)) = bulk
        && version.unwrap_or(0) != expected
    {
        let row = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 AND country = $2 AND question_id = $3",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_one(&mut **w)
        .await?;
        return Err(StoreError::Conflict(Box::new(Answer::from_row(&row)?)));
    }
    let now = w.now();
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
        .fetch_one(&mut **w)
        .await?;
    let review = Review::from_row(&row)?;
    let mut event = AuditEvent::new(by, "review.decide")
        .response(edition, country)
        .question(question)
        .object(format!("review {}", review.id))
        .after(&review);
    if let Some((_, reason)) = bulk {
        event = event.reason(reason);
    }
    w.audit(&event).await?;
    Ok(review)
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
        start_review_from: &[Status],
        by: Option<i64>,
    ) -> Result<(Review, bool)> {
        if decision != Decision::Accept && comment.trim().is_empty() {
            return Err(StoreError::Invalid(crate::Invalid::CommentRequired {
                decision,
            }));
        }
        let mut w = self.write().await?;
        let starts_review = start_review(&mut w, edition, country, start_review_from, by).await?;
        let review = decide_in(
            &mut w, edition, country, question, decision, comment, proposed, None, by,
        )
        .await?;
        w.commit().await?;
        Ok((review, starts_review))
    }

    /// Accepts answers in one transaction, each in the version the reviewer saw (`(question,
    /// version)`; another version is a conflict and nothing is recorded), with one audit entry
    /// per answer that gives `reason`. The first decision moves a submitted response into review
    /// (then the flag returned is true).
    pub async fn accept_answers(
        &self,
        edition: &str,
        country: &str,
        answers: &[(String, i64)],
        reason: &str,
        start_review_from: &[Status],
        by: Option<i64>,
    ) -> Result<(Vec<Review>, bool)> {
        let mut w = self.write().await?;
        let starts_review = start_review(&mut w, edition, country, start_review_from, by).await?;
        let mut reviews = Vec::with_capacity(answers.len());
        for (question, version) in answers {
            reviews.push(
                decide_in(
                    &mut w,
                    edition,
                    country,
                    question,
                    Decision::Accept,
                    "",
                    None,
                    Some((*version, reason)),
                    by,
                )
                .await?,
            );
        }
        w.commit().await?;
        Ok((reviews, starts_review))
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
        let mut w = self.write().await?;
        let status = response_status(&mut w, edition, country).await?;
        if !status.is_under_review() {
            return Err(StoreError::Locked(status));
        }
        let now = w.now();
        for (question, decision, comment) in decisions {
            if *decision != Decision::Accept && comment.trim().is_empty() {
                return Err(StoreError::Invalid(crate::Invalid::CommentRequired {
                    decision: *decision,
                }));
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
            .execute(&mut *w)
            .await?;
        }
        w.audit(
            &AuditEvent::new(by, "review.bulk")
                .response(edition, country)
                .object("response")
                .after(&serde_json::json!({
                    "accept": decisions.iter().filter(|d| d.1 == Decision::Accept).count(),
                    "clarify": decisions.iter().filter(|d| d.1 == Decision::Clarify).count(),
                    "reject": decisions.iter().filter(|d| d.1 == Decision::Reject).count(),
                })),
        )
        .await?;
        w.commit().await?;
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
        rows.iter().map(|r| Ok(Review::from_row(r)?)).collect()
    }

    pub async fn edition_reviews(&self, edition: &str) -> Result<Vec<(String, Review)>> {
        let rows = sqlx::query(
            "SELECT * FROM reviews WHERE edition_id = $1 ORDER BY country, question_id, id",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("country")?, Review::from_row(r)?)))
            .collect()
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
            return Err(StoreError::Invalid(crate::Invalid::MessageEmpty));
        }
        let mut w = self.write().await?;
        // Threads of an archived edition are closed, like the rest of it.
        response_status(&mut w, edition, country).await?;
        let round: i64 = sqlx::query_scalar(
            "SELECT round FROM responses WHERE edition_id = $1 AND country = $2",
        )
        .bind(edition)
        .bind(country)
        .fetch_optional(&mut *w)
        .await?
        .ok_or(StoreError::NotFound("response"))?;
        let now = w.now();
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
        .fetch_one(&mut *w)
        .await?;
        w.audit(
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
        )
        .await?;
        w.commit().await?;
        let row = sqlx::query(
            "SELECT m.*, COALESCE(u.email, '') AS author FROM messages m LEFT JOIN users u ON u.id = m.author_id WHERE m.id = $1",
        )
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        Ok(Message::from_row(&row)?)
    }

    pub async fn messages(
        &self,
        edition: &str,
        country: &str,
        include_internal: bool,
    ) -> Result<Vec<Message>> {
        let rows = sqlx::query(
            "SELECT m.*, COALESCE(u.email, '') AS author FROM messages m LEFT JOIN users u ON u.id = m.author_id \
             WHERE m.edition_id = $1 AND m.country = $2 AND ($3 OR m.internal = FALSE) ORDER BY m.question_id, m.id",
        )
        .bind(edition)
        .bind(country)
        .bind(include_internal)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|r| Ok(Message::from_row(r)?)).collect()
    }

    pub async fn return_response(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        deadline: &str,
        reason: &str,
        by: Option<i64>,
    ) -> Result<Response> {
        let mut w = self.write().await?;
        change_status(
            &mut w,
            edition,
            country,
            from,
            Status::Returned,
            by,
            reason,
            Some(deadline),
        )
        .await?;
        w.commit().await?;
        self.response(edition, country).await
    }

    /// Marks a response validated and locks it. The caller has checked that every answer asked
    /// is accepted (that needs the framework).
    pub async fn validate_response(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        by: Option<i64>,
    ) -> Result<Response> {
        let mut w = self.write().await?;
        change_status(
            &mut w,
            edition,
            country,
            from,
            Status::Validated,
            by,
            "",
            None,
        )
        .await?;
        w.commit().await?;
        self.response(edition, country).await
    }

    pub async fn reopen_response(
        &self,
        edition: &str,
        country: &str,
        from: &[Status],
        reason: &str,
        by: Option<i64>,
    ) -> Result<Response> {
        if reason.trim().is_empty() {
            return Err(StoreError::Invalid(crate::Invalid::ReopenReason));
        }
        let mut w = self.write().await?;
        change_status(
            &mut w,
            edition,
            country,
            from,
            Status::InReview,
            by,
            reason.trim(),
            None,
        )
        .await?;
        w.commit().await?;
        self.response(edition, country).await
    }

    pub async fn snapshots(&self, edition: &str, country: &str) -> Result<Vec<Snapshot>> {
        Ok(sqlx::query_as(
            "SELECT * FROM answer_snapshots WHERE edition_id = $1 AND country = $2 ORDER BY question_id, round",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&self.pool)
        .await?)
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
        let mut w = self.write().await?;
        let status = response_status(&mut w, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        check_open_question(&mut w, edition, country, question, status).await?;
        let current = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 AND country = $2 AND question_id = $3",
        )
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_optional(&mut *w)
        .await?
        .ok_or(StoreError::NotFound("answer"))?;
        let current = Answer::from_row(&current)?;
        if current.version != expected_version {
            return Err(StoreError::Conflict(Box::new(current)));
        }
        if current.confirmed {
            return Err(StoreError::Invalid(crate::Invalid::AlreadyConfirmed {
                question: question.to_string(),
            }));
        }
        let now = w.now();
        let row = sqlx::query(
            "UPDATE answers SET confirmed = TRUE, outcome = 'confirmed', version = version + 1, updated_by = $1, updated_at = $2 \
             WHERE edition_id = $3 AND country = $4 AND question_id = $5 RETURNING *",
        )
        .bind(by)
        .bind(now)
        .bind(edition)
        .bind(country)
        .bind(question)
        .fetch_one(&mut *w)
        .await?;
        let answer = Answer::from_row(&row)?;
        w.audit(
            &AuditEvent::new(by, "answer.confirm")
                .response(edition, country)
                .question(question)
                .object("answer")
                .before(&current)
                .after(&answer),
        )
        .await?;
        record_activity(&mut w, edition, country, now, true).await?;
        w.touch(Touch::response(edition, country));
        w.commit().await?;
        Ok(answer)
    }

    /// The country confirms, as they stand, every pre-filled answer to `questions` that it has
    /// neither confirmed nor corrected, in one write with one `answer.confirm` audit entry per
    /// answer (the single confirm's). Questions closed in this round are left alone. Returns the
    /// confirmed answers, in `questions`' order; none when there was nothing to confirm.
    pub async fn confirm_answers(
        &self,
        edition: &str,
        country: &str,
        questions: &[String],
        by: Option<i64>,
    ) -> Result<Vec<Answer>> {
        let mut w = self.write().await?;
        let status = response_status(&mut w, edition, country).await?;
        if !status.is_open_to_country() {
            return Err(StoreError::Locked(status));
        }
        let rows = sqlx::query(
            "SELECT * FROM answers WHERE edition_id = $1 AND country = $2 AND confirmed = FALSE AND outcome IS NULL",
        )
        .bind(edition)
        .bind(country)
        .fetch_all(&mut *w)
        .await?;
        let mut pending = std::collections::HashMap::new();
        for row in &rows {
            let answer = Answer::from_row(row)?;
            pending.insert(answer.question_id.clone(), answer);
        }
        let now = w.now();
        let mut confirmed = Vec::new();
        for question in questions {
            let Some(current) = pending.remove(question) else {
                continue;
            };
            match check_open_question(&mut w, edition, country, question, status).await {
                Ok(()) => {}
                Err(StoreError::Closed(_)) => continue,
                Err(e) => return Err(e),
            }
            let row = sqlx::query(
                "UPDATE answers SET confirmed = TRUE, outcome = 'confirmed', version = version + 1, updated_by = $1, updated_at = $2 \
                 WHERE edition_id = $3 AND country = $4 AND question_id = $5 RETURNING *",
            )
            .bind(by)
            .bind(now)
            .bind(edition)
            .bind(country)
            .bind(question)
            .fetch_one(&mut *w)
            .await?;
            let answer = Answer::from_row(&row)?;
            w.audit(
                &AuditEvent::new(by, "answer.confirm")
                    .response(edition, country)
                    .question(question)
                    .object("answer")
                    .before(&current)
                    .after(&answer),
            )
            .await?;
            confirmed.push(answer);
        }
        if confirmed.is_empty() {
            return Ok(confirmed);
        }
        record_activity(&mut w, edition, country, now, true).await?;
        w.touch(Touch::response(edition, country));
        w.commit().await?;
        Ok(confirmed)
    }

    pub async fn set_desk_policy(
        &self,
        edition: &str,
        policy: DeskPolicy,
        by: Option<i64>,
    ) -> Result<()> {
        let mut w = self.write().await?;
        check_not_archived(&mut w, edition).await?;
        let before: String = sqlx::query_scalar("SELECT desk_policy FROM editions WHERE id = $1")
            .bind(edition)
            .fetch_optional(&mut *w)
            .await?
            .ok_or(StoreError::NotFound("edition"))?;
        sqlx::query("UPDATE editions SET desk_policy = $1 WHERE id = $2")
            .bind(policy.as_str())
            .bind(edition)
            .execute(&mut *w)
            .await?;
        w.audit(
            &AuditEvent::new(by, "edition.desk-policy")
                .object(format!("edition {edition}"))
                .before(&before)
                .after(&policy.as_str()),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    /// At the deadline: every secretariat draft the country neither confirmed nor corrected gets
    /// the edition's policy as its recorded outcome, and responses still open that hold drafts are
    /// submitted on the country's behalf, so that review can proceed. Returns (kept, dropped,
    /// responses submitted).
    pub async fn apply_desk_policy(
        &self,
        edition: &str,
        from: &[Status],
        by: Option<i64>,
    ) -> Result<(u64, u64, Vec<String>)> {
        let mut w = self.write().await?;
        check_not_archived(&mut w, edition).await?;
        let policy: DeskPolicy =
            sqlx::query_scalar("SELECT desk_policy FROM editions WHERE id = $1")
                .bind(edition)
                .fetch_optional(&mut *w)
                .await?
                .ok_or(StoreError::NotFound("edition"))?;
        let rows = sqlx::query(
            "SELECT a.*, a.country AS answer_country, r.status AS response_status FROM answers a JOIN responses r ON r.edition_id = a.edition_id AND r.country = a.country \
             WHERE a.edition_id = $1 AND a.provenance = 'secretariat' AND a.confirmed = FALSE AND a.outcome IS NULL \
             ORDER BY a.country, a.question_id",
        )
        .bind(edition)
        .fetch_all(&mut *w)
        .await?;
        let now = w.now();
        let (mut kept, mut dropped) = (0, 0);
        let mut countries: Vec<String> = Vec::new();
        for row in &rows {
            // Only responses the deadline submits (the workflow's `from`) are settled.
            let status: Status = row.try_get("response_status")?;
            if !from.contains(&status) {
                continue;
            }
            let country: String = row.try_get("answer_country")?;
            let before = Answer::from_row(row)?;
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
            .fetch_one(&mut *w)
            .await?;
            let after = Answer::from_row(&row)?;
            w.audit(
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
                &mut w,
                edition,
                country,
                from,
                Status::Submitted,
                by,
                "deadline passed: submitted by the secretariat under the edition's desk-research policy",
                None,
            )
            .await?;
        }
        if countries.is_empty() {
            // Nothing was due: nothing was written, and the write rolls back.
            return Ok((0, 0, countries));
        }
        w.touch(Touch::Responses);
        w.commit().await?;
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
        let mut w = self.write().await?;
        let role: Option<String> = sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
            .bind(reviewer)
            .fetch_optional(&mut *w)
            .await?;
        if !matches!(role.as_deref(), Some("reviewer" | "admin")) {
            return Err(StoreError::Invalid(crate::Invalid::AssignRole));
        }
        response_status(&mut w, edition, country).await?;
        sqlx::query(
            "INSERT INTO assignments (edition_id, country, pillar, reviewer_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(edition)
        .bind(country)
        .bind(pillar)
        .bind(reviewer)
        .execute(&mut *w)
        .await?;
        w.audit(
            &AuditEvent::new(by, "assignment.add")
                .response(edition, country)
                .object(format!("user {reviewer}"))
                .after(&serde_json::json!({ "reviewer": reviewer, "pillar": pillar })),
        )
        .await?;
        w.commit().await?;
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
        let mut w = self.write().await?;
        response_status(&mut w, edition, country).await?;
        let done = sqlx::query(
            "DELETE FROM assignments WHERE edition_id = $1 AND country = $2 AND pillar = $3 AND reviewer_id = $4",
        )
        .bind(edition)
        .bind(country)
        .bind(pillar)
        .bind(reviewer)
        .execute(&mut *w)
        .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("assignment"));
        }
        w.audit(
            &AuditEvent::new(by, "assignment.remove")
                .response(edition, country)
                .object(format!("user {reviewer}"))
                .before(&serde_json::json!({ "reviewer": reviewer, "pillar": pillar })),
        )
        .await?;
        w.commit().await?;
        Ok(())
    }

    pub async fn assignments(&self, edition: &str) -> Result<Vec<Assignment>> {
        Ok(sqlx::query_as(
            "SELECT a.country, a.pillar, a.reviewer_id, u.email AS reviewer FROM assignments a JOIN users u ON u.id = a.reviewer_id \
             WHERE a.edition_id = $1 ORDER BY a.country, a.pillar, u.email",
        )
        .bind(edition)
        .fetch_all(&self.pool)
        .await?)
    }
}
