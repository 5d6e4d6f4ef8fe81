-- Sign-in hardening (issue 11). Wrong second-factor codes are counted per pending session (the
-- session ends after a few) and per account (a growing wait between attempts), and the last
-- accepted TOTP time step is kept so that a code works only once, on every server instance.
ALTER TABLE sessions ADD COLUMN totp_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER;
ALTER TABLE users ADD COLUMN totp_failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN totp_failed_at INTEGER;
-- Reset requests per account are counted over the last hour.
CREATE INDEX invitations_user ON invitations(user_id, purpose, created_at);
