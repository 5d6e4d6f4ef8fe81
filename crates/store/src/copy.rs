//! Copying a whole installation's database into another, empty one (`cyberindex db copy`):
//! SQLite to PostgreSQL, back, or to a database of the same kind.
//!
//! [`TABLES`] lists every table of the schema in an order that satisfies the foreign keys, each
//! column with its [`Kind`]. Rows travel between the backends as [`Value`]s, so neither backend
//! needs to know the other. The backends' part (`sql/copy.rs`, compiled once per backend) reads a
//! table in primary-key order, one page at a time, inside one snapshot of the source, and writes
//! the pages inside one write transaction on the target.
//!
//! **Invariant:** a copy is all or nothing. The target must be empty (no row in any table) when
//! the copy begins, and every row is written in one transaction, so a copy that fails leaves the
//! target as empty as it was. A copy that committed is then checked: every table has as many rows
//! as in the source, and the audit trail verifies to the same head on both sides.
//!
//! **Invariant:** the list is checked against both databases before anything is written: a table
//! or a column that the list does not name stops the copy, so no data is silently left behind
//! when a migration adds one.

use crate::{ChainError, Result, Store, StoreError};

/// One value of one column, the same on every backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    OptInt,
    Text,
    OptText,
    /// A flag: `BOOLEAN` on PostgreSQL, `INTEGER` 0/1 on SQLite.
    Bool,
}

impl Kind {
    /// Whether `value` fits this kind.
    pub fn fits(self, value: &Value) -> bool {
        matches!(
            (self, value),
            (Kind::Int | Kind::OptInt, Value::Int(_))
                | (Kind::OptInt | Kind::OptText, Value::Null)
                | (Kind::Text | Kind::OptText, Value::Text(_))
                | (Kind::Bool, Value::Bool(_))
        )
    }
}

/// A column of a copied table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
}

/// What a table needs beyond copying its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Rows are copied as they are.
    Plain,
    /// `editions`: written with `archived_at` empty and archived at the end, because the
    /// triggers refuse rows (answers, evidence, decisions…) of an archived edition.
    Editions,
    /// `audit_head`: one row; PostgreSQL's exists from the start (id 0, no entry yet), so it is
    /// written forward (an upsert), and only a head with an entry (`id > 0`) counts as a row.
    Head,
}

/// A table to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    pub name: &'static str,
    /// The primary key: pages are read in this order.
    pub key: &'static [&'static str],
    pub columns: &'static [Column],
    /// Rows per page (fewer for tables with large texts, such as frozen frameworks).
    pub page: usize,
    /// Whether `id` is an identity column whose sequence (PostgreSQL) must continue after the
    /// copied ids.
    pub identity: bool,
    pub rule: Rule,
}

impl Table {
    /// The position of column `name`.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }
}

const fn c(name: &'static str, kind: Kind) -> Column {
    Column { name, kind }
}

use Kind::{Bool, Int, OptInt, OptText, Text};

const fn table(
    name: &'static str,
    key: &'static [&'static str],
    columns: &'static [Column],
    identity: bool,
) -> Table {
    Table {
        name,
        key,
        columns,
        page: 1000,
        identity,
        rule: Rule::Plain,
    }
}

