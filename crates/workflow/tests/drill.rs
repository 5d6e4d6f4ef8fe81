//! CyberDrills through the workflow, on the store the run chose (`TEST_POSTGRES_URL`): the
//! shipped 3-move, 12-inject scenario played by 5 directory teams from import to end, the
//! permission matrix of drill actions, magic links (single use, expiry, withdrawal) and the
//! isolation of teams.

use std::collections::BTreeMap;
use std::sync::Mutex;

use cyberindex_directory::Team;
use cyberindex_drill::{Texts, Timing};
use cyberindex_store::*;
use cyberindex_workflow::drill::{
    self, Access, Act, DrillError, DrillForm, Move, Planner, ScenarioFormat, View,
};
use cyberindex_workflow::{Event, Notifier, NotifyError};

const SCENARIO: &str = include_str!("../../../scenarios/health-ransomware.toml");
const MIN: i64 = 60_000;

#[derive(Default)]
struct Outbox {
    sent: Mutex<Vec<(String, String)>>,
}

impl Notifier for Outbox {
    fn public_url(&self) -> &str {
        "https://index.example.org"
    }

    async fn send_secret(&self, to: &str, _: &str, body: &str, _: &str) -> Result<(), NotifyError> {
        self.sent
            .lock()
            .unwrap()
            .push((to.to_string(), body.to_string()));
        Ok(())
    }

    async fn notify(&self, _: &User, _: &Event<'_>, _: &str) -> Result<(), NotifyError> {
        unreachable!("a drill notifies nobody")
    }
}

async fn account(store: &Store, email: &str, role: Role, team: Option<&str>) -> User {
    store
        .create_user(&NewUser {
            email: email.into(),
            name: email.into(),
            role,
            country: role.is_country_role().then(|| "KEN".to_string()),
            observed: Vec::new(),
            team: team.map(str::to_string),
        })
        .await
        .unwrap()
}

/// Five demonstration teams of the directory (one per country), saved; their records.
async fn teams(store: &Store) -> Vec<Team> {
    let countries = [
        ("KEN", "Kenya"),
        ("GHA", "Ghana"),
        ("NGA", "Nigeria"),
        ("SEN", "Senegal"),
        ("RWA", "Rwanda"),
    ];
    let now = time::OffsetDateTime::now_utc();
    let mut out = Vec::new();
    for (team, _) in cyberindex_demo::directory::teams(&countries, now, 7) {
        if out
            .iter()
            .any(|t: &Team| t.country.value == team.country.value)
        {
            continue;
        }
        cyberindex_workflow::directory::save_team(store, &team, None, None)
            .await
            .unwrap();
        out.push(team);
    }
    assert_eq!(out.len(), 5);
    out
}

fn form(start_at: i64) -> DrillForm {
    DrillForm {
        scenario_id: "health-ransomware".into(),
        scenario_version: cyberindex_drill::file::read(SCENARIO).unwrap().version,
        title: "Regional CyberDrill 2026".into(),
        level: DrillLevel::Regional,
        host: "Ministry of ICT".into(),
        host_team: None,
        time_zone: "UTC+03:00".into(),
        start_at,
        mode: DrillMode::Tabletop,
        languages: vec!["en".into(), "fr".into()],
        public_results: true,
    }
}

fn not_found<T: std::fmt::Debug>(r: Result<T, DrillError>) {
    assert!(matches!(r, Err(DrillError::NotFound)), "{r:?}");
}

fn ids(injects: &[drill::TeamInject]) -> Vec<&str> {
    injects.iter().map(|i| i.id.as_str()).collect()
}

