//! The facilitator's console: teams, links, the communications check, the drill's status
//! and clock, the live timeline (release, hold, skip, edit of what has not gone out) and the
//! improvement plan.

use std::collections::BTreeMap;

use cyberindex_directory::Team;
use cyberindex_drill::timeline::{self, Edit, Progress, State};
use cyberindex_drill::{Scenario, Texts, Timing};
use cyberindex_store::{
    Drill, DrillClock, DrillImprovement, DrillInject, DrillLink, DrillStatus, DrillTeam,
    ImprovementFields, InjectChange, InjectStatus, LinkRole, NewDrillLink, Store, StoreError,
};

use super::{
    Act, COMMS_WINDOW_HOURS, DrillError, Due, LINK_GRACE_MS, LINK_MAX_MS, MAX_SHORT_CHARS, Move,
    View, exercise_seconds, found, limit, required, start_minute, targets,
};
use crate::limits::MAX_TEXT_CHARS;
use crate::notify::Notifier;
use crate::{ActionError, reach, secret};

/// A new link: the row kept and the secret to hand over (only here, never stored).
#[derive(Debug, Clone)]
pub struct IssuedLink {
    pub link: DrillLink,
    pub token: String,
}

/// What the communications check found for one team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommsStatus {
    pub team: String,
    pub check: Option<i64>,
    pub messages: usize,
    pub acknowledged: usize,
    pub failed: usize,
}

/// The facilitator's handle: every change of how the drill runs.
#[derive(Debug, Clone, Copy)]
pub struct Console<'v> {
    pub(super) view: &'v View,
}

