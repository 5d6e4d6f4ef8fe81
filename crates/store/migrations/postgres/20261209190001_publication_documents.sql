-- Publication metadata apart from the frozen documents (issue 19; see the SQLite migration of
-- the same name): the framework source, the answers CSV and the results document move to
-- `publication_documents`, one row per publication, immutable like it.

CREATE TABLE publication_documents (
    edition_id        TEXT NOT NULL,
    version           BIGINT NOT NULL,
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
    FOR EACH ROW EXECUTE FUNCTION cyberindex_refuse('publications are immutable');
CREATE TRIGGER publication_documents_immutable_delete BEFORE DELETE ON publication_documents
    FOR EACH ROW EXECUTE FUNCTION cyberindex_refuse('publications are immutable');