/// Every table of the schema but `_sqlx_migrations` (each database's own migration record), in
/// the order the foreign keys need.
pub static TABLES: &[Table] = &[
    table(
        "users",
        &["id"],
        &[
            c("id", Int),
            c("email", Text),
            c("name", Text),
            c("role", Text),
            c("country", OptText),
            c("password_hash", OptText),
            c("totp_secret", OptText),
            c("totp_enabled", Bool),
            c("language", Text),
            c("active", Bool),
            c("created_at", Int),
            c("last_login_at", OptInt),
            c("totp_last_step", OptInt),
            c("totp_failures", Int),
            c("totp_failed_at", OptInt),
            c("team", OptText),
        ],
        true,
    ),
    table(
        "observer_countries",
        &["user_id", "country"],
        &[c("user_id", Int), c("country", Text)],
        false,
    ),
    table(
        "invitations",
        &["token_hash"],
        &[
            c("token_hash", Text),
            c("user_id", Int),
            c("purpose", Text),
            c("created_at", Int),
            c("expires_at", Int),
            c("used_at", OptInt),
        ],
        false,
    ),
    table(
        "sessions",
        &["token_hash"],
        &[
            c("token_hash", Text),
            c("user_id", Int),
            c("created_at", Int),
            c("expires_at", Int),
            c("last_seen_at", Int),
            c("pending_totp", Bool),
            c("totp_failures", Int),
        ],
        false,
    ),
    table(
        "api_tokens",
        &["id"],
        &[
            c("id", Int),
            c("user_id", Int),
            c("name", Text),
            c("token_hash", Text),
            c("created_at", Int),
            c("last_used_at", OptInt),
            c("revoked_at", OptInt),
        ],
        true,
    ),
    Table {
        page: 20,
        rule: Rule::Editions,
        ..table(
            "editions",
            &["id"],
            &[
                c("id", Text),
                c("name", Text),
                c("framework_id", Text),
                c("framework_version", Text),
                c("framework_source", Text),
                c("opens_on", Text),
                c("deadline", Text),
                c("archived_at", OptInt),
                c("created_at", Int),
                c("created_by", OptInt),
                c("desk_policy", Text),
                c("names", Text),
            ],
            false,
        )
    },
    table(
        "responses",
        &["edition_id", "country"],
        &[
            c("edition_id", Text),
            c("country", Text),
            c("status", Text),
            c("submitted_at", OptInt),
            c("submitted_by", OptInt),
            c("last_activity_at", OptInt),
            c("round", Int),
            c("round_deadline", OptText),
            c("round_message", OptText),
        ],
        false,
    ),
    table(
        "answers",
        &["edition_id", "country", "question_id"],
        &[
            c("edition_id", Text),
            c("country", Text),
            c("question_id", Text),
            c("value", OptText),
            c("comment", Text),
            c("version", Int),
            c("provenance", Text),
            c("confirmed", Bool),
            c("updated_by", OptInt),
            c("updated_at", Int),
            c("outcome", OptText),
        ],
        false,
    ),
    table(
        "evidence",
        &["id"],
        &[
            c("id", Int),
            c("edition_id", Text),
            c("country", Text),
            c("question_id", Text),
            c("kind", Text),
            c("url", OptText),
            c("sha256", OptText),
            c("file_name", OptText),
            c("media_type", OptText),
            c("size", OptInt),
            c("title", Text),
            c("language", Text),
            c("issued_on", Text),
            c("public", Bool),
            c("created_by", OptInt),
            c("created_at", Int),
            c("deleted_at", OptInt),
            c("carried_from", OptText),
        ],
        true,
    ),
    table(
        "outbox",
        &["id"],
        &[
            c("id", Int),
            c("to_address", Text),
            c("subject", Text),
            c("body", Text),
            c("created_at", Int),
            c("sent_at", OptInt),
            c("error", OptText),
        ],
        true,
    ),
    table(
        "reviews",
        &["id"],
        &[
            c("id", Int),
            c("edition_id", Text),
            c("country", Text),
            c("question_id", Text),
            c("round", Int),
            c("decision", Text),
            c("comment", Text),
            c("proposed_value", OptText),
            c("answer_version", Int),
            c("reviewer_id", OptInt),
            c("created_at", Int),
        ],
        true,
    ),
    table(
        "messages",
        &["id"],
        &[
            c("id", Int),
            c("edition_id", Text),
            c("country", Text),
            c("question_id", Text),
            c("round", Int),
            c("internal", Bool),
            c("body", Text),
            c("author_id", OptInt),
            c("created_at", Int),
        ],
        true,
    ),
    table(
        "answer_snapshots",
        &["edition_id", "country", "round", "question_id"],
        &[
            c("edition_id", Text),
            c("country", Text),
            c("round", Int),
            c("question_id", Text),
            c("value", OptText),
            c("comment", Text),
            c("evidence", Text),
        ],
        false,
    ),
    table(
        "assignments",
        &["edition_id", "country", "pillar", "reviewer_id"],
        &[
            c("edition_id", Text),
            c("country", Text),
            c("pillar", Text),
            c("reviewer_id", Int),
        ],
        false,
    ),
    table(
        "notifications",
        &["id"],
        &[
            c("id", Int),
            c("user_id", Int),
            c("subject", Text),
            c("link", Text),
            c("created_at", Int),
            c("read_at", OptInt),
        ],
        true,
    ),
    table(
        "teams",
        &["id"],
        &[
            c("id", Text),
            c("country", Text),
            c("official_name", Text),
            c("record", Text),
            c("version", Int),
            c("updated_at", Int),
            c("updated_by", OptInt),
        ],
        false,
    ),
    table(
        "check_runs",
        &["id"],
        &[
            c("id", Int),
            c("scope", Text),
            c("due_at", Int),
            c("window_seconds", Int),
            c("repeat_days", OptInt),
            c("created_at", Int),
            c("created_by", OptInt),
            c("started_at", OptInt),
        ],
        true,
    ),
    table(
        "team_pings",
        &["id"],
        &[
            c("id", Int),
            c("run_id", Int),
            c("team_id", Text),
            c("channel", Text),
            c("address", Text),
            c("token_hash", Text),
            c("sent_at", Int),
            c("error", OptText),
            c("acked_at", OptInt),
            c("note", OptText),
            c("called_by", OptInt),
            c("unanswered_at", OptInt),
        ],
        true,
    ),
    table(
        "team_security_txt",
        &["team_id"],
        &[
            c("team_id", Text),
            c("source", Text),
            c("url", Text),
            c("found", Bool),
            c("body", OptText),
            c("error", OptText),
            c("observed_at", Int),
            c("observed_by", OptInt),
        ],
        false,
    ),
    table(
        "saved_queries",
        &["id"],
        &[
            c("id", Int),
            c("name", Text),
            c("query", Text),
            c("created_by", OptInt),
            c("created_at", Int),
        ],
        true,
    ),
    Table {
        page: 5,
        ..table(
            "maturity_frameworks",
            &["sha256"],
            &[
                c("sha256", Text),
                c("framework_id", Text),
                c("framework_version", Text),
                c("source", Text),
                c("created_at", Int),
            ],
            false,
        )
    },
    table(
        "maturity_assessments",
        &["id"],
        &[
            c("id", Int),
            c("team_id", Text),
            c("framework_id", Text),
            c("framework_version", Text),
            c("framework_sha256", Text),
            c("kind", Text),
            c("status", Text),
            c("round", Int),
            c("reviewer_id", OptInt),
            c("created_at", Int),
            c("created_by", OptInt),
            c("updated_at", Int),
            c("signed_off_at", OptInt),
            c("signed_off_by", OptInt),
            c("version", Int),
        ],
        true,
    ),
    table(
        "maturity_answers",
        &["assessment_id", "parameter"],
        &[
            c("assessment_id", Int),
            c("parameter", Text),
            c("self_level", OptText),
            c("note", Text),
            c("self_by", OptInt),
            c("self_at", OptInt),
            c("validated_level", OptText),
            c("comment", Text),
            c("validated_by", OptInt),
            c("validated_at", OptInt),
            c("version", Int),
        ],
        false,
    ),
    Table {
        page: 50,
        ..table(
            "maturity_snapshots",
            &["id"],
            &[
                c("id", Int),
                c("assessment_id", Int),
                c("round", Int),
                c("step", Text),
                c("status", Text),
                c("reason", Text),
                c("snapshot", Text),
                c("taken_at", Int),
                c("taken_by", OptInt),
            ],
            true,
        )
    },
    table(
        "maturity_evidence",
        &["id"],
        &[
            c("id", Int),
            c("assessment_id", Int),
            c("parameter", Text),
            c("kind", Text),
            c("url", OptText),
            c("sha256", OptText),
            c("file_name", OptText),
            c("media_type", OptText),
            c("size", OptInt),
            c("ping_id", OptInt),
            c("title", Text),
            c("issued_on", Text),
            c("expires_on", OptText),
            c("created_at", Int),
            c("created_by", OptInt),
            c("deleted_at", OptInt),
        ],
        true,
    ),
    table(
        "maturity_roadmap",
        &["id"],
        &[
            c("id", Int),
            c("team_id", Text),
            c("assessment_id", OptInt),
            c("profile_id", Text),
            c("level_id", Text),
            c("parameter", Text),
            c("from_level", Text),
            c("to_level", Text),
            c("action", Text),
            c("owner", Text),
            c("due_on", OptText),
            c("status", Text),
            c("service_id", OptText),
            c("created_at", Int),
            c("created_by", OptInt),
            c("updated_at", Int),
            c("updated_by", OptInt),
            c("version", Int),
        ],
        true,
    ),
    Table {
        page: 5,
        ..table(
            "drill_scenarios",
            &["id", "version"],
            &[
                c("id", Text),
                c("version", Text),
                c("format", Text),
                c("source", Text),
                c("sha256", Text),
                c("title", Text),
                c("licence", Text),
                c("tlp", Text),
                c("languages", Text),
                c("created_at", Int),
                c("created_by", OptInt),
            ],
            false,
        )
    },
    table(
        "drills",
        &["id"],
        &[
            c("id", Int),
            c("scenario_id", Text),
            c("scenario_version", Text),
            c("title", Text),
            c("level", Text),
            c("host", Text),
            c("host_team_id", OptText),
            c("time_zone", Text),
            c("start_at", Int),
            c("mode", Text),
            c("status", Text),
            c("languages", Text),
            c("public_results", Bool),
            c("started_at", OptInt),
            c("paused_at", OptInt),
            c("paused_ms", Int),
            c("ended_at", OptInt),
            c("created_at", Int),
            c("created_by", OptInt),
            c("updated_at", Int),
            c("version", Int),
        ],
        true,
    ),
    table(
        "drill_teams",
        &["drill_id", "team_id"],
        &[
            c("drill_id", Int),
            c("team_id", Text),
            c("roles", Text),
            c("evidence_consent", Bool),
            c("check_run_id", OptInt),
            c("added_at", Int),
            c("added_by", OptInt),
        ],
        false,
    ),
    table(
        "drill_links",
        &["id"],
        &[
            c("id", Int),
            c("drill_id", Int),
            c("team_id", OptText),
            c("role", Text),
            c("label", Text),
            c("token_hash", Text),
            c("created_at", Int),
            c("created_by", OptInt),
            c("expires_at", Int),
            c("used_at", OptInt),
            c("revoked_at", OptInt),
        ],
        true,
    ),
    table(
        "drill_sessions",
        &["token_hash"],
        &[
            c("token_hash", Text),
            c("link_id", Int),
            c("created_at", Int),
            c("expires_at", Int),
        ],
        false,
    ),
    table(
        "drill_injects",
        &["drill_id", "inject_id"],
        &[
            c("drill_id", Int),
            c("inject_id", Text),
            c("position", Int),
            c("status", Text),
            c("offset_seconds", OptInt),
            c("title", OptText),
            c("body", OptText),
            c("released_at", OptInt),
            c("released_offset", OptInt),
            c("edited_by", OptInt),
            c("edited_at", OptInt),
            c("version", Int),
        ],
        false,
    ),
    table(
        "drill_responses",
        &["id"],
        &[
            c("id", Int),
            c("drill_id", Int),
            c("team_id", Text),
            c("inject_id", Text),
            c("expectation", Int),
            c("text", OptText),
            c("blob_sha256", OptText),
            c("file_name", OptText),
            c("link_id", OptInt),
            c("submitted_at", Int),
        ],
        true,
    ),
    table(
        "drill_evaluations",
        &["drill_id", "team_id", "inject_id", "expectation"],
        &[
            c("drill_id", Int),
            c("team_id", Text),
            c("inject_id", Text),
            c("expectation", Int),
            c("result", Text),
            c("score", Int),
            c("comment", Text),
            c("user_id", OptInt),
            c("link_id", OptInt),
            c("evaluated_at", Int),
            c("version", Int),
        ],
        false,
    ),
    table(
        "drill_lessons",
        &["id"],
        &[
            c("id", Int),
            c("drill_id", Int),
            c("question", Text),
            c("answer", Text),
            c("anonymous", Bool),
            c("team_id", OptText),
            c("link_id", OptInt),
            c("user_id", OptInt),
            c("submitted_at", Int),
        ],
        true,
    ),
    table(
        "drill_improvements",
        &["id"],
        &[
            c("id", Int),
            c("drill_id", Int),
            c("team_id", OptText),
            c("issue", Text),
            c("action", Text),
            c("owner", Text),
            c("due_on", OptText),
            c("parameter", OptText),
            c("status", Text),
            c("created_at", Int),
            c("created_by", OptInt),
            c("updated_at", Int),
            c("updated_by", OptInt),
            c("version", Int),
        ],
        true,
    ),
    table(
        "maturity_publication",
        &["team_id"],
        &[
            c("team_id", Text),
            c("show_tier", Bool),
            c("set_at", Int),
            c("set_by", OptInt),
        ],
        false,
    ),
    table(
        "establishment_engagements",
        &["id"],
        &[
            c("id", Int),
            c("country", Text),
            c("team_id", OptText),
            c("phase", Text),
            c("phase_since", Int),
            c("note", Text),
            c("created_at", Int),
            c("created_by", OptInt),
            c("updated_at", Int),
            c("version", Int),
        ],
        true,
    ),
    table(
        "establishment_phase_changes",
        &["id"],
        &[
            c("id", Int),
            c("engagement_id", Int),
            c("from_phase", Text),
            c("to_phase", Text),
            c("note", Text),
            c("changed_at", Int),
            c("changed_by", OptInt),
        ],
        true,
    ),
    table(
        "establishment_deliverables",
        &["id"],
        &[
            c("id", Int),
            c("engagement_id", Int),
            c("phase", Text),
            c("kind", Text),
            c("title", Text),
            c("issued_on", Text),
            c("url", OptText),
            c("sha256", OptText),
            c("file_name", OptText),
            c("media_type", OptText),
            c("size", OptInt),
            c("status", Text),
            c("comment", Text),
            c("decided_at", OptInt),
            c("decided_by", OptInt),
            c("created_at", Int),
            c("created_by", OptInt),
            c("version", Int),
        ],
        true,
    ),
    table(
        "establishment_services",
        &["engagement_id", "service_id"],
        &[
            c("engagement_id", Int),
            c("service_id", Text),
            c("phase", Text),
            c("updated_at", Int),
            c("updated_by", OptInt),
        ],
        false,
    ),
    table(
        "webhooks",
        &["id"],
        &[
            c("id", Int),
            c("url", Text),
            c("secret", Text),
            c("active", Bool),
            c("created_at", Int),
            c("created_by", OptInt),
        ],
        true,
    ),
    table(
        "webhook_deliveries",
        &["id"],
        &[
            c("id", Int),
            c("webhook_id", Int),
            c("event", Text),
            c("payload", Text),
            c("attempts", Int),
            c("next_attempt_at", OptInt),
            c("delivered_at", OptInt),
            c("last_status", OptInt),
            c("last_error", OptText),
            c("created_at", Int),
        ],
        true,
    ),
    table(
        "audit_log",
        &["id"],
        &[
            c("id", Int),
            c("at", Int),
            c("actor_id", OptInt),
            c("actor", Text),
            c("action", Text),
            c("edition_id", OptText),
            c("country", OptText),
            c("question_id", OptText),
            c("object", Text),
            c("before", OptText),
            c("after", OptText),
            c("reason", Text),
            c("confidential", Bool),
            c("prev_hash", Text),
            c("hash", Text),
        ],
        false,
    ),
    Table {
        rule: Rule::Head,
        ..table(
            "audit_head",
            &["one"],
            &[c("one", Int), c("id", Int), c("hash", Text)],
            false,
        )
    },
    Table {
        page: 100,
        ..table(
            "publications",
            &["edition_id", "version"],
            &[
                c("edition_id", Text),
                c("version", Int),
                c("published_at", Int),
                c("published_by", OptInt),
                c("change_note", Text),
                c("licence", Text),
                c("countries", Int),
            ],
            false,
        )
    },
    Table {
        page: 5,
        ..table(
            "publication_documents",
            &["edition_id", "version"],
            &[
                c("edition_id", Text),
                c("version", Int),
                c("framework_source", Text),
                c("answers_csv", Text),
                c("results_json", Text),
            ],
            false,
        )
    },
    // Rate-limit buckets: short-lived, but copied so a copy is the whole database.
    table(
        "rate_limits",
        &["key"],
        &[c("key", Text), c("tokens_milli", Int), c("at", Int)],
        false,
    ),
];

