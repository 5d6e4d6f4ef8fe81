-- Reachability checks of the CIRT directory (issue 16). A run is one request of the
-- secretariat: a team, a country, a region or every team (`scope`), started at `due_at` (now,
-- or a scheduled time; `repeat_days` schedules the next run when this one starts). Each ping is
-- one message to one e-mail channel of one team, holding a single-use link whose SHA-256 is
-- `token_hash` (the link itself is never stored). `error` is why the message could not be
-- delivered (bounced); `acked_at` is when the link was used. Whether an acknowledgement was
-- late is computed from `window_seconds`, not stored. Pings keep the team id as text, without a
-- foreign key: the history of a team outlives its removal, like the audit trail.
CREATE TABLE check_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    window_seconds INTEGER NOT NULL,
    repeat_days INTEGER,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    started_at INTEGER
);
CREATE INDEX check_runs_due ON check_runs (started_at, due_at);

CREATE TABLE team_pings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES check_runs (id) ON DELETE CASCADE,
    team_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    sent_at INTEGER NOT NULL,
    error TEXT,
    acked_at INTEGER
);
CREATE INDEX team_pings_team ON team_pings (team_id, sent_at);
CREATE INDEX team_pings_run ON team_pings (run_id);
