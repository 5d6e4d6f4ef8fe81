-- The reviewers' message to the country when a response is sent back (issue 14, "honest rounds"):
-- shown at the top of the country's workspace and in the notice, not only in the audit trail.
ALTER TABLE responses ADD COLUMN round_message TEXT;
