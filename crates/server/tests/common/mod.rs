//! The test harness: a real server on a free loopback port, with a fresh data directory, a fresh
//! database (SQLite in that directory, or a new PostgreSQL database when
//! `TEST_POSTGRES_URL` is set: see `cyberindex_store::testing`), a small edition (KEN and
//! FRA) and one signed-in user per role.

#![allow(dead_code)]

pub mod carry;
pub mod maturity;
pub mod smtp;

use std::collections::HashMap;
use std::path::PathBuf;

use cyberindex_server::{AppState, Config, auth};
use cyberindex_store::{NewEdition, NewUser, Role, Store};

pub const EDITION: &str = "e2026";

/// The callers of the permission matrix.
pub const CALLERS: [&str; 8] = [
    "anonymous",
    "admin",
    "reviewer",
    "focal-ken",
    "contributor-ken",
    "observer-ken",
    "focal-fra",
    "team-staff-ken",
];

/// The directory team of `team-staff-ken` (Kenya), made for every test app.
pub const STAFF_TEAM: &str = "ken-test-cirt";

/// The team `team-staff-ken` works for: the minimal record (Kenya, a public name, one
/// restricted emergency phone), version 1, provenance `import_csv` so that a manual change shows.
pub fn staff_team() -> cyberindex_directory::Team {
    serde_json::from_value(serde_json::json!({
        "id": STAFF_TEAM,
        "official_name": {"value": "Kenya Test CIRT", "provenance": {"source": "import_csv", "at": "2026-01-01T00:00:00Z"}},
        "country": {"value": "KEN", "provenance": {"source": "import_csv", "at": "2026-01-01T00:00:00Z"}},
        "host_organisation": {"value": "Test Authority", "provenance": {"source": "import_csv", "at": "2026-01-01T00:00:00Z"}},
        "channels": [{"value": {"kind": "phone", "value": "+254700000100", "usages": ["emergency"]},
                      "visibility": "restricted",
                      "provenance": {"source": "import_csv", "at": "2026-01-01T00:00:00Z"}}]
    }))
    .unwrap()
}

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub dir: PathBuf,
    /// Session cookie value per caller.
    pub sessions: HashMap<&'static str, String>,
    /// API token per caller.
    pub tokens: HashMap<&'static str, String>,
    pub client: reqwest::Client,
    server: tokio::task::JoinHandle<()>,
    background: cyberindex_server::Background,
    /// False for [`TestApp::another_instance`], which shares the first one's database and folder.
    owns_database: bool,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        self.background.stop();
        if self.owns_database {
            cyberindex_store::testing::drop_database(&self.state.config.db_url());
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

const FRAMEWORK: &str = include_str!("../../../../frameworks/gca-national-index.toml");

/// Serves `state`'s router on `listener` until aborted.
fn spawn_server(
    listener: tokio::net::TcpListener,
    state: &AppState,
) -> tokio::task::JoinHandle<()> {
    let router = cyberindex_server::router(state.clone());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    })
}

impl TestApp {
    pub async fn new() -> Self {
        Self::with(|_| {}).await
    }

