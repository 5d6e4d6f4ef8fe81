-- Saved queries of the CIRT directory's who's who (issue 16): the secretariat names a filter
-- (`query`, the page's URL query string, such as `region=africa&type=national&emergency=1`) and
-- downloads the teams it keeps as a mailing list (CSV of their channels, or vCards).
CREATE TABLE saved_queries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id),
    created_at INTEGER NOT NULL
);
