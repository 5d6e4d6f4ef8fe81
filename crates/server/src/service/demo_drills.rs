//! The demonstration's CyberDrills (issue 18), all of the shipped fictional scenario
//! `scenarios/health-ransomware.toml` and five demonstration teams of Africa, each titled
//! "Demonstration" and with a scenario marked fictional, one in every state a drill can be in
//! before its report: planned and ready to start (links issued), in its communications check,
//! running (started 50 minutes ago: the first injects out, responses, a verdict; the server
//! releases the rest as their time comes), paused, and finished ten days ago (every inject
//! released, responses of every team, verdicts of every kind, lessons answers and an
//! improvement plan for its after-action report). Nothing is sent: the
//! communications check is a status here, not messages.

use cyberindex_store::{
    DrillLevel, DrillMode, EvaluationResult, ImprovementFields, LinkRole, RoadmapStatus, Store,
};
use cyberindex_workflow::drill::{
    DrillForm, Move, Planner, ScenarioFormat, View, answer_lesson, redeem_link,
};

/// The shipped scenario.
pub const SCENARIO: &str = include_str!("../../../../scenarios/health-ransomware.toml");

/// The teams that take part (demonstration national CIRTs of the directory).
const TEAMS: [&str; 5] = [
    "ken-cirt-demo",
    "gha-cirt-demo",
    "nga-cirt-demo",
    "sen-cirt-demo",
    "rwa-cirt-demo",
];

const MINUTE: i64 = 60_000;
const DAY: i64 = 86_400_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Ready,
    CommsCheck,
    Running,
    Paused,
    Finished,
}

/// Seeds the demonstration drills unless some drill exists. The number made.
pub async fn seed_drills(store: &Store) -> anyhow::Result<usize> {
    if !store.drills().await?.is_empty() {
        return Ok(0);
    }
    let known: Vec<String> = store.teams().await?.into_iter().map(|t| t.id).collect();
    let teams: Vec<&str> = TEAMS
        .iter()
        .copied()
        .filter(|t| known.iter().any(|k| k == t))
        .collect();
    if teams.len() < 2 {
        return Ok(0);
    }
    let planner = Planner::command_line();
    let stored = match planner
        .import_scenario(store, SCENARIO, ScenarioFormat::Toml)
        .await
    {
        Ok(s) => s,
        Err(e) => anyhow::bail!("the demonstration scenario: {e}"),
    };
    let now = cyberindex_store::now_ms();
    let plan = [
        (
            Stage::Finished,
            "Demonstration: Africa regional CyberDrill (finished)",
            now - 10 * DAY,
        ),
        (
            Stage::Running,
            "Demonstration: East and West Africa CyberDrill (running)",
            now - 50 * MINUTE,
        ),
        (
            Stage::Paused,
            "Demonstration: health sector CyberDrill (paused)",
            now - 130 * MINUTE,
        ),
        (
            Stage::CommsCheck,
            "Demonstration: national CyberDrill (communications check)",
            now + DAY,
        ),
        (
            Stage::Ready,
            "Demonstration: Africa regional CyberDrill 2027 (ready to start)",
            now + 7 * DAY,
        ),
    ];
    let mut rng = cyberindex_demo::SplitMix64::new(20_261_218);
    for (stage, title, start) in plan {
        let drill = planner
            .create(
                store,
                &DrillForm {
                    scenario_id: stored.id.clone(),
                    scenario_version: stored.version.clone(),
                    title: title.into(),
                    level: DrillLevel::Regional,
                    host: "Demonstration host ministry (fictional)".into(),
                    host_team: Some("ken-cirt-demo".into()),
                    time_zone: "UTC+03:00".into(),
                    start_at: start,
                    mode: DrillMode::Tabletop,
                    languages: Vec::new(),
                    public_results: stage == Stage::Finished,
                },
            )
            .await?;
        let view = View::of_command_line(store, drill.id).await?;
        let console = view.console()?;
        let mut sessions = Vec::new();
        for team in &teams {
            console
                .add_team(store, team, &["national-cirt"], true)
                .await?;
            let issued = console
                .issue_link(store, LinkRole::Player, Some(team), team)
                .await?;
            // Players of drills under way have joined; links of the others wait.
            if matches!(stage, Stage::Running | Stage::Paused | Stage::Finished) {
                let (session, _) = redeem_link(store, &issued.token, now).await?;
                sessions.push(session);
            }
        }
        console
            .issue_link(store, LinkRole::Evaluator, None, "Demonstration evaluator")
            .await?;
        match stage {
            Stage::Ready => continue,
            Stage::CommsCheck => {
                console.step(store, Move::CommsCheck, now).await?;
                continue;
            }
            _ => {}
        }
        console.step(store, Move::Start, start).await?;
        let played = match stage {
            Stage::Finished => 4 * 60 * MINUTE,
            Stage::Paused => 100 * MINUTE,
            _ => 50 * MINUTE,
        };
        // Release in steps, answering as a team would, so that dependencies on answers hold.
        let mut at = start;
        while at <= start + played {
            console.release_due(store, at).await?;
            for session in &sessions {
                let seat = View::of_session(store, session, now).await?;
                let player = seat.player()?;
                let answered = player.responses(store).await?;
                for inject in player.injects(store).await? {
                    for k in 0..inject.expectations {
                        let done = answered
                            .iter()
                            .any(|r| r.inject_id == inject.id && r.expectation == k as i64);
                        // Not every team answers everything.
                        if done || rng.unit() < 0.15 {
                            continue;
                        }
                        player
                            .respond(
                                store,
                                &inject.id,
                                k as i64,
                                Some(
                                    "Demonstration response, generated: not a real team's answer.",
                                ),
                                None,
                            )
                            .await?;
                    }
                }
            }
            // Verdicts as responses arrive, so that an inject waiting on a low score can fire.
            judge(store, &view, &teams, stage, &mut rng).await?;
            at += 15 * MINUTE;
        }
        match stage {
            Stage::Paused => {
                console.step(store, Move::Pause, start + played).await?;
            }
            Stage::Finished => {
                // What never became due (its condition did not hold) is skipped at the end.
                for row in store.drill_injects(drill.id).await? {
                    if row.status == cyberindex_store::InjectStatus::Pending {
                        console.skip(store, &row.inject_id).await?;
                    }
                }
                lessons_and_plan(store, &view, &teams, &sessions, now).await?;
                console.step(store, Move::End, start + played).await?;
            }
            _ => {}
        }
    }
    Ok(plan.len())
}

