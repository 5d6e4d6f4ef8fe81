//! The after-action report's contents for one reader (`cyberindex_drill::report`), composed
//! from the store:
//!
//! - the facilitator (the secretariat, the host team's staff, the command line) reads the full
//!   report, or one team's copy;
//! - a player reads its own team's copy once the drill has ended; observers and evaluators the
//!   copy of a team they see; another team's copy is [`DrillError::NotFound`], as everywhere;
//! - anyone reads the public copy (the aggregate, no team named, no improvement plan or
//!   lessons) of an ended drill whose host agreed to publish its results
//!   ([`public_report`]); otherwise it does not exist.
//!
//! **Invariant:** a team's copy holds no other team's name, results, improvement items or
//! lessons; the aggregate is computed over every team but names none. No clock is read: the
//! dates are the drill's own (its start and end), so the same drill gives the same report.

use std::collections::BTreeMap;

use cyberindex_drill::Timing;
use cyberindex_drill::report::{
    AfterAction, Aggregate, ExpectationResult, Facts, ImprovementRow, LessonRow, TeamResult,
    TimelineRow, Variant, round1, share, strengths_and_gaps,
};
use cyberindex_drill::score::{self, Verdict};
use cyberindex_store::{Drill, DrillStatus, DrillTeam, InjectStatus, Store};

use super::{Access, Act, DrillError, View, found, start_minute, targets};

/// How many strengths and gaps the report lists.
pub const STRENGTHS_AND_GAPS: usize = 5;

/// Whether the drill is over (ended or reported): a player's copy and the public copy exist
/// only then.
pub fn is_over(drill: &Drill) -> bool {
    matches!(drill.status, DrillStatus::Ended | DrillStatus::Reported)
}

impl View {
    /// The report as this reader may have it, in `lang` (one of the drill's languages):
    /// `team` asks for one team's copy; without it the facilitator gets the full report and a
    /// player its own team's copy.
    pub async fn report(
        &self,
        store: &Store,
        team: Option<&str>,
        lang: &str,
    ) -> Result<AfterAction, DrillError> {
        self.access.require(Act::Read)?;
        let team = match (&self.access, team) {
            (Access::Facilitator, team) => team.map(str::to_string),
            (Access::Player { team: own }, None) => Some(own.clone()),
            (Access::Observer { team: Some(only) }, None)
            | (Access::Evaluator { team: Some(only) }, None) => Some(only.clone()),
            (_, Some(t)) => Some(t.to_string()),
            (_, None) => return Err(DrillError::NotFound),
        };
        if let Some(t) = &team {
            // Another team's copy does not exist for this reader.
            self.team(store, t).await?;
        }
        if self.access != Access::Facilitator && !is_over(&self.drill) {
            return Err(DrillError::Status {
                status: self.drill.status,
                act: Act::Read,
            });
        }
        let variant = if team.is_some() {
            Variant::Team
        } else {
            Variant::Full
        };
        compose(store, self, variant, team.as_deref(), lang).await
    }
}

/// The public copy of drill `id` in `lang`: only for an ended drill whose host agreed to
/// publish the aggregate results; any other drill does not exist.
pub async fn public_report(store: &Store, id: i64, lang: &str) -> Result<AfterAction, DrillError> {
    let drill = found(store.drill(id).await)?;
    if !drill.public_results || !is_over(&drill) {
        return Err(DrillError::NotFound);
    }
    let view = View::load(store, drill, Access::None).await?;
    compose(store, &view, Variant::Public, None, lang).await
}

/// `ms` since the epoch in the drill's time zone: `YYYY-MM-DD HH:MM` and the zone.
fn stamp(ms: i64, time_zone: &str) -> String {
    let offset = super::utc_offset_minutes(time_zone).unwrap_or(0);
    let (date, minute) = date_minute(ms + offset * 60_000);
    format!(
        "{date} {:02}:{:02} {}",
        minute / 60,
        minute % 60,
        time_zone.trim()
    )
}

/// The civil date (`YYYY-MM-DD`) and minute of the day of `ms` since the epoch.
fn date_minute(ms: i64) -> (String, i64) {
    let days = ms.div_euclid(86_400_000);
    let minute = ms.rem_euclid(86_400_000) / 60_000;
    let date = time::Date::from_julian_day(2_440_588 + days as i32)
        .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
        .unwrap_or_default();
    (date, minute)
}