impl Console<'_> {
    fn drill(&self) -> &Drill {
        &self.view.drill
    }

    /// The drill as it is now (the view's copy may be older than a step taken since).
    async fn current(&self, store: &Store) -> Result<Drill, DrillError> {
        found(store.drill(self.drill().id).await)
    }

    fn by(&self) -> Option<i64> {
        self.view.by()
    }

    /// Adds directory team `team` with its scenario roles and its consent to offer the results
    /// as maturity evidence (before the drill ends).
    pub async fn add_team(
        &self,
        store: &Store,
        team: &str,
        roles: &[&str],
        evidence_consent: bool,
    ) -> Result<DrillTeam, DrillError> {
        self.open_timeline(store).await?;
        if matches!(store.team(team).await, Err(StoreError::NotFound(_))) {
            return Err(DrillError::UnknownTeam {
                team: team.to_string(),
            });
        }
        let roles: Vec<&str> = roles
            .iter()
            .map(|r| r.trim())
            .filter(|r| !r.is_empty())
            .collect();
        Ok(store
            .add_drill_team(
                self.drill().id,
                team,
                &roles.join(","),
                evidence_consent,
                self.by(),
            )
            .await?)
    }

    /// Issues a magic link for `role` (a player's for one of the drill's teams), valid until
    /// [`LINK_MAX_MS`] after the planned start, and until [`LINK_GRACE_MS`] after the drill
    /// ends.
    pub async fn issue_link(
        &self,
        store: &Store,
        role: LinkRole,
        team: Option<&str>,
        label: &str,
    ) -> Result<IssuedLink, DrillError> {
        limit("label", label, MAX_SHORT_CHARS)?;
        if let Some(team) = team {
            let teams = store.drill_teams(self.drill().id).await?;
            if !teams.iter().any(|t| t.team_id == team) {
                return Err(DrillError::LinkTeam);
            }
        } else if role == LinkRole::Player {
            return Err(DrillError::LinkTeam);
        }
        let drill = self.current(store).await?;
        if drill.status == DrillStatus::Reported {
            return Err(DrillError::Status {
                status: drill.status,
                act: Act::Run,
            });
        }
        let token = secret::random_token();
        let hash = secret::hash_token(&token);
        let expires_at = match drill.ended_at {
            Some(ended) => ended + LINK_GRACE_MS,
            None => drill.start_at + LINK_MAX_MS,
        };
        let link = store
            .issue_drill_link(
                &NewDrillLink {
                    drill_id: self.drill().id,
                    team_id: team,
                    role,
                    label: label.trim(),
                    token_hash: &hash,
                    expires_at,
                },
                self.by(),
            )
            .await?;
        Ok(IssuedLink { link, token })
    }

    /// Withdraws a link of this drill (and closes its session).
    pub async fn revoke_link(&self, store: &Store, link: i64) -> Result<DrillLink, DrillError> {
        let links = store.drill_links(self.drill().id).await?;
        if !links.iter().any(|l| l.id == link) {
            return Err(DrillError::NotFound);
        }
        Ok(store.revoke_drill_link(link, self.by()).await?)
    }

    /// The drill's links (never their secrets).
    pub async fn links(&self, store: &Store) -> Result<Vec<DrillLink>, DrillError> {
        Ok(store.drill_links(self.drill().id).await?)
    }

    /// Sends the communications check: one reachability check of the directory
    /// ([`reach::schedule`] and [`reach::start`]) per team of the drill, each message with its
    /// own acknowledgement link; the drill moves to `comms_check`. `teams` are the directory's
    /// records; `compose(team, link)` writes each message.
    pub async fn comms_check<N: Notifier>(
        &self,
        store: &Store,
        notifier: &N,
        teams: &[Team],
        now: i64,
        compose: impl Fn(&Team, &str) -> (String, String),
    ) -> Result<(Drill, Vec<reach::Started>), DrillError> {
        let drill = &self.current(store).await?;
        let (from, _) = Move::CommsCheck.rule();
        if !from.contains(&drill.status) {
            return Err(DrillError::Status {
                status: drill.status,
                act: Act::Run,
            });
        }
        let drill_teams = store.drill_teams(drill.id).await?;
        // Every team must be reachable before anything is sent: all or nothing.
        for team in &drill_teams {
            let record = teams.iter().find(|t| t.id == team.team_id);
            if record.is_none_or(|t| reach::emails(t).is_empty() && reach::phones(t).is_empty()) {
                return Err(DrillError::Comms(ActionError::Rule(
                    crate::WorkflowError::CheckNoChannel {
                        scope: format!("team:{}", team.team_id),
                    },
                )));
            }
        }
        let mut started = Vec::new();
        for team in drill_teams {
            let plan = reach::Plan {
                scope: reach::Scope::Team(team.team_id.clone()),
                due_at: Some(now),
                window_hours: COMMS_WINDOW_HOURS,
                repeat_days: None,
            };
            let run = reach::schedule(store, teams, &plan, now, self.by()).await?;
            let run = store.check_run(run).await?;
            started.push(reach::start(store, notifier, &run, teams, &compose).await?);
            store
                .set_drill_check(drill.id, &team.team_id, run.id, self.by())
                .await?;
        }
        let drill = self.step(store, Move::CommsCheck, now).await?;
        Ok((drill, started))
    }

    /// What the communications check found so far, per team.
    pub async fn comms_status(&self, store: &Store) -> Result<Vec<CommsStatus>, DrillError> {
        let mut out = Vec::new();
        for team in store.drill_teams(self.drill().id).await? {
            let pings = match team.check_run_id {
                Some(run) => store.pings(Some(run), Some(&team.team_id)).await?,
                None => Vec::new(),
            };
            out.push(CommsStatus {
                team: team.team_id.clone(),
                check: team.check_run_id,
                messages: pings.len(),
                acknowledged: pings.iter().filter(|p| p.acked_at.is_some()).count(),
                failed: pings.iter().filter(|p| p.error.is_some()).count(),
            });
        }
        Ok(out)
    }

    /// Moves the drill (start, pause, resume, end, report) at `now`, keeping the exercise
    /// clock: a pause stops it, a resume adds the pause to `paused_ms`.
    pub async fn step(&self, store: &Store, step: Move, now: i64) -> Result<Drill, DrillError> {
        let drill = self.drill();
        let (from, to) = step.rule();
        // The store re-reads under the write lock: a drill that moved since is `Stale`.
        let current = store.drill(drill.id).await?;
        if !from.contains(&current.status) {
            return Err(DrillError::Status {
                status: current.status,
                act: Act::Run,
            });
        }
        let mut clock = DrillClock {
            started_at: current.started_at,
            paused_at: current.paused_at,
            paused_ms: current.paused_ms,
            ended_at: current.ended_at,
        };
        match step {
            Move::CommsCheck | Move::Report => {}
            Move::Start => clock.started_at = Some(now),
            Move::Pause => clock.paused_at = Some(now),
            Move::Resume => {
                if let Some(p) = clock.paused_at.take() {
                    clock.paused_ms += (now - p).max(0);
                }
            }
            Move::End => {
                if let Some(p) = clock.paused_at.take() {
                    clock.paused_ms += (now - p).max(0);
                }
                clock.ended_at = Some(now);
            }
        }
        Ok(store
            .set_drill_status(drill.id, current.version, from, to, &clock, self.by())
            .await?)
    }

    /// The clock at `now` and what is due: exercise and simulated time, and the injects whose
    /// time has come and whose dependencies hold (released, answered, scored below X by a
    /// team they went to).
    pub async fn due_injects(&self, store: &Store, now: i64) -> Result<Due, DrillError> {
        let drill = store.drill(self.drill().id).await?;
        due(store, &drill, &self.view.scenario, now).await
    }

    /// Releases every inject due at `now`, in timeline order, until none is (a release may let
    /// a dependent inject go). Only while running. The ids released. An inject another
    /// releaser sent meanwhile (the server's 5 s tick, a facilitator's click, the demo's
    /// seeding) is left to it, not an error: the next round no longer finds it due.
    pub async fn release_due(&self, store: &Store, now: i64) -> Result<Vec<String>, DrillError> {
        let mut released = Vec::new();
        loop {
            let due = self.due_injects(store, now).await?;
            let Some(next) = due.ready.first() else {
                return Ok(released);
            };
            match self.release(store, next, now).await {
                Ok(_) => released.push(next.clone()),
                Err(DrillError::Released { .. }) => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// The ids of the drill's teams that any of `injects` goes to (by its audience), for
    /// telling only their seats of a release.
    pub async fn reached(
        &self,
        store: &Store,
        injects: &[String],
    ) -> Result<Vec<String>, DrillError> {
        let audiences: Vec<_> = injects
            .iter()
            .filter_map(|i| self.view.scenario.inject(i))
            .map(|i| &i.audience)
            .collect();
        Ok(store
            .drill_teams(self.drill().id)
            .await?
            .into_iter()
            .filter(|t| audiences.iter().any(|a| targets(a, t)))
            .map(|t| t.team_id)
            .collect())
    }

    async fn inject(&self, store: &Store, inject: &str) -> Result<DrillInject, DrillError> {
        store
            .drill_injects(self.drill().id)
            .await?
            .into_iter()
            .find(|r| r.inject_id == inject)
            .ok_or(DrillError::NotFound)
    }

    async fn change(
        &self,
        store: &Store,
        inject: &str,
        change: InjectChange,
    ) -> Result<DrillInject, DrillError> {
        let row = self.inject(store, inject).await?;
        if row.status == InjectStatus::Released {
            return Err(DrillError::Released {
                inject: inject.to_string(),
            });
        }
        match store
            .change_drill_inject(self.drill().id, inject, row.version, &change, self.by())
            .await
        {
            Ok(row) => Ok(row),
            Err(StoreError::Stale { .. })
                if self.inject(store, inject).await?.status == InjectStatus::Released =>
            {
                Err(DrillError::Released {
                    inject: inject.to_string(),
                })
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Releases `inject` now (before its time if the facilitator chooses), while the drill
    /// runs and once its dependencies hold.
    pub async fn release(
        &self,
        store: &Store,
        inject: &str,
        now: i64,
    ) -> Result<DrillInject, DrillError> {
        let drill = store.drill(self.drill().id).await?;
        if drill.status != DrillStatus::Running {
            return Err(DrillError::Status {
                status: drill.status,
                act: Act::Run,
            });
        }
        let row = self.inject(store, inject).await?;
        if row.status == InjectStatus::Released {
            return Err(DrillError::Released {
                inject: inject.to_string(),
            });
        }
        let scenario_inject = self
            .view
            .scenario
            .inject(inject)
            .ok_or(DrillError::NotFound)?;
        let due = due(store, &drill, &self.view.scenario, now).await?;
        let progress = progress(store, &drill, &self.view.scenario).await?;
        let released: BTreeMap<String, u32> = due
            .rows
            .iter()
            .filter_map(|r| match r.state {
                State::Released(at) => Some((r.inject.clone(), at)),
                _ => None,
            })
            .collect();
        for d in &scenario_inject.depends_on {
            let teams = progress.get(&d.inject).map_or(&[][..], Vec::as_slice);
            let holds = released.contains_key(&d.inject)
                && match d.condition {
                    cyberindex_drill::Condition::Released => true,
                    cyberindex_drill::Condition::Answered => teams.iter().any(|p| p.answered),
                    cyberindex_drill::Condition::ScoredBelow(x) => {
                        teams.iter().any(|p| p.score.is_some_and(|s| s < x))
                    }
                };
            if !holds {
                return Err(DrillError::Dependency {
                    inject: inject.to_string(),
                    depends_on: d.inject.clone(),
                    condition: d.condition.to_string(),
                });
            }
        }
        self.change(
            store,
            inject,
            InjectChange::Release {
                offset: i64::from(due.exercise_seconds),
            },
        )
        .await
    }

    /// Holds an inject that has not gone out: it waits until resumed, even when due.
    pub async fn hold(&self, store: &Store, inject: &str) -> Result<DrillInject, DrillError> {
        self.open_timeline(store).await?;
        self.change(store, inject, InjectChange::Hold).await
    }

    /// Lifts a hold, or takes back a skip.
    pub async fn resume_inject(
        &self,
        store: &Store,
        inject: &str,
    ) -> Result<DrillInject, DrillError> {
        self.open_timeline(store).await?;
        self.change(store, inject, InjectChange::Resume).await
    }

    /// Skips an inject that has not gone out: it never goes out.
    pub async fn skip(&self, store: &Store, inject: &str) -> Result<DrillInject, DrillError> {
        self.open_timeline(store).await?;
        self.change(store, inject, InjectChange::Skip).await
    }

    /// Edits an inject that has not gone out: a new time (`+H:MM` from the start, as in the
    /// scenario), new texts by language (each one of the drill's languages). A released one
    /// is [`DrillError::Released`].
    pub async fn edit(
        &self,
        store: &Store,
        inject: &str,
        offset: Option<Timing>,
        title: Option<&Texts>,
        body: Option<&Texts>,
    ) -> Result<DrillInject, DrillError> {
        self.open_timeline(store).await?;
        for texts in [title, body].into_iter().flatten() {
            for (lang, text) in texts {
                if !self.view.scenario.languages.contains(lang) {
                    return Err(DrillError::Language {
                        lang: lang.clone(),
                        available: self.view.scenario.languages.join(", "),
                    });
                }
                limit("body", text, MAX_TEXT_CHARS)?;
            }
        }
        let offset_seconds =
            offset.map(|t| i64::from(t.seconds_from_start(start_minute(self.drill()))));
        let json = |t: Option<&Texts>| t.map(|t| serde_json::to_string(t).unwrap_or_default());
        self.change(
            store,
            inject,
            InjectChange::Edit {
                offset_seconds,
                title: json(title),
                body: json(body),
            },
        )
        .await
    }

    /// Refuses changes of the timeline and the teams once the drill has ended.
    async fn open_timeline(&self, store: &Store) -> Result<(), DrillError> {
        let drill = self.current(store).await?;
        if matches!(drill.status, DrillStatus::Ended | DrillStatus::Reported) {
            return Err(DrillError::Status {
                status: drill.status,
                act: Act::Run,
            });
        }
        Ok(())
    }

    /// Adds an item to the improvement plan.
    pub async fn add_improvement(
        &self,
        store: &Store,
        fields: &ImprovementFields,
    ) -> Result<DrillImprovement, DrillError> {
        check_improvement(fields)?;
        Ok(store
            .add_drill_improvement(self.drill().id, fields, self.by())
            .await?)
    }

    /// Changes an item of this drill's improvement plan on its version `expected`.
    pub async fn update_improvement(
        &self,
        store: &Store,
        id: i64,
        expected: i64,
        fields: &ImprovementFields,
    ) -> Result<DrillImprovement, DrillError> {
        let item = found(store.drill_improvement(id).await)?;
        if item.drill_id != self.drill().id {
            return Err(DrillError::NotFound);
        }
        check_improvement(fields)?;
        Ok(store
            .update_drill_improvement(id, expected, fields, self.by())
            .await?)
    }
}

fn check_improvement(fields: &ImprovementFields) -> Result<(), DrillError> {
    required("issue", &fields.issue, MAX_TEXT_CHARS)?;
    required("action", &fields.action, MAX_TEXT_CHARS)?;
    limit("owner", &fields.owner, MAX_SHORT_CHARS)?;
    if let Some(due) = &fields.due_on
        && !cyberindex_answers::is_date(due)
    {
        return Err(DrillError::Date { value: due.clone() });
    }
    Ok(())
}

/// What each team did with each released inject, for dependency conditions.
async fn progress(
    store: &Store,
    drill: &Drill,
    scenario: &Scenario,
) -> Result<BTreeMap<String, Vec<Progress>>, DrillError> {
    let teams = store.drill_teams(drill.id).await?;
    let responses = store.drill_responses(drill.id, None).await?;
    let evaluations = store.drill_evaluations(drill.id, None).await?;
    let mut out: BTreeMap<String, Vec<Progress>> = BTreeMap::new();
    for inject in &scenario.injects {
        for team in teams.iter().filter(|t| targets(&inject.audience, t)) {
            let answered = responses
                .iter()
                .any(|r| r.team_id == team.team_id && r.inject_id == inject.id);
            let scores: Vec<f64> = evaluations
                .iter()
                .filter(|e| e.team_id == team.team_id && e.inject_id == inject.id)
                .map(|e| e.score as f64)
                .collect();
            let score =
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
            out.entry(inject.id.clone())
                .or_default()
                .push(Progress { answered, score });
        }
    }
    Ok(out)
}

/// The timeline of `drill` at `now` (see [`Console::due_injects`]).
async fn due(
    store: &Store,
    drill: &Drill,
    scenario: &Scenario,
    now: i64,
) -> Result<Due, DrillError> {
    let rows = store.drill_injects(drill.id).await?;
    let mut edits = BTreeMap::new();
    let mut released = BTreeMap::new();
    for r in &rows {
        let edit = Edit {
            timing: r
                .offset_seconds
                .and_then(|s| u32::try_from(s).ok())
                .map(Timing::Offset),
            held: r.status == InjectStatus::Held,
            skipped: r.status == InjectStatus::Skipped,
        };
        if edit != Edit::default() {
            edits.insert(r.inject_id.clone(), edit);
        }
        if let Some(at) = r.released_offset {
            released.insert(r.inject_id.clone(), u32::try_from(at).unwrap_or(0));
        }
    }
    let progress = progress(store, drill, scenario).await?;
    let seconds = exercise_seconds(drill, now);
    let timeline = timeline::rows(
        scenario,
        start_minute(drill),
        seconds,
        &edits,
        &released,
        &progress,
    );
    let ready = if drill.status == DrillStatus::Running {
        timeline::ready(&timeline)
            .into_iter()
            .map(str::to_string)
            .collect()
    } else {
        Vec::new()
    };
    let simulated_time = timeline
        .iter()
        .filter(|r| matches!(r.state, State::Released(_)))
        .filter_map(|r| scenario.inject(&r.inject))
        .map(|i| i.simulated_time.clone())
        .rfind(|s| !s.is_empty())
        .or_else(|| scenario.moves.first().map(|m| m.situation_time.clone()))
        .unwrap_or_default();
    Ok(Due {
        exercise_seconds: seconds,
        simulated_time,
        ready,
        rows: timeline,
    })
}
