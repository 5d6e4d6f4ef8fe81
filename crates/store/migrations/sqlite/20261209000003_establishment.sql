-- The establishment tracker of the National CIRT programme (issue 17, part 6).
--
-- `establishment_engagements`: the programme's engagement with one country (ISO 3166 alpha-3)
-- to establish its national CIRT, optionally linked to the directory team once it exists
-- (`team_id`, text without a foreign key, like `maturity_assessments`). `phase` goes
-- `assessment` → `design` → `establishment` → `enhancement` → `closed`; `phase_since` is when
-- the current phase began. A country has at most one engagement that is not closed (the partial
-- unique index); a new one may follow a closed one. `version` grows with each phase change and
-- each change of the linked team.
CREATE TABLE establishment_engagements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    country TEXT NOT NULL,
    team_id TEXT,
    phase TEXT NOT NULL CHECK (phase IN ('assessment', 'design', 'establishment', 'enhancement', 'closed')),
    phase_since INTEGER NOT NULL,
    note TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL
);
CREATE UNIQUE INDEX establishment_engagements_open ON establishment_engagements (country)
    WHERE phase <> 'closed';

-- Every phase change of an engagement (and its creation, `from_phase` empty): who, when, and
-- the note given.
CREATE TABLE establishment_phase_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES establishment_engagements (id) ON DELETE CASCADE,
    from_phase TEXT NOT NULL,
    to_phase TEXT NOT NULL,
    note TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by INTEGER REFERENCES users (id)
);
CREATE INDEX establishment_phase_changes_engagement ON establishment_phase_changes (engagement_id, id);

-- A deliverable of a phase: a readiness report (assessment), a design document (design),
-- procedures (establishment), a handover (enhancement), or another document of any phase. A
-- link (`url`) or a stored file (`sha256`, named like the index's evidence files and kept in
-- the same content-addressed blob folder). `issued_on` is a date (YYYY-MM-DD). `status` is
-- `submitted`, then `approved` or `changes_requested` (with the secretariat's comment); a
-- changed document is a new deliverable. `version` grows with the decision.
CREATE TABLE establishment_deliverables (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    engagement_id INTEGER NOT NULL REFERENCES establishment_engagements (id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ('assessment', 'design', 'establishment', 'enhancement')),
    kind TEXT NOT NULL CHECK (kind IN ('readiness_report', 'design_document', 'procedures', 'handover', 'other')),
    title TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    url TEXT,
    sha256 TEXT,
    file_name TEXT,
    media_type TEXT,
    size INTEGER,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'changes_requested')),
    comment TEXT NOT NULL,
    decided_at INTEGER,
    decided_by INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL,
    created_by INTEGER REFERENCES users (id),
    version INTEGER NOT NULL,
    CHECK ((url IS NULL) <> (sha256 IS NULL))
);
CREATE INDEX establishment_deliverables_engagement ON establishment_deliverables (engagement_id, phase);

-- The services planned for the CIRT, by FIRST CSIRT Services Framework v2.1 service id (such
-- as `2.1`), each with the phase it starts in.
CREATE TABLE establishment_services (
    engagement_id INTEGER NOT NULL REFERENCES establishment_engagements (id) ON DELETE CASCADE,
    service_id TEXT NOT NULL,
    phase TEXT NOT NULL CHECK (phase IN ('assessment', 'design', 'establishment', 'enhancement')),
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users (id),
    PRIMARY KEY (engagement_id, service_id)
);
