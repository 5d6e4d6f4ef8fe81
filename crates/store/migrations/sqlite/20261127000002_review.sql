-- no-transaction
-- Review and validation, desk research, notifications, webhooks and the audit trail.
--
-- SQLite cannot change a CHECK constraint in place, so `responses` is rebuilt (the documented
-- twelve-step procedure): foreign keys are switched off for the copy, then checked.

PRAGMA foreign_keys = OFF;

BEGIN IMMEDIATE;

CREATE TABLE responses_new (
    edition_id        TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
    country           TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'not-started'
                      CHECK (status IN ('not-started', 'in-progress', 'submitted', 'in-review', 'returned', 'validated')),
    submitted_at      INTEGER,
    submitted_by      INTEGER REFERENCES users(id),
    last_activity_at  INTEGER,
    -- Review round: 1 for the first submission, one more each time the response is sent back.
    round             INTEGER NOT NULL DEFAULT 1,
    -- ISO date by which the country should answer the current round, when it was sent back.
    round_deadline    TEXT,
    PRIMARY KEY (edition_id, country)
);
INSERT INTO responses_new (edition_id, country, status, submitted_at, submitted_by, last_activity_at)
    SELECT edition_id, country, status, submitted_at, submitted_by, last_activity_at FROM responses;
DROP TABLE responses;
ALTER TABLE responses_new RENAME TO responses;

-- What happens to secretariat drafts the country has not confirmed by the deadline.
ALTER TABLE editions ADD COLUMN desk_policy TEXT NOT NULL DEFAULT 'keep-draft'
    CHECK (desk_policy IN ('keep-draft', 'drop-draft'));

-- What became of a pre-filled answer: confirmed or corrected by the country, or kept or dropped
-- by the edition's policy at the deadline.
ALTER TABLE answers ADD COLUMN outcome TEXT
    CHECK (outcome IN ('confirmed', 'corrected', 'kept-by-policy', 'dropped-by-policy'));

-- One reviewer decision on one answer, in one round. The latest decision counts; it holds for the
-- answer version it was made on.
CREATE TABLE reviews (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id      TEXT NOT NULL,
    country         TEXT NOT NULL,
    question_id     TEXT NOT NULL,
    round           INTEGER NOT NULL,
    decision        TEXT NOT NULL CHECK (decision IN ('accept', 'clarify', 'reject')),
    comment         TEXT NOT NULL DEFAULT '',
    proposed_value  TEXT,
    -- The answer version decided on (0: no answer).
    answer_version  INTEGER NOT NULL,
    reviewer_id     INTEGER REFERENCES users(id),
    created_at      INTEGER NOT NULL,
    FOREIGN KEY (edition_id, country) REFERENCES responses(edition_id, country) ON DELETE CASCADE,
    CHECK (decision = 'accept' OR comment <> '')
);
CREATE INDEX reviews_answer ON reviews(edition_id, country, question_id, id);

-- Per-question threads. `internal` messages are reviewer-only notes, never shown to the country.
CREATE TABLE messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    edition_id   TEXT NOT NULL,
    country      TEXT NOT NULL,
    question_id  TEXT NOT NULL,
    round        INTEGER NOT NULL,
    internal     INTEGER NOT NULL DEFAULT 0,
    body         TEXT NOT NULL CHECK (body <> ''),
    author_id    INTEGER REFERENCES users(id),
    created_at   INTEGER NOT NULL,
    FOREIGN KEY (edition_id, country) REFERENCES responses(edition_id, country) ON DELETE CASCADE
);
CREATE INDEX messages_thread ON messages(edition_id, country, question_id, id);

-- Each answer as submitted in each round, for the reviewers' diff between rounds.
CREATE TABLE answer_snapshots (
    edition_id   TEXT NOT NULL,
    country      TEXT NOT NULL,
    round        INTEGER NOT NULL,
    question_id  TEXT NOT NULL,
    value        TEXT,
    comment      TEXT NOT NULL,
    -- Titles and targets of the evidence, one per line.
    evidence     TEXT NOT NULL,
    PRIMARY KEY (edition_id, country, round, question_id),
    FOREIGN KEY (edition_id, country) REFERENCES responses(edition_id, country) ON DELETE CASCADE
);

-- Reviewers assigned to a country, for the whole response ('' pillar) or one pillar.
CREATE TABLE assignments (
    edition_id   TEXT NOT NULL,
    country      TEXT NOT NULL,
    pillar       TEXT NOT NULL DEFAULT '',
    reviewer_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (edition_id, country, pillar, reviewer_id),
    FOREIGN KEY (edition_id, country) REFERENCES responses(edition_id, country) ON DELETE CASCADE
);

-- In-app notifications.
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    subject     TEXT NOT NULL,
    link        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    read_at     INTEGER
);
CREATE INDEX notifications_user ON notifications(user_id, id);

CREATE TABLE webhooks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    url         TEXT NOT NULL,
    -- The HMAC-SHA256 key the payloads are signed with.
    secret      TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    created_by  INTEGER REFERENCES users(id)
);

-- Webhook deliveries, written in the same transaction as the status change they announce, and
-- retried with backoff until delivered or given up.
CREATE TABLE webhook_deliveries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id       INTEGER NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event            TEXT NOT NULL,
    payload          TEXT NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER,
    delivered_at     INTEGER,
    last_status      INTEGER,
    last_error       TEXT,
    created_at       INTEGER NOT NULL
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at) WHERE next_attempt_at IS NOT NULL;

-- The audit trail: append-only and hash-chained. Each entry's hash covers its content and the
-- previous entry's hash; `audit_head` holds the last entry, so that removing entries from the end
-- shows too. No foreign keys: the trail outlives what it describes.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            INTEGER NOT NULL,
    actor_id      INTEGER,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    edition_id    TEXT,
    country       TEXT,
    question_id   TEXT,
    object        TEXT NOT NULL DEFAULT '',
    before        TEXT,
    after         TEXT,
    reason        TEXT NOT NULL DEFAULT '',
    -- Entries about reviewer-only notes: never shown to countries.
    confidential  INTEGER NOT NULL DEFAULT 0,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_response ON audit_log(edition_id, country, id);
CREATE INDEX audit_actor ON audit_log(actor_id, id);

CREATE TABLE audit_head (
    one   INTEGER PRIMARY KEY CHECK (one = 1),
    id    INTEGER NOT NULL,
    hash  TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

COMMIT;

PRAGMA foreign_keys = ON;