/// One side of a copy: a transaction on one backend (a read snapshot of the source, or the one
/// write transaction on the target). Implemented by each backend in `sql/copy.rs`.
pub(crate) trait Side {
    /// Every (table, column) of the database, but `_sqlx_migrations`.
    async fn schema(&mut self) -> Result<Vec<(String, String)>>;
    /// The rows of a table (for `audit_head`, only a head with an entry).
    async fn count(&mut self, table: &Table) -> Result<u64>;
    /// Up to `table.page` rows after the key `after` (from the start when `None`), in key order.
    async fn page(&mut self, table: &Table, after: Option<&[Value]>) -> Result<Vec<Vec<Value>>>;
    /// Writes rows (each one value per column of `table`).
    async fn write(&mut self, table: &Table, rows: &[Vec<Value>]) -> Result<()>;
    /// Archives an edition (`archived_at`), once everything in it is written.
    async fn archive(&mut self, edition: &str, at: i64) -> Result<()>;
    /// Lets the table's ids continue after the highest copied one (PostgreSQL's sequences).
    async fn continue_ids(&mut self, table: &Table) -> Result<()>;
    /// Commits (the target) or ends (the source's snapshot).
    async fn commit(self) -> Result<()>;
}

/// What a copy wrote, for the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyReport {
    /// Each table and its rows (the same on both sides).
    pub tables: Vec<(&'static str, u64)>,
    /// `audit verify` on the copy, the same as on the source: entries and the last hash, or the
    /// first bad entry.
    pub audit: std::result::Result<(u64, String), ChainError>,
    /// The audit trail's head (`None` while it is empty).
    pub head: Option<(i64, String)>,
}