    pub async fn with(configure: impl FnOnce(&mut Config)) -> Self {
        let (url, dir) = cyberindex_store::testing::fresh_database("server").await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let mut config = Config {
            data: dir.clone(),
            // Only PostgreSQL needs the URL: SQLite's default file is in the data directory.
            db: cyberindex_store::testing::on_postgres()
                .then(|| cyberindex_server::config::DatabaseUrl::new(url)),
            public_url: format!("http://{address}"),
            frameworks: PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../frameworks")),
            ..Config::default()
        };
        configure(&mut config);
        let store = Store::open(&config.db_url()).await.unwrap();
        let state = AppState::new(store.clone(), config).unwrap();
        let background = cyberindex_server::start_background(&state);
        let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
        store
            .create_edition(
                &NewEdition {
                    id: EDITION.into(),
                    name: "Test edition".into(),
                    names: Default::default(),
                    framework_id: framework.id,
                    framework_version: framework.version,
                    framework_source: FRAMEWORK.into(),
                    opens_on: "2026-01-01".into(),
                    deadline: "2099-12-31".into(),
                    countries: vec!["KEN".into(), "FRA".into()],
                },
                None,
            )
            .await
            .unwrap();
        // Team staff need their team in the directory first.
        cyberindex_workflow::directory::save_team(&store, &staff_team(), None, None)
            .await
            .unwrap();
        let people: [(&'static str, Role, Option<&str>, Vec<String>); 7] = [
            ("admin", Role::Admin, None, vec![]),
            ("reviewer", Role::Reviewer, None, vec![]),
            ("focal-ken", Role::FocalPoint, Some("KEN"), vec![]),
            ("contributor-ken", Role::Contributor, Some("KEN"), vec![]),
            (
                "observer-ken",
                Role::Observer,
                None,
                vec!["KEN".to_string()],
            ),
            ("focal-fra", Role::FocalPoint, Some("FRA"), vec![]),
            ("team-staff-ken", Role::TeamStaff, None, vec![]),
        ];
        let mut sessions = HashMap::new();
        let mut tokens = HashMap::new();
        for (name, role, country, observed) in people {
            let user = store
                .create_user(&NewUser {
                    email: format!("{name}@test.example.org"),
                    name: name.into(),
                    role,
                    country: country.map(str::to_string),
                    observed,
                    team: (role == Role::TeamStaff).then(|| STAFF_TEAM.to_string()),
                })
                .await
                .unwrap();
            let session = auth::random_token();
            store
                .create_session(
                    &auth::hash_token(&session),
                    user.id,
                    cyberindex_store::now_ms() + 3_600_000,
                    false,
                )
                .await
                .unwrap();
            sessions.insert(name, session);
            let token = format!("cyx_{}", auth::random_token());
            store
                .create_token(user.id, "test", &auth::hash_token(&token))
                .await
                .unwrap();
            tokens.insert(name, token);
        }
        let server = spawn_server(listener, &state);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        TestApp {
            base: format!("http://{address}"),
            state,
            dir,
            sessions,
            tokens,
            client,
            server,
            background,
            owns_database: true,
        }
    }

    /// A second app instance on the same database and data folder, as a load balancer would
    /// have behind it: its own store (pool, caches, writer) and background work, its own port,
    /// the same people and credentials.
    pub async fn another_instance(&self) -> TestApp {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let mut config = (*self.state.config).clone();
        config.public_url = format!("http://{address}");
        let store = Store::open(&config.db_url()).await.unwrap();
        let state = AppState::new(store, config).unwrap();
        let background = cyberindex_server::start_background(&state);
        let server = spawn_server(listener, &state);
        TestApp {
            base: format!("http://{address}"),
            state,
            dir: self.dir.clone(),
            sessions: self.sessions.clone(),
            tokens: self.tokens.clone(),
            client: self.client.clone(),
            server,
            background,
            owns_database: false,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A browser-like request: the session cookie of `caller` and a same-origin `Origin`.
    pub fn page(
        &self,
        method: reqwest::Method,
        path: &str,
        caller: &str,
    ) -> reqwest::RequestBuilder {
        let mut request = self
            .client
            .request(method, self.url(path))
            .header("Origin", &self.base);
        if let Some(session) = self.sessions.get(caller) {
            request = request.header("Cookie", format!("{}={session}", auth::SESSION_COOKIE));
        }
        request
    }

    /// A script's request: the API token of `caller`.
    pub fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        caller: &str,
    ) -> reqwest::RequestBuilder {
        let mut request = self.client.request(method, self.url(path));
        if let Some(token) = self.tokens.get(caller) {
            request = request.bearer_auth(token);
        }
        request
    }
}

/// A second connection to the test server's database, as another program (an operator's shell,
/// a backup tool) would open it, on whichever database the suite runs.
pub enum Side {
    Sqlite(sqlx::sqlite::SqliteConnection),
    Postgres(sqlx::postgres::PgConnection),
}

impl Side {
    pub async fn open(app: &TestApp) -> Self {
        use sqlx::Connection;
        use std::str::FromStr;
        let url = app.state.config.db_url();
        if url.starts_with("sqlite:") {
            let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
                .unwrap()
                .busy_timeout(std::time::Duration::from_secs(30));
            Self::Sqlite(
                sqlx::sqlite::SqliteConnection::connect_with(&options)
                    .await
                    .unwrap(),
            )
        } else {
            Self::Postgres(sqlx::postgres::PgConnection::connect(&url).await.unwrap())
        }
    }

    /// Runs one statement; the database's error text when it fails.
    pub async fn execute(&mut self, sql: &'static str) -> Result<(), String> {
        match self {
            Self::Sqlite(c) => sqlx::query(sql).execute(c).await.map(drop),
            Self::Postgres(c) => sqlx::query(sql).execute(c).await.map(drop),
        }
        .map_err(|e| e.to_string())
    }

    /// Takes the store's write lock and holds it until [`Side::release`]: SQLite's
    /// `BEGIN IMMEDIATE`, or on PostgreSQL the audit head row every write of the store locks.
    pub async fn take_write_lock(app: &TestApp) -> Self {
        let mut side = Self::open(app).await;
        match side {
            Self::Sqlite(_) => side.execute("BEGIN IMMEDIATE").await.unwrap(),
            Self::Postgres(_) => {
                side.execute("BEGIN").await.unwrap();
                side.execute("SELECT id FROM audit_head WHERE one = 1 FOR UPDATE")
                    .await
                    .unwrap();
            }
        }
        side
    }

    /// Gives the write lock back (rolls back) and closes the connection.
    pub async fn release(mut self) {
        use sqlx::Connection;
        self.execute("ROLLBACK").await.unwrap();
        match self {
            Self::Sqlite(c) => c.close().await.unwrap(),
            Self::Postgres(c) => c.close().await.unwrap(),
        }
    }

    /// Changes the provenance of the stored answer to LEG1.1 to a value no version of cyberindex
    /// writes, the way a bad migration or a hand edit would (the CHECK constraint is bypassed
    /// first).
    pub async fn damage_provenance(&mut self) {
        match self {
            Self::Sqlite(_) => self
                .execute("PRAGMA ignore_check_constraints = ON")
                .await
                .unwrap(),
            Self::Postgres(_) => self
                .execute("ALTER TABLE answers DROP CONSTRAINT answers_provenance_check")
                .await
                .unwrap(),
        }
        self.execute("UPDATE answers SET provenance = 'martian' WHERE question_id = 'LEG1.1'")
            .await
            .unwrap();
    }
}

/// Loads generated answers for a country and validates its response, as reviewers would: every
/// answer accepted, the response validated.
pub async fn validate_generated(app: &TestApp, edition: &str, country: &str, seed: u64) {
    use cyberindex_store::{BulkAnswer, Decision, Provenance, Status};
    let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
    let answers: Vec<BulkAnswer> = cyberindex_demo::answers(&framework, &[country], seed)
        .into_iter()
        .map(|r| BulkAnswer {
            question: r.question,
            value: Some(r.value),
            comment: String::new(),
            provenance: Provenance::Country,
            evidence_url: (!r.evidence.is_empty()).then_some(r.evidence),
        })
        .collect();
    let store = &app.state.store;
    store
        .bulk_load(edition, country, &answers, Status::InReview, None)
        .await
        .unwrap();
    let every: Vec<_> = framework
        .questions
        .iter()
        .map(|q| (q.id.clone(), Decision::Accept, String::new()))
        .collect();
    store
        .bulk_review(edition, country, &every, None)
        .await
        .unwrap();
    store
        .validate_response(
            edition,
            country,
            cyberindex_workflow::status::rule("validate").from,
            None,
        )
        .await
        .unwrap();
}