async fn actions(store: &Store) -> Vec<String> {
    let mut all: Vec<String> = store
        .audit(&AuditFilter {
            action_prefix: Some("drill.".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    all.reverse();
    all
}

/// A drill set up with five teams (three national CIRTs, two sector teams), a player link per
/// team, an evaluator and an observer; every session opened.
struct Setup {
    store: Store,
    url: String,
    admin: User,
    teams: Vec<Team>,
    drill: Drill,
    players: Vec<String>,
    evaluator: String,
    observer: String,
    t0: i64,
}

async fn setup(label: &str) -> Setup {
    let (url, _dir) = testing::fresh_database(label).await;
    let store = Store::open(&url).await.unwrap();
    let teams = teams(&store).await;
    let admin = account(&store, "admin@example.org", Role::Admin, None).await;
    Planner::of_user(&admin)
        .unwrap()
        .import_scenario(&store, SCENARIO, ScenarioFormat::Toml)
        .await
        .unwrap();
    let t0 = now_ms() + 60 * MIN;
    let created = Planner::of_user(&admin)
        .unwrap()
        .create(&store, &form(t0))
        .await
        .unwrap();
    let view = View::of_user(&store, &admin, created.id).await.unwrap();
    let console = view.console().unwrap();
    let mut players = Vec::new();
    for (i, team) in teams.iter().enumerate() {
        let roles: &[&str] = if i < 3 {
            &["national-cirt"]
        } else {
            &["sector-cert"]
        };
        console
            .add_team(&store, &team.id, roles, i % 2 == 0)
            .await
            .unwrap();
    }
    for team in &teams {
        let issued = console
            .issue_link(&store, LinkRole::Player, Some(&team.id), "player")
            .await
            .unwrap();
        let (session, link) = drill::redeem_link(&store, &issued.token, t0 - MIN)
            .await
            .unwrap();
        assert_eq!(link.team_id.as_deref(), Some(team.id.as_str()));
        players.push(session);
    }
    let seat = |role| {
        let store = &store;
        async move {
            let issued = console
                .issue_link(store, role, None, "staff")
                .await
                .unwrap();
            drill::redeem_link(store, &issued.token, t0 - MIN)
                .await
                .unwrap()
                .0
        }
    };
    let evaluator = seat(LinkRole::Evaluator).await;
    let observer = seat(LinkRole::Observer).await;
    let drill = store.drill(created.id).await.unwrap();
    Setup {
        store,
        url,
        admin,
        teams,
        drill,
        players,
        evaluator,
        observer,
        t0,
    }
}

#[tokio::test]
async fn five_teams_play_the_shipped_scenario_from_import_to_end() {
    let s = setup("wf_drill_story").await;
    let (store, t0) = (&s.store, s.t0);
    let at = |minutes: i64| t0 + minutes * MIN;

    // The same version imported again is the same row; changed content needs a new version.
    let again = Planner::of_user(&s.admin)
        .unwrap()
        .import_scenario(store, SCENARIO, ScenarioFormat::Toml)
        .await
        .unwrap();
    assert_eq!(again.sha256, sha256_hex(SCENARIO.as_bytes()));
    let changed = SCENARIO.replacen("TLP:CLEAR", "TLP:GREEN", 1);
    assert!(matches!(
        Planner::of_user(&s.admin)
            .unwrap()
            .import_scenario(store, &changed, ScenarioFormat::Toml)
            .await,
        Err(DrillError::ScenarioChanged { .. })
    ));
    // A scenario with problems is refused with every problem and where it is.
    let broken = SCENARIO.replacen("condition = \"released\"", "condition = \"later\"", 1);
    match Planner::of_user(&s.admin)
        .unwrap()
        .import_scenario(store, &broken, ScenarioFormat::Toml)
        .await
    {
        Err(DrillError::Scenario { problems }) => {
            assert!(problems[0].starts_with("line "), "{problems:?}")
        }
        other => panic!("{other:?}"),
    }

    let view = View::of_user(store, &s.admin, s.drill.id).await.unwrap();
    let console = view.console().unwrap();
    assert_eq!(s.drill.status, DrillStatus::Planned);

    // Communications check: one reachability check per team through the directory's.
    let outbox = Outbox::default();
    let (after_check, started) = console
        .comms_check(store, &outbox, &s.teams, now_ms(), |team, link| {
            (
                format!("Drill check {}", team.id),
                format!("Acknowledge: {link}"),
            )
        })
        .await
        .unwrap();
    assert_eq!(after_check.status, DrillStatus::CommsCheck);
    assert_eq!(started.len(), 5);
    let status = console.comms_status(store).await.unwrap();
    assert_eq!(status.len(), 5);
    assert!(
        status.iter().all(|c| c.check.is_some() && c.messages > 0),
        "{status:?}"
    );
    let sent = outbox.sent.lock().unwrap().clone();
    assert!(!sent.is_empty());
    let token = sent[0].1.rsplit('/').next().unwrap().to_string();
    cyberindex_workflow::reach::acknowledge(store, &token, now_ms())
        .await
        .unwrap();
    let status = console.comms_status(store).await.unwrap();
    assert_eq!(status.iter().map(|c| c.acknowledged).sum::<usize>(), 1);

    // Nothing goes out before the start.
    assert!(matches!(
        console.release(store, "I-01", at(0)).await,
        Err(DrillError::Status {
            status: DrillStatus::CommsCheck,
            ..
        })
    ));
    console.step(store, Move::Start, at(0)).await.unwrap();

    let player = |i: usize| {
        let session = s.players[i].clone();
        async move { View::of_session(store, &session, at(0)).await.unwrap() }
    };
    let p0 = player(0).await;
    let p3 = player(3).await;
    let evaluator_view = View::of_session(store, &s.evaluator, at(0)).await.unwrap();
    let evaluator = evaluator_view.evaluator().unwrap();

    // +0:00: I-01 is due; I-02 (+0:20) waits for its time.
    let due = console.due_injects(store, at(0)).await.unwrap();
    assert_eq!(due.exercise_seconds, 0);
    assert_eq!(due.ready, ["I-01"]);
    assert_eq!(console.release_due(store, at(0)).await.unwrap(), ["I-01"]);
    // +0:20: I-02 depends on I-01 released.
    assert_eq!(console.release_due(store, at(20)).await.unwrap(), ["I-02"]);
    let due = console.due_injects(store, at(20)).await.unwrap();
    assert_eq!(due.exercise_seconds, 20 * 60);
    assert!(!due.simulated_time.is_empty());

    // The facilitator holds I-03, skips I-07 and brings I-05 forward to +0:50, before I-04.
    console.hold(store, "I-03").await.unwrap();
    console.skip(store, "I-07").await.unwrap();
    let mut title = Texts::new();
    title.insert("en".into(), "Second hospital group hit".into());
    console
        .edit(
            store,
            "I-05",
            Some(Timing::parse("+0:50").unwrap()),
            Some(&title),
            None,
        )
        .await
        .unwrap();
    // A released inject cannot change.
    for r in [
        console
            .edit(store, "I-01", Some(Timing::Offset(60)), None, None)
            .await,
        console.hold(store, "I-02").await,
        console.skip(store, "I-01").await,
    ] {
        assert!(matches!(r, Err(DrillError::Released { .. })), "{r:?}");
    }
    let order: Vec<String> = console
        .due_injects(store, at(30))
        .await
        .unwrap()
        .rows
        .iter()
        .map(|r| r.inject.clone())
        .collect();
    let pos = |id: &str| order.iter().position(|o| o == id).unwrap();
    assert!(pos("I-01") < pos("I-02") && pos("I-02") < pos("I-05") && pos("I-05") < pos("I-04"));

    // Players respond to their team's released injects only.
    assert_eq!(
        ids(&p0.player().unwrap().injects(store).await.unwrap()),
        ["I-01", "I-02"]
    );
    p0.player()
        .unwrap()
        .respond(store, "I-01", 0, Some("Incident logged, escalated."), None)
        .await
        .unwrap();
    p0.player()
        .unwrap()
        .respond(store, "I-02", 0, Some("Ministry briefed."), None)
        .await
        .unwrap();
    p3.player()
        .unwrap()
        .respond(
            store,
            "I-01",
            1,
            None,
            Some((&"ab".repeat(32), "triage.pdf")),
        )
        .await
        .unwrap();
    assert!(matches!(
        p0.player()
            .unwrap()
            .respond(store, "I-01", 5, Some("x"), None)
            .await,
        Err(DrillError::UnknownExpectation { .. })
    ));
    assert!(matches!(
        p0.player()
            .unwrap()
            .respond(store, "I-01", 0, Some("  "), None)
            .await,
        Err(DrillError::EmptyResponse)
    ));
    not_found(
        p0.player()
            .unwrap()
            .respond(store, "I-04", 0, Some("early"), None)
            .await,
    );

    // +0:50: I-05 (moved there) goes out; +1:00: I-04; I-03 stays held.
    assert_eq!(console.release_due(store, at(50)).await.unwrap(), ["I-05"]);
    assert_eq!(console.release_due(store, at(60)).await.unwrap(), ["I-04"]);
    let p0_injects = p0.player().unwrap().injects(store).await.unwrap();
    assert_eq!(ids(&p0_injects), ["I-01", "I-02", "I-05", "I-04"]);
    assert_eq!(p0_injects[2].title["en"], "Second hospital group hit");
    // I-04 went to the national CIRTs only.
    assert_eq!(
        ids(&p3.player().unwrap().injects(store).await.unwrap()),
        ["I-01", "I-02", "I-05"]
    );
    not_found(
        p3.player()
            .unwrap()
            .respond(store, "I-04", 0, Some("not ours"), None)
            .await,
    );

    // Evaluators score as responses arrive.
    let team = |i: usize| s.teams[i].id.clone();
    evaluator
        .evaluate(
            store,
            &team(0),
            "I-01",
            0,
            EvaluationResult::Success,
            None,
            "Good.",
            0,
        )
        .await
        .unwrap();
    let partial = evaluator
        .evaluate(
            store,
            &team(0),
            "I-01",
            1,
            EvaluationResult::Partial,
            None,
            "",
            0,
        )
        .await
        .unwrap();
    assert_eq!(partial.score, 50);
    // Saving on an old version is stale.
    assert!(matches!(
        evaluator
            .evaluate(
                store,
                &team(0),
                "I-01",
                1,
                EvaluationResult::Failed,
                None,
                "",
                0
            )
            .await,
        Err(DrillError::Store(StoreError::Stale { version: 1, .. }))
    ));
    assert!(matches!(
        evaluator
            .evaluate(
                store,
                &team(0),
                "I-01",
                0,
                EvaluationResult::Success,
                Some(101),
                "",
                1
            )
            .await,
        Err(DrillError::Score)
    ));
    evaluator
        .evaluate(
            store,
            &team(3),
            "I-01",
            1,
            EvaluationResult::Success,
            Some(90),
            "",
            0,
        )
        .await
        .unwrap();

    // +1:45: I-06 waits for I-02 answered — team 0 answered it — so it goes with its time.
    // +2:15: I-08 waits for I-04 scored below 50 by some team.
    assert_eq!(console.release_due(store, at(105)).await.unwrap(), ["I-06"]);
    assert_eq!(
        console.release_due(store, at(135)).await.unwrap(),
        Vec::<String>::new()
    );
    match console.release(store, "I-08", at(135)).await {
        Err(DrillError::Dependency {
            inject, depends_on, ..
        }) => assert_eq!((inject.as_str(), depends_on.as_str()), ("I-08", "I-04")),
        other => panic!("{other:?}"),
    }
    evaluator
        .evaluate(
            store,
            &team(1),
            "I-04",
            0,
            EvaluationResult::Failed,
            None,
            "No escalation.",
            0,
        )
        .await
        .unwrap();
    assert_eq!(console.release_due(store, at(136)).await.unwrap(), ["I-08"]);

    // A 30-minute pause stops the exercise clock and the releases.
    console.step(store, Move::Pause, at(140)).await.unwrap();
    let due = console.due_injects(store, at(170)).await.unwrap();
    assert_eq!(due.exercise_seconds, 140 * 60);
    assert!(due.ready.is_empty());
    assert!(matches!(
        p0.player()
            .unwrap()
            .respond(store, "I-05", 0, Some("paused"), None)
            .await,
        Err(DrillError::Status {
            status: DrillStatus::Paused,
            ..
        })
    ));
    console.step(store, Move::Resume, at(170)).await.unwrap();
    assert_eq!(
        console
            .due_injects(store, at(180))
            .await
            .unwrap()
            .exercise_seconds,
        150 * 60
    );

    // Move 3 and the rest: everything but the held and the skipped inject goes out by +4:15.
    let rest = console.release_due(store, at(30 + 255)).await.unwrap();
    assert_eq!(rest, ["I-09", "I-10", "I-11", "I-12"]);
    let rows = console.due_injects(store, at(300)).await.unwrap().rows;
    let held: Vec<_> = rows
        .iter()
        .filter(|r| !matches!(r.state, cyberindex_drill::timeline::State::Released(_)))
        .map(|r| (r.inject.as_str(), r.state))
        .collect();
    assert_eq!(
        held,
        [
            ("I-03", cyberindex_drill::timeline::State::Held),
            ("I-07", cyberindex_drill::timeline::State::Skipped)
        ]
    );
    let rows = store.drill_injects(s.drill.id).await.unwrap();
    assert_eq!(
        rows.iter()
            .filter(|r| r.status == InjectStatus::Released)
            .count(),
        10
    );

    // Scores beside the official target.
    let score0 = p0.player().unwrap().score(store).await.unwrap();
    assert_eq!(score0.total.evaluated, 2);
    assert_eq!(score0.total.score, 75.0);
    assert!(score0.total.target > 0.0);
    assert_eq!(score0.injects["I-01"], 75.0);
    let score1 = view.team_score(store, &team(1)).await.unwrap();
    assert_eq!((score1.total.score, score1.total.met), (0.0, 0));

    // End: nothing more is answered; evaluators may still score; lessons and the plan.
    console.step(store, Move::End, at(300)).await.unwrap();
    assert!(matches!(
        p0.player()
            .unwrap()
            .respond(store, "I-09", 0, Some("late"), None)
            .await,
        Err(DrillError::Status {
            status: DrillStatus::Ended,
            ..
        })
    ));
    evaluator
        .evaluate(
            store,
            &team(0),
            "I-02",
            0,
            EvaluationResult::Success,
            None,
            "",
            0,
        )
        .await
        .unwrap();
    assert!(matches!(
        console.release(store, "I-03", at(301)).await,
        Err(DrillError::Status {
            status: DrillStatus::Ended,
            ..
        })
    ));
    drill::answer_lesson(store, &p0, "What worked?", "Escalation.", false)
        .await
        .unwrap();
    let anonymous = drill::answer_lesson(store, &p3, "What failed?", "Phones.", true)
        .await
        .unwrap();
    assert_eq!((anonymous.team_id, anonymous.link_id), (None, None));
    let item = console
        .add_improvement(
            store,
            &ImprovementFields {
                team_id: Some(team(1)),
                issue: "No escalation to governance".into(),
                action: "Write the escalation procedure".into(),
                owner: "CIRT head".into(),
                due_on: Some("2027-03-31".into()),
                parameter: Some("P-1".into()),
                status: RoadmapStatus::Open,
            },
        )
        .await
        .unwrap();
    let mut fields = ImprovementFields {
        team_id: item.team_id.clone(),
        issue: item.issue.clone(),
        action: item.action.clone(),
        owner: item.owner.clone(),
        due_on: Some("tomorrow".into()),
        parameter: item.parameter.clone(),
        status: RoadmapStatus::InProgress,
    };
    assert!(matches!(
        console.update_improvement(store, item.id, 1, &fields).await,
        Err(DrillError::Date { .. })
    ));
    fields.due_on = None;
    console
        .update_improvement(store, item.id, 1, &fields)
        .await
        .unwrap();
    assert!(matches!(
        console.update_improvement(store, item.id, 1, &fields).await,
        Err(DrillError::Store(StoreError::Stale { version: 2, .. }))
    ));
    let reported = console.step(store, Move::Report, at(400)).await.unwrap();
    assert_eq!(reported.status, DrillStatus::Reported);

    // Every change is in the audit trail.
    let trail = actions(store).await;
    for action in [
        "drill.scenario.import",
        "drill.create",
        "drill.team",
        "drill.link.issue",
        "drill.link.redeem",
        "drill.comms_check.team",
        "drill.comms_check",
        "drill.running",
        "drill.inject.release",
        "drill.inject.hold",
        "drill.inject.skip",
        "drill.inject.edit",
        "drill.respond",
        "drill.evaluate",
        "drill.paused",
        "drill.ended",
        "drill.lesson",
        "drill.improvement.add",
        "drill.improvement.update",
        "drill.reported",
    ] {
        assert!(trail.iter().any(|a| a == action), "{action} in {trail:?}");
    }
    assert_eq!(
        trail
            .iter()
            .filter(|a| *a == "drill.inject.release")
            .count(),
        10
    );
    assert!(store.verify_audit().await.unwrap().is_ok());
    testing::drop_database(&s.url);
}

#[tokio::test]
async fn a_release_reaches_the_teams_its_audience_names() {
    let s = setup("wf_drill_reached").await;
    let store = &s.store;
    let admin = View::of_user(store, &s.admin, s.drill.id).await.unwrap();
    let console = admin.console().unwrap();
    let ids = |of: &[Team]| {
        let mut ids: Vec<String> = of.iter().map(|t| t.id.clone()).collect();
        ids.sort();
        ids
    };
    let reached = |injects: &'static [&'static str]| async move {
        let injects: Vec<String> = injects.iter().map(|i| i.to_string()).collect();
        let mut got = console.reached(store, &injects).await.unwrap();
        got.sort();
        got
    };
    // I-01 goes to all teams; I-04 to the national CIRTs only (the first three).
    assert_eq!(reached(&["I-01"]).await, ids(&s.teams));
    assert_eq!(reached(&["I-04"]).await, ids(&s.teams[..3]));
    assert_eq!(reached(&["I-04", "I-01"]).await, ids(&s.teams));
    assert!(reached(&[]).await.is_empty());
    assert!(reached(&["I-99"]).await.is_empty());
}

#[tokio::test]
async fn teams_never_see_each_other() {
    let s = setup("wf_drill_isolation").await;
    let store = &s.store;
    let admin = View::of_user(store, &s.admin, s.drill.id).await.unwrap();
    let console = admin.console().unwrap();
    console.step(store, Move::Start, s.t0).await.unwrap();
    console.release_due(store, s.t0).await.unwrap();
    let (a, b) = (s.teams[0].id.as_str(), s.teams[1].id.as_str());
    let pa = View::of_session(store, &s.players[0], s.t0).await.unwrap();
    pa.player()
        .unwrap()
        .respond(store, "I-01", 0, Some("ours"), None)
        .await
        .unwrap();
    let pb = View::of_session(store, &s.players[1], s.t0).await.unwrap();
    pb.player()
        .unwrap()
        .respond(store, "I-01", 0, Some("theirs"), None)
        .await
        .unwrap();

    // A player sees its own team and nothing of another, as if it did not exist.
    assert_eq!(pa.teams(store).await.unwrap().len(), 1);
    assert_eq!(pa.team_injects(store, a).await.unwrap().len(), 1);
    let own = pa.team_responses(store, a).await.unwrap();
    assert_eq!(own.len(), 1);
    assert_eq!(own[0].text.as_deref(), Some("ours"));
    not_found(pa.team_injects(store, b).await);
    not_found(pa.team_responses(store, b).await);
    not_found(pa.team_evaluations(store, b).await);
    not_found(pa.team_score(store, b).await);
    not_found(pa.team(store, b).await);
    not_found(pa.team_injects(store, "no-such-team").await);
    // Nor run, nor score.
    assert!(matches!(
        pa.console(),
        Err(DrillError::Forbidden { act: Act::Run })
    ));
    assert!(matches!(
        pa.evaluator(),
        Err(DrillError::Forbidden { act: Act::Evaluate })
    ));

    // The observer sees every team, and changes nothing.
    let observer = View::of_session(store, &s.observer, s.t0).await.unwrap();
    assert_eq!(observer.teams(store).await.unwrap().len(), 5);
    assert_eq!(observer.team_responses(store, b).await.unwrap().len(), 1);
    assert!(observer.player().is_err() && observer.console().is_err());

    // An evaluator limited to team A does not reach team B.
    let issued = console
        .issue_link(store, LinkRole::Evaluator, Some(a), "evaluator of A")
        .await
        .unwrap();
    let (session, _) = drill::redeem_link(store, &issued.token, s.t0)
        .await
        .unwrap();
    let scoped = View::of_session(store, &session, s.t0).await.unwrap();
    let evaluator = scoped.evaluator().unwrap();
    evaluator
        .evaluate(store, a, "I-01", 0, EvaluationResult::Success, None, "", 0)
        .await
        .unwrap();
    not_found(
        evaluator
            .evaluate(store, b, "I-01", 0, EvaluationResult::Success, None, "", 0)
            .await,
    );
    not_found(scoped.team_responses(store, b).await);

    // A session of one drill does not open another.
    let other = Planner::of_user(&s.admin)
        .unwrap()
        .create(store, &form(s.t0))
        .await
        .unwrap();
    let link = store
        .drill_session(
            &cyberindex_workflow::secret::hash_token(&s.players[0]),
            s.t0,
        )
        .await
        .unwrap();
    assert_ne!(link.drill_id, other.id);
    assert_eq!(Access::of_link(&link, &other), Access::None);
    testing::drop_database(&s.url);
}

#[tokio::test]
async fn links_open_one_session_and_close_with_the_drill() {
    let s = setup("wf_drill_links").await;
    let store = &s.store;
    let admin = View::of_user(store, &s.admin, s.drill.id).await.unwrap();
    let console = admin.console().unwrap();
    let team = s.teams[0].id.as_str();
    let issue = || console.issue_link(store, LinkRole::Player, Some(team), "p");

    // Single use.
    let issued = issue().await.unwrap();
    assert_eq!(
        issued.link.expires_at,
        s.drill.start_at + drill::LINK_MAX_MS
    );
    let (session, _) = drill::redeem_link(store, &issued.token, s.t0)
        .await
        .unwrap();
    assert!(matches!(
        drill::redeem_link(store, &issued.token, s.t0).await,
        Err(DrillError::LinkUsed)
    ));
    assert!(View::of_session(store, &session, s.t0).await.is_ok());
    // Unknown, expired, withdrawn.
    assert!(matches!(
        drill::redeem_link(store, "not-a-link", s.t0).await,
        Err(DrillError::LinkUnknown)
    ));
    let late = issue().await.unwrap();
    assert!(matches!(
        drill::redeem_link(store, &late.token, late.link.expires_at).await,
        Err(DrillError::LinkExpired)
    ));
    let withdrawn = issue().await.unwrap();
    console.revoke_link(store, withdrawn.link.id).await.unwrap();
    assert!(matches!(
        drill::redeem_link(store, &withdrawn.token, s.t0).await,
        Err(DrillError::LinkRevoked)
    ));
    // Revoking a used link closes its session.
    let used = issue().await.unwrap();
    let (closed, _) = drill::redeem_link(store, &used.token, s.t0).await.unwrap();
    console.revoke_link(store, used.link.id).await.unwrap();
    not_found(View::of_session(store, &closed, s.t0).await);
    // A player link needs one of the drill's teams.
    assert!(matches!(
        console.issue_link(store, LinkRole::Player, None, "p").await,
        Err(DrillError::LinkTeam)
    ));
    assert!(matches!(
        console
            .issue_link(store, LinkRole::Player, Some("no-such-team"), "p")
            .await,
        Err(DrillError::LinkTeam)
    ));
    // After the end, sessions and links last the grace period, then close.
    let unused = issue().await.unwrap();
    let within = issue().await.unwrap();
    console.step(store, Move::Start, s.t0).await.unwrap();
    let end = s.t0 + 300 * MIN;
    console.step(store, Move::End, end).await.unwrap();
    // The console taken before the end sees the end.
    assert!(matches!(
        console.hold(store, "I-03").await,
        Err(DrillError::Status {
            status: DrillStatus::Ended,
            ..
        })
    ));
    assert!(matches!(
        drill::redeem_link(store, &unused.token, end + drill::LINK_GRACE_MS).await,
        Err(DrillError::LinkExpired)
    ));
    // Refused links stay unused: nothing was half done.
    let links = console.links(store).await.unwrap();
    let unused_row = links.iter().find(|l| l.id == unused.link.id).unwrap();
    assert_eq!(unused_row.used_at, None);
    let (late_session, _) = drill::redeem_link(store, &within.token, end + MIN)
        .await
        .unwrap();
    not_found(View::of_session(store, &late_session, end + drill::LINK_GRACE_MS).await);
    let admin = View::of_user(store, &s.admin, s.drill.id).await.unwrap();
    let after = admin
        .console()
        .unwrap()
        .issue_link(store, LinkRole::Observer, None, "o")
        .await
        .unwrap();
    assert_eq!(after.link.expires_at, end + drill::LINK_GRACE_MS);
    assert!(View::of_session(store, &session, end + MIN).await.is_ok());
    not_found(View::of_session(store, &session, end + drill::LINK_GRACE_MS + MIN).await);
    // No secret reaches the trail.
    let entries = store.audit(&AuditFilter::default()).await.unwrap();
    for e in entries {
        let text = format!("{:?} {:?}", e.before, e.after);
        assert!(!text.contains(&issued.token) && !text.contains(&session));
    }
    testing::drop_database(&s.url);
}

#[tokio::test]
async fn who_may_do_what() {
    let (url, _dir) = testing::fresh_database("wf_drill_matrix").await;
    let store = Store::open(&url).await.unwrap();
    let teams = teams(&store).await;
    let (host, other) = (teams[0].id.clone(), teams[1].id.clone());
    let admin = account(&store, "admin@example.org", Role::Admin, None).await;
    let reviewer = account(&store, "rev@example.org", Role::Reviewer, None).await;
    let host_staff = account(&store, "host@example.org", Role::TeamStaff, Some(&host)).await;
    let other_staff = account(&store, "other@example.org", Role::TeamStaff, Some(&other)).await;
    let focal = account(&store, "fp@example.org", Role::FocalPoint, None).await;
    let mut inactive = account(&store, "gone@example.org", Role::Admin, None).await;
    inactive.active = false;

    // Planning is the secretariat's; nobody else learns a drill exists.
    for user in [&host_staff, &other_staff, &focal, &inactive] {
        not_found(Planner::of_user(user));
    }
    Planner::of_user(&reviewer)
        .unwrap()
        .import_scenario(&store, SCENARIO, ScenarioFormat::Toml)
        .await
        .unwrap();
    let mut f = form(now_ms());
    f.host_team = Some(host.clone());
    not_found(Planner::of_user(&host_staff));
    let created = Planner::of_user(&admin)
        .unwrap()
        .create(&store, &f)
        .await
        .unwrap();
    f.time_zone = "Africa/Nairobi".into();
    assert!(matches!(
        Planner::of_user(&admin).unwrap().create(&store, &f).await,
        Err(DrillError::TimeZone { .. })
    ));
    f.time_zone = "UTC".into();
    f.languages = vec!["de".into()];
    assert!(matches!(
        Planner::of_user(&admin).unwrap().create(&store, &f).await,
        Err(DrillError::Language { .. })
    ));

    let link = |role, team: Option<&str>| DrillLink {
        id: 1,
        drill_id: created.id,
        team_id: team.map(str::to_string),
        role,
        label: String::new(),
        created_at: 0,
        created_by: None,
        expires_at: i64::MAX,
        used_at: Some(0),
        revoked_at: None,
    };
    let mut other_drill = link(LinkRole::Player, Some(&host));
    other_drill.drill_id = created.id + 1;
    let mut revoked = link(LinkRole::Player, Some(&host));
    revoked.revoked_at = Some(1);
    let cases = [
        ("admin", Access::of_user(&admin, &created), "RVEL", "*"),
        (
            "reviewer",
            Access::of_user(&reviewer, &created),
            "RVEL",
            "*",
        ),
        (
            "host staff",
            Access::of_user(&host_staff, &created),
            "RVEL",
            "*",
        ),
        (
            "other staff",
            Access::of_user(&other_staff, &created),
            "",
            "",
        ),
        ("focal point", Access::of_user(&focal, &created), "", ""),
        (
            "inactive admin",
            Access::of_user(&inactive, &created),
            "",
            "",
        ),
        (
            "player",
            Access::of_link(&link(LinkRole::Player, Some(&host)), &created),
            "RSL",
            "h",
        ),
        (
            "observer",
            Access::of_link(&link(LinkRole::Observer, None), &created),
            "RL",
            "*",
        ),
        (
            "observer of host",
            Access::of_link(&link(LinkRole::Observer, Some(&host)), &created),
            "RL",
            "h",
        ),
        (
            "evaluator",
            Access::of_link(&link(LinkRole::Evaluator, None), &created),
            "REL",
            "*",
        ),
        (
            "evaluator of host",
            Access::of_link(&link(LinkRole::Evaluator, Some(&host)), &created),
            "REL",
            "h",
        ),
        (
            "player, other drill",
            Access::of_link(&other_drill, &created),
            "",
            "",
        ),
        (
            "player, revoked",
            Access::of_link(&revoked, &created),
            "",
            "",
        ),
        (
            "player without team",
            Access::of_link(&link(LinkRole::Player, None), &created),
            "",
            "",
        ),
    ];
    let letter = |act| match act {
        Act::Read => 'R',
        Act::Run => 'V',
        Act::Respond => 'S',
        Act::Evaluate => 'E',
        Act::Lessons => 'L',
    };
    let mut table = BTreeMap::new();
    for (who, access, allowed, teams_seen) in &cases {
        for act in Act::ALL {
            let want = allowed.contains(letter(act));
            assert_eq!(access.may(act), want, "{who} {act:?}");
            match access.require(act) {
                Ok(()) => assert!(want),
                Err(DrillError::Forbidden { .. }) => assert!(!want && access.may(Act::Read)),
                Err(DrillError::NotFound) => assert!(!access.may(Act::Read), "{who} {act:?}"),
                Err(e) => panic!("{e}"),
            }
        }
        let sees = (access.sees_team(&host), access.sees_team(&other));
        let want = match *teams_seen {
            "*" => (true, true),
            "h" => (true, false),
            _ => (false, false),
        };
        assert_eq!(sees, want, "{who}");
        table.insert(*who, access.clone());
    }
    // Through the actions: the host's staff run their drill; other staff do not see it.
    let hosted = View::of_user(&store, &host_staff, created.id)
        .await
        .unwrap();
    assert!(hosted.console().is_ok());
    not_found(View::of_user(&store, &other_staff, created.id).await);
    not_found(View::of_user(&store, &focal, created.id).await);
    not_found(View::of_user(&store, &admin, created.id + 99).await);

    // Status moves: the table of `Move::rule`.
    let console = hosted.console().unwrap();
    for (step, ok) in [
        (Move::Pause, false),
        (Move::End, false),
        (Move::Report, false),
        (Move::Start, true),
        (Move::Start, false),
        (Move::Resume, false),
        (Move::Pause, true),
        (Move::Pause, false),
        (Move::Resume, true),
        (Move::End, true),
        (Move::Resume, false),
        (Move::Report, true),
        (Move::End, false),
    ] {
        let r = console.step(&store, step, now_ms()).await;
        assert_eq!(r.is_ok(), ok, "{step:?}: {r:?}");
        if !ok {
            assert!(matches!(r, Err(DrillError::Status { .. })), "{r:?}");
        }
    }
    testing::drop_database(&url);
}
