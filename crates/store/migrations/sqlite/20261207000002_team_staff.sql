-- no-transaction
-- Team staff (issue 16): an account scoped to one CIRT of the directory, as a focal point is
-- scoped to a country. `team` is the `teams.id` of a `team-staff` account and empty for every
-- other role (checked here and by the store, which also checks that the team exists when an
-- account is created or changed). Kept as text without a foreign key, like the reachability
-- pings: removing a team leaves its staff accounts for an administrator to reassign.
--
-- SQLite cannot change a CHECK constraint, so the table is rebuilt the way SQLite's manual
-- says (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys off, outside a
-- transaction, so that dropping the old table neither cascades nor fails; the other tables'
-- `REFERENCES users(id)` then name the new table.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE users_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name            TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'focal-point', 'contributor', 'observer', 'team-staff')),
    country         TEXT,
    password_hash   TEXT,
    totp_secret     TEXT,
    totp_enabled    INTEGER NOT NULL DEFAULT 0,
    language        TEXT NOT NULL DEFAULT 'en',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    last_login_at   INTEGER,
    totp_last_step  INTEGER,
    totp_failures   INTEGER NOT NULL DEFAULT 0,
    totp_failed_at  INTEGER,
    team            TEXT,
    CHECK ((role IN ('focal-point', 'contributor')) = (country IS NOT NULL)),
    CHECK ((role = 'team-staff') = (team IS NOT NULL))
);
INSERT INTO users_new (id, email, name, role, country, password_hash, totp_secret, totp_enabled,
                       language, active, created_at, last_login_at, totp_last_step,
                       totp_failures, totp_failed_at)
    SELECT id, email, name, role, country, password_hash, totp_secret, totp_enabled,
           language, active, created_at, last_login_at, totp_last_step,
           totp_failures, totp_failed_at
    FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
COMMIT;
PRAGMA foreign_keys = ON;