/// The finished drill's lessons answers (two teams', one anonymous) and its improvement plan
/// (one item for a team, one for every team), for its after-action report.
async fn lessons_and_plan(
    store: &Store,
    view: &View,
    teams: &[&str],
    sessions: &[String],
    now: i64,
) -> anyhow::Result<()> {
    // One of the questionnaire's own questions (`drill::LESSON_QUESTIONS`).
    const QUESTION: &str = "next";
    for (i, session) in sessions.iter().take(3).enumerate() {
        let seat = View::of_session(store, session, now).await?;
        let (answer, anonymous) = match i {
            0 => (
                "Escalate to the crisis structure at the first sign of spread (demonstration answer).",
                false,
            ),
            1 => (
                "Agree the public advisory's wording with the ministry before the drill (demonstration answer).",
                false,
            ),
            _ => (
                "Keep a shared list of partner CIRT contacts up to date (demonstration answer).",
                true,
            ),
        };
        answer_lesson(store, &seat, QUESTION, answer, anonymous).await?;
    }
    let console = view.console()?;
    for (team, issue, action, parameter) in [
        (
            teams.first().map(|t| t.to_string()),
            "Escalation to the national crisis structure came late.",
            "Write the escalation path into the incident procedure and test it twice a year.",
            "P-1",
        ),
        (
            None,
            "Public advisories lacked a reporting channel.",
            "Publish an advisory template with the reporting channel filled in.",
            "P-13",
        ),
    ] {
        console
            .add_improvement(
                store,
                &ImprovementFields {
                    team_id: team,
                    issue: issue.into(),
                    action: action.into(),
                    owner: "Head of the national CIRT (demonstration)".into(),
                    due_on: Some("2027-03-31".into()),
                    parameter: Some(parameter.into()),
                    status: RoadmapStatus::Open,
                },
            )
            .await?;
    }
    Ok(())
}

/// Records verdicts on the responses that have none yet: every one in a finished drill, some
/// otherwise; mostly successes, some partial, some failed.
async fn judge(
    store: &Store,
    view: &View,
    teams: &[&str],
    stage: Stage,
    rng: &mut cyberindex_demo::SplitMix64,
) -> anyhow::Result<()> {
    let evaluator = view.evaluator()?;
    for team in teams {
        let judged = store.drill_evaluations(view.drill.id, Some(team)).await?;
        for r in store.drill_responses(view.drill.id, Some(team)).await? {
            if judged
                .iter()
                .any(|e| e.inject_id == r.inject_id && e.expectation == r.expectation)
            {
                continue;
            }
            if stage != Stage::Finished && rng.unit() < 0.6 {
                continue;
            }
            let x = rng.unit();
            let result = if x < 0.55 {
                EvaluationResult::Success
            } else if x < 0.8 {
                EvaluationResult::Partial
            } else {
                EvaluationResult::Failed
            };
            evaluator
                .evaluate(
                    store,
                    team,
                    &r.inject_id,
                    r.expectation,
                    result,
                    None,
                    "Demonstration verdict, generated.",
                    0,
                )
                .await?;
        }
    }
    Ok(())
}
