-- The CIRT directory (issue 16): one row per team. `record` is the team record as JSON
-- (cyberindex_directory::Team: every field with its visibility and provenance). The columns
-- beside it are copies for listing and filtering, written from the record by `save_team` only;
-- `version` counts the saves, so that an edit made on an old copy is refused, not applied.
CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    country TEXT NOT NULL,
    official_name TEXT NOT NULL,
    record TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users (id)
);
CREATE INDEX teams_country ON teams (country);
