//! The participants' seats: a player responds for its own team, an evaluator records
//! verdicts, and anyone with access answers the lessons questionnaire.

use cyberindex_store::{
    DrillEvaluation, DrillLesson, DrillResponse, DrillStatus, EvaluationResult, NewDrillEvaluation,
    NewDrillResponse, Store,
};

use super::{
    Access, Act, DrillError, MAX_SHORT_CHARS, TeamInject, TeamScore, View, limit, required,
};
use crate::limits::MAX_TEXT_CHARS;

/// A player's seat: its team and link.
#[derive(Debug, Clone)]
pub struct Player<'v> {
    pub(super) view: &'v View,
    pub team: String,
    pub(super) link: i64,
}

impl Player<'_> {
    /// The injects released to the player's team.
    pub async fn injects(&self, store: &Store) -> Result<Vec<TeamInject>, DrillError> {
        self.view.team_injects(store, &self.team).await
    }

    /// Responds to expectation `expectation` (its index) of `inject`, which must have been
    /// released to the player's team (else `NotFound`), with a text and/or a stored document
    /// (`(sha256, file name)`), while the drill runs.
    pub async fn respond(
        &self,
        store: &Store,
        inject: &str,
        expectation: i64,
        text: Option<&str>,
        document: Option<(&str, &str)>,
    ) -> Result<DrillResponse, DrillError> {
        let drill = store.drill(self.view.drill.id).await?;
        if drill.status != DrillStatus::Running {
            return Err(DrillError::Status {
                status: drill.status,
                act: Act::Respond,
            });
        }
        let released = self.injects(store).await?;
        let Some(got) = released.iter().find(|i| i.id == inject) else {
            return Err(DrillError::NotFound);
        };
        if usize::try_from(expectation).map_or(true, |e| e >= got.expectations) {
            return Err(DrillError::UnknownExpectation {
                inject: inject.to_string(),
                index: expectation,
            });
        }
        let text = text.map(str::trim).filter(|t| !t.is_empty());
        if text.is_none() && document.is_none() {
            return Err(DrillError::EmptyResponse);
        }
        if let Some(t) = text {
            limit("response", t, MAX_TEXT_CHARS)?;
        }
        if let Some((sha, name)) = document
            && (sha.len() != 64
                || !sha
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
                || name.trim().is_empty())
        {
            return Err(DrillError::EmptyResponse);
        }
        Ok(store
            .add_drill_response(&NewDrillResponse {
                drill_id: drill.id,
                team_id: &self.team,
                inject_id: inject,
                expectation,
                text,
                blob_sha256: document.map(|d| d.0),
                file_name: document.map(|d| d.1.trim()),
                link_id: Some(self.link),
            })
            .await?)
    }

    /// The team's responses.
    pub async fn responses(&self, store: &Store) -> Result<Vec<DrillResponse>, DrillError> {
        self.view.team_responses(store, &self.team).await
    }

    /// The team's score beside the target.
    pub async fn score(&self, store: &Store) -> Result<TeamScore, DrillError> {
        self.view.team_score(store, &self.team).await
    }
}

/// An evaluator's handle (an evaluator link, or a facilitator).
#[derive(Debug, Clone, Copy)]
pub struct Evaluator<'v> {
    pub(super) view: &'v View,
}

impl Evaluator<'_> {
    /// Records a verdict on `team`'s expectation `expectation` of `inject` (released to that
    /// team), on the verdict's version `expected` (0: none yet). `score` defaults to the
    /// result's points (100, 50, 0).
    #[allow(clippy::too_many_arguments)]
    pub async fn evaluate(
        &self,
        store: &Store,
        team: &str,
        inject: &str,
        expectation: i64,
        result: EvaluationResult,
        score: Option<i64>,
        comment: &str,
        expected: i64,
    ) -> Result<DrillEvaluation, DrillError> {
        let drill = store.drill(self.view.drill.id).await?;
        if !matches!(
            drill.status,
            DrillStatus::Running | DrillStatus::Paused | DrillStatus::Ended
        ) {
            return Err(DrillError::Status {
                status: drill.status,
                act: Act::Evaluate,
            });
        }
        let released = self.view.team_injects(store, team).await?;
        let Some(got) = released.iter().find(|i| i.id == inject) else {
            return Err(DrillError::NotFound);
        };
        if usize::try_from(expectation).map_or(true, |e| e >= got.expectations) {
            return Err(DrillError::UnknownExpectation {
                inject: inject.to_string(),
                index: expectation,
            });
        }
        let score = score.unwrap_or(match result {
            EvaluationResult::Success => 100,
            EvaluationResult::Partial => 50,
            EvaluationResult::Failed => 0,
        });
        if !(0..=100).contains(&score) {
            return Err(DrillError::Score);
        }
        limit("comment", comment, MAX_TEXT_CHARS)?;
        Ok(store
            .save_drill_evaluation(
                &NewDrillEvaluation {
                    drill_id: drill.id,
                    team_id: team,
                    inject_id: inject,
                    expectation,
                    result,
                    score,
                    comment: comment.trim(),
                    user_id: self.view.user,
                    link_id: self.view.link.as_ref().map(|l| l.id),
                    expected,
                },
                self.view.user,
            )
            .await?)
    }
}

/// Answers the lessons questionnaire once the drill runs or after (anyone with access;
/// `anonymous` keeps neither team nor author).
pub async fn answer_lesson(
    store: &Store,
    view: &View,
    question: &str,
    answer: &str,
    anonymous: bool,
) -> Result<DrillLesson, DrillError> {
    view.access.require(Act::Lessons)?;
    required("question", question, MAX_SHORT_CHARS)?;
    required("answer", answer, MAX_TEXT_CHARS)?;
    let team = match &view.access {
        Access::Player { team } => Some(team.as_str()),
        _ => None,
    };
    Ok(store
        .add_drill_lesson(
            view.drill.id,
            question.trim(),
            answer.trim(),
            anonymous,
            team,
            view.link.as_ref().map(|l| l.id),
            view.user,
        )
        .await?)
}

/// The questions of the lessons questionnaire on the web, by key (the pages and the report
/// give their words in each language). `answer_lesson` also takes a question of the caller's.
pub const LESSON_QUESTIONS: [&str; 5] =
    ["went-well", "went-badly", "procedures", "missing", "next"];

/// Answers several questions at once, each `(question, answer)`: every answer is checked
/// before any is kept, and at least one must be given.
pub async fn answer_lessons(
    store: &Store,
    view: &View,
    answers: &[(&str, &str)],
    anonymous: bool,
) -> Result<Vec<DrillLesson>, DrillError> {
    view.access.require(Act::Lessons)?;
    if answers.is_empty() {
        return Err(DrillError::Empty { field: "answer" });
    }
    for (question, answer) in answers {
        required("question", question, MAX_SHORT_CHARS)?;
        required("answer", answer, MAX_TEXT_CHARS)?;
    }
    let mut out = Vec::new();
    for (question, answer) in answers {
        out.push(answer_lesson(store, view, question, answer, anonymous).await?);
    }
    Ok(out)
}