/// Seconds as `H:MM:SS`.
fn clock(seconds: i64) -> String {
    let s = seconds.max(0);
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

async fn name_of(store: &Store, names: &mut BTreeMap<String, String>, team: &str) -> String {
    if let Some(n) = names.get(team) {
        return n.clone();
    }
    let name = store
        .team(team)
        .await
        .map(|t| t.official_name)
        .unwrap_or_else(|_| team.to_string());
    names.insert(team.to_string(), name.clone());
    name
}

async fn compose(
    store: &Store,
    view: &View,
    variant: Variant,
    team: Option<&str>,
    lang: &str,
) -> Result<AfterAction, DrillError> {
    let drill = &view.drill;
    let scenario = &view.scenario;
    let languages: Vec<&str> = drill.languages.split(',').map(str::trim).collect();
    if !languages.contains(&lang) {
        return Err(DrillError::Language {
            lang: lang.to_string(),
            available: languages.join(", "),
        });
    }
    let text = |t: &cyberindex_drill::Texts| scenario.text(t, lang).to_string();
    let teams: Vec<DrillTeam> = store.drill_teams(drill.id).await?;
    let evaluations = store.drill_evaluations(drill.id, None).await?;
    let responses = store.drill_responses(drill.id, None).await?;
    let injects = store.drill_injects(drill.id).await?;
    let mut names = BTreeMap::new();

    let start = drill.started_at.unwrap_or(drill.start_at);
    let facts = Facts {
        id: drill.id,
        title: drill.title.clone(),
        host: drill.host.clone(),
        level: drill.level.as_str().to_string(),
        mode: drill.mode.as_str().to_string(),
        time_zone: drill.time_zone.clone(),
        languages: drill.languages.clone(),
        start: stamp(start, &drill.time_zone),
        end: drill
            .ended_at
            .map(|e| stamp(e, &drill.time_zone))
            .unwrap_or_default(),
        date: date_minute(drill.ended_at.unwrap_or(start)).0,
        scenario: scenario.id.clone(),
        scenario_title: text(&scenario.title),
        scenario_version: scenario.version.clone(),
        tlp: scenario.tlp.clone(),
        licence: scenario.licence.clone(),
    };

    // The timeline: in a team's copy, only the injects that went (or were to go) to it; in the
    // public copy the titles only of a scenario cleared for publication.
    let own = team.and_then(|t| teams.iter().find(|x| x.team_id == t));
    let first_minute = start_minute(drill);
    let mut timeline: Vec<(i64, usize, TimelineRow)> = Vec::new();
    for (order, inject) in scenario.injects.iter().enumerate() {
        if own.is_some_and(|t| !targets(&inject.audience, t)) {
            continue;
        }
        let row = injects.iter().find(|r| r.inject_id == inject.id);
        let timing = row
            .and_then(|r| r.offset_seconds)
            .and_then(|s| u32::try_from(s).ok())
            .map_or(inject.timing, Timing::Offset);
        let released = row.and_then(|r| r.released_offset);
        let at = released.unwrap_or(i64::from(timing.seconds_from_start(first_minute)));
        let title = row
            .and_then(|r| r.title.as_deref())
            .and_then(|j| serde_json::from_str(j).ok())
            .map_or_else(|| text(&inject.title), |t| text(&t));
        let state = row.map_or(InjectStatus::Pending, |r| r.status);
        timeline.push((
            at,
            order,
            TimelineRow {
                inject: inject.id.clone(),
                move_number: inject.move_number,
                planned: String::from(timing),
                released: released.map(clock).unwrap_or_default(),
                state: state.as_str().to_string(),
                channel: inject.channel.as_str().to_string(),
                title: if variant == Variant::Public && scenario.tlp != "TLP:CLEAR" {
                    String::new()
                } else {
                    title
                },
            },
        ));
    }
    timeline.sort_by_key(|(at, order, _)| (*at, *order));

    // Every team's results; the aggregate is computed over all of them.
    let mut results: Vec<TeamResult> = Vec::new();
    for t in &teams {
        let mut expectations = Vec::new();
        let mut pairs = Vec::new();
        for inject in &scenario.injects {
            if !targets(&inject.audience, t) {
                continue;
            }
            let released = injects
                .iter()
                .any(|r| r.inject_id == inject.id && r.status == InjectStatus::Released);
            if !released {
                continue;
            }
            for (index, e) in inject.expectations.iter().enumerate() {
                let verdicts: Vec<_> = evaluations
                    .iter()
                    .filter(|v| {
                        v.team_id == t.team_id
                            && v.inject_id == inject.id
                            && usize::try_from(v.expectation).ok() == Some(index)
                    })
                    .collect();
                let points: Vec<Verdict> = verdicts
                    .iter()
                    .map(|v| Verdict::Score(v.score as f64))
                    .collect();
                let score = score::expectation_score(e, &points);
                if let Some(s) = score {
                    pairs.push((e, s));
                }
                expectations.push(ExpectationResult {
                    inject: inject.id.clone(),
                    index,
                    name: text(&e.name),
                    verdicts: verdicts
                        .iter()
                        .map(|v| v.result.as_str().to_string())
                        .collect(),
                    score: score.map(round1),
                    expected: e.expected_score,
                    met: score.map(|s| score::met(e, s)),
                });
            }
        }
        let total = score::total(pairs);
        let evaluated = total.evaluated > 0;
        results.push(TeamResult {
            team: t.team_id.clone(),
            name: String::new(),
            responses: responses.iter().filter(|r| r.team_id == t.team_id).count(),
            expectations,
            score: evaluated.then_some(round1(total.score)),
            target: evaluated.then_some(round1(total.target)),
            evaluated: total.evaluated,
            met: total.met,
        });
    }
    let scores: Vec<f64> = results.iter().filter_map(|r| r.score).collect();
    let mut shares = Vec::new();
    for inject in &scenario.injects {
        for (index, e) in inject.expectations.iter().enumerate() {
            let on: Vec<&ExpectationResult> = results
                .iter()
                .flat_map(|r| r.expectations.iter())
                .filter(|x| x.inject == inject.id && x.index == index && x.met.is_some())
                .collect();
            let met = on.iter().filter(|x| x.met == Some(true)).count();
            shares.push(share(&inject.id, index, &text(&e.name), on.len(), met));
        }
    }
    let aggregate = Aggregate {
        teams: teams.len(),
        responses: responses.len(),
        mean: (!scores.is_empty())
            .then(|| round1(scores.iter().sum::<f64>() / scores.len() as f64)),
        min: scores.iter().copied().reduce(f64::min),
        max: scores.iter().copied().reduce(f64::max),
        expectations: shares,
    };
    let (strengths, gaps) = strengths_and_gaps(&aggregate.expectations, STRENGTHS_AND_GAPS);

    let mut teams_out = Vec::new();
    if variant != Variant::Public {
        for mut r in results {
            if team.is_some_and(|t| t != r.team) {
                continue;
            }
            r.name = name_of(store, &mut names, &r.team).await;
            teams_out.push(r);
        }
    }

    let mut improvements = Vec::new();
    let mut lessons = Vec::new();
    if variant != Variant::Public {
        for i in store.drill_improvements(drill.id).await? {
            if team.is_some() && i.team_id.is_some() && i.team_id.as_deref() != team {
                continue;
            }
            let team_name = match &i.team_id {
                Some(t) => name_of(store, &mut names, t).await,
                None => String::new(),
            };
            improvements.push(ImprovementRow {
                team: team_name,
                issue: i.issue,
                action: i.action,
                owner: i.owner,
                due: i.due_on.unwrap_or_default(),
                parameter: i.parameter.unwrap_or_default(),
                status: i.status.as_str().to_string(),
            });
        }
        for l in store.drill_lessons(drill.id).await? {
            let kept_team = if l.anonymous { None } else { l.team_id.clone() };
            // A team's copy holds its own team's answers only.
            if team.is_some() && kept_team.as_deref() != team {
                continue;
            }
            let team_name = match &kept_team {
                Some(t) => name_of(store, &mut names, t).await,
                None => String::new(),
            };
            // The questionnaire's own questions are ids; their words are the reader's.
            let question_key = super::LESSON_QUESTIONS
                .contains(&l.question.as_str())
                .then(|| format!("drill-lesson-{}", l.question));
            lessons.push(LessonRow {
                team: team_name,
                question: l.question,
                question_key,
                answer: l.answer,
            });
        }
    }

    Ok(AfterAction {
        variant,
        lang: lang.to_string(),
        facts,
        timeline: timeline.into_iter().map(|(_, _, r)| r).collect(),
        teams: teams_out,
        aggregate,
        strengths,
        gaps,
        improvements,
        lessons,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_in_the_drills_time_zone() {
        // 2026-12-10T06:00:00Z
        let ms = 1_796_882_400_000;
        assert_eq!(stamp(ms, "UTC"), "2026-12-10 06:00 UTC");
        assert_eq!(stamp(ms, "UTC+03:00"), "2026-12-10 09:00 UTC+03:00");
        assert_eq!(stamp(ms, "UTC-07:00"), "2026-12-09 23:00 UTC-07:00");
        assert_eq!(clock(3725), "1:02:05");
    }
}