/// Why a copy failed.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    /// Refused (the target is not empty, a table the copy does not know) or failed before it
    /// committed: nothing was written to the target.
    #[error("{0}")]
    NotCopied(StoreError),
    /// The copy committed, but does not match its source: the target holds the copy and must
    /// be emptied before another attempt.
    #[error("{0}")]
    Mismatch(Mismatch),
}

/// How a committed copy differs from its source. `Display` is the English text (the server's
/// `error.rs` maps each variant to its Fluent message).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Mismatch {
    #[error(
        "The copy was written but does not match its source: the table {table} has {source_rows} rows in the source and {copied_rows} in the copy. Empty the target database before copying again."
    )]
    Count {
        table: String,
        source_rows: u64,
        copied_rows: u64,
    },
    #[error(
        "The copy was written but its audit trail does not verify like the source's (source: {source_head}; copy: {copy_head}). Was the source in use during the copy? Stop the server, empty the target database and copy again."
    )]
    Audit {
        source_head: String,
        copy_head: String,
    },
    #[error(
        "The copy was written but could not be checked: {error}. Empty the target database before copying again."
    )]
    Unchecked { error: String },
}

impl From<StoreError> for CopyError {
    fn from(e: StoreError) -> Self {
        Self::NotCopied(e)
    }
}

