-- What the directory observed of a team from outside its record (issue 16).
--
-- `team_security_txt`: the team's latest security.txt, as imported by the secretariat or
-- fetched from the team's website (`source` `import` or `fetch`, `url` where it was read).
-- `found` is false when it was looked for and not there (`error` says why: an HTTP status, a
-- refused connection); `body` is the file as read, validated again whenever it is shown, since
-- whether it has expired depends on the day. One row per team, replaced by each observation.
CREATE TABLE team_security_txt (
    team_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    found BOOLEAN NOT NULL,
    body TEXT,
    error TEXT,
    observed_at BIGINT NOT NULL,
    observed_by BIGINT REFERENCES users (id)
);

-- Reachability checks by telephone: a ping of kind `phone` is a call the secretariat makes and
-- records (`called_by`, `note`); `acked_at` is when someone answered, and
-- `unanswered_at` when a call went unanswered. E-mail pings leave these empty. Phone pings
-- carry a random `token_hash` that no link was ever made from.
ALTER TABLE team_pings ADD COLUMN note TEXT;
ALTER TABLE team_pings ADD COLUMN called_by BIGINT REFERENCES users (id);
ALTER TABLE team_pings ADD COLUMN unanswered_at BIGINT;
