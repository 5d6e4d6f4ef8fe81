//! The test harness: a real server on a free loopback port, with a fresh data directory, a fresh
//! database (SQLite in that directory, or a new PostgreSQL database when
//! `TEST_POSTGRES_URL` is set: see `cyberindex_store::testing`), a small edition (KEN and
//! FRA) and one signed-in user per role.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

use cyberindex_server::{AppState, Config, auth};
use cyberindex_store::{NewEdition, NewUser, Role, Store};

pub const EDITION: &str = "e2026";

/// The callers of the permission matrix.
pub const CALLERS: [&str; 7] = [
    "anonymous",
    "admin",
    "reviewer",
    "focal-ken",
    "contributor-ken",
    "observer-ken",
    "focal-fra",
];

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
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

const FRAMEWORK: &str = include_str!("../../../../frameworks/gca-national-index.toml");

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
        cyberindex_server::start_background(&state);
        let framework = cyberindex_framework::read(FRAMEWORK).unwrap();
        store
            .create_edition(
                &NewEdition {
                    id: EDITION.into(),
                    name: "Test edition".into(),
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
        let people: [(&'static str, Role, Option<&str>, Vec<String>); 6] = [
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
        let router = cyberindex_server::router(state.clone());
        let server = tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
            )
            .await
            .unwrap();
        });
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