/// The table list checked against a database's schema: a table or column the list does not
/// name, or one it names that the database lacks, refuses the copy.
fn check_schema(found: &[(String, String)]) -> Result<()> {
    let mut tables: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    tables.sort_unstable();
    tables.dedup();
    for name in &tables {
        if !TABLES.iter().any(|t| t.name == *name) {
            return Err(StoreError::Invalid(crate::Invalid::CopyUnknownTable {
                table: name.to_string(),
            }));
        }
    }
    for table in TABLES {
        let mut have: Vec<&str> = found
            .iter()
            .filter(|(t, _)| t == table.name)
            .map(|(_, c)| c.as_str())
            .collect();
        let mut want: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        have.sort_unstable();
        want.sort_unstable();
        if have != want {
            return Err(StoreError::Invalid(crate::Invalid::CopyColumns {
                table: table.name.to_string(),
                found: have.join(", "),
                expected: want.join(", "),
            }));
        }
    }
    Ok(())
}

/// Refuses a target that holds any row.
async fn check_empty(target: &mut impl Side) -> Result<()> {
    for table in TABLES {
        let rows = target.count(table).await?;
        if rows > 0 {
            return Err(StoreError::Invalid(crate::Invalid::CopyTargetNotEmpty {
                table: table.name.to_string(),
                rows,
            }));
        }
    }
    Ok(())
}

