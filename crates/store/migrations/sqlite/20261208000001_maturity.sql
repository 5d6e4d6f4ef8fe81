-- CIRT maturity assessments (issue 17, parts 3 and 4): the data layer.
--
-- `maturity_frameworks`: each framework TOML an assessment was made against, once, by its
-- SHA-256 (a maturity framework is some 200 KB, and many assessments share one).
--
-- `maturity_assessments`: one assessment of one directory team (`team_id`, kept as text without
-- a foreign key, like `team_pings`: the history outlives the team's removal) against a framework
-- frozen at creation (`framework_sha256`, as editions keep their `framework_source`). `kind` is
-- `self`, `peer` or `audit`; `status` is `self_assessment`, `peer_review`, `validated` or `signed_off`; `round`
-- starts at 1 and grows when the reviewer returns the assessment. `reviewer_id` is the assigned
-- peer reviewer. `version` grows with every change of the assessment row (a step, a reviewer), so
-- a step names the version it was decided on.
CREATE TABLE maturity_frameworks (
    sha256 TEXT PRIMARY KEY,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    source TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE maturity_assessments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    framework_id TEXT NOT NULL,
    framework_version TEXT NOT NULL,
    framework_sha256 TEXT NOT NULL REFERENCES maturity_frameworks (sha256),
    kind TEXT NOT NULL CHECK (kind IN ('self', 'peer', 'audit')),
    status TEXT NOT NULL CHECK (status IN ('self_assessment', 'peer_review', 'validated', 'signed_off')),
    round INTEGER NOT NULL,
    reviewer_id INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    signed_off_at INTEGER,
    signed_off_by INTEGER REFERENCES users (id),
    version INTEGER NOT NULL
);
CREATE INDEX maturity_assessments_team ON maturity_assessments (team_id, created_at);

-- One row per assessed parameter (a question id of the frozen framework, such as `O-6`): the
-- team's self-assessed level (`0`…`4` or `na`; NULL while unanswered) and note, and beside them
-- the reviewer's validated level and comment, each with who and when. `version` grows with each
-- save of either side.
CREATE TABLE maturity_answers (
    assessment_id INTEGER NOT NULL REFERENCES maturity_assessments (id) ON DELETE CASCADE,
    parameter TEXT NOT NULL,
    self_level TEXT CHECK (self_level IN ('0', '1', '2', '3', '4', 'na')),
    note TEXT NOT NULL,
    self_by INTEGER REFERENCES users (id),
    self_at INTEGER,
    validated_level TEXT CHECK (validated_level IN ('0', '1', '2', '3', '4', 'na')),
    comment TEXT NOT NULL,
    validated_by INTEGER REFERENCES users (id),
    validated_at INTEGER,
    version INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, parameter)
);

-- What every parameter held when a step was taken: `snapshot` is JSON, by parameter, of the
-- self level, note, validated level and comment. `step` is `create`, `submit`, `return`,
-- `validate` or `sign_off`; `round` the round the step closed (a `return` closes round N and
-- opens N+1). Two snapshots are diffed by the workflow.
CREATE TABLE maturity_snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES maturity_assessments (id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    step TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    taken_at INTEGER NOT NULL,
    taken_by INTEGER REFERENCES users (id)
);
CREATE INDEX maturity_snapshots_assessment ON maturity_snapshots (assessment_id, round);

-- Evidence for a parameter: a link (`url`), a stored file (`sha256`, named like the index's
-- evidence files, kept in the same content-addressed blob folder), or a reachability check
-- message of the directory (`ping_id`). `issued_on` and `expires_on` are dates (YYYY-MM-DD);
-- evidence past `expires_on` flags its parameter. Removal sets `deleted_at` (the file stays
-- referenced for backups).
CREATE TABLE maturity_evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id INTEGER NOT NULL REFERENCES maturity_assessments (id) ON DELETE CASCADE,
    parameter TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('url', 'file', 'check')),
    url TEXT,
    sha256 TEXT,
    file_name TEXT,
    media_type TEXT,
    size INTEGER,
    ping_id INTEGER REFERENCES team_pings (id),
    title TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    expires_on TEXT,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    deleted_at INTEGER,
    CHECK ((kind = 'url') = (url IS NOT NULL)),
    CHECK ((kind = 'file') = (sha256 IS NOT NULL)),
    CHECK ((kind = 'check') = (ping_id IS NOT NULL))
);
CREATE INDEX maturity_evidence_assessment ON maturity_evidence (assessment_id, parameter);

-- The roadmap of a team to the next tier of a profile: one item per blocking parameter, from
-- its level to the level required (`from_level` empty when unanswered), with an action, an
-- owner, a due date (YYYY-MM-DD), a status (`open`, `in_progress`, `done`, `dropped`) and
-- optionally a FIRST CSIRT Services Framework service id. `assessment_id` is the assessment
-- whose result made it.
CREATE TABLE maturity_roadmap (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL,
    assessment_id INTEGER REFERENCES maturity_assessments (id) ON DELETE SET NULL,
    profile_id TEXT NOT NULL,
    level_id TEXT NOT NULL,
    parameter TEXT NOT NULL,
    from_level TEXT NOT NULL,
    to_level TEXT NOT NULL,
    action TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    service_id TEXT,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    version INTEGER NOT NULL
);
CREATE INDEX maturity_roadmap_team ON maturity_roadmap (team_id, profile_id, level_id, parameter);
