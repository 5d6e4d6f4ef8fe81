-- CyberDrills (issue 18): scenarios, drills, their teams and participants, the live timeline,
-- responses, evaluations, lessons and the improvement plan.
--
-- `drill_scenarios`: one version of a scenario, as its file was imported (`format` `toml` or
-- `json`, the `source` text and its SHA-256), with copies of what lists show. A version is
-- immutable: triggers refuse UPDATE and DELETE; a changed scenario is a new version.
CREATE TABLE drill_scenarios (
    id TEXT NOT NULL,
    version TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('toml', 'json')),
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT NOT NULL,
    licence TEXT NOT NULL,
    tlp TEXT NOT NULL,
    languages TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    PRIMARY KEY (id, version)
);

CREATE TRIGGER drill_scenarios_immutable_update BEFORE UPDATE ON drill_scenarios
BEGIN
    SELECT RAISE(ABORT, 'a scenario version is immutable');
END;

CREATE TRIGGER drill_scenarios_immutable_delete BEFORE DELETE ON drill_scenarios
BEGIN
    SELECT RAISE(ABORT, 'a scenario version is immutable');
END;

-- A drill: one scenario version played at a level (`national`, `regional`, `global`), hosted by
-- `host` (a name; `host_team_id` the directory team whose staff facilitate, if any), in a time
-- zone (IANA name), from `start_at` (planned, milliseconds), in a mode (`tabletop`, `hybrid`,
-- `strategy`). `status`: planned → comms_check → running ↔ paused → ended → reported.
-- `started_at`, `paused_at` and `paused_ms` (the time spent paused before the current pause)
-- give the exercise clock; `languages` is a comma-separated list; `public_results` whether the
-- host agrees to publish the aggregate results. `version` grows with every change of the row.
CREATE TABLE drills (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario_id TEXT NOT NULL,
    scenario_version TEXT NOT NULL,
    title TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('national', 'regional', 'global')),
    host TEXT NOT NULL,
    host_team_id TEXT,
    time_zone TEXT NOT NULL,
    start_at INTEGER NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('tabletop', 'hybrid', 'strategy')),
    status TEXT NOT NULL CHECK (status IN ('planned', 'comms_check', 'running', 'paused', 'ended', 'reported')),
    languages TEXT NOT NULL,
    public_results BOOLEAN NOT NULL,
    started_at INTEGER,
    paused_at INTEGER,
    paused_ms INTEGER NOT NULL,
    ended_at INTEGER,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL,
    FOREIGN KEY (scenario_id, scenario_version) REFERENCES drill_scenarios (id, version)
);
CREATE INDEX drills_start ON drills (start_at);

-- A directory team taking part (`team_id` as text, like `team_pings`), with the scenario roles
-- it plays (comma-separated; an inject for `["health-cert"]` goes to the teams with that role),
-- its consent to offer its results as maturity evidence, and the reachability check of the
-- communications check (`check_run_id`).
CREATE TABLE drill_teams (
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    team_id TEXT NOT NULL,
    roles TEXT NOT NULL,
    evidence_consent BOOLEAN NOT NULL,
    check_run_id INTEGER REFERENCES check_runs (id),
    added_at INTEGER NOT NULL,
    added_by INTEGER REFERENCES users (id),
    PRIMARY KEY (drill_id, team_id)
);

-- Magic links of participants without accounts: only the SHA-256 of the link is kept. A link
-- is scoped to its drill and, for a player, to a team (`team_id`; an observer's or evaluator's
-- without one sees every team). Used once (`used_at`) to open a session; void after
-- `expires_at` (the drill's end plus a grace period) or once `revoked_at` is set.
CREATE TABLE drill_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    team_id TEXT,
    role TEXT NOT NULL CHECK (role IN ('player', 'observer', 'evaluator')),
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER,
    CHECK (role <> 'player' OR team_id IS NOT NULL)
);
CREATE INDEX drill_links_drill ON drill_links (drill_id, team_id);

-- The session a link opened (its secret's SHA-256), until `expires_at`.
CREATE TABLE drill_sessions (
    token_hash TEXT PRIMARY KEY,
    link_id INTEGER NOT NULL REFERENCES drill_links (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);

-- Each inject of the drill's scenario: `status` pending, released, held or skipped;
-- `offset_seconds` the facilitator's new time (NULL: the scenario's); `title` and `body` the
-- facilitator's new texts as JSON by language (NULL: the scenario's); `released_at`
-- (milliseconds) and `released_offset` (the exercise second) once released, never changed
-- after.
CREATE TABLE drill_injects (
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    inject_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'released', 'held', 'skipped')),
    offset_seconds INTEGER,
    title TEXT,
    body TEXT,
    released_at INTEGER,
    released_offset INTEGER,
    edited_by INTEGER REFERENCES users (id),
    edited_at INTEGER,
    version INTEGER NOT NULL,
    PRIMARY KEY (drill_id, inject_id),
    CHECK ((status = 'released') = (released_at IS NOT NULL))
);

-- A team's response to an expectation (its index in the inject) of a released inject: a text
-- and/or a stored document (`blob_sha256`, content-addressed like evidence), by the player
-- link `link_id`.
CREATE TABLE drill_responses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    team_id TEXT NOT NULL,
    inject_id TEXT NOT NULL,
    expectation INTEGER NOT NULL,
    text TEXT,
    blob_sha256 TEXT,
    file_name TEXT,
    link_id INTEGER REFERENCES drill_links (id),
    submitted_at INTEGER NOT NULL,
    CHECK (text IS NOT NULL OR blob_sha256 IS NOT NULL)
);
CREATE INDEX drill_responses_team ON drill_responses (drill_id, team_id, inject_id);

-- An evaluator's verdict on a team's expectation: `result` success, partial or failed, and
-- `score` 0–100; by an account (`user_id`) or an evaluator link (`link_id`). One per team and
-- expectation; `version` grows with each change.
CREATE TABLE drill_evaluations (
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    team_id TEXT NOT NULL,
    inject_id TEXT NOT NULL,
    expectation INTEGER NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('success', 'partial', 'failed')),
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    comment TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    link_id INTEGER REFERENCES drill_links (id),
    evaluated_at INTEGER NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (drill_id, team_id, inject_id, expectation)
);

-- An answer to the lessons questionnaire; an anonymous one keeps neither team nor link.
CREATE TABLE drill_lessons (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    anonymous BOOLEAN NOT NULL,
    team_id TEXT,
    link_id INTEGER REFERENCES drill_links (id),
    user_id INTEGER REFERENCES users (id),
    submitted_at INTEGER NOT NULL,
    CHECK (NOT anonymous OR (team_id IS NULL AND link_id IS NULL AND user_id IS NULL))
);

-- The improvement plan of the after-action report: an issue, the action, its owner, a due
-- date (YYYY-MM-DD), the maturity parameter it serves (`P-9`), the team it is for (NULL: all),
-- and a status (open, in_progress, done, dropped).
CREATE TABLE drill_improvements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    drill_id INTEGER NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    team_id TEXT,
    issue TEXT NOT NULL,
    action TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT,
    parameter TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    version INTEGER NOT NULL
);
CREATE INDEX drill_improvements_drill ON drill_improvements (drill_id);