/// Copies every table from the source's snapshot into the target's transaction, then commits.
/// The rows written per table.
async fn transfer(
    mut source: impl Side,
    mut target: impl Side,
    progress: &mut impl FnMut(&str, u64),
) -> Result<Vec<(&'static str, u64)>> {
    check_schema(&source.schema().await?)?;
    check_schema(&target.schema().await?)?;
    check_empty(&mut target).await?;
    let mut written = Vec::with_capacity(TABLES.len());
    let mut archived: Vec<(String, i64)> = Vec::new();
    for table in TABLES {
        let expected = source.count(table).await?;
        let mut rows_written = 0_u64;
        let mut after: Option<Vec<Value>> = None;
        loop {
            let mut rows = source.page(table, after.as_deref()).await?;
            let Some(last) = rows.last() else { break };
            after = Some(
                table
                    .key
                    .iter()
                    .map(|k| last[table.position(k).unwrap_or(0)].clone())
                    .collect(),
            );
            if table.rule == Rule::Editions {
                let id = table.position("id").unwrap_or(0);
                let at = table.position("archived_at").unwrap_or(0);
                for row in &mut rows {
                    if let (Value::Text(edition), Value::Int(when)) = (&row[id], &row[at]) {
                        archived.push((edition.clone(), *when));
                        row[at] = Value::Null;
                    }
                }
            }
            target.write(table, &rows).await?;
            rows_written += rows.len() as u64;
            if rows.len() < table.page {
                break;
            }
        }
        if rows_written != expected {
            return Err(StoreError::Corrupt(format!(
                "{}: {expected} rows counted but {rows_written} read",
                table.name
            )));
        }
        if table.identity {
            target.continue_ids(table).await?;
        }
        written.push((table.name, rows_written));
        progress(table.name, rows_written);
    }
    for (edition, at) in &archived {
        target.archive(edition, *at).await?;
    }
    source.commit().await?;
    target.commit().await?;
    Ok(written)
}

