//! The demonstration's CyberDrills (issue 18), all of the shipped fictional scenario
//! `scenarios/health-ransomware.toml` and five demonstration teams of Africa, each titled
//! "Demonstration" and with a scenario marked fictional, one in every state a drill can be in
//! before its report: planned and ready to start (links issued), in its communications check,
//! running (started 50 minutes ago: the first injects out, responses, a verdict; the server
//! releases the rest as their time comes), paused, and finished ten days ago (every inject
//! released, responses of every team, verdicts of every kind). Nothing is sent: the
//! communications check is a status here, not messages.

use cyberindex_store::{DrillLevel, DrillMode, EvaluationResult, LinkRole, Store};
use cyberindex_workflow::drill::{DrillForm, Move, Planner, ScenarioFormat, View, redeem_link};

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
                console.step(store, Move::End, start + played).await?;
                lessons_and_plan(store, &console, &sessions, &teams, start + played).await?;
            }
            _ => {}
        }
    }
    Ok(plan.len())
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

/// The finished drill's lessons (some teams by name, some anonymously, not every question) and
/// its improvement plan, one item in each status: all generated, not real. `at` is when the
/// drill ended (the seats are read as of then: they expire a week after the end).
async fn lessons_and_plan(
    store: &Store,
    console: &cyberindex_workflow::drill::Console<'_>,
    sessions: &[String],
    teams: &[&str],
    at: i64,
) -> anyhow::Result<()> {
    use cyberindex_store::{ImprovementFields, RoadmapStatus};
    let answers: [(&str, &str); 3] = [
        (
            "went-well",
            "Demonstration answer, generated: escalation to the ministry was quick.",
        ),
        (
            "missing",
            "Demonstration answer, generated: an out-of-band contact list for the hospitals.",
        ),
        (
            "next",
            "Demonstration answer, generated: more time between the second and third move.",
        ),
    ];
    for (k, session) in sessions.iter().enumerate() {
        let seat = View::of_session(store, session, at).await?;
        let given: Vec<(&str, &str)> = answers.iter().copied().skip(k % 3).collect();
        cyberindex_workflow::drill::answer_lessons(store, &seat, &given, k % 2 == 1).await?;
    }
    let plan = [
        (
            Some(teams[0]),
            "Hospitals could not be reached when e-mail was down (demonstration).",
            "Keep a printed list of the hospitals' duty phones and test it each quarter.",
            Some("P-9"),
            RoadmapStatus::InProgress,
        ),
        (
            None,
            "Press statements contradicted each other (demonstration).",
            "Agree one template and one spokesperson for health-sector incidents.",
            Some("P-13"),
            RoadmapStatus::Open,
        ),
        (
            Some(teams[1]),
            "Indicators were shared as screenshots (demonstration).",
            "Share indicators as STIX bundles through the sector's platform.",
            Some("P-11"),
            RoadmapStatus::Done,
        ),
    ];
    for (team, issue, action, parameter, status) in plan {
        let fields = ImprovementFields {
            team_id: team.map(str::to_string),
            issue: issue.into(),
            action: action.into(),
            owner: "Demonstration owner".into(),
            due_on: Some("2027-06-30".into()),
            parameter: parameter.map(str::to_string),
            status: RoadmapStatus::Open,
        };
        let item = console.add_improvement(store, &fields).await?;
        if status != RoadmapStatus::Open {
            console
                .update_improvement(
                    store,
                    item.id,
                    item.version,
                    &ImprovementFields { status, ..fields },
                )
                .await?;
        }
    }
    Ok(())
}
