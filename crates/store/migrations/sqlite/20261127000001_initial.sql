-- cyberindex initial schema (SQLite). Times are Unix milliseconds (INTEGER).

CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name            TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('admin', 'reviewer', 'focal-point', 'contributor', 'observer')),
    country         TEXT,
    password_hash   TEXT,
    totp_secret     TEXT,
    totp_enabled    INTEGER NOT NULL DEFAULT 0,
    language        TEXT NOT NULL DEFAULT 'en',
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    last_login_at   INTEGER,
    CHECK ((role IN ('focal-point', 'contributor')) = (country IS NOT NULL))
);

-- Countries an observer may read.
CREATE TABLE observer_countries (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (user_id, country)
);

-- Single-use links: invitations and password resets. Only a hash of the token is stored.
CREATE TABLE invitations (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL CHECK (purpose IN ('invitation', 'reset')),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);

-- Server-side sessions. Only a hash of the cookie value is stored.
CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    -- 1 while the second factor is still owed.
    pending_totp INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Personal API tokens. Only a hash is stored; the token is shown once.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
);

CREATE TABLE editions (
    id                 TEXT PRIMARY KEY,
    name               TEXT NOT NULL,
    framework_id       TEXT NOT NULL,
    framework_version  TEXT NOT NULL,
    -- The framework file as it was when the edition was created: editing the file later never
    -- changes the edition.
    framework_source   TEXT NOT NULL,
    opens_on           TEXT NOT NULL,
    deadline           TEXT NOT NULL,
    archived_at        INTEGER,
    created_at         INTEGER NOT NULL,
    created_by         INTEGER REFERENCES users(id)
);

-- One response per participating country.
CREATE TABLE responses (
    edition_id        TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    country           TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'not-started'
                      CHECK (status IN ('not-started', 'in-progress', 'submitted', 'in-review', 'validated')),
    submitted_at      INTEGER,
    submitted_by      INTEGER REFERENCES users(id),
    last_activity_at  INTEGER,
    PRIMARY KEY (edition_id, country)
);

CREATE TABLE answers (
    edition_id   TEXT NOT NULL,
    country      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    -- The answer as written (option id, options separated by spaces, number, text); NULL when
    -- cleared. Never 0 for "not answered".
    value        TEXT,
    comment      TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL,
    provenance   TEXT NOT NULL DEFAULT 'country' CHECK (provenance IN ('country', 'secretariat', 'carried-forward')),
    -- Pre-filled answers must be confirmed by the country.
    confirmed    INTEGER NOT NULL DEFAULT 1,
    updated_by   INTEGER REFERENCES users(id),
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (edition_id, country, question_id),
    FOREIGN KEY (edition_id, country) REFERENCES responses(edition_id, country) ON DELETE CASCADE
);

CREATE TABLE evidence (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id   TEXT NOT NULL,
    country      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('file', 'url')),
    url          TEXT,
    sha256       TEXT,
    file_name    TEXT,
    media_type   TEXT,
    size         INTEGER,
    title        TEXT NOT NULL,
    language     TEXT NOT NULL DEFAULT '',
    issued_on    TEXT NOT NULL DEFAULT '',
    public       INTEGER NOT NULL DEFAULT 0,
    created_by   INTEGER REFERENCES users(id),
    created_at   INTEGER NOT NULL,
    deleted_at   INTEGER,
    FOREIGN KEY (edition_id, country) REFERENCES responses(edition_id, country) ON DELETE CASCADE,
    CHECK ((kind = 'file') = (sha256 IS NOT NULL)),
    CHECK ((kind = 'url') = (url IS NOT NULL))
);
CREATE INDEX evidence_answer ON evidence(edition_id, country, question_id);

-- Messages that would be emailed; kept (and shown to admins) when SMTP is not configured.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    to_address  TEXT NOT NULL,
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    sent_at     INTEGER,
    error       TEXT
);
