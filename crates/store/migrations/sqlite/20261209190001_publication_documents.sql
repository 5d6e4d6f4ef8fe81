-- Publication metadata apart from the frozen documents (issue 19).
--
-- `publications` kept three large TEXT columns (the framework source, the answers CSV and a
-- results document of several MB) before `countries`, so reading a publication's header made
-- SQLite walk each row's overflow pages (about 5 ms per call). The documents move to a table of
-- their own, one row per publication, written once with it and as immutable; `publications`
-- keeps only the small header every public page reads.

CREATE TABLE publication_documents (
    edition_id        TEXT NOT NULL,
    version           INTEGER NOT NULL,
    framework_source  TEXT NOT NULL,
    answers_csv       TEXT NOT NULL,
    results_json      TEXT NOT NULL,
    PRIMARY KEY (edition_id, version),
    FOREIGN KEY (edition_id, version) REFERENCES publications (edition_id, version)
);

INSERT INTO publication_documents (edition_id, version, framework_source, answers_csv, results_json)
SELECT edition_id, version, framework_source, answers_csv, results_json FROM publications;

ALTER TABLE publications DROP COLUMN framework_source;
ALTER TABLE publications DROP COLUMN answers_csv;
ALTER TABLE publications DROP COLUMN results_json;

CREATE TRIGGER publication_documents_immutable_update BEFORE UPDATE ON publication_documents
BEGIN
    SELECT RAISE(ABORT, 'publications are immutable');
END;

CREATE TRIGGER publication_documents_immutable_delete BEFORE DELETE ON publication_documents
BEGIN
    SELECT RAISE(ABORT, 'publications are immutable');
END;