/// `Store::copy_into`: see there.
pub(crate) async fn copy(
    source: &Store,
    target: &Store,
    mut progress: impl FnMut(&str, u64),
) -> std::result::Result<CopyReport, CopyError> {
    use crate::Backend::{Postgres, Sqlite};
    let tables = match (&source.backend, &target.backend) {
        (Sqlite(s), Sqlite(t)) => {
            transfer(s.copy_read().await?, t.copy_write().await?, &mut progress).await?
        }
        (Sqlite(s), Postgres(t)) => {
            transfer(s.copy_read().await?, t.copy_write().await?, &mut progress).await?
        }
        (Postgres(s), Sqlite(t)) => {
            transfer(s.copy_read().await?, t.copy_write().await?, &mut progress).await?
        }
        (Postgres(s), Postgres(t)) => {
            transfer(s.copy_read().await?, t.copy_write().await?, &mut progress).await?
        }
    };
    match &target.backend {
        Sqlite(t) => t.copied(),
        Postgres(t) => t.copied(),
    }
    let mismatch = CopyError::Mismatch;
    let unchecked = |e: StoreError| {
        mismatch(Mismatch::Unchecked {
            error: e.to_string(),
        })
    };
    for (name, rows) in &tables {
        let table = TABLES.iter().find(|t| t.name == *name);
        let copied = match (&target.backend, table) {
            (Sqlite(t), Some(table)) => t.copy_count(table).await,
            (Postgres(t), Some(table)) => t.copy_count(table).await,
            (_, None) => Ok(0),
        }
        .map_err(unchecked)?;
        if copied != *rows {
            return Err(mismatch(Mismatch::Count {
                table: name.to_string(),
                source_rows: *rows,
                copied_rows: copied,
            }));
        }
    }
    let on_source = source.verify_audit().await.map_err(unchecked)?;
    let on_target = target.verify_audit().await.map_err(unchecked)?;
    if on_source != on_target {
        let show = |v: &std::result::Result<(u64, String), ChainError>| match v {
            Ok((n, hash)) => format!("{n}:{hash}"),
            Err(e) => e.to_string(),
        };
        return Err(mismatch(Mismatch::Audit {
            source_head: show(&on_source),
            copy_head: show(&on_target),
        }));
    }
    let head = target.audit_head().await.map_err(unchecked)?;
    Ok(CopyReport {
        tables,
        audit: on_target,
        head,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_a_column_and_every_table_is_named_once() {
        for (i, table) in TABLES.iter().enumerate() {
            for key in table.key {
                assert!(table.position(key).is_some(), "{}.{key}", table.name);
            }
            assert!(
                !TABLES[..i].iter().any(|t| t.name == table.name),
                "{} twice",
                table.name
            );
            if table.identity {
                assert_eq!(table.position("id"), Some(0), "{}", table.name);
            }
        }
    }

    #[test]
    fn a_schema_with_a_table_or_column_the_list_lacks_is_refused() {
        let full: Vec<(String, String)> = TABLES
            .iter()
            .flat_map(|t| {
                t.columns
                    .iter()
                    .map(|c| (t.name.to_string(), c.name.to_string()))
            })
            .collect();
        assert!(check_schema(&full).is_ok());
        let mut extra_table = full.clone();
        extra_table.push(("leases".into(), "id".into()));
        let Err(StoreError::Invalid(m)) = check_schema(&extra_table) else {
            panic!("an unknown table was accepted")
        };
        assert!(matches!(m, crate::Invalid::CopyUnknownTable { .. }), "{m}");
        let mut extra_column = full.clone();
        extra_column.push(("outbox".into(), "priority".into()));
        let Err(StoreError::Invalid(m)) = check_schema(&extra_column) else {
            panic!("an unknown column was accepted")
        };
        assert!(matches!(m, crate::Invalid::CopyColumns { .. }), "{m}");
        let missing: Vec<_> = full.into_iter().filter(|(_, c)| c != "outcome").collect();
        assert!(check_schema(&missing).is_err());
    }

    #[test]
    fn kinds_accept_only_their_values() {
        assert!(Kind::OptInt.fits(&Value::Null));
        assert!(!Kind::Int.fits(&Value::Null));
        assert!(!Kind::Text.fits(&Value::Int(1)));
        assert!(Kind::Bool.fits(&Value::Bool(false)));
        assert!(!Kind::Bool.fits(&Value::Int(0)));
    }
}
