-- Publications: immutable snapshots of an edition's validated answers and scores.
--
-- A correction is a new version of the edition; earlier versions stay readable. Triggers refuse
-- any change to a publication once written.

CREATE TABLE publications (
    edition_id        TEXT NOT NULL REFERENCES editions(id),
    version           INTEGER NOT NULL CHECK (version >= 1),
    published_at      INTEGER NOT NULL,
    published_by      INTEGER REFERENCES users(id),
    change_note       TEXT NOT NULL DEFAULT '',
    licence           TEXT NOT NULL,
    -- The frozen inputs and output: the framework file, the validated answers in the answer-file
    -- layout, and the results document (`cyberindex/results/1`).
    framework_source  TEXT NOT NULL,
    answers_csv       TEXT NOT NULL,
    results_json      TEXT NOT NULL,
    countries         INTEGER NOT NULL,
    PRIMARY KEY (edition_id, version)
);

CREATE TRIGGER publications_immutable_update BEFORE UPDATE ON publications
BEGIN
    SELECT RAISE(ABORT, 'publications are immutable');
END;

CREATE TRIGGER publications_immutable_delete BEFORE DELETE ON publications
BEGIN
    SELECT RAISE(ABORT, 'publications are immutable');
END;
