-- Hardening (issue 11): archived editions refuse every change, the audit trail refuses a
-- replacement of an entry, and stored emails keep no usable single-use link.

-- An archived edition is closed: its responses, answers, evidence, threads, decisions, snapshots
-- and assignments no longer change. The store refuses such writes with a clear error first; these
-- triggers are the backstop for any write path that forgets to.
CREATE TRIGGER responses_archived_update BEFORE UPDATE ON responses
WHEN EXISTS (SELECT 1 FROM editions WHERE id = OLD.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER answers_archived_insert BEFORE INSERT ON answers
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER answers_archived_update BEFORE UPDATE ON answers
WHEN EXISTS (SELECT 1 FROM editions WHERE id = OLD.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER answers_archived_delete BEFORE DELETE ON answers
WHEN EXISTS (SELECT 1 FROM editions WHERE id = OLD.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER evidence_archived_insert BEFORE INSERT ON evidence
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER evidence_archived_update BEFORE UPDATE ON evidence
WHEN EXISTS (SELECT 1 FROM editions WHERE id = OLD.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER evidence_archived_delete BEFORE DELETE ON evidence
WHEN EXISTS (SELECT 1 FROM editions WHERE id = OLD.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER messages_archived_insert BEFORE INSERT ON messages
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER reviews_archived_insert BEFORE INSERT ON reviews
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;
CREATE TRIGGER answer_snapshots_archived_insert BEFORE INSERT ON answer_snapshots
WHEN EXISTS (SELECT 1 FROM editions WHERE id = NEW.edition_id AND archived_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'the edition is archived');
END;

-- `INSERT OR REPLACE` deletes the row it replaces without firing the BEFORE DELETE trigger
-- (unless recursive_triggers is on), so an entry could be rewritten in place. No insert may
-- reuse an existing id, whatever its conflict clause.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
-- The head only moves forward.
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
WHEN NEW.id < OLD.id
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- Messages stored before this release kept their single-use links (invitations, password
-- resets) in full. The links themselves stay valid; the stored copies lose them.
UPDATE outbox SET body = '[removed: this message held a single-use link, which is never kept]'
WHERE body LIKE '%/invitation/%' OR body LIKE '%/password/reset/%';
